import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSolver, SolverError } from '@cadre/solver';

const wasmUrl = new URL('../dist/solver.wasm', import.meta.url);

describe('Node loader', () => {
  it('the package resolves to the node entry next to dist/solver.wasm', () => {
    const resolved = import.meta.resolve('@cadre/solver');
    expect(resolved).toMatch(/\/dist\/node\.js$/);
    const require = createRequire(import.meta.url);
    expect(require.resolve('@cadre/solver/solver.wasm')).toBe(fileURLToPath(wasmUrl));
  });

  it('loads from disk, from bytes, from a compiled module and from a path', async () => {
    const bytes = await readFile(wasmUrl);
    const sources = [undefined, bytes, await WebAssembly.compile(bytes), fileURLToPath(wasmUrl), wasmUrl];
    for (const wasm of sources) {
      const solver = await createSolver(wasm === undefined ? {} : { wasm });
      expect(solver.assign(Float64Array.from([3, 1, 2, 5]), 2, 2).total).toBe(3);
    }
  });

  it('each solver has its own memory', async () => {
    const [a, b] = await Promise.all([createSolver(), createSolver()]);
    const big = new Float64Array(300 * 300).map((_, k) => (k * 7919) % 1000);
    const ra = a.assign(big, 300, 300);
    expect(b.band(Float64Array.from([5]), [1], [2, 3])[0]).toBe(2);
    expect(a.assign(big, 300, 300)).toEqual(ra);
  });

  it('a missing or broken module is a LOAD_FAILED SolverError', async () => {
    await expect(createSolver({ wasm: '/nonexistent/solver.wasm' })).rejects.toMatchObject({
      name: 'SolverError', code: 'LOAD_FAILED',
    });
    await expect(createSolver({ wasm: new Uint8Array([0, 97, 115, 109, 9, 9, 9, 9]) })).rejects.toBeInstanceOf(SolverError);
  });

  it('SolverError carries code, index and field', () => {
    const err = new SolverError('BAD_INPUT', 'weights[4] is negative (-1)', { index: 4, field: 'weights' });
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('SolverError');
    expect({ code: err.code, index: err.index, field: err.field, message: err.message }).toEqual({
      code: 'BAD_INPUT', index: 4, field: 'weights', message: 'weights[4] is negative (-1)',
    });
  });
});
