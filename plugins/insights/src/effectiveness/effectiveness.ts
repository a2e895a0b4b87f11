// The arithmetic behind the four effectiveness measures (pure; the service gathers the inputs).
import { addMonths } from '../risk/risk-features.js';

const round1 = (x: number) => Math.round(x * 10) / 10;
export const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

/** Mean of the scores when at least k people have one; null below the threshold. */
export function meanAtLeast(values: number[], k: number): number | null {
  return values.length >= k ? Math.round(mean(values)! * 100) / 100 : null;
}

/** Filled share of the projects' minimum headcounts, in % (null without projects). */
export function staffingCoverage(projects: Array<{ headcountMin: number; assigned: number }>): number | null {
  const need = projects.reduce((s, p) => s + p.headcountMin, 0);
  return need ? round1((100 * projects.reduce((s, p) => s + Math.min(p.assigned, p.headcountMin), 0)) / need) : null;
}

export interface BandOutcome {
  band: number;
  publishedAt: string;
  /** The person's leave date, if they left. */
  leaveDate: string | null;
  scoreBefore: number | null;
  scoreAfter: number | null;
}

export interface IncentiveEffect {
  topRetention: number | null;
  restRetention: number | null;
  /** Retention of band 1 minus the rest, in percentage points. */
  retentionGap: number | null;
  topScoreChange: number | null;
  restScoreChange: number | null;
  topPeople: number;
  restPeople: number;
}

/**
 * Retention over the 12 months after each publication (still there so far when 12 months have
 * not passed) and the change of review score from the cycle before to the one after, for band 1
 * against every other band; either side with fewer than k people shows nothing.
 */
export function incentiveEffect(outcomes: BandOutcome[], k: number): IncentiveEffect {
  const stayed = (o: BandOutcome) => !o.leaveDate || o.leaveDate > addMonths(o.publishedAt.slice(0, 10), 12);
  const side = (rows: BandOutcome[]) => {
    if (rows.length < k) return { retention: null, change: null };
    const changes = rows.filter((o) => o.scoreBefore !== null && o.scoreAfter !== null).map((o) => o.scoreAfter! - o.scoreBefore!);
    return { retention: round1((100 * rows.filter(stayed).length) / rows.length), change: changes.length >= k ? Math.round(mean(changes)! * 100) / 100 : null };
  };
  const top = outcomes.filter((o) => o.band === 1);
  const rest = outcomes.filter((o) => o.band !== 1);
  const [t, r] = [side(top), side(rest)];
  return {
    topRetention: t.retention, restRetention: r.retention, retentionGap: t.retention !== null && r.retention !== null ? round1(t.retention - r.retention) : null,
    topScoreChange: t.change, restScoreChange: r.change, topPeople: top.length, restPeople: rest.length,
  };
}
