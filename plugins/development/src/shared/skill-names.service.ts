import { PeopleDirectory, UserInputError } from '@cadre/sdk';
import { Inject, Injectable } from '@cadre/sdk/common';
import type { SkillRef, StructureSkills } from '@cadre/plugin-structure/contracts';
import { missingPerson, toPersonRef, uniq, type PersonRef } from './people.js';
import { msg } from '@cadre/sdk';

/** Skill and people lookups shared by the development services. */
@Injectable()
export class DevelopmentLookups {
  constructor(
    @Inject('structure.skills') private readonly skills: StructureSkills,
    private readonly people: PeopleDirectory,
  ) {}

  async skillMap(): Promise<Map<string, SkillRef>> {
    return new Map((await this.skills.skills()).map((s) => [s.id, s]));
  }

  async skillName(skillId: string, map?: Map<string, SkillRef>): Promise<string> {
    return (map ?? (await this.skillMap())).get(skillId)?.name ?? '(unknown skill)';
  }

  /** Throws naming `field` when a skill id is unknown. */
  async requireSkills(ids: string[], field: string): Promise<void> {
    if (!ids.length) return;
    const known = await this.skillMap();
    const unknown = ids.find((id) => !known.has(id));
    if (unknown) throw new UserInputError(field, msg`no skill has the id ${unknown}`);
  }

  async requirePeople(ids: string[], field: string): Promise<void> {
    const wanted = uniq(ids);
    if (!wanted.length) return;
    const found = await this.people.summaries(wanted);
    const unknown = wanted.find((id) => !found.has(id));
    if (unknown) throw new UserInputError(field, msg`no person has the id ${unknown}`);
  }

  async personRefs(ids: string[]): Promise<Map<string, PersonRef>> {
    const found = await this.people.summaries(ids);
    return new Map([...found.values()].map((p) => [p.id, toPersonRef(p)]));
  }

  async personRef(id: string): Promise<PersonRef> {
    return (await this.personRefs([id])).get(id) ?? missingPerson(id);
  }
}
