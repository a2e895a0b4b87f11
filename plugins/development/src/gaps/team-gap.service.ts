import { DataService, EventBus, localize, msg, nowIso, PeopleDirectory, RequestContexts, UserInputError } from '@cadre/sdk';
import { Inject, Injectable } from '@cadre/sdk/common';
import { CourseService } from '../courses/course.service.js';
import { LadderService } from '../ladders/ladder.service.js';
import type { StructureOrg, StructureProjects, StructureSkills } from '@cadre/plugin-structure/contracts';
import { unitAndDescendants } from '../shared/org-units.js';
import { RequisitionSuggested } from '../shared/development.events.js';
import { missingPerson, type PersonRef } from '../shared/people.js';
import { DevelopmentLookups } from '../shared/skill-names.service.js';
import { RequisitionSuggestionEntity } from './requisition-suggestion.entity.js';
import { type CourseRecommendation, recommendCourses } from './skill-gaps.js';
import { type GapRecommendation, TRAINING_DISTANCE, judgeRequirement, requisitionsBySkill } from './team-gaps.js';

export const TEAM_GAP_RULE = msg`A project requirement (skill ≥ level) is covered when a member of the unit (sub-units included) has the skill at that level. Otherwise members within ${TRAINING_DISTANCE} level below it are recommended for training; when there are none, a requisition is recommended (one per skill, at the highest level needed).`;

export interface RequirementGap {
  projectId: string;
  projectName: string;
  skillId: string;
  skillName: string;
  minLevel: number;
  weight: number;
  recommendation: GapRecommendation;
  coveredBy: Array<{ person: PersonRef; level: number }>;
  candidates: Array<{ person: PersonRef; level: number }>;
  courses: CourseRecommendation[];
  reason: string;
}

export interface TeamGapReport {
  unitId: string | null;
  unitName: string;
  memberCount: number;
  projects: Array<{ projectId: string; name: string; priority: number; requirements: RequirementGap[] }>;
  gaps: RequirementGap[];
  requisitions: Array<{ skillId: string; skillName: string; level: number; projects: string[]; reason: string; alreadySuggested: boolean }>;
}

const names = (people: Array<{ person: PersonRef }>) => people.slice(0, 3).map((p) => p.person.name).join(', ') + (people.length > 3 ? localize(msg` and ${people.length - 3} more`) : '');

/** Why a requirement is covered, needs training or a hire, in the reader's language (one template per grammatical number). */
function explain(verdict: string, v: { unitName: string; skillName: string; minLevel: number; projectName: string; coveredBy: Array<{ person: PersonRef }>; candidates: Array<{ person: PersonRef }>; course?: string }): string {
  if (verdict === 'covered') {
    return localize(v.coveredBy.length === 1
      ? msg`${names(v.coveredBy)} has ${v.skillName} at level ${v.minLevel} or above`
      : msg`${names(v.coveredBy)} have ${v.skillName} at level ${v.minLevel} or above`);
  }
  if (verdict === 'training') {
    const main = localize(v.candidates.length === 1
      ? msg`No one in ${v.unitName} has ${v.skillName} at level ${v.minLevel}; ${names(v.candidates)} is within ${TRAINING_DISTANCE} level: train them`
      : msg`No one in ${v.unitName} has ${v.skillName} at level ${v.minLevel}; ${names(v.candidates)} are within ${TRAINING_DISTANCE} level: train one of them`);
    return v.course ? main + localize(msg` (e.g. "${v.course}")`) : main;
  }
  return localize(msg`No one in ${v.unitName} has ${v.skillName} at level ${Math.max(1, v.minLevel - TRAINING_DISTANCE)} or more (${v.projectName} needs ${v.minLevel}): hire`);
}

/** Project needs (structure.projects) against the skills of a unit's members (structure.skills). */
@Injectable()
export class TeamGapService {
  constructor(
    private readonly data: DataService,
    private readonly events: EventBus,
    private readonly people: PeopleDirectory,
    private readonly courses: CourseService,
    private readonly lookups: DevelopmentLookups,
    private readonly ladders: LadderService,
    @Inject('structure.org') private readonly org: StructureOrg,
    @Inject('structure.skills') private readonly skills: StructureSkills,
    @Inject('structure.projects') private readonly projectsSource: StructureProjects,
  ) {}

  /** The same for everyone allowed to read it (in their language): shared until the tenant's data changes. */
  analyse(unitId?: string | null): Promise<TeamGapReport> {
    const locale = RequestContexts.current()?.locale ?? '';
    return this.data.shared(`development.team-gaps:${unitId ?? ''}:${locale}:${nowIso().slice(0, 10)}`, () => this.compute(unitId));
  }

