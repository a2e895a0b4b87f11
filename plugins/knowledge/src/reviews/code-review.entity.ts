import { IdColumn, TenantEntity, TimestampColumn } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

export const REVIEW_STATES = ['approved', 'changes_requested', 'commented'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** One code review a person gave on a forge (from the signed webhook or a CSV import). */
@Entity('knowledge_code_reviews')
export class CodeReviewEntity extends TenantEntity {
  @IdColumn()
  reviewerId: string;

  @IdColumn({ nullable: true })
  authorId: string | null;

  @Column({ type: 'varchar', length: 200 })
  repository: string;

  @Column({ type: 'varchar', length: 100 })
  pullRequest: string;

  @Column({ type: 'varchar', length: 30 })
  state: ReviewState;

  @Column({ type: 'integer' })
  comments: number;

  @TimestampColumn()
  submittedAt: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  url: string | null;

  /** The forge's id of the review: a redelivered review is recognised and skipped. */
  @Column({ type: 'varchar', length: 200 })
  externalId: string;

  @Column({ type: 'varchar', length: 10 })
  source: 'webhook' | 'csv';
}
