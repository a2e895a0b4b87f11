// The staffing plans a viewer may see, shared by the `staffingPlans` array and the
// `staffingPlansPage` connection: the unit scope is SQL, so pages and totalCount agree with it.
import { DataService, keysetPage, type KeysetPage, type KeysetSort } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import type { SelectQueryBuilder } from '@cadre/sdk/orm';
import { UnitAuthority } from '../org/unit-authority.service.js';
import { StaffingPlanEntity } from './staffing-plan.entity.js';

export interface StaffingPlanFilter {
  unitId?: string | null;
  status?: string | null;
}

export type StaffingPlanSortKey = 'CREATED_AT' | 'TOTAL' | 'STATUS';

const SORTS: Record<StaffingPlanSortKey, Omit<KeysetSort<StaffingPlanEntity>, 'direction'>> = {
  CREATED_AT: { key: 'createdAt', column: 's.createdAt', value: (s) => s.createdAt },
  TOTAL: { key: 'total', column: 's.total', value: (s) => s.total },
  STATUS: { key: 'status', column: 's.status', value: (s) => s.status },
};

@Injectable()
export class StaffingPlanLists {
  constructor(
    private readonly data: DataService,
    private readonly authority: UnitAuthority,
  ) {}

  /** One page of the plans the viewer may see, in the given order (see keysetPage). */
  async page(filter: StaffingPlanFilter, sort: { field: StaffingPlanSortKey; direction: 'ASC' | 'DESC' }, first: number, after?: string | null): Promise<KeysetPage<StaffingPlanEntity>> {
    return keysetPage(await this.filtered(filter), { first, after, sort: { ...SORTS[sort.field], direction: sort.direction }, idColumn: 's.id' });
  }

  /** Plans of units the viewer may manage (every plan, whole-organisation ones too, for structure.projects.admin). */
  async filtered(filter: StaffingPlanFilter): Promise<SelectQueryBuilder<StaffingPlanEntity>> {
    const manageable = await this.authority.manageable();
    const q = this.data.repo(StaffingPlanEntity).query('s');
    if (filter.unitId) q.andWhere('s.unitId = :unitId', { unitId: filter.unitId });
    if (filter.status) q.andWhere('s.status = :status', { status: filter.status });
    if (manageable) {
      if (manageable.size) q.andWhere('s.unitId IN (:...manageable)', { manageable: [...manageable] });
      else q.andWhere('1 = 0');
    }
    return q;
  }
}
