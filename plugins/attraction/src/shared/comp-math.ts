import { type MessageText, msg } from '@cadre/sdk';
import { formatMoney } from '@cadre/sdk/common';
// Compa-ratio and market position: pure numbers, shared by offers, people and the offer builder.

export interface BandRange {
  minBase: number;
  midBase: number;
  maxBase: number;
}

export interface MarketPoints {
  p25: number;
  p50: number;
  p75: number;
  p90: number;
}

export type BandPosition = 'below' | 'within' | 'above';

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** base / band mid, to four decimals (1 = paid exactly at the midpoint). */
export function compaRatio(base: number, band: Pick<BandRange, 'midBase'>): number {
  return round(base / band.midBase, 4);
}

/** Where base sits between band min (0) and max (1); below 0 or above 1 when outside. */
export function rangePenetration(base: number, band: BandRange): number {
  if (band.maxBase === band.minBase) return base === band.minBase ? 0.5 : base < band.minBase ? 0 : 1;
  return round((base - band.minBase) / (band.maxBase - band.minBase), 4);
}

export function bandPosition(base: number, band: BandRange): BandPosition {
  if (base < band.minBase) return 'below';
  if (base > band.maxBase) return 'above';
  return 'within';
}

const POINTS: Array<[number, keyof MarketPoints]> = [[25, 'p25'], [50, 'p50'], [75, 'p75'], [90, 'p90']];

/**
 * The market percentile of `base`: linear interpolation between the P25/P50/P75/P90 points.
 * Outside them it extends the nearest segment's slope (below P25 the P25–P50 line, above
 * P90 the P75–P90 line), clamped to 0–100, so a very low or very high offer still reads
 * sensibly. Rounded to one decimal. The points must rise strictly (checked on import).
 */
export function marketPercentile(base: number, market: MarketPoints): number {
  let segment = 0;
  while (segment < POINTS.length - 2 && base > market[POINTS[segment + 1][1]]) segment++;
  const [pLo, kLo] = POINTS[segment];
  const [pHi, kHi] = POINTS[segment + 1];
  const value = pLo + ((base - market[kLo]) / (market[kHi] - market[kLo])) * (pHi - pLo);
  return round(Math.min(100, Math.max(0, value)), 1);
}

/** Null when the points are usable, otherwise which point is out of order. */
export function marketProblem(market: MarketPoints, currency?: string): { field: keyof MarketPoints; message: MessageText } | null {
  const money = moneyIn(currency);
  for (let i = 1; i < POINTS.length; i++) {
    const [, prev] = POINTS[i - 1];
    const [, key] = POINTS[i];
    if (!(market[key] > market[prev])) return { field: key, message: msg`must be greater than ${prev} (${money(market[prev])})` };
  }
  return null;
}

// A message shows money for people when the currency is known (an import row may lack a valid one).
const moneyIn = (currency?: string) => (minor: number) => (currency ? formatMoney(minor, currency) : String(minor));

/** Null when min ≤ mid ≤ max, otherwise which value breaks it. */
export function bandProblem(band: BandRange, currency?: string): { field: keyof BandRange; message: MessageText } | null {
  const money = moneyIn(currency);
  if (band.midBase < band.minBase) return { field: 'midBase', message: msg`must not be below minBase (${money(band.minBase)})` };
  if (band.maxBase < band.midBase) return { field: 'maxBase', message: msg`must not be below midBase (${money(band.midBase)})` };
  return null;
}
