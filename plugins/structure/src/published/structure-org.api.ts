import { DataService, PeopleDirectory } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { OrgUnitEntity } from '../org/org-unit.entity.js';
import { OrgUnitService } from '../org/org-unit.service.js';
import type { OrgUnitRef, StructureOrg } from '../contracts.js';

/** Published as 'structure.org': the org tree and membership for other plugins. No access checks. */
@Injectable()
export class StructureOrgApi implements StructureOrg {
  constructor(
    private readonly orgUnits: OrgUnitService,
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
  ) {}

  /** Every unit, parents before children; kind is 'leadership' | 'technical' | 'product' | 'operations'. */
  async units(): Promise<OrgUnitRef[]> {
    return (await this.orgUnits.all()).map((u) => ({ id: u.id, name: u.name, kind: u.kind, parentId: u.parentId, leadId: u.leadId }));
  }

  /** The person's unit (null when they have none, or it was deleted). */
  unitOfPerson(personId: string): Promise<string | null> {
    return this.orgUnits.unitOfPerson(personId);
  }

  /** Ids of the unit's members (recursive: of its sub-units too); [] for an unknown unit. */
  async membersOf(unitId: string, recursive = false): Promise<string[]> {
    if (!(await this.data.repo(OrgUnitEntity).findOneBy({ id: unitId }))) return [];
    return (await this.orgUnits.members(unitId, recursive)).map((p) => p.id);
  }

  /** Each person (not terminated, by name, as members() lists them) is added to their unit and every unit above it. */
  async membersByUnit(): Promise<Map<string, string[]>> {
    const units = await this.orgUnits.all();
    const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
    const out = new Map<string, string[]>(units.map((u) => [u.id, []]));
    for (const p of await this.people.allSummaries()) {
      if (p.status === 'terminated') continue;
      // At most one step per unit: a cycle in bad data must not loop forever.
      for (let unit = p.orgUnitId, steps = 0; unit && out.has(unit) && steps <= units.length; unit = parentOf.get(unit) ?? null, steps++) out.get(unit)!.push(p.id);
    }
    return out;
  }
}
