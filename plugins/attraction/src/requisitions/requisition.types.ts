import { ExpectedUpdatedAtField, fieldMessage, msg } from '@cadre/sdk';
import { Field, ID, InputType, Int, ObjectType } from '@cadre/sdk/graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from '../shared/validation.js';
import { CompBandType, LEVEL_MESSAGE, LEVEL_PATTERN } from '../bands/comp-band.types.js';
import { JOB_FAMILY_MESSAGE, JOB_FAMILY_PATTERN } from '../shared/job-family.js';
import { REQUISITION_STATUSES } from './requisition.entity.js';

@ObjectType('AttractionStageCount')
export class StageCountType {
  @Field() stage: string;
  @Field(() => Int) count: number;
}

@ObjectType('AttractionRequisition')
export class RequisitionType {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() team: string;
  @Field(() => String, { nullable: true }) orgUnitId: string | null;
  @Field(() => String, { nullable: true }) jobFamily: string | null;
  @Field(() => String, { nullable: true }) level: string | null;
  @Field(() => Int) headcount: number;
  @Field(() => Int, { description: 'Candidates hired so far' }) hiredCount: number;
  @Field(() => Int, { description: 'headcount − hiredCount' }) openings: number;
  @Field(() => String, { nullable: true }) hiringManagerId: string | null;
  @Field(() => String, { nullable: true }) hiringManagerName: string | null;
  @Field() location: string;
  @Field() description: string;
  @Field(() => [String], { description: 'What each scorecard rates' }) interviewCriteria: string[];
  @Field({ description: "'draft' (awaiting approval), 'open', 'rejected', 'filled' or 'closed'" }) status: string;
  @Field({ description: "'manual' or the plugin that suggested it" }) origin: string;
  @Field(() => String, { nullable: true }) requestedById: string | null;
  @Field(() => String, { nullable: true }) decidedById: string | null;
  @Field(() => String, { nullable: true }) decidedAt: string | null;
  @Field(() => String, { nullable: true }) decisionNote: string | null;
  @Field(() => CompBandType, { nullable: true, description: 'The band of jobFamily × level' }) band: CompBandType | null;
  @Field(() => [StageCountType], { description: 'Candidates per stage, every stage listed' }) pipeline: StageCountType[];
  @Field(() => [String], { description: 'What still has to be set before approval' }) missingForApproval: string[];
  @Field({ description: 'Whether the signed-in account may edit it now (updateRequisition would not refuse it for permission or status)' }) viewerMayEdit: boolean;
  @Field() createdAt: string;
  @Field() updatedAt: string;
}

const criteria = () => [ArrayMinSize(1, { message: 'must list at least one criterion' }), ArrayMaxSize(12, { message: 'must list at most 12 criteria' }), Length(1, 100, { each: true, message: 'each criterion must have 1 to 100 characters' })];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

@InputType('CreateAttractionRequisitionInput')
export class CreateRequisitionInput {
  @Field() @Length(1, 200, { message: 'must have 1 to 200 characters' }) title: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(200) team?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(36) orgUnitId?: string | null;
  @Field({ nullable: true }) @IsOptional() @Matches(JOB_FAMILY_PATTERN, { message: JOB_FAMILY_MESSAGE }) jobFamily?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(LEVEL_PATTERN, { message: LEVEL_MESSAGE }) level?: string;
  @Field(() => Int, { defaultValue: 1 }) @IsInt() @Min(1, { message: 'must be at least 1' }) @Max(500, { message: 'must be at most 500' }) headcount: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(36) hiringManagerId?: string | null;
  @Field({ nullable: true }) @IsOptional() @MaxLength(200) location?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(5000) description?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @apply(criteria()) interviewCriteria?: string[];
}

@InputType('UpdateAttractionRequisitionInput', { description: 'Family and level change only while draft' })
export class UpdateRequisitionInput {
  @Field({ nullable: true }) @IsOptional() @Length(1, 200, { message: 'must have 1 to 200 characters' }) title?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(200) team?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(36) orgUnitId?: string | null;
  @Field({ nullable: true }) @IsOptional() @Matches(JOB_FAMILY_PATTERN, { message: JOB_FAMILY_MESSAGE }) jobFamily?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(LEVEL_PATTERN, { message: LEVEL_MESSAGE }) level?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1, { message: 'must be at least 1' }) @Max(500, { message: 'must be at most 500' }) headcount?: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(36) hiringManagerId?: string | null;
  @Field({ nullable: true }) @IsOptional() @MaxLength(200) location?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(5000) description?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @apply(criteria()) interviewCriteria?: string[];
  @ExpectedUpdatedAtField('the requisition') expectedUpdatedAt?: string | null;
}

@InputType('AttractionRequisitionFilter')
export class RequisitionFilter {
  @Field({ nullable: true }) @IsOptional() @IsIn(REQUISITION_STATUSES, { message: fieldMessage(msg`must be one of ${REQUISITION_STATUSES.join(', ')}`) }) status?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(36) hiringManagerId?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(60) jobFamily?: string;
}
