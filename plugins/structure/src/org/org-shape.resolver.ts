import { PeopleDirectory, RequirePermission } from '@cadre/sdk';
import { Args, ID, Query, Resolver } from '@cadre/sdk/graphql';
import { PERM } from '../shared/permissions.js';
import { toOrgPerson } from '../shared/person-ref.js';
import { OrgShapeService } from './org-shape.service.js';
import { SpanFlagEnum, SpanReportType } from './org-shape.types.js';

@Resolver()
export class OrgShapeResolver {
  constructor(
    private readonly shape: OrgShapeService,
    private readonly people: PeopleDirectory,
  ) {}

  @Query(() => SpanReportType, { description: 'Span of control per manager and layers per unit, flagged against the tenant bounds' })
  @RequirePermission(PERM.orgRead)
  async spanOfControl(@Args('unitId', { type: () => ID, nullable: true }) unitId: string | null): Promise<SpanReportType> {
    const report = await this.shape.report(unitId);
    const people = new Map((await this.people.byIds(report.managers.map((m) => m.managerId))).map((p) => [p.id, p]));
    const managers = report.managers.filter((m) => people.has(m.managerId));
    return {
      bounds: report.bounds,
      managers: managers.map((m) => ({ manager: toOrgPerson(people.get(m.managerId)!), unitId: m.unitId, directReports: m.directReports, flag: m.flag as SpanFlagEnum })),
      units: report.units,
      averageSpan: managers.length ? Math.round((managers.reduce((s, m) => s + m.directReports, 0) / managers.length) * 100) / 100 : 0,
      flaggedManagers: managers.filter((m) => m.flag !== 'ok').length,
      flaggedUnits: report.units.filter((u) => u.flagged).length,
    };
  }
}
