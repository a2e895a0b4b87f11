import { ConflictError, DataService, ForbiddenError, NotFoundError, RequestContexts, UserInputError, keysetPage, nowIso, type KeysetPage, type KeysetSort } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { In } from '@cadre/sdk/orm';
import { CareerLevelEntity } from '../ladders/career-level.entity.js';
import { canManagePerson, canSeePerson, visiblePeople } from '../shared/person-access.js';
import { DevelopmentLookups } from '../shared/skill-names.service.js';
import { DevelopmentGoalEntity, type GoalStatus } from './development-goal.entity.js';
import { DevelopmentPlanEntity, type PlanStatus } from './development-plan.entity.js';
import type { DevelopmentPlanSortField } from './plan-page.types.js';
import { msg } from '@cadre/sdk';

/** hr and admins see and write every plan; managers their chain's; a person sees their own. */
export const READ_ALL_PLANS = 'development.plans.read-all';

/** Held while checking "one active plan per person", so two requests cannot both pass it. */
const activePlanLock = (personId: string) => `development.active-plan:${personId}`;

const SORTS: Record<DevelopmentPlanSortField, Omit<KeysetSort<DevelopmentPlanEntity>, 'direction'>> = {
  UPDATED_AT: { key: 'updatedAt', column: 'p.updatedAt', value: (p) => p.updatedAt },
  CREATED_AT: { key: 'createdAt', column: 'p.createdAt', value: (p) => p.createdAt },
  STATUS: { key: 'status', column: 'p.status', value: (p) => p.status },
};

export interface PlanFilter {
  personId?: string;
  status?: PlanStatus;
}

export interface GoalInput {
  title: string;
  description: string;
  skillId?: string;
  targetLevel?: number;
  dueOn?: string;
}

export interface PlanView {
  plan: DevelopmentPlanEntity;
  goals: DevelopmentGoalEntity[];
  level: CareerLevelEntity | null;
  canEdit: boolean;
}

@Injectable()
export class PlanService {
  constructor(
    private readonly data: DataService,
    private readonly lookups: DevelopmentLookups,
  ) {}

  async list(filter: PlanFilter): Promise<PlanView[]> {
    return this.views(await (await this.filtered(filter)).orderBy('p.createdAt', 'DESC').addOrderBy('p.id', 'DESC').getMany());
  }

  /** One page of the plans the viewer may see, filtered, in the given order (see keysetPage). */
  async page(filter: PlanFilter, sort: { field: DevelopmentPlanSortField; direction: 'ASC' | 'DESC' }, first: number, after?: string | null): Promise<KeysetPage<PlanView>> {
    const page = await keysetPage(await this.filtered(filter), { first, after, sort: { ...SORTS[sort.field], direction: sort.direction }, idColumn: 'p.id' });
    return { ...page, nodes: await this.views(page.nodes) };
  }

  /** The filters and who may see whose plan (own, reports', all with read-all) in SQL, so pages and counts agree. */
  private async filtered(filter: PlanFilter) {
    const visible = await visiblePeople(READ_ALL_PLANS);
    const q = this.data.repo(DevelopmentPlanEntity).query('p');
    if (filter.personId) q.andWhere('p.personId = :personId', { personId: filter.personId });
    if (filter.status) q.andWhere('p.status = :status', { status: filter.status });
    // An empty IN () is invalid SQL; a dummy id matches nobody.
    if (visible) q.andWhere('p.personId IN (:...visible)', { visible: visible.size ? [...visible] : ['-'] });
    return q;
  }

  async get(id: string): Promise<PlanView> {
    const plan = await this.data.repo(DevelopmentPlanEntity).get(id);
    if (!(await canSeePerson(plan.personId, READ_ALL_PLANS))) throw new NotFoundError('DevelopmentPlan', id);
    return (await this.views([plan]))[0];
  }

  /** The person's active plan, if the viewer may see it. */
  async activePlanOf(personId: string): Promise<DevelopmentPlanEntity | null> {
    return this.data.repo(DevelopmentPlanEntity).findOneBy({ personId, status: 'active' });
  }

