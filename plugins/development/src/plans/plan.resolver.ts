import { RequirePermission, SignedIn, SortDirectionValue } from '@cadre/sdk';
import { Args, ID, Int, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { toLevelType } from '../ladders/ladder.resolver.js';
import { missingPerson } from '../shared/people.js';
import { DevelopmentLookups } from '../shared/skill-names.service.js';
import { DevelopmentPlanConnection, DevelopmentPlanFilter, DevelopmentPlanSort, DevelopmentPlanSortField } from './plan-page.types.js';
import { PlanService, type PlanView } from './plan.service.js';
import {
  CreateDevelopmentPlanInput, DevelopmentGoalInput, type DevelopmentGoalStatus, DevelopmentPlanStatus, DevelopmentPlanType, UpdateDevelopmentGoalInput, UpdateDevelopmentPlanInput,
} from './plan.types.js';

@Resolver(() => DevelopmentPlanType)
export class PlanResolver {
  constructor(
    private readonly plans: PlanService,
    private readonly lookups: DevelopmentLookups,
  ) {}

  private async toTypes(views: PlanView[]): Promise<DevelopmentPlanType[]> {
    const skills = await this.lookups.skillMap();
    const people = await this.lookups.personRefs(views.flatMap((v) => [v.plan.personId, ...(v.plan.mentorId ? [v.plan.mentorId] : []), ...(v.plan.createdById ? [v.plan.createdById] : [])]));
    return views.map(({ plan, goals, level, canEdit }) => {
      const counted = goals.filter((g) => g.status !== 'dropped');
      return {
        id: plan.id, person: people.get(plan.personId) ?? missingPerson(plan.personId), mentor: plan.mentorId ? (people.get(plan.mentorId) ?? missingPerson(plan.mentorId)) : null,
        targetLevel: level ? toLevelType(level, skills) : null, status: plan.status as DevelopmentPlanStatus, dueOn: plan.dueOn, summary: plan.summary,
        goals: goals.map((g) => ({ id: g.id, title: g.title, description: g.description, skillId: g.skillId, skillName: g.skillId ? (skills.get(g.skillId)?.name ?? '(unknown skill)') : null, targetLevel: g.targetLevel, dueOn: g.dueOn, status: g.status as DevelopmentGoalStatus, doneAt: g.doneAt })),
        progress: counted.length ? Math.round((counted.filter((g) => g.status === 'done').length / counted.length) * 100) / 100 : 0,
        createdBy: plan.createdById ? (people.get(plan.createdById) ?? null) : null, createdAt: plan.createdAt, updatedAt: plan.updatedAt, canEdit,
      };
    });
  }

  @Query(() => [DevelopmentPlanType], { description: 'Plans you may see: your own, your reports’, or all (hr)' })
  @SignedIn()
  async developmentPlans(
    @Args('personId', { type: () => ID, nullable: true }) personId?: string,
    @Args('status', { type: () => DevelopmentPlanStatus, nullable: true }) status?: DevelopmentPlanStatus,
  ): Promise<DevelopmentPlanType[]> {
    return this.toTypes(await this.plans.list({ personId, status }));
  }

  @Query(() => DevelopmentPlanConnection, { description: 'Plans you may see (as in developmentPlans) a page at a time: filtered, sorted (newest first by default) and paged on the server' })
  @SignedIn()
  async developmentPlansPage(
    @Args('filter', { type: () => DevelopmentPlanFilter, nullable: true }) filter: DevelopmentPlanFilter,
    @Args('sort', { type: () => DevelopmentPlanSort, nullable: true }) sort: DevelopmentPlanSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<DevelopmentPlanConnection> {
    const page = await this.plans.page(filter ?? {}, sort ?? { field: DevelopmentPlanSortField.CREATED_AT, direction: SortDirectionValue.DESC }, first, after);
    return { ...page, nodes: await this.toTypes(page.nodes) };
  }

  @Query(() => DevelopmentPlanType)
  @SignedIn()
  async developmentPlan(@Args('id', { type: () => ID }) id: string): Promise<DevelopmentPlanType> {
    return (await this.toTypes([await this.plans.get(id)]))[0];
  }

  @Mutation(() => DevelopmentPlanType, { description: "A manager (for their chain) or hr creates a person's plan; one active plan per person" })
  @RequirePermission('development.plans.write')
  async createDevelopmentPlan(@Args('input') input: CreateDevelopmentPlanInput): Promise<DevelopmentPlanType> {
    return (await this.toTypes([await this.plans.create(input)]))[0];
  }

  @Mutation(() => DevelopmentPlanType)
  @RequirePermission('development.plans.write')
  async updateDevelopmentPlan(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateDevelopmentPlanInput): Promise<DevelopmentPlanType> {
    return (await this.toTypes([await this.plans.update(id, input)]))[0];
  }

  @Mutation(() => DevelopmentPlanType)
  @RequirePermission('development.plans.write')
  async addDevelopmentGoal(@Args('planId', { type: () => ID }) planId: string, @Args('input') input: DevelopmentGoalInput): Promise<DevelopmentPlanType> {
    return (await this.toTypes([await this.plans.addGoal(planId, input)]))[0];
  }

  @Mutation(() => DevelopmentPlanType, { description: "Managers and hr edit goals; the person may set their own goals' status" })
  @SignedIn()
  async updateDevelopmentGoal(@Args('goalId', { type: () => ID }) goalId: string, @Args('input') input: UpdateDevelopmentGoalInput): Promise<DevelopmentPlanType> {
    return (await this.toTypes([await this.plans.updateGoal(goalId, input)]))[0];
  }
}
