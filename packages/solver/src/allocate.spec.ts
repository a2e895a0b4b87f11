import { describe, expect, it } from 'vitest';
import type { AllocateProblem, AllocateResult } from '@cadre/solver';
import { bisectAllocate } from './reference/allocate.js';
import { randInt, rng } from './reference/rng.js';
import { expectClose } from './testing/checks.js';
import { testSolver } from './testing/solver.js';

const solver = await testSolver();

function randomProblem(r: () => number, n: number, opts: { floors?: boolean; caps?: boolean; zeros?: boolean }): AllocateProblem {
  const weights = Float64Array.from({ length: n }, () => (opts.zeros && r() < 0.15 ? 0 : 0.5 + 5 * r()));
  const coefficients = Float64Array.from({ length: n }, () => [0, 0.5, 1, 1.5, 2][randInt(r, opts.zeros ? 0 : 1, 4)]!);
  const floors = opts.floors ? Float64Array.from({ length: n }, () => (r() < 0.4 ? Math.round(100 * r()) : 0)) : undefined;
  const caps = opts.caps
    ? Float64Array.from({ length: n }, (_, i) => (r() < 0.2 ? Infinity : (floors?.[i] ?? 0) + Math.round(300 * r())))
    : undefined;
  const lo = floors ? floors.reduce((s, f) => s + f, 0) : 0;
  const hi = caps ? caps.reduce((s, c, i) => s + (weights[i]! * coefficients[i]! > 0 ? c : floors?.[i] ?? 0), 0) : Infinity;
  // Pick a pool strictly between the floor and cap totals so the problem is feasible.
  const pool = Math.round(lo + (Math.min(hi, lo + 150 * n) - lo) * (0.05 + 0.9 * r()));
  return { pool, weights, coefficients, ...(floors ? { floors } : {}), ...(caps ? { caps } : {}) };
}

/**
 * KKT conditions of max Σ a_i ln y_i, Σ y = pool, floor ≤ y ≤ cap, with level t = 1/λ. Violations
 * are collected and asserted once (an expect per person would dominate the run time).
 */
function checkKkt(p: AllocateProblem, r: AllocateResult): void {
  const t = 1 / r.lambda;
  const n = p.weights.length;
  expectClose(r.amounts.reduce((s, y) => s + y, 0), p.pool, 1e-11);
  const bad: string[] = [];
  const near = (x: number, y: number) => Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y));
  for (let i = 0; i < n && bad.length < 5; i++) {
    const a = p.weights[i]! * p.coefficients[i]!;
    const lo = p.floors?.[i] ?? 0;
    const hi = p.caps?.[i] ?? Infinity;
    const y = r.amounts[i]!;
    const b = r.bound[i];
    const ok =
      y >= lo && y <= hi &&
      (a === 0
        ? y === lo && b === -1
        : b === 0
          ? near(y / a, t) // every unbound person shares one ratio y/(ωc) = 1/λ
          : b === -1
            ? y === lo && a * t <= lo * (1 + 1e-12)
            : b === 1 && y === hi && a * t >= hi * (1 - 1e-12));
    if (!ok) bad.push(`#${i}: a=${a} lo=${lo} hi=${hi} y=${y} bound=${b} t=${t}`);
  }
  expect(bad).toEqual([]);
}

