// `@cadre/solver/json` in the browser: one solver instance, created on first use.
import { createSolver } from '../browser.js';
import type { Solver } from '../types.js';
import { solveJsonWith, type SolveKind } from './front.js';

export { SOLVE_KINDS, solveJsonWith, type SolveKind } from './front.js';

let solver: Promise<Solver> | undefined;

export async function solveJson(kind: SolveKind, input: unknown): Promise<unknown> {
  solver ??= createSolver().catch((err: unknown) => {
    solver = undefined;
    throw err;
  });
  return solveJsonWith(await solver, kind, input);
}
