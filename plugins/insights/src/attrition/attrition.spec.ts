import { describe, expect, it } from 'vitest';
import { monthFigures, monthRange, periodFigures, tenureAtExit, type PersonFacts } from './attrition.js';

const person = (hireDate: string | null, leaveDate: string | null = null, leaveType: string | null = null, leaveRegretted = false): PersonFacts => ({
  orgUnitId: null, hireDate, leaveDate, leaveType, leaveRegretted, status: leaveDate ? 'terminated' : 'active',
});

describe('attrition arithmetic', () => {
  it('lists months across a year end', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange('2026-03', '2026-02')).toEqual([]);
  });

  it('counts headcount at both ends of a month, hires and leavers by type', () => {
    const people = [
      ...Array.from({ length: 18 }, () => person('2024-01-10')),
      person('2024-02-01', '2026-03-01', 'voluntary', true), // counted on the 1st: the leave date is a working day
      person('2023-05-01', '2026-03-31', 'involuntary'),
      person('2026-03-15'),
      { ...person('2020-01-01'), status: 'terminated' }, // gone without a date: left out
    ];
    const march = monthFigures(people, '2026-03', '2026-12-31');
    expect(march).toMatchObject({ headcountStart: 20, headcountEnd: 20, hires: 1, leavers: 2, voluntary: 1, involuntary: 1, regretted: 1 });
    expect(march.annualisedRate).toBe(120); // 2 / 20 × 12
    expect(monthFigures(people, '2026-04', '2026-12-31')).toMatchObject({ headcountStart: 19, leavers: 0, annualisedRate: 0 });
  });

  it('annualises a period from its average headcount', () => {
    const people = [...Array.from({ length: 10 }, () => person('2020-01-01')), person('2020-01-01', '2026-02-10', 'voluntary'), person('2020-01-01', '2026-05-20', 'involuntary')];
    const p = periodFigures(people, monthRange('2026-01', '2026-06'), '2026-12-31');
    expect(p.leavers).toBe(2);
    expect(p.averageHeadcount).toBe(11); // months average 12, 11.5, 11, 11, 10.5, 10
    expect(p.annualisedRate).toBe(Math.round(((100 * 2) / p.averageHeadcount) * 2 * 10) / 10);
    expect(p.voluntaryRate).toBe(Math.round(((100 * 1) / p.averageHeadcount) * 2 * 10) / 10);
  });

  it('gives tenure at exit in bands with the median', () => {
    const people = [person('2026-01-01', '2026-06-30'), person('2023-01-01', '2026-06-01'), person('2020-01-01', '2026-06-15'), person('2026-01-01')];
    const t = tenureAtExit(people, '2026-06-01', '2026-06-30');
    expect(t.bands).toEqual([{ band: 'LT_1Y', leavers: 1 }, { band: 'Y1_2', leavers: 0 }, { band: 'Y2_4', leavers: 1 }, { band: 'Y4_PLUS', leavers: 1 }]);
    expect(t.medianMonths).toBe(41);
  });
});
