import { DateColumn, IdColumn, MoneyColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

/** Money spent from a conference budget: registration, travel, lodging. */
@Entity('development_conference_expenses')
export class ConferenceExpenseEntity extends TenantEntity {
  @IdColumn()
  budgetId: string;

  @IdColumn()
  personId: string;

  @Column({ type: 'varchar', length: 200 })
  conference: string;

  @DateColumn()
  date: string;

  @MoneyColumn()
  amount: number;

  @Column({ type: 'varchar', length: 300 })
  note: string;

  @IdColumn({ nullable: true })
  recordedById: string | null;
}
