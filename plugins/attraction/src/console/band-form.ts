// Between a band or market rate (money in integer minor units, as the API keeps it) and the form
// a person fills in (money in major units: 320000 CNY, not 32000000 fen).
import { toMajorUnits, toMinorUnits } from '@cadre/sdk/console';
import type { CompBand, MarketRate } from './types.js';

export interface BandValues {
  jobFamily: string; level: string; currency: string; minBase?: number; midBase?: number; maxBase?: number; bonusTargetPct?: number; equityMin?: number; equityMax?: number;
}
export const BAND_FIELDS = ['jobFamily', 'level', 'currency', 'minBase', 'midBase', 'maxBase', 'bonusTargetPct', 'equityMin', 'equityMax'];

export interface MarketValues { jobFamily: string; level: string; currency: string; p25?: number; p50?: number; p75?: number; p90?: number; source?: string; asOf?: string }
export const MARKET_FIELDS = ['jobFamily', 'level', 'currency', 'p25', 'p50', 'p75', 'p90', 'source', 'asOf'];

const major = (minor: number | undefined, currency: string) => (minor === undefined ? undefined : toMajorUnits(minor, currency));
// An empty number field goes to the API as 0, whose refusal ("must be positive") names it.
const minor = (value: number | undefined | null, currency: string) => toMinorUnits(value ?? 0, currency);

/** The form's start: an existing band, or a new one of a family (with the family's currency; at `level` when given, e.g. beside its market data). */
export function bandValues(band: CompBand | null, jobFamily: string | null, currency: string, level?: string): Partial<BandValues> {
  if (!band) return { jobFamily: jobFamily ?? undefined, ...(level ? { level } : {}), currency, bonusTargetPct: 0, equityMin: 0, equityMax: 0 };
  return {
    jobFamily: band.jobFamily, level: band.level, currency: band.currency, minBase: major(band.minBase, band.currency), midBase: major(band.midBase, band.currency),
    maxBase: major(band.maxBase, band.currency), bonusTargetPct: band.bonusTargetPct, equityMin: band.equityMin, equityMax: band.equityMax,
  };
}

export function bandInput(v: BandValues) {
  const currency = v.currency.trim().toUpperCase();
  return {
    jobFamily: v.jobFamily.trim(), level: v.level.trim().toUpperCase(), currency,
    minBase: minor(v.minBase, currency), midBase: minor(v.midBase, currency), maxBase: minor(v.maxBase, currency),
    bonusTargetPct: v.bonusTargetPct ?? 0, equityMin: v.equityMin ?? 0, equityMax: v.equityMax ?? 0,
  };
}

/** The market data of a family × level: the rate it has, or a new one beside its band. */
export function marketValues(rate: MarketRate | null | undefined, band: Pick<CompBand, 'jobFamily' | 'level' | 'currency'> | null, jobFamily: string | null, currency: string): Partial<MarketValues> {
  if (rate) {
    return {
      jobFamily: rate.jobFamily, level: rate.level, currency: rate.currency, p25: major(rate.p25, rate.currency), p50: major(rate.p50, rate.currency), p75: major(rate.p75, rate.currency),
      p90: major(rate.p90, rate.currency), source: rate.source, asOf: rate.asOf ?? undefined,
    };
  }
  return { jobFamily: band?.jobFamily ?? jobFamily ?? undefined, level: band?.level, currency: band?.currency ?? currency, source: '' };
}

export function marketInput(v: MarketValues) {
  const currency = v.currency.trim().toUpperCase();
  return {
    jobFamily: v.jobFamily.trim(), level: v.level.trim().toUpperCase(), currency,
    p25: minor(v.p25, currency), p50: minor(v.p50, currency), p75: minor(v.p75, currency), p90: minor(v.p90, currency),
    source: v.source?.trim() ?? '', asOf: v.asOf?.trim() || null,
  };
}
