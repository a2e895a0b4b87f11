import { PeopleDirectory, RequirePermission, UserInputError } from '@cadre/sdk';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@cadre/sdk/graphql';
import { PERM } from '../shared/permissions.js';
import { OrgPersonType, toOrgPerson } from '../shared/person-ref.js';
import { OrgUnitService, type UnitView } from './org-unit.service.js';
import { CreateOrgUnitInput, OrgChartType, OrgUnitKindEnum, OrgUnitType, UpdateOrgUnitInput } from './org-unit.types.js';
import { ancestorIds } from './org-tree.js';

/** Search matches shown at most (the chart highlights them; the people page lists the rest). */
const SEARCH_MAX = 200;

const toType = (v: UnitView): OrgUnitType => ({
  id: v.unit.id,
  name: v.unit.name,
  kind: v.unit.kind as OrgUnitKindEnum,
  description: v.unit.description,
  parentId: v.unit.parentId,
  leadId: v.unit.leadId,
  lead: v.lead ? toOrgPerson(v.lead) : null,
  depth: v.depth,
  path: v.path,
  childIds: v.childIds,
  memberCount: v.directMemberCount,
  totalMemberCount: v.totalMemberCount,
  updatedAt: v.unit.updatedAt,
});

@Resolver(() => OrgUnitType)
export class OrgUnitResolver {
  constructor(
    private readonly units: OrgUnitService,
    private readonly people: PeopleDirectory,
  ) {}

  private async view(id: string): Promise<OrgUnitType> {
    await this.units.get(id);
    return toType((await this.units.views()).find((v) => v.unit.id === id)!);
  }

  @Query(() => [OrgUnitType], { description: 'Every org unit, flat, in tree pre-order' })
  @RequirePermission(PERM.orgRead)
  async orgUnits(): Promise<OrgUnitType[]> {
    return (await this.units.views()).map(toType);
  }

  @Query(() => OrgUnitType)
  @RequirePermission(PERM.orgRead)
  orgUnit(@Args('id', { type: () => ID }) id: string): Promise<OrgUnitType> {
    return this.view(id);
  }

  @Query(() => OrgChartType, { description: 'The org chart from a unit (or the top), with search matches for zoom, collapse and search; members of every unit when includeMembers (a large company loads them per unit with orgUnitMembers)' })
  @RequirePermission(PERM.orgRead)
  async orgChart(
    @Args('rootUnitId', { type: () => ID, nullable: true }) rootUnitId: string | null,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('includeMembers', { type: () => Boolean, defaultValue: true }) includeMembers: boolean,
  ): Promise<OrgChartType> {
    if (search && search.length > 200) throw new UserInputError('search', 'must have at most 200 characters');
    const views = await this.units.views(rootUnitId);
    const unitIds = new Set(views.map((v) => v.unit.id));
    const term = search?.trim().toLowerCase() ?? '';
    const matchedUnitIds = term ? views.filter((v) => v.unit.name.toLowerCase().includes(term)).map((v) => v.unit.id) : [];
    const matchedPeople = term ? (await this.people.list({ search: term }, SEARCH_MAX)).nodes.filter((p) => p.status !== 'terminated' && p.orgUnitId && unitIds.has(p.orgUnitId)) : [];
    const all = views.map((v) => v.unit);
    const expand = new Set<string>();
    for (const id of matchedUnitIds) ancestorIds(all, id).slice(1).forEach((a) => expand.add(a));
    for (const p of matchedPeople) ancestorIds(all, p.orgUnitId!).forEach((a) => expand.add(a));
    return {
      units: views.map(toType),
      members: includeMembers ? (await this.people.inUnits([...unitIds])).map(toOrgPerson) : [],
      matchedUnitIds,
      matchedPersonIds: matchedPeople.map((p) => p.id),
      matchedPeople: matchedPeople.map(toOrgPerson),
      expandUnitIds: views.map((v) => v.unit.id).filter((id) => expand.has(id)),
    };
  }

  @Query(() => [OrgPersonType], { description: 'The direct members of these units (at most 200 units), by name: the org chart loads a unit\'s people when it is opened' })
  @RequirePermission(PERM.orgRead)
  async orgUnitMembers(@Args('unitIds', { type: () => [ID] }) unitIds: string[]): Promise<OrgPersonType[]> {
    return (await this.units.membersOf(unitIds)).map(toOrgPerson);
  }

  @ResolveField(() => [OrgPersonType], { description: 'Members (recursive: of sub-units too), sorted by name' })
  @RequirePermission(PERM.orgRead)
  async members(@Parent() unit: OrgUnitType, @Args('recursive', { type: () => Boolean, defaultValue: false }) recursive: boolean): Promise<OrgPersonType[]> {
    return (await this.units.members(unit.id, recursive)).map(toOrgPerson);
  }

  @Mutation(() => OrgUnitType)
  @RequirePermission(PERM.orgWrite)
  async createOrgUnit(@Args('input') input: CreateOrgUnitInput): Promise<OrgUnitType> {
    return this.view((await this.units.create(input)).id);
  }

  @Mutation(() => OrgUnitType)
  @RequirePermission(PERM.orgWrite)
  async updateOrgUnit(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateOrgUnitInput): Promise<OrgUnitType> {
    return this.view((await this.units.update(id, input)).id);
  }

  @Mutation(() => OrgUnitType, { description: 'Moves a unit under another (parentId null: make it top-level); audited with the old and new path' })
  @RequirePermission(PERM.orgWrite)
  async moveOrgUnit(@Args('id', { type: () => ID }) id: string, @Args('parentId', { type: () => ID, nullable: true }) parentId: string | null): Promise<OrgUnitType> {
    return this.view((await this.units.move(id, parentId)).id);
  }

  @Mutation(() => Boolean, { description: 'Deletes a unit without sub-units, members or projects' })
  @RequirePermission(PERM.orgWrite)
  deleteOrgUnit(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.units.remove(id);
  }

  @Mutation(() => OrgPersonType, { description: "Sets the person's unit (null: none) through the core: audited, raises PersonUpdated" })
  @RequirePermission(PERM.orgWrite)
  async assignPersonToUnit(@Args('personId', { type: () => ID }) personId: string, @Args('unitId', { type: () => ID, nullable: true }) unitId: string | null): Promise<OrgPersonType> {
    return toOrgPerson(await this.units.assignPerson(personId, unitId));
  }
}
