import { FloatColumn, IdColumn, JsonColumn, MoneyColumn, TenantEntity, TimestampColumn } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';
import type { LevelTarget } from './weights.js';

/** draft → approved → published; scenarios are what-if copies of a pool and stay 'scenario'. */
export type PoolStatus = 'draft' | 'approved' | 'published' | 'scenario';

/** A bonus pool D split among eligible people by the founding model. */
@Entity('incentives_bonus_pools')
export class BonusPoolEntity extends TenantEntity {
  @IdColumn()
  cycleId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** D in integer minor units. */
  @MoneyColumn()
  amount: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 30 })
  weightRule: string;

  @JsonColumn()
  levelTargets: LevelTarget[];

  @FloatColumn({ nullable: true })
  defaultTarget: number | null;

  @JsonColumn()
  thresholds: number[];

  @JsonColumn()
  coefficients: number[];

  /** Applied to members without their own floor/cap (minor units). */
  @MoneyColumn({ nullable: true })
  defaultFloor: number | null;

  @MoneyColumn({ nullable: true })
  defaultCap: number | null;

  @Column({ type: 'varchar', length: 20 })
  status: PoolStatus;

  /** The pool this scenario is a what-if copy of. */
  @IdColumn({ nullable: true })
  scenarioOfId: string | null;

  @Column({ type: 'text', default: '' })
  note: string;

  @TimestampColumn({ nullable: true })
  approvedAt: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  approvedBy: string | null;

  @TimestampColumn({ nullable: true })
  publishedAt: string | null;

  /** The published version people see (null before publication). */
  @Column({ type: 'integer', nullable: true })
  publishedVersion: number | null;

  /** The account that created it (null before this was recorded): under four eyes it may not approve it. */
  @IdColumn({ nullable: true })
  createdById: string | null;
}
