import { PeopleDirectory, UserInputError } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import type { OrgUnitEntity } from '../org/org-unit.entity.js';
import { isMember, OrgUnitService } from '../org/org-unit.service.js';
import { subtreeIds } from '../org/org-tree.js';
import { heatmap, type HeatmapCell } from './heatmap.js';
import { SkillProfileService } from './skill-profile.service.js';
import { SkillService, type SkillWithCategory } from './skill.service.js';
import { type Msg, msg } from '@cadre/sdk';

export interface HeatmapQuery {
  unitIds?: string[] | null;
  skillIds?: string[] | null;
  categoryId?: string | null;
  /** The level counted in `atLeast` (default 3). */
  threshold?: number;
  /** Count members of sub-units too (default true). */
  recursive?: boolean;
}

export interface HeatmapResult {
  threshold: number;
  units: Array<{ unit: OrgUnitEntity; headcount: number }>;
  skills: SkillWithCategory[];
  cells: HeatmapCell[];
}

/** The skills heatmap per team: units × skills → average level and people at a level. */
@Injectable()
export class SkillHeatmapService {
  constructor(
    private readonly units: OrgUnitService,
    private readonly skills: SkillService,
    private readonly profiles: SkillProfileService,
    private readonly people: PeopleDirectory,
  ) {}

  async heatmap(query: HeatmapQuery): Promise<HeatmapResult> {
    const threshold = query.threshold ?? 3;
    const recursive = query.recursive ?? true;
    const allUnits = await this.units.all();
    const units = query.unitIds?.length ? pick(allUnits, query.unitIds, 'input.unitIds', (id) => msg`no org unit has the id ${id}`) : allUnits;
    if (query.categoryId && !(await this.skills.categories()).some((c) => c.id === query.categoryId)) {
      throw new UserInputError('input.categoryId', msg`no skill category has the id ${query.categoryId}`);
    }
    let skills = await this.skills.skills({ categoryId: query.categoryId ?? null });
    if (query.skillIds?.length) {
      const wanted = new Set(pick(skills.map((s) => s.skill), query.skillIds, 'input.skillIds', (id) => msg`no skill has the id ${id}`).map((s) => s.id));
      skills = skills.filter((s) => wanted.has(s.skill.id));
    }
    const people = (await this.people.allSummaries()).filter(isMember);
    const unitMembers = new Map<string, string[]>();
    const pool = new Set<string>();
    for (const unit of units) {
      const ids = new Set(recursive ? subtreeIds(allUnits, unit.id) : [unit.id]);
      const members = people.filter((p) => p.orgUnitId && ids.has(p.orgUnitId)).map((p) => p.id);
      unitMembers.set(unit.id, members);
      members.forEach((m) => pool.add(m));
    }
    const levels = new Map<string, number>();
    for (const row of await this.profiles.levels([...pool])) levels.set(`${row.personId}|${row.skillId}`, row.level);
    const cells = heatmap(unitMembers, skills.map((s) => s.skill.id), (p, s) => levels.get(`${p}|${s}`), threshold);
    return { threshold, units: units.map((unit) => ({ unit, headcount: unitMembers.get(unit.id)!.length })), skills, cells };
  }
}

function pick<T extends { id: string }>(all: T[], ids: string[], field: string, missing: (id: string) => Msg): T[] {
  const byId = new Map(all.map((x) => [x.id, x]));
  const unknown = ids.find((id) => !byId.has(id));
  if (unknown) throw new UserInputError(field, missing(unknown));
  return ids.map((id) => byId.get(id)!);
}
