import { DataService, keysetPage, type KeysetPage, type KeysetSort } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { P } from '../shared/permissions.js';
import { currentViewer } from '../shared/viewer.js';
import { BonusPoolEntity } from './bonus-pool.entity.js';
import type { BonusPoolFilter, BonusPoolSortField } from './bonus-pool-page.types.js';

const SORTS: Record<BonusPoolSortField, Omit<KeysetSort<BonusPoolEntity>, 'direction'>> = {
  CREATED_AT: { key: 'createdAt', column: 'p.createdAt', value: (p) => p.createdAt },
  NAME: { key: 'name', column: 'p.name', value: (p) => p.name },
  STATUS: { key: 'status', column: 'p.status', value: (p) => p.status },
  AMOUNT: { key: 'amount', column: 'p.amount', value: (p) => p.amount },
};

/** The pools a viewer may list, as an array (bonusPools) or a keyset page (bonusPoolsPage). */
@Injectable()
export class BonusPoolListService {
  constructor(private readonly data: DataService) {}

  /** Pool readers see every pool (scenarios on request); others only published pools. */
  async list(cycleId?: string | null, includeScenarios = false): Promise<BonusPoolEntity[]> {
    return (await this.filtered({ cycleId, includeScenarios })).orderBy('p.createdAt', 'DESC').addOrderBy('p.id', 'DESC').getMany();
  }

  /** One page of the pools `list` shows, filtered and sorted in SQL (see keysetPage). */
  async page(filter: BonusPoolFilter, sort: { field: BonusPoolSortField; direction: 'ASC' | 'DESC' }, first: number, after?: string | null): Promise<KeysetPage<BonusPoolEntity>> {
    return keysetPage(await this.filtered(filter), { first, after, sort: { ...SORTS[sort.field], direction: sort.direction }, idColumn: 'p.id' });
  }

  /** The visibility rule in SQL, shared by the array and the page so counts and pages agree. */
  private async filtered(filter: BonusPoolFilter) {
    const viewer = await currentViewer();
    const q = this.data.repo(BonusPoolEntity).query('p');
    if (filter.cycleId) q.andWhere('p.cycleId = :cycleId', { cycleId: filter.cycleId });
    if (filter.status) q.andWhere('p.status = :status', { status: filter.status });
    if (!viewer.has(P.poolsRead)) q.andWhere("p.status = 'published'");
    else if (!filter.includeScenarios) q.andWhere("p.status <> 'scenario'");
    return q;
  }
}
