// Jonker–Volgenant shortest augmenting paths for an n×m cost matrix with n ≤ m (row-major,
// +Infinity = forbidden). Every row gets a column. Duals: u_i + v_j ≤ c_ij with equality on the
// matching; for n < m the unmatched columns must keep the largest v (here 0), which holds because
// v starts at 0 and only decreases for matched columns (the warm start raises the columns it
// frees back to 0). Column reduction and the auction move prices freely: squares only.
// Phases: start (sparse warm start when n > K, column reduction for small squares) → augmenting
// row reduction (capped) → auction if many rows are still free (squares) → shortest paths.

export const JV_OK: i32 = 0;
export const JV_INFEASIBLE: i32 = 1;
export const JV_OUT_OF_MEMORY: i32 = 2;

import { arenaAlloc, f64At, setF64, i32At, setI32 } from './arena';
import { K, candidateBar } from './candidates';
import { sparseArr, sparseSolve } from './sparse-start';
import { auction } from './auction';
import { augment, augmentBegin } from './jv-augment';
import { twoMin, u1g, u2g, j1g, j2g } from './two-min';

/** Cap on augmenting-row-reduction steps, as a multiple of n (see arr below). */
const ARR_FACTOR: i32 = 3;
/** More than n / AUCTION_TRIGGER rows still free after ARR: try the auction (square only). */
const AUCTION_TRIGGER: i32 = 16;
/** Warm-start budgets, as multiples of n: ARR steps (each costs K) and shortest-path row scans. */
const SPARSE_ARR_FACTOR: i64 = 16;
const SPARSE_BUDGET: i64 = 64;

/**
 * Solves in place: x[i] = column of row i, y[j] = row of column j (-1 free). Scratch: v, d (f64
 * × m), pred, list (i32 × m), free (i32 × n). Returns JV_INFEASIBLE when no complete assignment
 * exists.
 */
export function jv(
  c: usize, n: i32, m: i32, x: usize, y: usize,
  v: usize, d: usize, pred: usize, list: usize, free: usize, candidates: bool,
): i32 {
  for (let j = 0; j < m; j++) {
    setF64(v, j, 0);
    setI32(y, j, -1);
  }
  for (let i = 0; i < n; i++) setI32(x, i, -1);
  let numFree: i32;
  if (candidates) {
    numFree = sparseInit(c, n, m, x, y, v, d, pred, list, free);
    if (numFree < 0) return JV_OUT_OF_MEMORY;
  } else if (n == m) {
    numFree = columnReduction(c, n, x, y, v, d, pred, list, free);
    if (numFree < 0) return JV_INFEASIBLE;
  } else {
    for (let i = 0; i < n; i++) setI32(free, i, i);
    numFree = n;
  }
  if (numFree > 0 && !arr(c, n, m, x, y, v, free, numFree)) return JV_INFEASIBLE;
  numFree = 0;
  for (let i = 0; i < n; i++) if (i32At(x, i) < 0) setI32(free, numFree++, i);
  if (n == m && numFree * AUCTION_TRIGGER > n) {
    // Plateaus (near-equal costs) defeat column reduction; an ε-scaling auction finds good
    // prices instead, then exact ARR and shortest paths finish from them.
    auction(c, n, x, y, v, free);
    for (let i = 0; i < n; i++) {
      setI32(x, i, -1);
      setI32(y, i, -1);
      setI32(free, i, i);
    }
    if (!arr(c, n, m, x, y, v, free, n)) return JV_INFEASIBLE;
    numFree = 0;
    for (let i = 0; i < n; i++) if (i32At(x, i) < 0) setI32(free, numFree++, i);
  }
  if (numFree == 0) return JV_OK;
  const todo = arenaAlloc(<f64>(m + 1) * 8);
  const freeCols = arenaAlloc(<f64>(m + 1) * 8);
  const pred64 = arenaAlloc(<f64>(m + 1) * 8);
  if (todo == 0 || freeCols == 0 || pred64 == 0) return JV_OUT_OF_MEMORY;
  augmentBegin(m, y, todo, freeCols, pred64, list);
  for (let f = 0; f < numFree; f++) {
    if (!augment(c, m, i32At(free, f), x, y, v, d)) return JV_INFEASIBLE;
  }
  return JV_OK;
}

