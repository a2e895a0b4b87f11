import { PeopleDirectory, SettingsService } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { OrgUnitService, isMember } from './org-unit.service.js';
import { boundsFrom, layers, spans, type ManagerSpan, type ShapeBounds } from './org-shape.js';
import { subtreeIds } from './org-tree.js';

export interface UnitLayers {
  unitId: string;
  unitName: string;
  headcount: number;
  layers: number;
  flagged: boolean;
}

export interface SpanReport {
  bounds: ShapeBounds;
  managers: Array<ManagerSpan & { unitId: string | null }>;
  units: UnitLayers[];
}

/** Settings keys of the bounds (tenant settings, with defaults). */
export const SHAPE_SETTINGS = { spanMin: 'structure.spanMin', spanMax: 'structure.spanMax', maxLayers: 'structure.maxLayers' } as const;

/** Span of control and layer counts, flagged against the tenant's bounds. */
@Injectable()
export class OrgShapeService {
  constructor(
    private readonly units: OrgUnitService,
    private readonly people: PeopleDirectory,
    private readonly settings: SettingsService,
  ) {}

  async bounds(): Promise<ShapeBounds> {
    return boundsFrom({
      spanMin: await this.settings.get<unknown>(SHAPE_SETTINGS.spanMin, undefined),
      spanMax: await this.settings.get<unknown>(SHAPE_SETTINGS.spanMax, undefined),
      maxLayers: await this.settings.get<unknown>(SHAPE_SETTINGS.maxLayers, undefined),
    });
  }

  /** For the whole organisation, or for the people of one unit and its sub-units. */
  async report(unitId?: string | null): Promise<SpanReport> {
    const bounds = await this.bounds();
    const all = await this.units.all();
    const inScope = new Set(unitId ? subtreeIds(all, (await this.units.get(unitId)).id) : all.map((u) => u.id));
    const people = (await this.people.allSummaries()).filter(isMember);
    const byId = new Map(people.map((p) => [p.id, p]));
    const scoped = unitId ? people.filter((p) => p.orgUnitId && inScope.has(p.orgUnitId)) : people;
    const scopedIds = new Set(scoped.map((p) => p.id));
    // A manager's span counts all their direct reports, wherever those sit.
    const managers = spans(people, bounds)
      .filter((m) => scopedIds.has(m.managerId))
      .map((m) => ({ ...m, unitId: byId.get(m.managerId)?.orgUnitId ?? null }))
      .sort((a, b) => b.directReports - a.directReports || a.managerId.localeCompare(b.managerId));
    const units = all
      .filter((u) => inScope.has(u.id))
      .map((u) => {
        const ids = new Set(subtreeIds(all, u.id));
        const members = people.filter((p) => p.orgUnitId && ids.has(p.orgUnitId));
        // The lead belongs to the unit's hierarchy even when seated in the parent unit.
        const lead = u.leadId ? byId.get(u.leadId) : undefined;
        const group = lead && !(lead.orgUnitId && ids.has(lead.orgUnitId)) ? [...members, lead] : members;
        const n = layers(group);
        return { unitId: u.id, unitName: u.name, headcount: members.length, layers: n, flagged: n > bounds.maxLayers };
      });
    return { bounds, managers, units };
  }
}
