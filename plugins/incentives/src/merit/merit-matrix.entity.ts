import { IdColumn, JsonColumn, MoneyColumn, TenantEntity, TimestampColumn } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

export type MeritStatus = 'draft' | 'computed' | 'approved';

/** Raise % by band × position in salary range, against a raise budget. The ranges are attraction's bands (read at compute time, never copied). */
@Entity('incentives_merit_matrices')
export class MeritMatrixEntity extends TenantEntity {
  @IdColumn()
  cycleId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @MoneyColumn()
  budget: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  /** Ascending breaks in (0, 1) splitting the salary range into columns. */
  @JsonColumn()
  positionBreaks: number[];

  /** cells[band − 1][column] = raise percent. */
  @JsonColumn()
  cells: number[][];

  @Column({ type: 'varchar', length: 12 })
  status: MeritStatus;

  @TimestampColumn({ nullable: true })
  approvedAt: string | null;
}
