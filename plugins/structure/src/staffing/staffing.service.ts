import { CadreError, ConflictError, DataService, EventBus, PeopleDirectory, SettingsService, UserInputError, nowIso } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { OrgUnitEntity } from '../org/org-unit.entity.js';
import { subtreeIds } from '../org/org-tree.js';
import { UnitAuthority } from '../org/unit-authority.service.js';
import { AssignmentEntity } from '../projects/assignment.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { ProjectService } from '../projects/project.service.js';
import { StaffingPreferenceService } from '../projects/staffing-preference.service.js';
import { SkillEntity } from '../skills/skill.entity.js';
import { SkillProfileService } from '../skills/skill-profile.service.js';
import { LOCKS } from '../shared/locks.js';
import { Orphans } from '../shared/orphans.service.js';
import { auditDetail, viewer } from '../shared/viewer.js';
import { diffPlan } from './staffing-diff.js';
import { solveStaffing, StaffingInfeasibleError, type EnginePerson, type EngineProject } from './staffing-engine.js';
import type { PlanCover, PlanPerson, PlanProposal, StaffingPlanPayload } from './staffing-plan.payload.js';
import { StaffingPlanEntity } from './staffing-plan.entity.js';
import { StaffingPlanLists } from './staffing-plan-list.service.js';
import { allocatedElsewhere, fingerprint } from './staffing-scope.js';
import { DEFAULT_WEIGHTS, PARTS, type StaffingWeights } from './staffing-score.js';
import { getSolver } from './solver.js';
import { StaffingAppliedEvent } from './staffing.events.js';
import { msg } from '@cadre/sdk';

export interface ProposeOptions {
  unitId?: string | null;
  weights?: Partial<StaffingWeights> | null;
  minFit?: number;
  topK?: number;
  requireAll?: boolean;
  includeManagers?: boolean;
}

/** Tenant setting with default weights for the optimiser (partial JSON object). */
export const WEIGHTS_SETTING = 'structure.staffingWeights';

