import { RequirePermission, SortDirectionValue, UserInputError } from '@cadre/sdk';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@cadre/sdk/graphql';
import { PERM } from '../shared/permissions.js';
import type { PlanPerson } from './staffing-plan.payload.js';
import type { StaffingPlanEntity } from './staffing-plan.entity.js';
import { PARTS, PART_NAMES } from './staffing-score.js';
import { StaffingPlanLists } from './staffing-plan-list.service.js';
import { StaffingPlanConnection, StaffingPlanFilterInput, StaffingPlanSort, StaffingPlanSortField } from './staffing-plan-page.types.js';
import { StaffingService } from './staffing.service.js';
import { ProposeStaffingPlanInput } from './staffing.inputs.js';
import { CandidateType, ChangeKindEnum, PlanStatusEnum, ScorePartsType, StaffingPlanType } from './staffing.types.js';

const partsOf = (values: ArrayLike<number>, offset = 0): ScorePartsType => {
  const parts = Object.fromEntries(PART_NAMES.map((name, i) => [name, values[offset + i]])) as Omit<ScorePartsType, 'total'>;
  let total = 0;
  for (let i = 0; i < PARTS; i++) total += values[offset + i];
  return { ...parts, total: Math.round(total * 10_000) / 10_000 };
};

export function toPlanType(plan: StaffingPlanEntity): StaffingPlanType {
  const p = plan.payload;
  const people = new Map(p.people.map((x) => [x.id, x]));
  const person = (id: string): PlanPerson => people.get(id) ?? { id, name: '(unknown)', title: '', unitId: null, available: 0 };
  const projectName = new Map(p.projects.map((x) => [x.id, x.name]));
  const changeOf = new Map(p.changes.map((c) => [c.personId, c.kind]));
  const count = (kind: string) => p.changes.filter((c) => c.kind === kind).length;
  return {
    id: plan.id,
    unitId: plan.unitId,
    status: plan.status as PlanStatusEnum,
    total: plan.total,
    weights: p.weights,
    minFit: p.minFit,
    topK: p.topK,
    requireAll: p.requireAll,
    includeManagers: p.includeManagers ?? false,
    projects: p.projects.map((x) => ({ projectId: x.id, name: x.name, priority: x.priority, headcountMin: x.min, headcountMax: x.max, before: x.before, after: x.after, unstaffed: x.after === 0 })),
    assignments: p.proposals.map((x) => ({
      person: person(x.personId),
      projectId: x.projectId,
      projectName: projectName.get(x.projectId) ?? '',
      allocation: x.allocation,
      score: x.score,
      parts: partsOf(x.parts),
      fit: x.fit,
      covers: x.covers,
      change: (changeOf.get(x.personId) ?? 'unchanged') as ChangeKindEnum,
    })),
    changes: p.changes.map((c) => ({ person: person(c.personId), kind: c.kind as ChangeKindEnum, fromProjectIds: c.from, toProjectId: c.to })),
    summary: { moves: count('move'), new: count('new'), unchanged: count('unchanged'), unstaffed: count('unstaffed'), unstaffedProjects: p.projects.filter((x) => x.after === 0).length },
    stats: { people: p.people.length, projects: p.projects.length, ...p.stats },
    proposedBy: plan.proposedBy,
    createdAt: plan.createdAt,
    appliedAt: plan.appliedAt,
    appliedBy: plan.appliedBy,
    payload: p,
  };
}

@Resolver(() => StaffingPlanType)
export class StaffingResolver {
  constructor(
    private readonly staffing: StaffingService,
    private readonly plans: StaffingPlanLists,
  ) {}

  @Mutation(() => StaffingPlanType, {
    description: "Scores every person × project pair, solves the capacitated assignment and stores the plan. Managers: only for units they lead (or whose lead reports to them); the whole organisation needs structure.projects.admin",
  })
  @RequirePermission(PERM.staffingRun)
  async proposeStaffingPlan(@Args('input', { type: () => ProposeStaffingPlanInput, nullable: true }) input?: ProposeStaffingPlanInput): Promise<StaffingPlanType> {
    return toPlanType(await this.staffing.propose({ ...(input ?? {}) }));
  }

  @Mutation(() => StaffingPlanType, { description: 'Applies exactly the stored plan in one transaction; CONFLICT when assignments changed since it was made' })
  @RequirePermission(PERM.staffingRun)
  async applyStaffingPlan(@Args('id', { type: () => ID }) id: string): Promise<StaffingPlanType> {
    return toPlanType(await this.staffing.apply(id));
  }

  @Mutation(() => StaffingPlanType)
  @RequirePermission(PERM.staffingRun)
  async discardStaffingPlan(@Args('id', { type: () => ID }) id: string): Promise<StaffingPlanType> {
    return toPlanType(await this.staffing.discard(id));
  }

  @Query(() => StaffingPlanType)
  @RequirePermission(PERM.staffingRun)
  async staffingPlan(@Args('id', { type: () => ID }) id: string): Promise<StaffingPlanType> {
    return toPlanType(await this.staffing.get(id));
  }

  @Query(() => [StaffingPlanType], { description: 'Plans you may see, newest first' })
  @RequirePermission(PERM.staffingRun)
  async staffingPlans(
    @Args('unitId', { type: () => ID, nullable: true }) unitId: string | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<StaffingPlanType[]> {
    if (!Number.isInteger(first) || first < 1 || first > 200) throw new UserInputError('first', 'must be from 1 to 200');
    return (await this.staffing.list(unitId, first)).map(toPlanType);
  }

  @Query(() => StaffingPlanConnection, { description: 'Plans you may see, a page at a time: filtered, sorted (newest first by default) and paged on the server' })
  @RequirePermission(PERM.staffingRun)
  async staffingPlansPage(
    @Args('filter', { type: () => StaffingPlanFilterInput, nullable: true }) filter: StaffingPlanFilterInput,
    @Args('sort', { type: () => StaffingPlanSort, nullable: true }) sort: StaffingPlanSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<StaffingPlanConnection> {
    const page = await this.plans.page(filter ?? {}, sort ?? { field: StaffingPlanSortField.CREATED_AT, direction: SortDirectionValue.DESC }, first, after);
    return { ...page, nodes: page.nodes.map(toPlanType) };
  }

  @ResolveField(() => [CandidateType], { description: 'Candidate pairs the solver saw, best first (filter by person or project)' })
  @RequirePermission(PERM.staffingRun)
  candidates(
    @Parent() plan: StaffingPlanType,
    @Args('personId', { type: () => ID, nullable: true }) personId: string | null,
    @Args('projectId', { type: () => ID, nullable: true }) projectId: string | null,
    @Args('first', { type: () => Int, defaultValue: 200 }) first: number,
  ): CandidateType[] {
    if (!Number.isInteger(first) || first < 1 || first > 100_000) throw new UserInputError('first', 'must be from 1 to 100000');
    const { people, projects, candidates: c } = plan.payload;
    const out: CandidateType[] = [];
    for (let e = 0; e < c.score.length; e++) {
      const pid = people[c.person[e]].id;
      const qid = projects[c.project[e]].id;
      if ((personId && pid !== personId) || (projectId && qid !== projectId)) continue;
      out.push({ personId: pid, projectId: qid, score: c.score[e], parts: partsOf(c.parts, e * PARTS) });
    }
    return out.sort((a, b) => b.score - a.score).slice(0, Math.max(0, first));
  }
}
