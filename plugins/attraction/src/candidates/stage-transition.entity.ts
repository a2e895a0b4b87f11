import { IdColumn, TenantEntity, TimestampColumn } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';
import type { Stage } from '../shared/stages.js';

/** One move of a candidate (the first has no fromStage): time in stage and the funnel come from these. */
@Entity('attraction_stage_transitions')
export class StageTransitionEntity extends TenantEntity {
  @IdColumn()
  candidateId: string;

  @IdColumn()
  requisitionId: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStage: Stage | null;

  @Column({ type: 'varchar', length: 20 })
  toStage: Stage;

  @TimestampColumn()
  at: string;

  @IdColumn({ nullable: true })
  byPersonId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
