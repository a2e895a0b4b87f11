import { IdColumn, JsonColumn, TenantEntity, TimestampColumn } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

export const REQUISITION_STATUSES = ['draft', 'open', 'rejected', 'filled', 'closed'] as const;
export type RequisitionStatus = (typeof REQUISITION_STATUSES)[number];

/**
 * A request to hire `headcount` people into a team at a level. It starts as a draft awaiting
 * approval; drafts suggested by another plugin may lack family, level or hiring manager until
 * someone completes them.
 */
@Entity('attraction_requisitions')
export class RequisitionEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  team: string;

  /** An org unit of the structure plugin (no foreign key on purpose). */
  @IdColumn({ nullable: true })
  orgUnitId: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  jobFamily: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  level: string | null;

  @Column({ type: 'integer' })
  headcount: number;

  @IdColumn({ nullable: true })
  hiringManagerId: string | null;

  @Column({ type: 'varchar', length: 200, default: '' })
  location: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** What every scorecard on this requisition rates. */
  @JsonColumn()
  interviewCriteria: string[];

  @Column({ type: 'varchar', length: 20 })
  status: RequisitionStatus;

  /** 'manual', or the plugin that suggested it (e.g. 'development'). */
  @Column({ type: 'varchar', length: 30, default: 'manual' })
  origin: string;

  /** The suggester's key (unit + skill) so a repeated suggestion updates the same draft. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  originKey: string | null;

  @IdColumn({ nullable: true })
  requestedById: string | null;

  @IdColumn({ nullable: true })
  decidedById: string | null;

  @TimestampColumn({ nullable: true })
  decidedAt: string | null;

  /** Why it was rejected or closed, or the approver's note. */
  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;
}