  async create(input: { personId: string; mentorId?: string; targetLevelId?: string; dueOn?: string; summary: string; goals?: GoalInput[] }): Promise<PlanView> {
    await this.lookups.requirePeople([input.personId], 'input.personId');
    if (!(await canManagePerson(input.personId, READ_ALL_PLANS))) throw new ForbiddenError('Only their managers and hr write a person’s development plan');
    await this.checkRefs(input.personId, input.mentorId, input.targetLevelId);
    await this.checkGoals(input.goals ?? [], 'input.goals');
    return this.data.transaction(async () => {
      await this.data.lock(activePlanLock(input.personId));
      if (await this.activePlanOf(input.personId)) throw new ConflictError('The person already has an active plan: complete or cancel it first', 'input.personId');
      if (input.targetLevelId) await this.lockTargetLevel(input.targetLevelId); // not deleted before we commit
      const plans = this.data.repo(DevelopmentPlanEntity);
      const plan = await plans.save(
        plans.create({ personId: input.personId, mentorId: input.mentorId ?? null, targetLevelId: input.targetLevelId ?? null, status: 'active', dueOn: input.dueOn ?? null, summary: input.summary ?? '', createdById: RequestContexts.current()?.personId ?? null }),
      );
      const goals = this.data.repo(DevelopmentGoalEntity);
      await goals.saveMany((input.goals ?? []).map((g) => goals.create(this.goalRow(plan.id, g))));
      return this.get(plan.id);
    });
  }

  async update(id: string, input: { mentorId?: string; targetLevelId?: string; dueOn?: string; summary?: string; status?: PlanStatus }): Promise<PlanView> {
    return this.data.transaction(async () => {
      if (input.status === 'active') {
        // The person's lock before the plan's row (the person of a plan never changes).
        const found = await this.data.repo(DevelopmentPlanEntity).findOneBy({ id });
        if (found) await this.data.lock(activePlanLock(found.personId));
      }
      const plan = await this.editable(id);
      await this.checkRefs(plan.personId, input.mentorId, input.targetLevelId);
      if (input.status === 'active' && plan.status !== 'active' && (await this.activePlanOf(plan.personId))) throw new ConflictError('The person already has another active plan', 'input.status');
      const before = { mentorId: plan.mentorId, targetLevelId: plan.targetLevelId, status: plan.status, dueOn: plan.dueOn };
      if (input.mentorId !== undefined) plan.mentorId = input.mentorId;
      if (input.targetLevelId !== undefined) plan.targetLevelId = input.targetLevelId;
      if (input.dueOn !== undefined) plan.dueOn = input.dueOn;
      if (input.summary !== undefined) plan.summary = input.summary;
      if (input.status !== undefined) plan.status = input.status;
      await this.data.repo(DevelopmentPlanEntity).save(plan);
      const ctx = RequestContexts.current();
      if (ctx) ctx.auditDetail = { targetType: 'DevelopmentPlan', targetId: plan.id, before, after: { mentorId: plan.mentorId, targetLevelId: plan.targetLevelId, status: plan.status, dueOn: plan.dueOn } };
      return this.get(id);
    });
  }

  async addGoal(planId: string, input: GoalInput): Promise<PlanView> {
    await this.checkGoals([input], 'input');
    return this.data.transaction(async () => {
      const plan = await this.editable(planId);
      const goals = this.data.repo(DevelopmentGoalEntity);
      await goals.save(goals.create(this.goalRow(plan.id, input)));
      return this.get(planId);
    });
  }

