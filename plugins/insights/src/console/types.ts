// Result shapes of the insights console's GraphQL documents (see api.ts).
export type SurveyKind = 'ENGAGEMENT' | 'PULSE' | 'CUSTOM';
export type SurveyStatus = 'DRAFT' | 'OPEN' | 'CLOSED';
export type QuestionKind = 'LIKERT' | 'ENPS' | 'SINGLE' | 'MULTIPLE' | 'TEXT';
export type Dimension = 'UNIT' | 'LEVEL' | 'TENURE' | 'LOCATION';

export interface LocalText { enUS: string; zhCN: string }

export interface Question {
  id: string;
  kind: QuestionKind;
  text: string;
  texts: LocalText;
  options: string[];
  optionTexts: LocalText[];
  required: boolean;
}

export interface Survey {
  id: string;
  title: string;
  kind: SurveyKind;
  status: SurveyStatus;
  questions: Question[];
  audienceUnitIds: string[];
  audienceLevels: string[];
  closesOn: string | null;
  openedAt: string | null;
  closedAt: string | null;
  invited: number | null;
  responses: number | null;
  awaitingMyAnswer: boolean;
  answeredByMe: boolean;
}

export interface QuestionResult {
  questionId: string;
  kind: QuestionKind;
  text: string;
  suppressed: boolean;
  answered: number | null;
  mean: number | null;
  favourable: number | null;
  enps: number | null;
  distribution: number[];
  comments: string[];
}

export interface GroupResult {
  key: string;
  label: string;
  suppressed: boolean;
  reason: string | null;
  invited: number | null;
  respondents: number | null;
  responseRate: number | null;
  enps: number | null;
  engagement: number | null;
  questions: QuestionResult[];
}

export interface SurveyResults { surveyId: string; threshold: number; groupBy: Dimension | null; overall: GroupResult; groups: GroupResult[] }
export interface TrendPoint { surveyId: string; title: string; kind: SurveyKind; openedAt: string | null; result: GroupResult }

export interface AttritionMonth { month: string; headcountStart: number; headcountEnd: number; hires: number; leavers: number; voluntary: number; involuntary: number; regretted: number; annualisedRate: number | null }
export interface AttritionPeriod { averageHeadcount: number; leavers: number; voluntary: number; involuntary: number; regretted: number; annualisedRate: number | null; voluntaryRate: number | null }
export interface Attrition {
  from: string;
  to: string;
  threshold: number;
  months: AttritionMonth[];
  total: AttritionPeriod;
  units: Array<{ unitId: string; name: string; parentId: string | null; suppressed: boolean; figures: AttritionPeriod | null }>;
  tenureAtExit: Array<{ band: string; leavers: number }>;
  medianTenureMonths: number | null;
}

export interface RiskModel {
  version: number;
  kind: string;
  trainedAt: string;
  trainingRows: number;
  positives: number;
  auc: number | null;
  brier: number;
  otherKind: string;
  otherAuc: number | null;
  holdoutRows: number;
  holdoutPositives: number;
  calibration: Array<{ lower: number; upper: number; count: number; meanPredicted: number | null; observedRate: number | null }>;
}
export interface RiskFactor { feature: string; label: string; value: number; contribution: number; words: string }
export interface PersonRisk { personId: string; name: string; score: number; baseline: number; modelVersion: number; factors: RiskFactor[] }

export interface Measure {
  id: string;
  title: string;
  formula: string;
  value: number | null;
  unit: string;
  components: Array<{ id: string; label: string; value: number | null; unit: string; people: number | null }>;
  trend: Array<{ label: string; value: number | null }>;
}
export interface Effectiveness { unitId: string | null; unitName: string; threshold: number; asOf: string; measures: Measure[] }
export interface OrgUnit { id: string; name: string; parentId: string | null }
