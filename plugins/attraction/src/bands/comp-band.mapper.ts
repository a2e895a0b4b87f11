import type { CompBandEntity } from './comp-band.entity.js';
import type { CompBandType, MarketRateType } from './comp-band.types.js';
import type { MarketRateEntity } from './market-rate.entity.js';

export const bandKey = (jobFamily: string, level: string) => `${jobFamily}|${level.toUpperCase()}`;

export const toMarketType = (m: MarketRateEntity): MarketRateType => ({
  id: m.id, jobFamily: m.jobFamily, level: m.level, currency: m.currency, p25: m.p25, p50: m.p50, p75: m.p75, p90: m.p90, source: m.source, asOf: m.asOf, updatedAt: m.updatedAt,
});

export const toBandType = (b: CompBandEntity, market: MarketRateEntity | null | undefined): CompBandType => ({
  id: b.id, jobFamily: b.jobFamily, level: b.level, currency: b.currency, minBase: b.minBase, midBase: b.midBase, maxBase: b.maxBase,
  bonusTargetPct: b.bonusTargetPct, equityMin: b.equityMin, equityMax: b.equityMax, market: market ? toMarketType(market) : null, updatedAt: b.updatedAt,
});
