import { allocate } from './allocate.js';
import { assign } from './assign.js';
import { band } from './band.js';
import { SolverError } from './errors.js';
import { staff } from './staff.js';
import { explainRisk, predictRisk, trainRiskModel, type RiskExports } from './risk.js';
import type { Solver } from './types.js';
import type { SolverExports } from './wasm.js';

const REQUIRED = ['memory', 'arenaReset', 'arenaAlloc', 'assign', 'staff', 'allocate', 'band'];

/** Wraps an instantiated solver.wasm; shared by the Node and browser loaders. */
export function solverFromInstance(instance: WebAssembly.Instance): Solver {
  const ex = instance.exports as unknown as SolverExports;
  for (const name of REQUIRED) {
    if (!(name in ex)) throw new SolverError('LOAD_FAILED', `solver.wasm lacks the export '${name}' (stale build?)`);
  }
  const rx = ex as SolverExports & RiskExports;
  return {
    assign: (cost, rows, cols, options) => guard(() => assign(ex, cost, rows, cols, options)),
    staff: (problem) => guard(() => staff(ex, problem)),
    allocate: (problem) => guard(() => allocate(ex, problem)),
    band: (scores, thresholds, coefficients) => guard(() => band(ex, scores, thresholds, coefficients)),
    trainRiskModel: (input, options) => guardAsync(() => trainRiskModel(rx, input, options)),
    predictRisk: (model, rows) => guard(() => predictRisk(rx, model, rows)),
    explainRisk: (model, rows) => guard(() => explainRisk(rx, model, rows)),
  };
}

async function guardAsync<R>(fn: () => Promise<R>): Promise<R> {
  try {
    return await fn();
  } catch (err) {
    return guard(() => {
      throw err;
    });
  }
}

// A trap inside the module (memory exhausted half-way, or a bug) becomes a SolverError; nothing
// half-written survives because every call resets the arena first.
function guard<R>(fn: () => R): R {
  try {
    return fn();
  } catch (err) {
    if (err instanceof WebAssembly.RuntimeError) {
      const memory = /memory|bounds/i.test(err.message);
      throw new SolverError(memory ? 'OUT_OF_MEMORY' : 'INTERNAL', `the solver trapped: ${err.message}`);
    }
    throw err;
  }
}

/** Instantiates compiled solver bytes or module (no imports are needed). */
export async function instantiate(source: WebAssembly.Module | BufferSource): Promise<Solver> {
  const module = source instanceof WebAssembly.Module ? source : await WebAssembly.compile(source);
  return solverFromInstance(await WebAssembly.instantiate(module, {}));
}
