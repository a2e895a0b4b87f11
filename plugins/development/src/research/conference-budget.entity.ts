import { IdColumn, MoneyColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

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
}
