import { DateColumn, FloatColumn, IdColumn, JsonColumn, TenantEntity, TimestampColumn } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';
import type { Rating } from './scoring.js';

export type ReviewStatus = 'pending' | 'submitted' | 'expired';

/**
 * One review assignment: who reviews whom, of which kind, and whether it is done. For self and
 * manager reviews (and all kinds in a confidential cycle) the content is here too; a peer or upward
 * review of an anonymous cycle keeps none of it — ratings [], comment, score and submittedAt stay
 * empty — its content is a ReviewFeedbackEntity that cannot be traced back to this row.
 */
@Entity('incentives_reviews')
export class ReviewEntity extends TenantEntity {
  @IdColumn()
  cycleId: string;

  @IdColumn()
  revieweeId: string;

  @IdColumn()
  reviewerId: string;

  @Column({ type: 'varchar', length: 10 })
  kind: string;

  @Column({ type: 'varchar', length: 12 })
  status: ReviewStatus;

  @JsonColumn()
  ratings: Rating[];

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @FloatColumn({ nullable: true })
  score: number | null;

  @DateColumn({ nullable: true })
  dueDate: string | null;

  @TimestampColumn({ nullable: true })
  submittedAt: string | null;
}
