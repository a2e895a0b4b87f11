/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment InsightsSurveyFields on InsightsSurvey {\n    id title kind status audienceUnitIds audienceLevels closesOn openedAt closedAt invited responses awaitingMyAnswer answeredByMe updatedAt\n    questions { id kind text texts { enUS zhCN } options optionTexts { enUS zhCN } required }\n  }\n": typeof types.InsightsSurveyFieldsFragmentDoc,
    "\n  fragment InsightsGroupFields on InsightsSurveyGroupResult {\n    key label suppressed reason invited respondents responseRate enps engagement\n    questions { questionId kind text suppressed answered mean favourable enps distribution comments }\n  }\n": typeof types.InsightsGroupFieldsFragmentDoc,
    "\n  fragment InsightsPeriodFields on InsightsAttritionPeriod { averageHeadcount leavers voluntary involuntary regretted annualisedRate voluntaryRate }\n": typeof types.InsightsPeriodFieldsFragmentDoc,
    "query InsightsSurveys($status: InsightsSurveyStatus) { surveys(status: $status) { ...InsightsSurveyFields } }": typeof types.InsightsSurveysDocument,
    "\n  query InsightsSurveysPage($filter: InsightsSurveyListFilter, $sort: InsightsSurveySort, $first: Int!, $after: String) {\n    surveysPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...InsightsSurveyFields } }\n  }\n": typeof types.InsightsSurveysPageDocument,
    "query InsightsMySurveys { mySurveys { ...InsightsSurveyFields } }": typeof types.InsightsMySurveysDocument,
    "query InsightsSurvey($id: ID!) { survey(id: $id) { ...InsightsSurveyFields } anonymityThreshold }": typeof types.InsightsSurveyDocument,
    "query InsightsTrend($kind: InsightsSurveyKind) { surveyTrend(kind: $kind) { surveyId title kind openedAt result { ...InsightsGroupFields } } }": typeof types.InsightsTrendDocument,
    "\n  query InsightsResults($surveyId: ID!, $filter: InsightsSurveyFilterInput, $groupBy: InsightsSurveyDimension) {\n    surveyResults(surveyId: $surveyId, filter: $filter, groupBy: $groupBy) { surveyId threshold groupBy overall { ...InsightsGroupFields } groups { ...InsightsGroupFields } }\n  }\n": typeof types.InsightsResultsDocument,
    "query InsightsThreshold { anonymityThreshold }": typeof types.InsightsThresholdDocument,
    "mutation InsightsSetThreshold($k: Int!) { setAnonymityThreshold(k: $k) }": typeof types.InsightsSetThresholdDocument,
    "mutation InsightsCreateSurvey($input: CreateSurveyInput!) { createSurvey(input: $input) { ...InsightsSurveyFields } }": typeof types.InsightsCreateSurveyDocument,
    "mutation InsightsUpdateSurvey($id: ID!, $input: UpdateSurveyInput!) { updateSurvey(id: $id, input: $input) { ...InsightsSurveyFields } }": typeof types.InsightsUpdateSurveyDocument,
    "mutation InsightsDeleteSurvey($id: ID!) { deleteSurvey(id: $id) }": typeof types.InsightsDeleteSurveyDocument,
    "mutation InsightsOpenSurvey($id: ID!) { openSurvey(id: $id) { ...InsightsSurveyFields } }": typeof types.InsightsOpenSurveyDocument,
    "mutation InsightsCloseSurvey($id: ID!) { closeSurvey(id: $id) { ...InsightsSurveyFields } }": typeof types.InsightsCloseSurveyDocument,
    "mutation InsightsRemindSurvey($id: ID!) { remindSurvey(id: $id) }": typeof types.InsightsRemindSurveyDocument,
    "\n  mutation InsightsAnswer($surveyId: ID!, $answers: [InsightsAnswerInput!]!) { submitSurveyResponse(surveyId: $surveyId, answers: $answers) { ...InsightsSurveyFields } }\n": typeof types.InsightsAnswerDocument,
    "query InsightsOrgUnits { orgUnits { id name parentId } }": typeof types.InsightsOrgUnitsDocument,
    "\n  query InsightsAttrition($from: String!, $to: String!) {\n    attritionReport(from: $from, to: $to) {\n      from to threshold medianTenureMonths\n      months { month headcountStart headcountEnd hires leavers voluntary involuntary regretted annualisedRate }\n      total { ...InsightsPeriodFields }\n      units { unitId name parentId suppressed figures { ...InsightsPeriodFields } }\n      tenureAtExit { band leavers }\n    }\n  }\n": typeof types.InsightsAttritionDocument,
    "\n  query InsightsRisks($first: Int!) {\n    attritionRisks(first: $first) {\n      model {\n        version kind trainedAt trainingRows positives auc brier otherKind otherAuc holdoutRows holdoutPositives\n        calibration { lower upper count meanPredicted observedRate }\n      }\n      risks { personId name score baseline modelVersion factors { feature label value contribution words } }\n    }\n  }\n": typeof types.InsightsRisksDocument,
    "mutation InsightsTrain { startRiskModelTraining { id type state progress } }": typeof types.InsightsTrainDocument,
    "\n  query InsightsEffectiveness($unitId: ID) {\n    effectiveness(unitId: $unitId) { unitId unitName threshold asOf measures { id title formula value unit components { id label value unit people } trend { label value } } }\n  }\n": typeof types.InsightsEffectivenessDocument,
};
const documents: Documents = {
    "\n  fragment InsightsSurveyFields on InsightsSurvey {\n    id title kind status audienceUnitIds audienceLevels closesOn openedAt closedAt invited responses awaitingMyAnswer answeredByMe updatedAt\n    questions { id kind text texts { enUS zhCN } options optionTexts { enUS zhCN } required }\n  }\n": types.InsightsSurveyFieldsFragmentDoc,
    "\n  fragment InsightsGroupFields on InsightsSurveyGroupResult {\n    key label suppressed reason invited respondents responseRate enps engagement\n    questions { questionId kind text suppressed answered mean favourable enps distribution comments }\n  }\n": types.InsightsGroupFieldsFragmentDoc,
    "\n  fragment InsightsPeriodFields on InsightsAttritionPeriod { averageHeadcount leavers voluntary involuntary regretted annualisedRate voluntaryRate }\n": types.InsightsPeriodFieldsFragmentDoc,
    "query InsightsSurveys($status: InsightsSurveyStatus) { surveys(status: $status) { ...InsightsSurveyFields } }": types.InsightsSurveysDocument,
    "\n  query InsightsSurveysPage($filter: InsightsSurveyListFilter, $sort: InsightsSurveySort, $first: Int!, $after: String) {\n    surveysPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...InsightsSurveyFields } }\n  }\n": types.InsightsSurveysPageDocument,
    "query InsightsMySurveys { mySurveys { ...InsightsSurveyFields } }": types.InsightsMySurveysDocument,
    "query InsightsSurvey($id: ID!) { survey(id: $id) { ...InsightsSurveyFields } anonymityThreshold }": types.InsightsSurveyDocument,
    "query InsightsTrend($kind: InsightsSurveyKind) { surveyTrend(kind: $kind) { surveyId title kind openedAt result { ...InsightsGroupFields } } }": types.InsightsTrendDocument,
    "\n  query InsightsResults($surveyId: ID!, $filter: InsightsSurveyFilterInput, $groupBy: InsightsSurveyDimension) {\n    surveyResults(surveyId: $surveyId, filter: $filter, groupBy: $groupBy) { surveyId threshold groupBy overall { ...InsightsGroupFields } groups { ...InsightsGroupFields } }\n  }\n": types.InsightsResultsDocument,
    "query InsightsThreshold { anonymityThreshold }": types.InsightsThresholdDocument,
    "mutation InsightsSetThreshold($k: Int!) { setAnonymityThreshold(k: $k) }": types.InsightsSetThresholdDocument,
    "mutation InsightsCreateSurvey($input: CreateSurveyInput!) { createSurvey(input: $input) { ...InsightsSurveyFields } }": types.InsightsCreateSurveyDocument,
    "mutation InsightsUpdateSurvey($id: ID!, $input: UpdateSurveyInput!) { updateSurvey(id: $id, input: $input) { ...InsightsSurveyFields } }": types.InsightsUpdateSurveyDocument,
    "mutation InsightsDeleteSurvey($id: ID!) { deleteSurvey(id: $id) }": types.InsightsDeleteSurveyDocument,
    "mutation InsightsOpenSurvey($id: ID!) { openSurvey(id: $id) { ...InsightsSurveyFields } }": types.InsightsOpenSurveyDocument,
    "mutation InsightsCloseSurvey($id: ID!) { closeSurvey(id: $id) { ...InsightsSurveyFields } }": types.InsightsCloseSurveyDocument,
    "mutation InsightsRemindSurvey($id: ID!) { remindSurvey(id: $id) }": types.InsightsRemindSurveyDocument,
    "\n  mutation InsightsAnswer($surveyId: ID!, $answers: [InsightsAnswerInput!]!) { submitSurveyResponse(surveyId: $surveyId, answers: $answers) { ...InsightsSurveyFields } }\n": types.InsightsAnswerDocument,
    "query InsightsOrgUnits { orgUnits { id name parentId } }": types.InsightsOrgUnitsDocument,
    "\n  query InsightsAttrition($from: String!, $to: String!) {\n    attritionReport(from: $from, to: $to) {\n      from to threshold medianTenureMonths\n      months { month headcountStart headcountEnd hires leavers voluntary involuntary regretted annualisedRate }\n      total { ...InsightsPeriodFields }\n      units { unitId name parentId suppressed figures { ...InsightsPeriodFields } }\n      tenureAtExit { band leavers }\n    }\n  }\n": types.InsightsAttritionDocument,
    "\n  query InsightsRisks($first: Int!) {\n    attritionRisks(first: $first) {\n      model {\n        version kind trainedAt trainingRows positives auc brier otherKind otherAuc holdoutRows holdoutPositives\n        calibration { lower upper count meanPredicted observedRate }\n      }\n      risks { personId name score baseline modelVersion factors { feature label value contribution words } }\n    }\n  }\n": types.InsightsRisksDocument,
    "mutation InsightsTrain { startRiskModelTraining { id type state progress } }": types.InsightsTrainDocument,
    "\n  query InsightsEffectiveness($unitId: ID) {\n    effectiveness(unitId: $unitId) { unitId unitName threshold asOf measures { id title formula value unit components { id label value unit people } trend { label value } } }\n  }\n": types.InsightsEffectivenessDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InsightsSurveyFields on InsightsSurvey {\n    id title kind status audienceUnitIds audienceLevels closesOn openedAt closedAt invited responses awaitingMyAnswer answeredByMe updatedAt\n    questions { id kind text texts { enUS zhCN } options optionTexts { enUS zhCN } required }\n  }\n"): typeof import('./graphql').InsightsSurveyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InsightsGroupFields on InsightsSurveyGroupResult {\n    key label suppressed reason invited respondents responseRate enps engagement\n    questions { questionId kind text suppressed answered mean favourable enps distribution comments }\n  }\n"): typeof import('./graphql').InsightsGroupFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InsightsPeriodFields on InsightsAttritionPeriod { averageHeadcount leavers voluntary involuntary regretted annualisedRate voluntaryRate }\n"): typeof import('./graphql').InsightsPeriodFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightsSurveys($status: InsightsSurveyStatus) { surveys(status: $status) { ...InsightsSurveyFields } }"): typeof import('./graphql').InsightsSurveysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsSurveysPage($filter: InsightsSurveyListFilter, $sort: InsightsSurveySort, $first: Int!, $after: String) {\n    surveysPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...InsightsSurveyFields } }\n  }\n"): typeof import('./graphql').InsightsSurveysPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightsMySurveys { mySurveys { ...InsightsSurveyFields } }"): typeof import('./graphql').InsightsMySurveysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightsSurvey($id: ID!) { survey(id: $id) { ...InsightsSurveyFields } anonymityThreshold }"): typeof import('./graphql').InsightsSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightsTrend($kind: InsightsSurveyKind) { surveyTrend(kind: $kind) { surveyId title kind openedAt result { ...InsightsGroupFields } } }"): typeof import('./graphql').InsightsTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsResults($surveyId: ID!, $filter: InsightsSurveyFilterInput, $groupBy: InsightsSurveyDimension) {\n    surveyResults(surveyId: $surveyId, filter: $filter, groupBy: $groupBy) { surveyId threshold groupBy overall { ...InsightsGroupFields } groups { ...InsightsGroupFields } }\n  }\n"): typeof import('./graphql').InsightsResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightsThreshold { anonymityThreshold }"): typeof import('./graphql').InsightsThresholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightsSetThreshold($k: Int!) { setAnonymityThreshold(k: $k) }"): typeof import('./graphql').InsightsSetThresholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightsCreateSurvey($input: CreateSurveyInput!) { createSurvey(input: $input) { ...InsightsSurveyFields } }"): typeof import('./graphql').InsightsCreateSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightsUpdateSurvey($id: ID!, $input: UpdateSurveyInput!) { updateSurvey(id: $id, input: $input) { ...InsightsSurveyFields } }"): typeof import('./graphql').InsightsUpdateSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightsDeleteSurvey($id: ID!) { deleteSurvey(id: $id) }"): typeof import('./graphql').InsightsDeleteSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightsOpenSurvey($id: ID!) { openSurvey(id: $id) { ...InsightsSurveyFields } }"): typeof import('./graphql').InsightsOpenSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightsCloseSurvey($id: ID!) { closeSurvey(id: $id) { ...InsightsSurveyFields } }"): typeof import('./graphql').InsightsCloseSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightsRemindSurvey($id: ID!) { remindSurvey(id: $id) }"): typeof import('./graphql').InsightsRemindSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InsightsAnswer($surveyId: ID!, $answers: [InsightsAnswerInput!]!) { submitSurveyResponse(surveyId: $surveyId, answers: $answers) { ...InsightsSurveyFields } }\n"): typeof import('./graphql').InsightsAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightsOrgUnits { orgUnits { id name parentId } }"): typeof import('./graphql').InsightsOrgUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsAttrition($from: String!, $to: String!) {\n    attritionReport(from: $from, to: $to) {\n      from to threshold medianTenureMonths\n      months { month headcountStart headcountEnd hires leavers voluntary involuntary regretted annualisedRate }\n      total { ...InsightsPeriodFields }\n      units { unitId name parentId suppressed figures { ...InsightsPeriodFields } }\n      tenureAtExit { band leavers }\n    }\n  }\n"): typeof import('./graphql').InsightsAttritionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsRisks($first: Int!) {\n    attritionRisks(first: $first) {\n      model {\n        version kind trainedAt trainingRows positives auc brier otherKind otherAuc holdoutRows holdoutPositives\n        calibration { lower upper count meanPredicted observedRate }\n      }\n      risks { personId name score baseline modelVersion factors { feature label value contribution words } }\n    }\n  }\n"): typeof import('./graphql').InsightsRisksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightsTrain { startRiskModelTraining { id type state progress } }"): typeof import('./graphql').InsightsTrainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsEffectiveness($unitId: ID) {\n    effectiveness(unitId: $unitId) { unitId unitName threshold asOf measures { id title formula value unit components { id label value unit people } trend { label value } } }\n  }\n"): typeof import('./graphql').InsightsEffectivenessDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
