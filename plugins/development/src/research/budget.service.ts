import { ConflictError, DataService, ForbiddenError, keysetPage, type KeysetPage, PeopleDirectory, RequestContexts, UserInputError } from '@cadre/sdk';
import { formatMoney, Injectable } from '@cadre/sdk/common';
import { In } from '@cadre/sdk/orm';
import { canSeePerson, visiblePeople } from '../shared/person-access.js';
import { DevelopmentLookups } from '../shared/skill-names.service.js';
import { BUDGET_SORTS, budgetQuery, budgetTotals, type MoneySum } from './budget-list.js';
import type { DevelopmentBudgetFilter, DevelopmentBudgetSortField } from './budget-page.types.js';
import { ConferenceBudgetEntity } from './conference-budget.entity.js';
import { ConferenceExpenseEntity } from './conference-expense.entity.js';
import { msg } from '@cadre/sdk';

export const MANAGE_BUDGETS = 'development.budgets.manage';

/** Expenses are checked against the budget and the budget against the expenses: both hold this. */
const budgetLock = (personId: string, year: number) => `development.conference-budget:${personId}:${year}`;

export interface BudgetView {
  personId: string;
  year: number;
  budget: ConferenceBudgetEntity | null;
  expenses: ConferenceExpenseEntity[];
  spent: number;
  remaining: number;
  currency: string;
}

/** A page of budgets with the sums of every budget the filters match, per currency. */
export type BudgetPage = KeysetPage<BudgetView> & { allocatedTotals: MoneySum[]; spentTotals: MoneySum[] };

/** Conference budgets per person and year, and what was spent from them (integer minor units). */
@Injectable()
export class BudgetService {
  constructor(
    private readonly data: DataService,
    private readonly lookups: DevelopmentLookups,
    private readonly people: PeopleDirectory,
  ) {}

  async budget(personId: string, year: number): Promise<BudgetView> {
    if (!(await canSeePerson(personId, MANAGE_BUDGETS))) throw new ForbiddenError('A conference budget is visible to the person, their managers and hr');
    await this.lookups.requirePeople([personId], 'personId');
    const budget = await this.data.repo(ConferenceBudgetEntity).findOneBy({ personId, year });
    return this.view(personId, year, budget, budget ? await this.data.repo(ConferenceExpenseEntity).find({ where: { budgetId: budget.id }, order: { date: 'ASC', id: 'ASC' } }) : []);
  }

  /** Every budget of the year the viewer may see, largest first (the page's default order). */
  async budgets(year: number): Promise<BudgetView[]> {
    const q = await this.query(year, {});
    return this.views(year, await q.orderBy(BUDGET_SORTS.ALLOCATED.column, 'DESC').addOrderBy('b.id', 'DESC').getMany());
  }

  /** One page of the budgets `budgets` lists, filtered and sorted in SQL, with the totals of all of them. */
  async page(year: number, filter: DevelopmentBudgetFilter, sort: { field: DevelopmentBudgetSortField; direction: 'ASC' | 'DESC' }, first: number, after?: string | null): Promise<BudgetPage> {
    const q = await this.query(year, filter);
    const page = await keysetPage(q.clone(), { first, after, sort: { ...BUDGET_SORTS[sort.field], direction: sort.direction }, idColumn: 'b.id' });
    return { ...page, nodes: await this.views(year, page.nodes), ...(await budgetTotals(q)) };
  }

  /** The budgets the viewer may see: their own and their reports' (null: all, with MANAGE_BUDGETS). */
  private async query(year: number, filter: DevelopmentBudgetFilter) {
    return budgetQuery(this.data, this.people, { year, filter, visible: await visiblePeople(MANAGE_BUDGETS) });
  }

  private async views(year: number, budgets: ConferenceBudgetEntity[]): Promise<BudgetView[]> {
    const expenses = budgets.length ? await this.data.repo(ConferenceExpenseEntity).find({ where: { budgetId: In(budgets.map((b) => b.id)) }, order: { date: 'ASC', id: 'ASC' } }) : [];
    return budgets.map((b) => this.view(b.personId, year, b, expenses.filter((e) => e.budgetId === b.id)));
  }

  async setBudget(personId: string, year: number, amount: number, currency: string): Promise<BudgetView> {
    await this.lookups.requirePeople([personId], 'personId');
    return this.data.transaction(async () => {
      await this.data.lock(budgetLock(personId, year));
      const repo = this.data.repo(ConferenceBudgetEntity);
      const budget = (await repo.findOneBy({ personId, year })) ?? repo.create({ personId, year, amount: 0, currency });
      // Read with the budget, under its lock: no expense can land between this read and the save.
      const spent = budget.id ? budget.spent : 0;
      if (budget.id && budget.currency !== currency && spent > 0) throw new UserInputError('amount.currency', msg`expenses were recorded in ${budget.currency}`);
      if (amount < spent) throw new ConflictError(msg`The budget cannot go below what was already spent (${formatMoney(spent, budget.currency)})`, 'amount.amount');
      const ctx = RequestContexts.current();
      if (ctx) ctx.auditDetail = { targetType: 'ConferenceBudget', targetId: budget.id ?? personId, before: budget.id ? { amount: budget.amount, currency: budget.currency } : null, after: { amount, currency } };
      budget.amount = amount;
      budget.currency = currency;
      await repo.save(budget);
      return this.budget(personId, year);
    });
  }

  /** The person, their managers or hr record an expense; it must fit the year's remaining budget. */
  async recordExpense(input: { personId: string; conference: string; date: string; amount: { amount: number; currency: string }; note: string }): Promise<BudgetView> {
    if (!(await canSeePerson(input.personId, MANAGE_BUDGETS))) throw new ForbiddenError('Only the person, their managers and hr record conference expenses');
    const year = Number(input.date.slice(0, 4));
    return this.data.transaction(async () => {
      await this.data.lock(budgetLock(input.personId, year));
      const budget = await this.data.repo(ConferenceBudgetEntity).findOneBy({ personId: input.personId, year });
      if (!budget) throw new ConflictError(msg`There is no conference budget for ${year}`, 'input.date');
      if (budget.currency !== input.amount.currency) throw new UserInputError('input.amount.currency', msg`the budget is in ${budget.currency}`);
      if (input.amount.amount <= 0) throw new UserInputError('input.amount.amount', 'must be more than 0');
      const expenses = this.data.repo(ConferenceExpenseEntity);
      const spent = budget.spent;
      if (spent + input.amount.amount > budget.amount) throw new ConflictError(msg`Only ${formatMoney(budget.amount - spent, budget.currency)} remain in the ${year} budget`, 'input.amount.amount');
      await expenses.save(expenses.create({ budgetId: budget.id, personId: input.personId, conference: input.conference.trim(), date: input.date, amount: input.amount.amount, note: input.note ?? '', recordedById: RequestContexts.current()?.personId ?? null }));
      return this.budget(input.personId, year);
    });
  }

  private view(personId: string, year: number, budget: ConferenceBudgetEntity | null, expenses: ConferenceExpenseEntity[]): BudgetView {
    // The budget row's own sum (the one lists sort by), not a second count of the expenses.
    const spent = budget?.spent ?? 0;
    return { personId, year, budget, expenses, spent, remaining: (budget?.amount ?? 0) - spent, currency: budget?.currency ?? 'CNY' };
  }
}
