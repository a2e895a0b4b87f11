// Browser entry: fetches solver.wasm next to this file. The `new URL(..., import.meta.url)` form
// is what Vite and other bundlers recognise to emit the .wasm as an asset.
import { SolverError } from './errors.js';
import { instantiate } from './solver.js';
import type { CreateSolverOptions, Solver } from './types.js';

export { SolverError } from './errors.js';
export { evaluateRisk, splitHoldout } from './risk-eval.js';
export { RISK_FEATURES } from './risk-types.js';
export type * from './types.js';
export type { SolverErrorCode, SolverErrorDetails } from './errors.js';

let packaged: Promise<WebAssembly.Module> | undefined;

async function fetchModule(url: URL | string): Promise<WebAssembly.Module> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${String(url)}`);
  // compileStreaming insists on the application/wasm MIME type; fall back to bytes otherwise.
  const type = response.headers.get('content-type') ?? '';
  if (typeof WebAssembly.compileStreaming === 'function' && type.startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/** Loads and instantiates the solver; the compiled module is cached, each solver has its own memory. */
export async function createSolver(options: CreateSolverOptions = {}): Promise<Solver> {
  const source = options.wasm;
  try {
    if (source === undefined) {
      packaged ??= fetchModule(new URL('./solver.wasm', import.meta.url));
      return await instantiate(await packaged);
    }
    if (source instanceof WebAssembly.Module) return await instantiate(source);
    if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return await instantiate(source);
    return await instantiate(await fetchModule(source));
  } catch (err) {
    if (source === undefined) packaged = undefined;
    if (err instanceof SolverError) throw err;
    throw new SolverError('LOAD_FAILED', `could not load the solver: ${(err as Error).message}`);
  }
}
