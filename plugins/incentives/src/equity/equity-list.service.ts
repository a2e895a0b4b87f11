import { DataService, keysetPage, type KeysetPage, type KeysetSort } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { P } from '../shared/permissions.js';
import { currentViewer } from '../shared/viewer.js';
import { EquityGrantEntity } from './equity-grant.entity.js';
import type { EquityGrantFilter, EquityGrantSortField } from './equity-page.types.js';

const SORTS: Record<EquityGrantSortField, Omit<KeysetSort<EquityGrantEntity>, 'direction'>> = {
  GRANT_DATE: { key: 'grantDate', column: 'g.grantDate', value: (g) => g.grantDate },
  VESTING_START: { key: 'vestingStart', column: 'g.vestingStart', value: (g) => g.vestingStart },
  STATUS: { key: 'status', column: 'g.status', value: (g) => g.status },
  KIND: { key: 'kind', column: 'g.kind', value: (g) => g.kind },
};

/** The grants a viewer may list, as an array (equityGrants) or a keyset page (equityGrantsPage). */
@Injectable()
export class EquityListService {
  constructor(private readonly data: DataService) {}

  /** Latest grant date first, as equityGrants always listed them. */
  async list(personId?: string | null): Promise<EquityGrantEntity[]> {
    return (await this.filtered({ personId })).orderBy('g.grantDate', 'DESC').addOrderBy('g.id', 'DESC').getMany();
  }

  /** One page of the grants `list` shows, filtered and sorted in SQL (see keysetPage). */
  async page(filter: EquityGrantFilter, sort: { field: EquityGrantSortField; direction: 'ASC' | 'DESC' }, first: number, after?: string | null): Promise<KeysetPage<EquityGrantEntity>> {
    return keysetPage(await this.filtered(filter), { first, after, sort: { ...SORTS[sort.field], direction: sort.direction }, idColumn: 'g.id' });
  }

  /** Everyone's grants for compensation administrators, otherwise the viewer's and their chain's: shared so counts and pages agree. */
  private async filtered(filter: EquityGrantFilter) {
    const viewer = await currentViewer();
    const q = this.data.repo(EquityGrantEntity).query('g');
    if (filter.personId) q.andWhere('g.personId = :personId', { personId: filter.personId });
    if (filter.status) q.andWhere('g.status = :status', { status: filter.status });
    if (filter.kind) q.andWhere('g.kind = :kind', { kind: filter.kind });
    if (!viewer.has(P.compReadAll)) q.andWhere('g.personId IN (:...chain)', { chain: viewer.chain() });
    return q;
  }
}
