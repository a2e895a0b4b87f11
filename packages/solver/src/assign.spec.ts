import { describe, expect, it } from 'vitest';
import { SolverError } from '@cadre/solver';
import { bruteForceAssign, hungarianAssign } from './reference/assign.js';
import { randInt, rng } from './reference/rng.js';
import { checkAssignment, expectClose } from './testing/checks.js';
import { testSolver } from './testing/solver.js';

const solver = await testSolver();

type Gen = (r: () => number, i: number, j: number) => number;
const classes: Record<string, Gen> = {
  uniform: (r) => r(),
  ties: (r) => randInt(r, 0, 3),
  degenerate: () => 7,
  // Integers up to ~3e12: every sum is exact, so optima compare exactly.
  huge: (r) => 1e12 * randInt(r, 0, 3) + randInt(r, 0, 9),
  tiny: (r) => 1e-12 * r(),
  negative: (r) => -1000 * r(),
  skills: (r, i, j) => -(((i * 7) % 4) * ((j * 5) % 4) + ((i + j) % 3)) + 1e-3 * r(),
};

function matrix(r: () => number, rows: number, cols: number, gen: Gen, forbidP = 0, forbidden = Infinity) {
  const cost = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) cost[i * cols + j] = r() < forbidP ? forbidden : gen(r, i, j);
  }
  return cost;
}

describe('assign against brute force (n ≤ 8)', () => {
  for (const [name, gen] of Object.entries(classes)) {
    it(`${name}: squares and rectangles both ways, min and max`, () => {
      const r = rng(name.length * 7919);
      for (let t = 0; t < 120; t++) {
        const rows = randInt(r, 1, 7);
        const cols = randInt(r, 1, 7);
        const cost = matrix(r, rows, cols, gen);
        const min = solver.assign(cost, rows, cols);
        expectClose(checkAssignment(cost, rows, cols, min), bruteForceAssign(cost, rows, cols));
        const max = solver.assign(cost, rows, cols, { maximize: true });
        const negated = cost.map((c) => -c);
        expectClose(checkAssignment(cost, rows, cols, max, true), -bruteForceAssign(negated, rows, cols));
      }
    });
  }

  it('forbidden pairs (+Infinity when minimising, -Infinity when maximising)', () => {
    const r = rng(42);
    let infeasible = 0;
    for (let t = 0; t < 300; t++) {
      const rows = randInt(r, 1, 6);
      const cols = randInt(r, 1, 6);
      const maximize = t % 2 === 1;
      const cost = matrix(r, rows, cols, (g) => randInt(g, 0, 9), 0.35, maximize ? -Infinity : Infinity);
      const expected = maximize
        ? -bruteForceAssign(cost.map((c) => -c), rows, cols)
        : bruteForceAssign(cost, rows, cols);
      if (!Number.isFinite(expected)) {
        infeasible++;
        expect(() => solver.assign(cost, rows, cols, { maximize })).toThrow(/no feasible assignment/);
        continue;
      }
      const res = solver.assign(cost, rows, cols, { maximize });
      expect(checkAssignment(cost, rows, cols, res, maximize) + 0).toBe(expected + 0);
    }
    expect(infeasible).toBeGreaterThan(10); // the generator really produces both outcomes
  });

  it('8×8 and 8×5 exhaustively checked', () => {
    const r = rng(8);
    for (const [rows, cols] of [[8, 8], [8, 5], [5, 8]] as const) {
      for (let t = 0; t < 5; t++) {
        const cost = matrix(r, rows, cols, (g) => randInt(g, 0, 20));
        expect(checkAssignment(cost, rows, cols, solver.assign(cost, rows, cols))).toBe(
          bruteForceAssign(cost, rows, cols),
        );
      }
    }
  });
});

