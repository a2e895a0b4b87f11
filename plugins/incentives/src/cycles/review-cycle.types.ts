import { SensitiveField } from '@cadre/sdk';
import { Field, Float, ID, Int, ObjectType } from '@cadre/sdk/graphql';
import { P } from '../shared/permissions.js';

@ObjectType('IncentivesCriterion')
export class CriterionType {
  @Field()
  key: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => Float, { description: 'Relative weight of the criterion in a review score' })
  weight: number;
}

@ObjectType('IncentivesKindWeight')
export class KindWeightType {
  @Field({ description: "'self', 'manager', 'peer' or 'upward'" })
  kind: string;

  @Field(() => Float)
  weight: number;
}

@ObjectType('IncentivesBand', { description: 'One band of the founding piecewise function: c1 if s > t1, c2 if t1 ≥ s > t2, …, ck if s ≤ t(k−1)' })
export class BandType {
  @Field(() => Int, { description: '1 = the top band' })
  band: number;

  @Field(() => Float, { nullable: true, description: 'Scores above this (exclusive); null for the bottom band' })
  lower: number | null;

  @Field(() => Float, { nullable: true, description: 'Scores up to this (inclusive); null for the top band' })
  upper: number | null;

  @Field(() => Float)
  coefficient: number;

  @Field({ description: 'e.g. "4 ≥ s > 3"' })
  condition: string;
}

@ObjectType('IncentivesKindProgress')
export class KindProgressType {
  @Field()
  kind: string;

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  submitted: number;

  @Field(() => Int)
  pending: number;

  @Field(() => Int, { description: 'Pending past their due date' })
  overdue: number;

  @Field(() => Int, { description: 'Still pending when calibration started' })
  expired: number;
}

@ObjectType('IncentivesCycleProgress')
export class CycleProgressType {
  @Field(() => Int)
  total: number;

  @Field(() => Int)
  submitted: number;

  @Field(() => Int)
  pending: number;

  @Field(() => Int)
  overdue: number;

  @Field(() => Int)
  expired: number;

  @Field(() => [KindProgressType])
  byKind: KindProgressType[];
}

@ObjectType('IncentivesReviewCycle')
export class ReviewCycleType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'YYYY-MM-DD' })
  periodStart: string;

  @Field({ description: 'YYYY-MM-DD' })
  periodEnd: string;

  @Field({ description: "'draft' → 'open' → 'calibrating' → 'finalised'" })
  status: string;

  @Field(() => [String])
  kinds: string[];

  @Field(() => [KindWeightType])
  kindWeights: KindWeightType[];

  @Field(() => [CriterionType])
  criteria: CriterionType[];

  @Field(() => Int)
  peerCount: number;

  @Field(() => String, { nullable: true })
  selfDue: string | null;

  @Field(() => String, { nullable: true })
  managerDue: string | null;

  @Field(() => String, { nullable: true })
  peerDue: string | null;

  @Field(() => String, { nullable: true })
  upwardDue: string | null;

  @Field(() => [Float])
  thresholds: number[];

  @Field(() => [Float])
  coefficients: number[];

  @Field(() => [BandType])
  bands: BandType[];

  @Field({ description: "'anonymous': peer and upward authors are known to nobody, their content is stored apart from them; 'confidential': HR sees authors, the reviewee never does. Fixed once the cycle opens" })
  anonymity: string;

  @Field(() => Int, { description: 'Peer and upward groups with fewer submitted reviews are withheld from everyone' })
  anonymityThreshold: number;

  @Field(() => Int)
  participantCount: number;

  @Field(() => CycleProgressType)
  progress: CycleProgressType;

  @Field(() => String, { nullable: true })
  openedAt: string | null;

  @Field(() => String, { nullable: true })
  calibratingAt: string | null;

  @Field(() => String, { nullable: true })
  finalisedAt: string | null;

  @Field()
  createdAt: string;

  @Field({ description: 'Changes with every edit: send it back as expectedUpdatedAt to edit safely' })
  updatedAt: string;
}

@ObjectType('IncentivesCriterionAverage')
export class CriterionAverageType {
  @Field()
  key: string;

  @Field()
  name: string;

  @Field(() => Float)
  average: number;
}

@ObjectType('IncentivesKindAggregate', { description: 'Submitted reviews of one kind about one person; anonymous kinds below the threshold are withheld' })
export class KindAggregateType {
  @Field()
  kind: string;

  @Field(() => Int)
  reviewers: number;

  @Field({ description: "True for a peer or upward group with fewer reviewers than the cycle's threshold, or while reviewing is still open: no score, averages or comments" })
  withheld: boolean;

  @Field(() => Float, { nullable: true })
  score: number | null;

  @Field(() => [CriterionAverageType])
  criteria: CriterionAverageType[];

  @Field(() => [String], { description: 'Anonymous kinds: sorted, without authors' })
  comments: string[];
}

const subject = (p: ParticipantType) => p.personId;

@ObjectType('IncentivesParticipant')
export class ParticipantType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  cycleId: string;

  @Field(() => ID)
  personId: string;

  @Field()
  name: string;

  @Field()
  level: string;

  @Field(() => String, { nullable: true })
  managerId: string | null;

  @SensitiveField(() => Float, { permission: P.reviewsReadAll, subject, description: 'Computed from the submitted reviews' })
  score: number | null;

  @SensitiveField(() => Float, { permission: P.reviewsReadAll, subject })
  calibratedScore: number | null;

  @SensitiveField(() => Float, { permission: P.reviewsReadAll, subject, description: 'Calibrated score if any, else the computed one' })
  finalScore: number | null;

  @SensitiveField(() => Int, { permission: P.reviewsReadAll, subject, description: '1 (low) to 3 (high)' })
  potential: number | null;

  @SensitiveField(() => Int, { permission: P.reviewsReadAll, subject })
  band: number | null;

  @SensitiveField(() => Float, { permission: P.reviewsReadAll, subject })
  coefficient: number | null;

  @SensitiveField(() => [KindAggregateType], { permission: P.reviewsReadAll, subject })
  aggregates: KindAggregateType[] | null;
}
