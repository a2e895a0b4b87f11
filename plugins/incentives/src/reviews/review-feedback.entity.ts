import { FloatColumn, IdColumn, JsonColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';
import type { Rating } from './scoring.js';

/**
 * The content of a submitted peer or upward review in an anonymous cycle, stored apart from its
 * author. Deliberately without reviewerId, assignment id or submission time: its id is random
 * (not a time-ordered UUIDv7) and createdAt/updatedAt are the cycle's opening time for every row,
 * so nothing in the row can be joined back to the assignment that says who wrote it.
 */
@Entity('incentives_review_feedback')
export class ReviewFeedbackEntity extends TenantEntity {
  @IdColumn()
  cycleId: string;

  @IdColumn()
  revieweeId: string;

  @Column({ type: 'varchar', length: 10 })
  kind: string;

  @JsonColumn()
  ratings: Rating[];

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @FloatColumn()
  score: number;
}
