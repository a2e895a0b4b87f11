import { fieldMessage, msg, SensitiveField } from '@cadre/sdk';
import { Field, Float, ID, InputType, Int, ObjectType } from '@cadre/sdk/graphql';
import { IsInt, IsString, Length, Max, Min } from '@cadre/sdk/validation';
import { ParticipantType } from '../cycles/review-cycle.types.js';
import { AllocationVersionType } from '../pools/allocation.types.js';
import { RATING_MAX, RATING_MIN } from '../reviews/review-kinds.js';
import { P } from '../shared/permissions.js';

@ObjectType('IncentivesScoreCalibration', { description: 'One calibrated score change with its reason' })
export class ScoreCalibrationType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  cycleId: string;

  @Field(() => ID)
  personId: string;

  @Field()
  personName: string;

  @SensitiveField(() => Float, { permission: P.reviewsReadAll, subject: (c: ScoreCalibrationType) => c.personId })
  fromScore: number | null;

  @SensitiveField(() => Float, { permission: P.reviewsReadAll, subject: (c: ScoreCalibrationType) => c.personId })
  toScore: number | null;

  @SensitiveField(() => String, { permission: P.reviewsReadAll, subject: (c: ScoreCalibrationType) => c.personId })
  reason: string | null;

  @Field(() => String, { nullable: true })
  actorEmail: string | null;

  @Field()
  at: string;
}

@ObjectType('IncentivesCalibrationResult')
export class CalibrationResultType {
  @Field(() => ParticipantType)
  participant: ParticipantType;

  @Field(() => ScoreCalibrationType)
  calibration: ScoreCalibrationType;

  @Field(() => [AllocationVersionType], { description: 'New published allocation versions this change produced (dynamic incentives)' })
  newVersions: AllocationVersionType[];
}

@ObjectType('IncentivesCalibrationEntry')
export class CalibrationEntryType {
  @Field(() => ID)
  personId: string;

  @Field()
  name: string;

  @Field()
  level: string;

  @Field(() => ID, { nullable: true, description: 'The manager whose team the person is in' })
  teamId: string | null;

  @Field()
  teamName: string;

  @SensitiveField(() => Float, { permission: P.reviewsReadAll, subject: (e: CalibrationEntryType) => e.personId })
  score: number | null;

  @SensitiveField(() => Float, { permission: P.reviewsReadAll, subject: (e: CalibrationEntryType) => e.personId })
  calibratedScore: number | null;

  @SensitiveField(() => Float, { permission: P.reviewsReadAll, subject: (e: CalibrationEntryType) => e.personId })
  finalScore: number | null;

  @SensitiveField(() => Int, { permission: P.reviewsReadAll, subject: (e: CalibrationEntryType) => e.personId })
  potential: number | null;

  @SensitiveField(() => Int, { permission: P.reviewsReadAll, subject: (e: CalibrationEntryType) => e.personId, description: '9-box performance: 1 below 3, 2 from 3, 3 from 4' })
  performance: number | null;

  @SensitiveField(() => Int, { permission: P.reviewsReadAll, subject: (e: CalibrationEntryType) => e.personId })
  band: number | null;
}

@ObjectType('IncentivesHistogramBucket')
export class HistogramBucketType {
  @Field(() => Float)
  lower: number;

  @Field(() => Float)
  upper: number;

  @Field(() => Int)
  count: number;
}

@ObjectType('IncentivesDistributionGroup')
export class DistributionGroupType {
  @Field()
  key: string;

  @Field()
  label: string;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { nullable: true })
  mean: number | null;

  @Field(() => [HistogramBucketType])
  histogram: HistogramBucketType[];
}

@ObjectType('IncentivesBandCount')
export class BandCountType {
  @Field(() => Int)
  band: number;

  @Field()
  condition: string;

  @Field(() => Float)
  coefficient: number;

  @Field(() => Int)
  count: number;
}

@ObjectType('IncentivesNineBoxCell')
export class NineBoxCellType {
  @Field(() => Int, { description: '1 low … 3 high' })
  performance: number;

  @Field(() => Int, { description: '1 low … 3 high' })
  potential: number;

  @Field(() => Int)
  count: number;

  @Field(() => [ID])
  personIds: string[];
}

@ObjectType('IncentivesCalibrationView', { description: 'Calibration data: everyone for review administrators, the chain for managers' })
export class CalibrationViewType {
  @Field(() => ID)
  cycleId: string;

  @Field(() => [CalibrationEntryType])
  entries: CalibrationEntryType[];

  @Field(() => [HistogramBucketType])
  distribution: HistogramBucketType[];

  @Field(() => [DistributionGroupType])
  byTeam: DistributionGroupType[];

  @Field(() => [DistributionGroupType])
  byLevel: DistributionGroupType[];

  @Field(() => [BandCountType])
  bands: BandCountType[];

  @Field(() => [NineBoxCellType])
  nineBox: NineBoxCellType[];
}

@InputType('CalibrateScoreInput')
export class CalibrateScoreInput {
  @Field(() => ID)
  @IsString()
  cycleId: string;

  @Field(() => ID)
  @IsString()
  personId: string;

  @Field(() => Float)
  @Min(RATING_MIN, { message: fieldMessage(msg`must be from ${RATING_MIN} to ${RATING_MAX}`) })
  @Max(RATING_MAX, { message: fieldMessage(msg`must be from ${RATING_MIN} to ${RATING_MAX}`) })
  score: number;

  @Field()
  @Length(3, 2000, { message: 'must say why, in 3 to 2000 characters' })
  reason: string;
}

@InputType('SetPotentialInput')
export class SetPotentialInput {
  @Field(() => ID)
  @IsString()
  cycleId: string;

  @Field(() => ID)
  @IsString()
  personId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'must be 1, 2 or 3' })
  @Max(3, { message: 'must be 1, 2 or 3' })
  potential: number;
}
