// Tests run against the built package (dist/ and its solver.wasm), through the package's own
// "node" export condition, exactly as consumers load it.
import { createSolver, type Solver } from '@cadre/solver';

let shared: Promise<Solver> | undefined;

export function testSolver(): Promise<Solver> {
  shared ??= createSolver();
  return shared;
}
