import { FloatColumn, IdColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

/** A person in a cycle, with manager and level as they were, and their scores. */
@Entity('incentives_review_participants')
export class ReviewParticipantEntity extends TenantEntity {
  @IdColumn()
  cycleId: string;

  @IdColumn()
  personId: string;

  @IdColumn({ nullable: true })
  managerId: string | null;

  @Column({ type: 'varchar', length: 20, default: '' })
  level: string;

  /** Computed from the submitted reviews when calibration starts. */
  @FloatColumn({ nullable: true })
  score: number | null;

  /** Set by calibration (with a reason, audited); wins over the computed score. */
  @FloatColumn({ nullable: true })
  calibratedScore: number | null;

  /** 1 (low) to 3 (high), for the 9-box. */
  @Column({ type: 'integer', nullable: true })
  potential: number | null;
}

export const finalScore = (p: Pick<ReviewParticipantEntity, 'score' | 'calibratedScore'>): number | null => p.calibratedScore ?? p.score;
