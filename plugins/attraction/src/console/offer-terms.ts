// The terms of an offer between the API (money in integer minor units, dates as YYYY-MM-DD) and
// the form of the offer builder and of a revision (money in major units, dates as dayjs).
import { toMajorUnits, toMinorUnits } from '@cadre/sdk/console';
import dayjs, { type Dayjs } from 'dayjs';
import type { CompBand, Offer } from './types.js';

export interface TermsValues {
  base?: number; bonusTargetPct?: number; equityUnits?: number; vestingMonths: number; cliffMonths: number; frequency: string;
  signOnBonus?: number; learningBudget?: number; startDate?: Dayjs; expiresOn?: Dayjs | null; remoteWork: string; flexibleHours: boolean;
  innovationTimePct?: number; careerPath?: string; benefits?: string[];
}
export const TERMS_FIELDS = ['base', 'bonusTargetPct', 'equityUnits', 'vesting', 'signOnBonus', 'learningBudget', 'startDate', 'expiresOn', 'remoteWork', 'flexibleHours', 'innovationTimePct', 'careerPath', 'benefits', 'level'];

/** A new offer's terms: the band's middle, a start in 30 days and the usual levers. */
export function newTermsValues(band: CompBand | null, today: Dayjs = dayjs()): Partial<TermsValues> {
  return {
    base: band ? toMajorUnits(band.midBase, band.currency) : undefined, bonusTargetPct: band?.bonusTargetPct, equityUnits: band ? Math.round((band.equityMin + band.equityMax) / 2) : 0,
    vestingMonths: 48, cliffMonths: 12, frequency: 'monthly', startDate: today.add(30, 'day'), remoteWork: 'hybrid', flexibleHours: true, innovationTimePct: 10, benefits: [],
  };
}

/** An offer's current terms, the start of a revision. */
export function offerTermsValues(o: Offer): Partial<TermsValues> {
  const major = (minor: number | null) => (minor === null ? undefined : toMajorUnits(minor, o.currency));
  return {
    base: major(o.base), bonusTargetPct: o.bonusTargetPct ?? undefined, equityUnits: o.equityUnits ?? 0, signOnBonus: major(o.signOnBonus), learningBudget: major(o.learningBudget),
    vestingMonths: o.vesting?.months ?? 48, cliffMonths: o.vesting?.cliffMonths ?? 12, frequency: o.vesting?.frequency ?? 'monthly',
    startDate: o.startDate ? dayjs(o.startDate) : undefined, expiresOn: o.expiresOn ? dayjs(o.expiresOn) : null, remoteWork: o.remoteWork, flexibleHours: o.flexibleHours,
    innovationTimePct: o.innovationTimePct, careerPath: o.careerPath, benefits: o.benefits,
  };
}

/** The terms as AttractionOfferTermsInput (an empty base goes as 0, for the API to refuse by name). */
export function termsInput(v: TermsValues, currency: string) {
  const minor = (major: number | undefined | null) => toMinorUnits(major ?? 0, currency);
  return {
    base: minor(v.base), currency, bonusTargetPct: v.bonusTargetPct ?? null, equityUnits: v.equityUnits ?? 0, signOnBonus: minor(v.signOnBonus), learningBudget: minor(v.learningBudget),
    startDate: v.startDate?.format('YYYY-MM-DD') ?? '', expiresOn: v.expiresOn?.format('YYYY-MM-DD') ?? null, remoteWork: v.remoteWork, flexibleHours: v.flexibleHours,
    innovationTimePct: v.innovationTimePct ?? 0, careerPath: v.careerPath ?? '', benefits: v.benefits ?? [],
    vesting: { months: v.vestingMonths, cliffMonths: v.cliffMonths, frequency: v.frequency },
  };
}
