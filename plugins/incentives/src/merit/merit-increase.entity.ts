import { FloatColumn, IdColumn, MoneyColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

/** A proposed raise for one person from a merit matrix. */
@Entity('incentives_merit_increases')
export class MeritIncreaseEntity extends TenantEntity {
  @IdColumn()
  matrixId: string;

  @IdColumn()
  personId: string;

  @MoneyColumn()
  baseSalary: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Column({ type: 'integer', nullable: true })
  band: number | null;

  @FloatColumn({ nullable: true })
  positionInRange: number | null;

  /** 0-based column of the matrix. */
  @Column({ type: 'integer', nullable: true })
  positionColumn: number | null;

  @FloatColumn()
  matrixPercent: number;

  /** Base × matrix percent. */
  @MoneyColumn()
  proposedAmount: number;

  /** After fitting the budget (equal to proposed when the budget suffices). */
  @MoneyColumn()
  amount: number;

  @Column({ type: 'text', default: '' })
  note: string;
}
