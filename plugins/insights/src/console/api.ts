// The GraphQL documents of the insights console. Their result and variable types are generated
// from the committed schema (./gql, by apps/console's codegen; the drift check keeps them current).
import { graphql } from './gql/index.js';

graphql(`
  fragment InsightsSurveyFields on InsightsSurvey {
    id title kind status audienceUnitIds audienceLevels closesOn openedAt closedAt invited responses awaitingMyAnswer answeredByMe updatedAt
    questions { id kind text texts { enUS zhCN } options optionTexts { enUS zhCN } required }
  }
`);
graphql(`
  fragment InsightsGroupFields on InsightsSurveyGroupResult {
    key label suppressed reason invited respondents responseRate enps engagement
    questions { questionId kind text suppressed answered mean favourable enps distribution comments }
  }
`);
graphql(`
  fragment InsightsPeriodFields on InsightsAttritionPeriod { averageHeadcount leavers voluntary involuntary regretted annualisedRate voluntaryRate }
`);

export const SURVEYS = graphql(`query InsightsSurveys($status: InsightsSurveyStatus) { surveys(status: $status) { ...InsightsSurveyFields } }`);
export const SURVEYS_PAGE = graphql(`
  query InsightsSurveysPage($filter: InsightsSurveyListFilter, $sort: InsightsSurveySort, $first: Int!, $after: String) {
    surveysPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...InsightsSurveyFields } }
  }
`);
export const MY_SURVEYS = graphql(`query InsightsMySurveys { mySurveys { ...InsightsSurveyFields } }`);
export const SURVEY_ONE = graphql(`query InsightsSurvey($id: ID!) { survey(id: $id) { ...InsightsSurveyFields } anonymityThreshold }`);
export const TREND = graphql(`query InsightsTrend($kind: InsightsSurveyKind) { surveyTrend(kind: $kind) { surveyId title kind openedAt result { ...InsightsGroupFields } } }`);
export const RESULTS = graphql(`
  query InsightsResults($surveyId: ID!, $filter: InsightsSurveyFilterInput, $groupBy: InsightsSurveyDimension) {
    surveyResults(surveyId: $surveyId, filter: $filter, groupBy: $groupBy) { surveyId threshold groupBy overall { ...InsightsGroupFields } groups { ...InsightsGroupFields } }
  }
`);
export const THRESHOLD = graphql(`query InsightsThreshold { anonymityThreshold }`);
export const SET_THRESHOLD = graphql(`mutation InsightsSetThreshold($k: Int!) { setAnonymityThreshold(k: $k) }`);
export const CREATE_SURVEY = graphql(`mutation InsightsCreateSurvey($input: CreateSurveyInput!) { createSurvey(input: $input) { ...InsightsSurveyFields } }`);
export const UPDATE_SURVEY = graphql(`mutation InsightsUpdateSurvey($id: ID!, $input: UpdateSurveyInput!) { updateSurvey(id: $id, input: $input) { ...InsightsSurveyFields } }`);
export const DELETE_SURVEY = graphql(`mutation InsightsDeleteSurvey($id: ID!) { deleteSurvey(id: $id) }`);
export const OPEN_SURVEY = graphql(`mutation InsightsOpenSurvey($id: ID!) { openSurvey(id: $id) { ...InsightsSurveyFields } }`);
export const CLOSE_SURVEY = graphql(`mutation InsightsCloseSurvey($id: ID!) { closeSurvey(id: $id) { ...InsightsSurveyFields } }`);
export const REMIND_SURVEY = graphql(`mutation InsightsRemindSurvey($id: ID!) { remindSurvey(id: $id) }`);
export const ANSWER = graphql(`
  mutation InsightsAnswer($surveyId: ID!, $answers: [InsightsAnswerInput!]!) { submitSurveyResponse(surveyId: $surveyId, answers: $answers) { ...InsightsSurveyFields } }
`);
export const ORG_UNITS = graphql(`query InsightsOrgUnits { orgUnits { id name parentId } }`);
export const ATTRITION = graphql(`
  query InsightsAttrition($from: String!, $to: String!) {
    attritionReport(from: $from, to: $to) {
      from to threshold medianTenureMonths
      months { month headcountStart headcountEnd hires leavers voluntary involuntary regretted annualisedRate }
      total { ...InsightsPeriodFields }
      units { unitId name parentId suppressed figures { ...InsightsPeriodFields } }
      tenureAtExit { band leavers }
    }
  }
`);
export const RISKS = graphql(`
  query InsightsRisks($first: Int!) {
    attritionRisks(first: $first) {
      model {
        version kind trainedAt trainingRows positives auc brier otherKind otherAuc holdoutRows holdoutPositives
        calibration { lower upper count meanPredicted observedRate }
      }
      risks { personId name score baseline modelVersion factors { feature label value contribution words } }
    }
  }
`);
export const TRAIN = graphql(`mutation InsightsTrain { startRiskModelTraining { id type state progress } }`);
export const EFFECTIVENESS = graphql(`
  query InsightsEffectiveness($unitId: ID) {
    effectiveness(unitId: $unitId) { unitId unitName threshold asOf measures { id title formula value unit components { id label value unit people } trend { label value } } }
  }
`);
