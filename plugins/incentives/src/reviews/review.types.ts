import { Field, Float, ID, Int, ObjectType } from '@cadre/sdk/graphql';
import { BandType, KindAggregateType, ReviewCycleType } from '../cycles/review-cycle.types.js';

@ObjectType('IncentivesRating')
export class RatingType {
  @Field()
  criterionKey: string;

  @Field(() => Float)
  rating: number;

  @Field(() => String, { nullable: true })
  comment: string | null;
}

// Review content is not a @SensitiveField: its reader is the author, the reviewee's chain or a
// holder of incentives.reviews.read-all — never "the subject" — so the service filters rows.
@ObjectType('IncentivesReview')
export class ReviewType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  cycleId: string;

  @Field(() => ID)
  revieweeId: string;

  @Field()
  revieweeName: string;

  @Field(() => ID, {
    nullable: true,
    description: "Peer and upward reviews: null unless you wrote it. In a confidential cycle review administrators who are not the reviewee see it too; in an anonymous cycle they see it only on assignments not yet submitted — submitted content is stored apart from its author",
  })
  reviewerId: string | null;

  @Field(() => String, { nullable: true })
  reviewerName: string | null;

  @Field({ description: "'self', 'manager', 'peer' or 'upward'" })
  kind: string;

  @Field({ description: 'Peer and upward reviews are anonymous to the reviewee' })
  anonymous: boolean;

  @Field({ description: "'pending', 'submitted' or 'expired'" })
  status: string;

  @Field({ description: "True when this review belongs to a peer or upward group smaller than the cycle's anonymityThreshold, or reviewing is still open: its ratings, comment and score are withheld" })
  withheld: boolean;

  @Field(() => [RatingType])
  ratings: RatingType[];

  @Field(() => String, { nullable: true, description: 'Null when withheld, and on your own submitted review in an anonymous cycle (its content is no longer linked to you)' })
  comment: string | null;

  @Field(() => Float, { nullable: true })
  score: number | null;

  @Field(() => String, { nullable: true })
  dueDate: string | null;

  @Field()
  overdue: boolean;

  @Field(() => String, { nullable: true })
  submittedAt: string | null;
}

@ObjectType('IncentivesMyReview', { description: "The caller's own review in a cycle: results once the cycle is finalised" })
export class MyReviewType {
  @Field(() => ReviewCycleType)
  cycle: ReviewCycleType;

  @Field({ description: 'Scores, band, manager reviews and aggregates are shown once the cycle is finalised' })
  resultsAvailable: boolean;

  @Field(() => ReviewType, { nullable: true })
  selfReview: ReviewType | null;

  @Field(() => [ReviewType])
  managerReviews: ReviewType[];

  @Field(() => [KindAggregateType])
  aggregates: KindAggregateType[];

  @Field(() => Float, { nullable: true })
  finalScore: number | null;

  @Field({ description: 'Whether calibration changed the computed score' })
  calibrated: boolean;

  @Field(() => Int, { nullable: true })
  band: number | null;

  @Field(() => Float, { nullable: true })
  coefficient: number | null;

  @Field(() => [BandType])
  bands: BandType[];

  @Field(() => Int, { description: 'Reviews you still have to write in this cycle' })
  pendingTasks: number;
}
