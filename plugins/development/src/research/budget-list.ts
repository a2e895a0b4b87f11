// The conference budgets of a year in SQL, shared by conferenceBudgets (an array) and
// conferenceBudgetsPage (a keyset page with totals): who may see whose budget, the filters and the
// sums are all in the one query, so the two lists, the counts and the totals agree.
import { likeContains, type DataService, type KeysetSort, type PeopleDirectory } from '@cadre/sdk';
import type { SelectQueryBuilder } from '@cadre/sdk/orm';
import { ConferenceBudgetEntity } from './conference-budget.entity.js';
import { ConferenceExpenseEntity } from './conference-expense.entity.js';
import type { DevelopmentBudgetFilter, DevelopmentBudgetSortField } from './budget-page.types.js';

export const BUDGET_SORTS: Record<DevelopmentBudgetSortField, Omit<KeysetSort<ConferenceBudgetEntity>, 'direction'>> = {
  ALLOCATED: { key: 'allocated', column: 'b.amount', value: (b) => b.amount },
  CREATED_AT: { key: 'createdAt', column: 'b.createdAt', value: (b) => b.createdAt },
  UPDATED_AT: { key: 'updatedAt', column: 'b.updatedAt', value: (b) => b.updatedAt },
};

export interface BudgetScope {
  year: number;
  /** The people whose budgets the viewer may see (see visiblePeople): null = everyone. */
  visible: Set<string> | null;
  filter: DevelopmentBudgetFilter;
}

export interface MoneySum {
  amount: number;
  currency: string;
}

/** The budgets of the year the viewer may see matching the filter, unordered, aliased `b`. */
export function budgetQuery(data: DataService, people: PeopleDirectory, scope: BudgetScope): SelectQueryBuilder<ConferenceBudgetEntity> {
  const q = data.repo(ConferenceBudgetEntity).query('b').andWhere('b.year = :year', { year: scope.year });
  // An empty IN () is invalid SQL: a viewer who may see no one gets nothing.
  if (scope.visible) q.andWhere(scope.visible.size ? 'b.personId IN (:...visible)' : '1 = 0', { visible: [...scope.visible] });
  const { personId } = scope.filter;
  if (personId) q.andWhere('b.personId = :personId', { personId });
  const search = scope.filter.search?.trim();
  // Names live in the core: its columnSql reads the person's name inside this query.
  if (search) q.andWhere(`LOWER(${people.columnSql('name', 'b."personId"')}) LIKE :term ESCAPE '\\'`, { term: likeContains(search) });
  return q;
}

/**
 * Sums over every budget `q` matches (not a page of them), per currency: what was allocated, and
 * what was spent from those budgets (expenses are in their budget's currency; 0 when none).
 */
export async function budgetTotals(q: SelectQueryBuilder<ConferenceBudgetEntity>): Promise<{ allocatedTotals: MoneySum[]; spentTotals: MoneySum[] }> {
  type Row = { currency: string; total: string | number | null };
  const allocated = await q.clone().orderBy().select('b.currency', 'currency').addSelect('SUM(b.amount)', 'total').groupBy('b.currency').getRawMany<Row>();
  const spent = await q
    .clone()
    .orderBy()
    .innerJoin(ConferenceExpenseEntity, 'e', 'e.budgetId = b.id AND e.tenantId = b.tenantId')
    .select('b.currency', 'currency')
    .addSelect('SUM(e.amount)', 'total')
    .groupBy('b.currency')
    .getRawMany<Row>();
  const spentBy = new Map(spent.map((r) => [r.currency, Number(r.total ?? 0)]));
  const currencies = allocated.map((r) => r.currency).sort();
  const allocatedBy = new Map(allocated.map((r) => [r.currency, Number(r.total ?? 0)]));
  return {
    allocatedTotals: currencies.map((currency) => ({ amount: allocatedBy.get(currency)!, currency })),
    spentTotals: currencies.map((currency) => ({ amount: spentBy.get(currency) ?? 0, currency })),
  };
}
