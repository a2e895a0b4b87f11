// The conference budgets of a year in SQL, shared by conferenceBudgets (an array) and
// conferenceBudgetsPage (a keyset page with totals): who may see whose budget, the filters and the
// sums are all in the one query, so the two lists, the counts and the totals agree.
import { likeContains, type DataService, type KeysetSort, type PeopleDirectory } from '@cadre/sdk';
import type { SelectQueryBuilder } from '@cadre/sdk/orm';
import { ConferenceBudgetEntity, spentSql } from './conference-budget.entity.js';
import type { DevelopmentBudgetFilter, DevelopmentBudgetSortField } from './budget-page.types.js';

export const BUDGET_SORTS: Record<DevelopmentBudgetSortField, Omit<KeysetSort<ConferenceBudgetEntity>, 'direction'>> = {
  ALLOCATED: { key: 'allocated', column: 'b.amount', value: (b) => b.amount },
  CREATED_AT: { key: 'createdAt', column: 'b.createdAt', value: (b) => b.createdAt },
  UPDATED_AT: { key: 'updatedAt', column: 'b.updatedAt', value: (b) => b.updatedAt },
  SPENT: { key: 'spent', column: `(${spentSql('"b"')})`, value: (b) => b.spent },
  REMAINING: { key: 'remaining', column: `(b.amount - (${spentSql('"b"')}))`, value: (b) => b.amount - b.spent },
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
  type Row = { currency: string; allocated: string | number | null; spent: string | number | null };
  const rows = await q
    .clone()
    .orderBy()
    .select('b.currency', 'currency')
    .addSelect('SUM(b.amount)', 'allocated')
    .addSelect(`SUM((${spentSql('"b"')}))`, 'spent')
    .groupBy('b.currency')
    .getRawMany<Row>();
  rows.sort((a, b) => a.currency.localeCompare(b.currency));
  return {
    allocatedTotals: rows.map((r) => ({ amount: Number(r.allocated ?? 0), currency: r.currency })),
    spentTotals: rows.map((r) => ({ amount: Number(r.spent ?? 0), currency: r.currency })),
  };
}