// Sparse warm start (see sparse-start.ts), then every row whose column is not a dense row
// minimum under the warm-start prices is freed. Returns free rows, -1 if OOM.
// Rectangles (n < m) must end with every free column at the top price 0: a freed column is
// raised back to 0, which may make other rows prefer it; those are freed too (a worklist).
function sparseInit(
  c: usize, n: i32, m: i32, x: usize, y: usize, v: usize, d: usize, pred: usize, state: usize,
  free: usize,
): i32 {
  const touched = arenaAlloc(<f64>m * 4);
  const cap = <f64>n * <f64>K + <f64>K;
  const keys = arenaAlloc(cap * 8);
  const cols = arenaAlloc(cap * 4);
  if (touched == 0 || keys == 0 || cols == 0) return -1;
  for (let j = 0; j < m; j++) setF64(d, j, Infinity);
  sparseArr(n, x, y, v, free, SPARSE_ARR_FACTOR * <i64>n);
  sparseSolve(c, n, m, x, y, v, d, pred, state, touched, keys, cols, SPARSE_BUDGET * <i64>n);
  const rect = n < m;
  let raised = 0;
  for (let i = 0; i < n; i++) {
    const j = i32At(x, i);
    if (j < 0) continue;
    const row = c + (<usize>i * <usize>m << 3);
    // Prices only ever dropped (v ≤ 0), so a column outside the candidates costs at least the
    // candidate bar: a row tight within its candidates and not above the bar is tight overall.
    const u = f64At(row, j) - f64At(v, j);
    if (u <= candidateBar(i)) continue;
    twoMin(row, v, m);
    if (u <= u1g) continue;
    setI32(x, i, -1);
    setI32(y, j, -1);
    if (rect) {
      setF64(v, j, 0);
      setI32(touched, raised++, j);
    }
  }
  while (raised > 0) {
    const j = i32At(touched, --raised);
    for (let k = 0; k < n; k++) {
      const jk = i32At(x, k);
      if (jk < 0) continue;
      const row = c + (<usize>k * <usize>m << 3);
      if (f64At(row, j) - f64At(v, j) >= f64At(row, jk) - f64At(v, jk)) continue;
      setI32(x, k, -1);
      setI32(y, jk, -1);
      setF64(v, jk, 0);
      setI32(touched, raised++, jk);
    }
  }
  let numFree = 0;
  for (let i = 0; i < n; i++) if (i32At(x, i) < 0) setI32(free, numFree++, i);
  return numFree;
}

// Column minima by a row-major sweep (cache friendly), then the classic LAPJV assignment of each
// column to its minimum row and the reduction transfer. Returns the number of free rows.
function columnReduction(
  c: usize, n: i32, x: usize, y: usize, v: usize, colMin: usize, argMin: usize, matches: usize,
  free: usize,
): i32 {
  for (let j = 0; j < n; j++) {
    setF64(colMin, j, Infinity);
    setI32(argMin, j, -1);
  }
  for (let i = 0; i < n; i++) {
    const row = c + (<usize>i * <usize>n << 3);
    setI32(matches, i, 0);
    for (let j = 0; j < n; j++) {
      const h = f64At(row, j);
      if (h < f64At(colMin, j)) {
        setF64(colMin, j, h);
        setI32(argMin, j, i);
      }
    }
  }
  for (let j = n - 1; j >= 0; j--) {
    const i = i32At(argMin, j);
    if (i < 0) return -1; // a column with every pair forbidden
    const min = f64At(colMin, j);
    setF64(v, j, min);
    const cnt = i32At(matches, i);
    setI32(matches, i, cnt + 1);
    if (cnt == 0) {
      setI32(x, i, j);
      setI32(y, j, i);
    } else if (min < f64At(v, i32At(x, i))) {
      const j1 = i32At(x, i);
      setI32(x, i, j);
      setI32(y, j, i);
      setI32(y, j1, -1);
    }
  }
  let numFree = 0;
  for (let i = 0; i < n; i++) {
    const cnt = i32At(matches, i);
    if (cnt == 0) {
      setI32(free, numFree++, i);
    } else if (cnt == 1) {
      // Reduction transfer: lower v of the row's column to the row's second-best reduced cost.
      const j1 = i32At(x, i);
      const row = c + (<usize>i * <usize>n << 3);
      let min = Infinity;
      for (let j = 0; j < n; j++) {
        if (j == j1) continue;
        const h = f64At(row, j) - f64At(v, j);
        if (h < min) min = h;
      }
      if (min < Infinity) setF64(v, j1, f64At(v, j1) - min);
    }
  }
  return numFree;
}

// Augmenting row reduction (two passes). On plateaus of equal costs it degenerates into a
// zero-ε auction, so the total number of steps is capped at ARR_FACTOR × n; rows still free go to
// the shortest-path phase, which is exact regardless.
function arr(c: usize, n: i32, m: i32, x: usize, y: usize, v: usize, free: usize, count: i32): bool {
  let steps: i64 = 0;
  const maxSteps = <i64>ARR_FACTOR * <i64>n;
  let numFree = count;
  for (let pass = 0; pass < 2; pass++) {
    let k = 0;
    const prv = numFree;
    numFree = 0;
    while (k < prv) {
      const i = i32At(free, k++);
      if (++steps > maxSteps) return true;
      twoMin(c + (<usize>i * <usize>m << 3), v, m);
      const u1 = u1g;
      const u2 = u2g;
      let j1 = j1g;
      const j2 = j2g;
      if (u1 == Infinity) return false; // every pair of this row is forbidden
      let i0 = i32At(y, j1);
      const strict = u1 < u2 && u2 < Infinity;
      if (strict) {
        setF64(v, j1, f64At(v, j1) - (u2 - u1));
      } else if (i0 >= 0 && u1 == u2) {
        j1 = j2;
        i0 = i32At(y, j2);
      }
      setI32(x, i, j1);
      setI32(y, j1, i);
      if (i0 >= 0) {
        setI32(x, i0, -1);
        if (strict) setI32(free, --k, i0);
        else setI32(free, numFree++, i0);
      }
    }
  }
  return true;
}

