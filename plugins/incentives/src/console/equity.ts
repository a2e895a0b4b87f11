// Vesting arithmetic for the equity page, on the schedules the API computed (never recomputed
// here, so the console shows exactly the API's numbers): totals per month or quarter.
import type { Translate } from '@cadre/sdk/console';
import type { EquityGrant, VestingEvent } from './types.js';

export type Period = 'month' | 'quarter';

/** '2027-05-08' → '2027-05' (month) or '2027 Q2' (quarter). */
export function periodOf(date: string, period: Period): string {
  const [y, m] = date.split('-');
  return period === 'month' ? `${y}-${m}` : `${y} Q${Math.floor((Number(m) - 1) / 3) + 1}`;
}

function nextPeriod(key: string, period: Period): string {
  if (period === 'month') {
    const [y, m] = key.split('-').map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const [y, q] = key.split(' Q').map(Number) as [number, number];
  return q === 4 ? `${y + 1} Q1` : `${y} Q${q + 1}`;
}

export interface VestingBucket {
  period: string;
  units: number;
  cumulative: number;
}

/**
 * Units vesting in each period and the running total, over granted grants only (proposed and
 * cancelled ones vest nothing), with every period between the first and the last vesting date so
 * the time axis has no gaps. Grants whose schedule is withheld (null) are left out.
 */
export function vestingByPeriod(grants: readonly EquityGrant[], period: Period): VestingBucket[] {
  const units = new Map<string, number>();
  for (const g of grants) {
    if (g.status !== 'granted') continue;
    for (const e of g.schedule ?? []) units.set(periodOf(e.date, period), (units.get(periodOf(e.date, period)) ?? 0) + e.units);
  }
  if (!units.size) return [];
  const keys = [...units.keys()].sort();
  const out: VestingBucket[] = [];
  let cumulative = 0;
  for (let key = keys[0]!; key <= keys[keys.length - 1]!; key = nextPeriod(key, period)) {
    cumulative += units.get(key) ?? 0;
    out.push({ period: key, units: units.get(key) ?? 0, cumulative });
  }
  return out;
}

/** One person's vesting dates across their granted grants: units on each date and the running total. */
export function combinedSchedule(grants: readonly EquityGrant[]): VestingEvent[] {
  const units = new Map<string, number>();
  for (const g of grants) if (g.status === 'granted') for (const e of g.schedule ?? []) units.set(e.date, (units.get(e.date) ?? 0) + e.units);
  let cumulative = 0;
  return [...units.keys()].sort().map((date) => {
    cumulative += units.get(date)!;
    return { date, units: units.get(date)!, cumulative };
  });
}

export const formatUnits = (value: number, locale: string) => new Intl.NumberFormat(locale).format(value);

export const todayIso = () => new Date().toISOString().slice(0, 10);

/** "1-year cliff · 48 months · quarterly": the vesting terms in a line. */
export function terms(t: Translate, g: Pick<EquityGrant, 'cliffMonths' | 'vestingMonths' | 'frequencyMonths'>): string {
  const cliff = g.cliffMonths ? t('incentives.equity.cliff', { months: g.cliffMonths }) : t('incentives.equity.noCliff');
  return [cliff, t('incentives.equity.over', { months: g.vestingMonths }), t(`incentives.equity.every.${g.frequencyMonths}`)].join(' · ');
}
