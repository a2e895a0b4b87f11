import { assertUnchangedSince, ConflictError, DataService, PeopleDirectory, type PersonRecord, UserInputError } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { ProjectEntity } from '../projects/project.entity.js';
import { LOCKS, lockReferenced } from '../shared/locks.js';
import { auditDetail } from '../shared/viewer.js';
import { ORG_UNIT_KINDS, OrgUnitEntity, type OrgUnitKind } from './org-unit.entity.js';
import { ancestorIds, preorder, subtreeIds, wouldCycle } from './org-tree.js';
import { msg } from '@cadre/sdk';

export interface OrgUnitInput {
  name?: string;
  kind?: string;
  parentId?: string | null;
  leadId?: string | null;
  description?: string | null;
  /** The updatedAt the edit form read: if the unit changed since, CONFLICT (update only). */
  expectedUpdatedAt?: string | null;
}

/** A unit with what the org chart needs, computed in one pass over units and people. */
export interface UnitView {
  unit: OrgUnitEntity;
  depth: number;
  path: string[];
  childIds: string[];
  lead: PersonRecord | null;
  directMemberCount: number;
  totalMemberCount: number;
}

const MAX_MEMBER_UNITS = 200;
const bySortThenName = (a: OrgUnitEntity, b: OrgUnitEntity) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name);
/** Terminated people stay in the directory but are nobody's members any more. */
export const isMember = (p: Pick<PersonRecord, 'status'>) => p.status !== 'terminated';

