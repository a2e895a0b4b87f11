/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CreateSurveyInput = {
  audienceLevels?: Array<string>;
  audienceUnitIds?: Array<string>;
  closesOn?: string | null | undefined;
  kind: InsightsSurveyKind;
  /** Default for ENGAGEMENT and PULSE: the shipped template */
  questions?: Array<InsightsQuestionInput> | null | undefined;
  title: string;
};

export type InsightsAnswerInput = {
  /** SINGLE (one) or MULTIPLE: option indexes from 0 */
  choices?: Array<number> | null | undefined;
  questionId: string;
  /** LIKERT 1–5, ENPS 0–10 */
  score?: number | null | undefined;
  text?: string | null | undefined;
};

export type InsightsLocalTextInput = {
  enUS: string;
  /** Default: the English text */
  zhCN?: string | null | undefined;
};

export type InsightsQuestionInput = {
  kind: InsightsQuestionKind;
  /** For SINGLE and MULTIPLE: 2 to 12 options */
  options?: Array<InsightsLocalTextInput> | null | undefined;
  required?: boolean;
  text: InsightsLocalTextInput;
};

/** LIKERT 1–5, ENPS 0–10, SINGLE or MULTIPLE choice (option indexes), free TEXT */
export type InsightsQuestionKind =
  | 'ENPS'
  | 'LIKERT'
  | 'MULTIPLE'
  | 'SINGLE'
  | 'TEXT';

/** UNIT: the child units of the filtered unit (or of the company) */
export type InsightsSurveyDimension =
  | 'LEVEL'
  | 'LOCATION'
  | 'TENURE'
  | 'UNIT';

export type InsightsSurveyFilterInput = {
  level?: string | null | undefined;
  location?: string | null | undefined;
  /** LT_1Y, Y1_2, Y2_4 or Y4_PLUS */
  tenureBand?: string | null | undefined;
  /** An org unit with its subtree */
  unitId?: string | null | undefined;
};

/** ENGAGEMENT and PULSE start from the shipped templates */
export type InsightsSurveyKind =
  | 'CUSTOM'
  | 'ENGAGEMENT'
  | 'PULSE';

export type InsightsSurveyListFilter = {
  kind?: InsightsSurveyKind | null | undefined;
  /** Part of the title, any case */
  search?: string | null | undefined;
  status?: InsightsSurveyStatus | null | undefined;
};

export type InsightsSurveySort = {
  direction?: SortDirection;
  field: InsightsSurveySortField;
};

/** OPENED_AT puts drafts (never opened) first when ascending */
export type InsightsSurveySortField =
  | 'CREATED_AT'
  | 'KIND'
  | 'OPENED_AT'
  | 'STATUS'
  | 'TITLE';