/** The staffing optimiser: propose a plan, show it, apply exactly it on approval. */
@Injectable()
export class StaffingService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    private readonly projects: ProjectService,
    private readonly profiles: SkillProfileService,
    private readonly preferences: StaffingPreferenceService,
    private readonly authority: UnitAuthority,
    private readonly settings: SettingsService,
    private readonly events: EventBus,
    private readonly orphans: Orphans,
    private readonly plans: StaffingPlanLists,
  ) {}

  /** May the caller plan this unit (null: the whole organisation), and does it exist? Before a plan or a plan's job. */
  async checkScope(unitId: string | null): Promise<void> {
    await this.authority.require(unitId, 'Running the staffing optimiser');
    if (unitId && !(await this.data.repo(OrgUnitEntity).exists(unitId))) throw new UserInputError('input.unitId', msg`no org unit has the id ${unitId}`);
  }

  /** `progress` hears how far it got (percent), for a job's progress bar. */
  async propose(options: ProposeOptions, progress?: (percent: number) => Promise<void>): Promise<StaffingPlanEntity> {
    const unitId = options.unitId ?? null;
    await this.checkScope(unitId);
    await this.data.transaction(() => this.orphans.prune());
    const units = await this.data.repo(OrgUnitEntity).find();
    const scopeUnits = new Set(unitId ? subtreeIds(units, unitId) : units.map((u) => u.id));
    const projects = (await this.data.repo(ProjectEntity).find({ order: { priority: 'DESC', name: 'ASC' } })).filter(
      (p) => p.status !== 'closed' && (!unitId || (p.ownerUnitId !== null && scopeUnits.has(p.ownerUnitId))),
    );
    if (!projects.length) throw new UserInputError('input.unitId', unitId ? 'this unit and its sub-units own no open projects' : 'there are no open projects to staff');
    const views = await this.projects.views(projects);
    const projectIds = new Set(projects.map((p) => p.id));
    const assignments = await this.data.repo(AssignmentEntity).find();
    const current = new Map<string, AssignmentEntity[]>();
    for (const a of assignments) if (projectIds.has(a.projectId)) current.set(a.personId, [...(current.get(a.personId) ?? []), a]);

    // The pool: the scope's active members, plus whoever is on its projects today (so a plan
    // can keep, move or release them). Without a unit: everyone active. People who manage
    // others are left out unless already on a planned project (or includeManagers).
    const everyone = await this.people.allSummaries();
    const managers = new Set(everyone.filter((p) => p.status !== 'terminated' && p.managerId).map((p) => p.managerId!));
    const pool = everyone.filter(
      (p) =>
        current.has(p.id) ||
        (p.status === 'active' && (options.includeManagers || !managers.has(p.id)) && (!unitId || (p.orgUnitId !== null && scopeUnits.has(p.orgUnitId)))),
    );
    const elsewhere = allocatedElsewhere(assignments, projectIds);
    const levelRows = await this.profiles.levels(pool.map((p) => p.id));
    const levels = new Map<string, Map<string, number>>();
    for (const row of levelRows) levels.set(row.personId, (levels.get(row.personId) ?? new Map()).set(row.skillId, row.level));

    const weights = await this.weights(options.weights);
    const minFit = options.minFit ?? 0.3;
    const topK = options.topK ?? 8;
    const requireAll = options.requireAll ?? false;
    const includeManagers = options.includeManagers ?? false;
    const enginePeople: EnginePerson[] = pool.map((p) => ({
      id: p.id,
      levels: levels.get(p.id) ?? new Map(),
      available: p.status === 'active' ? Math.max(0, 100 - (elsewhere.get(p.id) ?? 0)) : 0,
      currentProjectIds: (current.get(p.id) ?? []).map((a) => a.projectId),
    }));
    const engineProjects: EngineProject[] = views.map((v) => ({
      id: v.project.id,
      name: v.project.name,
      priority: v.project.priority,
      min: v.project.headcountMin,
      max: v.project.headcountMax,
      requirements: v.requirements.map((r) => ({ skillId: r.skillId, minLevel: r.minLevel, weight: r.weight })),
    }));
    const prefs = (await this.preferences.forPlanning()).filter((p) => projectIds.has(p.projectId));
    await progress?.(40);

    let result;
    try {
      result = solveStaffing({ people: enginePeople, projects: engineProjects, preferences: prefs, weights, minFit, topK, requireAll }, await getSolver());
    } catch (error) {
      // No retry makes it solvable: a job fails at once.
      if (error instanceof StaffingInfeasibleError) throw new CadreError('CONFLICT', error.text, { projects: error.projects, retry: false });
      throw error;
    }

    await progress?.(80);
    const skillNames = new Map((await this.data.repo(SkillEntity).find()).map((s) => [s.id, s.name]));
    const edgeOf = new Map<number, number>();
    const Q = projects.length;
    for (let e = 0; e < result.edges.person.length; e++) edgeOf.set(result.edges.person[e] * Q + result.edges.project[e], e);
    const proposals: PlanProposal[] = [];
    const proposed = new Map<string, string | null>();
    result.personToProject.forEach((q, p) => {
      const person = enginePeople[p];
      if (q < 0) {
        proposed.set(person.id, null);
        return;
      }
      const project = engineProjects[q];
      const e = edgeOf.get(p * Q + q)!;
      const kept = (current.get(person.id) ?? []).find((a) => a.projectId === project.id);
      proposed.set(person.id, project.id);
      proposals.push({
        personId: person.id,
        projectId: project.id,
        allocation: kept ? kept.allocation : Math.max(1, Math.round(person.available)),
        score: result.edges.score[e],
        parts: Array.from(result.edges.parts.subarray(e * PARTS, (e + 1) * PARTS)),
        fit: Math.round(result.edges.fit[e] * 10_000) / 10_000,
        covers: project.requirements.map((r): PlanCover => {
          const level = person.levels.get(r.skillId) ?? 0;
          return { skillId: r.skillId, skillName: skillNames.get(r.skillId) ?? '', minLevel: r.minLevel, weight: r.weight, level, covered: level >= r.minLevel, stretch: level < r.minLevel && level >= r.minLevel - 1 };
        }),
      });
    });
    const poolIds = pool.map((p) => p.id);
    const changes = diffPlan(poolIds, new Map([...current].map(([id, rows]) => [id, rows.map((a) => a.projectId)])), proposed);
    const people: PlanPerson[] = pool.map((p, i) => ({ id: p.id, name: p.name, title: p.title, unitId: p.orgUnitId, available: enginePeople[i].available }));
    const payload: StaffingPlanPayload = {
      weights,
      minFit,
      topK,
      requireAll,
      includeManagers,
      projects: views.map((v) => ({
        id: v.project.id,
        name: v.project.name,
        priority: v.project.priority,
        min: v.project.headcountMin,
        max: v.project.headcountMax,
        before: v.assignments.length,
        after: proposals.filter((x) => x.projectId === v.project.id).length,
      })),
      people,
      proposals,
      changes,
      candidates: { person: Array.from(result.edges.person), project: Array.from(result.edges.project), score: Array.from(result.edges.score), parts: Array.from(result.edges.parts) },
      stats: { eligiblePairs: result.edges.eligiblePairs, edges: result.edges.score.length, scoringMs: round1(result.scoringMs), solveMs: round1(result.solveMs) },
    };
    return this.data.transaction(async () => {
      const repo = this.data.repo(StaffingPlanEntity);
      const plan = repo.create({
        unitId,
        status: 'proposed',
        total: result.total,
        fingerprint: fingerprint(assignments, projectIds, new Set(poolIds)),
        proposedBy: viewer().email,
        appliedAt: null,
        appliedBy: null,
        payload,
      });
      await repo.save(plan);
      auditDetail('StaffingPlan', plan.id, null, { unitId, total: plan.total, proposals: proposals.length });
      return plan;
    });
  }

  /** A stored plan the viewer may see (their units' plans; any with structure.projects.admin). */
  async get(id: string): Promise<StaffingPlanEntity> {
    const plan = await this.data.repo(StaffingPlanEntity).get(id);
    await this.authority.require(plan.unitId, 'Seeing this staffing plan');
    return plan;
  }

  /** The newest `first` plans of units the viewer may manage: scoped in SQL, so only those rows (and their payloads) are read. */
  async list(unitId: string | null | undefined, first: number): Promise<StaffingPlanEntity[]> {
    return (await this.plans.filtered({ unitId })).orderBy('s.createdAt', 'DESC').addOrderBy('s.id', 'DESC').take(first).getMany();
  }

  /**
   * Applies exactly the stored plan in one transaction: the planned projects' assignments
   * become the plan's. Refuses when any assignment in its scope changed since it was made.
   */
  async apply(id: string): Promise<StaffingPlanEntity> {
    return this.data.transaction(async () => {
      const repo = this.data.repo(StaffingPlanEntity);
      const plan = await this.get(id);
      if (plan.status !== 'proposed') throw new ConflictError(msg`This plan was ${plan.status} already; propose a new one`);
      const payload = plan.payload;
      const projectIds = new Set(payload.projects.map((p) => p.id));
      const personIds = new Set(payload.people.map((p) => p.id));
      // Every assignment change holds its person's allocation lock and its project's row (see
      // ProjectService.assign): holding those of the whole plan keeps the fingerprint true until commit.
      for (const personId of [...personIds].sort()) await this.data.lock(LOCKS.allocation(personId));
      for (const projectId of [...projectIds].sort()) await this.data.repo(ProjectEntity).get(projectId);
      await this.orphans.prune();
      const assignmentRepo = this.data.repo(AssignmentEntity);
      const assignments = await assignmentRepo.find();
      if (fingerprint(assignments, projectIds, personIds) !== plan.fingerprint) {
        throw new ConflictError('Assignments changed since this plan was made; propose a new plan');
      }
      const projects = new Map((await this.data.repo(ProjectEntity).find()).map((p) => [p.id, p]));
      const gone = payload.projects.filter((p) => projects.get(p.id)?.status !== 'planned' && projects.get(p.id)?.status !== 'active');
      if (gone.length) throw new ConflictError(msg`Projects closed or deleted since this plan was made: ${gone.map((p) => p.name).join(', ')}`);
      const names = new Map(payload.people.map((p) => [p.id, p.name]));
      const before = assignments.filter((a) => projectIds.has(a.projectId)).map((a) => ({ projectId: a.projectId, personId: a.personId, allocation: a.allocation }));
      const existing = new Set(assignments.map((a) => `${a.projectId}|${a.personId}`));
      const activePeople = new Set((await this.people.allSummaries()).filter((p) => p.status === 'active').map((p) => p.id));
      // Project by project: drop who leaves, then add who joins (each checked as we go).
      for (const project of payload.projects) {
        const wanted = new Map(payload.proposals.filter((x) => x.projectId === project.id).map((x) => [x.personId, x]));
        for (const a of assignments) if (a.projectId === project.id && !wanted.has(a.personId)) await assignmentRepo.remove(a);
        const joining = [...wanted.values()].filter((x) => !existing.has(`${project.id}|${x.personId}`));
        const inactive = joining.find((x) => !activePeople.has(x.personId));
        if (inactive) {
          throw new ConflictError(msg`${names.get(inactive.personId) ?? inactive.personId} is no longer active, so the plan cannot put them on ${project.name}; propose a new plan`);
        }
        await assignmentRepo.saveMany(joining.map((x) => assignmentRepo.create({ projectId: project.id, personId: x.personId, allocation: x.allocation })));
      }
      plan.status = 'applied';
      plan.appliedAt = nowIso();
      plan.appliedBy = viewer().email;
      await repo.save(plan);
      const after = payload.proposals.map((x) => ({ projectId: x.projectId, personId: x.personId, allocation: x.allocation }));
      const count = (kind: string) => payload.changes.filter((c) => c.kind === kind).length;
      await this.events.emit(StaffingAppliedEvent, {
        planId: plan.id,
        unitId: plan.unitId,
        projectIds: [...projectIds],
        moves: count('move'),
        new: count('new'),
        unchanged: count('unchanged'),
        unstaffed: count('unstaffed'),
        assignments: after,
      });
      auditDetail('StaffingPlan', plan.id, { assignments: before }, { assignments: after });
      return plan;
    });
  }

  async discard(id: string): Promise<StaffingPlanEntity> {
    return this.data.transaction(async () => {
      const plan = await this.get(id);
      if (plan.status !== 'proposed') throw new ConflictError(msg`This plan was ${plan.status} already`);
      plan.status = 'discarded';
      await this.data.repo(StaffingPlanEntity).save(plan);
      auditDetail('StaffingPlan', plan.id, { status: 'proposed' }, { status: 'discarded' });
      return plan;
    });
  }

  /** Defaults ← tenant setting ← this run's overrides. */
  async weights(overrides?: Partial<StaffingWeights> | null): Promise<StaffingWeights> {
    const stored = await this.settings.get<Record<string, unknown>>(WEIGHTS_SETTING, {});
    const out = { ...DEFAULT_WEIGHTS };
    for (const key of Object.keys(DEFAULT_WEIGHTS) as Array<keyof StaffingWeights>) {
      const s = stored?.[key];
      if (typeof s === 'number' && Number.isFinite(s) && s >= 0) out[key] = s;
      const o = overrides?.[key];
      if (typeof o === 'number') out[key] = o;
    }
    return out;
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;
