import { FloatColumn, IdColumn, JsonColumn, MoneyColumn, TenantEntity, TimestampColumn } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

/**
 * draft (recomputed freely) → published → superseded (by the next published version; still
 * readable). A published pool's recomputation (a calibrated score changed) is `proposed` until
 * an approver publishes it: people keep seeing the published numbers until then.
 */
export type VersionStatus = 'draft' | 'proposed' | 'published' | 'superseded';

/** One computed split of a pool. Published versions are never changed, only superseded. */
@Entity('incentives_allocation_versions')
export class AllocationVersionEntity extends TenantEntity {
  @IdColumn()
  poolId: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 12 })
  status: VersionStatus;

  @Column({ type: 'text', default: '' })
  reason: string;

  @MoneyColumn()
  amount: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @JsonColumn()
  thresholds: number[];

  @JsonColumn()
  coefficients: number[];

  /** The solver's λ (null when the pool is 0). */
  @FloatColumn({ nullable: true })
  lambda: number | null;

  /** Σ ω_j c_j. */
  @FloatColumn()
  weightedSum: number;

  @MoneyColumn()
  total: number;

  @TimestampColumn({ nullable: true })
  publishedAt: string | null;
}