export type InsightsSurveyStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type UpdateSurveyInput = {
  audienceLevels?: Array<string> | null | undefined;
  audienceUnitIds?: Array<string> | null | undefined;
  closesOn?: string | null | undefined;
  /** The updatedAt you read: if the survey changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: string | null | undefined;
  questions?: Array<InsightsQuestionInput> | null | undefined;
  title?: string | null | undefined;
};

export type InsightsSurveyFieldsFragment = { id: string, title: string, kind: InsightsSurveyKind, status: InsightsSurveyStatus, audienceUnitIds: Array<string>, audienceLevels: Array<string>, closesOn: string | null, openedAt: string | null, closedAt: string | null, invited: number | null, responses: number | null, awaitingMyAnswer: boolean, answeredByMe: boolean, updatedAt: string, questions: Array<{ id: string, kind: InsightsQuestionKind, text: string, options: Array<string>, required: boolean, texts: { enUS: string, zhCN: string }, optionTexts: Array<{ enUS: string, zhCN: string }> }> };

export type InsightsGroupFieldsFragment = { key: string, label: string, suppressed: boolean, reason: string | null, invited: number | null, respondents: number | null, responseRate: number | null, enps: number | null, engagement: number | null, questions: Array<{ questionId: string, kind: InsightsQuestionKind, text: string, suppressed: boolean, answered: number | null, mean: number | null, favourable: number | null, enps: number | null, distribution: Array<number>, comments: Array<string> }> };

export type InsightsPeriodFieldsFragment = { averageHeadcount: number, leavers: number, voluntary: number, involuntary: number, regretted: number, annualisedRate: number | null, voluntaryRate: number | null };

export type InsightsSurveysQueryVariables = Exact<{
  status?: InsightsSurveyStatus | null | undefined;
}>;


export type InsightsSurveysQuery = { surveys: Array<{ id: string, title: string, kind: InsightsSurveyKind, status: InsightsSurveyStatus, audienceUnitIds: Array<string>, audienceLevels: Array<string>, closesOn: string | null, openedAt: string | null, closedAt: string | null, invited: number | null, responses: number | null, awaitingMyAnswer: boolean, answeredByMe: boolean, updatedAt: string, questions: Array<{ id: string, kind: InsightsQuestionKind, text: string, options: Array<string>, required: boolean, texts: { enUS: string, zhCN: string }, optionTexts: Array<{ enUS: string, zhCN: string }> }> }> };

export type InsightsSurveysPageQueryVariables = Exact<{
  filter?: InsightsSurveyListFilter | null | undefined;
  sort?: InsightsSurveySort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type InsightsSurveysPageQuery = { surveysPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, title: string, kind: InsightsSurveyKind, status: InsightsSurveyStatus, audienceUnitIds: Array<string>, audienceLevels: Array<string>, closesOn: string | null, openedAt: string | null, closedAt: string | null, invited: number | null, responses: number | null, awaitingMyAnswer: boolean, answeredByMe: boolean, updatedAt: string, questions: Array<{ id: string, kind: InsightsQuestionKind, text: string, options: Array<string>, required: boolean, texts: { enUS: string, zhCN: string }, optionTexts: Array<{ enUS: string, zhCN: string }> }> }> } };

export type InsightsMySurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type InsightsMySurveysQuery = { mySurveys: Array<{ id: string, title: string, kind: InsightsSurveyKind, status: InsightsSurveyStatus, audienceUnitIds: Array<string>, audienceLevels: Array<string>, closesOn: string | null, openedAt: string | null, closedAt: string | null, invited: number | null, responses: number | null, awaitingMyAnswer: boolean, answeredByMe: boolean, updatedAt: string, questions: Array<{ id: string, kind: InsightsQuestionKind, text: string, options: Array<string>, required: boolean, texts: { enUS: string, zhCN: string }, optionTexts: Array<{ enUS: string, zhCN: string }> }> }> };

export type InsightsSurveyQueryVariables = Exact<{
  id: string;
}>;


export type InsightsSurveyQuery = { anonymityThreshold: number, survey: { id: string, title: string, kind: InsightsSurveyKind, status: InsightsSurveyStatus, audienceUnitIds: Array<string>, audienceLevels: Array<string>, closesOn: string | null, openedAt: string | null, closedAt: string | null, invited: number | null, responses: number | null, awaitingMyAnswer: boolean, answeredByMe: boolean, updatedAt: string, questions: Array<{ id: string, kind: InsightsQuestionKind, text: string, options: Array<string>, required: boolean, texts: { enUS: string, zhCN: string }, optionTexts: Array<{ enUS: string, zhCN: string }> }> } };

export type InsightsTrendQueryVariables = Exact<{
  kind?: InsightsSurveyKind | null | undefined;
}>;


export type InsightsTrendQuery = { surveyTrend: Array<{ surveyId: string, title: string, kind: InsightsSurveyKind, openedAt: string | null, result: { key: string, label: string, suppressed: boolean, reason: string | null, invited: number | null, respondents: number | null, responseRate: number | null, enps: number | null, engagement: number | null, questions: Array<{ questionId: string, kind: InsightsQuestionKind, text: string, suppressed: boolean, answered: number | null, mean: number | null, favourable: number | null, enps: number | null, distribution: Array<number>, comments: Array<string> }> } }> };

export type InsightsResultsQueryVariables = Exact<{
  surveyId: string;
  filter?: InsightsSurveyFilterInput | null | undefined;
  groupBy?: InsightsSurveyDimension | null | undefined;
}>;


export type InsightsResultsQuery = { surveyResults: { surveyId: string, threshold: number, groupBy: InsightsSurveyDimension | null, overall: { key: string, label: string, suppressed: boolean, reason: string | null, invited: number | null, respondents: number | null, responseRate: number | null, enps: number | null, engagement: number | null, questions: Array<{ questionId: string, kind: InsightsQuestionKind, text: string, suppressed: boolean, answered: number | null, mean: number | null, favourable: number | null, enps: number | null, distribution: Array<number>, comments: Array<string> }> }, groups: Array<{ key: string, label: string, suppressed: boolean, reason: string | null, invited: number | null, respondents: number | null, responseRate: number | null, enps: number | null, engagement: number | null, questions: Array<{ questionId: string, kind: InsightsQuestionKind, text: string, suppressed: boolean, answered: number | null, mean: number | null, favourable: number | null, enps: number | null, distribution: Array<number>, comments: Array<string> }> }> } };

export type InsightsThresholdQueryVariables = Exact<{ [key: string]: never; }>;


export type InsightsThresholdQuery = { anonymityThreshold: number };

export type InsightsSetThresholdMutationVariables = Exact<{
  k: number;
}>;


export type InsightsSetThresholdMutation = { setAnonymityThreshold: number };

export type InsightsCreateSurveyMutationVariables = Exact<{
  input: CreateSurveyInput;
}>;


export type InsightsCreateSurveyMutation = { createSurvey: { id: string, title: string, kind: InsightsSurveyKind, status: InsightsSurveyStatus, audienceUnitIds: Array<string>, audienceLevels: Array<string>, closesOn: string | null, openedAt: string | null, closedAt: string | null, invited: number | null, responses: number | null, awaitingMyAnswer: boolean, answeredByMe: boolean, updatedAt: string, questions: Array<{ id: string, kind: InsightsQuestionKind, text: string, options: Array<string>, required: boolean, texts: { enUS: string, zhCN: string }, optionTexts: Array<{ enUS: string, zhCN: string }> }> } };

export type InsightsUpdateSurveyMutationVariables = Exact<{
  id: string;
  input: UpdateSurveyInput;
}>;


export type InsightsUpdateSurveyMutation = { updateSurvey: { id: string, title: string, kind: InsightsSurveyKind, status: InsightsSurveyStatus, audienceUnitIds: Array<string>, audienceLevels: Array<string>, closesOn: string | null, openedAt: string | null, closedAt: string | null, invited: number | null, responses: number | null, awaitingMyAnswer: boolean, answeredByMe: boolean, updatedAt: string, questions: Array<{ id: string, kind: InsightsQuestionKind, text: string, options: Array<string>, required: boolean, texts: { enUS: string, zhCN: string }, optionTexts: Array<{ enUS: string, zhCN: string }> }> } };

export type InsightsDeleteSurveyMutationVariables = Exact<{
  id: string;
}>;


export type InsightsDeleteSurveyMutation = { deleteSurvey: boolean };

export type InsightsOpenSurveyMutationVariables = Exact<{
  id: string;
}>;


export type InsightsOpenSurveyMutation = { openSurvey: { id: string, title: string, kind: InsightsSurveyKind, status: InsightsSurveyStatus, audienceUnitIds: Array<string>, audienceLevels: Array<string>, closesOn: string | null, openedAt: string | null, closedAt: string | null, invited: number | null, responses: number | null, awaitingMyAnswer: boolean, answeredByMe: boolean, updatedAt: string, questions: Array<{ id: string, kind: InsightsQuestionKind, text: string, options: Array<string>, required: boolean, texts: { enUS: string, zhCN: string }, optionTexts: Array<{ enUS: string, zhCN: string }> }> } };

export type InsightsCloseSurveyMutationVariables = Exact<{
  id: string;
}>;


export type InsightsCloseSurveyMutation = { closeSurvey: { id: string, title: string, kind: InsightsSurveyKind, status: InsightsSurveyStatus, audienceUnitIds: Array<string>, audienceLevels: Array<string>, closesOn: string | null, openedAt: string | null, closedAt: string | null, invited: number | null, responses: number | null, awaitingMyAnswer: boolean, answeredByMe: boolean, updatedAt: string, questions: Array<{ id: string, kind: InsightsQuestionKind, text: string, options: Array<string>, required: boolean, texts: { enUS: string, zhCN: string }, optionTexts: Array<{ enUS: string, zhCN: string }> }> } };

export type InsightsRemindSurveyMutationVariables = Exact<{
  id: string;
}>;


export type InsightsRemindSurveyMutation = { remindSurvey: number };

export type InsightsAnswerMutationVariables = Exact<{
  surveyId: string;
  answers: Array<InsightsAnswerInput> | InsightsAnswerInput;
}>;


export type InsightsAnswerMutation = { submitSurveyResponse: { id: string, title: string, kind: InsightsSurveyKind, status: InsightsSurveyStatus, audienceUnitIds: Array<string>, audienceLevels: Array<string>, closesOn: string | null, openedAt: string | null, closedAt: string | null, invited: number | null, responses: number | null, awaitingMyAnswer: boolean, answeredByMe: boolean, updatedAt: string, questions: Array<{ id: string, kind: InsightsQuestionKind, text: string, options: Array<string>, required: boolean, texts: { enUS: string, zhCN: string }, optionTexts: Array<{ enUS: string, zhCN: string }> }> } };

export type InsightsOrgUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type InsightsOrgUnitsQuery = { orgUnits: Array<{ id: string, name: string, parentId: string | null }> };

export type InsightsAttritionQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type InsightsAttritionQuery = { attritionReport: { from: string, to: string, threshold: number, medianTenureMonths: number | null, months: Array<{ month: string, headcountStart: number, headcountEnd: number, hires: number, leavers: number, voluntary: number, involuntary: number, regretted: number, annualisedRate: number | null }>, total: { averageHeadcount: number, leavers: number, voluntary: number, involuntary: number, regretted: number, annualisedRate: number | null, voluntaryRate: number | null }, units: Array<{ unitId: string, name: string, parentId: string | null, suppressed: boolean, figures: { averageHeadcount: number, leavers: number, voluntary: number, involuntary: number, regretted: number, annualisedRate: number | null, voluntaryRate: number | null } | null }>, tenureAtExit: Array<{ band: string, leavers: number }> } };

export type InsightsRisksQueryVariables = Exact<{
  first: number;
}>;


export type InsightsRisksQuery = { attritionRisks: { model: { version: number, kind: string, trainedAt: string, trainingRows: number, positives: number, auc: number | null, brier: number, otherKind: string, otherAuc: number | null, holdoutRows: number, holdoutPositives: number, calibration: Array<{ lower: number, upper: number, count: number, meanPredicted: number | null, observedRate: number | null }> } | null, risks: Array<{ personId: string, name: string, score: number, baseline: number, modelVersion: number, factors: Array<{ feature: string, label: string, value: number, contribution: number, words: string }> }> } };

export type InsightsTrainMutationVariables = Exact<{ [key: string]: never; }>;


export type InsightsTrainMutation = { startRiskModelTraining: { id: string, type: string, state: string, progress: number } };

export type InsightsEffectivenessQueryVariables = Exact<{
  unitId?: string | null | undefined;
}>;


export type InsightsEffectivenessQuery = { effectiveness: { unitId: string | null, unitName: string, threshold: number, asOf: string, measures: Array<{ id: string, title: string, formula: string, value: number | null, unit: string, components: Array<{ id: string, label: string, value: number | null, unit: string, people: number | null }>, trend: Array<{ label: string, value: number | null }> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const InsightsSurveyFieldsFragmentDoc = new TypedDocumentString(`
    fragment InsightsSurveyFields on InsightsSurvey {
  id
  title
  kind
  status
  audienceUnitIds
  audienceLevels
  closesOn
  openedAt
  closedAt
  invited
  responses
  awaitingMyAnswer
  answeredByMe
  updatedAt
  questions {
    id
    kind
    text
    texts {
      enUS
      zhCN
    }
    options
    optionTexts {
      enUS
      zhCN
    }
    required
  }
}
    `, {"fragmentName":"InsightsSurveyFields"}) as unknown as TypedDocumentString<InsightsSurveyFieldsFragment, unknown>;
export const InsightsGroupFieldsFragmentDoc = new TypedDocumentString(`
    fragment InsightsGroupFields on InsightsSurveyGroupResult {
  key
  label
  suppressed
  reason
  invited
  respondents
  responseRate
  enps
  engagement
  questions {
    questionId
    kind
    text
    suppressed
    answered
    mean
    favourable
    enps
    distribution
    comments
  }
}
    `, {"fragmentName":"InsightsGroupFields"}) as unknown as TypedDocumentString<InsightsGroupFieldsFragment, unknown>;
export const InsightsPeriodFieldsFragmentDoc = new TypedDocumentString(`
    fragment InsightsPeriodFields on InsightsAttritionPeriod {
  averageHeadcount
  leavers
  voluntary
  involuntary
  regretted
  annualisedRate
  voluntaryRate
}
    `, {"fragmentName":"InsightsPeriodFields"}) as unknown as TypedDocumentString<InsightsPeriodFieldsFragment, unknown>;
export const InsightsSurveysDocument = new TypedDocumentString(`
    query InsightsSurveys($status: InsightsSurveyStatus) {
  surveys(status: $status) {
    ...InsightsSurveyFields
  }
}
    fragment InsightsSurveyFields on InsightsSurvey {
  id
  title
  kind
  status
  audienceUnitIds
  audienceLevels
  closesOn
  openedAt
  closedAt
  invited
  responses
  awaitingMyAnswer
  answeredByMe
  updatedAt
  questions {
    id
    kind
    text
    texts {
      enUS
      zhCN
    }
    options
    optionTexts {
      enUS
      zhCN
    }
    required
  }
}`) as unknown as TypedDocumentString<InsightsSurveysQuery, InsightsSurveysQueryVariables>;
export const InsightsSurveysPageDocument = new TypedDocumentString(`
    query InsightsSurveysPage($filter: InsightsSurveyListFilter, $sort: InsightsSurveySort, $first: Int!, $after: String) {
  surveysPage(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...InsightsSurveyFields
    }
  }
}
    fragment InsightsSurveyFields on InsightsSurvey {
  id
  title
  kind
  status
  audienceUnitIds
  audienceLevels
  closesOn
  openedAt
  closedAt
  invited
  responses
  awaitingMyAnswer
  answeredByMe
  updatedAt
  questions {
    id
    kind
    text
    texts {
      enUS
      zhCN
    }
    options
    optionTexts {
      enUS
      zhCN
    }
    required
  }
}`) as unknown as TypedDocumentString<InsightsSurveysPageQuery, InsightsSurveysPageQueryVariables>;
export const InsightsMySurveysDocument = new TypedDocumentString(`
    query InsightsMySurveys {
  mySurveys {
    ...InsightsSurveyFields
  }
}
    fragment InsightsSurveyFields on InsightsSurvey {
  id
  title
  kind
  status
  audienceUnitIds
  audienceLevels
  closesOn
  openedAt
  closedAt
  invited
  responses
  awaitingMyAnswer
  answeredByMe
  updatedAt
  questions {
    id
    kind
    text
    texts {
      enUS
      zhCN
    }
    options
    optionTexts {
      enUS
      zhCN
    }
    required
  }
}`) as unknown as TypedDocumentString<InsightsMySurveysQuery, InsightsMySurveysQueryVariables>;
export const InsightsSurveyDocument = new TypedDocumentString(`
    query InsightsSurvey($id: ID!) {
  survey(id: $id) {
    ...InsightsSurveyFields
  }
  anonymityThreshold
}
    fragment InsightsSurveyFields on InsightsSurvey {
  id
  title
  kind
  status
  audienceUnitIds
  audienceLevels
  closesOn
  openedAt
  closedAt
  invited
  responses
  awaitingMyAnswer
  answeredByMe
  updatedAt
  questions {
    id
    kind
    text
    texts {
      enUS
      zhCN
    }
    options
    optionTexts {
      enUS
      zhCN
    }
    required
  }
}`) as unknown as TypedDocumentString<InsightsSurveyQuery, InsightsSurveyQueryVariables>;
export const InsightsTrendDocument = new TypedDocumentString(`
    query InsightsTrend($kind: InsightsSurveyKind) {
  surveyTrend(kind: $kind) {
    surveyId
    title
    kind
    openedAt
    result {
      ...InsightsGroupFields
    }
  }
}
    fragment InsightsGroupFields on InsightsSurveyGroupResult {
  key
  label
  suppressed
  reason
  invited
  respondents
  responseRate
  enps
  engagement
  questions {
    questionId
    kind
    text
    suppressed
    answered
    mean
    favourable
    enps
    distribution
    comments
  }
}`) as unknown as TypedDocumentString<InsightsTrendQuery, InsightsTrendQueryVariables>;
export const InsightsResultsDocument = new TypedDocumentString(`
    query InsightsResults($surveyId: ID!, $filter: InsightsSurveyFilterInput, $groupBy: InsightsSurveyDimension) {
  surveyResults(surveyId: $surveyId, filter: $filter, groupBy: $groupBy) {
    surveyId
    threshold
    groupBy
    overall {
      ...InsightsGroupFields
    }
    groups {
      ...InsightsGroupFields
    }
  }
}
    fragment InsightsGroupFields on InsightsSurveyGroupResult {
  key
  label
  suppressed
  reason
  invited
  respondents
  responseRate
  enps
  engagement
  questions {
    questionId
    kind
    text
    suppressed
    answered
    mean
    favourable
    enps
    distribution
    comments
  }
}`) as unknown as TypedDocumentString<InsightsResultsQuery, InsightsResultsQueryVariables>;
export const InsightsThresholdDocument = new TypedDocumentString(`
    query InsightsThreshold {
  anonymityThreshold
}
    `) as unknown as TypedDocumentString<InsightsThresholdQuery, InsightsThresholdQueryVariables>;
export const InsightsSetThresholdDocument = new TypedDocumentString(`
    mutation InsightsSetThreshold($k: Int!) {
  setAnonymityThreshold(k: $k)
}
    `) as unknown as TypedDocumentString<InsightsSetThresholdMutation, InsightsSetThresholdMutationVariables>;
export const InsightsCreateSurveyDocument = new TypedDocumentString(`
    mutation InsightsCreateSurvey($input: CreateSurveyInput!) {
  createSurvey(input: $input) {
    ...InsightsSurveyFields
  }
}
    fragment InsightsSurveyFields on InsightsSurvey {
  id
  title
  kind
  status
  audienceUnitIds
  audienceLevels
  closesOn
  openedAt
  closedAt
  invited
  responses
  awaitingMyAnswer
  answeredByMe
  updatedAt
  questions {
    id
    kind
    text
    texts {
      enUS
      zhCN
    }
    options
    optionTexts {
      enUS
      zhCN
    }
    required
  }
}`) as unknown as TypedDocumentString<InsightsCreateSurveyMutation, InsightsCreateSurveyMutationVariables>;
export const InsightsUpdateSurveyDocument = new TypedDocumentString(`
    mutation InsightsUpdateSurvey($id: ID!, $input: UpdateSurveyInput!) {
  updateSurvey(id: $id, input: $input) {
    ...InsightsSurveyFields
  }
}
    fragment InsightsSurveyFields on InsightsSurvey {
  id
  title
  kind
  status
  audienceUnitIds
  audienceLevels
  closesOn
  openedAt
  closedAt
  invited
  responses
  awaitingMyAnswer
  answeredByMe
  updatedAt
  questions {
    id
    kind
    text
    texts {
      enUS
      zhCN
    }
    options
    optionTexts {
      enUS
      zhCN
    }
    required
  }
}`) as unknown as TypedDocumentString<InsightsUpdateSurveyMutation, InsightsUpdateSurveyMutationVariables>;
export const InsightsDeleteSurveyDocument = new TypedDocumentString(`
    mutation InsightsDeleteSurvey($id: ID!) {
  deleteSurvey(id: $id)
}
    `) as unknown as TypedDocumentString<InsightsDeleteSurveyMutation, InsightsDeleteSurveyMutationVariables>;
export const InsightsOpenSurveyDocument = new TypedDocumentString(`
    mutation InsightsOpenSurvey($id: ID!) {
  openSurvey(id: $id) {
    ...InsightsSurveyFields
  }
}
    fragment InsightsSurveyFields on InsightsSurvey {
  id
  title
  kind
  status
  audienceUnitIds
  audienceLevels
  closesOn
  openedAt
  closedAt
  invited
  responses
  awaitingMyAnswer
  answeredByMe
  updatedAt
  questions {
    id
    kind
    text
    texts {
      enUS
      zhCN
    }
    options
    optionTexts {
      enUS
      zhCN
    }
    required
  }
}`) as unknown as TypedDocumentString<InsightsOpenSurveyMutation, InsightsOpenSurveyMutationVariables>;
export const InsightsCloseSurveyDocument = new TypedDocumentString(`
    mutation InsightsCloseSurvey($id: ID!) {
  closeSurvey(id: $id) {
    ...InsightsSurveyFields
  }
}
    fragment InsightsSurveyFields on InsightsSurvey {
  id
  title
  kind
  status
  audienceUnitIds
  audienceLevels
  closesOn
  openedAt
  closedAt
  invited
  responses
  awaitingMyAnswer
  answeredByMe
  updatedAt
  questions {
    id
    kind
    text
    texts {
      enUS
      zhCN
    }
    options
    optionTexts {
      enUS
      zhCN
    }
    required
  }
}`) as unknown as TypedDocumentString<InsightsCloseSurveyMutation, InsightsCloseSurveyMutationVariables>;
export const InsightsRemindSurveyDocument = new TypedDocumentString(`
    mutation InsightsRemindSurvey($id: ID!) {
  remindSurvey(id: $id)
}
    `) as unknown as TypedDocumentString<InsightsRemindSurveyMutation, InsightsRemindSurveyMutationVariables>;
export const InsightsAnswerDocument = new TypedDocumentString(`
    mutation InsightsAnswer($surveyId: ID!, $answers: [InsightsAnswerInput!]!) {
  submitSurveyResponse(surveyId: $surveyId, answers: $answers) {
    ...InsightsSurveyFields
  }
}
    fragment InsightsSurveyFields on InsightsSurvey {
  id
  title
  kind
  status
  audienceUnitIds
  audienceLevels
  closesOn
  openedAt
  closedAt
  invited
  responses
  awaitingMyAnswer
  answeredByMe
  updatedAt
  questions {
    id
    kind
    text
    texts {
      enUS
      zhCN
    }
    options
    optionTexts {
      enUS
      zhCN
    }
    required
  }
}`) as unknown as TypedDocumentString<InsightsAnswerMutation, InsightsAnswerMutationVariables>;
export const InsightsOrgUnitsDocument = new TypedDocumentString(`
    query InsightsOrgUnits {
  orgUnits {
    id
    name
    parentId
  }
}
    `) as unknown as TypedDocumentString<InsightsOrgUnitsQuery, InsightsOrgUnitsQueryVariables>;
export const InsightsAttritionDocument = new TypedDocumentString(`
    query InsightsAttrition($from: String!, $to: String!) {
  attritionReport(from: $from, to: $to) {
    from
    to
    threshold
    medianTenureMonths
    months {
      month
      headcountStart
      headcountEnd
      hires
      leavers
      voluntary
      involuntary
      regretted
      annualisedRate
    }
    total {
      ...InsightsPeriodFields
    }
    units {
      unitId
      name
      parentId
      suppressed
      figures {
        ...InsightsPeriodFields
      }
    }
    tenureAtExit {
      band
      leavers
    }
  }
}
    fragment InsightsPeriodFields on InsightsAttritionPeriod {
  averageHeadcount
  leavers
  voluntary
  involuntary
  regretted
  annualisedRate
  voluntaryRate
}`) as unknown as TypedDocumentString<InsightsAttritionQuery, InsightsAttritionQueryVariables>;
export const InsightsRisksDocument = new TypedDocumentString(`
    query InsightsRisks($first: Int!) {
  attritionRisks(first: $first) {
    model {
      version
      kind
      trainedAt
      trainingRows
      positives
      auc
      brier
      otherKind
      otherAuc
      holdoutRows
      holdoutPositives
      calibration {
        lower
        upper
        count
        meanPredicted
        observedRate
      }
    }
    risks {
      personId
      name
      score
      baseline
      modelVersion
      factors {
        feature
        label
        value
        contribution
        words
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InsightsRisksQuery, InsightsRisksQueryVariables>;
export const InsightsTrainDocument = new TypedDocumentString(`
    mutation InsightsTrain {
  startRiskModelTraining {
    id
    type
    state
    progress
  }
}
    `) as unknown as TypedDocumentString<InsightsTrainMutation, InsightsTrainMutationVariables>;
export const InsightsEffectivenessDocument = new TypedDocumentString(`
    query InsightsEffectiveness($unitId: ID) {
  effectiveness(unitId: $unitId) {
    unitId
    unitName
    threshold
    asOf
    measures {
      id
      title
      formula
      value
      unit
      components {
        id
        label
        value
        unit
        people
      }
      trend {
        label
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InsightsEffectivenessQuery, InsightsEffectivenessQueryVariables>;