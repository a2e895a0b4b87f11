import { IdColumn, JsonColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

export const RECOMMENDATIONS = ['strong-no', 'no', 'yes', 'strong-yes'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export interface CriterionRating {
  criterion: string;
  /** 1 (poor) to 4 (excellent). */
  score: number;
  comment: string;
}

/** One interviewer's ratings of one candidate in one round, against the requisition's criteria. */
@Entity('attraction_scorecards')
export class ScorecardEntity extends TenantEntity {
  @IdColumn()
  candidateId: string;

  @IdColumn()
  requisitionId: string;

  @IdColumn()
  interviewerId: string;

  @Column({ type: 'varchar', length: 100 })
  round: string;

  @JsonColumn()
  ratings: CriterionRating[];

  @Column({ type: 'varchar', length: 20 })
  recommendation: Recommendation;

  @Column({ type: 'text', default: '' })
  summary: string;
}
