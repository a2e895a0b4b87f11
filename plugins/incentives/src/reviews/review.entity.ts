import { DateColumn, FloatColumn, IdColumn, JsonColumn, TenantEntity, TimestampColumn } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';
import type { Rating } from './scoring.js';

export type ReviewStatus = 'pending' | 'submitted' | 'expired';

/** One review of one person by one reviewer; peer and upward authors are never shown to the reviewee. */
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
