import { describe, expect, it } from 'vitest';
import { SOLVE_KINDS, solveJson } from '@cadre/solver/json';

describe('solveJson (the CLI front)', () => {
  it('assign with a 2-D cost matrix and JSON stand-ins for Infinity', async () => {
    const out = await solveJson('assign', { cost: [[4, 1, 'Infinity'], [2, null, 5], [3, 2, 2]] });
    expect(out).toEqual({ rowToCol: [1, 0, 2], colToRow: [1, 0, 2], total: 5 });
    const max = await solveJson('assign', { cost: [[1, null], [3, 4]], maximize: true });
    expect(max).toEqual({ rowToCol: [0, 1], colToRow: [0, 1], total: 5 });
  });

  it('assign with a flat matrix plus rows and cols', async () => {
    const out = await solveJson('assign', { cost: [4, 1, 3, 2, 0, 5], rows: 2, cols: 3 });
    expect(out).toEqual({ rowToCol: [1, 0], colToRow: [1, 0, -1], total: 3 });
  });

  it('staff with edges as objects or as parallel arrays', async () => {
    const projects = [{ min: 1, max: 2, name: 'A' }, { min: 0, max: 1 }];
    const asObjects = await solveJson('staff', {
      people: 3, projects,
      edges: [{ person: 0, project: 0, score: 5 }, { person: 0, project: 1, score: 6 }, { person: 2, project: 1, score: 9 }],
    });
    expect(asObjects).toEqual({ personToProject: [0, -1, 1], total: 14, projectCounts: [1, 1] });
    const asArrays = await solveJson('staff', {
      people: 3, projects, edges: { person: [0, 0, 2], project: [0, 1, 1], score: [5, 6, 9] }, requireAll: false,
    });
    expect(asArrays).toEqual(asObjects);
  });

  it('allocate returns plain arrays, and lambda null when infinite', async () => {
    const out = (await solveJson('allocate', { pool: 10, weights: [1, 1, 2], coefficients: [1, 1, 1], caps: [null, 'Infinity', 4], unit: 1 })) as Record<string, unknown>;
    expect(out).toEqual({ amounts: [3, 3, 4], lambda: 1 / 3, bound: [0, 0, 1], units: [3, 3, 4] });
    expect(Array.isArray(out.amounts)).toBe(true);
    const zero = await solveJson('allocate', { pool: 0, weights: [1], coefficients: [1] });
    expect(zero).toEqual({ amounts: [0], lambda: null, bound: [0] });
  });

  it('band', async () => {
    expect(await solveJson('band', { scores: [95, 75, 10], thresholds: [90, 60], coefficients: [1.5, 1, 0.5] })).toEqual({
      values: [1.5, 1, 0.5],
    });
  });

  it('errors name the field', async () => {
    await expect(solveJson('assign', { cost: [[1, 2], [3]] })).rejects.toThrow('cost[1] has 1 entries but cost[0] has 2');
    await expect(solveJson('assign', { cost: [[1, 'x']] })).rejects.toThrow(
      'cost[0][1] must be a finite number, "Infinity", "-Infinity" or null (got "x")',
    );
    await expect(solveJson('assign', { cost: [1, 2, 3], rows: 2, cols: 2 })).rejects.toThrow('cost has 3 entries but rows × cols = 4');
    await expect(solveJson('staff', { people: 2, projects: [{ min: 0 }], edges: [{ person: 0, project: 0, score: 'high' }] })).rejects.toThrow(
      'edges[0].score must be a finite number (got "high")',
    );
    await expect(solveJson('staff', { people: -1, projects: [], edges: [] })).rejects.toThrow('people must not be negative (got -1)');
    await expect(solveJson('allocate', { pool: 10, weights: [1, 'a'], coefficients: [1, 1] })).rejects.toThrow(
      'weights[1] must be a finite number (got "a")',
    );
    await expect(solveJson('allocate', { pool: 10, weights: [1, -2], coefficients: [1, 1] })).rejects.toThrow('weights[1] is negative (-2)');
    await expect(solveJson('band', { scores: [1], thresholds: [1] })).rejects.toThrow('coefficients must be an array');
    await expect(solveJson('assign', [1, 2])).rejects.toThrow('input must be an object');
    await expect(solveJson('solve' as never, {})).rejects.toThrow('unknown kind "solve"; expected one of assign, staff, allocate, band');
    await expect(solveJson('assign', { cost: 'x' })).rejects.toMatchObject({ name: 'SolverError', code: 'BAD_INPUT', field: 'cost' });
    expect(SOLVE_KINDS).toEqual(['assign', 'staff', 'allocate', 'band']);
  });
});
