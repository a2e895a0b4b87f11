// The bonus model recomputed in the browser with the same WASM solver the server uses:
// c from solver.band over the scored people (no score → c = 0), then solver.allocate in the
// pool's rounding unit with the members' floors and caps, exactly as the server does.
import type { Solver } from '@cadre/solver';
import type { PoolInputs } from './types.js';

export interface ModelParameters {
  /** D in minor units. */
  amount: number;
  /** t1 > t2 > … > t(k−1). */
  thresholds: number[];
  /** c1 … ck. */
  coefficients: number[];
}

export interface ModelRow {
  personId: string;
  name: string;
  level: string;
  score: number | null;
  band: number | null;
  weight: number;
  coefficient: number;
  floor: number;
  cap: number | null;
  /** clamp(ω c / λ, floor, cap) before rounding. */
  exact: number;
  /** Whole rounding units (minor units for unit 1). */
  amount: number;
  bound: number;
}

export interface ModelResult {
  rows: ModelRow[];
  lambda: number | null;
  weightedSum: number;
  total: number;
  atFloor: number;
  atCap: number;
}

/** The band (1 = top) of a score: 1 + how many thresholds are ≥ s. */
export const bandOf = (s: number, thresholds: readonly number[]) => 1 + thresholds.filter((t) => s <= t).length;

/** The solver problem for these inputs and parameters (also what the e2e test recomputes). */
export function modelProblem(solver: Solver, inputs: PoolInputs, p: ModelParameters) {
  const people = inputs.people;
  const scored = people.flatMap((r, i) => (r.score === null ? [] : [i]));
  const banded = solver.band(Float64Array.from(scored, (i) => people[i]!.score!), p.thresholds, p.coefficients);
  const coefficients = new Float64Array(people.length);
  scored.forEach((i, j) => { coefficients[i] = banded[j]!; });
  const floors = people.some((r) => r.floor > 0) ? Float64Array.from(people, (r) => r.floor) : undefined;
  const caps = people.some((r) => r.cap !== null) ? Float64Array.from(people, (r) => r.cap ?? Infinity) : undefined;
  return { pool: p.amount, weights: Float64Array.from(people, (r) => r.weight), coefficients, floors, caps, unit: inputs.unit };
}

export function runModel(solver: Solver, inputs: PoolInputs, p: ModelParameters): ModelResult {
  const problem = modelProblem(solver, inputs, p);
  const result = solver.allocate(problem);
  const lambda = Number.isFinite(result.lambda) && result.lambda > 0 ? result.lambda : null;
  const rows = inputs.people.map((r, i) => {
    const c = problem.coefficients[i]!;
    const raw = lambda === null ? 0 : (r.weight * c) / lambda;
    return {
      personId: r.personId, name: r.name, level: r.level, score: r.score, band: r.score === null ? null : bandOf(r.score, p.thresholds),
      weight: r.weight, coefficient: c, floor: r.floor, cap: r.cap,
      exact: Math.min(Math.max(raw, r.floor), r.cap ?? Infinity),
      amount: result.amounts[i]!, bound: result.bound[i]!,
    };
  });
  return {
    rows,
    lambda,
    weightedSum: rows.reduce((s, r) => s + r.weight * r.coefficient, 0),
    total: rows.reduce((s, r) => s + r.amount, 0),
    atFloor: rows.filter((r) => r.bound === -1).length,
    atCap: rows.filter((r) => r.bound === 1).length,
  };
}
