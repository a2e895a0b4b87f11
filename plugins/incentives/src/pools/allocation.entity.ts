import { FloatColumn, IdColumn, MoneyColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

/** One person's share in one allocation version, with every input that produced it. */
@Entity('incentives_allocations')
export class AllocationEntity extends TenantEntity {
  @IdColumn()
  versionId: string;

  @IdColumn()
  poolId: string;

  @Column({ type: 'integer' })
  version: number;

  @IdColumn()
  personId: string;

  @FloatColumn()
  weight: number;

  /** How ω was set, as the person is shown it (a snapshot: pay may change later). */
  @Column({ type: 'varchar', length: 300 })
  weightExplanation: string;

  @FloatColumn({ nullable: true })
  score: number | null;

  /** 1 = top band; null without a score. */
  @Column({ type: 'integer', nullable: true })
  band: number | null;

  @FloatColumn()
  coefficient: number;

  @MoneyColumn({ nullable: true })
  floor: number | null;

  @MoneyColumn({ nullable: true })
  cap: number | null;

  /** clamp(ω c / λ, floor, cap) before rounding (minor units). */
  @FloatColumn()
  exactAmount: number;

  /** Whole minor units; the version's amounts add up to the pool exactly. */
  @MoneyColumn()
  amount: number;

  /** −1 floor binds, +1 cap binds, 0 neither. */
  @Column({ type: 'integer' })
  bound: number;

  /** Amount in the previously published version (null in the first one). */
  @MoneyColumn({ nullable: true })
  previousAmount: number | null;

  @MoneyColumn({ nullable: true })
  delta: number | null;
}
