// Attrition arithmetic on people's hire and leave dates (YYYY-MM-DD, the leave date being the last
// working day). Headcount on a day: hired on or before it and not yet gone (left on or after it).
// Leavers of a month: leave date in it. Annualised rate: leavers / average headcount × 12 / months.
import { monthsBetween, tenureBand, TENURE_BANDS } from '../shared/tenure.js';

/** The person columns attrition reads (PeopleDirectory.allColumns). */
export const FACT_COLUMNS = ['orgUnitId', 'hireDate', 'leaveDate', 'leaveType', 'leaveRegretted', 'status'] as const;

export interface PersonFacts {
  orgUnitId: string | null;
  hireDate: string | null;
  leaveDate: string | null;
  leaveType: string | null;
  leaveRegretted: boolean;
  status: string;
}

export interface Leavers {
  leavers: number;
  voluntary: number;
  involuntary: number;
  regretted: number;
}

export interface MonthFigures extends Leavers {
  month: string;
  headcountStart: number;
  headcountEnd: number;
  hires: number;
  annualisedRate: number | null;
}

export interface PeriodFigures extends Leavers {
  averageHeadcount: number;
  annualisedRate: number | null;
  voluntaryRate: number | null;
}

/** Months from `from` to `to` inclusive, as YYYY-MM. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** Someone marked as gone without a leave date cannot be placed in time and is left out. */
const placeable = (p: PersonFacts) => !(p.status === 'terminated' && !p.leaveDate);
const employedOn = (p: PersonFacts, day: string) => placeable(p) && (!p.hireDate || p.hireDate <= day) && (!p.leaveDate || p.leaveDate >= day);
const round1 = (x: number) => Math.round(x * 10) / 10;
const rate = (leavers: number, avg: number, months: number) => (avg > 0 ? round1(((100 * leavers) / avg) * (12 / months)) : null);

/** One pass over everyone: who was employed at both ends of the month, who joined and who left in it. */
export function monthFigures(people: PersonFacts[], month: string, asOf: string): MonthFigures {
  const first = `${month}-01`;
  const last = lastDay(month) < asOf ? lastDay(month) : asOf;
  let headcountStart = 0, headcountEnd = 0, hires = 0, leavers = 0, voluntary = 0, involuntary = 0, regretted = 0;
  for (const p of people) {
    if (employedOn(p, first)) headcountStart++;
    if (employedOn(p, last)) headcountEnd++;
    if (placeable(p) && p.hireDate && p.hireDate >= first && p.hireDate <= last) hires++;
    if (p.leaveDate && p.leaveDate >= first && p.leaveDate <= last) {
      leavers++;
      if (p.leaveType === 'voluntary') voluntary++;
      if (p.leaveType === 'involuntary') involuntary++;
      if (p.leaveRegretted) regretted++;
    }
  }
  return { month, headcountStart, headcountEnd, hires, leavers, voluntary, involuntary, regretted, annualisedRate: rate(leavers, (headcountStart + headcountEnd) / 2, 1) };
}

/** A period's leavers and annualised rates, from the average of its months' average headcounts. */
export function periodFigures(people: PersonFacts[], months: string[], asOf: string): PeriodFigures {
  return periodOf(months.map((m) => monthFigures(people, m, asOf)));
}

/** A period's figures from its months' (see periodFigures). */
export function periodOf(figures: MonthFigures[]): PeriodFigures {
  const averageHeadcount = round1(figures.reduce((s, f) => s + (f.headcountStart + f.headcountEnd) / 2, 0) / Math.max(1, figures.length));
  const total = figures.reduce((s, f) => ({ leavers: s.leavers + f.leavers, voluntary: s.voluntary + f.voluntary, involuntary: s.involuntary + f.involuntary, regretted: s.regretted + f.regretted }), { leavers: 0, voluntary: 0, involuntary: 0, regretted: 0 });
  return { ...total, averageHeadcount, annualisedRate: rate(total.leavers, averageHeadcount, figures.length), voluntaryRate: rate(total.voluntary, averageHeadcount, figures.length) };
}

/** Leavers of the period per tenure band at their leave date, and the median tenure in months. */
export function tenureAtExit(people: PersonFacts[], from: string, to: string): { bands: Array<{ band: string; leavers: number }>; medianMonths: number | null } {
  const left = people.filter((p) => p.leaveDate && p.leaveDate >= from && p.leaveDate <= to && p.hireDate);
  const months = left.map((p) => monthsBetween(p.hireDate!, p.leaveDate!)).sort((a, b) => a - b);
  const mid = months.length >> 1;
  return {
    bands: TENURE_BANDS.map((band) => ({ band, leavers: left.filter((p) => tenureBand(p.hireDate, p.leaveDate!) === band).length })),
    medianMonths: months.length ? (months.length % 2 ? months[mid] : (months[mid - 1] + months[mid]) / 2) : null,
  };
}
