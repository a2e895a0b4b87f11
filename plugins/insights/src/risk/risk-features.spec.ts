import { describe, expect, it } from 'vitest';
import { addMonths, employedOn, featuresAt, leftWithinYear, referenceDays, type RiskFacts } from './risk-features.js';

const sources = { engagement: (unit: string | null) => (unit === 'u1' ? 70 : 55), sharingIndex: (id: string, t: string) => (t >= '2025-06-01' ? 3 : 1) };
const person = (over: Partial<RiskFacts> = {}): RiskFacts => ({
  personId: 'p', orgUnitId: 'u1', hireDate: '2022-03-10', leaveDate: null, status: 'active', compaRatio: 0.9, changes: [], scores: [], bands: [], plans: [], ...over,
});

describe('risk features', () => {
  it('adds months, clamping to the month’s last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', -14)).toBe('2025-01-15');
  });

  it('takes reference days whose 12-month outcome is known', () => {
    const days = referenceDays('2026-12-05');
    expect(days[0]).toBe('2024-12-01');
    expect(days.at(-1)).toBe('2025-12-01');
    expect(days).toHaveLength(13);
  });

  it('labels leaving within the 12 months after the day, and counts the leave date as worked', () => {
    const p = person({ leaveDate: '2025-09-30', status: 'terminated' });
    expect(leftWithinYear(p, '2025-01-01')).toBe(1);
    expect(leftWithinYear(p, '2024-09-01')).toBe(0);
    expect(employedOn(p, '2025-09-29')).toBe(true);
    expect(employedOn(p, '2025-09-30')).toBe(false);
    expect(employedOn(person({ hireDate: '2025-02-01' }), '2025-01-01')).toBe(false);
  });

  it('computes the ten features from what was known on the day', () => {
    const p = person({
      changes: [
        { kind: 'level', day: '2024-01-15', value: '' },
        { kind: 'level', day: '2025-08-01', value: '' }, // after the day: ignored
        { kind: 'manager', day: '2024-06-01', value: '' },
        { kind: 'manager', day: '2023-01-01', value: '' }, // more than 12 months before
        { kind: 'pay', day: '2023-04-01', value: '100' },
        { kind: 'pay', day: '2024-04-01', value: '90' }, // a cut, not a raise
      ],
      scores: [{ periodEnd: '2023-12-31', score: 3.5 }, { periodEnd: '2024-06-30', score: 3 }, { periodEnd: '2025-06-30', score: 4.5 }],
      bands: [{ band: 2, publishedAt: '2024-03-01T00:00:00Z' }, { band: 1, publishedAt: '2025-03-01T00:00:00Z' }],
      plans: [{ status: 'completed', createdAt: '2024-01-01T00:00:00Z', updatedAt: '2025-02-01T00:00:00Z' }],
    });
    expect(featuresAt(p, '2025-01-01', sources)).toEqual([0.9, 11, -0.5, 2, 70, 1, 33, 1, 1, 21]);
    // No history at all: waits count from the hire date, and the rest is neutral.
    expect(featuresAt(person({ compaRatio: null, orgUnitId: null }), '2025-01-01', sources)).toEqual([1, 33, 0, 0, 55, 0, 33, 1, 0, 33]);
  });
});
