// The GraphQL documents of the insights console, typed with TypedDocument.
import type { CadreJob, TypedDocument } from '@cadre/sdk/console';
import type { Attrition, Dimension, Effectiveness, OrgUnit, PersonRisk, RiskModel, Survey, SurveyKind, SurveyResults, SurveyStatus, TrendPoint } from './types.js';

/** The one cast from a document string to its typed form. */
export const doc = <R, V = Record<string, never>>(source: string) => source as unknown as TypedDocument<R, V>;

const SURVEY = `id title kind status audienceUnitIds audienceLevels closesOn openedAt closedAt invited responses awaitingMyAnswer answeredByMe
  questions { id kind text texts { enUS zhCN } options optionTexts { enUS zhCN } required }`;
const QUESTION_RESULT = 'questionId kind text suppressed answered mean favourable enps distribution comments';
const GROUP = `key label suppressed reason invited respondents responseRate enps engagement questions { ${QUESTION_RESULT} }`;
const PERIOD = 'averageHeadcount leavers voluntary involuntary regretted annualisedRate voluntaryRate';
const MODEL = 'version kind trainedAt trainingRows positives auc brier otherKind otherAuc holdoutRows holdoutPositives calibration { lower upper count meanPredicted observedRate }';
const RISK = 'personId name score baseline modelVersion factors { feature label value contribution words }';

export interface LocalTextInput { enUS: string; zhCN?: string | null }
export interface QuestionInput { kind: string; text: LocalTextInput; options?: LocalTextInput[] | null; required?: boolean }
export interface SurveyInput { title?: string; kind?: SurveyKind; questions?: QuestionInput[] | null; audienceUnitIds?: string[]; audienceLevels?: string[]; closesOn?: string | null }
export interface AnswerInput { questionId: string; score?: number | null; choices?: number[] | null; text?: string | null }
export interface ResultFilter { unitId?: string | null; level?: string | null; tenureBand?: string | null; location?: string | null }

export const SURVEYS = doc<{ surveys: Survey[] }, { status?: SurveyStatus | null }>(`query InsightsSurveys($status: InsightsSurveyStatus) { surveys(status: $status) { ${SURVEY} } }`);
export const MY_SURVEYS = doc<{ mySurveys: Survey[] }>(`query InsightsMySurveys { mySurveys { ${SURVEY} } }`);
export const SURVEY_ONE = doc<{ survey: Survey; anonymityThreshold: number }, { id: string }>(`query InsightsSurvey($id: ID!) { survey(id: $id) { ${SURVEY} } anonymityThreshold }`);
export const TREND = doc<{ surveyTrend: TrendPoint[] }, { kind?: SurveyKind | null }>(`query InsightsTrend($kind: InsightsSurveyKind) { surveyTrend(kind: $kind) { surveyId title kind openedAt result { ${GROUP} } } }`);
export const RESULTS = doc<{ surveyResults: SurveyResults }, { surveyId: string; filter: ResultFilter | null; groupBy: Dimension | null }>(
  `query InsightsResults($surveyId: ID!, $filter: InsightsSurveyFilterInput, $groupBy: InsightsSurveyDimension) { surveyResults(surveyId: $surveyId, filter: $filter, groupBy: $groupBy) { surveyId threshold groupBy overall { ${GROUP} } groups { ${GROUP} } } }`,
);
export const THRESHOLD = doc<{ anonymityThreshold: number }>('query InsightsThreshold { anonymityThreshold }');
export const SET_THRESHOLD = doc<{ setAnonymityThreshold: number }, { k: number }>('mutation InsightsSetThreshold($k: Int!) { setAnonymityThreshold(k: $k) }');
export const CREATE_SURVEY = doc<{ createSurvey: Survey }, { input: SurveyInput }>(`mutation InsightsCreateSurvey($input: CreateSurveyInput!) { createSurvey(input: $input) { ${SURVEY} } }`);
export const UPDATE_SURVEY = doc<{ updateSurvey: Survey }, { id: string; input: SurveyInput }>(`mutation InsightsUpdateSurvey($id: ID!, $input: UpdateSurveyInput!) { updateSurvey(id: $id, input: $input) { ${SURVEY} } }`);
export const DELETE_SURVEY = doc<{ deleteSurvey: boolean }, { id: string }>('mutation InsightsDeleteSurvey($id: ID!) { deleteSurvey(id: $id) }');
export const OPEN_SURVEY = doc<{ openSurvey: Survey }, { id: string }>(`mutation InsightsOpenSurvey($id: ID!) { openSurvey(id: $id) { ${SURVEY} } }`);
export const CLOSE_SURVEY = doc<{ closeSurvey: Survey }, { id: string }>(`mutation InsightsCloseSurvey($id: ID!) { closeSurvey(id: $id) { ${SURVEY} } }`);
export const REMIND_SURVEY = doc<{ remindSurvey: number }, { id: string }>('mutation InsightsRemindSurvey($id: ID!) { remindSurvey(id: $id) }');
export const ANSWER = doc<{ submitSurveyResponse: Survey }, { surveyId: string; answers: AnswerInput[] }>(
  `mutation InsightsAnswer($surveyId: ID!, $answers: [InsightsAnswerInput!]!) { submitSurveyResponse(surveyId: $surveyId, answers: $answers) { ${SURVEY} } }`,
);
export const ORG_UNITS = doc<{ orgUnits: OrgUnit[] }>('query InsightsOrgUnits { orgUnits { id name parentId } }');
export const ATTRITION = doc<{ attritionReport: Attrition }, { from: string; to: string }>(
  `query InsightsAttrition($from: String!, $to: String!) { attritionReport(from: $from, to: $to) { from to threshold medianTenureMonths
    months { month headcountStart headcountEnd hires leavers voluntary involuntary regretted annualisedRate } total { ${PERIOD} }
    units { unitId name parentId suppressed figures { ${PERIOD} } } tenureAtExit { band leavers } } }`,
);
export const RISKS = doc<{ attritionRisks: { model: RiskModel | null; risks: PersonRisk[] } }, { first: number }>(`query InsightsRisks($first: Int!) { attritionRisks(first: $first) { model { ${MODEL} } risks { ${RISK} } } }`);
export const TRAIN = doc<{ startRiskModelTraining: CadreJob }>('mutation InsightsTrain { startRiskModelTraining { id type state progress } }');
export const EFFECTIVENESS = doc<{ effectiveness: Effectiveness }, { unitId: string | null }>(
  'query InsightsEffectiveness($unitId: ID) { effectiveness(unitId: $unitId) { unitId unitName threshold asOf measures { id title formula value unit components { id label value unit people } trend { label value } } } }',
);
