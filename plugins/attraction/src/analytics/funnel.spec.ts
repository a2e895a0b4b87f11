import { describe, expect, it } from 'vitest';
import type { Stage } from '../shared/stages.js';
import { computeFunnel, type FunnelTransition } from './funnel.js';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString();

/** A candidate's path as [stage, day] pairs, starting at sourced. */
function path(candidateId: string, steps: Array<[Stage, number]>): FunnelTransition[] {
  return steps.map(([toStage, d], i) => ({ candidateId, fromStage: i ? steps[i - 1][0] : null, toStage, at: day(d) }));
}

describe('computeFunnel', () => {
  const candidates = [
    { id: 'a', source: 'referral', stage: 'hired' as Stage, createdAt: day(0) },
    { id: 'b', source: 'referral', stage: 'rejected' as Stage, createdAt: day(0) },
    { id: 'c', source: 'linkedin', stage: 'withdrawn' as Stage, createdAt: day(2) },
    { id: 'd', source: 'linkedin', stage: 'screen' as Stage, createdAt: day(4) },
    { id: 'e', source: 'agency', stage: 'hired' as Stage, createdAt: day(1) },
  ];
  const transitions = [
    ...path('a', [['sourced', 0], ['screen', 2], ['interviews', 5], ['offer', 15], ['hired', 20]]),
    ...path('b', [['sourced', 0], ['screen', 4], ['interviews', 6], ['rejected', 10]]),
    ...path('c', [['sourced', 2], ['screen', 3], ['interviews', 7], ['offer', 12], ['withdrawn', 14]]),
    ...path('d', [['sourced', 4], ['screen', 6]]),
    ...path('e', [['sourced', 1], ['screen', 2], ['interviews', 3], ['offer', 9], ['hired', 31]]),
  ];
  const offers = [
    { candidateId: 'a', status: 'accepted' },
    { candidateId: 'c', status: 'declined' },
    { candidateId: 'e', status: 'accepted' },
    { candidateId: 'x', status: 'pending-approval' },
  ];
  const funnel = computeFunnel(candidates, transitions, offers);

  it('counts how far candidates got and converts stage to stage', () => {
    expect(funnel.stages.map((s) => [s.stage, s.reached, s.current, s.conversionToNext])).toEqual([
      ['sourced', 5, 0, 1],
      ['screen', 5, 1, 0.8],
      ['interviews', 4, 0, 0.75],
      ['offer', 3, 0, 0.6667],
      ['hired', 2, 2, null],
    ]);
    expect([funnel.candidates, funnel.active, funnel.rejected, funnel.withdrawn, funnel.hires]).toEqual([5, 1, 1, 1, 2]);
  });

  it('averages completed stays and time to hire', () => {
    // sourced stays: 2, 4, 1, 2, 1 → 2; screen: 3, 2, 4, 1 → 2.5; interviews: 10, 4, 5, 6 → 6.25; offer: 5, 2, 22 → 9.67
    expect(funnel.stages.map((s) => s.avgDaysInStage)).toEqual([2, 2.5, 6.3, 9.7, null]);
    expect(funnel.timeToHireDaysAvg).toBe(25);
    expect(funnel.timeToHireDaysMedian).toBe(25);
  });

  it('rates offer acceptance and sources', () => {
    expect([funnel.offersExtended, funnel.offersAccepted, funnel.offersDeclined, funnel.offerAcceptanceRate]).toEqual([3, 2, 1, 0.6667]);
    expect(funnel.sources).toEqual([
      { source: 'linkedin', candidates: 2, interviewed: 1, offered: 1, hires: 0, interviewRate: 0.5, hireRate: 0 },
      { source: 'referral', candidates: 2, interviewed: 2, offered: 1, hires: 1, interviewRate: 1, hireRate: 0.5 },
      { source: 'agency', candidates: 1, interviewed: 1, offered: 1, hires: 1, interviewRate: 1, hireRate: 1 },
    ]);
  });

  it('is empty-safe', () => {
    const empty = computeFunnel([], [], []);
    expect(empty.offerAcceptanceRate).toBeNull();
    expect(empty.timeToHireDaysAvg).toBeNull();
    expect(empty.stages[0]).toEqual({ stage: 'sourced', reached: 0, current: 0, conversionToNext: null, avgDaysInStage: null });
  });
});
