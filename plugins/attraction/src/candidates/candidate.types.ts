import { fieldMessage, msg } from '@cadre/sdk';
import { Field, Float, ID, InputType, Int, ObjectType } from '@cadre/sdk/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsIn, IsInt, IsOptional, IsUrl, Length, Max, MaxLength, Min, Type, ValidateIf, ValidateNested } from '../shared/validation.js';

/** A profile is a web page: no javascript:, data: or other schemes the console would turn into a link. */
const WEB_URL = { require_protocol: true, protocols: ['http', 'https'] };
import { CANDIDATE_SOURCES, STAGES } from '../shared/stages.js';
import { RECOMMENDATIONS } from './scorecard.entity.js';

const oneOf = (values: readonly string[]) => IsIn(values, { message: fieldMessage(msg`must be one of ${values.join(', ')}`) });

@ObjectType('AttractionCandidate')
export class CandidateType {
  @Field(() => ID) id: string;
  @Field(() => ID) requisitionId: string;
  @Field() requisitionTitle: string;
  @Field() name: string;
  @Field() email: string;
  @Field() phone: string;
  @Field() source: string;
  @Field(() => String, { nullable: true }) referrerId: string | null;
  @Field() headline: string;
  @Field() profileUrl: string;
  @Field() stage: string;
  @Field() stageEnteredAt: string;
  @Field(() => Float, { nullable: true, description: 'Days in the current stage (null once hired, rejected or withdrawn)' }) daysInStage: number | null;
  @Field(() => [String], { description: 'Stages moveCandidate accepts from here (the board enables these drop targets)' }) allowedMoves: string[];
  @Field(() => Int) scorecardCount: number;
  @Field(() => Float, { nullable: true, description: 'Mean of all criterion scores (1–4)' }) averageScore: number | null;
  @Field(() => String, { nullable: true }) hiredPersonId: string | null;
  @Field() createdAt: string;
  @Field() updatedAt: string;
}

@ObjectType('AttractionStageTransition')
export class StageTransitionType {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) fromStage: string | null;
  @Field() toStage: string;
  @Field() at: string;
  @Field(() => String, { nullable: true }) byPersonId: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => Float, { nullable: true, description: 'Days spent in fromStage' }) daysInPreviousStage: number | null;
}

@ObjectType('AttractionCriterionRating')
export class CriterionRatingType {
  @Field() criterion: string;
  @Field(() => Int) score: number;
  @Field() comment: string;
}

@ObjectType('AttractionScorecard')
export class ScorecardType {
  @Field(() => ID) id: string;
  @Field(() => ID) candidateId: string;
  @Field(() => ID) interviewerId: string;
  @Field(() => String, { nullable: true }) interviewerName: string | null;
  @Field() round: string;
  @Field(() => [CriterionRatingType]) ratings: CriterionRatingType[];
  @Field(() => Float) averageScore: number;
  @Field({ description: "'strong-no', 'no', 'yes' or 'strong-yes'" }) recommendation: string;
  @Field() summary: string;
  @Field() createdAt: string;
}

@ObjectType('AttractionCandidateNote')
export class CandidateNoteType {
  @Field(() => ID) id: string;
  @Field(() => ID) candidateId: string;
  @Field(() => String, { nullable: true }) authorId: string | null;
  @Field(() => String, { nullable: true }) authorName: string | null;
  @Field() body: string;
  @Field() createdAt: string;
}

@InputType('CreateAttractionCandidateInput', { description: 'Adds a candidate to an open requisition at stage sourced' })
export class CreateCandidateInput {
  @Field(() => ID) @Length(1, 36) requisitionId: string;
  @Field() @Length(1, 200, { message: 'must have 1 to 200 characters' }) name: string;
  @Field() @IsEmail({}, { message: 'must be an email address' }) @MaxLength(320) email: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) phone?: string;
  @Field() @oneOf(CANDIDATE_SOURCES) source: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(36) referrerId?: string | null;
  @Field({ nullable: true }) @IsOptional() @MaxLength(200) headline?: string;
  @Field({ nullable: true }) @ValidateIf((_, v) => Boolean(v)) @IsUrl(WEB_URL, { message: 'must be an http(s) address such as https://www.linkedin.com/in/…' }) @MaxLength(500) profileUrl?: string;
  @Field({ nullable: true, description: 'A first note' }) @IsOptional() @Length(1, 5000) note?: string;
}

@InputType('UpdateAttractionCandidateInput')
export class UpdateCandidateInput {
  @Field({ nullable: true }) @IsOptional() @Length(1, 200, { message: 'must have 1 to 200 characters' }) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail({}, { message: 'must be an email address' }) @MaxLength(320) email?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) phone?: string;
  @Field({ nullable: true }) @IsOptional() @oneOf(CANDIDATE_SOURCES) source?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(36) referrerId?: string | null;
  @Field({ nullable: true }) @IsOptional() @MaxLength(200) headline?: string;
  @Field({ nullable: true }) @ValidateIf((_, v) => Boolean(v)) @IsUrl(WEB_URL, { message: 'must be an http(s) address such as https://www.linkedin.com/in/…' }) @MaxLength(500) profileUrl?: string;
}

@InputType('AttractionCandidateFilter')
export class CandidateFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(36) requisitionId?: string;
  @Field({ nullable: true }) @IsOptional() @oneOf(STAGES) stage?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(30) source?: string;
  @Field({ nullable: true, description: 'Matches name, email or headline' }) @IsOptional() @MaxLength(200) search?: string;
}

@InputType('AttractionCriterionRatingInput')
export class CriterionRatingInput {
  @Field() @Length(1, 100) criterion: string;
  @Field(() => Int) @IsInt() @Min(1, { message: 'must be from 1 to 4' }) @Max(4, { message: 'must be from 1 to 4' }) score: number;
  @Field({ defaultValue: '' }) @MaxLength(2000) comment: string;
}

@InputType('AddAttractionScorecardInput', { description: "Rates every one of the requisition's interview criteria once" })
export class AddScorecardInput {
  @Field(() => ID) @Length(1, 36) candidateId: string;
  @Field({ description: "e.g. 'Technical 1', 'System design'" }) @Length(1, 100, { message: 'must have 1 to 100 characters' }) round: string;
  @Field(() => String, { nullable: true, description: 'Defaults to you; recruiters may record for another interviewer' }) @IsOptional() @MaxLength(36) interviewerId?: string | null;
  @Field(() => [CriterionRatingInput]) @ArrayMinSize(1) @ArrayMaxSize(12) @ValidateNested({ each: true }) @Type(() => CriterionRatingInput) ratings: CriterionRatingInput[];
  @Field() @oneOf(RECOMMENDATIONS) recommendation: string;
  @Field({ defaultValue: '' }) @MaxLength(5000) summary: string;
}
