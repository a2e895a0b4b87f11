import { DataService } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { In } from '@cadre/sdk/orm';
import type { FinalisedScoreRef, IncentivesPerformance } from '../contracts.js';
import { ReviewCycleEntity } from '../cycles/review-cycle.entity.js';
import { finalScore, ReviewParticipantEntity } from '../cycles/review-participant.entity.js';
import { AllocationEntity } from '../pools/allocation.entity.js';
import { BonusPoolEntity } from '../pools/bonus-pool.entity.js';

/**
 * Published as 'incentives.performance' for other plugins (development, insights): final scores
 * of finalised cycles and bands of published bonus pools, for the caller's tenant. No review
 * content, no authors, no amounts.
 */
@Injectable()
export class PerformanceService implements IncentivesPerformance {
  constructor(private readonly data: DataService) {}

  /** A person's final scores in finalised cycles, oldest first. */
  async scoreHistory(personId: string): Promise<FinalisedScoreRef[]> {
    const rows = await this.data.repo(ReviewParticipantEntity).findBy({ personId });
    return (await this.join(rows)).get(personId) ?? [];
  }

  /** Each person's latest finalised score. */
  async latestScores(): Promise<Map<string, FinalisedScoreRef>> {
    const cycles = await this.data.repo(ReviewCycleEntity).findBy({ status: 'finalised' });
    if (!cycles.length) return new Map();
    const rows = await this.data.repo(ReviewParticipantEntity).findBy({ cycleId: In(cycles.map((c) => c.id)) });
    return new Map([...(await this.join(rows)).entries()].map(([id, list]) => [id, list.at(-1)!]));
  }

  /** Every person's final scores in finalised cycles, oldest first. */
  async allScoreHistories(): Promise<Map<string, FinalisedScoreRef[]>> {
    const cycles = await this.data.repo(ReviewCycleEntity).findBy({ status: 'finalised' });
    if (!cycles.length) return new Map();
    return this.join(await this.data.repo(ReviewParticipantEntity).findBy({ cycleId: In(cycles.map((c) => c.id)) }));
  }

  /** Each person's band (1 = top) in every published bonus pool, by publication time, oldest first. */
  async bonusBandHistory(): Promise<Map<string, Array<{ band: number; publishedAt: string }>>> {
    const pools = (await this.data.repo(BonusPoolEntity).find()).filter((p) => p.publishedVersion !== null && p.publishedAt);
    const out = new Map<string, Array<{ band: number; publishedAt: string }>>();
    for (const pool of pools) {
      const rows = await this.data.repo(AllocationEntity).findBy({ poolId: pool.id, version: pool.publishedVersion! });
      for (const r of rows) if (r.band !== null) out.set(r.personId, [...(out.get(r.personId) ?? []), { band: r.band, publishedAt: pool.publishedAt! }]);
    }
    for (const list of out.values()) list.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
    return out;
  }

  private async join(rows: ReviewParticipantEntity[]): Promise<Map<string, FinalisedScoreRef[]>> {
    const ids = [...new Set(rows.map((r) => r.cycleId))];
    const cycles = new Map((ids.length ? await this.data.repo(ReviewCycleEntity).findBy({ id: In(ids), status: 'finalised' }) : []).map((c) => [c.id, c]));
    const out = new Map<string, FinalisedScoreRef[]>();
    for (const r of rows) {
      const c = cycles.get(r.cycleId);
      const score = finalScore(r);
      if (!c || score === null) continue;
      out.set(r.personId, [...(out.get(r.personId) ?? []), { cycleId: c.id, cycleName: c.name, periodEnd: c.periodEnd, score }]);
    }
    for (const list of out.values()) list.sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
    return out;
  }
}
