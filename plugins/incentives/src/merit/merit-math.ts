import { type MessageText, msg } from '@cadre/sdk';
// The merit matrix: a raise percentage per (band × position in the salary range).

export interface SalaryRange {
  min: number;
  max: number;
}

/** (base − min) / (max − min): 0 at the bottom of the range, 1 at the top (may fall outside). */
export function positionInRange(base: number, range: SalaryRange): number {
  if (range.max <= range.min) return 0.5;
  return Math.round(((base - range.min) / (range.max - range.min)) * 1000) / 1000;
}

/** Column of the matrix: how many breaks the position has reached (breaks ascending in (0, 1)). */
export function positionColumn(position: number, breaks: number[]): number {
  return breaks.filter((b) => position >= b).length;
}

/** Base × percent / 100 in whole minor units. */
export const increaseFor = (base: number, percent: number): number => Math.round((base * percent) / 100);

/** Problems with a matrix's shape, as [field, message]; empty when it fits k bands. */
export function matrixProblems(cells: number[][], bands: number, breaks: number[]): Array<[string, MessageText]> {
  const problems: Array<[string, MessageText]> = [];
  breaks.forEach((b, i) => {
    if (!(b > 0 && b < 1)) problems.push(['positionBreaks', msg`positionBreaks[${i}] must be between 0 and 1 (got ${b})`]);
    if (i > 0 && !(b > breaks[i - 1]!)) problems.push(['positionBreaks', msg`positionBreaks must ascend: positionBreaks[${i}] (${b}) is not above ${breaks[i - 1]}`]);
  });
  if (cells.length !== bands) problems.push(['cells', msg`needs one row per band of the cycle (${bands}) but has ${cells.length}`]);
  cells.forEach((row, i) => {
    if (row.length !== breaks.length + 1) problems.push(['cells', msg`row ${i + 1} needs ${breaks.length + 1} percentages (one per position column) but has ${row.length}`]);
    row.forEach((v, j) => {
      if (!Number.isFinite(v) || v < 0 || v > 100) problems.push(['cells', msg`cells[${i}][${j}] must be a percentage from 0 to 100 (got ${v})`]);
    });
  });
  return problems;
}
