import { DataService, PeopleDirectory, RequirePermission, SignedIn, SortDirectionValue } from '@cadre/sdk';
import { Args, ID, Int, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { OrgUnitEntity } from '../org/org-unit.entity.js';
import { SkillEntity } from '../skills/skill.entity.js';
import { PERM } from '../shared/permissions.js';
import { toOrgPerson } from '../shared/person-ref.js';
import { ProjectLists } from './project-list.service.js';
import { ProjectConnection, ProjectSort, ProjectSortField } from './project-page.types.js';
import { ProjectService, type ProjectView } from './project.service.js';
import { AssignToProjectInput, CreateProjectInput, ProjectFilterInput, SetProjectRequirementsInput, SetStaffingPreferenceInput, UpdateProjectInput } from './project.inputs.js';
import { ProjectStatusEnum, ProjectType, StaffingLevelEnum, StaffingPreferenceType } from './project.types.js';
import { StaffingPreferenceService } from './staffing-preference.service.js';

@Resolver(() => ProjectType)
export class ProjectResolver {
  constructor(
    private readonly projects: ProjectService,
    private readonly preferences: StaffingPreferenceService,
    private readonly people: PeopleDirectory,
    private readonly data: DataService,
    private readonly lists: ProjectLists,
  ) {}

  /** Maps views to GraphQL, loading names of units, skills and people once. */
  private async toTypes(views: ProjectView[]): Promise<ProjectType[]> {
    const units = new Map((await this.data.repo(OrgUnitEntity).find()).map((u) => [u.id, u.name]));
    const skills = new Map((await this.data.repo(SkillEntity).find()).map((s) => [s.id, s.name]));
    const ids = [...new Set(views.flatMap((v) => v.assignments.map((a) => a.personId)))];
    const people = new Map((ids.length ? await this.people.byIds(ids) : []).map((p) => [p.id, p]));
    const unitOf = new Map([...people.values()].map((p) => [p.id, p.orgUnitId]));
    return views.map((v) => {
      const p = v.project;
      const headcount = v.assignments.length;
      const unitIds = this.projects.unitsOf(v, unitOf);
      return {
        id: p.id,
        name: p.name,
        description: p.description,
        ownerUnitId: p.ownerUnitId,
        ownerUnitName: p.ownerUnitId ? (units.get(p.ownerUnitId) ?? null) : null,
        status: p.status as ProjectStatusEnum,
        startDate: p.startDate,
        endDate: p.endDate,
        priority: p.priority,
        headcountMin: p.headcountMin,
        headcountMax: p.headcountMax,
        headcount,
        staffing: headcount < p.headcountMin ? StaffingLevelEnum.UNDERSTAFFED : headcount >= p.headcountMax ? StaffingLevelEnum.FULL : StaffingLevelEnum.STAFFED,
        requirements: v.requirements.map((r) => ({ skillId: r.skillId, skillName: skills.get(r.skillId) ?? '(deleted skill)', minLevel: r.minLevel, weight: r.weight })),
        assignments: v.assignments.map((a) => {
          const person = people.get(a.personId);
          return { id: a.id, projectId: a.projectId, personId: a.personId, person: person ? toOrgPerson(person) : null, unitId: person?.orgUnitId ?? null, allocation: a.allocation, since: a.createdAt };
        }),
        unitIds,
        crossUnit: unitIds.length > 1,
        createdAt: p.createdAt,
        updatedAt: p.updatedAt,
      };
    });
  }

  private async one(id: string): Promise<ProjectType> {
    return (await this.toTypes([await this.projects.get(id)]))[0];
  }

  @Query(() => [ProjectType], { name: 'projects', description: 'Projects, highest priority first' })
  @RequirePermission(PERM.projectsRead)
  async projects_(@Args('filter', { type: () => ProjectFilterInput, nullable: true }) filter?: ProjectFilterInput): Promise<ProjectType[]> {
    return this.toTypes(await this.projects.list(filter ?? {}));
  }

  @Query(() => ProjectConnection, { description: 'Projects a page at a time: filtered, sorted (highest priority first by default) and paged on the server' })
  @RequirePermission(PERM.projectsRead)
  async projectsPage(
    @Args('filter', { type: () => ProjectFilterInput, nullable: true }) filter: ProjectFilterInput,
    @Args('sort', { type: () => ProjectSort, nullable: true }) sort: ProjectSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ProjectConnection> {
    const page = await this.lists.page(filter ?? {}, sort ?? { field: ProjectSortField.PRIORITY, direction: SortDirectionValue.DESC }, first, after);
    return { ...page, nodes: await this.toTypes(await this.projects.views(page.nodes)) };
  }

  @Query(() => ProjectType)
  @RequirePermission(PERM.projectsRead)
  project(@Args('id', { type: () => ID }) id: string): Promise<ProjectType> {
    return this.one(id);
  }

  @Mutation(() => ProjectType, { description: 'Creates a project owned by a unit you may manage (any unit, or none, with structure.projects.admin)' })
  @RequirePermission(PERM.projectsWrite)
  async createProject(@Args('input') input: CreateProjectInput): Promise<ProjectType> {
    return this.one((await this.projects.create(input)).id);
  }

  @Mutation(() => ProjectType)
  @RequirePermission(PERM.projectsWrite)
  async updateProject(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateProjectInput): Promise<ProjectType> {
    return this.one((await this.projects.update(id, input)).id);
  }

  @Mutation(() => ProjectType, { description: 'Replaces the skill requirements (skill, minimum level, weight)' })
  @RequirePermission(PERM.projectsWrite)
  async setProjectRequirements(@Args('input') input: SetProjectRequirementsInput): Promise<ProjectType> {
    return (await this.toTypes([await this.projects.setRequirements(input.projectId, input.requirements)]))[0];
  }

  @Mutation(() => ProjectType, { description: "Puts a person on a project or changes their allocation; a person's allocations add up to at most 100%" })
  @RequirePermission(PERM.projectsWrite)
  async assignToProject(@Args('input') input: AssignToProjectInput): Promise<ProjectType> {
    return (await this.toTypes([await this.projects.assign(input.projectId, input.personId, input.allocation)]))[0];
  }

  @Mutation(() => ProjectType)
  @RequirePermission(PERM.projectsWrite)
  async unassignFromProject(@Args('projectId', { type: () => ID }) projectId: string, @Args('personId', { type: () => ID }) personId: string): Promise<ProjectType> {
    return (await this.toTypes([await this.projects.unassign(projectId, personId)]))[0];
  }

  @Query(() => [StaffingPreferenceType], { description: "A person's staffing preferences (default: yours); for them, their managers and structure.projects.admin" })
  @SignedIn()
  async staffingPreferences(@Args('personId', { type: () => ID, nullable: true }) personId: string | null): Promise<StaffingPreferenceType[]> {
    const rows = await this.preferences.list(personId);
    const names = new Map((await this.projects.list()).map((v) => [v.project.id, v.project.name]));
    return rows.map((r) => ({ personId: r.personId, projectId: r.projectId, projectName: names.get(r.projectId) ?? '', strength: r.strength }));
  }

  @Mutation(() => [StaffingPreferenceType], { description: 'States how much a person wants a project (−1 … 1, 0 removes it); yourself, or as their manager' })
  @SignedIn()
  async setStaffingPreference(@Args('input') input: SetStaffingPreferenceInput): Promise<StaffingPreferenceType[]> {
    await this.preferences.set(input.personId, input.projectId, input.strength);
    return this.staffingPreferences(input.personId ?? null);
  }
}
