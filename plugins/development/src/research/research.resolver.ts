import { RequirePermission, SignedIn, SortDirectionValue, UserInputError } from '@cadre/sdk';
import { Args, ID, Int, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { missingPerson } from '../shared/people.js';
import { DevelopmentMoneyInput } from '../shared/shared.types.js';
import { DevelopmentLookups } from '../shared/skill-names.service.js';
import { DevelopmentBudgetFilter, DevelopmentBudgetSort, DevelopmentBudgetSortField, DevelopmentConferenceBudgetConnection } from './budget-page.types.js';
import { BudgetService, type BudgetView } from './budget.service.js';
import type { ResearchOutputEntity } from './research-output.entity.js';
import { DevelopmentResearchFilter, DevelopmentResearchOutputConnection, DevelopmentResearchSort, DevelopmentResearchSortField } from './research-page.types.js';
import { ResearchService } from './research.service.js';
import {
  ConferenceExpenseInput, CreateResearchOutputInput, DevelopmentConferenceBudgetType, DevelopmentResearchKind, DevelopmentResearchOutputType, type DevelopmentResearchStatus, UpdateResearchOutputInput,
} from './research.types.js';

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UserInputError('year', 'must be a year from 2000 to 2100');
}

@Resolver()
export class ResearchResolver {
  constructor(
    private readonly research: ResearchService,
    private readonly budgets: BudgetService,
    private readonly lookups: DevelopmentLookups,
  ) {}

  private async outputTypes(rows: ResearchOutputEntity[]): Promise<DevelopmentResearchOutputType[]> {
    const people = await this.lookups.personRefs(rows.flatMap((r) => r.authorIds));
    const items = await this.research.linkedItems(rows);
    return rows.map((r) => {
      const item = r.knowledgeItemId ? items.get(r.knowledgeItemId) : undefined;
      return {
        id: r.id, kind: r.kind as DevelopmentResearchKind, title: r.title, venue: r.venue, status: r.status as DevelopmentResearchStatus, date: r.date, url: r.url,
        authors: r.authorIds.map((id) => people.get(id) ?? missingPerson(id)), knowledgeItem: item ? { id: item.id, kind: item.kind, title: item.title, reference: item.reference } : null, canEdit: this.research.canEdit(r),
      };
    });
  }

  private async budgetTypes(views: BudgetView[]): Promise<DevelopmentConferenceBudgetType[]> {
    const people = await this.lookups.personRefs(views.flatMap((v) => [v.personId, ...v.expenses.flatMap((e) => (e.recordedById ? [e.recordedById] : []))]));
    return views.map((v) => ({
      id: v.budget?.id ?? null,
      person: people.get(v.personId) ?? missingPerson(v.personId), year: v.year,
      allocated: v.budget ? { amount: v.budget.amount, currency: v.budget.currency } : null, spent: { amount: v.spent, currency: v.currency }, remaining: { amount: v.remaining, currency: v.currency },
      expenses: v.expenses.map((e) => ({ id: e.id, conference: e.conference, date: e.date, amount: { amount: e.amount, currency: v.currency }, note: e.note, recordedBy: e.recordedById ? (people.get(e.recordedById) ?? null) : null })),
    }));
  }

  @Query(() => [DevelopmentResearchOutputType], { description: 'Publications and patents, newest first' })
  @RequirePermission('development.research.read')
  async researchOutputs(
    @Args('personId', { type: () => ID, nullable: true }) personId?: string,
    @Args('kind', { type: () => DevelopmentResearchKind, nullable: true }) kind?: DevelopmentResearchKind,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
  ): Promise<DevelopmentResearchOutputType[]> {
    if (year !== undefined && year !== null) checkYear(year);
    return this.outputTypes(await this.research.list({ personId, kind, year }));
  }