describe('allocate: KKT conditions', () => {
  for (const opts of [{}, { floors: true }, { caps: true }, { floors: true, caps: true }, { floors: true, caps: true, zeros: true }]) {
    it(`random instances ${JSON.stringify(opts)}`, () => {
      const r = rng(JSON.stringify(opts).length * 13);
      let bounded = 0;
      for (const n of [1, 2, 3, 5, 10, 50, 200, 1000, 20_000]) {
        for (let t = 0; t < (n > 1000 ? 2 : 8); t++) {
          const p = randomProblem(r, n, opts);
          const res = solver.allocate(p);
          checkKkt(p, res);
          bounded += res.bound.filter((b) => b !== 0).length;
          if (n <= 50) {
            const ref = bisectAllocate(p.pool, Array.from(p.weights), Array.from(p.coefficients), p.floors && Array.from(p.floors), p.caps && Array.from(p.caps));
            ref.forEach((y, i) => expectClose(res.amounts[i]!, y, 1e-9));
          }
        }
      }
      if (Object.keys(opts).length > 0) expect(bounded).toBeGreaterThan(0);
    });
  }

  it('without floors and caps it is exactly the closed form pool·ω_i c_i / Σ ω_j c_j', () => {
    const r = rng(3);
    const p = randomProblem(r, 5000, {});
    const res = solver.allocate(p);
    let sum = 0;
    for (let i = 0; i < 5000; i++) sum += p.weights[i]! * p.coefficients[i]!;
    for (let i = 0; i < 5000; i++) expect(res.amounts[i]).toBe((p.pool * p.weights[i]! * p.coefficients[i]!) / sum);
    expect(res.lambda).toBe(sum / p.pool);
  });

  it('people with ω_i c_i = 0 get their floor; pool 0 gives zeros', () => {
    const res = solver.allocate({
      pool: 10, weights: Float64Array.from([0, 1, 1]), coefficients: Float64Array.from([1, 0, 1]),
      floors: Float64Array.from([2, 3, 0]),
    });
    expect(Array.from(res.amounts)).toEqual([2, 3, 5]);
    expect(Array.from(res.bound)).toEqual([-1, -1, 0]);
    const zero = solver.allocate({ pool: 0, weights: Float64Array.from([1, 2]), coefficients: Float64Array.from([1, 1]) });
    expect(Array.from(zero.amounts)).toEqual([0, 0]);
    expect(zero.lambda).toBe(Infinity);
  });

  it('everyone bound: floors exactly exhaust the pool', () => {
    const p = { pool: 6, weights: Float64Array.from([1, 2, 3]), coefficients: Float64Array.from([1, 1, 1]), floors: Float64Array.from([1, 2, 3]) };
    const res = solver.allocate(p);
    expect(Array.from(res.amounts)).toEqual([1, 2, 3]);
    checkKkt(p, res);
  });
});

