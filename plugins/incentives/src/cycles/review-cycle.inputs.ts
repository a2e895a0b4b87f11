import { fieldMessage, IsCalendarDate, msg, ExpectedUpdatedAtField } from '@cadre/sdk';
import { Field, Float, ID, InputType, Int } from '@cadre/sdk/graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, Type, ValidateNested } from '@cadre/sdk/validation';
import { ANONYMITY_MIN_REVIEWERS, ANONYMITY_MODES, REVIEW_KINDS } from '../reviews/review-kinds.js';

@InputType('IncentivesCriterionInput')
export class CriterionInput {
  @Field()
  @Matches(/^[a-z][a-z0-9-]{0,39}$/, { message: 'must be a short lower-case key such as technical-impact' })
  key: string;

  @Field()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string;

  @Field(() => Float)
  @Min(0, { message: 'must not be negative' })
  @Max(1000)
  weight: number;
}

@InputType('IncentivesKindWeightInput')
export class KindWeightInput {
  @Field()
  @IsIn(REVIEW_KINDS, { message: fieldMessage(msg`must be one of ${REVIEW_KINDS.join(', ')}`) })
  kind: string;

  @Field(() => Float)
  @Min(0, { message: 'must not be negative' })
  @Max(1000)
  weight: number;
}

/** Fields a cycle shares between creation and update (all optional here). */
@InputType({ isAbstract: true })
export abstract class CycleFieldsInput {
  @Field(() => [String], { nullable: true, description: 'Default: self, manager, peer, upward' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'needs at least one review kind' })
  @IsIn(REVIEW_KINDS, { each: true, message: fieldMessage(msg`must each be one of ${REVIEW_KINDS.join(', ')}`) })
  kinds?: string[];

  @Field(() => [KindWeightInput], { nullable: true, description: 'Default: self 0.1, manager 0.5, peer 0.3, upward 0.1' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => KindWeightInput)
  kindWeights?: KindWeightInput[];

  @Field(() => String, {
    nullable: true,
    description: "Peer and upward authors: 'anonymous' (default; nobody, HR and owner included, can learn them) or 'confidential' (HR sees them, the reviewee never does). Only while the cycle is draft",
  })
  @IsOptional()
  @IsIn(ANONYMITY_MODES, { message: fieldMessage(msg`must be one of ${ANONYMITY_MODES.join(', ')}`) })
  anonymity?: string;

  @Field(() => Int, { nullable: true, description: `Peer and upward groups with fewer submitted reviews are withheld from everyone (default and minimum ${ANONYMITY_MIN_REVIEWERS}). Only while the cycle is draft` })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(ANONYMITY_MIN_REVIEWERS, { message: fieldMessage(msg`must be at least ${ANONYMITY_MIN_REVIEWERS}`) })
  @Max(50, { message: 'must be at most 50' })
  anonymityThreshold?: number;

  @Field(() => Int, { nullable: true, description: 'Peers assigned per person when the cycle opens (default 3)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  peerCount?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  selfDue?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  managerDue?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  peerDue?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  upwardDue?: string | null;

  @Field(() => [Float], { nullable: true, description: 'Band thresholds, strictly descending (default 4.5, 4, 3, 2)' })
  @IsOptional()
  @ArrayMaxSize(19)
  thresholds?: number[];

  @Field(() => [Float], { nullable: true, description: 'Band coefficients, one more than thresholds (default 2, 1.5, 1, 0.5, 0)' })
  @IsOptional()
  @ArrayMaxSize(20)
  coefficients?: number[];

  @Field(() => [ID], { nullable: true, description: 'Default at creation: every active person' })
  @IsOptional()
  @IsString({ each: true })
  participantIds?: string[];
}

@InputType('CreateReviewCycleInput')
export class CreateReviewCycleInput extends CycleFieldsInput {
  @Field()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  name: string;

  @Field()
  @IsCalendarDate()
  periodStart: string;

  @Field()
  @IsCalendarDate()
  periodEnd: string;

  @Field(() => [CriterionInput])
  @ArrayMinSize(1, { message: 'needs at least one criterion' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CriterionInput)
  criteria: CriterionInput[];
}

@InputType('UpdateReviewCycleInput')
export class UpdateReviewCycleInput extends CycleFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  periodStart?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  periodEnd?: string;

  @Field(() => [CriterionInput], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'needs at least one criterion' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CriterionInput)
  criteria?: CriterionInput[];

  @ExpectedUpdatedAtField('the cycle')
  expectedUpdatedAt?: string | null;
}

@InputType('IncentivesBandsInput')
export class BandsInput {
  @Field(() => [Float], { description: 't1 > t2 > … > t(k−1)' })
  @ArrayMaxSize(19)
  thresholds: number[];

  @Field(() => [Float], { description: 'c1 … ck' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  coefficients: number[];
}
