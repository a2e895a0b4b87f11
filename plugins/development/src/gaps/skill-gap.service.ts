import { ForbiddenError, PeopleDirectory, UserInputError } from '@cadre/sdk';
import { Inject, Injectable } from '@cadre/sdk/common';
import { CourseService } from '../courses/course.service.js';
import type { CareerLevelEntity } from '../ladders/career-level.entity.js';
import { LadderService } from '../ladders/ladder.service.js';
import { PlanService, READ_ALL_PLANS } from '../plans/plan.service.js';
import type { KnowledgeExpertise } from '@cadre/plugin-knowledge/contracts';
import type { StructureSkills } from '@cadre/plugin-structure/contracts';
import { canSeePerson } from '../shared/person-access.js';
import { missingPerson, toPersonRef, type PersonRef } from '../shared/people.js';
import { DevelopmentLookups } from '../shared/skill-names.service.js';
import { type CourseRecommendation, type MentorRecommendation, type SkillGap, recommendCourses, recommendMentors, skillGaps } from './skill-gaps.js';
import { msg } from '@cadre/sdk';

export const GAP_METHOD =
  msg`gap = level expected by the target career level − current level in the skill profile (0 when absent), for each expected skill; courses: active, not yet completed, teaching the skill above the current level (those reaching the expected level first); mentors: the expertise finder's top people for the skill at or above the expected level`;

export interface SkillGapReport {
  person: PersonRef;
  target: CareerLevelEntity;
  targetSource: 'given' | 'plan' | 'next-level';
  expectations: Array<{ skillId: string; skillName: string; expected: number; current: number; met: boolean }>;
  gaps: Array<SkillGap & { skillName: string; courses: CourseRecommendation[]; mentors: Array<MentorRecommendation & { person: PersonRef }> }>;
}

/** A person's skill gaps towards a career level, each with recommended courses and mentors. */
@Injectable()
export class SkillGapService {
  constructor(
    private readonly people: PeopleDirectory,
    private readonly ladders: LadderService,
    private readonly plans: PlanService,
    private readonly courses: CourseService,
    private readonly lookups: DevelopmentLookups,
    @Inject('structure.skills') private readonly skills: StructureSkills,
    @Inject('knowledge.expertise') private readonly expertise: KnowledgeExpertise,
  ) {}

  async forPerson(personId: string, targetLevelId?: string | null): Promise<SkillGapReport> {
    if (!(await canSeePerson(personId, READ_ALL_PLANS))) throw new ForbiddenError("Skill gaps are visible to the person, their managers and hr");
    // Independent reads, started together rather than one after another.
    const personRead = this.people.get(personId);
    const [person, { target, source }, profile, names, courses, completed] = await Promise.all([
      personRead, personRead.then((p) => this.target(p, targetLevelId)), this.skills.profile(personId),
      this.lookups.skillMap(), this.courses.list({ activeOnly: true }), this.courses.completedCourseIds(personId),
    ]);
    const nameOf = (id: string) => names.get(id)?.name ?? '(unknown skill)';
    const current = new Map(profile.map((p) => [p.skillId, p.level]));
    const found = skillGaps(target.expectations, profile);
    // One ranking for every gap's skill, and one lookup of every mentor, rather than per gap.
    const experts = await this.expertise.expertsFor(found.map((g) => g.skillId), 10).catch(() => new Map<string, Array<{ personId: string; score: number; level: number; evidence: string[] }>>());
    const mentorsOf = new Map(found.map((gap) => {
      const candidates = experts.get(gap.skillId) ?? [];
      return [gap.skillId, recommendMentors(gap, candidates, new Map(candidates.map((e) => [e.personId, e.level])), personId, nameOf(gap.skillId))];
    }));
    const refs = await this.lookups.personRefs([...new Set([...mentorsOf.values()].flat().map((m) => m.personId))]);
    const offered = courses.map((c) => ({ id: c.id, title: c.title, skills: c.skills, active: c.active, startsOn: c.startsOn }));
    const gaps: SkillGapReport['gaps'] = found.map((gap) => ({
      ...gap, skillName: nameOf(gap.skillId),
      courses: recommendCourses(gap, offered, completed, nameOf(gap.skillId), target.code),
      mentors: (mentorsOf.get(gap.skillId) ?? []).map((m) => ({ ...m, person: refs.get(m.personId) ?? missingPerson(m.personId) })),
    }));
    return {
      person: toPersonRef(person), target, targetSource: source, gaps,
      expectations: target.expectations.map((e) => ({ skillId: e.skillId, skillName: nameOf(e.skillId), expected: e.level, current: current.get(e.skillId) ?? 0, met: (current.get(e.skillId) ?? 0) >= e.level })),
    };
  }

  /** The given level, else the active plan's target, else the next rung of the person's ladder. */
  private async target(person: { id: string; name: string; level: string }, targetLevelId?: string | null): Promise<{ target: CareerLevelEntity; source: SkillGapReport['targetSource'] }> {
    if (targetLevelId) {
      const level = await this.ladders.level(targetLevelId).catch(() => null);
      if (!level) throw new UserInputError('targetLevelId', msg`no career level has the id ${targetLevelId}`);
      return { target: level, source: 'given' };
    }
    const plan = await this.plans.activePlanOf(person.id);
    if (plan?.targetLevelId) return { target: await this.ladders.level(plan.targetLevelId), source: 'plan' };
    const next = person.level ? await this.ladders.nextLevel(person.level) : null;
    if (next) return { target: next, source: 'next-level' };
    throw new UserInputError('targetLevelId', msg`name a target level: ${person.name} has no active plan with one and ${person.level || 'no level'} has no next rung on a ladder`);
  }
}