  /** Managers and hr change anything; the person may move their own goals' status. */
  async updateGoal(goalId: string, input: { title?: string; description?: string; dueOn?: string; status?: GoalStatus }): Promise<PlanView> {
    return this.data.transaction(async () => {
      const goal = await this.data.repo(DevelopmentGoalEntity).get(goalId);
      const plan = await this.data.repo(DevelopmentPlanEntity).get(goal.planId);
      const manager = await canManagePerson(plan.personId, READ_ALL_PLANS);
      const self = RequestContexts.current()?.personId === plan.personId;
      if (!manager && !self) {
        if (await canSeePerson(plan.personId, READ_ALL_PLANS)) throw new ForbiddenError('Only the person, their managers and hr change this goal');
        throw new NotFoundError('DevelopmentGoal', goalId);
      }
      if (!manager && (input.title !== undefined || input.description !== undefined || input.dueOn !== undefined)) throw new ForbiddenError('You may set the status of your own goals; their managers edit the rest');
      if (plan.status !== 'active') throw new ConflictError(msg`The plan is ${plan.status}`);
      if (input.title !== undefined) goal.title = input.title.trim();
      if (input.description !== undefined) goal.description = input.description;
      if (input.dueOn !== undefined) goal.dueOn = input.dueOn;
      if (input.status !== undefined && input.status !== goal.status) {
        goal.status = input.status;
        goal.doneAt = input.status === 'done' ? nowIso() : null;
      }
      await this.data.repo(DevelopmentGoalEntity).save(goal);
      return this.get(plan.id);
    });
  }

  private goalRow(planId: string, g: GoalInput): Partial<DevelopmentGoalEntity> {
    return { planId, title: g.title.trim(), description: g.description ?? '', skillId: g.skillId ?? null, targetLevel: g.targetLevel ?? null, dueOn: g.dueOn ?? null, status: 'open', doneAt: null };
  }

  private async editable(id: string): Promise<DevelopmentPlanEntity> {
    const plan = await this.data.repo(DevelopmentPlanEntity).get(id);
    if (await canManagePerson(plan.personId, READ_ALL_PLANS)) return plan;
    if (await canSeePerson(plan.personId, READ_ALL_PLANS)) throw new ForbiddenError('Only their managers and hr change a development plan');
    throw new NotFoundError('DevelopmentPlan', id);
  }

  private async checkRefs(personId: string, mentorId?: string, targetLevelId?: string): Promise<void> {
    if (mentorId) {
      if (mentorId === personId) throw new UserInputError('input.mentorId', 'a person cannot mentor themself');
      await this.lookups.requirePeople([mentorId], 'input.mentorId');
    }
    if (targetLevelId) await this.lockTargetLevel(targetLevelId);
  }

  /**
   * The target level, share-locked until commit (PostgreSQL): a concurrent deleteCareerLevel
   * (which takes the row for update, then counts the plans aiming at it) waits for this plan and
   * refuses, or deleted first and this finds no level. Outside a transaction a plain check.
   */
  private async lockTargetLevel(targetLevelId: string): Promise<void> {
    try {
      await this.data.repo(CareerLevelEntity).get(targetLevelId, { lock: 'share' });
    } catch (error) {
      if (error instanceof NotFoundError) throw new UserInputError('input.targetLevelId', msg`no career level has the id ${targetLevelId}`);
      throw error;
    }
  }

  /** `field` is 'input' for one goal, 'input.goals' for a list (errors then name the index). */
  private async checkGoals(goals: GoalInput[], field: string): Promise<void> {
    const known = goals.some((g) => g.skillId) ? await this.lookups.skillMap() : new Map();
    goals.forEach((g, i) => {
      if (g.skillId && !known.has(g.skillId)) throw new UserInputError(field === 'input' ? 'input.skillId' : `${field}.${i}.skillId`, msg`no skill has the id ${g.skillId}`);
    });
  }

  private async views(plans: DevelopmentPlanEntity[]): Promise<PlanView[]> {
    if (!plans.length) return [];
    const goals = await this.data.repo(DevelopmentGoalEntity).find({ where: { planId: In(plans.map((p) => p.id)) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const levelIds = plans.flatMap((p) => (p.targetLevelId ? [p.targetLevelId] : []));
    const levels = levelIds.length ? await this.data.repo(CareerLevelEntity).findBy({ id: In(levelIds) }) : [];
    const out: PlanView[] = [];
    for (const plan of plans) {
      out.push({ plan, goals: goals.filter((g) => g.planId === plan.id), level: levels.find((l) => l.id === plan.targetLevelId) ?? null, canEdit: await canManagePerson(plan.personId, READ_ALL_PLANS) });
    }
    return out;
  }
}
