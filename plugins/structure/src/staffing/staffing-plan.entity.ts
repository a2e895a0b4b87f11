import { FloatColumn, IdColumn, JsonColumn, TenantEntity, TimestampColumn } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';
import type { StaffingPlanPayload } from './staffing-plan.payload.js';

export const PLAN_STATUSES = ['proposed', 'applied', 'discarded'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** A proposed staffing plan, stored so that "apply" applies exactly what was shown. */
@Entity('structure_staffing_plans')
export class StaffingPlanEntity extends TenantEntity {
  /** The unit whose projects were planned; null = every open project of the tenant. */
  @IdColumn({ nullable: true })
  unitId: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: PlanStatus;

  @FloatColumn()
  total: number;

  /** Hash of the assignments the plan was computed from; apply refuses when they changed. */
  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  @Column({ type: 'varchar', length: 320, nullable: true })
  proposedBy: string | null;

  @TimestampColumn({ nullable: true })
  appliedAt: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  appliedBy: string | null;

  @JsonColumn()
  payload: StaffingPlanPayload;
}