  private async compute(unitId?: string | null): Promise<TeamGapReport> {
    const units = await this.org.units();
    const unit = unitId ? units.find((u) => u.id === unitId) : null;
    if (unitId && !unit) throw new UserInputError('unitId', msg`no unit has the id ${unitId}`);
    const unitName = unit?.name ?? 'the company';
    const scope = unitId ? new Set(unitAndDescendants(units, unitId)) : null;
    // Current people only, as a unit's members are (a leaver covers nothing).
    const members = unitId ? await this.org.membersOf(unitId, true) : (await this.people.allSummaries()).filter((p) => p.status !== 'terminated').map((p) => p.id);
    const projects = (await this.projectsSource.projects()).filter((p) => !scope || (p.ownerUnitId !== null && scope.has(p.ownerUnitId))).sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name));
    // Each required skill's holders among the members: a requirement's level is at least 1, so
    // someone without the skill is neither covering it nor a candidate for training.
    const inScope = new Set(members);
    const holders = new Map<string, Map<string, number>>();
    for (const h of await this.skills.holders([...new Set(projects.flatMap((p) => p.requirements.map((r) => r.skillId)))])) {
      if (h.level < 1 || !inScope.has(h.personId)) continue;
      if (!holders.has(h.skillId)) holders.set(h.skillId, new Map());
      holders.get(h.skillId)!.set(h.personId, h.level);
    }
    const people = await this.lookups.personRefs([...new Set([...holders.values()].flatMap((m) => [...m.keys()]))]);
    const skillNames = await this.lookups.skillMap();
    const courses = (await this.courses.list({ activeOnly: true })).map((c) => ({ id: c.id, title: c.title, skills: c.skills, active: c.active, startsOn: c.startsOn }));
    const ref = (id: string) => people.get(id) ?? missingPerson(id);

    const report: TeamGapReport['projects'] = projects.map((project) => ({
      projectId: project.id, name: project.name, priority: project.priority,
      requirements: project.requirements.map((req) => {
        const skillName = skillNames.get(req.skillId)?.name ?? localize(msg`(unknown skill)`);
        const verdict = judgeRequirement(req.minLevel, holders.get(req.skillId) ?? new Map());
        const coveredBy = verdict.covered.map((c) => ({ person: ref(c.personId), level: c.level }));
        const candidates = verdict.candidates.map((c) => ({ person: ref(c.personId), level: c.level }));
        const gap = { skillId: req.skillId, expected: req.minLevel, current: Math.max(0, ...verdict.candidates.map((c) => c.level)), gap: 1 };
        const picked = verdict.recommendation === 'training' ? recommendCourses(gap, courses, new Set(), skillName, localize(msg`the project "${project.name}"`), 2) : [];
        const reason = explain(verdict.recommendation, { unitName, skillName, minLevel: req.minLevel, projectName: project.name, coveredBy, candidates, course: picked[0]?.title });
        return { projectId: project.id, projectName: project.name, skillId: req.skillId, skillName, minLevel: req.minLevel, weight: req.weight, recommendation: verdict.recommendation, coveredBy, candidates, courses: picked, reason };
      }),
    }));
    const gaps = report.flatMap((p) => p.requirements.filter((r) => r.recommendation !== 'covered'));
    const unitKey = unitId ?? '';
    const suggested = new Set((await this.data.repo(RequisitionSuggestionEntity).findBy({ unitKey })).map((s) => `${s.skillId}|${s.level}`));
    const requisitions = requisitionsBySkill(gaps.filter((g) => g.recommendation === 'requisition').map((g) => ({ skillId: g.skillId, minLevel: g.minLevel, projectName: g.projectName }))).map((r) => {
      const skillName = skillNames.get(r.skillId)?.name ?? localize(msg`(unknown skill)`);
      return {
        skillId: r.skillId, skillName, level: r.level, projects: r.projects, alreadySuggested: suggested.has(`${r.skillId}|${r.level}`),
        reason: localize(msg`No one in ${unitName} is within ${TRAINING_DISTANCE} level of ${skillName} ${r.level} (needed by ${r.projects.join(', ')})`),
      };
    });
    return { unitId: unitId ?? null, unitName, memberCount: members.length, projects: report, gaps, requisitions };
  }

  /**
   * Announces each requisition the analysis recommends as 'development.requisition-suggested'
   * (the attraction plugin acts on it) — once per unit, skill and level.
   */
  async suggestRequisitions(unitId?: string | null): Promise<TeamGapReport> {
    return this.data.transaction(async () => {
      // Taken before reading what was suggested already: a second call then finds the first's.
      await this.data.lock(`development.requisition-suggestions:${unitId ?? ''}`);
      const report = await this.analyse(unitId);
      const repo = this.data.repo(RequisitionSuggestionEntity);
      // Filled where we know it: the unit's lead hires; the job level is the career level that expects the skill.
      const lead = unitId ? ((await this.org.units()).find((u) => u.id === unitId)?.leadId ?? null) : null;
      for (const r of report.requisitions.filter((x) => !x.alreadySuggested)) {
        await repo.save(repo.create({ unitKey: unitId ?? '', skillId: r.skillId, level: r.level, reason: r.reason }));
        await this.events.emit(RequisitionSuggested, {
          unitId: unitId ?? null, skillId: r.skillId, skillName: r.skillName, level: r.level, reason: r.reason,
          hiringManagerId: lead, jobLevel: await this.ladders.levelExpecting(r.skillId, r.level),
        });
      }
      return report;
    });
  }
}
