// The ten features of the attrition-risk model, computed for a person on a day t from what the
// platform knew then (pay and bands are today's: their history is not kept). Documented in
// plugins/insights/README.md; the order is the model's input order.
import { monthsBetween } from '../shared/tenure.js';

export const RISK_FEATURE_IDS = [
  'compaRatio', 'monthsSinceLevelChange', 'reviewTrend', 'lastBonusBand', 'teamEngagement',
  'managerChanges12m', 'tenureMonths', 'sharingIndex', 'openDevelopmentPlan', 'monthsSinceRaise',
] as const;
export type RiskFeatureId = (typeof RISK_FEATURE_IDS)[number];

export interface RiskFacts {
  personId: string;
  orgUnitId: string | null;
  hireDate: string | null;
  leaveDate: string | null;
  status: string;
  /** Base pay / the band's midpoint, today (null without either). */
  compaRatio: number | null;
  changes: Array<{ kind: string; day: string; value: string }>;
  scores: Array<{ periodEnd: string; score: number }>;
  bands: Array<{ band: number; publishedAt: string }>;
  plans: Array<{ status: string; createdAt: string; updatedAt: string }>;
}

export interface RiskSources {
  /** Engagement (favourable %) of the person's team in the last survey before t, from groups of at least k. */
  engagement(orgUnitId: string | null, t: string): number;
  sharingIndex(personId: string, t: string): number;
}

export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  return `${date.toISOString().slice(0, 8)}${String(Math.min(d, last)).padStart(2, '0')}`;
}

export const employedOn = (p: Pick<RiskFacts, 'hireDate' | 'leaveDate' | 'status'>, t: string) =>
  !(p.status === 'terminated' && !p.leaveDate) && (!p.hireDate || p.hireDate <= t) && (!p.leaveDate || p.leaveDate > t);

/** 1 when the person left within the 12 months after t. */
export const leftWithinYear = (p: Pick<RiskFacts, 'leaveDate'>, t: string) => (p.leaveDate && p.leaveDate > t && p.leaveDate <= addMonths(t, 12) ? 1 : 0);

/** Reference days for training: the 1st of each month whose 12-month outcome is known by `today`. */
export function referenceDays(today: string, historyMonths = 24): string[] {
  const start = addMonths(`${today.slice(0, 7)}-01`, -historyMonths);
  const out: string[] = [];
  for (let t = start; addMonths(t, 12) <= today; t = addMonths(t, 1)) out.push(t);
  return out;
}

const monthsSince = (from: string | null | undefined, t: string) => (from ? Math.max(0, monthsBetween(from.slice(0, 10), t)) : 0);

export function featuresAt(p: RiskFacts, t: string, sources: RiskSources): number[] {
  const before = <T extends { day: string }>(rows: T[]) => rows.filter((r) => r.day <= t);
  const levelChanges = before(p.changes.filter((c) => c.kind === 'level'));
  const managerChanges = before(p.changes.filter((c) => c.kind === 'manager')).filter((c) => c.day > addMonths(t, -12));
  const pay = before(p.changes.filter((c) => c.kind === 'pay'));
  const raises = pay.filter((c, i) => i === 0 || Number(c.value) > Number(pay[i - 1].value));
  const scores = p.scores.filter((s) => s.periodEnd <= t);
  const bands = p.bands.filter((b) => b.publishedAt.slice(0, 10) <= t);
  const plan = p.plans.some((x) => x.createdAt.slice(0, 10) <= t && (x.status === 'active' || x.updatedAt.slice(0, 10) > t));
  const tenure = monthsSince(p.hireDate, t);
  return [
    p.compaRatio ?? 1,
    levelChanges.length ? monthsSince(levelChanges.at(-1)!.day, t) : tenure,
    scores.length >= 2 ? scores.at(-1)!.score - scores.at(-2)!.score : 0,
    bands.length ? bands.at(-1)!.band : 0,
    sources.engagement(p.orgUnitId, t),
    managerChanges.length,
    tenure,
    sources.sharingIndex(p.personId, t),
    plan ? 1 : 0,
    raises.length ? monthsSince(raises.at(-1)!.day, t) : tenure,
  ];
}