/** Org units: the tree, leads, membership (stored on the core person) and moves. */
@Injectable()
export class OrgUnitService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
  ) {}

  private get repo() {
    return this.data.repo(OrgUnitEntity);
  }

  /** Every unit in tree pre-order, parents before children; read once per request (shared: treat as read-only). */
  all(): Promise<OrgUnitEntity[]> {
    return this.data.memo('structure.org-units', async () => preorder(await this.repo.find(), bySortThenName).map((o) => o.unit));
  }

  get(id: string): Promise<OrgUnitEntity> {
    return this.repo.get(id);
  }

  /** Units with depth, path, lead and member counts; `rootId` limits it to one subtree. */
  async views(rootId?: string | null): Promise<UnitView[]> {
    if (rootId) await this.repo.get(rootId);
    const units = await this.repo.find();
    // Counts and leads only: a 20 000-person tenant's chart must not load everyone.
    const direct = await this.people.countPerUnit();
    const leadIds = [...new Set(units.map((u) => u.leadId).filter((id): id is string => !!id))];
    const leads = new Map((await this.people.byIds(leadIds)).map((p) => [p.id, p]));
    const ordered = preorder(units, bySortThenName, rootId);
    const childIds = new Map<string, string[]>();
    for (const u of units) if (u.parentId) childIds.set(u.parentId, [...(childIds.get(u.parentId) ?? []), u.id]);
    const total = (id: string) => subtreeIds(units, id).reduce((n, uid) => n + (direct.get(uid) ?? 0), 0);
    return ordered.map(({ unit, depth, path }) => ({
      unit,
      depth,
      path,
      childIds: childIds.get(unit.id) ?? [],
      lead: unit.leadId ? (leads.get(unit.leadId) ?? null) : null,
      directMemberCount: direct.get(unit.id) ?? 0,
      totalMemberCount: total(unit.id),
    }));
  }

  /** People whose unit is `unitId` (or, with `recursive`, any unit below it too). */
  async members(unitId: string, recursive = false): Promise<PersonRecord[]> {
    await this.repo.get(unitId);
    return this.people.inUnits(recursive ? subtreeIds(await this.repo.find(), unitId) : [unitId]);
  }

  /** The direct members of each of these units (the org chart's lazily opened units), by name. */
  async membersOf(unitIds: string[]): Promise<PersonRecord[]> {
    if (unitIds.length > MAX_MEMBER_UNITS) throw new UserInputError('unitIds', msg`at most ${MAX_MEMBER_UNITS} units at once`);
    const ids = [...new Set(unitIds)];
    const known = new Set((await this.repo.find({ select: { id: true } })).map((u) => u.id));
    const unknown = ids.find((id) => !known.has(id));
    if (unknown) throw new UserInputError('unitIds', msg`no org unit has the id ${unknown}`);
    return this.people.inUnits(ids);
  }

  async create(input: OrgUnitInput): Promise<OrgUnitEntity> {
    return this.data.transaction(async () => {
      await this.data.lock(LOCKS.orgTree);
      const name = this.name(input.name);
      const kind = this.kind(input.kind);
      const parentId = input.parentId ?? null;
      if (parentId && !(await this.repo.findOneBy({ id: parentId }))) throw new UserInputError('input.parentId', msg`no org unit has the id ${parentId}`);
      await this.uniqueAmongSiblings(name, parentId, null);
      const leadId = await this.lead(input.leadId ?? null);
      const siblings = await this.repo.count(parentId ? { parentId } : undefined);
      const unit = this.repo.create({ name, kind, parentId, leadId, description: input.description?.trim() || null, sortOrder: siblings });
      await this.repo.save(unit);
      auditDetail('OrgUnit', unit.id, null, { name, kind, parentId, leadId });
      return unit;
    });
  }

  async update(id: string, input: OrgUnitInput): Promise<OrgUnitEntity> {
    return this.data.transaction(async () => {
      if (input.name !== undefined) await this.data.lock(LOCKS.orgTree); // sibling names
      const unit = await this.repo.get(id);
      assertUnchangedSince(unit, input.expectedUpdatedAt, unit.name);
      const before = { name: unit.name, kind: unit.kind, leadId: unit.leadId, description: unit.description };
      if (input.name !== undefined) {
        unit.name = this.name(input.name);
        await this.uniqueAmongSiblings(unit.name, unit.parentId, unit.id);
      }
      if (input.kind !== undefined) unit.kind = this.kind(input.kind);
      if (input.leadId !== undefined) unit.leadId = await this.lead(input.leadId);
      if (input.description !== undefined) unit.description = input.description?.trim() || null;
      unit.touch(); // a save that sets the same values is still an edit: forms opened before it are stale
      await this.repo.save(unit);
      auditDetail('OrgUnit', unit.id, before, { name: unit.name, kind: unit.kind, leadId: unit.leadId, description: unit.description });
      return unit;
    });
  }

  /** Re-parents a unit (null = make it a root); refuses to create a loop. */
  async move(id: string, parentId: string | null): Promise<OrgUnitEntity> {
    return this.data.transaction(async () => {
      // The tree lock makes the loop check hold until commit (opposite moves take turns); the
      // row lock keeps a concurrent rename or lead change from being overwritten.
      await this.data.lock(LOCKS.orgTree);
      const unit = await this.repo.get(id);
      const units = (await this.repo.find()).map((u) => (u.id === id ? unit : u));
      if (parentId && !units.some((u) => u.id === parentId)) throw new UserInputError('parentId', msg`no org unit has the id ${parentId}`);
      if (parentId === id || wouldCycle(units, id, parentId)) throw new UserInputError('parentId', msg`${unit.name} cannot move under itself or one of its sub-units`);
      await this.uniqueAmongSiblings(unit.name, parentId, unit.id);
      const before = { parentId: unit.parentId, path: ancestorIds(units, id).reverse() };
      unit.parentId = parentId;
      unit.sortOrder = units.filter((u) => u.parentId === parentId && u.id !== id).length;
      await this.repo.save(unit);
      auditDetail('OrgUnit', id, before, { parentId, path: ancestorIds(units, id).reverse() });
      return unit;
    });
  }

  /** Deletes an empty unit: no sub-units, no members and no projects that it owns. */
  async remove(id: string): Promise<boolean> {
    return this.data.transaction(async () => {
      await this.data.lock(LOCKS.orgTree); // no sub-unit appears meanwhile
      const unit = await this.repo.get(id); // members and projects join only through this row's lock
      const ownedProjects = await this.data.repo(ProjectEntity).count({ ownerUnitId: id });
      const children = await this.repo.count({ parentId: id });
      const members = (await this.members(id)).length;
      // One whole template (counts as values) so the refusal translates; no English pieces inside.
      if (children || members || ownedProjects) {
        throw new ConflictError(msg`${unit.name} still has ${children} sub-unit(s), ${members} member(s) and ${ownedProjects} owned project(s): move them first`);
      }
      await this.repo.remove(unit);
      auditDetail('OrgUnit', id, { name: unit.name, parentId: unit.parentId }, null);
      return true;
    });
  }

  /**
   * Moves a person into a unit (null = none) through the core, so the change is audited with
   * before/after and raises PersonUpdated like any other edit of the person.
   */
  async assignPerson(personId: string, unitId: string | null): Promise<PersonRecord> {
    return this.data.transaction(async () => {
      if (unitId) await lockReferenced(this.repo, unitId, 'unitId', msg`no org unit has the id ${unitId}`); // not deleted meanwhile
      const person = await this.people.get(personId);
      if (person.orgUnitId === unitId) return person;
      return this.people.update(personId, { orgUnitId: unitId });
    });
  }

  /** The person's unit, when it still exists. */
  async unitOfPerson(personId: string): Promise<string | null> {
    const person = (await this.people.summaries([personId])).get(personId);
    if (!person?.orgUnitId) return null;
    return (await this.all()).some((u) => u.id === person.orgUnitId) ? person.orgUnitId : null;
  }

  private name(value: string | undefined): string {
    const name = value?.trim() ?? '';
    if (!name || name.length > 200) throw new UserInputError('input.name', 'must have 1 to 200 characters');
    return name;
  }

  private kind(value: string | undefined): OrgUnitKind {
    if (!ORG_UNIT_KINDS.includes(value as OrgUnitKind)) throw new UserInputError('input.kind', msg`must be one of ${ORG_UNIT_KINDS.join(', ')}`);
    return value as OrgUnitKind;
  }

  private async lead(leadId: string | null): Promise<string | null> {
    if (!leadId) return null;
    const person = (await this.people.byIds([leadId]))[0];
    if (!person) throw new UserInputError('input.leadId', msg`no person has the id ${leadId}`);
    if (person.status === 'terminated') throw new UserInputError('input.leadId', msg`${person.name} has left and cannot lead a unit`);
    return leadId;
  }

  private async uniqueAmongSiblings(name: string, parentId: string | null, selfId: string | null): Promise<void> {
    const siblings = (await this.repo.find()).filter((u) => u.parentId === parentId && u.id !== selfId);
    if (siblings.some((u) => u.name.toLowerCase() === name.toLowerCase())) {
      throw new ConflictError(parentId ? msg`input.name: a sibling unit is already called ${name}` : msg`input.name: a top-level unit is already called ${name}`, 'input.name');
    }
  }
}
