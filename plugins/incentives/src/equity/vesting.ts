export interface VestingTerms {
  units: number;
  vestingStart: string;
  cliffMonths: number;
  vestingMonths: number;
  frequencyMonths: number;
}

export interface VestingEvent {
  date: string;
  units: number;
  cumulative: number;
}

/** YYYY-MM-DD plus n months, clamped to the end of a shorter month (Jan 31 + 1 → Feb 28/29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * Linear vesting every `frequencyMonths` over `vestingMonths`, nothing before the cliff and the
 * cliff's share at once; cumulative units are floored so the last event brings the total to
 * exactly `units`.
 */
export function vestingSchedule(t: VestingTerms): VestingEvent[] {
  const events: VestingEvent[] = [];
  let vested = 0;
  const months = new Set<number>();
  for (let m = t.frequencyMonths; m < t.vestingMonths; m += t.frequencyMonths) if (m >= t.cliffMonths) months.add(m);
  if (t.cliffMonths > 0 && t.cliffMonths < t.vestingMonths) months.add(t.cliffMonths);
  months.add(t.vestingMonths);
  for (const m of [...months].sort((a, b) => a - b)) {
    const cumulative = m >= t.vestingMonths ? t.units : Math.floor((t.units * m) / t.vestingMonths);
    if (cumulative > vested) events.push({ date: addMonths(t.vestingStart, m), units: cumulative - vested, cumulative });
    vested = cumulative;
  }
  return events;
}

export function vestedBy(t: VestingTerms, date: string): number {
  return vestingSchedule(t).filter((e) => e.date <= date).reduce((_, e) => e.cumulative, 0);
}
