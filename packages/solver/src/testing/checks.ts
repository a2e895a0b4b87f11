import { expect } from 'vitest';
import type { AssignResult } from '@cadre/solver';

/** |a − b| within `rel` of the larger magnitude (or of 1). */
export function expectClose(actual: number, expected: number, rel = 1e-9): void {
  const scale = Math.max(1, Math.abs(actual), Math.abs(expected));
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(rel * scale);
}

/** Checks the result is a valid assignment of the smaller side and returns its recomputed total. */
export function checkAssignment(
  cost: Float64Array, rows: number, cols: number, r: AssignResult, maximize = false,
): number {
  const forbidden = maximize ? -Infinity : Infinity;
  expect(r.rowToCol).toHaveLength(rows);
  expect(r.colToRow).toHaveLength(cols);
  let total = 0;
  let assigned = 0;
  r.rowToCol.forEach((j, i) => {
    if (j < 0) return;
    expect(r.colToRow[j]).toBe(i);
    expect(cost[i * cols + j]).not.toBe(forbidden);
    total += cost[i * cols + j]!;
    assigned++;
  });
  r.colToRow.forEach((i, j) => {
    if (i >= 0) expect(r.rowToCol[i]).toBe(j);
  });
  expect(assigned).toBe(Math.min(rows, cols));
  expectClose(r.total, total, 1e-12);
  return total;
}
