import { describe, expect, it } from 'vitest';
import { increaseFor, matrixProblems, positionColumn, positionInRange } from '../merit/merit-math.js';
import { addMonths, vestedBy, vestingSchedule } from './vesting.js';

describe('vesting', () => {
  const terms = { units: 48_000, vestingStart: '2025-01-31', cliffMonths: 12, vestingMonths: 48, frequencyMonths: 3 };

  it('adds months, clamping to shorter months', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
  });

  it('vests nothing before the cliff, the cliff share at once, then quarterly to exactly the total', () => {
    const s = vestingSchedule(terms);
    expect(s[0]).toEqual({ date: '2026-01-31', units: 12_000, cumulative: 12_000 });
    expect(s[1]).toEqual({ date: '2026-04-30', units: 3_000, cumulative: 15_000 });
    expect(s).toHaveLength(13);
    expect(s.at(-1)).toEqual({ date: '2029-01-31', units: 3_000, cumulative: 48_000 });
    expect(s.reduce((a, e) => a + e.units, 0)).toBe(48_000);
    expect(vestedBy(terms, '2026-01-30')).toBe(0);
    expect(vestedBy(terms, '2026-05-01')).toBe(15_000);
  });

  it('keeps whole units when they do not divide evenly', () => {
    const s = vestingSchedule({ units: 1000, vestingStart: '2026-01-01', cliffMonths: 0, vestingMonths: 36, frequencyMonths: 12 });
    expect(s.map((e) => e.cumulative)).toEqual([333, 666, 1000]);
  });
});

describe('merit matrix', () => {
  it('finds the position in the range and its column', () => {
    const range = { level: 'P5', min: 50_000_000, max: 80_000_000 };
    expect(positionInRange(62_000_000, range)).toBe(0.4);
    expect(positionInRange(90_000_000, range)).toBe(1.333);
    expect([0, 0.32, 0.33, 0.7, 1.3].map((p) => positionColumn(p, [0.33, 0.66]))).toEqual([0, 0, 1, 2, 2]);
    expect(increaseFor(62_000_000, 4.5)).toBe(2_790_000);
  });

  it('names what is wrong with a matrix', () => {
    expect(matrixProblems([[5, 3], [2, 1]], 2, [0.5])).toEqual([]);
    expect(matrixProblems([[5, 3]], 2, [0.5]).map((p) => p[0])).toEqual(['cells']);
    expect(matrixProblems([[5, 3, 1], [2, -1]], 2, [0.5]).map((p) => String(p[1]))).toEqual([
      'row 1 needs 2 percentages (one per position column) but has 3',
      'cells[1][1] must be a percentage from 0 to 100 (got -1)',
    ]);
    expect(matrixProblems([[1, 1, 1]], 1, [0.6, 0.4])[0]![0]).toBe('positionBreaks');
  });
});
