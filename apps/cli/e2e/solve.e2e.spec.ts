import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const cli = resolve(import.meta.dirname, '../dist/main.js');
const dir = mkdtempSync(join(tmpdir(), 'cadre-solve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const solve = (kind: string, problem: unknown) => {
  const file = join(dir, `${kind}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(problem));
  const r = spawnSync(process.execPath, [cli, 'solve', kind, '--input', file], { encoding: 'utf8' });
  return { code: r.status, json: r.status === 0 ? JSON.parse(r.stdout) : null, err: r.stderr };
};

describe('cadre solve', () => {
  it('assigns, maximising when asked', () => {
    const r = solve('assign', { cost: [[4, 1, 3], [2, 0, 5], [3, 2, 2]] });
    expect(r.code).toBe(0);
    expect(r.json.total).toBe(5);
    expect(solve('assign', { cost: [[1, 2], [3, 4]], maximize: true }).json.total).toBe(5);
  });

  it('splits the founding example pool in exact minor units', () => {
    const c = [2, 1.5, 1, 0.5, 0.3, 0.2, 0.1, 0.05, 0.03, 0.01];
    const w = [0.3, ...Array(9).fill(0.7 / 9)];
    const r = solve('allocate', { pool: 1000, weights: w, coefficients: c, unit: 1 });
    expect(r.code).toBe(0);
    expect(r.json.amounts.reduce((a: number, b: number) => a + b, 0)).toBe(1000);
    expect(r.json.amounts.every((x: number) => Number.isInteger(x))).toBe(true);
  });

  it('staffs within headcount bounds', () => {
    const r = solve('staff', { people: 3, projects: [{ min: 1, max: 2 }, { min: 1, max: 1 }], edges: { person: [0, 0, 1, 2, 2], project: [0, 1, 0, 0, 1], score: [5, 4, 3, 2, 6] } });
    expect(r.code).toBe(0);
    expect(r.json.projectCounts).toEqual([2, 1]);
  });

  it('rejects bad input with a named error and an unknown kind', () => {
    const nan = solve('allocate', { pool: 10, weights: [1, -1], coefficients: [1, 1] });
    expect(nan.code).toBe(1);
    expect(nan.err).toMatch(/weights\[1\]/);
    expect(solve('juggle', {}).err).toMatch(/unknown problem kind "juggle"/);
  });
});
