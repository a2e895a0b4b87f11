import { Injectable } from '@cadre/sdk/common';
import type { SkillEvidenceKind, SkillRef, StructureSkills } from '../contracts.js';
import { SkillProfileService } from '../skills/skill-profile.service.js';
import { SkillService } from '../skills/skill.service.js';

/** Published as 'structure.skills': taxonomy, profiles and evidence for other plugins. No access checks. */
@Injectable()
export class StructureSkillsApi implements StructureSkills {
  constructor(
    private readonly taxonomy: SkillService,
    private readonly profileService: SkillProfileService,
  ) {}

  async skills(): Promise<SkillRef[]> {
    return (await this.taxonomy.skills()).map(({ skill, category }) => ({ id: skill.id, name: skill.name, categoryId: category.id, categoryName: category.name }));
  }

  /** The person's levels; evidence lists the kinds on file ('self', 'manager', 'review', 'knowledge', 'course'). */
  async profile(personId: string): Promise<Array<{ skillId: string; level: number; evidence: string[] }>> {
    return (await this.profileService.levels([personId])).map((r) => ({ skillId: r.skillId, level: r.level, evidence: r.evidenceKinds ? r.evidenceKinds.split(',') : [] }));
  }

  /** Levels by person id (everyone with a profile when personIds is omitted). */
  async profiles(personIds?: string[]): Promise<Map<string, Array<{ skillId: string; level: number }>>> {
    const out = new Map<string, Array<{ skillId: string; level: number }>>();
    for (const id of personIds ?? []) out.set(id, []);
    for (const r of await this.profileService.levels(personIds)) {
      const list = out.get(r.personId) ?? [];
      list.push({ skillId: r.skillId, level: r.level });
      out.set(r.personId, list);
    }
    return out;
  }

  async holders(skillIds: string[]): Promise<Array<{ skillId: string; personId: string; level: number; evidence: string[] }>> {
    return (await this.profileService.holders(skillIds)).map((r) => ({ skillId: r.skillId, personId: r.personId, level: r.level, evidence: r.evidenceKinds ? r.evidenceKinds.split(',') : [] }));
  }

  /**
   * Records evidence (level 0–5) and recomputes the level (skill-level.ts): knowledge and course
   * evidence raise only a level no manager or review assessed. Joins the caller's transaction.
   * Unknown person/skill or a bad level → BAD_USER_INPUT.
   */
  async addEvidence(personId: string, skillId: string, level: number, evidence: SkillEvidenceKind, note?: string): Promise<void> {
    await this.profileService.addEvidence(personId, skillId, level, evidence, note ?? null, null);
  }
}
