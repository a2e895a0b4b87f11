// The founding pool split: maximise Σ a_i ln y_i (a_i = ω_i c_i) s.t. Σ y_i = pool and
// lo_i ≤ y_i ≤ hi_i, whose optimum is y_i = clamp(a_i t, lo_i, hi_i) for the one level t = 1/λ
// with Σ y_i(t) = pool. S(t) = Σ y_i(t) is continuous, non-decreasing and piecewise linear, so
// the root is found exactly: safeguarded Newton steps on the piece containing the trial point,
// a bracket [tL, tR], and after each step the people whose status is settled on the whole bracket
// are folded into two sums (fixed amount F, free slope A) and dropped from the working set. Most
// people drop out after two passes; a sampled-median breakpoint replaces Newton when it stalls.

import { arenaAlloc, f64At, setF64, setI8 } from './arena';
import { roundBegin, roundFinish, roundItem } from './rounding';
import {
  OK, NAN_VALUE, NEGATIVE_VALUE, INFINITE_VALUE, BAD_BOUNDS, FLOORS_EXCEED_POOL, CAPS_BELOW_POOL,
  NO_RECIPIENT, OVERFLOW, OUT_OF_MEMORY, fail, setResult,
} from './status';

// Accumulators of one scan: settled sums, and the piece (intercept, slope) at the trial point.
let F: f64 = 0;
let A: f64 = 0;
let pieceB: f64 = 0;
let pieceS: f64 = 0;
let kept: i32 = 0;

@inline function lowAt(floors: usize, i: i32): f64 {
  return floors ? f64At(floors, i) : 0;
}
@inline function highAt(caps: usize, i: i32): f64 {
  return caps ? f64At(caps, i) : Infinity;
}

// Field ids: 0 weights, 1 coefficients, 2 floors, 3 caps, 4 weight×coefficient.
function check(field: i32, i: i32, x: f64): i32 {
  if (isNaN(x)) return fail(NAN_VALUE, field, i, x);
  if (x < 0) return fail(NEGATIVE_VALUE, field, i, x);
  if (x == Infinity && field != 3) return fail(INFINITE_VALUE, field, i, x);
  return OK;
}

/**
 * Writes amounts and bound flags; λ in resultA(). With unit > 0 the amounts are rounded to
 * multiples of unit adding up to totalUnits × unit (largest remainder), units get the counts.
 */
export function allocate(
  n: i32, pool: f64, weights: usize, coeffs: usize, floors: usize, caps: usize,
  amounts: usize, bound: usize, unit: f64, totalUnits: f64, units: usize,
): i32 {
  let sumA: f64 = 0, sumLo: f64 = 0, sumHi: f64 = 0, zeroLo: f64 = 0;
  let bounded = false;
  for (let i = 0; i < n; i++) {
    const w = f64At(weights, i);
    const c = f64At(coeffs, i);
    const lo = lowAt(floors, i);
    const hi = highAt(caps, i);
    let r = check(0, i, w);
    if (r == OK) r = check(1, i, c);
    if (r == OK) r = check(2, i, lo);
    if (r == OK) r = check(3, i, hi);
    if (r != OK) return r;
    if (hi < lo) return fail(BAD_BOUNDS, 3, i, hi);
    const a = w * c;
    if (a == Infinity) return fail(OVERFLOW, 4, i, a);
    sumA += a;
    sumLo += lo;
    if (a > 0) sumHi += hi;
    else {
      sumHi += lo;
      zeroLo += lo;
    }
    if (lo != 0 || hi != Infinity) bounded = true;
  }
  const tol = 1e-12 * max(pool, sumLo);
  if (sumLo > pool + tol) return fail(FLOORS_EXCEED_POOL, 2, -1, sumLo);
  if (sumA == 0 && pool - sumLo > tol) return fail(NO_RECIPIENT, 4, -1, sumLo);
  if (sumHi < pool - tol) return fail(CAPS_BELOW_POOL, 3, -1, sumHi);

  const rounding = unit > 0;
  if (rounding && !roundBegin(n, unit, floors, caps, units)) return fail(OUT_OF_MEMORY, 0, 0, 0);
  if (!bounded) {
    // The closed form, computed exactly as the founding document writes it.
    for (let i = 0; i < n; i++) {
      const a = f64At(weights, i) * f64At(coeffs, i);
      const y = sumA > 0 ? pool * a / sumA : 0;
      if (rounding) roundItem(i, y);
      else setF64(amounts, i, y);
      setI8(bound, i, a > 0 ? 0 : -1);
    }
    setResult(sumA > 0 ? sumA / pool : Infinity, 0);
    return rounding ? roundFinish(n, totalUnits, amounts) : OK;
  }
  const t = sumA > 0 ? findLevel(n, pool, weights, coeffs, floors, caps, zeroLo, sumA, tol) : 0;
  if (t < 0) return fail(OUT_OF_MEMORY, 0, 0, 0);
  for (let i = 0; i < n; i++) {
    const a = f64At(weights, i) * f64At(coeffs, i);
    const lo = lowAt(floors, i);
    const hi = highAt(caps, i);
    const x = a * t;
    let y = x, b = 0;
    if (a == 0 || x <= lo) {
      y = lo;
      b = -1;
    } else if (x >= hi) {
      y = hi;
      b = 1;
    }
    if (rounding) roundItem(i, y);
    else setF64(amounts, i, y);
    setI8(bound, i, b);
  }
  setResult(1 / t, 0);
  return rounding ? roundFinish(n, totalUnits, amounts) : OK;
}