  @Query(() => DevelopmentResearchOutputConnection, { description: 'researchOutputs a page at a time (newest first by default), filtered, sorted and paged on the server' })
  @RequirePermission('development.research.read')
  async researchOutputsPage(
    @Args('filter', { type: () => DevelopmentResearchFilter, nullable: true }) filter: DevelopmentResearchFilter,
    @Args('sort', { type: () => DevelopmentResearchSort, nullable: true }) sort: DevelopmentResearchSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<DevelopmentResearchOutputConnection> {
    const page = await this.research.page(filter ?? {}, sort ?? { field: DevelopmentResearchSortField.DATE, direction: SortDirectionValue.DESC }, first, after);
    return { ...page, nodes: await this.outputTypes(page.nodes) };
  }

  @Mutation(() => DevelopmentResearchOutputType, { description: 'Record a publication or patent you (co-)authored; research admins record anyone’s' })
  @RequirePermission('development.research.read')
  async createResearchOutput(@Args('input') input: CreateResearchOutputInput): Promise<DevelopmentResearchOutputType> {
    return (await this.outputTypes([await this.research.create(input)]))[0];
  }

  @Mutation(() => DevelopmentResearchOutputType)
  @RequirePermission('development.research.read')
  async updateResearchOutput(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateResearchOutputInput): Promise<DevelopmentResearchOutputType> {
    return (await this.outputTypes([await this.research.update(id, input)]))[0];
  }

  @Query(() => DevelopmentConferenceBudgetType, { description: "A person's conference budget for a year and its use (the person, their managers, hr)" })
  @SignedIn()
  async conferenceBudget(@Args('personId', { type: () => ID }) personId: string, @Args('year', { type: () => Int }) year: number): Promise<DevelopmentConferenceBudgetType> {
    checkYear(year);
    return (await this.budgetTypes([await this.budgets.budget(personId, year)]))[0];
  }

  @Query(() => [DevelopmentConferenceBudgetType], { description: 'Budgets of a year you may see: your own, your reports’, or all (hr)' })
  @SignedIn()
  async conferenceBudgets(@Args('year', { type: () => Int }) year: number): Promise<DevelopmentConferenceBudgetType[]> {
    checkYear(year);
    return this.budgetTypes(await this.budgets.budgets(year));
  }

  @Query(() => DevelopmentConferenceBudgetConnection, { description: 'conferenceBudgets a page at a time (largest first by default), filtered and sorted on the server; the totals cover every budget the filters match' })
  @SignedIn()
  async conferenceBudgetsPage(
    @Args('year', { type: () => Int }) year: number,
    @Args('filter', { type: () => DevelopmentBudgetFilter, nullable: true }) filter: DevelopmentBudgetFilter,
    @Args('sort', { type: () => DevelopmentBudgetSort, nullable: true }) sort: DevelopmentBudgetSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<DevelopmentConferenceBudgetConnection> {
    checkYear(year);
    const page = await this.budgets.page(year, filter ?? {}, sort ?? { field: DevelopmentBudgetSortField.ALLOCATED, direction: SortDirectionValue.DESC }, first, after);
    return { ...page, nodes: await this.budgetTypes(page.nodes) };
  }

  @Mutation(() => DevelopmentConferenceBudgetType)
  @RequirePermission('development.budgets.manage')
  async setConferenceBudget(@Args('personId', { type: () => ID }) personId: string, @Args('year', { type: () => Int }) year: number, @Args('amount') amount: DevelopmentMoneyInput): Promise<DevelopmentConferenceBudgetType> {
    checkYear(year);
    return (await this.budgetTypes([await this.budgets.setBudget(personId, year, amount.amount, amount.currency)]))[0];
  }

  @Mutation(() => DevelopmentConferenceBudgetType, { description: 'The person, their managers or hr record spending; it must fit the remaining budget' })
  @SignedIn()
  async recordConferenceExpense(@Args('input') input: ConferenceExpenseInput): Promise<DevelopmentConferenceBudgetType> {
    return (await this.budgetTypes([await this.budgets.recordExpense(input)]))[0];
  }
}
