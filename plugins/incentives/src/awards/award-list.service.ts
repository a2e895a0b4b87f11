import { DataService, keysetPage, type KeysetPage, type KeysetSort } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { Brackets } from '@cadre/sdk/orm';
import { P } from '../shared/permissions.js';
import { currentViewer } from '../shared/viewer.js';
import { AwardEntity } from './award.entity.js';
import type { AwardFilter, AwardSortField } from './award-page.types.js';

const SORTS: Record<AwardSortField, Omit<KeysetSort<AwardEntity>, 'direction'>> = {
  CREATED_AT: { key: 'createdAt', column: 'a.createdAt', value: (a) => a.createdAt },
  TITLE: { key: 'title', column: 'a.title', value: (a) => a.title },
  STATUS: { key: 'status', column: 'a.status', value: (a) => a.status },
  KIND: { key: 'kind', column: 'a.kind', value: (a) => a.kind },
};

/** The awards a viewer may list, as an array (awards) or a keyset page (awardsPage). */
@Injectable()
export class AwardListService {
  constructor(private readonly data: DataService) {}

  /** Newest nomination first, as awards always listed them. */
  async list(status?: string | null, personId?: string | null): Promise<AwardEntity[]> {
    return (await this.filtered({ status, personId })).orderBy('a.createdAt', 'DESC').addOrderBy('a.id', 'DESC').getMany();
  }

  /** One page of the awards `list` shows, filtered and sorted in SQL (see keysetPage). */
  async page(filter: AwardFilter, sort: { field: AwardSortField; direction: 'ASC' | 'DESC' }, first: number, after?: string | null): Promise<KeysetPage<AwardEntity>> {
    return keysetPage(await this.filtered(filter), { first, after, sort: { ...SORTS[sort.field], direction: sort.direction }, idColumn: 'a.id' });
  }

  /**
   * AwardService.canSee in SQL, shared by the array and the page so counts and pages agree:
   * award administrators see all; others approved and paid awards (public recognition) and the
   * open or rejected ones about themselves or their chain, or that they nominated.
   */
  private async filtered(filter: AwardFilter) {
    const viewer = await currentViewer();
    const q = this.data.repo(AwardEntity).query('a');
    if (filter.status) q.andWhere('a.status = :status', { status: filter.status });
    if (filter.personId) q.andWhere('a.personId = :personId', { personId: filter.personId });
    if (filter.kind) q.andWhere('a.kind = :kind', { kind: filter.kind });
    if (!viewer.has(P.awardsWrite)) {
      q.andWhere(new Brackets((b) => {
        b.where("a.status IN ('approved', 'paid')").orWhere('a.personId IN (:...chain)', { chain: viewer.chain() });
        if (viewer.personId) b.orWhere('a.nominatedById = :me', { me: viewer.personId });
      }));
    }
    return q;
  }
}
