import { describe, expect, it } from 'vitest';
import { describeBands } from '../shared/bands.js';
import { distribution, histogram, nineBox, performanceLevel, type CalibrationEntry } from './calibration-math.js';

const entry = (personId: string, teamId: string, level: string, finalScore: number | null, potential: number | null): CalibrationEntry => ({
  personId, name: personId, level, teamId, teamName: `team ${teamId}`, finalScore, potential,
});

describe('calibration math', () => {
  it('buckets scores in half points, the top edge included', () => {
    const h = histogram([1, 1.49, 3, 4.99, 5]);
    expect(h.map((b) => b.count)).toEqual([2, 0, 0, 0, 1, 0, 0, 2]);
    expect(h[0]).toMatchObject({ lower: 1, upper: 1.5 });
  });

  it('groups by team and level with means', () => {
    const entries = [entry('a', 't1', 'P5', 4, 2), entry('b', 't1', 'P6', 3, 1), entry('c', 't2', 'P5', null, null)];
    const byTeam = distribution(entries, (e) => e.teamId ?? '', (e) => e.teamName);
    expect(byTeam.map((g) => [g.key, g.count, g.mean])).toEqual([['t1', 2, 3.5], ['t2', 1, null]]);
    const byLevel = distribution(entries, (e) => e.level, (e) => e.level);
    expect(byLevel.map((g) => [g.key, g.count, g.mean])).toEqual([['P5', 2, 4], ['P6', 1, 3]]);
  });

  it('places people in the 9-box', () => {
    expect([2.99, 3, 3.99, 4, 5].map(performanceLevel)).toEqual([1, 2, 2, 3, 3]);
    const cells = nineBox([entry('a', 't', 'P5', 4.2, 3), entry('b', 't', 'P5', 2.5, 1), entry('c', 't', 'P5', 3.5, null)]);
    expect(cells).toHaveLength(9);
    expect(cells.find((c) => c.performance === 3 && c.potential === 3)?.personIds).toEqual(['a']);
    expect(cells.find((c) => c.performance === 1 && c.potential === 1)?.personIds).toEqual(['b']);
    expect(cells.flatMap((c) => c.personIds)).not.toContain('c');
  });

  it('describes bands as the founding document writes them', () => {
    expect(describeBands([4, 3], [1.5, 1, 0.5])).toEqual([
      { band: 1, lower: 4, upper: null, coefficient: 1.5, condition: 's > 4' },
      { band: 2, lower: 3, upper: 4, coefficient: 1, condition: '4 ≥ s > 3' },
      { band: 3, lower: null, upper: 3, coefficient: 0.5, condition: 's ≤ 3' },
    ]);
  });
});
