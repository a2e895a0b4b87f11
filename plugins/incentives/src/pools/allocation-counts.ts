import type { DataService } from '@cadre/sdk';
import { AllocationEntity } from './allocation.entity.js';
import { BonusPoolMemberEntity } from './bonus-pool-member.entity.js';

/** How many people a version allocates to, and how many of them its floor and cap hold. */
export interface VersionCounts {
  people: number;
  atFloor: number;
  atCap: number;
}

/** Counted in the database (GROUP BY version and bound): a large pool's rows are never read to count them. */
export async function versionCounts(data: DataService, versionIds: string[]): Promise<Map<string, VersionCounts>> {
  const out = new Map(versionIds.map((id) => [id, { people: 0, atFloor: 0, atCap: 0 }]));
  if (!versionIds.length) return out;
  const rows = await data.repo(AllocationEntity).query('a').select('a.versionId', 'versionId').addSelect('a.bound', 'bound').addSelect('COUNT(*)', 'n')
    .andWhere('a.versionId IN (:...ids)', { ids: versionIds }).groupBy('a.versionId').addGroupBy('a.bound').getRawMany<{ versionId: string; bound: number | string; n: number | string }>();
  for (const r of rows) {
    const counts = out.get(r.versionId)!;
    const n = Number(r.n);
    counts.people += n;
    if (Number(r.bound) === -1) counts.atFloor += n;
    if (Number(r.bound) === 1) counts.atCap += n;
  }
  return out;
}

/** Members per pool, counted in the database. */
export async function memberCounts(data: DataService, poolIds: string[]): Promise<Map<string, number>> {
  if (!poolIds.length) return new Map();
  const rows = await data.repo(BonusPoolMemberEntity).query('m').select('m.poolId', 'poolId').addSelect('COUNT(*)', 'n')
    .andWhere('m.poolId IN (:...ids)', { ids: poolIds }).groupBy('m.poolId').getRawMany<{ poolId: string; n: number | string }>();
  return new Map(rows.map((r) => [r.poolId, Number(r.n)]));
}