// Returns the level t (≥ 0) or -1 when out of memory.
function findLevel(
  n: i32, pool: f64, weights: usize, coeffs: usize, floors: usize, caps: usize,
  zeroLo: f64, sumA: f64, tol: f64,
): f64 {
  let tL: f64 = 0, tR: f64 = Infinity;
  F = zeroLo;
  A = 0;
  // The first pass only evaluates the closed-form guess; the second also settles people against
  // the bracket and copies the unsettled ones into `work` as (a, lo, hi) triples, and later
  // passes only touch those.
  let t = (pool - zeroLo) / sumA;
  scanInputs(n, t, weights, coeffs, floors, caps, false, 0, tL, tR);
  let s = pool - (pieceB + pieceS * t);
  if (abs(s) <= tol) return pieceS > 0 ? max(0, (pool - pieceB) / pieceS) : t;
  if (s > 0) tL = t; else tR = t;
  let next = newton(pool, t, tL, tR);
  if (next < 0) next = s > 0 ? 2 * t : 0.5 * t;
  const work = arenaAlloc(<f64>n * 24);
  if (work == 0) return -1;
  let prevKept = n;
  t = next;
  scanInputs(n, t, weights, coeffs, floors, caps, true, work, tL, tR);
  for (let iter = 0; iter < 400; iter++) {
    // No breakpoint left inside the bracket: one linear piece spans it.
    if (kept == 0) return A > 0 ? max(0, (pool - F) / A) : t;
    s = pool - (pieceB + pieceS * t);
    if (abs(s) <= tol) return pieceS > 0 ? max(0, (pool - pieceB) / pieceS) : t;
    if (s > 0) tL = t; else tR = t;
    next = newton(pool, t, tL, tR);
    // Newton is trusted while it keeps halving the working set; otherwise split the breakpoints.
    if (next < 0 || kept > prevKept / 2) next = medianBreakpoint(work, kept, tL, tR);
    prevKept = kept;
    t = next;
    scanWork(work, t, tL, tR);
  }
  return t;
}

// Newton step on the current piece; -1 when it leaves the open bracket.
function newton(pool: f64, t: f64, tL: f64, tR: f64): f64 {
  if (!(pieceS > 0)) return -1;
  const next = (pool - pieceB) / pieceS;
  if (next == t) return next;
  return next > tL && next < tR ? next : -1;
}

@inline function visit(
  a: f64, lo: f64, hi: f64, t: f64, filter: bool, tL: f64, tR: f64, work: usize,
): void {
  // Settled on the whole bracket? Fold into F or A; otherwise evaluate at t and keep.
  if (a == 0) return;
  let settled = filter;
  if (filter) {
    const aL = a * tL;
    const aR = a * tR;
    if (aR <= lo) F += lo;
    else if (aL >= hi) F += hi;
    else if (aL >= lo && aR <= hi) A += a;
    else settled = false;
  }
  if (!settled) {
    const x = a * t;
    if (x <= lo) pieceB += lo;
    else if (x >= hi) pieceB += hi;
    else pieceS += a;
    if (work) {
      const p = work + (<usize>kept * 24);
      store<f64>(p, a);
      store<f64>(p, lo, 8);
      store<f64>(p, hi, 16);
    }
    kept++;
  }
}

function scanInputs(
  n: i32, t: f64, weights: usize, coeffs: usize, floors: usize, caps: usize, filter: bool,
  work: usize, tL: f64, tR: f64,
): void {
  pieceB = 0;
  pieceS = 0;
  kept = 0;
  for (let i = 0; i < n; i++) {
    const a = f64At(weights, i) * f64At(coeffs, i);
    visit(a, lowAt(floors, i), highAt(caps, i), t, filter, tL, tR, work);
  }
  pieceB += F;
  pieceS += A;
}

function scanWork(work: usize, t: f64, tL: f64, tR: f64): void {
  const count = kept;
  pieceB = 0;
  pieceS = 0;
  kept = 0;
  for (let k = 0; k < count; k++) {
    const p = work + (<usize>k * 24);
    visit(load<f64>(p), load<f64>(p, 8), load<f64>(p, 16), t, true, tL, tR, work);
  }
  pieceB += F;
  pieceS += A;
}

// Median of the breakpoints of up to 31 evenly spaced working-set people that fall inside the
// bracket; the bracket midpoint when none does.
function medianBreakpoint(work: usize, count: i32, tL: f64, tR: f64): f64 {
  const sample = memory.data(64 * 8);
  let m = 0;
  const step = max(1, count / 31);
  for (let k = 0; k < count && m < 62; k += step) {
    const p = work + (<usize>k * 24);
    const a = load<f64>(p);
    const b1 = load<f64>(p, 8) / a;
    const b2 = load<f64>(p, 16) / a;
    if (b1 > tL && b1 < tR) setF64(sample, m++, b1);
    if (b2 > tL && b2 < tR) setF64(sample, m++, b2);
  }
  if (m == 0) return tR < Infinity ? 0.5 * (tL + tR) : max(2 * tL, 1);
  for (let i = 1; i < m; i++) {
    const x = f64At(sample, i);
    let j = i - 1;
    while (j >= 0 && f64At(sample, j) > x) {
      setF64(sample, j + 1, f64At(sample, j));
      j--;
    }
    setF64(sample, j + 1, x);
  }
  return f64At(sample, m >> 1);
}
