import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { InsightsQuestionKind, InsightsSurveyKind } from './survey.types.js';

export enum InsightsSurveyDimension {
  UNIT = 'unit',
  LEVEL = 'level',
  TENURE = 'tenureBand',
  LOCATION = 'location',
}
registerEnumType(InsightsSurveyDimension, { name: 'InsightsSurveyDimension', description: 'UNIT: the child units of the filtered unit (or of the company)' });

@ObjectType('InsightsQuestionResult')
export class InsightsQuestionResultType {
  @Field(() => ID)
  questionId: string;

  @Field(() => InsightsQuestionKind)
  kind: InsightsQuestionKind;

  @Field()
  text: string;

  @Field({ description: 'Whether this question has fewer answers than the threshold here (nothing below is shown)' })
  suppressed: boolean;

  @Field(() => Int, { nullable: true })
  answered: number | null;

  @Field(() => Float, { nullable: true, description: 'LIKERT and ENPS: the mean score' })
  mean: number | null;

  @Field(() => Float, { nullable: true, description: 'LIKERT: share of 4 and 5 answers, in %' })
  favourable: number | null;

  @Field(() => Int, { nullable: true, description: 'ENPS: % promoters (9–10) − % detractors (0–6)' })
  enps: number | null;

  @Field(() => [Int], { description: 'Answers per score (LIKERT 1–5, ENPS 0–10) or per option' })
  distribution: number[];

  @Field(() => [String], { description: 'TEXT answers, in no particular order' })
  comments: string[];
}

@ObjectType('InsightsSurveyGroupResult')
export class InsightsSurveyGroupResultType {
  @Field({ description: 'The group value (unit id, level, tenure band, location); "" for everyone' })
  key: string;

  @Field()
  label: string;

  @Field()
  suppressed: boolean;

  @Field(() => String, { nullable: true, description: 'Why nothing is shown: too few answers, or it would reveal a smaller group by difference' })
  reason: string | null;

  @Field(() => Int, { nullable: true })
  invited: number | null;

  @Field(() => Int, { nullable: true })
  respondents: number | null;

  @Field(() => Float, { nullable: true, description: 'Respondents / invited, in %' })
  responseRate: number | null;

  @Field(() => Int, { nullable: true, description: 'eNPS of the ENPS question' })
  enps: number | null;

  @Field(() => Float, { nullable: true, description: 'Engagement: mean favourable % of the LIKERT questions' })
  engagement: number | null;

  @Field(() => [InsightsQuestionResultType])
  questions: InsightsQuestionResultType[];
}

@ObjectType('InsightsSurveyResults')
export class InsightsSurveyResultsType {
  @Field(() => ID)
  surveyId: string;

  @Field(() => Int, { description: 'The anonymity threshold k applied' })
  threshold: number;

  @Field(() => InsightsSurveyDimension, { nullable: true })
  groupBy: InsightsSurveyDimension | null;

  @Field(() => InsightsSurveyGroupResultType, { description: 'Everyone the filter selects' })
  overall: InsightsSurveyGroupResultType;

  @Field(() => [InsightsSurveyGroupResultType])
  groups: InsightsSurveyGroupResultType[];
}

@ObjectType('InsightsSurveyTrendPoint')
export class InsightsSurveyTrendPointType {
  @Field(() => ID)
  surveyId: string;

  @Field()
  title: string;

  @Field(() => InsightsSurveyKind)
  kind: InsightsSurveyKind;

  @Field(() => String, { nullable: true })
  openedAt: string | null;

  @Field(() => InsightsSurveyGroupResultType, { description: 'The whole survey, questions left out' })
  result: InsightsSurveyGroupResultType;
}
