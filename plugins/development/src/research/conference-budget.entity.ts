import { IdColumn, MoneyColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity, VirtualColumn } from '@cadre/sdk/orm';

/** A person's conference budget for a year, in integer minor units. */
@Entity('development_conference_budgets')
export class ConferenceBudgetEntity extends TenantEntity {
  @IdColumn()
  personId: string;

  @Column({ type: 'integer' })
  year: number;

  @MoneyColumn()
  amount: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  /** What its expenses add up to, read with the budget (never written): lists sort by it in SQL. */
  @VirtualColumn({ type: 'integer', query: spentSql, transformer: { from: (v: unknown) => Number(v ?? 0), to: (v: unknown) => v } })
  spent: number;
}

/** The sum of the expenses of the budget aliased `alias` (quoted), 0 when none: one subquery. */
export function spentSql(alias: string): string {
  return `SELECT COALESCE(SUM("e"."amount"), 0) FROM "development_conference_expenses" "e" WHERE "e"."budgetId" = ${alias}."id" AND "e"."tenantId" = ${alias}."tenantId"`;
}
