import type { RequisitionSuggestedPayload } from '../contracts.js';
import { DataService, PeopleDirectory } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { LEVEL_PATTERN } from '../bands/comp-band.types.js';
import { PersonJobFamilyEntity } from '../bands/person-job-family.entity.js';
import { inferJobFamily } from '../shared/job-family.js';

export interface SuggestedPlacement {
  jobFamily: string | null;
  level: string | null;
  hiringManagerId: string | null;
}

/**
 * Where a suggested requisition's hire would sit, filled where known so HR completes a draft
 * rather than starting one: the hiring manager and level development sent (kept only when the
 * manager is a current person and the level a level code), and the job family most of the unit's
 * people are in (their mapping, else their title's — as compa-ratios use), ties by name.
 */
@Injectable()
export class SuggestedPlacementService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
  ) {}

  async of(s: RequisitionSuggestedPayload): Promise<SuggestedPlacement> {
    const [manager] = s.hiringManagerId ? await this.people.byIds([s.hiringManagerId]) : [];
    const level = typeof s.jobLevel === 'string' && LEVEL_PATTERN.test(s.jobLevel) ? s.jobLevel.toUpperCase() : null;
    return { hiringManagerId: manager && manager.status !== 'terminated' ? manager.id : null, level, jobFamily: s.unitId ? await this.familyOfUnit(s.unitId) : null };
  }

  private async familyOfUnit(unitId: string): Promise<string | null> {
    const members = (await this.people.inUnits([unitId])).filter((p) => p.status !== 'terminated');
    if (!members.length) return null;
    const mapped = new Map((await this.data.repo(PersonJobFamilyEntity).find()).map((m) => [m.personId, m.jobFamily]));
    const counts = new Map<string, number>();
    for (const p of members) {
      const family = mapped.get(p.id) ?? inferJobFamily(p.title);
      if (family) counts.set(family, (counts.get(family) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  }
}