describe('assign against the Hungarian reference (medium n: warm start, auction, rectangles)', () => {
  const shapes: [number, number][] = [[17, 17], [40, 40], [90, 90], [30, 75], [75, 30], [120, 120]];
  for (const [name, gen] of Object.entries(classes)) {
    it(name, () => {
      const r = rng(name.length * 31 + 5);
      for (const [rows, cols] of shapes) {
        const cost = matrix(r, rows, cols, gen);
        const res = solver.assign(cost, rows, cols);
        expectClose(checkAssignment(cost, rows, cols, res), hungarianAssign(cost, rows, cols));
        const max = solver.assign(cost, rows, cols, { maximize: true });
        expectClose(checkAssignment(cost, rows, cols, max, true), -hungarianAssign(cost.map((c) => -c), rows, cols));
      }
    });
  }

  it('skills fit: integer skill vectors, with and without noise (plateaus)', () => {
    const r = rng(2024);
    const skills = (n: number) => Array.from({ length: n }, () => Array.from({ length: 4 }, () => randInt(r, 0, 5)));
    // Odd column counts exercise the padding lane of the two-column SIMD scans.
    for (const [rows, cols] of [[150, 150], [200, 200], [151, 151], [60, 140], [140, 60], [61, 143], [143, 61]] as const) {
      const people = skills(rows);
      const jobs = skills(cols);
      for (const noise of [0, 1e-3]) {
        const cost = matrix(r, rows, cols, (g, i, j) => {
          let dot = 0;
          for (let k = 0; k < 4; k++) dot += people[i]![k]! * jobs[j]![k]!;
          return -dot + noise * g();
        });
        expectClose(checkAssignment(cost, rows, cols, solver.assign(cost, rows, cols)), hungarianAssign(cost, rows, cols));
      }
    }
  });

  it('sparse forbidden pairs at medium size', () => {
    const r = rng(99);
    for (const [rows, cols] of shapes) {
      // A big finite cost stands in for "forbidden" in the reference; the optimum avoids it.
      const cost = matrix(r, rows, cols, (g) => g(), 0.3);
      const big = cost.map((c) => (c === Infinity ? 1e6 : c));
      const res = solver.assign(cost, rows, cols);
      expectClose(checkAssignment(cost, rows, cols, res), hungarianAssign(big, rows, cols));
    }
  });
});

describe('assign edge cases and errors', () => {
  it('empty matrices', () => {
    expect(solver.assign(new Float64Array(0), 0, 0)).toEqual({
      rowToCol: new Int32Array(0), colToRow: new Int32Array(0), total: 0,
    });
    const r = solver.assign(new Float64Array(0), 0, 3);
    expect(Array.from(r.colToRow)).toEqual([-1, -1, -1]);
  });

  it('NaN names the entry', () => {
    const cost = new Float64Array(5 * 9).fill(1);
    cost[3 * 9 + 7] = NaN;
    const err = catchError(() => solver.assign(cost, 5, 9));
    expect(err).toBeInstanceOf(SolverError);
    expect(err).toMatchObject({ name: 'SolverError', code: 'NAN_COST', index: 34, field: 'cost' });
    expect(err.message).toBe('cost[3,7] is NaN');
  });

  it('the wrong infinity for the direction is rejected', () => {
    expect(() => solver.assign(new Float64Array([1, -Infinity, 2, 3]), 2, 2)).toThrow(
      'cost[0,1] is -Infinity; when minimising, forbidden pairs are marked with +Infinity',
    );
    expect(() => solver.assign(new Float64Array([1, 2, Infinity, 3]), 2, 2, { maximize: true })).toThrow(
      'cost[1,0] is Infinity; when maximising, forbidden pairs are marked with -Infinity',
    );
  });

  it('infeasibility names a row or column without any allowed pair', () => {
    const I = Infinity;
    expect(() => solver.assign(new Float64Array([1, 2, I, I]), 2, 2)).toThrow(
      'no feasible assignment: row 1 has every pair forbidden',
    );
    expect(() => solver.assign(new Float64Array([1, I, 2, I, 3, I]), 3, 2)).toThrow(
      'no feasible assignment: column 1 has every pair forbidden',
    );
    const hall = solver.assign.bind(solver, new Float64Array([1, I, I, 2, I, I, 3, 4, 5]), 3, 3);
    expect(hall).toThrow('no feasible assignment: the allowed (non-forbidden) pairs cannot cover all 3 rows');
    expect(catchError(hall)).toMatchObject({ code: 'INFEASIBLE' });
  });

  it('bad shapes and types', () => {
    expect(() => solver.assign(new Float64Array(5), 2, 3)).toThrow('cost has length 5 but rows × cols = 2 × 3 = 6');
    expect(() => solver.assign(new Float64Array(6), -2, -3)).toThrow('rows must be a non-negative integer (got -2)');
    expect(() => solver.assign([1, 2] as unknown as Float64Array, 1, 2)).toThrow(
      'cost must be a Float64Array (got an array)',
    );
  });

  it('does not modify the input and gives the same answer twice', () => {
    const r = rng(5);
    const cost = matrix(r, 30, 30, (g) => g());
    const copy = cost.slice();
    const a = solver.assign(cost, 30, 30, { maximize: true });
    const b = solver.assign(cost, 30, 30, { maximize: true });
    expect(cost).toEqual(copy);
    expect(b).toEqual(a);
  });
});

function catchError(fn: () => unknown): SolverError {
  try {
    fn();
  } catch (err) {
    return err as SolverError;
  }
  throw new Error('expected an error');
}
