import { IsCalendarDate, ExpectedUpdatedAtField } from '@cadre/sdk';
import { Field, ID, InputType, Int } from '@cadre/sdk/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, Length, MaxLength, Type, ValidateNested } from '@cadre/sdk/validation';
import { InsightsQuestionKind, InsightsSurveyKind } from './survey.types.js';

@InputType()
export class InsightsLocalTextInput {
  @Field()
  @Length(1, 500, { message: 'must have 1 to 500 characters' })
  enUS: string;

  @Field({ nullable: true, description: 'Default: the English text' })
  @IsOptional()
  @MaxLength(500)
  zhCN?: string;
}

@InputType()
export class InsightsQuestionInput {
  @Field(() => InsightsQuestionKind)
  @IsEnum(InsightsQuestionKind)
  kind: InsightsQuestionKind;

  @Field(() => InsightsLocalTextInput)
  @ValidateNested()
  @Type(() => InsightsLocalTextInput)
  text: InsightsLocalTextInput;

  @Field(() => [InsightsLocalTextInput], { nullable: true, description: 'For SINGLE and MULTIPLE: 2 to 12 options' })
  @IsOptional()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => InsightsLocalTextInput)
  options?: InsightsLocalTextInput[];

  @Field({ defaultValue: true })
  required: boolean;
}

@InputType()
export class CreateSurveyInput {
  @Field()
  @Length(1, 300, { message: 'must have 1 to 300 characters' })
  title: string;

  @Field(() => InsightsSurveyKind)
  @IsEnum(InsightsSurveyKind)
  kind: InsightsSurveyKind;

  @Field(() => [InsightsQuestionInput], { nullable: true, description: 'Default for ENGAGEMENT and PULSE: the shipped template' })
  @IsOptional()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => InsightsQuestionInput)
  questions?: InsightsQuestionInput[];

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(200)
  audienceUnitIds: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50)
  audienceLevels: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  closesOn?: string;
}

@InputType()
export class UpdateSurveyInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'must have 1 to 300 characters' })
  title?: string;

  @Field(() => [InsightsQuestionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => InsightsQuestionInput)
  questions?: InsightsQuestionInput[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  audienceUnitIds?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  audienceLevels?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  closesOn?: string;

  @ExpectedUpdatedAtField('the survey')
  expectedUpdatedAt?: string | null;
}

@InputType()
export class InsightsAnswerInput {
  @Field(() => ID)
  questionId: string;

  @Field(() => Int, { nullable: true, description: 'LIKERT 1–5, ENPS 0–10' })
  @IsOptional()
  score?: number;

  @Field(() => [Int], { nullable: true, description: 'SINGLE (one) or MULTIPLE: option indexes from 0' })
  @IsOptional()
  @ArrayMaxSize(12)
  choices?: number[];

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000)
  text?: string;
}

@InputType()
export class InsightsSurveyFilterInput {
  @Field(() => ID, { nullable: true, description: 'An org unit with its subtree' })
  @IsOptional()
  unitId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(20)
  level?: string;

  @Field({ nullable: true, description: 'LT_1Y, Y1_2, Y2_4 or Y4_PLUS' })
  @IsOptional()
  @MaxLength(20)
  tenureBand?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  location?: string;
}
