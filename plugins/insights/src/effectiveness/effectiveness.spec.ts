import { describe, expect, it } from 'vitest';
import { incentiveEffect, meanAtLeast, staffingCoverage, type BandOutcome } from './effectiveness.js';

describe('effectiveness arithmetic', () => {
  it('shows a mean only from k people on', () => {
    expect(meanAtLeast([3, 4, 5], 3)).toBe(4);
    expect(meanAtLeast([3, 4], 3)).toBeNull();
  });

  it('counts staffing coverage against minimum headcounts, overstaffing not compensating', () => {
    expect(staffingCoverage([{ headcountMin: 4, assigned: 2 }, { headcountMin: 2, assigned: 5 }])).toBe(66.7);
    expect(staffingCoverage([])).toBeNull();
  });

  it('compares band 1 with the rest on 12-month retention and next-cycle score change', () => {
    const o = (band: number, leaveDate: string | null, before: number | null, after: number | null): BandOutcome => ({ band, publishedAt: '2025-03-01T00:00:00Z', leaveDate, scoreBefore: before, scoreAfter: after });
    const outcomes = [
      o(1, null, 4, 4.5), o(1, null, 4.2, 4.4), o(1, '2026-06-01', 4, 4), // left after 12 months: retained
      o(2, '2025-08-01', 3, null), o(2, null, 3, 3.2), o(3, null, 3, 2.8), o(3, '2025-12-31', 3.5, 3.5),
    ];
    const e = incentiveEffect(outcomes, 3);
    expect(e).toMatchObject({ topRetention: 100, restRetention: 50, retentionGap: 50, topPeople: 3, restPeople: 4, topScoreChange: 0.23, restScoreChange: 0 });
    expect(incentiveEffect(outcomes, 4)).toMatchObject({ topRetention: null, retentionGap: null, restRetention: 50 });
  });
});
