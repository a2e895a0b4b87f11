import { DataService } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { In } from '@cadre/sdk/orm';
import { ReviewCycleEntity } from '../cycles/review-cycle.entity.js';
import { describeBands } from '../shared/bands.js';
import { currentViewer } from '../shared/viewer.js';
import { AllocationVersionEntity } from './allocation-version.entity.js';
import { AllocationEntity } from './allocation.entity.js';
import { BonusPoolEntity } from './bonus-pool.entity.js';
import { calculation, FORMULA } from './formula.js';
import type { MyBonusType } from './my-bonus.types.js';

/** Transparency: the caller's own published allocations with the formula filled in. */
@Injectable()
export class MyBonusService {
  constructor(private readonly data: DataService) {}

  async myBonus(poolId?: string | null): Promise<MyBonusType[]> {
    const viewer = await currentViewer();
    if (!viewer.personId) return [];
    const pools = await this.data.repo(BonusPoolEntity).find({ where: poolId ? { id: poolId, status: 'published' } : { status: 'published' }, order: { publishedAt: 'DESC' } });
    if (!pools.length) return [];
    const mine = await this.data.repo(AllocationEntity).find({ where: { personId: viewer.personId, poolId: In(pools.map((p) => p.id)) }, order: { version: 'ASC' } });
    if (!mine.length) return [];
    const versions = new Map((await this.data.repo(AllocationVersionEntity).findBy({ id: In(mine.map((a) => a.versionId)) })).map((v) => [v.id, v]));
    const cycles = new Map((await this.data.repo(ReviewCycleEntity).findBy({ id: In(pools.map((p) => p.cycleId)) })).map((c) => [c.id, c]));
    const out: MyBonusType[] = [];
    for (const pool of pools) {
      const history = mine.filter((a) => a.poolId === pool.id && ['published', 'superseded'].includes(versions.get(a.versionId)?.status ?? ''));
      const a = history.find((h) => h.version === pool.publishedVersion);
      if (!a) continue;
      const v = versions.get(a.versionId)!;
      // Whether anyone sits at a floor or cap decides which form of the formula applies; it says nothing about who.
      const anyoneBound = (await this.data.repo(AllocationEntity).count({ versionId: v.id, bound: In([-1, 1]) })) > 0;
      out.push({
        poolId: pool.id, poolName: pool.name, cycleId: pool.cycleId, cycleName: cycles.get(pool.cycleId)?.name ?? '', currency: pool.currency,
        version: v.version, publishedAt: v.publishedAt, poolAmount: v.amount, weightRule: pool.weightRule,
        score: a.score, band: a.band, bands: describeBands(v.thresholds, v.coefficients), coefficient: a.coefficient,
        weight: a.weight, weightExplanation: a.weightExplanation, floor: a.floor, cap: a.cap, bound: a.bound,
        lambda: v.lambda, weightedSum: v.weightedSum, exactAmount: a.exactAmount, amount: a.amount, previousAmount: a.previousAmount, delta: a.delta,
        formula: FORMULA,
        calculation: calculation({
          pool: v.amount, currency: v.currency, score: a.score, thresholds: v.thresholds, coefficients: v.coefficients, weight: a.weight,
          coefficient: a.coefficient, lambda: v.lambda, weightedSum: v.weightedSum, anyoneBound, floor: a.floor, cap: a.cap, exact: a.exactAmount, amount: a.amount, bound: a.bound,
        }),
        history: history.map((h) => {
          const hv = versions.get(h.versionId)!;
          return { version: h.version, status: hv.status, amount: h.amount, delta: h.delta, score: h.score, reason: hv.reason, publishedAt: hv.publishedAt };
        }),
      });
    }
    return out;
  }
}
