import { DataService, UserInputError, ConflictError } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { In, type FindOptionsWhere } from '@cadre/sdk/orm';
import { bandProblem, marketProblem } from '../shared/comp-math.js';
import { auditDetail } from '../shared/viewer.js';
import { RequisitionEntity } from '../requisitions/requisition.entity.js';
import { CompBandEntity } from './comp-band.entity.js';
import { bandKey } from './comp-band.mapper.js';
import type { CompBandFilter, CompBandInput, MarketRateInput } from './comp-band.types.js';
import { MarketRateEntity } from './market-rate.entity.js';
import { msg } from '@cadre/sdk';

// Upserts and imports check "is there one for this family × level?" before writing: one writer at a time per table.
export const BANDS_LOCK = 'attraction.bands';
export const MARKET_LOCK = 'attraction.market-rates';

/** Bands and market data, looked up by job family × level (levels compare upper-cased). */
@Injectable()
export class CompBandService {
  constructor(private readonly data: DataService) {}

  private get bands() {
    return this.data.repo(CompBandEntity);
  }

  private get markets() {
    return this.data.repo(MarketRateEntity);
  }

  list(filter: CompBandFilter = {}): Promise<CompBandEntity[]> {
    const where: FindOptionsWhere<CompBandEntity> = {};
    if (filter.jobFamily) where.jobFamily = filter.jobFamily;
    if (filter.level) where.level = filter.level.toUpperCase();
    return this.bands.find({ where, order: { jobFamily: 'ASC', level: 'ASC' } });
  }

  get(id: string): Promise<CompBandEntity> {
    return this.bands.get(id);
  }

  listMarket(filter: CompBandFilter = {}): Promise<MarketRateEntity[]> {
    const where: FindOptionsWhere<MarketRateEntity> = {};
    if (filter.jobFamily) where.jobFamily = filter.jobFamily;
    if (filter.level) where.level = filter.level.toUpperCase();
    return this.markets.find({ where, order: { jobFamily: 'ASC', level: 'ASC' } });
  }

  find(jobFamily: string, level: string): Promise<CompBandEntity | null> {
    return this.bands.findOneBy({ jobFamily, level: level.toUpperCase() });
  }

  findMarket(jobFamily: string, level: string): Promise<MarketRateEntity | null> {
    return this.markets.findOneBy({ jobFamily, level: level.toUpperCase() });
  }

  /** Market rows keyed by bandKey, for the bands given (one query). */
  async marketFor(bands: Array<{ jobFamily: string; level: string }>): Promise<Map<string, MarketRateEntity>> {
    if (!bands.length) return new Map();
    const rows = await this.markets.findBy({ jobFamily: In([...new Set(bands.map((b) => b.jobFamily))]) });
    return new Map(rows.map((m) => [bandKey(m.jobFamily, m.level), m]));
  }

  async all(): Promise<{ bands: Map<string, CompBandEntity>; markets: Map<string, MarketRateEntity> }> {
    const [bands, markets] = await Promise.all([this.bands.find(), this.markets.find()]);
    return { bands: new Map(bands.map((b) => [bandKey(b.jobFamily, b.level), b])), markets: new Map(markets.map((m) => [bandKey(m.jobFamily, m.level), m])) };
  }

  async jobFamilies(): Promise<string[]> {
    const { bands, markets } = await this.all();
    return [...new Set([...bands.values(), ...markets.values()].map((r) => r.jobFamily))].sort();
  }

  async upsert(input: CompBandInput): Promise<CompBandEntity> {
    const problem = bandProblem(input, input.currency);
    if (problem) throw new UserInputError(`input.${problem.field}`, problem.message);
    if (input.equityMax < input.equityMin) throw new UserInputError('input.equityMax', msg`must not be below equityMin (${input.equityMin})`);
    return this.data.transaction(async () => {
      await this.data.lock(BANDS_LOCK);
      const level = input.level.toUpperCase();
      const existing = await this.bands.findOneBy({ jobFamily: input.jobFamily, level });
      const before = existing ? { ...existing } : null;
      const band = existing ?? this.bands.create({ jobFamily: input.jobFamily, level });
      Object.assign(band, { currency: input.currency, minBase: input.minBase, midBase: input.midBase, maxBase: input.maxBase, bonusTargetPct: input.bonusTargetPct, equityMin: input.equityMin, equityMax: input.equityMax });
      await this.bands.save(band);
      auditDetail('AttractionBand', band.id, before, { ...input, level });
      return band;
    });
  }

  async upsertMarket(input: MarketRateInput): Promise<MarketRateEntity> {
    const problem = marketProblem(input, input.currency);
    if (problem) throw new UserInputError(`input.${problem.field}`, problem.message);
    return this.data.transaction(async () => {
      await this.data.lock(MARKET_LOCK);
      const level = input.level.toUpperCase();
      const existing = await this.markets.findOneBy({ jobFamily: input.jobFamily, level });
      const rate = existing ?? this.markets.create({ jobFamily: input.jobFamily, level });
      Object.assign(rate, { currency: input.currency, p25: input.p25, p50: input.p50, p75: input.p75, p90: input.p90, source: input.source, asOf: input.asOf ?? null });
      return this.markets.save(rate);
    });
  }

  /** Removes the market data of one job family × level; the band (if any) stays. */
  async deleteMarket(id: string): Promise<boolean> {
    return this.data.transaction(async () => {
      await this.data.lock(MARKET_LOCK);
      const rate = await this.markets.get(id);
      await this.markets.remove(rate);
      auditDetail('AttractionMarketRate', id, { ...rate, id }, null);
      return true;
    });
  }

  /** Refused while an open or draft requisition hires against it. */
  async delete(id: string): Promise<boolean> {
    return this.data.transaction(async () => {
      await this.data.lock(BANDS_LOCK);
      const band = await this.bands.get(id);
      const inUse = await this.data.repo(RequisitionEntity).count({ jobFamily: band.jobFamily, level: band.level, status: In(['draft', 'open']) });
      if (inUse) throw new ConflictError(msg`${inUse} open or draft requisition(s) hire against ${band.jobFamily} × ${band.level}: close them or change their level first`);
      await this.bands.remove(band);
      auditDetail('AttractionBand', id, { ...band }, null);
      return true;
    });
  }
}
