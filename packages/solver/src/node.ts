// Node entry: reads solver.wasm next to this file (dist/) from disk.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SolverError } from './errors.js';
import { instantiate } from './solver.js';
import type { CreateSolverOptions, Solver } from './types.js';

export { SolverError } from './errors.js';
export { evaluateRisk, splitHoldout } from './risk-eval.js';
export { RISK_FEATURES } from './risk-types.js';
export type * from './types.js';
export type { SolverErrorCode, SolverErrorDetails } from './errors.js';

const DEFAULT_WASM = new URL('./solver.wasm', import.meta.url);
let packaged: Promise<WebAssembly.Module> | undefined;

/** Loads and instantiates the solver; the compiled module is cached, each solver has its own memory. */
export async function createSolver(options: CreateSolverOptions = {}): Promise<Solver> {
  const source = options.wasm;
  try {
    if (source === undefined) {
      packaged ??= readFile(DEFAULT_WASM).then((bytes) => WebAssembly.compile(bytes));
      return await instantiate(await packaged);
    }
    if (source instanceof WebAssembly.Module) return await instantiate(source);
    if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return await instantiate(source);
    const path = source instanceof URL ? source : pathToFileURL(resolve(source));
    return await instantiate(await readFile(path));
  } catch (err) {
    if (source === undefined) packaged = undefined;
    if (err instanceof SolverError) throw err;
    const where = source === undefined ? fileURLToPath(DEFAULT_WASM) : String(source);
    throw new SolverError('LOAD_FAILED', `could not load the solver from ${where}: ${(err as Error).message}`);
  }
}
