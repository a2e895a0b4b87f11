// Names for the result shapes the insights console works with, all derived from the types
// generated for its documents (./gql): nothing here is written by hand.
import type {
  InsightsAnswerInput, InsightsAttritionQuery, InsightsEffectivenessQuery, InsightsGroupFieldsFragment, InsightsOrgUnitsQuery, InsightsPeriodFieldsFragment,
  InsightsQuestionInput, InsightsRisksQuery, InsightsResultsQuery, InsightsSurveyFieldsFragment, InsightsSurveyFilterInput, InsightsTrendQuery,
} from './gql/graphql.js';

export type { InsightsSurveySortField as SurveySortField, InsightsQuestionKind as QuestionKind, InsightsSurveyDimension as Dimension, InsightsSurveyKind as SurveyKind, InsightsSurveyStatus as SurveyStatus } from './gql/graphql.js';

export type Survey = InsightsSurveyFieldsFragment;
export type Question = Survey['questions'][number];
export type LocalText = Question['texts'];
export type GroupResult = InsightsGroupFieldsFragment;
export type QuestionResult = GroupResult['questions'][number];
export type SurveyResults = InsightsResultsQuery['surveyResults'];
export type TrendPoint = InsightsTrendQuery['surveyTrend'][number];
export type Attrition = InsightsAttritionQuery['attritionReport'];
export type AttritionMonth = Attrition['months'][number];
export type AttritionPeriod = InsightsPeriodFieldsFragment;
export type RiskModel = NonNullable<InsightsRisksQuery['attritionRisks']['model']>;
export type PersonRisk = InsightsRisksQuery['attritionRisks']['risks'][number];
export type RiskFactor = PersonRisk['factors'][number];
export type Effectiveness = InsightsEffectivenessQuery['effectiveness'];
export type Measure = Effectiveness['measures'][number];
export type OrgUnit = InsightsOrgUnitsQuery['orgUnits'][number];

export type AnswerInput = InsightsAnswerInput;
export type QuestionInput = InsightsQuestionInput;
export type ResultFilter = InsightsSurveyFilterInput;
