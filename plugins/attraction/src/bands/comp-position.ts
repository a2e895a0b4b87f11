// Position of one base pay against its band and market rows (pure; the services feed rows in).
import { bandPosition, compaRatio, marketPercentile, rangePenetration, type BandPosition } from '../shared/comp-math.js';
import type { CompBandEntity } from './comp-band.entity.js';
import type { MarketRateEntity } from './market-rate.entity.js';

export interface Position {
  compaRatio: number | null;
  marketPercentile: number | null;
  rangePenetration: number | null;
  bandPosition: BandPosition | null;
  needsExceptionApproval: boolean;
  note: string | null;
}

export function positionOf(base: number | null, currency: string | null, band: CompBandEntity | null | undefined, market: MarketRateEntity | null | undefined, what = ''): Position {
  const notes: string[] = [];
  let result: Omit<Position, 'note'> = { compaRatio: null, marketPercentile: null, rangePenetration: null, bandPosition: null, needsExceptionApproval: true };
  if (base === null || !currency) return { ...result, note: 'no base pay recorded' };
  if (!band) notes.push(`no compensation band for ${what}`);
  else if (band.currency !== currency) notes.push(`the band is in ${band.currency}, the pay in ${currency}`);
  else {
    result = { ...result, compaRatio: compaRatio(base, band), rangePenetration: rangePenetration(base, band), bandPosition: bandPosition(base, band) };
    result.needsExceptionApproval = result.bandPosition !== 'within';
  }
  if (!market) notes.push(`no market data for ${what}`);
  else if (market.currency !== currency) notes.push(`the market data is in ${market.currency}, the pay in ${currency}`);
  else result.marketPercentile = marketPercentile(base, market);
  return { ...result, note: notes.length ? notes.join('; ') : null };
}
