import { createSolver, type Solver } from '@cadre/solver';

let solver: Promise<Solver> | undefined;

/** One solver instance per process, created on first use (loading the WebAssembly once). */
export function getSolver(): Promise<Solver> {
  solver ??= createSolver().catch((error: unknown) => {
    solver = undefined;
    throw error;
  });
  return solver;
}
