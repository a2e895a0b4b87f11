import { Field, ID, Int, ObjectType, registerEnumType } from '@cadre/sdk/graphql';

export enum InsightsSurveyKind {
  ENGAGEMENT = 'engagement',
  PULSE = 'pulse',
  CUSTOM = 'custom',
}
registerEnumType(InsightsSurveyKind, { name: 'InsightsSurveyKind', description: 'ENGAGEMENT and PULSE start from the shipped templates' });

export enum InsightsSurveyStatus {
  DRAFT = 'draft',
  OPEN = 'open',
  CLOSED = 'closed',
}
registerEnumType(InsightsSurveyStatus, { name: 'InsightsSurveyStatus' });

export enum InsightsQuestionKind {
  LIKERT = 'likert',
  ENPS = 'enps',
  SINGLE = 'single',
  MULTIPLE = 'multiple',
  TEXT = 'text',
}
registerEnumType(InsightsQuestionKind, { name: 'InsightsQuestionKind', description: 'LIKERT 1–5, ENPS 0–10, SINGLE or MULTIPLE choice (option indexes), free TEXT' });

@ObjectType('InsightsLocalText')
export class InsightsLocalTextType {
  @Field()
  enUS: string;

  @Field()
  zhCN: string;
}

@ObjectType('InsightsSurveyQuestion')
export class InsightsSurveyQuestionType {
  @Field(() => ID)
  id: string;

  @Field(() => InsightsQuestionKind)
  kind: InsightsQuestionKind;

  @Field({ description: "In the caller's language" })
  text: string;

  @Field(() => InsightsLocalTextType)
  texts: InsightsLocalTextType;

  @Field(() => [String], { description: "Choice options in the caller's language" })
  options: string[];

  @Field(() => [InsightsLocalTextType])
  optionTexts: InsightsLocalTextType[];

  @Field()
  required: boolean;
}

@ObjectType('InsightsSurvey')
export class InsightsSurveyType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => InsightsSurveyKind)
  kind: InsightsSurveyKind;

  @Field(() => InsightsSurveyStatus)
  status: InsightsSurveyStatus;

  @Field(() => [InsightsSurveyQuestionType])
  questions: InsightsSurveyQuestionType[];

  @Field(() => [ID], { description: 'Org units asked (with their subtrees); empty: everyone' })
  audienceUnitIds: string[];

  @Field(() => [String], { description: 'Levels asked; empty: every level' })
  audienceLevels: string[];

  @Field(() => String, { nullable: true })
  closesOn: string | null;

  @Field(() => String, { nullable: true })
  openedAt: string | null;

  @Field(() => String, { nullable: true })
  closedAt: string | null;

  @Field(() => Int, { nullable: true, description: 'People asked (once open)' })
  invited: number | null;

  @Field(() => Int, { nullable: true, description: 'People who answered; null while fewer than the anonymity threshold' })
  responses: number | null;

  @Field({ description: 'Whether you are asked and have not answered yet' })
  awaitingMyAnswer: boolean;

  @Field({ description: 'Whether you have answered' })
  answeredByMe: boolean;

  @Field({ description: 'Changes with every edit: send it back as expectedUpdatedAt to edit safely' })
  updatedAt: string;
}