describe('allocate: rounding to a unit', () => {
  it('multiples of the unit adding up to the pool exactly, by largest remainder', () => {
    const r = rng(17);
    let checked = 0;
    for (const n of [1, 7, 50, 999, 30_000]) {
      for (const unit of [1, 0.01, 5]) {
        const p = randomProblem(r, n, { floors: true, caps: true, zeros: true });
        // Money-like: floors, caps and pool on the unit grid.
        p.floors = p.floors!.map((f) => Math.round(f / unit) * unit);
        p.caps = p.caps!.map((c, i) => Math.max(p.floors![i]!, Math.round(c / unit) * unit));
        p.pool = Math.round(p.pool / unit) * unit;
        let exact: AllocateResult;
        try {
          exact = solver.allocate(p);
        } catch {
          continue; // rounding the pool moved it outside the floors/caps range
        }
        const res = solver.allocate({ ...p, unit });
        const units = Array.from(res.units!);
        expect(units.reduce((s, u) => s + u, 0)).toBe(Math.round(p.pool / unit));
        const q = Array.from(exact.amounts, (y) => y / unit);
        let lowestUp = Infinity;
        let highestDown = -Infinity;
        const bad: string[] = [];
        units.forEach((u, i) => {
          const base = Math.floor(q[i]! + 1e-7);
          const y = res.amounts[i]!;
          if (!Number.isInteger(u) || Math.abs(y - u * unit) > 1e-9 * Math.max(1, y) || (u !== base && u !== base + 1) ||
            y < p.floors![i]! - 1e-9 || y > p.caps![i]! + 1e-9) {
            bad.push(`#${i}: q=${q[i]} units=${u} amount=${y}`);
          }
          const rem = q[i]! - base;
          if (u === base + 1) lowestUp = Math.min(lowestUp, rem);
          else if (y + unit <= p.caps![i]! + 1e-9) highestDown = Math.max(highestDown, rem);
        });
        expect(bad).toEqual([]);
        checked++;
        // Nobody who stayed down (and could go up) has a larger remainder than someone who went up.
        expect(highestDown).toBeLessThanOrEqual(lowestUp + 1e-9);
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('floors and caps off the unit grid still hold after rounding', () => {
    const p = {
      pool: 100, weights: Float64Array.from([1, 1, 1, 1]), coefficients: Float64Array.from([1, 2, 3, 4]),
      floors: Float64Array.from([12.5, 0, 0, 0]), caps: Float64Array.from([Infinity, Infinity, 22.5, Infinity]), unit: 5,
    };
    const res = solver.allocate(p);
    expect(res.units!.reduce((s, u) => s + u, 0)).toBe(20);
    expect(res.amounts[0]).toBeGreaterThanOrEqual(12.5);
    expect(res.amounts[2]).toBeLessThanOrEqual(22.5);
    res.amounts.forEach((y) => expect(y % 5).toBe(0));
  });

  it('ties go to the lower index', () => {
    const res = solver.allocate({ pool: 10, weights: new Float64Array(4).fill(1), coefficients: new Float64Array(4).fill(1), unit: 1 });
    expect(Array.from(res.units!)).toEqual([3, 3, 2, 2]);
    expect(Array.from(res.amounts)).toEqual([3, 3, 2, 2]);
  });

  it('floors and caps that leave no whole unit between them are an error', () => {
    const call = () => solver.allocate({
      pool: 1, weights: Float64Array.from([1, 1]), coefficients: Float64Array.from([1, 1]),
      floors: Float64Array.from([0.3, 0.3]), caps: Float64Array.from([0.7, 0.7]), unit: 1,
    });
    expect(call).toThrow('cannot round to whole multiples of unit 1: floors and caps rounded to the unit grid leave no room');
    expect(call).toThrow(expect.objectContaining({ code: 'INFEASIBLE', field: 'unit' }));
  });

  it('a pool that is not a multiple of the unit is an error', () => {
    expect(() => solver.allocate({ pool: 10.005, weights: Float64Array.from([1]), coefficients: Float64Array.from([1]), unit: 0.01 })).toThrow(
      'pool 10.005 is not a whole multiple of unit 0.01',
    );
  });
});

describe('allocate errors name the index', () => {
  const base = () => ({ pool: 100, weights: Float64Array.from([1, 1, 1, 1, 1]), coefficients: Float64Array.from([1, 1, 1, 1, 1]) });
  it('negative, NaN and infinite inputs', () => {
    const w = base();
    w.weights[4] = -1;
    expect(() => solver.allocate(w)).toThrow('weights[4] is negative (-1)');
    const c = base();
    c.coefficients[2] = NaN;
    expect(() => solver.allocate(c)).toThrow('coefficients[2] is NaN');
    expect(() => solver.allocate({ ...base(), floors: Float64Array.from([0, 0, 0, Infinity, 0]) })).toThrow('floors[3] is Infinity; it must be finite');
    expect(() => solver.allocate({ ...base(), caps: Float64Array.from([1, NaN, 1, 1, 1]) })).toThrow('caps[1] is NaN');
    expect(() => solver.allocate({ ...base(), pool: -5 })).toThrow('pool is negative (-5)');
    expect(() => solver.allocate({ ...base(), pool: NaN })).toThrow('pool must be a number (got NaN)');
    const big = base();
    big.weights[0] = 1e200;
    big.coefficients[0] = 1e200;
    expect(() => solver.allocate(big)).toThrow('weights[0] × coefficients[0] overflows to Infinity');
    expect(() => solver.allocate(w)).toThrow(expect.objectContaining({ code: 'BAD_INPUT', index: 4, field: 'weights' }));
  });

  it('infeasible floors and caps', () => {
    expect(() => solver.allocate({ ...base(), floors: Float64Array.from([30, 30, 30, 30, 0]) })).toThrow('floors sum 120 exceeds pool 100');
    expect(() => solver.allocate({ ...base(), caps: Float64Array.from([10, 10, 10, 10, 10]) })).toThrow(
      'caps sum 50 is below pool 100',
    );
    expect(() => solver.allocate({ ...base(), floors: Float64Array.from([0, 0, 5, 0, 0]), caps: Float64Array.from([9, 9, 4, 99, 99]) })).toThrow(
      'caps[2] (4) is below floors[2] (5)',
    );
    expect(() => solver.allocate({ pool: 10, weights: Float64Array.from([0, 1]), coefficients: Float64Array.from([1, 0]) })).toThrow(
      'every weight × coefficient is 0, so nobody can receive more than their floor (floors sum 0 < pool 10)',
    );
    expect(() => solver.allocate({ ...base(), caps: Float64Array.from([10, 10, 10, 10, 10]) })).toThrow(expect.objectContaining({ code: 'INFEASIBLE' }));
  });

  it('length mismatches and wrong types', () => {
    expect(() => solver.allocate({ ...base(), coefficients: new Float64Array(4) })).toThrow('coefficients has length 4 but weights has 5');
    expect(() => solver.allocate({ ...base(), floors: new Float64Array(6) })).toThrow('floors has length 6 but weights has 5');
    expect(() => solver.allocate({ ...base(), caps: new Float64Array(2) })).toThrow('caps has length 2 but weights has 5');
    expect(() => solver.allocate({ ...base(), weights: [1, 2] as unknown as Float64Array })).toThrow('weights must be a Float64Array (got an array)');
    expect(() => solver.allocate({ ...base(), unit: 0 })).toThrow('unit must be a positive finite number (got 0)');
  });
});
