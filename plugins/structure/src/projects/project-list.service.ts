// The filtered projects query, shared by the `projects` array and the `projectsPage` connection:
// every filter (cross-unit included) is SQL, so totalCount and each page agree with the array.
import { DataService, PeopleDirectory, UserInputError, keysetPage, msg, type KeysetPage, type KeysetSort } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import type { SelectQueryBuilder } from '@cadre/sdk/orm';
import { OrgUnitEntity } from '../org/org-unit.entity.js';
import { subtreeIds } from '../org/org-tree.js';
import { AssignmentEntity } from './assignment.entity.js';
import { ProjectEntity } from './project.entity.js';
import type { ProjectFilter } from './project.service.js';

export type ProjectSortKey = 'PRIORITY' | 'NAME' | 'UPDATED_AT' | 'CREATED_AT';

const SORTS: Record<ProjectSortKey, Omit<KeysetSort<ProjectEntity>, 'direction'>> = {
  PRIORITY: { key: 'priority', column: 'p.priority', value: (p) => p.priority },
  NAME: { key: 'name', column: 'p.name', value: (p) => p.name },
  UPDATED_AT: { key: 'updatedAt', column: 'p.updatedAt', value: (p) => p.updatedAt },
  CREATED_AT: { key: 'createdAt', column: 'p.createdAt', value: (p) => p.createdAt },
};

@Injectable()
export class ProjectLists {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
  ) {}

  /** One page of the filtered projects in the given order (see keysetPage). */
  async page(filter: ProjectFilter, sort: { field: ProjectSortKey; direction: 'ASC' | 'DESC' }, first: number, after?: string | null): Promise<KeysetPage<ProjectEntity>> {
    return keysetPage(await this.filtered(filter), { first, after, sort: { ...SORTS[sort.field], direction: sort.direction }, idColumn: 'p.id' });
  }

  async filtered(filter: ProjectFilter): Promise<SelectQueryBuilder<ProjectEntity>> {
    const q = this.data.repo(ProjectEntity).query('p');
    if (filter.unitId) {
      const units = await this.data.repo(OrgUnitEntity).find();
      if (!units.some((u) => u.id === filter.unitId)) throw new UserInputError('filter.unitId', msg`no org unit has the id ${filter.unitId}`);
      q.andWhere('p.ownerUnitId IN (:...scope)', { scope: filter.includeSubunits === false ? [filter.unitId] : subtreeIds(units, filter.unitId) });
    }
    if (filter.status) q.andWhere('p.status = :status', { status: filter.status });
    if (filter.personId) {
      // A deleted person's assignments linger until the next write prunes them: they count for nothing.
      const alive = (await this.people.summaries([filter.personId])).has(filter.personId);
      const sub = q.subQuery().select('a.projectId').from(AssignmentEntity, 'a').where('a.personId = :personId').andWhere('a.tenantId = :__tenantId').getQuery();
      q.andWhere(alive ? `p.id IN ${sub}` : '1 = 0', alive ? { personId: filter.personId } : {});
    }
    if (filter.crossUnit) this.crossUnit(q);
    return q;
  }

  /**
   * Projects spanning several units: the owner unit and the units of the (existing) people on it
   * hold at least two distinct values. People's units live in the core; its columnSql reads each
   * assignee's unit inside this one query (no one is loaded, nothing is bound per person).
   */
  private crossUnit(q: SelectQueryBuilder<ProjectEntity>): void {
    const unit = this.people.columnSql('orgUnitId', 'a."personId"');
    const spans = `SELECT x.pid FROM (
        SELECT a."projectId" AS pid, ${unit} AS unit FROM structure_assignments a WHERE a."tenantId" = :__tenantId
        UNION ALL SELECT o.id AS pid, o."ownerUnitId" AS unit FROM structure_projects o WHERE o."tenantId" = :__tenantId
      ) x WHERE x.unit IS NOT NULL GROUP BY x.pid HAVING COUNT(DISTINCT x.unit) > 1`;
    q.andWhere(`p.id IN (${spans})`);
  }
}
