export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type Account = {
  __typename?: 'Account';
  /** When the account was created (null for a service account) */
  createdAt?: Maybe<Scalars['String']['output']>;
  disabled: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  id: Scalars['String']['output'];
  /** The person who signs in with this account */
  person?: Maybe<Person>;
  personId?: Maybe<Scalars['String']['output']>;
  roles: Array<Scalars['String']['output']>;
};

export type AccountConnection = {
  __typename?: 'AccountConnection';
  nodes: Array<Account>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type AccountFilter = {
  /** A role key: only accounts that hold this role */
  role?: InputMaybe<Scalars['String']['input']>;
  /** Part of the account's email or of its person's name, any case */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type AccountSort = {
  direction?: SortDirection;
  field: AccountSortField;
};

export type AccountSortField =
  | 'CREATED_AT'
  | 'EMAIL';

/** Rates every one of the requisition's interview criteria once */
export type AddAttractionScorecardInput = {
  candidateId: Scalars['ID']['input'];
  /** Defaults to you; recruiters may record for another interviewer */
  interviewerId?: InputMaybe<Scalars['String']['input']>;
  ratings: Array<AttractionCriterionRatingInput>;
  recommendation: Scalars['String']['input'];
  /** e.g. 'Technical 1', 'System design' */
  round: Scalars['String']['input'];
  summary?: Scalars['String']['input'];
};

/** An API token as listed: never the token itself */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** Neither revoked nor expired */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['String']['output'];
  createdByAccountId: Scalars['String']['output'];
  createdByEmail?: Maybe<Scalars['String']['output']>;
  /** Null: never expires */
  expiresAt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ApiTokenKind;
  /** Recorded at most once a minute */
  lastUsedAt?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** The account a personal token acts as */
  ownerAccountId?: Maybe<Scalars['String']['output']>;
  ownerEmail?: Maybe<Scalars['String']['output']>;
  /** The first characters of the token, to tell tokens apart */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['String']['output']>;
  /** Permission ids the token may use */
  scopes: Array<Scalars['String']['output']>;
};

/** PERSONAL acts as its owner; SERVICE acts as itself for the tenant (needs tokens.manage) */
export type ApiTokenKind =
  | 'PERSONAL'
  | 'SERVICE';

export type ApproveAwardInput = {
  /** Minor units */
  amount: Scalars['Float']['input'];
  currency: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type AssignReviewersInput = {
  cycleId: Scalars['ID']['input'];
  kind: Scalars['String']['input'];
  revieweeId: Scalars['ID']['input'];
  reviewerIds: Array<Scalars['ID']['input']>;
};

export type AssignToProjectInput = {
  /** Percent of their time, 1–100 */
  allocation?: Scalars['Int']['input'];
  personId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
};

/** The pay range for a job family × level; money in integer minor units */
export type AttractionBand = {
  __typename?: 'AttractionBand';
  /** Target bonus in percent of base */
  bonusTargetPct: Scalars['Float']['output'];
  currency: Scalars['String']['output'];
  equityMax: Scalars['Int']['output'];
  /** Equity grant range in units */
  equityMin: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  jobFamily: Scalars['String']['output'];
  level: Scalars['String']['output'];
  /** Market data for the same job family × level */
  market?: Maybe<AttractionMarketRate>;
  maxBase: Scalars['Float']['output'];
  midBase: Scalars['Float']['output'];
  minBase: Scalars['Float']['output'];
  updatedAt: Scalars['String']['output'];
};

export type AttractionBandFilter = {
  jobFamily?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<Scalars['String']['input']>;
};

/** Creates the band for jobFamily × level, or replaces it */
export type AttractionBandInput = {
  bonusTargetPct?: Scalars['Float']['input'];
  currency: Scalars['String']['input'];
  equityMax?: Scalars['Int']['input'];
  equityMin?: Scalars['Int']['input'];
  jobFamily: Scalars['String']['input'];
  level: Scalars['String']['input'];
  maxBase: Scalars['Float']['input'];
  midBase: Scalars['Float']['input'];
  minBase: Scalars['Float']['input'];
};

export type AttractionBandPositionCount = {
  __typename?: 'AttractionBandPositionCount';
  /** 'below', 'within', 'above' or 'none' */
  bandPosition: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

export type AttractionCandidate = {
  __typename?: 'AttractionCandidate';
  /** Stages moveCandidate accepts from here (the board enables these drop targets) */
  allowedMoves: Array<Scalars['String']['output']>;
  /** Mean of all criterion scores (1–4) */
  averageScore?: Maybe<Scalars['Float']['output']>;
  createdAt: Scalars['String']['output'];
  /** Days in the current stage (null once hired, rejected or withdrawn) */
  daysInStage?: Maybe<Scalars['Float']['output']>;
  email: Scalars['String']['output'];
  headline: Scalars['String']['output'];
  hiredPersonId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Newest first */
  notes: Array<AttractionCandidateNote>;
  /** Offers you may see, newest first */
  offers: Array<AttractionOffer>;
  phone: Scalars['String']['output'];
  profileUrl: Scalars['String']['output'];
  referrerId?: Maybe<Scalars['String']['output']>;
  requisitionId: Scalars['ID']['output'];
  requisitionTitle: Scalars['String']['output'];
  scorecardCount: Scalars['Int']['output'];
  scorecards: Array<AttractionScorecard>;
  source: Scalars['String']['output'];
  stage: Scalars['String']['output'];
  stageEnteredAt: Scalars['String']['output'];
  /** Every stage move, oldest first */
  transitions: Array<AttractionStageTransition>;
  updatedAt: Scalars['String']['output'];
};

export type AttractionCandidateConnection = {
  __typename?: 'AttractionCandidateConnection';
  nodes: Array<AttractionCandidate>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type AttractionCandidateFilter = {
  requisitionId?: InputMaybe<Scalars['ID']['input']>;
  /** Matches name, email or headline */
  search?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<Scalars['String']['input']>;
};

export type AttractionCandidateNote = {
  __typename?: 'AttractionCandidateNote';
  authorId?: Maybe<Scalars['String']['output']>;
  authorName?: Maybe<Scalars['String']['output']>;
  body: Scalars['String']['output'];
  candidateId: Scalars['ID']['output'];
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type AttractionCandidateSort = {
  direction?: SortDirection;
  field: AttractionCandidateSortField;
};

export type AttractionCandidateSortField =
  | 'CREATED_AT'
  | 'NAME'
  | 'STAGE_ENTERED_AT'
  | 'UPDATED_AT';

/** Where a base pay sits against its band and the market (nothing saved) */
export type AttractionCompPosition = {
  __typename?: 'AttractionCompPosition';
  band?: Maybe<AttractionBand>;
  /** 'below', 'within' or 'above' the band */
  bandPosition?: Maybe<Scalars['String']['output']>;
  base: Scalars['Float']['output'];
  /** base / band mid */
  compaRatio?: Maybe<Scalars['Float']['output']>;
  currency: Scalars['String']['output'];
  jobFamily: Scalars['String']['output'];
  level: Scalars['String']['output'];
  market?: Maybe<AttractionMarketRate>;
  /** Interpolated position of base among P25/P50/P75/P90 (0–100) */
  marketPercentile?: Maybe<Scalars['Float']['output']>;
  /** Outside the band or no comparable band: an offer needs the extra approver */
  needsExceptionApproval: Scalars['Boolean']['output'];
  /** Why a number is missing */
  note?: Maybe<Scalars['String']['output']>;
  /** (base − min) / (max − min) */
  rangePenetration?: Maybe<Scalars['Float']['output']>;
};

/** A hypothetical base against a band: give bandId, or jobFamily and level */
export type AttractionCompaRatioInput = {
  bandId?: InputMaybe<Scalars['ID']['input']>;
  base: Scalars['Float']['input'];
  /** Defaults to the band's currency */
  currency?: InputMaybe<Scalars['String']['input']>;
  jobFamily?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<Scalars['String']['input']>;
};

export type AttractionCriterionRating = {
  __typename?: 'AttractionCriterionRating';
  comment: Scalars['String']['output'];
  criterion: Scalars['String']['output'];
  score: Scalars['Int']['output'];
};

export type AttractionCriterionRatingInput = {
  comment?: Scalars['String']['input'];
  criterion: Scalars['String']['input'];
  score: Scalars['Int']['input'];
};

export type AttractionFunnel = {
  __typename?: 'AttractionFunnel';
  active: Scalars['Int']['output'];
  candidates: Scalars['Int']['output'];
  hires: Scalars['Int']['output'];
  /** accepted / (accepted + declined) */
  offerAcceptanceRate?: Maybe<Scalars['Float']['output']>;
  offersAccepted: Scalars['Int']['output'];
  offersDeclined: Scalars['Int']['output'];
  /** Offers approved and put to the candidate */
  offersExtended: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  /** Null for the overall funnel */
  requisitionId?: Maybe<Scalars['ID']['output']>;
  requisitionTitle?: Maybe<Scalars['String']['output']>;
  /** Source effectiveness, biggest source first */
  sources: Array<AttractionSourceStats>;
  stages: Array<AttractionFunnelStage>;
  /** Days from sourced to hired */
  timeToHireDaysAvg?: Maybe<Scalars['Float']['output']>;
  timeToHireDaysMedian?: Maybe<Scalars['Float']['output']>;
  withdrawn: Scalars['Int']['output'];
};

export type AttractionFunnelStage = {
  __typename?: 'AttractionFunnelStage';
  /** Mean days of completed stays in this stage */
  avgDaysInStage?: Maybe<Scalars['Float']['output']>;
  /** reached(next) / reached(this) */
  conversionToNext?: Maybe<Scalars['Float']['output']>;
  /** Candidates in this stage now */
  current: Scalars['Int']['output'];
  /** Candidates who got at least this far */
  reached: Scalars['Int']['output'];
  stage: Scalars['String']['output'];
};

export type AttractionHiringFunnel = {
  __typename?: 'AttractionHiringFunnel';
  overall: AttractionFunnel;
  requisitions: Array<AttractionFunnel>;
};

/** All-or-nothing: with any error nothing is written */
export type AttractionImportReport = {
  __typename?: 'AttractionImportReport';
  created: Scalars['Int']['output'];
  errors: Array<AttractionImportRowError>;
  imported: Scalars['Int']['output'];
  rows: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type AttractionImportRowError = {
  __typename?: 'AttractionImportRowError';
  /** The CSV column */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Row in the file (the header is row 1) */
  row: Scalars['Int']['output'];
};

/** Market base pay for a job family × level (integer minor units) */
export type AttractionMarketRate = {
  __typename?: 'AttractionMarketRate';
  /** YYYY-MM-DD */
  asOf?: Maybe<Scalars['String']['output']>;
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  jobFamily: Scalars['String']['output'];
  level: Scalars['String']['output'];
  p25: Scalars['Float']['output'];
  p50: Scalars['Float']['output'];
  p75: Scalars['Float']['output'];
  p90: Scalars['Float']['output'];
  source: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
};

export type AttractionMarketRateInput = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  currency: Scalars['String']['input'];
  jobFamily: Scalars['String']['input'];
  level: Scalars['String']['input'];
  p25: Scalars['Float']['input'];
  p50: Scalars['Float']['input'];
  p75: Scalars['Float']['input'];
  p90: Scalars['Float']['input'];
  source?: Scalars['String']['input'];
};

export type AttractionOffer = {
  __typename?: 'AttractionOffer';
  /** Every approval and refusal, all versions */
  approvals: Array<AttractionOfferApproval>;
  /** 'below', 'within' or 'above' the band. Visible to holders of attraction.offers.read, the hiring manager's chain and the hired person. */
  bandPosition?: Maybe<Scalars['String']['output']>;
  /** Yearly base in integer minor units. Visible to holders of attraction.offers.read, the hiring manager's chain and the hired person. */
  base?: Maybe<Scalars['Float']['output']>;
  benefits: Array<Scalars['String']['output']>;
  /** Target bonus in percent of base. Visible to holders of attraction.offers.read, the hiring manager's chain and the hired person. */
  bonusTargetPct?: Maybe<Scalars['Float']['output']>;
  candidateId: Scalars['ID']['output'];
  candidateName: Scalars['String']['output'];
  /** Lever: the career path offered */
  careerPath: Scalars['String']['output'];
  /** base / band mid. Visible to holders of attraction.offers.read, the hiring manager's chain and the hired person. */
  compaRatio?: Maybe<Scalars['Float']['output']>;
  createdAt: Scalars['String']['output'];
  createdById?: Maybe<Scalars['String']['output']>;
  currency: Scalars['String']['output'];
  decidedAt?: Maybe<Scalars['String']['output']>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** Equity grant in units. Visible to holders of attraction.offers.read, the hiring manager's chain and the hired person. */
  equityUnits?: Maybe<Scalars['Int']['output']>;
  expiresOn?: Maybe<Scalars['String']['output']>;
  /** Lever: flexible working hours */
  flexibleHours: Scalars['Boolean']['output'];
  /** The person the core created after acceptance */
  hiredPersonId?: Maybe<Scalars['String']['output']>;
  hiringManagerId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Lever: percent of time for self-directed innovation */
  innovationTimePct: Scalars['Int']['output'];
  jobFamily?: Maybe<Scalars['String']['output']>;
  /** Yearly learning and conference budget in minor units (an attraction lever). Visible to holders of attraction.offers.read, the hiring manager's chain and the hired person. */
  learningBudget?: Maybe<Scalars['Float']['output']>;
  level: Scalars['String']['output'];
  /** Interpolated market percentile of base (0–100). Visible to holders of attraction.offers.read, the hiring manager's chain and the hired person. */
  marketPercentile?: Maybe<Scalars['Float']['output']>;
  /** Approvals the current version still needs */
  missingApprovals: Array<Scalars['String']['output']>;
  /** Outside the band (or no comparable band): needs the extra owner/admin approval */
  needsExceptionApproval: Scalars['Boolean']['output'];
  /** (base − min) / (max − min). Visible to holders of attraction.offers.read, the hiring manager's chain and the hired person. */
  rangePenetration?: Maybe<Scalars['Float']['output']>;
  /** Lever: 'onsite', 'hybrid' or 'remote' */
  remoteWork: Scalars['String']['output'];
  requiredApprovals: Array<Scalars['String']['output']>;
  requisitionId: Scalars['ID']['output'];
  requisitionTitle: Scalars['String']['output'];
  /** One-off sign-on bonus in minor units. Visible to holders of attraction.offers.read, the hiring manager's chain and the hired person. */
  signOnBonus?: Maybe<Scalars['Float']['output']>;
  /** YYYY-MM-DD */
  startDate: Scalars['String']['output'];
  /** pending-approval, approved, accepted, declined, refused, withdrawn */
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
  /** Bumped by each revision; approvals count for the current version only */
  version: Scalars['Int']['output'];
  /** Equity vesting. Visible to holders of attraction.offers.read, the hiring manager's chain and the hired person. */
  vesting?: Maybe<AttractionVesting>;
};

export type AttractionOfferApproval = {
  __typename?: 'AttractionOfferApproval';
  approverEmail: Scalars['String']['output'];
  approverPersonId?: Maybe<Scalars['String']['output']>;
  comment: Scalars['String']['output'];
  createdAt: Scalars['String']['output'];
  /** 'approved' or 'refused' */
  decision: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 'hr', or 'exception' (the extra owner/admin approval outside the band) */
  kind: Scalars['String']['output'];
  offerVersion: Scalars['Int']['output'];
};

export type AttractionOfferConnection = {
  __typename?: 'AttractionOfferConnection';
  nodes: Array<AttractionOffer>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type AttractionOfferFilter = {
  candidateId?: InputMaybe<Scalars['ID']['input']>;
  requisitionId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};

export type AttractionOfferSort = {
  direction?: SortDirection;
  field: AttractionOfferSortField;
};

export type AttractionOfferSortField =
  | 'CREATED_AT'
  | 'STATUS'
  | 'TITLE'
  | 'UPDATED_AT';

/** Money in integer minor units; omitted title, level and currency come from the requisition and its band */
export type AttractionOfferTermsInput = {
  base: Scalars['Float']['input'];
  benefits?: Array<Scalars['String']['input']>;
  /** Defaults to the band's target */
  bonusTargetPct?: InputMaybe<Scalars['Float']['input']>;
  careerPath?: Scalars['String']['input'];
  currency?: InputMaybe<Scalars['String']['input']>;
  equityUnits?: Scalars['Int']['input'];
  expiresOn?: InputMaybe<Scalars['String']['input']>;
  flexibleHours?: Scalars['Boolean']['input'];
  innovationTimePct?: Scalars['Int']['input'];
  learningBudget?: Scalars['Float']['input'];
  level?: InputMaybe<Scalars['String']['input']>;
  remoteWork?: Scalars['String']['input'];
  signOnBonus?: Scalars['Float']['input'];
  /** YYYY-MM-DD, today or later */
  startDate: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  vesting?: InputMaybe<AttractionVestingInput>;
};

export type AttractionPayPositionFilter = {
  /** 'below', 'within' or 'above' their band, or 'none' (no band, pay or matching currency) */
  bandPosition?: InputMaybe<Scalars['String']['input']>;
  /** This job family (mapped, or inferred from the title) */
  jobFamily?: InputMaybe<Scalars['String']['input']>;
  /** This level exactly (any case) */
  level?: InputMaybe<Scalars['String']['input']>;
  /** This manager's team: their reports, direct and indirect (not the manager) */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the person's name, any case */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type AttractionPayPositionSort = {
  direction?: SortDirection;
  field: AttractionPayPositionSortField;
};

/** People without the number sort last either way */
export type AttractionPayPositionSortField =
  | 'COMPA_RATIO'
  | 'MARKET_PERCENTILE'
  | 'NAME';

export type AttractionPersonCompFilter = {
  jobFamily?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<Scalars['String']['input']>;
  personIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A current employee's pay against their band and the market */
export type AttractionPersonCompPosition = {
  __typename?: 'AttractionPersonCompPosition';
  band?: Maybe<AttractionBand>;
  /** 'below', 'within' or 'above'. Visible to the person, their management chain and holders of people.compensation.read (recruiters do not see employees' pay) */
  bandPosition?: Maybe<Scalars['String']['output']>;
  /** Visible to the person, their management chain and holders of people.compensation.read (recruiters do not see employees' pay) */
  base?: Maybe<Scalars['Float']['output']>;
  /** base / band mid. Visible to the person, their management chain and holders of people.compensation.read (recruiters do not see employees' pay) */
  compaRatio?: Maybe<Scalars['Float']['output']>;
  /** Visible to the person, their management chain and holders of people.compensation.read (recruiters do not see employees' pay) */
  currency?: Maybe<Scalars['String']['output']>;
  jobFamily?: Maybe<Scalars['String']['output']>;
  /** 'mapped' (set in this plugin), 'inferred' (from the title) or 'none' */
  jobFamilySource: Scalars['String']['output'];
  level: Scalars['String']['output'];
  market?: Maybe<AttractionMarketRate>;
  /** Interpolated market percentile (0–100). Visible to the person, their management chain and holders of people.compensation.read (recruiters do not see employees' pay) */
  marketPercentile?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** Why a number is missing. Visible to the person, their management chain and holders of people.compensation.read (recruiters do not see employees' pay) */
  note?: Maybe<Scalars['String']['output']>;
  personId: Scalars['ID']['output'];
  /** Visible to the person, their management chain and holders of people.compensation.read (recruiters do not see employees' pay) */
  rangePenetration?: Maybe<Scalars['Float']['output']>;
  title: Scalars['String']['output'];
};

export type AttractionPersonCompPositionConnection = {
  __typename?: 'AttractionPersonCompPositionConnection';
  /** How many people the search, team, level and job family match sit where in their band (the bandPosition filter aside), so each choice can show its count */
  bandPositionCounts: Array<AttractionBandPositionCount>;
  nodes: Array<AttractionPersonCompPosition>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type AttractionRequisition = {
  __typename?: 'AttractionRequisition';
  /** The band of jobFamily × level */
  band?: Maybe<AttractionBand>;
  createdAt: Scalars['String']['output'];
  decidedAt?: Maybe<Scalars['String']['output']>;
  decidedById?: Maybe<Scalars['String']['output']>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  headcount: Scalars['Int']['output'];
  /** Candidates hired so far */
  hiredCount: Scalars['Int']['output'];
  hiringManagerId?: Maybe<Scalars['String']['output']>;
  hiringManagerName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** What each scorecard rates */
  interviewCriteria: Array<Scalars['String']['output']>;
  jobFamily?: Maybe<Scalars['String']['output']>;
  level?: Maybe<Scalars['String']['output']>;
  location: Scalars['String']['output'];
  /** What still has to be set before approval */
  missingForApproval: Array<Scalars['String']['output']>;
  /** headcount − hiredCount */
  openings: Scalars['Int']['output'];
  orgUnitId?: Maybe<Scalars['String']['output']>;
  /** 'manual' or the plugin that suggested it */
  origin: Scalars['String']['output'];
  /** Candidates per stage, every stage listed */
  pipeline: Array<AttractionStageCount>;
  requestedById?: Maybe<Scalars['String']['output']>;
  /** 'draft' (awaiting approval), 'open', 'rejected', 'filled' or 'closed' */
  status: Scalars['String']['output'];
  team: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
  /** Whether the signed-in account may edit it now (updateRequisition would not refuse it for permission or status) */
  viewerMayEdit: Scalars['Boolean']['output'];
};

export type AttractionRequisitionConnection = {
  __typename?: 'AttractionRequisitionConnection';
  nodes: Array<AttractionRequisition>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type AttractionRequisitionFilter = {
  hiringManagerId?: InputMaybe<Scalars['String']['input']>;
  jobFamily?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};

export type AttractionRequisitionSort = {
  direction?: SortDirection;
  field: AttractionRequisitionSortField;
};

export type AttractionRequisitionSortField =
  | 'CREATED_AT'
  | 'STATUS'
  | 'TITLE'
  | 'UPDATED_AT';

export type AttractionScorecard = {
  __typename?: 'AttractionScorecard';
  averageScore: Scalars['Float']['output'];
  candidateId: Scalars['ID']['output'];
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  interviewerId: Scalars['ID']['output'];
  interviewerName?: Maybe<Scalars['String']['output']>;
  ratings: Array<AttractionCriterionRating>;
  /** 'strong-no', 'no', 'yes' or 'strong-yes' */
  recommendation: Scalars['String']['output'];
  round: Scalars['String']['output'];
  summary: Scalars['String']['output'];
};

export type AttractionSourceStats = {
  __typename?: 'AttractionSourceStats';
  candidates: Scalars['Int']['output'];
  hireRate?: Maybe<Scalars['Float']['output']>;
  hires: Scalars['Int']['output'];
  interviewRate?: Maybe<Scalars['Float']['output']>;
  /** Reached interviews */
  interviewed: Scalars['Int']['output'];
  /** Reached the offer stage */
  offered: Scalars['Int']['output'];
  source: Scalars['String']['output'];
};

export type AttractionStageCount = {
  __typename?: 'AttractionStageCount';
  count: Scalars['Int']['output'];
  stage: Scalars['String']['output'];
};

export type AttractionStageTransition = {
  __typename?: 'AttractionStageTransition';
  at: Scalars['String']['output'];
  byPersonId?: Maybe<Scalars['String']['output']>;
  /** Days spent in fromStage */
  daysInPreviousStage?: Maybe<Scalars['Float']['output']>;
  fromStage?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  toStage: Scalars['String']['output'];
};

export type AttractionVesting = {
  __typename?: 'AttractionVesting';
  cliffMonths: Scalars['Int']['output'];
  /** 'monthly', 'quarterly' or 'annual' after the cliff */
  frequency: Scalars['String']['output'];
  months: Scalars['Int']['output'];
};

export type AttractionVestingInput = {
  cliffMonths?: Scalars['Int']['input'];
  frequency?: Scalars['String']['input'];
  months?: Scalars['Int']['input'];
};

export type AuditConnection = {
  __typename?: 'AuditConnection';
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type AuditEntry = {
  __typename?: 'AuditEntry';
  actorEmail?: Maybe<Scalars['String']['output']>;
  actorId?: Maybe<Scalars['String']['output']>;
  /** JSON of the values after the change */
  after?: Maybe<Scalars['String']['output']>;
  at: Scalars['String']['output'];
  /** JSON of the values before the change (sensitive changes) */
  before?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  operation: Scalars['String']['output'];
  targetId?: Maybe<Scalars['String']['output']>;
  targetType?: Maybe<Scalars['String']['output']>;
};

export type AuditFilterInput = {
  actorEmail?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['String']['input']>;
  /** ISO date or timestamp (inclusive) */
  from?: InputMaybe<Scalars['String']['input']>;
  operation?: InputMaybe<Scalars['String']['input']>;
  targetId?: InputMaybe<Scalars['String']['input']>;
  /** ISO date or timestamp (inclusive) */
  to?: InputMaybe<Scalars['String']['input']>;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  accessToken: Scalars['String']['output'];
  /** Seconds until the access token expires */
  expiresIn: Scalars['Int']['output'];
  refreshToken: Scalars['String']['output'];
};

export type CalibrateScoreInput = {
  cycleId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  score: Scalars['Float']['input'];
};

export type CareerLadder = {
  __typename?: 'CareerLadder';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Junior to senior */
  levels: Array<CareerLevel>;
  name: Scalars['String']['output'];
  track: CareerTrack;
};

export type CareerLevel = {
  __typename?: 'CareerLevel';
  /** The level code people carry, e.g. P5 */
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** Skills expected at this level */
  expectations: Array<DevelopmentSkillLevel>;
  id: Scalars['ID']['output'];
  ladderId: Scalars['ID']['output'];
  rank: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  /** Changes with every edit: send it back as expectedUpdatedAt */
  updatedAt: Scalars['String']['output'];
};

export type CareerLevelInput = {
  /** Creates the level, or replaces the one with this code */
  code: Scalars['String']['input'];
  description?: Scalars['String']['input'];
  expectations: Array<DevelopmentSkillLevelInput>;
  /** The updatedAt you read: if the level changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: InputMaybe<Scalars['String']['input']>;
  ladderId: Scalars['ID']['input'];
  rank: Scalars['Int']['input'];
  title: Scalars['String']['input'];
};

/** IC: individual contributor; MANAGEMENT: people managers */
export type CareerTrack =
  | 'IC'
  | 'MANAGEMENT';

export type CodeReviewActivity = {
  __typename?: 'CodeReviewActivity';
  approvals: Scalars['Int']['output'];
  changesRequested: Scalars['Int']['output'];
  comments: Scalars['Int']['output'];
  lastReviewAt?: Maybe<Scalars['String']['output']>;
  person: KnowledgePerson;
  repositories: Array<Scalars['String']['output']>;
  reviews: Scalars['Int']['output'];
};

export type CodeReviewImportReport = {
  __typename?: 'CodeReviewImportReport';
  /** Reviews already stored (same external id), skipped */
  duplicates: Scalars['Int']['output'];
  /** When not empty, nothing was imported */
  errors: Array<KnowledgeImportRowError>;
  imported: Scalars['Int']['output'];
  rows: Scalars['Int']['output'];
};

export type CodeReviewRepository = {
  __typename?: 'CodeReviewRepository';
  name: Scalars['String']['output'];
  reviews: Scalars['Int']['output'];
  /** Reviews here count as evidence for these skills */
  skills: Array<KnowledgeSkillTag>;
};

export type CodeReviewWebhook = {
  __typename?: 'CodeReviewWebhook';
  /** Whether this tenant has a secret (its value is never shown again) */
  configured: Scalars['Boolean']['output'];
  /** POST the JSON here */
  path: Scalars['String']['output'];
  /** How the payload looks */
  payloadExample: Scalars['String']['output'];
  recentDeliveries: Array<CodeReviewWebhookDelivery>;
  signatureHeader: Scalars['String']['output'];
  tenantHeader: Scalars['String']['output'];
};

export type CodeReviewWebhookDelivery = {
  __typename?: 'CodeReviewWebhookDelivery';
  accepted: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  receivedAt: Scalars['String']['output'];
  reviews: Scalars['Int']['output'];
};

export type CodeReviewWebhookSecret = {
  __typename?: 'CodeReviewWebhookSecret';
  /** Shown once: configure it in the forge */
  secret: Scalars['String']['output'];
};

export type CollaborationEdge = {
  __typename?: 'CollaborationEdge';
  projectIds: Array<Scalars['ID']['output']>;
  projectNames: Array<Scalars['String']['output']>;
  sourceUnitId: Scalars['ID']['output'];
  /** Weights from other plugins (knowledge co-authorship, …) */
  sources: Array<CollaborationSourceWeight>;
  targetUnitId: Scalars['ID']['output'];
  /** Shared projects plus the other sources’ weights */
  weight: Scalars['Float']['output'];
};

export type CollaborationGraph = {
  __typename?: 'CollaborationGraph';
  /** Heaviest first */
  edges: Array<CollaborationEdge>;
  nodes: Array<CollaborationNode>;
  /** Registered edge sources besides projects */
  sources: Array<Scalars['String']['output']>;
};

export type CollaborationNode = {
  __typename?: 'CollaborationNode';
  depth: Scalars['Int']['output'];
  /** People in the unit (and the units rolled into it) */
  headcount: Scalars['Int']['output'];
  kind: OrgUnitKind;
  name: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Open projects it owns */
  projects: Scalars['Int']['output'];
  unitId: Scalars['ID']['output'];
};

export type CollaborationSourceWeight = {
  __typename?: 'CollaborationSourceWeight';
  /** The contributing source, e.g. 'knowledge' (co-authored items) */
  source: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

export type Compensation = {
  __typename?: 'Compensation';
  /** Base pay per year in integer minor units (cents, fen) */
  base: Scalars['Float']['output'];
  /** ISO 4217 currency code */
  currency: Scalars['String']['output'];
};

export type CompensationInput = {
  base: Scalars['Float']['input'];
  currency: Scalars['String']['input'];
};

export type ConferenceExpenseInput = {
  amount: DevelopmentMoneyInput;
  conference: Scalars['String']['input'];
  /** YYYY-MM-DD; the budget of that date's year pays */
  date: Scalars['String']['input'];
  note?: Scalars['String']['input'];
  personId: Scalars['ID']['input'];
};

export type CourseFeedbackInput = {
  comment?: Scalars['String']['input'];
  rating: Scalars['Int']['input'];
};

export type CreateAccountInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  personId?: InputMaybe<Scalars['String']['input']>;
  roles?: Array<Scalars['String']['input']>;
};

export type CreateApiTokenInput = {
  /** ISO date or timestamp in the future; null: never expires */
  expiresAt?: InputMaybe<Scalars['String']['input']>;
  kind?: ApiTokenKind;
  name: Scalars['String']['input'];
  /** Permission ids, each one the creator holds */
  scopes: Array<Scalars['String']['input']>;
};

/** Adds a candidate to an open requisition at stage sourced */
export type CreateAttractionCandidateInput = {
  email: Scalars['String']['input'];
  headline?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** A first note */
  note?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  profileUrl?: InputMaybe<Scalars['String']['input']>;
  referrerId?: InputMaybe<Scalars['String']['input']>;
  requisitionId: Scalars['ID']['input'];
  source: Scalars['String']['input'];
};

/** An offer for a candidate in the offer stage; it goes to approval */
export type CreateAttractionOfferInput = {
  base: Scalars['Float']['input'];
  benefits?: Array<Scalars['String']['input']>;
  /** Defaults to the band's target */
  bonusTargetPct?: InputMaybe<Scalars['Float']['input']>;
  candidateId: Scalars['ID']['input'];
  careerPath?: Scalars['String']['input'];
  currency?: InputMaybe<Scalars['String']['input']>;
  equityUnits?: Scalars['Int']['input'];
  expiresOn?: InputMaybe<Scalars['String']['input']>;
  flexibleHours?: Scalars['Boolean']['input'];
  innovationTimePct?: Scalars['Int']['input'];
  learningBudget?: Scalars['Float']['input'];
  level?: InputMaybe<Scalars['String']['input']>;
  remoteWork?: Scalars['String']['input'];
  signOnBonus?: Scalars['Float']['input'];
  /** YYYY-MM-DD, today or later */
  startDate: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  vesting?: InputMaybe<AttractionVestingInput>;
};

export type CreateAttractionRequisitionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  headcount?: Scalars['Int']['input'];
  hiringManagerId?: InputMaybe<Scalars['String']['input']>;
  interviewCriteria?: InputMaybe<Array<Scalars['String']['input']>>;
  jobFamily?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  orgUnitId?: InputMaybe<Scalars['String']['input']>;
  team?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type CreateBonusPoolInput = {
  /** D in integer minor units */
  amount: Scalars['Float']['input'];
  /** Default: the cycle's band coefficients */
  coefficients?: InputMaybe<Array<Scalars['Float']['input']>>;
  currency: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
  /** Cap for members without their own (minor units) */
  defaultCap?: InputMaybe<Scalars['Float']['input']>;
  /** Floor for members without their own (minor units) */
  defaultFloor?: InputMaybe<Scalars['Float']['input']>;
  /** Target for levels without their own */
  defaultTarget?: InputMaybe<Scalars['Float']['input']>;
  levelTargets?: InputMaybe<Array<IncentivesLevelTargetInput>>;
  /** Eligible people (default at creation: every participant of the cycle) */
  members?: InputMaybe<Array<IncentivesPoolMemberInput>>;
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Default: the cycle's band thresholds */
  thresholds?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** 'salary-target-percent', 'target-by-level', 'equal' or 'custom' */
  weightRule: Scalars['String']['input'];
};

/** A what-if copy of a pool with some parameters changed */
export type CreateBonusScenarioInput = {
  /** D in integer minor units */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** Default: the cycle's band coefficients */
  coefficients?: InputMaybe<Array<Scalars['Float']['input']>>;
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Cap for members without their own (minor units) */
  defaultCap?: InputMaybe<Scalars['Float']['input']>;
  /** Floor for members without their own (minor units) */
  defaultFloor?: InputMaybe<Scalars['Float']['input']>;
  /** Target for levels without their own */
  defaultTarget?: InputMaybe<Scalars['Float']['input']>;
  levelTargets?: InputMaybe<Array<IncentivesLevelTargetInput>>;
  /** Eligible people (default at creation: every participant of the cycle) */
  members?: InputMaybe<Array<IncentivesPoolMemberInput>>;
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Default: the cycle's band thresholds */
  thresholds?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** 'salary-target-percent', 'target-by-level', 'equal' or 'custom' */
  weightRule?: InputMaybe<Scalars['String']['input']>;
};

export type CreateCareerLadderInput = {
  description?: Scalars['String']['input'];
  name: Scalars['String']['input'];
  track: CareerTrack;
};

export type CreateCourseInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Per learner; default free */
  cost?: InputMaybe<DevelopmentMoneyInput>;
  description?: Scalars['String']['input'];
  durationHours?: Scalars['Int']['input'];
  endsOn?: InputMaybe<Scalars['String']['input']>;
  hostUnitId?: InputMaybe<Scalars['ID']['input']>;
  kind: DevelopmentCourseKind;
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  provider?: Scalars['String']['input'];
  skills: Array<DevelopmentSkillLevelInput>;
  startsOn?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type CreateDevelopmentPlanInput = {
  dueOn?: InputMaybe<Scalars['String']['input']>;
  goals?: InputMaybe<Array<DevelopmentGoalInput>>;
  mentorId?: InputMaybe<Scalars['ID']['input']>;
  personId: Scalars['ID']['input'];
  summary?: Scalars['String']['input'];
  /** A career level (CareerLevel.id) */
  targetLevelId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateEquityGrantInput = {
  cliffMonths?: Scalars['Int']['input'];
  currency?: InputMaybe<Scalars['String']['input']>;
  /** 1, 3, 6 or 12 */
  frequencyMonths?: Scalars['Int']['input'];
  grantDate: Scalars['String']['input'];
  /** 'new-hire', 'refresh' or 'promotion' */
  kind: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  /** Minor units per unit */
  strikePrice?: InputMaybe<Scalars['Float']['input']>;
  units: Scalars['Int']['input'];
  vestingMonths?: Scalars['Int']['input'];
  /** Default: the grant date */
  vestingStart?: InputMaybe<Scalars['String']['input']>;
};

export type CreateKnowledgeItemInput = {
  /** Default: the creator */
  authorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Markdown */
  body: Scalars['String']['input'];
  kind: KnowledgeItemKind;
  links?: InputMaybe<Array<KnowledgeLinkInput>>;
  reference?: InputMaybe<Scalars['String']['input']>;
  skillIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title: Scalars['String']['input'];
  /** For UNIT visibility; default: the creator's unit */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  visibility?: KnowledgeVisibility;
};

export type CreateMeritMatrixInput = {
  /** Raise budget in minor units */
  budget: Scalars['Float']['input'];
  cells: Array<Array<Scalars['Float']['input']>>;
  currency: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  positionBreaks: Array<Scalars['Float']['input']>;
};

export type CreateOrgUnitInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  kind: OrgUnitKind;
  leadId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreatePersonInput = {
  compensation?: InputMaybe<CompensationInput>;
  /** Why they leave (needs people.departures.write and a leave date) */
  departure?: InputMaybe<DepartureInput>;
  email: Scalars['String']['input'];
  hireDate?: InputMaybe<Scalars['String']['input']>;
  /** Last working day; set to today when status becomes 'terminated' without one */
  leaveDate?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  managerId?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  orgUnitId?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  track?: InputMaybe<Scalars['String']['input']>;
};

export type CreateProjectInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['String']['input']>;
  headcountMax: Scalars['Int']['input'];
  headcountMin?: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  ownerUnitId?: InputMaybe<Scalars['ID']['input']>;
  priority?: Scalars['Int']['input'];
  startDate?: InputMaybe<Scalars['String']['input']>;
  status?: StructureProjectStatus;
};

export type CreateResearchOutputInput = {
  /** Default: the linked item's authors, else you */
  authorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  date?: InputMaybe<Scalars['String']['input']>;
  kind: DevelopmentResearchKind;
  /** A published, tenant-visible paper or patent in the knowledge base */
  knowledgeItemId?: InputMaybe<Scalars['ID']['input']>;
  status?: DevelopmentResearchStatus;
  /** Default: the linked knowledge item's title */
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  venue?: Scalars['String']['input'];
};

export type CreateReviewCycleInput = {
  /** Peer and upward authors: 'anonymous' (default; nobody, HR and owner included, can learn them) or 'confidential' (HR sees them, the reviewee never does). Only while the cycle is draft */
  anonymity?: InputMaybe<Scalars['String']['input']>;
  /** Peer and upward groups with fewer submitted reviews are withheld from everyone (default and minimum 3). Only while the cycle is draft */
  anonymityThreshold?: InputMaybe<Scalars['Int']['input']>;
  /** Band coefficients, one more than thresholds (default 2, 1.5, 1, 0.5, 0) */
  coefficients?: InputMaybe<Array<Scalars['Float']['input']>>;
  criteria: Array<IncentivesCriterionInput>;
  /** Default: self 0.1, manager 0.5, peer 0.3, upward 0.1 */
  kindWeights?: InputMaybe<Array<IncentivesKindWeightInput>>;
  /** Default: self, manager, peer, upward */
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  managerDue?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Default at creation: every active person */
  participantIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Peers assigned per person when the cycle opens (default 3) */
  peerCount?: InputMaybe<Scalars['Int']['input']>;
  peerDue?: InputMaybe<Scalars['String']['input']>;
  periodEnd: Scalars['String']['input'];
  periodStart: Scalars['String']['input'];
  selfDue?: InputMaybe<Scalars['String']['input']>;
  /** Band thresholds, strictly descending (default 4.5, 4, 3, 2) */
  thresholds?: InputMaybe<Array<Scalars['Float']['input']>>;
  upwardDue?: InputMaybe<Scalars['String']['input']>;
};

export type CreateSkillCategoryInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateSkillInput = {
  categoryId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateSurveyInput = {
  audienceLevels?: Array<Scalars['String']['input']>;
  audienceUnitIds?: Array<Scalars['ID']['input']>;
  closesOn?: InputMaybe<Scalars['String']['input']>;
  kind: InsightsSurveyKind;
  /** Default for ENGAGEMENT and PULSE: the shipped template */
  questions?: InputMaybe<Array<InsightsQuestionInput>>;
  title: Scalars['String']['input'];
};

export type CreateTenantInput = {
  name: Scalars['String']['input'];
  /** The new tenant’s first account, holding its owner role */
  ownerEmail: Scalars['String']['input'];
  ownerPassword: Scalars['String']['input'];
  /** 2–63 lower-case letters, digits or dashes; typed at sign-in */
  slug: Scalars['String']['input'];
};

export type CreateWebhookSubscriptionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  events: Array<Scalars['String']['input']>;
  url: Scalars['String']['input'];
};

export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  apiToken: ApiToken;
  /** The token: shown this once, only its hash is stored */
  token: Scalars['String']['output'];
};

export type CreatedWebhookSubscription = {
  __typename?: 'CreatedWebhookSubscription';
  /** The HMAC-SHA256 key of the Cadre-Signature header (t=<unix time>,v1=<hex of HMAC(secret, "<t>.<body>")>); shown only here */
  secret: Scalars['String']['output'];
  subscription: WebhookSubscription;
};

/** Why a person left (or is leaving) */
export type Departure = {
  __typename?: 'Departure';
  reason: Scalars['String']['output'];
  /** Whether the company wanted to keep them */
  regretted: Scalars['Boolean']['output'];
  /** 'voluntary' or 'involuntary'; empty when not recorded */
  type: Scalars['String']['output'];
};

export type DepartureInput = {
  reason?: InputMaybe<Scalars['String']['input']>;
  regretted?: InputMaybe<Scalars['Boolean']['input']>;
  /** 'voluntary' or 'involuntary' */
  type?: InputMaybe<Scalars['String']['input']>;
};

export type DevelopmentBudgetFilter = {
  /** This person's budget */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the person's name, any case */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type DevelopmentBudgetSort = {
  direction?: SortDirection;
  field: DevelopmentBudgetSortField;
};

/** ALLOCATED, SPENT and REMAINING compare the amounts in minor units, whatever their currency */
export type DevelopmentBudgetSortField =
  | 'ALLOCATED'
  | 'CREATED_AT'
  | 'REMAINING'
  | 'SPENT'
  | 'UPDATED_AT';

export type DevelopmentConferenceBudget = {
  __typename?: 'DevelopmentConferenceBudget';
  /** null: no budget for the year */
  allocated?: Maybe<DevelopmentMoney>;
  expenses: Array<DevelopmentConferenceExpense>;
  /** null: no budget for the year */
  id?: Maybe<Scalars['ID']['output']>;
  person: DevelopmentPerson;
  remaining: DevelopmentMoney;
  spent: DevelopmentMoney;
  year: Scalars['Int']['output'];
};

export type DevelopmentConferenceBudgetConnection = {
  __typename?: 'DevelopmentConferenceBudgetConnection';
  /** Sum of the allocated amounts of every budget the filters match (all pages), per currency */
  allocatedTotals: Array<DevelopmentMoney>;
  nodes: Array<DevelopmentConferenceBudget>;
  pageInfo: PageInfo;
  /** Sum of the expenses recorded against those budgets, per currency of the budget (0 when none) */
  spentTotals: Array<DevelopmentMoney>;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type DevelopmentConferenceExpense = {
  __typename?: 'DevelopmentConferenceExpense';
  amount: DevelopmentMoney;
  conference: Scalars['String']['output'];
  date: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  recordedBy?: Maybe<DevelopmentPerson>;
};

export type DevelopmentCourse = {
  __typename?: 'DevelopmentCourse';
  active: Scalars['Boolean']['output'];
  /** Mean learner rating */
  averageRating?: Maybe<Scalars['Float']['output']>;
  capacity?: Maybe<Scalars['Int']['output']>;
  completedCount: Scalars['Int']['output'];
  /** Per learner */
  cost: DevelopmentMoney;
  description: Scalars['String']['output'];
  durationHours: Scalars['Int']['output'];
  endsOn?: Maybe<Scalars['String']['output']>;
  enrolledCount: Scalars['Int']['output'];
  feedbackCount: Scalars['Int']['output'];
  /** Cross-training: the hosting team */
  hostUnitId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: DevelopmentCourseKind;
  /** The viewer's own enrolment */
  myEnrolment?: Maybe<DevelopmentEnrolment>;
  programmeId?: Maybe<Scalars['ID']['output']>;
  provider: Scalars['String']['output'];
  /** Skills taught and the level each takes a learner to */
  skills: Array<DevelopmentSkillLevel>;
  startsOn?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** Changes with every edit: send it back as expectedUpdatedAt to edit safely */
  updatedAt: Scalars['String']['output'];
};

export type DevelopmentCourseConnection = {
  __typename?: 'DevelopmentCourseConnection';
  nodes: Array<DevelopmentCourse>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type DevelopmentCourseFilter = {
  /** Only active courses */
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<DevelopmentCourseKind>;
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  skillId?: InputMaybe<Scalars['ID']['input']>;
};

/** CROSS_TRAINING: time spent in another team (交叉培训); EXPERT_SESSION: an external expert (外部专家) */
export type DevelopmentCourseKind =
  | 'CROSS_TRAINING'
  | 'EXPERT_SESSION'
  | 'EXTERNAL'
  | 'INTERNAL';

export type DevelopmentCourseRecommendation = {
  __typename?: 'DevelopmentCourseRecommendation';
  courseId: Scalars['ID']['output'];
  /** The level of the skill the course takes a learner to */
  reachesLevel: Scalars['Int']['output'];
  /** Why this course */
  reason: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type DevelopmentCourseSort = {
  direction?: SortDirection;
  field: DevelopmentCourseSortField;
};

export type DevelopmentCourseSortField =
  | 'CREATED_AT'
  | 'DURATION'
  | 'KIND'
  | 'TITLE';

export type DevelopmentEnrolment = {
  __typename?: 'DevelopmentEnrolment';
  completedAt?: Maybe<Scalars['String']['output']>;
  courseId: Scalars['ID']['output'];
  courseTitle: Scalars['String']['output'];
  enrolledAt: Scalars['String']['output'];
  feedback?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  person: DevelopmentPerson;
  /** The learner's rating, 1–5 */
  rating?: Maybe<Scalars['Int']['output']>;
  status: DevelopmentEnrolmentStatus;
};

export type DevelopmentEnrolmentConnection = {
  __typename?: 'DevelopmentEnrolmentConnection';
  nodes: Array<DevelopmentEnrolment>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type DevelopmentEnrolmentFilter = {
  courseId?: InputMaybe<Scalars['ID']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<DevelopmentEnrolmentStatus>;
};

export type DevelopmentEnrolmentSort = {
  direction?: SortDirection;
  field: DevelopmentEnrolmentSortField;
};

export type DevelopmentEnrolmentSortField =
  | 'ENROLLED_AT'
  | 'STATUS'
  | 'UPDATED_AT';

export type DevelopmentEnrolmentStatus =
  | 'COMPLETED'
  | 'ENROLLED'
  | 'WITHDRAWN';

export type DevelopmentExpectation = {
  __typename?: 'DevelopmentExpectation';
  current: Scalars['Int']['output'];
  expected: Scalars['Int']['output'];
  met: Scalars['Boolean']['output'];
  skillId: Scalars['ID']['output'];
  skillName: Scalars['String']['output'];
};

export type DevelopmentGapRecommendation =
  | 'COVERED'
  | 'REQUISITION'
  | 'TRAINING';

export type DevelopmentGoal = {
  __typename?: 'DevelopmentGoal';
  description: Scalars['String']['output'];
  doneAt?: Maybe<Scalars['String']['output']>;
  dueOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  skillId?: Maybe<Scalars['ID']['output']>;
  skillName?: Maybe<Scalars['String']['output']>;
  status: DevelopmentGoalStatus;
  targetLevel?: Maybe<Scalars['Int']['output']>;
  title: Scalars['String']['output'];
};

export type DevelopmentGoalInput = {
  description?: Scalars['String']['input'];
  dueOn?: InputMaybe<Scalars['String']['input']>;
  skillId?: InputMaybe<Scalars['ID']['input']>;
  targetLevel?: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
};

export type DevelopmentGoalStatus =
  | 'DONE'
  | 'DROPPED'
  | 'OPEN';

export type DevelopmentLinkedKnowledgeItem = {
  __typename?: 'DevelopmentLinkedKnowledgeItem';
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  reference?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type DevelopmentMentorRecommendation = {
  __typename?: 'DevelopmentMentorRecommendation';
  evidence: Array<Scalars['String']['output']>;
  level: Scalars['Int']['output'];
  person: DevelopmentPerson;
  /** Why this mentor */
  reason: Scalars['String']['output'];
  /** The knowledge plugin's expertise score */
  score: Scalars['Float']['output'];
};

export type DevelopmentMoney = {
  __typename?: 'DevelopmentMoney';
  /** Integer minor units (fen, cents) */
  amount: Scalars['Float']['output'];
  /** ISO 4217 */
  currency: Scalars['String']['output'];
};

export type DevelopmentMoneyInput = {
  /** Integer minor units (fen, cents) */
  amount: Scalars['Float']['input'];
  currency: Scalars['String']['input'];
};

export type DevelopmentPerson = {
  __typename?: 'DevelopmentPerson';
  id: Scalars['ID']['output'];
  level: Scalars['String']['output'];
  name: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type DevelopmentPersonLevel = {
  __typename?: 'DevelopmentPersonLevel';
  level: Scalars['Int']['output'];
  person: DevelopmentPerson;
};

export type DevelopmentPlan = {
  __typename?: 'DevelopmentPlan';
  /** Whether the viewer may change the plan (its managers and hr) */
  canEdit: Scalars['Boolean']['output'];
  createdAt: Scalars['String']['output'];
  createdBy?: Maybe<DevelopmentPerson>;
  dueOn?: Maybe<Scalars['String']['output']>;
  goals: Array<DevelopmentGoal>;
  id: Scalars['ID']['output'];
  mentor?: Maybe<DevelopmentPerson>;
  person: DevelopmentPerson;
  /** Share of goals done (dropped ones excluded), 0–1 */
  progress: Scalars['Float']['output'];
  status: DevelopmentPlanStatus;
  summary: Scalars['String']['output'];
  targetLevel?: Maybe<CareerLevel>;
  updatedAt: Scalars['String']['output'];
};

export type DevelopmentPlanConnection = {
  __typename?: 'DevelopmentPlanConnection';
  nodes: Array<DevelopmentPlan>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type DevelopmentPlanFilter = {
  personId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<DevelopmentPlanStatus>;
};

export type DevelopmentPlanSort = {
  direction?: SortDirection;
  field: DevelopmentPlanSortField;
};

export type DevelopmentPlanSortField =
  | 'CREATED_AT'
  | 'STATUS'
  | 'UPDATED_AT';

export type DevelopmentPlanStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED';

export type DevelopmentProgramme = {
  __typename?: 'DevelopmentProgramme';
  courses: Array<DevelopmentCourse>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type DevelopmentProjectCoverage = {
  __typename?: 'DevelopmentProjectCoverage';
  name: Scalars['String']['output'];
  priority: Scalars['Int']['output'];
  projectId: Scalars['ID']['output'];
  requirements: Array<DevelopmentRequirementGap>;
};

export type DevelopmentRequirementGap = {
  __typename?: 'DevelopmentRequirementGap';
  /** Members close enough to train */
  candidates: Array<DevelopmentPersonLevel>;
  /** Courses for the candidates */
  courses: Array<DevelopmentCourseRecommendation>;
  /** Members at or above the level */
  coveredBy: Array<DevelopmentPersonLevel>;
  minLevel: Scalars['Int']['output'];
  projectId: Scalars['ID']['output'];
  projectName: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  recommendation: DevelopmentGapRecommendation;
  skillId: Scalars['ID']['output'];
  skillName: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

export type DevelopmentRequisitionNeed = {
  __typename?: 'DevelopmentRequisitionNeed';
  /** Already suggested (and announced) before */
  alreadySuggested: Scalars['Boolean']['output'];
  level: Scalars['Int']['output'];
  projects: Array<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  skillId: Scalars['ID']['output'];
  skillName: Scalars['String']['output'];
};

export type DevelopmentResearchFilter = {
  kind?: InputMaybe<DevelopmentResearchKind>;
  /** Outputs this person (co-)authored */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the title or venue, any case */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<DevelopmentResearchStatus>;
  /** Dated in this year (2000 to 2100) */
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type DevelopmentResearchKind =
  | 'PATENT'
  | 'PUBLICATION';

export type DevelopmentResearchOutput = {
  __typename?: 'DevelopmentResearchOutput';
  authors: Array<DevelopmentPerson>;
  canEdit: Scalars['Boolean']['output'];
  date?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: DevelopmentResearchKind;
  /** The knowledge-base item (paper or patent) it is written up in */
  knowledgeItem?: Maybe<DevelopmentLinkedKnowledgeItem>;
  status: DevelopmentResearchStatus;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  venue: Scalars['String']['output'];
};

export type DevelopmentResearchOutputConnection = {
  __typename?: 'DevelopmentResearchOutputConnection';
  nodes: Array<DevelopmentResearchOutput>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type DevelopmentResearchSort = {
  direction?: SortDirection;
  field: DevelopmentResearchSortField;
};

/** DATE puts undated outputs last when descending */
export type DevelopmentResearchSortField =
  | 'CREATED_AT'
  | 'DATE'
  | 'KIND'
  | 'STATUS'
  | 'TITLE';

/** Publications: DRAFT, SUBMITTED, ACCEPTED, PUBLISHED, REJECTED; patents: DRAFT, FILED, GRANTED, REJECTED */
export type DevelopmentResearchStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'FILED'
  | 'GRANTED'
  | 'PUBLISHED'
  | 'REJECTED'
  | 'SUBMITTED';

export type DevelopmentSkillGap = {
  __typename?: 'DevelopmentSkillGap';
  courses: Array<DevelopmentCourseRecommendation>;
  /** The current level from the skill profile (0 when absent) */
  current: Scalars['Int']['output'];
  /** What the target level expects */
  expected: Scalars['Int']['output'];
  /** expected − current */
  gap: Scalars['Int']['output'];
  mentors: Array<DevelopmentMentorRecommendation>;
  skillId: Scalars['ID']['output'];
  skillName: Scalars['String']['output'];
};

export type DevelopmentSkillGapReport = {
  __typename?: 'DevelopmentSkillGapReport';
  expectations: Array<DevelopmentExpectation>;
  /** Widest gap first */
  gaps: Array<DevelopmentSkillGap>;
  /** How gaps and recommendations are computed */
  method: Scalars['String']['output'];
  person: DevelopmentPerson;
  target: CareerLevel;
  /** Where the target came from: 'given', 'plan' (the active plan) or 'next-level' (the next rung of the person's ladder) */
  targetSource: Scalars['String']['output'];
};

export type DevelopmentSkillLevel = {
  __typename?: 'DevelopmentSkillLevel';
  /** 0–5 */
  level: Scalars['Int']['output'];
  skillId: Scalars['ID']['output'];
  skillName: Scalars['String']['output'];
};

export type DevelopmentSkillLevelInput = {
  level: Scalars['Int']['input'];
  skillId: Scalars['ID']['input'];
};

export type DevelopmentTeamGapAnalysis = {
  __typename?: 'DevelopmentTeamGapAnalysis';
  /** Requirements nobody meets */
  gaps: Array<DevelopmentRequirementGap>;
  memberCount: Scalars['Int']['output'];
  projects: Array<DevelopmentProjectCoverage>;
  /** Gaps nobody is close to: hire */
  requisitions: Array<DevelopmentRequisitionNeed>;
  /** How requirements are judged */
  rule: Scalars['String']['output'];
  /** null: the whole company */
  unitId?: Maybe<Scalars['ID']['output']>;
  unitName: Scalars['String']['output'];
};

/** People counted in the database, one GROUP BY per dimension (never by paging) */
export type Headcount = {
  __typename?: 'Headcount';
  /** Active people by level */
  byLevel: Array<HeadcountGroup>;
  /** Active people by location */
  byLocation: Array<HeadcountGroup>;
  byStatus: Array<HeadcountGroup>;
  /** Active people by track (ic, management) */
  byTrack: Array<HeadcountGroup>;
  total: Scalars['Int']['output'];
};

export type HeadcountGroup = {
  __typename?: 'HeadcountGroup';
  count: Scalars['Int']['output'];
  /** The value grouped by (empty when not set) */
  key: Scalars['String']['output'];
};

export type ImportReport = {
  __typename?: 'ImportReport';
  errors: Array<ImportRowError>;
  imported: Scalars['Int']['output'];
  rows: Scalars['Int']['output'];
};

export type ImportRowError = {
  __typename?: 'ImportRowError';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Line number in the file (the header is line 1) */
  row: Scalars['Int']['output'];
};

/** One person's share; values visible to pool readers, the person and their managers */
export type IncentivesAllocation = {
  __typename?: 'IncentivesAllocation';
  /** Whole minor units; a version adds up to the pool exactly */
  amount?: Maybe<Scalars['Float']['output']>;
  /** 1 = top band */
  band?: Maybe<Scalars['Int']['output']>;
  /** −1 held at the floor, +1 at the cap, 0 neither */
  bound?: Maybe<Scalars['Int']['output']>;
  /** Minor units */
  cap?: Maybe<Scalars['Float']['output']>;
  /** c from the bands */
  coefficient?: Maybe<Scalars['Float']['output']>;
  currency: Scalars['String']['output'];
  /** amount − previousAmount */
  delta?: Maybe<Scalars['Float']['output']>;
  /** clamp(ω c / λ, floor, cap) before rounding, minor units */
  exactAmount?: Maybe<Scalars['Float']['output']>;
  /** Minor units */
  floor?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  level: Scalars['String']['output'];
  name: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  poolId: Scalars['ID']['output'];
  /** Amount in the previously published version */
  previousAmount?: Maybe<Scalars['Float']['output']>;
  /** s (calibrated if calibrated) */
  score?: Maybe<Scalars['Float']['output']>;
  version: Scalars['Int']['output'];
  /** ω */
  weight?: Maybe<Scalars['Float']['output']>;
};

export type IncentivesAllocationConnection = {
  __typename?: 'IncentivesAllocationConnection';
  nodes: Array<IncentivesAllocation>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

/** Per-person difference between two versions of a pool */
export type IncentivesAllocationDiff = {
  __typename?: 'IncentivesAllocationDiff';
  fromVersion: Scalars['Int']['output'];
  poolId: Scalars['ID']['output'];
  /** Everyone in either version, largest change first */
  rows: Array<IncentivesAllocationDiffRow>;
  toVersion: Scalars['Int']['output'];
  totalAfter: Scalars['Float']['output'];
  totalBefore: Scalars['Float']['output'];
};

export type IncentivesAllocationDiffRow = {
  __typename?: 'IncentivesAllocationDiffRow';
  after?: Maybe<Scalars['Float']['output']>;
  before?: Maybe<Scalars['Float']['output']>;
  delta: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  scoreAfter?: Maybe<Scalars['Float']['output']>;
  scoreBefore?: Maybe<Scalars['Float']['output']>;
};

export type IncentivesAllocationFilter = {
  /** 1 = top band */
  band?: InputMaybe<Scalars['Int']['input']>;
  /** −1 held at the floor, +1 at the cap, 0 neither */
  bound?: InputMaybe<Scalars['Int']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
};

export type IncentivesAllocationSort = {
  direction?: SortDirection;
  field: IncentivesAllocationSortField;
};

/** SCORE puts people without a score first (ASC) */
export type IncentivesAllocationSortField =
  | 'AMOUNT'
  | 'BOUND'
  | 'COEFFICIENT'
  | 'SCORE'
  | 'WEIGHT';

/** One computed split of a pool; published versions are never edited, only superseded */
export type IncentivesAllocationVersion = {
  __typename?: 'IncentivesAllocationVersion';
  /** The pool D in integer minor units */
  amount: Scalars['Float']['output'];
  atCap: Scalars['Int']['output'];
  atFloor: Scalars['Int']['output'];
  coefficients: Array<Scalars['Float']['output']>;
  createdAt: Scalars['String']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The multiplier λ: y_i = clamp(ω_i c_i / λ, floor_i, cap_i) */
  lambda?: Maybe<Scalars['Float']['output']>;
  people: Scalars['Int']['output'];
  poolId: Scalars['ID']['output'];
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** Why this version exists, e.g. the calibrated score change that caused it */
  reason: Scalars['String']['output'];
  /** 'draft', 'proposed' (a published pool's recomputation awaiting approval), 'published' or 'superseded' */
  status: Scalars['String']['output'];
  thresholds: Array<Scalars['Float']['output']>;
  /** Σ amounts: always equal to the pool */
  total: Scalars['Float']['output'];
  version: Scalars['Int']['output'];
  /** Σ ω_j c_j */
  weightedSum: Scalars['Float']['output'];
};

/** An innovation award: nominated → approved → paid (or rejected) */
export type IncentivesAward = {
  __typename?: 'IncentivesAward';
  /** Minor units */
  amount?: Maybe<Scalars['Float']['output']>;
  createdAt: Scalars['String']['output'];
  currency?: Maybe<Scalars['String']['output']>;
  decidedAt?: Maybe<Scalars['String']['output']>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 'idea', 'paper', 'patent' or 'open-source' */
  kind: Scalars['String']['output'];
  link?: Maybe<Scalars['String']['output']>;
  nominatedById?: Maybe<Scalars['ID']['output']>;
  nominatedByName?: Maybe<Scalars['String']['output']>;
  paidAt?: Maybe<Scalars['String']['output']>;
  personId: Scalars['ID']['output'];
  personName: Scalars['String']['output'];
  /** 'nominated', 'approved', 'rejected' or 'paid' */
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type IncentivesAwardConnection = {
  __typename?: 'IncentivesAwardConnection';
  nodes: Array<IncentivesAward>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type IncentivesAwardFilter = {
  /** 'idea', 'paper', 'patent' or 'open-source' */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** The nominee */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** 'nominated', 'approved', 'rejected' or 'paid' */
  status?: InputMaybe<Scalars['String']['input']>;
};

export type IncentivesAwardSort = {
  direction?: SortDirection;
  field: IncentivesAwardSortField;
};

/** CREATED_AT: when nominated */
export type IncentivesAwardSortField =
  | 'CREATED_AT'
  | 'KIND'
  | 'STATUS'
  | 'TITLE';

/** One band of the founding piecewise function: c1 if s > t1, c2 if t1 ≥ s > t2, …, ck if s ≤ t(k−1) */
export type IncentivesBand = {
  __typename?: 'IncentivesBand';
  /** 1 = the top band */
  band: Scalars['Int']['output'];
  coefficient: Scalars['Float']['output'];
  /** e.g. "4 ≥ s > 3" */
  condition: Scalars['String']['output'];
  /** Scores above this (exclusive); null for the bottom band */
  lower?: Maybe<Scalars['Float']['output']>;
  /** Scores up to this (inclusive); null for the top band */
  upper?: Maybe<Scalars['Float']['output']>;
};

export type IncentivesBandCount = {
  __typename?: 'IncentivesBandCount';
  band: Scalars['Int']['output'];
  coefficient: Scalars['Float']['output'];
  condition: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

export type IncentivesBandsInput = {
  /** c1 … ck */
  coefficients: Array<Scalars['Float']['input']>;
  /** t1 > t2 > … > t(k−1) */
  thresholds: Array<Scalars['Float']['input']>;
};

export type IncentivesBonusPool = {
  __typename?: 'IncentivesBonusPool';
  /** D in integer minor units */
  amount: Scalars['Float']['output'];
  approvedAt?: Maybe<Scalars['String']['output']>;
  approvedBy?: Maybe<Scalars['String']['output']>;
  bands: Array<IncentivesBand>;
  coefficients: Array<Scalars['Float']['output']>;
  createdAt: Scalars['String']['output'];
  currency: Scalars['String']['output'];
  /** Published version if any, else the current draft (pool readers) */
  currentVersion?: Maybe<IncentivesAllocationVersion>;
  cycleId: Scalars['ID']['output'];
  cycleName: Scalars['String']['output'];
  defaultCap?: Maybe<Scalars['Float']['output']>;
  defaultFloor?: Maybe<Scalars['Float']['output']>;
  defaultTarget?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  levelTargets: Array<IncentivesLevelTarget>;
  memberCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  note: Scalars['String']['output'];
  /** A published pool's new version waiting for approval after a calibrated score change (pool readers) */
  proposedVersion?: Maybe<IncentivesAllocationVersion>;
  publishedAt?: Maybe<Scalars['String']['output']>;
  publishedVersion?: Maybe<Scalars['Int']['output']>;
  /** What-if scenarios of this pool (pool readers) */
  scenarioIds: Array<Scalars['ID']['output']>;
  scenarioOfId?: Maybe<Scalars['ID']['output']>;
  /** 'draft' → 'approved' → 'published'; what-if copies are 'scenario' */
  status: Scalars['String']['output'];
  thresholds: Array<Scalars['Float']['output']>;
  /** 'salary-target-percent', 'target-by-level', 'equal' or 'custom' */
  weightRule: Scalars['String']['output'];
};

export type IncentivesBonusPoolConnection = {
  __typename?: 'IncentivesBonusPoolConnection';
  nodes: Array<IncentivesBonusPool>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type IncentivesBonusPoolFilter = {
  cycleId?: InputMaybe<Scalars['ID']['input']>;
  /** Pool readers: list what-if scenarios too (as bonusPools(includeScenarios)) */
  includeScenarios?: InputMaybe<Scalars['Boolean']['input']>;
  /** 'draft', 'approved', 'published' or 'scenario' */
  status?: InputMaybe<Scalars['String']['input']>;
};

export type IncentivesBonusPoolSort = {
  direction?: SortDirection;
  field: IncentivesBonusPoolSortField;
};

export type IncentivesBonusPoolSortField =
  | 'AMOUNT'
  | 'CREATED_AT'
  | 'NAME'
  | 'STATUS';

export type IncentivesCalibrationEntry = {
  __typename?: 'IncentivesCalibrationEntry';
  band?: Maybe<Scalars['Int']['output']>;
  calibratedScore?: Maybe<Scalars['Float']['output']>;
  finalScore?: Maybe<Scalars['Float']['output']>;
  level: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** 9-box performance: 1 below 3, 2 from 3, 3 from 4 */
  performance?: Maybe<Scalars['Int']['output']>;
  personId: Scalars['ID']['output'];
  potential?: Maybe<Scalars['Int']['output']>;
  score?: Maybe<Scalars['Float']['output']>;
  /** The manager whose team the person is in */
  teamId?: Maybe<Scalars['ID']['output']>;
  teamName: Scalars['String']['output'];
};

export type IncentivesCalibrationResult = {
  __typename?: 'IncentivesCalibrationResult';
  calibration: IncentivesScoreCalibration;
  /** New published allocation versions this change produced (dynamic incentives) */
  newVersions: Array<IncentivesAllocationVersion>;
  participant: IncentivesParticipant;
};

/** Calibration data: everyone for review administrators, the chain for managers */
export type IncentivesCalibrationView = {
  __typename?: 'IncentivesCalibrationView';
  bands: Array<IncentivesBandCount>;
  byLevel: Array<IncentivesDistributionGroup>;
  byTeam: Array<IncentivesDistributionGroup>;
  cycleId: Scalars['ID']['output'];
  distribution: Array<IncentivesHistogramBucket>;
  entries: Array<IncentivesCalibrationEntry>;
  nineBox: Array<IncentivesNineBoxCell>;
};

export type IncentivesCriterion = {
  __typename?: 'IncentivesCriterion';
  description: Scalars['String']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Relative weight of the criterion in a review score */
  weight: Scalars['Float']['output'];
};

export type IncentivesCriterionAverage = {
  __typename?: 'IncentivesCriterionAverage';
  average: Scalars['Float']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type IncentivesCriterionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
  weight: Scalars['Float']['input'];
};

export type IncentivesCycleProgress = {
  __typename?: 'IncentivesCycleProgress';
  byKind: Array<IncentivesKindProgress>;
  expired: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
  submitted: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type IncentivesDistributionGroup = {
  __typename?: 'IncentivesDistributionGroup';
  count: Scalars['Int']['output'];
  histogram: Array<IncentivesHistogramBucket>;
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  mean?: Maybe<Scalars['Float']['output']>;
};

/** Options or units with a vesting schedule; amounts visible to compensation administrators, the person and their managers */
export type IncentivesEquityGrant = {
  __typename?: 'IncentivesEquityGrant';
  approvedAt?: Maybe<Scalars['String']['output']>;
  /** Email of who approved it (proposed → granted) */
  approvedBy?: Maybe<Scalars['String']['output']>;
  cliffMonths: Scalars['Int']['output'];
  /** Email of who proposed it (null when made from an accepted offer) */
  createdBy?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  frequencyMonths: Scalars['Int']['output'];
  grantDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 'new-hire', 'refresh' or 'promotion' */
  kind: Scalars['String']['output'];
  note: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  personName: Scalars['String']['output'];
  schedule?: Maybe<Array<IncentivesVestingEvent>>;
  /** 'proposed' → 'granted', or 'cancelled' */
  status: Scalars['String']['output'];
  /** Exercise price per unit in minor units (null for restricted units) */
  strikePrice?: Maybe<Scalars['Float']['output']>;
  units?: Maybe<Scalars['Int']['output']>;
  /** Vested as of today */
  vestedUnits?: Maybe<Scalars['Int']['output']>;
  vestingMonths: Scalars['Int']['output'];
  vestingStart: Scalars['String']['output'];
};

export type IncentivesEquityGrantConnection = {
  __typename?: 'IncentivesEquityGrantConnection';
  nodes: Array<IncentivesEquityGrant>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type IncentivesEquityGrantFilter = {
  /** 'new-hire', 'refresh' or 'promotion' */
  kind?: InputMaybe<Scalars['String']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** 'proposed', 'granted' or 'cancelled' */
  status?: InputMaybe<Scalars['String']['input']>;
};

export type IncentivesEquityGrantSort = {
  direction?: SortDirection;
  field: IncentivesEquityGrantSortField;
};

export type IncentivesEquityGrantSortField =
  | 'GRANT_DATE'
  | 'KIND'
  | 'STATUS'
  | 'VESTING_START';

export type IncentivesHistogramBucket = {
  __typename?: 'IncentivesHistogramBucket';
  count: Scalars['Int']['output'];
  lower: Scalars['Float']['output'];
  upper: Scalars['Float']['output'];
};

/** Submitted reviews of one kind about one person; anonymous kinds below the threshold are withheld */
export type IncentivesKindAggregate = {
  __typename?: 'IncentivesKindAggregate';
  /** Anonymous kinds: sorted, without authors */
  comments: Array<Scalars['String']['output']>;
  criteria: Array<IncentivesCriterionAverage>;
  kind: Scalars['String']['output'];
  reviewers: Scalars['Int']['output'];
  score?: Maybe<Scalars['Float']['output']>;
  /** True for a peer or upward group with fewer reviewers than the cycle's threshold, or while reviewing is still open: no score, averages or comments */
  withheld: Scalars['Boolean']['output'];
};

export type IncentivesKindProgress = {
  __typename?: 'IncentivesKindProgress';
  /** Still pending when calibration started */
  expired: Scalars['Int']['output'];
  kind: Scalars['String']['output'];
  /** Pending past their due date */
  overdue: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
  submitted: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type IncentivesKindWeight = {
  __typename?: 'IncentivesKindWeight';
  /** 'self', 'manager', 'peer' or 'upward' */
  kind: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

export type IncentivesKindWeightInput = {
  kind: Scalars['String']['input'];
  weight: Scalars['Float']['input'];
};

export type IncentivesLevelTarget = {
  __typename?: 'IncentivesLevelTarget';
  level: Scalars['String']['output'];
  /** Target % of base (salary-target-percent) or target amount in minor units (target-by-level) */
  value: Scalars['Float']['output'];
};

export type IncentivesLevelTargetInput = {
  level: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

export type IncentivesMeritIncrease = {
  __typename?: 'IncentivesMeritIncrease';
  /** After fitting the budget (minor units) */
  amount?: Maybe<Scalars['Float']['output']>;
  band?: Maybe<Scalars['Int']['output']>;
  baseSalary?: Maybe<Scalars['Float']['output']>;
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  level: Scalars['String']['output'];
  matrixId: Scalars['ID']['output'];
  matrixPercent?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  newBase?: Maybe<Scalars['Float']['output']>;
  note: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  positionColumn?: Maybe<Scalars['Int']['output']>;
  positionInRange?: Maybe<Scalars['Float']['output']>;
  /** Base × matrix % */
  proposedAmount?: Maybe<Scalars['Float']['output']>;
};

/** Raise % by band × position in the salary range (attraction's compensation band of the person's job family × level), against a raise budget */
export type IncentivesMeritMatrix = {
  __typename?: 'IncentivesMeritMatrix';
  approvedAt?: Maybe<Scalars['String']['output']>;
  /** Raise budget in minor units */
  budget?: Maybe<Scalars['Float']['output']>;
  /** cells[band − 1][column] = raise % */
  cells: Array<Array<Scalars['Float']['output']>>;
  createdAt: Scalars['String']['output'];
  currency: Scalars['String']['output'];
  cycleId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  increaseCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Ascending breaks in (0, 1): column j holds positions from break j−1 up to break j */
  positionBreaks: Array<Scalars['Float']['output']>;
  /** 'draft' → 'computed' → 'approved' */
  status: Scalars['String']['output'];
  /** Σ increases: at most the budget */
  totalAmount?: Maybe<Scalars['Float']['output']>;
  /** Σ base × matrix % before fitting the budget */
  totalProposed?: Maybe<Scalars['Float']['output']>;
  /** Changes with every edit, computation and approval: send it back as expectedUpdatedAt */
  updatedAt: Scalars['String']['output'];
  /** Whether the matrix fits the budget without scaling */
  withinBudget?: Maybe<Scalars['Boolean']['output']>;
};

/** Your share of a published pool with every number of the formula that produced it — nobody else’s */
export type IncentivesMyBonus = {
  __typename?: 'IncentivesMyBonus';
  /** Whole minor units */
  amount: Scalars['Float']['output'];
  band?: Maybe<Scalars['Int']['output']>;
  /** The published bands */
  bands: Array<IncentivesBand>;
  /** −1 held at your floor, +1 at your cap, 0 neither */
  bound: Scalars['Int']['output'];
  /** The formula with your numbers filled in */
  calculation: Scalars['String']['output'];
  cap?: Maybe<Scalars['Float']['output']>;
  coefficient: Scalars['Float']['output'];
  currency: Scalars['String']['output'];
  cycleId: Scalars['ID']['output'];
  cycleName: Scalars['String']['output'];
  delta?: Maybe<Scalars['Float']['output']>;
  exactAmount: Scalars['Float']['output'];
  floor?: Maybe<Scalars['Float']['output']>;
  /** The published formula */
  formula: Scalars['String']['output'];
  /** Your amount in every published version, oldest first */
  history: Array<IncentivesMyBonusVersion>;
  lambda?: Maybe<Scalars['Float']['output']>;
  /** The pool D (minor units) */
  poolAmount: Scalars['Float']['output'];
  poolId: Scalars['ID']['output'];
  poolName: Scalars['String']['output'];
  previousAmount?: Maybe<Scalars['Float']['output']>;
  publishedAt?: Maybe<Scalars['String']['output']>;
  score?: Maybe<Scalars['Float']['output']>;
  version: Scalars['Int']['output'];
  weight: Scalars['Float']['output'];
  weightExplanation: Scalars['String']['output'];
  weightRule: Scalars['String']['output'];
  /** Σ ω_j c_j over the pool */
  weightedSum: Scalars['Float']['output'];
};

export type IncentivesMyBonusVersion = {
  __typename?: 'IncentivesMyBonusVersion';
  amount: Scalars['Float']['output'];
  delta?: Maybe<Scalars['Float']['output']>;
  publishedAt?: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  score?: Maybe<Scalars['Float']['output']>;
  status: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** The caller's own review in a cycle: results once the cycle is finalised */
export type IncentivesMyReview = {
  __typename?: 'IncentivesMyReview';
  aggregates: Array<IncentivesKindAggregate>;
  band?: Maybe<Scalars['Int']['output']>;
  bands: Array<IncentivesBand>;
  /** Whether calibration changed the computed score */
  calibrated: Scalars['Boolean']['output'];
  coefficient?: Maybe<Scalars['Float']['output']>;
  cycle: IncentivesReviewCycle;
  finalScore?: Maybe<Scalars['Float']['output']>;
  managerReviews: Array<IncentivesReview>;
  /** Reviews you still have to write in this cycle */
  pendingTasks: Scalars['Int']['output'];
  /** Scores, band, manager reviews and aggregates are shown once the cycle is finalised */
  resultsAvailable: Scalars['Boolean']['output'];
  selfReview?: Maybe<IncentivesReview>;
};

export type IncentivesNineBoxCell = {
  __typename?: 'IncentivesNineBoxCell';
  count: Scalars['Int']['output'];
  /** 1 low … 3 high */
  performance: Scalars['Int']['output'];
  personIds: Array<Scalars['ID']['output']>;
  /** 1 low … 3 high */
  potential: Scalars['Int']['output'];
};

export type IncentivesParticipant = {
  __typename?: 'IncentivesParticipant';
  aggregates?: Maybe<Array<IncentivesKindAggregate>>;
  band?: Maybe<Scalars['Int']['output']>;
  calibratedScore?: Maybe<Scalars['Float']['output']>;
  coefficient?: Maybe<Scalars['Float']['output']>;
  cycleId: Scalars['ID']['output'];
  /** Calibrated score if any, else the computed one */
  finalScore?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  level: Scalars['String']['output'];
  managerId?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  /** 1 (low) to 3 (high) */
  potential?: Maybe<Scalars['Int']['output']>;
  /** Computed from the submitted reviews */
  score?: Maybe<Scalars['Float']['output']>;
};

export type IncentivesPoolInputRow = {
  __typename?: 'IncentivesPoolInputRow';
  band?: Maybe<Scalars['Int']['output']>;
  /** Effective cap in minor units (null = no cap) */
  cap?: Maybe<Scalars['Float']['output']>;
  coefficient: Scalars['Float']['output'];
  /** Why this person cannot be allocated as configured */
  error?: Maybe<Scalars['String']['output']>;
  /** Effective floor in minor units (0 when none) */
  floor: Scalars['Float']['output'];
  level: Scalars['String']['output'];
  name: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  score?: Maybe<Scalars['Float']['output']>;
  /** ω (0 when it cannot be computed: see error) */
  weight: Scalars['Float']['output'];
  weightExplanation: Scalars['String']['output'];
};

/** Everything solver.allocate needs, so the console can recompute in the browser with the same WASM solver */
export type IncentivesPoolInputs = {
  __typename?: 'IncentivesPoolInputs';
  /** pool (D) in minor units */
  amount: Scalars['Float']['output'];
  bands: Array<IncentivesBand>;
  coefficients: Array<Scalars['Float']['output']>;
  currency: Scalars['String']['output'];
  /** In the order the server passes them to the solver */
  people: Array<IncentivesPoolInputRow>;
  poolId: Scalars['ID']['output'];
  thresholds: Array<Scalars['Float']['output']>;
  /** Rounding unit passed to allocate (1 = whole minor units) */
  unit: Scalars['Float']['output'];
};

export type IncentivesPoolMemberInput = {
  /** Minor units */
  cap?: InputMaybe<Scalars['Float']['input']>;
  /** Minor units */
  floor?: InputMaybe<Scalars['Float']['input']>;
  personId: Scalars['ID']['input'];
  /** Own weight ω, overriding the weight rule */
  weight?: InputMaybe<Scalars['Float']['input']>;
};

export type IncentivesRating = {
  __typename?: 'IncentivesRating';
  comment?: Maybe<Scalars['String']['output']>;
  criterionKey: Scalars['String']['output'];
  rating: Scalars['Float']['output'];
};

export type IncentivesRatingInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  criterionKey: Scalars['String']['input'];
  rating: Scalars['Float']['input'];
};

export type IncentivesReview = {
  __typename?: 'IncentivesReview';
  /** Peer and upward reviews are anonymous to the reviewee */
  anonymous: Scalars['Boolean']['output'];
  /** Null when withheld, and on your own submitted review in an anonymous cycle (its content is no longer linked to you) */
  comment?: Maybe<Scalars['String']['output']>;
  cycleId: Scalars['ID']['output'];
  dueDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 'self', 'manager', 'peer' or 'upward' */
  kind: Scalars['String']['output'];
  overdue: Scalars['Boolean']['output'];
  ratings: Array<IncentivesRating>;
  revieweeId: Scalars['ID']['output'];
  revieweeName: Scalars['String']['output'];
  /** Peer and upward reviews: null unless you wrote it. In a confidential cycle review administrators who are not the reviewee see it too; in an anonymous cycle they see it only on assignments not yet submitted — submitted content is stored apart from its author */
  reviewerId?: Maybe<Scalars['ID']['output']>;
  reviewerName?: Maybe<Scalars['String']['output']>;
  score?: Maybe<Scalars['Float']['output']>;
  /** 'pending', 'submitted' or 'expired' */
  status: Scalars['String']['output'];
  submittedAt?: Maybe<Scalars['String']['output']>;
  /** True when this review belongs to a peer or upward group smaller than the cycle's anonymityThreshold, or reviewing is still open: its ratings, comment and score are withheld */
  withheld: Scalars['Boolean']['output'];
};

export type IncentivesReviewConnection = {
  __typename?: 'IncentivesReviewConnection';
  nodes: Array<IncentivesReview>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type IncentivesReviewCycle = {
  __typename?: 'IncentivesReviewCycle';
  /** 'anonymous': peer and upward authors are known to nobody, their content is stored apart from them; 'confidential': HR sees authors, the reviewee never does. Fixed once the cycle opens */
  anonymity: Scalars['String']['output'];
  /** Peer and upward groups with fewer submitted reviews are withheld from everyone */
  anonymityThreshold: Scalars['Int']['output'];
  bands: Array<IncentivesBand>;
  calibratingAt?: Maybe<Scalars['String']['output']>;
  coefficients: Array<Scalars['Float']['output']>;
  createdAt: Scalars['String']['output'];
  criteria: Array<IncentivesCriterion>;
  finalisedAt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kindWeights: Array<IncentivesKindWeight>;
  kinds: Array<Scalars['String']['output']>;
  managerDue?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  openedAt?: Maybe<Scalars['String']['output']>;
  participantCount: Scalars['Int']['output'];
  peerCount: Scalars['Int']['output'];
  peerDue?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  periodEnd: Scalars['String']['output'];
  /** YYYY-MM-DD */
  periodStart: Scalars['String']['output'];
  progress: IncentivesCycleProgress;
  selfDue?: Maybe<Scalars['String']['output']>;
  /** 'draft' → 'open' → 'calibrating' → 'finalised' */
  status: Scalars['String']['output'];
  thresholds: Array<Scalars['Float']['output']>;
  /** Changes with every edit: send it back as expectedUpdatedAt to edit safely */
  updatedAt: Scalars['String']['output'];
  upwardDue?: Maybe<Scalars['String']['output']>;
};

export type IncentivesReviewCycleConnection = {
  __typename?: 'IncentivesReviewCycleConnection';
  nodes: Array<IncentivesReviewCycle>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type IncentivesReviewCycleFilter = {
  /** 'draft', 'open', 'calibrating' or 'finalised' */
  status?: InputMaybe<Scalars['String']['input']>;
};

export type IncentivesReviewCycleSort = {
  direction?: SortDirection;
  field: IncentivesReviewCycleSortField;
};

export type IncentivesReviewCycleSortField =
  | 'CREATED_AT'
  | 'NAME'
  | 'PERIOD_START'
  | 'STATUS';

export type IncentivesReviewFilter = {
  /** 'self', 'manager', 'peer' or 'upward' */
  kind?: InputMaybe<Scalars['String']['input']>;
  revieweeId?: InputMaybe<Scalars['ID']['input']>;
  /** 'pending', 'submitted' or 'expired' */
  status?: InputMaybe<Scalars['String']['input']>;
};

export type IncentivesReviewSort = {
  direction?: SortDirection;
  field: IncentivesReviewSortField;
};

/** REVIEWEE: a person's reviews together, kind by kind (the order of cycleReviews) */
export type IncentivesReviewSortField =
  | 'KIND'
  | 'REVIEWEE'
  | 'STATUS';

/** Pools and scenarios side by side */
export type IncentivesScenarioComparison = {
  __typename?: 'IncentivesScenarioComparison';
  pools: Array<IncentivesScenarioSummary>;
  rows: Array<IncentivesScenarioRow>;
};

export type IncentivesScenarioRow = {
  __typename?: 'IncentivesScenarioRow';
  /** Amount in each compared pool, in the order of pools (null: not a member) */
  amounts: Array<Maybe<Scalars['Float']['output']>>;
  coefficients: Array<Maybe<Scalars['Float']['output']>>;
  level: Scalars['String']['output'];
  name: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  score?: Maybe<Scalars['Float']['output']>;
};

export type IncentivesScenarioSummary = {
  __typename?: 'IncentivesScenarioSummary';
  amount: Scalars['Float']['output'];
  atCap: Scalars['Int']['output'];
  atFloor: Scalars['Int']['output'];
  /** People per band, top band first */
  bandCounts: Array<Scalars['Int']['output']>;
  coefficients: Array<Scalars['Float']['output']>;
  currency: Scalars['String']['output'];
  lambda?: Maybe<Scalars['Float']['output']>;
  max: Scalars['Float']['output'];
  median: Scalars['Float']['output'];
  min: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  poolId: Scalars['ID']['output'];
  status: Scalars['String']['output'];
  thresholds: Array<Scalars['Float']['output']>;
  total: Scalars['Float']['output'];
};

/** One calibrated score change with its reason */
export type IncentivesScoreCalibration = {
  __typename?: 'IncentivesScoreCalibration';
  actorEmail?: Maybe<Scalars['String']['output']>;
  at: Scalars['String']['output'];
  cycleId: Scalars['ID']['output'];
  fromScore?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  personId: Scalars['ID']['output'];
  personName: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  toScore?: Maybe<Scalars['Float']['output']>;
};

export type IncentivesVestingEvent = {
  __typename?: 'IncentivesVestingEvent';
  cumulative: Scalars['Int']['output'];
  date: Scalars['String']['output'];
  units: Scalars['Int']['output'];
};

export type InsightsAnswerInput = {
  /** SINGLE (one) or MULTIPLE: option indexes from 0 */
  choices?: InputMaybe<Array<Scalars['Int']['input']>>;
  questionId: Scalars['ID']['input'];
  /** LIKERT 1–5, ENPS 0–10 */
  score?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type InsightsAttrition = {
  __typename?: 'InsightsAttrition';
  from: Scalars['String']['output'];
  /** Median tenure of the period’s leavers, in months */
  medianTenureMonths?: Maybe<Scalars['Float']['output']>;
  months: Array<InsightsAttritionMonth>;
  tenureAtExit: Array<InsightsTenureAtExit>;
  threshold: Scalars['Int']['output'];
  to: Scalars['String']['output'];
  total: InsightsAttritionPeriod;
  units: Array<InsightsAttritionUnit>;
};

export type InsightsAttritionMonth = {
  __typename?: 'InsightsAttritionMonth';
  /** Leavers / average headcount × 12, in % */
  annualisedRate?: Maybe<Scalars['Float']['output']>;
  headcountEnd: Scalars['Int']['output'];
  headcountStart: Scalars['Int']['output'];
  hires: Scalars['Int']['output'];
  involuntary: Scalars['Int']['output'];
  leavers: Scalars['Int']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  regretted: Scalars['Int']['output'];
  voluntary: Scalars['Int']['output'];
};

export type InsightsAttritionPeriod = {
  __typename?: 'InsightsAttritionPeriod';
  /** Leavers / average headcount × 12 / months, in % */
  annualisedRate?: Maybe<Scalars['Float']['output']>;
  averageHeadcount: Scalars['Float']['output'];
  involuntary: Scalars['Int']['output'];
  leavers: Scalars['Int']['output'];
  regretted: Scalars['Int']['output'];
  voluntary: Scalars['Int']['output'];
  /** The same for voluntary leavers only */
  voluntaryRate?: Maybe<Scalars['Float']['output']>;
};

export type InsightsAttritionRisks = {
  __typename?: 'InsightsAttritionRisks';
  /** Null until a model is trained */
  model?: Maybe<InsightsRiskModel>;
  risks: Array<InsightsPersonRisk>;
};

export type InsightsAttritionUnit = {
  __typename?: 'InsightsAttritionUnit';
  /** The unit with its subtree */
  figures?: Maybe<InsightsAttritionPeriod>;
  name: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Whether the unit averaged fewer people than the anonymity threshold (nothing below is shown) */
  suppressed: Scalars['Boolean']['output'];
  unitId: Scalars['ID']['output'];
};

export type InsightsCalibrationBin = {
  __typename?: 'InsightsCalibrationBin';
  count: Scalars['Int']['output'];
  lower: Scalars['Float']['output'];
  meanPredicted?: Maybe<Scalars['Float']['output']>;
  observedRate?: Maybe<Scalars['Float']['output']>;
  upper: Scalars['Float']['output'];
};

export type InsightsEffectiveness = {
  __typename?: 'InsightsEffectiveness';
  asOf: Scalars['String']['output'];
  measures: Array<InsightsMeasure>;
  threshold: Scalars['Int']['output'];
  unitId?: Maybe<Scalars['ID']['output']>;
  unitName: Scalars['String']['output'];
};

export type InsightsLocalText = {
  __typename?: 'InsightsLocalText';
  enUS: Scalars['String']['output'];
  zhCN: Scalars['String']['output'];
};

export type InsightsLocalTextInput = {
  enUS: Scalars['String']['input'];
  /** Default: the English text */
  zhCN?: InputMaybe<Scalars['String']['input']>;
};

export type InsightsMeasure = {
  __typename?: 'InsightsMeasure';
  /** The numbers behind it */
  components: Array<InsightsMeasureComponent>;
  /** How it is computed, in words */
  formula: Scalars['String']['output'];
  /** satisfaction, performance, knowledge or incentives */
  id: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** The headline over time, oldest first */
  trend: Array<InsightsMeasurePoint>;
  unit: Scalars['String']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

export type InsightsMeasureComponent = {
  __typename?: 'InsightsMeasureComponent';
  id: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** How many people (or answers) it rests on */
  people?: Maybe<Scalars['Int']['output']>;
  /** %, pts, score, index or eNPS */
  unit: Scalars['String']['output'];
  /** Null when unknown or under the anonymity threshold */
  value?: Maybe<Scalars['Float']['output']>;
};

export type InsightsMeasurePoint = {
  __typename?: 'InsightsMeasurePoint';
  label: Scalars['String']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

export type InsightsPersonRisk = {
  __typename?: 'InsightsPersonRisk';
  /** The score of a person with the average of every feature */
  baseline: Scalars['Float']['output'];
  /** Largest effect first; contributions add up to score − baseline */
  factors: Array<InsightsRiskFactor>;
  modelVersion: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  /** Probability of leaving within 12 months */
  score: Scalars['Float']['output'];
};

export type InsightsQuestionInput = {
  kind: InsightsQuestionKind;
  /** For SINGLE and MULTIPLE: 2 to 12 options */
  options?: InputMaybe<Array<InsightsLocalTextInput>>;
  required?: Scalars['Boolean']['input'];
  text: InsightsLocalTextInput;
};

/** LIKERT 1–5, ENPS 0–10, SINGLE or MULTIPLE choice (option indexes), free TEXT */
export type InsightsQuestionKind =
  | 'ENPS'
  | 'LIKERT'
  | 'MULTIPLE'
  | 'SINGLE'
  | 'TEXT';

export type InsightsQuestionResult = {
  __typename?: 'InsightsQuestionResult';
  answered?: Maybe<Scalars['Int']['output']>;
  /** TEXT answers, in no particular order */
  comments: Array<Scalars['String']['output']>;
  /** Answers per score (LIKERT 1–5, ENPS 0–10) or per option */
  distribution: Array<Scalars['Int']['output']>;
  /** ENPS: % promoters (9–10) − % detractors (0–6) */
  enps?: Maybe<Scalars['Int']['output']>;
  /** LIKERT: share of 4 and 5 answers, in % */
  favourable?: Maybe<Scalars['Float']['output']>;
  kind: InsightsQuestionKind;
  /** LIKERT and ENPS: the mean score */
  mean?: Maybe<Scalars['Float']['output']>;
  questionId: Scalars['ID']['output'];
  /** Whether this question has fewer answers than the threshold here (nothing below is shown) */
  suppressed: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
};

export type InsightsRiskFactor = {
  __typename?: 'InsightsRiskFactor';
  /** Exact Shapley value: this feature’s share of score − baseline */
  contribution: Scalars['Float']['output'];
  feature: Scalars['String']['output'];
  label: Scalars['String']['output'];
  value: Scalars['Float']['output'];
  /** The factor in words, in the caller’s language */
  words: Scalars['String']['output'];
};

export type InsightsRiskModel = {
  __typename?: 'InsightsRiskModel';
  /** ROC AUC on held-out people */
  auc?: Maybe<Scalars['Float']['output']>;
  /** Brier score on held-out people */
  brier: Scalars['Float']['output'];
  calibration: Array<InsightsCalibrationBin>;
  /** The ten features, in the model’s order */
  features: Array<Scalars['String']['output']>;
  holdoutPositives: Scalars['Int']['output'];
  holdoutRows: Scalars['Int']['output'];
  /** mlp (10 → 5 ReLU → 1 sigmoid) or logistic: the one with the better held-out AUC */
  kind: Scalars['String']['output'];
  /** The other model’s held-out AUC */
  otherAuc?: Maybe<Scalars['Float']['output']>;
  otherKind: Scalars['String']['output'];
  /** Of which the person left within 12 months */
  positives: Scalars['Int']['output'];
  trainedAt: Scalars['String']['output'];
  /** Person-months the model learnt from */
  trainingRows: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};

export type InsightsSurvey = {
  __typename?: 'InsightsSurvey';
  /** Whether you have answered */
  answeredByMe: Scalars['Boolean']['output'];
  /** Levels asked; empty: every level */
  audienceLevels: Array<Scalars['String']['output']>;
  /** Org units asked (with their subtrees); empty: everyone */
  audienceUnitIds: Array<Scalars['ID']['output']>;
  /** Whether you are asked and have not answered yet */
  awaitingMyAnswer: Scalars['Boolean']['output'];
  closedAt?: Maybe<Scalars['String']['output']>;
  closesOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** People asked (once open) */
  invited?: Maybe<Scalars['Int']['output']>;
  kind: InsightsSurveyKind;
  openedAt?: Maybe<Scalars['String']['output']>;
  questions: Array<InsightsSurveyQuestion>;
  /** People who answered; null while fewer than the anonymity threshold */
  responses?: Maybe<Scalars['Int']['output']>;
  status: InsightsSurveyStatus;
  title: Scalars['String']['output'];
  /** Changes with every edit: send it back as expectedUpdatedAt to edit safely */
  updatedAt: Scalars['String']['output'];
};

export type InsightsSurveyConnection = {
  __typename?: 'InsightsSurveyConnection';
  nodes: Array<InsightsSurvey>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

/** UNIT: the child units of the filtered unit (or of the company) */
export type InsightsSurveyDimension =
  | 'LEVEL'
  | 'LOCATION'
  | 'TENURE'
  | 'UNIT';

export type InsightsSurveyFilterInput = {
  level?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  /** LT_1Y, Y1_2, Y2_4 or Y4_PLUS */
  tenureBand?: InputMaybe<Scalars['String']['input']>;
  /** An org unit with its subtree */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type InsightsSurveyGroupResult = {
  __typename?: 'InsightsSurveyGroupResult';
  /** Engagement: mean favourable % of the LIKERT questions */
  engagement?: Maybe<Scalars['Float']['output']>;
  /** eNPS of the ENPS question */
  enps?: Maybe<Scalars['Int']['output']>;
  invited?: Maybe<Scalars['Int']['output']>;
  /** The group value (unit id, level, tenure band, location); "" for everyone */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  questions: Array<InsightsQuestionResult>;
  /** Why nothing is shown: too few answers, or it would reveal a smaller group by difference */
  reason?: Maybe<Scalars['String']['output']>;
  respondents?: Maybe<Scalars['Int']['output']>;
  /** Respondents / invited, in % */
  responseRate?: Maybe<Scalars['Float']['output']>;
  suppressed: Scalars['Boolean']['output'];
};

/** ENGAGEMENT and PULSE start from the shipped templates */
export type InsightsSurveyKind =
  | 'CUSTOM'
  | 'ENGAGEMENT'
  | 'PULSE';

export type InsightsSurveyListFilter = {
  kind?: InputMaybe<InsightsSurveyKind>;
  /** Part of the title, any case */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<InsightsSurveyStatus>;
};

export type InsightsSurveyQuestion = {
  __typename?: 'InsightsSurveyQuestion';
  id: Scalars['ID']['output'];
  kind: InsightsQuestionKind;
  optionTexts: Array<InsightsLocalText>;
  /** Choice options in the caller's language */
  options: Array<Scalars['String']['output']>;
  required: Scalars['Boolean']['output'];
  /** In the caller's language */
  text: Scalars['String']['output'];
  texts: InsightsLocalText;
};

export type InsightsSurveyResults = {
  __typename?: 'InsightsSurveyResults';
  groupBy?: Maybe<InsightsSurveyDimension>;
  groups: Array<InsightsSurveyGroupResult>;
  /** Everyone the filter selects */
  overall: InsightsSurveyGroupResult;
  surveyId: Scalars['ID']['output'];
  /** The anonymity threshold k applied */
  threshold: Scalars['Int']['output'];
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

export type InsightsSurveyTrendPoint = {
  __typename?: 'InsightsSurveyTrendPoint';
  kind: InsightsSurveyKind;
  openedAt?: Maybe<Scalars['String']['output']>;
  /** The whole survey, questions left out */
  result: InsightsSurveyGroupResult;
  surveyId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type InsightsTenureAtExit = {
  __typename?: 'InsightsTenureAtExit';
  /** LT_1Y, Y1_2, Y2_4 or Y4_PLUS */
  band: Scalars['String']['output'];
  leavers: Scalars['Int']['output'];
};

/** A tenant of this installation, as its owner sees it */
export type InstallationTenant = {
  __typename?: 'InstallationTenant';
  /** Accounts that are not disabled */
  activeAccounts: Scalars['Int']['output'];
  /** People whose status is active */
  activePeople: Scalars['Int']['output'];
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

/** A long job (import, solver run, reindex) on the jobs queue */
export type Job = {
  __typename?: 'Job';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['String']['output'];
  /** Why the last attempt failed */
  error?: Maybe<Scalars['String']['output']>;
  /** The last failure's error code (BAD_USER_INPUT, CONFLICT, …), as a request would have had it */
  errorCode?: Maybe<Scalars['String']['output']>;
  /** JSON of the last failure's error extensions (e.g. the field or the projects concerned) */
  errorDetails?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 0–100 */
  progress: Scalars['Int']['output'];
  /** JSON of the result once completed */
  result?: Maybe<Scalars['String']['output']>;
  startedBy?: Maybe<Scalars['String']['output']>;
  /** waiting, active, delayed (retrying after a failure), completed or failed */
  state: Scalars['String']['output'];
  /** '<plugin-or-core>.<name>', e.g. people.import */
  type: Scalars['String']['output'];
};

export type KnowledgeCoAuthorEdge = {
  __typename?: 'KnowledgeCoAuthorEdge';
  unitA: Scalars['ID']['output'];
  unitB: Scalars['ID']['output'];
  /** Published items co-authored by people of both units */
  weight: Scalars['Int']['output'];
};

export type KnowledgeExpert = {
  __typename?: 'KnowledgeExpert';
  /** Why: the artifacts behind the score */
  evidence: Array<Scalars['String']['output']>;
  /** Published, tenant-visible items tagged with the skill */
  items: Scalars['Int']['output'];
  /** Skill level 0–5 from the skill profile */
  level: Scalars['Int']['output'];
  person: KnowledgePerson;
  /** Code reviews in repositories tagged with the skill */
  reviews: Scalars['Int']['output'];
  score: Scalars['Float']['output'];
  /** Held talks tagged with the skill */
  talks: Scalars['Int']['output'];
};

export type KnowledgeExpertResult = {
  __typename?: 'KnowledgeExpertResult';
  experts: Array<KnowledgeExpert>;
  /** How the score is computed */
  formula: Scalars['String']['output'];
  skill: KnowledgeSkillTag;
};

export type KnowledgeImportRowError = {
  __typename?: 'KnowledgeImportRowError';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Line in the file (the header is line 1) */
  row: Scalars['Int']['output'];
};

export type KnowledgeItem = {
  __typename?: 'KnowledgeItem';
  /** When it was archived (out of lists and search); null while live */
  archivedAt?: Maybe<Scalars['String']['output']>;
  authors: Array<KnowledgePerson>;
  /** Markdown source */
  body: Scalars['String']['output'];
  /** Sanitised HTML rendered on the server from the markdown: safe to insert as is */
  bodyHtml: Scalars['String']['output'];
  bookmarkCount: Scalars['Int']['output'];
  /** Whether the viewer bookmarked it */
  bookmarked: Scalars['Boolean']['output'];
  /** Whether the viewer may edit it */
  canEdit: Scalars['Boolean']['output'];
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: KnowledgeItemKind;
  links: Array<KnowledgeLink>;
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** Distinct person-days it was read */
  readCount: Scalars['Int']['output'];
  /** arXiv id, patent number, DOI… */
  reference?: Maybe<Scalars['String']['output']>;
  skills: Array<KnowledgeSkillTag>;
  /** The first words of the plain text */
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  unitId?: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  visibility: KnowledgeVisibility;
};

export type KnowledgeItemConnection = {
  __typename?: 'KnowledgeItemConnection';
  nodes: Array<KnowledgeItem>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type KnowledgeItemFilter = {
  /** Archived items instead of live ones */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  authorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the items the viewer bookmarked */
  bookmarked?: InputMaybe<Scalars['Boolean']['input']>;
  /** Published on or after (YYYY-MM-DD) */
  from?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<KnowledgeItemKind>>;
  skillId?: InputMaybe<Scalars['ID']['input']>;
  /** Published on or before (YYYY-MM-DD) */
  to?: InputMaybe<Scalars['String']['input']>;
  visibility?: InputMaybe<KnowledgeVisibility>;
};

export type KnowledgeItemKind =
  | 'BEST_PRACTICE'
  | 'DESIGN_DOC'
  | 'PAPER'
  | 'PATENT'
  | 'POST_MORTEM'
  | 'TECH_BLOG';

export type KnowledgeItemPage = {
  __typename?: 'KnowledgeItemPage';
  nodes: Array<KnowledgeItem>;
  totalCount: Scalars['Int']['output'];
};

export type KnowledgeItemSort = {
  direction?: SortDirection;
  field: KnowledgeItemSortField;
};

export type KnowledgeItemSortField =
  | 'CREATED_AT'
  | 'TITLE'
  | 'UPDATED_AT';

export type KnowledgeItemVersion = {
  __typename?: 'KnowledgeItemVersion';
  /** Markdown source of this version */
  body: Scalars['String']['output'];
  /** Sanitised HTML of this version */
  bodyHtml: Scalars['String']['output'];
  createdAt: Scalars['String']['output'];
  editedBy?: Maybe<KnowledgePerson>;
  kind: KnowledgeItemKind;
  note: Scalars['String']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  visibility: KnowledgeVisibility;
};

export type KnowledgeLink = {
  __typename?: 'KnowledgeLink';
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type KnowledgeLinkInput = {
  title: Scalars['String']['input'];
  url: Scalars['String']['input'];
};

export type KnowledgePerson = {
  __typename?: 'KnowledgePerson';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type KnowledgeSearchHit = {
  __typename?: 'KnowledgeSearchHit';
  item: KnowledgeItem;
  score: Scalars['Float']['output'];
  /** About 160 characters of the body around the first match, as HTML with matches in <mark> */
  snippetHtml: Scalars['String']['output'];
  /** The title as HTML with matches in <mark> */
  titleHtml: Scalars['String']['output'];
};

export type KnowledgeSearchResult = {
  __typename?: 'KnowledgeSearchResult';
  hits: Array<KnowledgeSearchHit>;
  /** The terms searched for (quoted phrases stay whole) */
  terms: Array<Scalars['String']['output']>;
  totalCount: Scalars['Int']['output'];
};

export type KnowledgeSharingIndex = {
  __typename?: 'KnowledgeSharingIndex';
  formula: Scalars['String']['output'];
  /** YYYY-MM-DD */
  from: Scalars['String']['output'];
  people: Array<KnowledgeSharingIndexRow>;
  /** YYYY-MM-DD */
  to: Scalars['String']['output'];
};

export type KnowledgeSharingIndexConnection = {
  __typename?: 'KnowledgeSharingIndexConnection';
  formula: Scalars['String']['output'];
  /** YYYY-MM-DD */
  from: Scalars['String']['output'];
  nodes: Array<KnowledgeSharingIndexRow>;
  pageInfo: PageInfo;
  /** YYYY-MM-DD */
  to: Scalars['String']['output'];
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type KnowledgeSharingIndexFilter = {
  /** Part of the person's name, any case */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type KnowledgeSharingIndexRow = {
  __typename?: 'KnowledgeSharingIndexRow';
  bookmarksByOthers: Scalars['Int']['output'];
  index: Scalars['Float']['output'];
  itemsPublished: Scalars['Int']['output'];
  person: KnowledgePerson;
  readsByOthers: Scalars['Int']['output'];
  reviews: Scalars['Int']['output'];
  talksAttended: Scalars['Int']['output'];
  talksGiven: Scalars['Int']['output'];
};

export type KnowledgeSharingIndexSort = {
  direction?: SortDirection;
  field: KnowledgeSharingIndexSortField;
};

export type KnowledgeSharingIndexSortField =
  | 'INDEX'
  | 'NAME';

export type KnowledgeSkillTag = {
  __typename?: 'KnowledgeSkillTag';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type KnowledgeSkillUse = {
  __typename?: 'KnowledgeSkillUse';
  categoryName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Items the viewer can see that carry the tag */
  items: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type KnowledgeTalk = {
  __typename?: 'KnowledgeTalk';
  abstract: Scalars['String']['output'];
  /** Who attended (recorded after the talk) */
  attendees: Array<KnowledgePerson>;
  /** Whether the viewer may edit it and record attendance */
  canEdit: Scalars['Boolean']['output'];
  durationMinutes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  invitees: Array<KnowledgePerson>;
  kind: KnowledgeTalkKind;
  location: Scalars['String']['output'];
  /** Markdown */
  notes: Scalars['String']['output'];
  /** Sanitised HTML of the notes */
  notesHtml: Scalars['String']['output'];
  organiser?: Maybe<KnowledgePerson>;
  recordingUrl?: Maybe<Scalars['String']['output']>;
  /** UTC ISO timestamp */
  scheduledAt: Scalars['String']['output'];
  skills: Array<KnowledgeSkillTag>;
  /** The speaker (a brainstorm's facilitator) */
  speaker: KnowledgePerson;
  status: KnowledgeTalkStatus;
  title: Scalars['String']['output'];
};

export type KnowledgeTalkConnection = {
  __typename?: 'KnowledgeTalkConnection';
  nodes: Array<KnowledgeTalk>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type KnowledgeTalkFilter = {
  /** Talks the person was invited to or attended */
  attendeeId?: InputMaybe<Scalars['ID']['input']>;
  /** On or after (YYYY-MM-DD) */
  from?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<KnowledgeTalkKind>;
  skillId?: InputMaybe<Scalars['ID']['input']>;
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<KnowledgeTalkStatus>;
  /** On or before (YYYY-MM-DD) */
  to?: InputMaybe<Scalars['String']['input']>;
  when?: InputMaybe<KnowledgeTalkWhen>;
};

/** TECH_TALK 技术分享会; BRAINSTORM 头脑风暴会 */
export type KnowledgeTalkKind =
  | 'BRAINSTORM'
  | 'TECH_TALK';

export type KnowledgeTalkSort = {
  direction?: SortDirection;
  field: KnowledgeTalkSortField;
};

export type KnowledgeTalkSortField =
  | 'SCHEDULED_AT'
  | 'TITLE';

export type KnowledgeTalkStatus =
  | 'CANCELLED'
  | 'HELD'
  | 'SCHEDULED';

/** UPCOMING: from now on, or still scheduled; PAST: before now */
export type KnowledgeTalkWhen =
  | 'PAST'
  | 'UPCOMING';

export type KnowledgeTeamSharingIndex = {
  __typename?: 'KnowledgeTeamSharingIndex';
  formula: Scalars['String']['output'];
  from: Scalars['String']['output'];
  teams: Array<KnowledgeTeamSharingIndexRow>;
  to: Scalars['String']['output'];
};

export type KnowledgeTeamSharingIndexRow = {
  __typename?: 'KnowledgeTeamSharingIndexRow';
  /** Mean of the members' indices */
  index: Scalars['Float']['output'];
  /** Members, sub-units included */
  members: Scalars['Int']['output'];
  /** The top contributor */
  top?: Maybe<KnowledgeSharingIndexRow>;
  total: Scalars['Float']['output'];
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
};

/** TENANT: everyone; UNIT: members of the unit and its sub-units; PRIVATE: a draft only its authors see */
export type KnowledgeVisibility =
  | 'PRIVATE'
  | 'TENANT'
  | 'UNIT';

export type Me = {
  __typename?: 'Me';
  account: Account;
  /** Ids of the plugins this deployment enables (any account may know them: the console shows a plugin's self-service pages from them) */
  enabledPlugins: Array<Scalars['String']['output']>;
  /** Whether this account owns the installation (an owner of its home tenant): it may list and create tenants */
  installationOwner: Scalars['Boolean']['output'];
  permissions: Array<Scalars['String']['output']>;
  person?: Maybe<Person>;
  roles: Array<Scalars['String']['output']>;
  tenant: Tenant;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Records the candidate’s acceptance: they are hired and the core creates the person (HireRequested) */
  acceptOffer: AttractionOffer;
  /** Anyone who sees the candidate may add a note */
  addCandidateNote: AttractionCandidateNote;
  addDevelopmentGoal: DevelopmentPlan;
  addScorecard: AttractionScorecard;
  /** Recompute the draft allocation of a pool or scenario */
  allocateBonusPool: IncentivesBonusPool;
  /** Adopt a scenario's parameters and members in its (unpublished) pool */
  applyBonusScenario: IncentivesBonusPool;
  /** Applies exactly the stored plan in one transaction; CONFLICT when assignments changed since it was made */
  applyStaffingPlan: StaffingPlan;
  /** nominated → approved, with the amount */
  approveAward: IncentivesAward;
  /** draft → approved */
  approveBonusPool: IncentivesBonusPool;
  /** proposed → granted */
  approveEquityGrant: IncentivesEquityGrant;
  approveMeritMatrix: IncentivesMeritMatrix;
  /** Signs the offer: HR always; outside the band also an owner/admin (two different people) */
  approveOffer: AttractionOffer;
  /** Approves a complete draft (family, level with a band, hiring manager): it opens */
  approveRequisition: AttractionRequisition;
  /** Takes an item out of lists and search; its versions stay and it can be restored */
  archiveKnowledgeItem: KnowledgeItem;
  /** Sets the person's unit (null: none) through the core: audited, raises PersonUpdated */
  assignPersonToUnit: OrgPerson;
  /** Add reviewers of one kind for one person; returns that person's reviews of the kind */
  assignReviewers: Array<IncentivesReview>;
  /** Puts a person on a project or changes their allocation; a person's allocations add up to at most 100% */
  assignToProject: StructureProject;
  bookmarkKnowledgeItem: KnowledgeItem;
  /** Change a score with a reason (audited); published bonus pools get a new version */
  calibrateScore: IncentivesCalibrationResult;
  /** proposed or granted → cancelled */
  cancelEquityGrant: IncentivesEquityGrant;
  changePassword: Scalars['Boolean']['output'];
  /** Closes a draft or open requisition (no offers may be in flight) */
  closeRequisition: AttractionRequisition;
  closeSurvey: InsightsSurvey;
  /** The learner, their managers or course admins mark it completed; the learner may rate it (1–5) at the same time */
  completeCourse: DevelopmentEnrolment;
  /** Propose every participant’s raise; scaled to the budget when it is exceeded */
  computeMeritIncreases: IncentivesMeritMatrix;
  createAccount: Account;
  /** Creates an API token for `Authorization: Bearer`; the token is in this answer only */
  createApiToken: CreatedApiToken;
  /** A draft pool, allocated at once through the solver */
  createBonusPool: IncentivesBonusPool;
  /** A what-if copy with changed thresholds, coefficients, pool or bounds */
  createBonusScenario: IncentivesBonusPool;
  createCandidate: AttractionCandidate;
  createCareerLadder: CareerLadder;
  createCourse: DevelopmentCourse;
  /** A manager (for their chain) or hr creates a person's plan; one active plan per person */
  createDevelopmentPlan: DevelopmentPlan;
  /** A proposed grant */
  createEquityGrant: IncentivesEquityGrant;
  /** Creates an item (a PRIVATE draft unless another visibility is given) */
  createKnowledgeItem: KnowledgeItem;
  createMeritMatrix: IncentivesMeritMatrix;
  /** Drafts an offer for a candidate in the offer stage and sends it to approval */
  createOffer: AttractionOffer;
  createOrgUnit: OrgUnit;
  createPerson: Person;
  createProgramme: DevelopmentProgramme;
  /** Creates a project owned by a unit you may manage (any unit, or none, with structure.projects.admin) */
  createProject: StructureProject;
  /** Opens a draft requisition awaiting approval */
  createRequisition: AttractionRequisition;
  /** Record a publication or patent you (co-)authored; research admins record anyone’s */
  createResearchOutput: DevelopmentResearchOutput;
  /** A draft cycle; participants default to every active person */
  createReviewCycle: IncentivesReviewCycle;
  createRole: Role;
  createSkill: Skill;
  createSkillCategory: SkillCategory;
  /** Draft a survey; ENGAGEMENT and PULSE start from the shipped questions */
  createSurvey: InsightsSurvey;
  /** Creates a tenant and its owner account; only for the installation owner */
  createTenant: InstallationTenant;
  /** Subscribes a URL to events; payloads carry only what you may see; the secret is in this answer only */
  createWebhookSubscription: CreatedWebhookSubscription;
  /** Records that the candidate turned an approved offer down */
  declineOffer: AttractionOffer;
  deleteBonusScenario: Scalars['Boolean']['output'];
  /** Deletes a ladder; refused (CONFLICT) while it has levels */
  deleteCareerLadder: Scalars['Boolean']['output'];
  /** Deletes a level; refused (CONFLICT) while a development plan targets it */
  deleteCareerLevel: Scalars['Boolean']['output'];
  deleteCompBand: Scalars['Boolean']['output'];
  /** Deletes a draft that was never published, with its versions (a published item is archived instead) */
  deleteKnowledgeItem: Scalars['Boolean']['output'];
  /** Deletes the market data of a job family × level (the band, if any, stays) */
  deleteMarketRate: Scalars['Boolean']['output'];
  /** Deletes a unit without sub-units, members or projects */
  deleteOrgUnit: Scalars['Boolean']['output'];
  deletePerson: Scalars['Boolean']['output'];
  deleteRole: Scalars['Boolean']['output'];
  /** Deletes a skill that no project requires, with the levels and evidence in it */
  deleteSkill: Scalars['Boolean']['output'];
  /** Deletes an empty category (one that still holds skills is refused: move or delete them first) */
  deleteSkillCategory: Scalars['Boolean']['output'];
  /** Delete a draft survey */
  deleteSurvey: Scalars['Boolean']['output'];
  /** Deletes a subscription and its delivery log */
  deleteWebhookSubscription: Scalars['Boolean']['output'];
  /** Drops a published pool's proposed version: the published numbers stay */
  discardBonusPoolRevision: IncentivesBonusPool;
  discardStaffingPlan: StaffingPlan;
  /** Enrols you, or (managers of the person, course admins) someone else */
  enrol: DevelopmentEnrolment;
  /** calibrating → finalised: results become visible to each person */
  finaliseReviewCycle: IncentivesReviewCycle;
  /** The learner's rating and comment on a completed course */
  giveCourseFeedback: DevelopmentEnrolment;
  /** All-or-nothing CSV import. Header: external_id,reviewer_email,author_email,repository,pull_request,state,comments,submitted_at,url */
  importCodeReviews: CodeReviewImportReport;
  /** All-or-nothing CSV import of bands; columns job_family, level, currency, min_base, mid_base, max_base (integer minor units), bonus_target_pct, equity_min, equity_max */
  importCompBands: AttractionImportReport;
  /** All-or-nothing CSV import of market data; columns job_family, level, currency, p25, p50, p75, p90 (integer minor units), source, as_of */
  importMarketData: AttractionImportReport;
  /** All-or-nothing CSV import; errors name the row and column */
  importPeople: ImportReport;
  /** Signs in; `tenant` (a slug) is needed only when the email has accounts in several tenants */
  login: AuthPayload;
  logout: Scalars['Boolean']['output'];
  /** Marks your notifications read: these ids, or all when none are given; returns how many changed */
  markNotificationsRead: Scalars['Int']['output'];
  /** Merges the source skill into the target: people's levels (the higher kept, see SkillMerge.carriedOver), evidence and project requirements move to the target, then the source is deleted */
  mergeSkills: SkillMerge;
  /** Moves a candidate one stage on, or to rejected/withdrawn; illegal moves are CONFLICT errors */
  moveCandidate: AttractionCandidate;
  /** Moves a unit under another (parentId null: make it top-level); audited with the old and new path */
  moveOrgUnit: OrgUnit;
  nominateAward: IncentivesAward;
  /** draft → open: assigns self, manager, peer and upward reviews */
  openReviewCycle: IncentivesReviewCycle;
  /** Open a draft: everyone active in its audience is asked */
  openSurvey: InsightsSurvey;
  /** approved → paid */
  payAward: IncentivesAward;
  /** Scores every person × project pair, solves the capacitated assignment and stores the plan. Managers: only for units they lead (or whose lead reports to them); the whole organisation needs structure.projects.admin */
  proposeStaffingPlan: StaffingPlan;
  /** approved → published (the cycle must be finalised); people see their share */
  publishBonusPool: IncentivesBonusPool;
  /** Publishes a published pool's proposed version (made when a calibrated score changed): people see their new share and its difference */
  publishBonusPoolRevision: IncentivesBonusPool;
  /** Records who attended (replacing an earlier record) and marks the talk held */
  recordAttendance: KnowledgeTalk;
  /** The person, their managers or hr record spending; it must fit the remaining budget */
  recordConferenceExpense: DevelopmentConferenceBudget;
  /** Exchanges a refresh token for new tokens; reusing an old one revokes the sign-in */
  refreshToken: AuthPayload;
  /** Refuses a pending offer */
  refuseOffer: AttractionOffer;
  /** nominated → rejected */
  rejectAward: IncentivesAward;
  rejectRequisition: AttractionRequisition;
  /** Remind everyone asked who has not answered; returns how many were told */
  remindSurvey: Scalars['Int']['output'];
  /** Remove a pending review assignment */
  removeReviewAssignment: Scalars['Boolean']['output'];
  /** approved → draft */
  reopenBonusPool: IncentivesBonusPool;
  /** Sends a delivery again with the same body and delivery id */
  replayWebhookDelivery: WebhookDelivery;
  /** Brings an archived item back into lists and search */
  restoreKnowledgeItem: KnowledgeItem;
  /** Runs a failed job again */
  retryJob: Job;
  /** Changes the terms: a new version that needs approval again */
  reviseOffer: AttractionOffer;
  /** Revokes a token at once: your own personal tokens, or any with tokens.manage */
  revokeApiToken: ApiToken;
  /** Sets the webhook secret (a new random one unless given); returned once, never logged */
  rotateKnowledgeWebhookSecret: CodeReviewWebhookSecret;
  scheduleTalk: KnowledgeTalk;
  /** Disables an account (no sign-in, its sessions end) or enables it again; never your own */
  setAccountDisabled: Account;
  setAccountRoles: Account;
  /** Set the anonymity threshold (3 to 50) */
  setAnonymityThreshold: Scalars['Int']['output'];
  /** Which skills reviews in this repository count for */
  setCodeReviewRepositorySkills: CodeReviewRepository;
  setConferenceBudget: DevelopmentConferenceBudget;
  /** Your self-assessment (evidence SELF) */
  setOwnSkillLevel: SkillProfile;
  /** Sets the job family a person's pay is compared in (null: infer it from the title) */
  setPersonJobFamily: AttractionPersonCompPosition;
  /** Potential (1–3) for the 9-box */
  setPotential: IncentivesParticipant;
  /** Replaces the skill requirements (skill, minimum level, weight) */
  setProjectRequirements: StructureProject;
  /** The k bands of the founding function; until the cycle is finalised */
  setReviewCycleBands: IncentivesReviewCycle;
  /** Grants (granted: true) or revokes one permission of a custom role, keeping the role's others as they are now */
  setRolePermission: Role;
  setSetting: Setting;
  /** A manager's or review assessment of someone who reports to you (anyone, with structure.skills.admin) */
  setSkillLevel: SkillProfile;
  /** Saves the single sign-on settings; audited without the secret */
  setSsoConfig: SsoConfig;
  /** States how much a person wants a project (−1 … 1, 0 removes it); yourself, or as their manager */
  setStaffingPreference: Array<StaffingPreference>;
  /** Turns a subscription off, or on again (its failure count starts over) */
  setWebhookSubscriptionActive: WebhookSubscription;
  /** Exchanges the one-time code from a single sign-on for the usual tokens */
  ssoExchange: AuthPayload;
  /** allocateBonusPool as a background job, for large pools: follow it with job(id); its result names the new draft version */
  startBonusPoolAllocation: Job;
  /** Starts an all-or-nothing CSV import as a job (follow it with `job(id)`; its result is the import report) */
  startPeopleImport: Job;
  /** open → calibrating: pending reviews expire, scores are computed */
  startReviewCycleCalibration: IncentivesReviewCycle;
  /** Train a new version of the attrition-risk model as a job; its result says whether there was enough history */
  startRiskModelTraining: Job;
  /** proposeStaffingPlan as a background job, for a whole organisation: follow it with job(id); its result names the plan */
  startStaffingPlan: Job;
  /** Submit a review assigned to you (while the cycle is open) */
  submitReview: IncentivesReview;
  /** Answer a survey you are asked, once; the answers are stored apart from you */
  submitSurveyResponse: InsightsSurvey;
  /** Publishes 'development.requisition-suggested' for each requisition not suggested before */
  suggestRequisitions: DevelopmentTeamGapAnalysis;
  unassignFromProject: StructureProject;
  /** Draft pools and scenarios; re-allocates */
  updateBonusPool: IncentivesBonusPool;
  updateCandidate: AttractionCandidate;
  /** Renames a ladder or changes its description; its levels stay */
  updateCareerLadder: CareerLadder;
  updateCourse: DevelopmentCourse;
  /** Managers and hr edit goals; the person may set their own goals' status */
  updateDevelopmentGoal: DevelopmentPlan;
  updateDevelopmentPlan: DevelopmentPlan;
  /** Edits an item; the previous state stays as a version */
  updateKnowledgeItem: KnowledgeItem;
  /** Back to draft: computed increases are dropped */
  updateMeritMatrix: IncentivesMeritMatrix;
  updateOrgUnit: OrgUnit;
  updatePerson: Person;
  updateProject: StructureProject;
  updateRequisition: AttractionRequisition;
  updateResearchOutput: DevelopmentResearchOutput;
  /** Draft cycles only */
  updateReviewCycle: IncentivesReviewCycle;
  updateRole: Role;
  updateSkill: Skill;
  /** Renames a category or changes its description; its skills stay */
  updateSkillCategory: SkillCategory;
  updateSurvey: InsightsSurvey;
  /** Notes, recording link, time, or cancellation (speaker, organiser or knowledge.talks.manage) */
  updateTalk: KnowledgeTalk;
  /** Creates a level or replaces the one with the same code */
  upsertCareerLevel: CareerLevel;
  /** Creates or replaces the band of a job family × level */
  upsertCompBand: AttractionBand;
  /** Creates or replaces the market data of a job family × level */
  upsertMarketRate: AttractionMarketRate;
  withdrawEnrolment: DevelopmentEnrolment;
  withdrawOffer: AttractionOffer;
};


export type MutationAcceptOfferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddCandidateNoteArgs = {
  body: Scalars['String']['input'];
  candidateId: Scalars['ID']['input'];
};


export type MutationAddDevelopmentGoalArgs = {
  input: DevelopmentGoalInput;
  planId: Scalars['ID']['input'];
};


export type MutationAddScorecardArgs = {
  input: AddAttractionScorecardInput;
};


export type MutationAllocateBonusPoolArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApplyBonusScenarioArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApplyStaffingPlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveAwardArgs = {
  id: Scalars['ID']['input'];
  input: ApproveAwardInput;
};


export type MutationApproveBonusPoolArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveEquityGrantArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveMeritMatrixArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveOfferArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationApproveRequisitionArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationArchiveKnowledgeItemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignPersonToUnitArgs = {
  personId: Scalars['ID']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationAssignReviewersArgs = {
  input: AssignReviewersInput;
};


export type MutationAssignToProjectArgs = {
  input: AssignToProjectInput;
};


export type MutationBookmarkKnowledgeItemArgs = {
  bookmarked?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCalibrateScoreArgs = {
  input: CalibrateScoreInput;
};


export type MutationCancelEquityGrantArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCloseRequisitionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCloseSurveyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteCourseArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  enrolmentId: Scalars['ID']['input'];
  rating?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationComputeMeritIncreasesArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateBonusPoolArgs = {
  input: CreateBonusPoolInput;
};


export type MutationCreateBonusScenarioArgs = {
  input: CreateBonusScenarioInput;
  poolId: Scalars['ID']['input'];
};


export type MutationCreateCandidateArgs = {
  input: CreateAttractionCandidateInput;
};


export type MutationCreateCareerLadderArgs = {
  input: CreateCareerLadderInput;
};


export type MutationCreateCourseArgs = {
  input: CreateCourseInput;
};


export type MutationCreateDevelopmentPlanArgs = {
  input: CreateDevelopmentPlanInput;
};


export type MutationCreateEquityGrantArgs = {
  input: CreateEquityGrantInput;
};


export type MutationCreateKnowledgeItemArgs = {
  input: CreateKnowledgeItemInput;
};


export type MutationCreateMeritMatrixArgs = {
  input: CreateMeritMatrixInput;
};


export type MutationCreateOfferArgs = {
  input: CreateAttractionOfferInput;
};


export type MutationCreateOrgUnitArgs = {
  input: CreateOrgUnitInput;
};


export type MutationCreatePersonArgs = {
  input: CreatePersonInput;
};


export type MutationCreateProgrammeArgs = {
  description?: Scalars['String']['input'];
  title: Scalars['String']['input'];
};


export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};


export type MutationCreateRequisitionArgs = {
  input: CreateAttractionRequisitionInput;
};


export type MutationCreateResearchOutputArgs = {
  input: CreateResearchOutputInput;
};


export type MutationCreateReviewCycleArgs = {
  input: CreateReviewCycleInput;
};


export type MutationCreateRoleArgs = {
  input: RoleInput;
};


export type MutationCreateSkillArgs = {
  input: CreateSkillInput;
};


export type MutationCreateSkillCategoryArgs = {
  input: CreateSkillCategoryInput;
};


export type MutationCreateSurveyArgs = {
  input: CreateSurveyInput;
};


export type MutationCreateTenantArgs = {
  input: CreateTenantInput;
};


export type MutationCreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};


export type MutationDeclineOfferArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDeleteBonusScenarioArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCareerLadderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCareerLevelArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCompBandArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteKnowledgeItemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMarketRateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOrgUnitArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRoleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSkillArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSkillCategoryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSurveyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDiscardBonusPoolRevisionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDiscardStaffingPlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnrolArgs = {
  courseId: Scalars['ID']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationFinaliseReviewCycleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGiveCourseFeedbackArgs = {
  enrolmentId: Scalars['ID']['input'];
  feedback: CourseFeedbackInput;
};


export type MutationImportCodeReviewsArgs = {
  csv: Scalars['String']['input'];
};


export type MutationImportCompBandsArgs = {
  csv: Scalars['String']['input'];
};


export type MutationImportMarketDataArgs = {
  csv: Scalars['String']['input'];
};


export type MutationImportPeopleArgs = {
  csv: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  tenant?: InputMaybe<Scalars['String']['input']>;
};


export type MutationLogoutArgs = {
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};


export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationMergeSkillsArgs = {
  sourceSkillId: Scalars['ID']['input'];
  targetSkillId: Scalars['ID']['input'];
};


export type MutationMoveCandidateArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  stage: Scalars['String']['input'];
};


export type MutationMoveOrgUnitArgs = {
  id: Scalars['ID']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationNominateAwardArgs = {
  input: NominateAwardInput;
};


export type MutationOpenReviewCycleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationOpenSurveyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPayAwardArgs = {
  id: Scalars['ID']['input'];
};


export type MutationProposeStaffingPlanArgs = {
  input?: InputMaybe<ProposeStaffingPlanInput>;
};


export type MutationPublishBonusPoolArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishBonusPoolRevisionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordAttendanceArgs = {
  attendeeIds: Array<Scalars['ID']['input']>;
  talkId: Scalars['ID']['input'];
};


export type MutationRecordConferenceExpenseArgs = {
  input: ConferenceExpenseInput;
};


export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRefuseOfferArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectAwardArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectRequisitionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemindSurveyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveReviewAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReopenBonusPoolArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReplayWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreKnowledgeItemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetryJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReviseOfferArgs = {
  id: Scalars['ID']['input'];
  input: AttractionOfferTermsInput;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateKnowledgeWebhookSecretArgs = {
  secret?: InputMaybe<Scalars['String']['input']>;
};


export type MutationScheduleTalkArgs = {
  input: ScheduleTalkInput;
};


export type MutationSetAccountDisabledArgs = {
  accountId: Scalars['ID']['input'];
  disabled: Scalars['Boolean']['input'];
};


export type MutationSetAccountRolesArgs = {
  accountId: Scalars['ID']['input'];
  roles: Array<Scalars['String']['input']>;
};


export type MutationSetAnonymityThresholdArgs = {
  k: Scalars['Int']['input'];
};


export type MutationSetCodeReviewRepositorySkillsArgs = {
  repository: Scalars['String']['input'];
  skillIds: Array<Scalars['ID']['input']>;
};


export type MutationSetConferenceBudgetArgs = {
  amount: DevelopmentMoneyInput;
  personId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type MutationSetOwnSkillLevelArgs = {
  input: SetOwnSkillLevelInput;
};


export type MutationSetPersonJobFamilyArgs = {
  jobFamily?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
};


export type MutationSetPotentialArgs = {
  input: SetPotentialInput;
};


export type MutationSetProjectRequirementsArgs = {
  input: SetProjectRequirementsInput;
};


export type MutationSetReviewCycleBandsArgs = {
  id: Scalars['ID']['input'];
  input: IncentivesBandsInput;
};


export type MutationSetRolePermissionArgs = {
  granted: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  permission: Scalars['String']['input'];
};


export type MutationSetSettingArgs = {
  key: Scalars['String']['input'];
  value: Scalars['String']['input'];
};


export type MutationSetSkillLevelArgs = {
  input: SetSkillLevelInput;
};


export type MutationSetSsoConfigArgs = {
  input: SsoConfigInput;
};


export type MutationSetStaffingPreferenceArgs = {
  input: SetStaffingPreferenceInput;
};


export type MutationSetWebhookSubscriptionActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSsoExchangeArgs = {
  code: Scalars['String']['input'];
};


export type MutationStartBonusPoolAllocationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStartPeopleImportArgs = {
  csv: Scalars['String']['input'];
};


export type MutationStartReviewCycleCalibrationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStartStaffingPlanArgs = {
  input?: InputMaybe<ProposeStaffingPlanInput>;
};


export type MutationSubmitReviewArgs = {
  input: SubmitReviewInput;
};


export type MutationSubmitSurveyResponseArgs = {
  answers: Array<InsightsAnswerInput>;
  surveyId: Scalars['ID']['input'];
};


export type MutationSuggestRequisitionsArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationUnassignFromProjectArgs = {
  personId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
};


export type MutationUpdateBonusPoolArgs = {
  id: Scalars['ID']['input'];
  input: UpdateBonusPoolInput;
};


export type MutationUpdateCandidateArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAttractionCandidateInput;
};


export type MutationUpdateCareerLadderArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCareerLadderInput;
};


export type MutationUpdateCourseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCourseInput;
};


export type MutationUpdateDevelopmentGoalArgs = {
  goalId: Scalars['ID']['input'];
  input: UpdateDevelopmentGoalInput;
};


export type MutationUpdateDevelopmentPlanArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDevelopmentPlanInput;
};


export type MutationUpdateKnowledgeItemArgs = {
  id: Scalars['ID']['input'];
  input: UpdateKnowledgeItemInput;
};


export type MutationUpdateMeritMatrixArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMeritMatrixInput;
};


export type MutationUpdateOrgUnitArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOrgUnitInput;
};


export type MutationUpdatePersonArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePersonInput;
};


export type MutationUpdateProjectArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProjectInput;
};


export type MutationUpdateRequisitionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAttractionRequisitionInput;
};


export type MutationUpdateResearchOutputArgs = {
  id: Scalars['ID']['input'];
  input: UpdateResearchOutputInput;
};


export type MutationUpdateReviewCycleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateReviewCycleInput;
};


export type MutationUpdateRoleArgs = {
  id: Scalars['ID']['input'];
  input: RoleInput;
};


export type MutationUpdateSkillArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSkillInput;
};


export type MutationUpdateSkillCategoryArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSkillCategoryInput;
};


export type MutationUpdateSurveyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSurveyInput;
};


export type MutationUpdateTalkArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTalkInput;
};


export type MutationUpsertCareerLevelArgs = {
  input: CareerLevelInput;
};


export type MutationUpsertCompBandArgs = {
  input: AttractionBandInput;
};


export type MutationUpsertMarketRateArgs = {
  input: AttractionMarketRateInput;
};


export type MutationWithdrawEnrolmentArgs = {
  enrolmentId: Scalars['ID']['input'];
};


export type MutationWithdrawOfferArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type NominateAwardInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** 'idea', 'paper', 'patent' or 'open-source' */
  kind: Scalars['String']['input'];
  link?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

/** Something you are told; the console words it from `kind` and `params` in your language */
export type Notification = {
  __typename?: 'Notification';
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** <plugin>.<name>; the console words it with the message <plugin>.notification.<name> */
  kind: Scalars['String']['output'];
  /** A console path to open */
  link?: Maybe<Scalars['String']['output']>;
  /** The values the message names, as a JSON object */
  params: Scalars['String']['output'];
  readAt?: Maybe<Scalars['String']['output']>;
};

export type OrgChart = {
  __typename?: 'OrgChart';
  /** Units to expand so that every match is visible */
  expandUnitIds: Array<Scalars['ID']['output']>;
  /** Those people, with orgUnitId, whether or not members are included */
  matchedPeople: Array<OrgPerson>;
  /** People whose name, email or title matches the search (the first 200 by name) */
  matchedPersonIds: Array<Scalars['ID']['output']>;
  /** Units whose name matches the search */
  matchedUnitIds: Array<Scalars['ID']['output']>;
  /** Members of those units (when includeMembers), with orgUnitId and managerId */
  members: Array<OrgPerson>;
  /** The units in pre-order (parents before children); build the tree from parentId */
  units: Array<OrgUnit>;
};

export type OrgPerson = {
  __typename?: 'OrgPerson';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  level: Scalars['String']['output'];
  managerId?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  orgUnitId?: Maybe<Scalars['String']['output']>;
  /** 'active', 'leave' or 'terminated' */
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type OrgUnit = {
  __typename?: 'OrgUnit';
  childIds: Array<Scalars['ID']['output']>;
  /** Depth in the tree: 0 for a top-level unit */
  depth: Scalars['Int']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: OrgUnitKind;
  lead?: Maybe<OrgPerson>;
  leadId?: Maybe<Scalars['ID']['output']>;
  /** People whose unit is this one */
  memberCount: Scalars['Int']['output'];
  /** Members (recursive: of sub-units too), sorted by name */
  members: Array<OrgPerson>;
  name: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Ids from the top-level unit down to this one (breadcrumbs) */
  path: Array<Scalars['ID']['output']>;
  /** People in this unit and every unit below it */
  totalMemberCount: Scalars['Int']['output'];
  /** Changes with every edit: send it back as expectedUpdatedAt to edit safely */
  updatedAt: Scalars['String']['output'];
};


export type OrgUnitMembersArgs = {
  recursive?: Scalars['Boolean']['input'];
};

/** Leadership, a technical group (research, engineering, data science…), product or operations */
export type OrgUnitKind =
  | 'LEADERSHIP'
  | 'OPERATIONS'
  | 'PRODUCT'
  | 'TECHNICAL';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PeopleFilter = {
  level?: InputMaybe<Scalars['String']['input']>;
  managerId?: InputMaybe<Scalars['String']['input']>;
  orgUnitId?: InputMaybe<Scalars['String']['input']>;
  /** Matches name, email or title */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  track?: InputMaybe<Scalars['String']['input']>;
};

export type Permission = {
  __typename?: 'Permission';
  defaultRoles: Array<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  id: Scalars['String']['output'];
  /** 'core' or the declaring plugin's id */
  owner: Scalars['String']['output'];
};

export type Person = {
  __typename?: 'Person';
  /** Visible to the person, their management chain and holders of people.compensation.read */
  compensation?: Maybe<Compensation>;
  createdAt: Scalars['String']['output'];
  /** Why they left; null without a leave date. Visible to the person, their management chain and holders of people.departures.read */
  departure?: Maybe<Departure>;
  email: Scalars['String']['output'];
  /** YYYY-MM-DD */
  hireDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Last working day (YYYY-MM-DD) of a person who left or is leaving */
  leaveDate?: Maybe<Scalars['String']['output']>;
  level: Scalars['String']['output'];
  location: Scalars['String']['output'];
  manager?: Maybe<Person>;
  managerId?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  orgUnitId?: Maybe<Scalars['String']['output']>;
  /** Direct reports */
  reports: Array<Person>;
  /** 'active', 'leave' or 'terminated' */
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** 'ic' or 'management' */
  track: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type Plugin = {
  __typename?: 'Plugin';
  dependencies: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  id: Scalars['String']['output'];
  permissions: Array<Scalars['String']['output']>;
  version: Scalars['String']['output'];
};

export type ProjectFilterInput = {
  /** Only projects spanning several units */
  crossUnit?: InputMaybe<Scalars['Boolean']['input']>;
  includeSubunits?: Scalars['Boolean']['input'];
  /** Projects this person works on */
  personId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<StructureProjectStatus>;
  /** Projects owned by this unit (and its sub-units unless includeSubunits is false) */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type ProjectRequirementInput = {
  minLevel: Scalars['Int']['input'];
  skillId: Scalars['ID']['input'];
  /** Relative importance (> 0) */
  weight?: Scalars['Float']['input'];
};

export type ProposeStaffingPlanInput = {
  /** Also plan people who manage others (they are left out unless already on a planned project) */
  includeManagers?: Scalars['Boolean']['input'];
  /** Minimum skill coverage for a pair to be a candidate (continuity and positive preferences always are) */
  minFit?: Scalars['Float']['input'];
  /** Everyone in the pool must be placed */
  requireAll?: Scalars['Boolean']['input'];
  /** Candidates kept per person */
  topK?: Scalars['Int']['input'];
  /** Plan this unit's projects (and its sub-units'); omit for the whole organisation (structure.projects.admin) */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  weights?: InputMaybe<StaffingWeightsInput>;
};

export type Query = {
  __typename?: 'Query';
  accounts: Array<Account>;
  /** The accounts of `accounts`, one keyset page at a time, filtered and sorted on the server */
  accountsPage: AccountConnection;
  /** The anonymity threshold k: no figure is shown for fewer respondents */
  anonymityThreshold: Scalars['Int']['output'];
  /** Your personal API tokens; every token of the tenant with tokens.manage. Newest first */
  apiTokens: Array<ApiToken>;
  /** Job families that have a band or market data */
  attractionJobFamilies: Array<Scalars['String']['output']>;
  /** Headcount, hires and leavers per month from `from` to `to` (YYYY-MM), per org unit and by tenure at exit */
  attritionReport: InsightsAttrition;
  /** The highest attrition risks you may see (everyone with insights.risk.read, else your reports), each explained */
  attritionRisks: InsightsAttritionRisks;
  /** Newest first */
  auditLog: AuditConnection;
  award: IncentivesAward;
  /** Approved and paid awards for everyone; open ones for the people involved and award administrators */
  awards: Array<IncentivesAward>;
  /** awards a page at a time (newest nomination first by default), the same awards visible, filtered, sorted and paged on the server */
  awardsPage: IncentivesAwardConnection;
  /** Per-person difference between two versions */
  bonusAllocationDiff: IncentivesAllocationDiff;
  /** A version of a pool (default: the published one); others than pool readers see their own and their chain */
  bonusAllocations: Array<IncentivesAllocation>;
  /** bonusAllocations a page at a time (largest amount first by default), the same rows visible, filtered, sorted and paged on the server */
  bonusAllocationsPage: IncentivesAllocationConnection;
  bonusPool: IncentivesBonusPool;
  /** A pool's solver inputs (per-person ω, score, c, floor, cap) for recomputing in the browser */
  bonusPoolInputs: IncentivesPoolInputs;
  /** Every version of a pool, oldest first */
  bonusPoolVersions: Array<IncentivesAllocationVersion>;
  /** Pool readers: every pool (and scenarios on request); others: published pools */
  bonusPools: Array<IncentivesBonusPool>;
  /** bonusPools a page at a time (newest first by default), the same pools visible, filtered, sorted and paged on the server */
  bonusPoolsPage: IncentivesBonusPoolConnection;
  /** Distribution by team and level, band counts and the 9-box of performance × potential */
  calibrationView: IncentivesCalibrationView;
  candidate: AttractionCandidate;
  /** Candidates (the pipeline board); managers see those of requisitions they or their reports hire for */
  candidates: Array<AttractionCandidate>;
  /** Candidates a page at a time (newest first by default), visible as in candidates, filtered, sorted and paged on the server */
  candidatesPage: AttractionCandidateConnection;
  /** Career ladders with their levels and expected skills */
  careerLadders: Array<CareerLadder>;
  /** Code reviews given per person, most active first */
  codeReviewActivity: Array<CodeReviewActivity>;
  codeReviewRepositories: Array<CodeReviewRepository>;
  /** How to connect a forge, and the latest deliveries */
  codeReviewWebhook: CodeReviewWebhook;
  /** Units as nodes, shared projects (and registered sources such as co-authored knowledge) as weighted edges */
  collaborationGraph: CollaborationGraph;
  compBand: AttractionBand;
  /** Compensation bands with their market data, by job family and level */
  compBands: Array<AttractionBand>;
  /** Compa-ratio and market percentile of a hypothetical base (the offer builder); saves nothing */
  compaRatio: AttractionCompPosition;
  /** Pools and scenarios side by side */
  compareBonusScenarios: IncentivesScenarioComparison;
  /** A person's conference budget for a year and its use (the person, their managers, hr) */
  conferenceBudget: DevelopmentConferenceBudget;
  /** Budgets of a year you may see: your own, your reports’, or all (hr) */
  conferenceBudgets: Array<DevelopmentConferenceBudget>;
  /** conferenceBudgets a page at a time (largest first by default), filtered and sorted on the server; the totals cover every budget the filters match */
  conferenceBudgetsPage: DevelopmentConferenceBudgetConnection;
  course: DevelopmentCourse;
  /** Enrolments: your own and your reports’, or all for course admins */
  courseEnrolments: Array<DevelopmentEnrolment>;
  /** Enrolments a page at a time (newest first by default), visible as in courseEnrolments, filtered, sorted and paged on the server */
  courseEnrolmentsPage: DevelopmentEnrolmentConnection;
  /** Courses and programmes’ courses, by title */
  courses: Array<DevelopmentCourse>;
  /** Courses a page at a time: filtered, sorted (by title by default) and paged on the server */
  coursesPage: DevelopmentCourseConnection;
  /** A cycle's reviews you may read. Peer and upward authors: in an anonymous cycle never next to content (content is stored apart from them; review administrators see only who has yet to submit), in a confidential one shown to review administrators; small groups withheld */
  cycleReviews: Array<IncentivesReview>;
  /** cycleReviews as keyset pages: the same rows and rules, filtered (reviewee, kind, status) and sorted on the server */
  cycleReviewsPage: IncentivesReviewConnection;
  developmentPlan: DevelopmentPlan;
  /** Plans you may see: your own, your reports’, or all (hr) */
  developmentPlans: Array<DevelopmentPlan>;
  /** Plans you may see (as in developmentPlans) a page at a time: filtered, sorted (newest first by default) and paged on the server */
  developmentPlansPage: DevelopmentPlanConnection;
  /** The four effectiveness measures (satisfaction, performance, knowledge sharing, incentive effect) for a unit with its subtree, or the company */
  effectiveness: InsightsEffectiveness;
  equityGrant: IncentivesEquityGrant;
  /** Everyone for compensation administrators; otherwise yourself and your chain */
  equityGrants: Array<IncentivesEquityGrant>;
  /** equityGrants a page at a time (latest grant date first by default), the same grants visible, filtered, sorted and paged on the server */
  equityGrantsPage: IncentivesEquityGrantConnection;
  /** Who knows this skill: skill profile, authored items, talks given and code reviews, with the evidence */
  experts: KnowledgeExpertResult;
  /** Headcount by status, level, location and track (aggregates, for dashboards) */
  headcount: Headcount;
  /** Stage conversion, time in stage, time-to-hire, offer acceptance and source effectiveness, overall and per requisition */
  hiringFunnel: AttractionHiringFunnel;
  /** A job you started (or any of the tenant’s with jobs.read): state, progress, result */
  job: Job;
  /** The tenant's jobs in a state, newest first (failed ones for admins to retry) */
  jobs: Array<Job>;
  /** Co-authorship between org units (also published to structure as knowledge.collaboration) */
  knowledgeCoAuthorEdges: Array<KnowledgeCoAuthorEdge>;
  /** One item; reading it is recorded for the knowledge-sharing index */
  knowledgeItem: KnowledgeItem;
  /** Every version, newest first */
  knowledgeItemVersions: Array<KnowledgeItemVersion>;
  /** Items the viewer may see, newest first */
  knowledgeItems: KnowledgeItemPage;
  /** Items the viewer may see, a page at a time: filtered, sorted (newest first by default) and paged on the server */
  knowledgeItemsPage: KnowledgeItemConnection;
  /** Knowledge-sharing index per person (yourself and your reports, or everyone with knowledge.index.read); default period: the last 365 days */
  knowledgeSharingIndex: KnowledgeSharingIndex;
  /** knowledgeSharingIndex of everyone you may see, a page at a time: filtered and sorted (highest index first by default) on the server */
  knowledgeSharingIndexPage: KnowledgeSharingIndexConnection;
  /** Skills (optionally matching a name) with how many visible items carry each: the tag cloud and the expert-finder picker */
  knowledgeSkillTags: Array<KnowledgeSkillUse>;
  /** Imported market percentiles (also those without a band) */
  marketRates: Array<AttractionMarketRate>;
  me: Me;
  /** Everyone for compensation administrators; otherwise yourself and your chain */
  meritIncreases: Array<IncentivesMeritIncrease>;
  /** Compensation administrators: all; others: approved matrices */
  meritMatrices: Array<IncentivesMeritMatrix>;
  meritMatrix: IncentivesMeritMatrix;
  /** Your share of each published pool (or one), with the formula and your numbers */
  myBonus: Array<IncentivesMyBonus>;
  /** Your own band, compa-ratio and market percentile */
  myCompPosition?: Maybe<AttractionPersonCompPosition>;
  /** Your notifications, newest first (at most 100) */
  myNotifications: Array<Notification>;
  /** Your own review: the given cycle or your latest */
  myReview?: Maybe<IncentivesMyReview>;
  /** Reviews you are asked to write */
  myReviewTasks: Array<IncentivesReview>;
  /** Open surveys you are asked, answered or not */
  mySurveys: Array<InsightsSurvey>;
  offer: AttractionOffer;
  /** Offers, newest first: all with attraction.offers.read; otherwise those for requisitions you or your reports hire for, and your own */
  offers: Array<AttractionOffer>;
  /** Offers a page at a time (newest first by default), visible as in offers, filtered, sorted and paged on the server */
  offersPage: AttractionOfferConnection;
  /** The org chart from a unit (or the top), with search matches for zoom, collapse and search; members of every unit when includeMembers (a large company loads them per unit with orgUnitMembers) */
  orgChart: OrgChart;
  orgUnit: OrgUnit;
  /** The direct members of these units (at most 200 units), by name: the org chart loads a unit's people when it is opened */
  orgUnitMembers: Array<OrgPerson>;
  /** Every org unit, flat, in tree pre-order */
  orgUnits: Array<OrgUnit>;
  /** People ordered by name, with cursor pagination */
  people: PersonConnection;
  /** Every permission declared by the core and the enabled plugins */
  permissions: Array<Permission>;
  person: Person;
  /** One person’s pay position; pay fields are withheld from viewers who may not see that person’s pay */
  personCompPosition: AttractionPersonCompPosition;
  /** People's compa-ratio and market percentile: all with people.compensation.read, otherwise yourself and your reports */
  personCompPositions: Array<AttractionPersonCompPosition>;
  /** A page of current employees' pay positions (the console's Pay positions page): everyone with people.compensation.read, otherwise yourself and your reports */
  personCompPositionsPage: AttractionPersonCompPositionConnection;
  /** A person's attrition risk with the factors that raise or lower it (null until a model is trained) */
  personRisk?: Maybe<InsightsPersonRisk>;
  /** Installed plugins and whether this deployment enables them */
  plugins: Array<Plugin>;
  programmes: Array<DevelopmentProgramme>;
  project: StructureProject;
  /** Projects, highest priority first */
  projects: Array<StructureProject>;
  /** Projects a page at a time: filtered, sorted (highest priority first by default) and paged on the server */
  projectsPage: StructureProjectConnection;
  requisition: AttractionRequisition;
  /** Requisitions, newest first, with band and candidates per stage */
  requisitions: Array<AttractionRequisition>;
  /** Requisitions a page at a time: filtered, sorted (newest first by default) and paged on the server */
  requisitionsPage: AttractionRequisitionConnection;
  /** Publications and patents, newest first */
  researchOutputs: Array<DevelopmentResearchOutput>;
  /** researchOutputs a page at a time (newest first by default), filtered, sorted and paged on the server */
  researchOutputsPage: DevelopmentResearchOutputConnection;
  reviewCycle: IncentivesReviewCycle;
  /** Everyone for review administrators; otherwise yourself and your chain */
  reviewCycleParticipants: Array<IncentivesParticipant>;
  /** Newest period first */
  reviewCycles: Array<IncentivesReviewCycle>;
  /** reviewCycles a page at a time (newest period first by default, ties by id), filtered, sorted and paged on the server */
  reviewCyclesPage: IncentivesReviewCycleConnection;
  /** The latest attrition-risk model and its held-out evaluation (null until one is trained) */
  riskModel?: Maybe<InsightsRiskModel>;
  roles: Array<Role>;
  /** Calibrated score changes, newest first */
  scoreCalibrations: Array<IncentivesScoreCalibration>;
  /** Full-text search (Chinese and English) over title and body, with highlighted snippets */
  searchKnowledge: KnowledgeSearchResult;
  settings: Array<Setting>;
  /** The taxonomy: categories with their skills */
  skillCategories: Array<SkillCategory>;
  /** A person's skill gaps towards a career level (given, their plan's, or the next rung), with courses and mentors, each explained */
  skillGaps: DevelopmentSkillGapReport;
  /** Units × skills: average level and people at or above a threshold */
  skillHeatmap: SkillHeatmap;
  /** A person's skill levels and evidence (default: your own) */
  skillProfile: SkillProfile;
  /** Skills by category, then name */
  skills: Array<Skill>;
  /** Span of control per manager and layers per unit, flagged against the tenant bounds */
  spanOfControl: StructureSpanReport;
  ssoConfig: SsoConfig;
  /** The tenant's single sign-on for the login page, null when it has none */
  ssoProvider?: Maybe<SsoProvider>;
  staffingPlan: StaffingPlan;
  /** Plans you may see, newest first */
  staffingPlans: Array<StaffingPlan>;
  /** Plans you may see, a page at a time: filtered, sorted (newest first by default) and paged on the server */
  staffingPlansPage: StaffingPlanConnection;
  /** A person's staffing preferences (default: yours); for them, their managers and structure.projects.admin */
  staffingPreferences: Array<StaffingPreference>;
  /** A survey you are asked (or any, for survey admins and result readers) */
  survey: InsightsSurvey;
  /** Results for the filtered group and, with groupBy, its subgroups; nothing for a group under the anonymity threshold */
  surveyResults: InsightsSurveyResults;
  /** Response rate, eNPS and engagement of every opened survey, oldest first */
  surveyTrend: Array<InsightsSurveyTrendPoint>;
  /** Every survey, newest first */
  surveys: Array<InsightsSurvey>;
  /** surveys a page at a time (newest first by default), filtered, sorted and paged on the server */
  surveysPage: InsightsSurveyConnection;
  talk: KnowledgeTalk;
  /** Tech talks and brainstorming sessions, latest first (at most 500) */
  talks: Array<KnowledgeTalk>;
  /** Tech talks and brainstorming sessions, a page at a time: filtered, sorted (latest first by default) and paged on the server */
  talksPage: KnowledgeTalkConnection;
  /** Project requirements vs the unit's skills: covered, train someone close, or hire */
  teamGapAnalysis: DevelopmentTeamGapAnalysis;
  /** Knowledge-sharing index per org unit (mean over members, sub-units included) */
  teamKnowledgeSharingIndex: KnowledgeTeamSharingIndex;
  /** Every tenant; only for the installation owner */
  tenants: Array<InstallationTenant>;
  /** Fetches the issuer's discovery document and signing keys, saying which step failed */
  testSsoConnection: SsoTestResult;
  /** How many of your notifications are unread */
  unreadNotificationCount: Scalars['Int']['output'];
  /** A subscription's deliveries, newest first */
  webhookDeliveries: Array<WebhookDelivery>;
  /** Event types a webhook may subscribe to */
  webhookEventTypes: Array<Scalars['String']['output']>;
  webhookSubscriptions: Array<WebhookSubscription>;
};


export type QueryAccountsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<AccountSort>;
};


export type QueryAttritionReportArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryAttritionRisksArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilterInput>;
  first?: Scalars['Int']['input'];
};


export type QueryAwardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAwardsArgs = {
  personId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAwardsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncentivesAwardFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<IncentivesAwardSort>;
};


export type QueryBonusAllocationDiffArgs = {
  fromVersion: Scalars['Int']['input'];
  poolId: Scalars['ID']['input'];
  toVersion: Scalars['Int']['input'];
};


export type QueryBonusAllocationsArgs = {
  poolId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBonusAllocationsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncentivesAllocationFilter>;
  first?: Scalars['Int']['input'];
  poolId: Scalars['ID']['input'];
  sort?: InputMaybe<IncentivesAllocationSort>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBonusPoolArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBonusPoolInputsArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBonusPoolVersionsArgs = {
  poolId: Scalars['ID']['input'];
};


export type QueryBonusPoolsArgs = {
  cycleId?: InputMaybe<Scalars['ID']['input']>;
  includeScenarios?: Scalars['Boolean']['input'];
};


export type QueryBonusPoolsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncentivesBonusPoolFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<IncentivesBonusPoolSort>;
};


export type QueryCalibrationViewArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QueryCandidateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCandidatesArgs = {
  filter?: InputMaybe<AttractionCandidateFilter>;
};


export type QueryCandidatesPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AttractionCandidateFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<AttractionCandidateSort>;
};


export type QueryCodeReviewActivityArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  personIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCollaborationGraphArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  includeSources?: Scalars['Boolean']['input'];
};


export type QueryCompBandArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCompBandsArgs = {
  filter?: InputMaybe<AttractionBandFilter>;
};


export type QueryCompaRatioArgs = {
  input: AttractionCompaRatioInput;
};


export type QueryCompareBonusScenariosArgs = {
  poolIds: Array<Scalars['ID']['input']>;
};


export type QueryConferenceBudgetArgs = {
  personId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryConferenceBudgetsArgs = {
  year: Scalars['Int']['input'];
};


export type QueryConferenceBudgetsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DevelopmentBudgetFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<DevelopmentBudgetSort>;
  year: Scalars['Int']['input'];
};


export type QueryCourseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCourseEnrolmentsArgs = {
  courseId?: InputMaybe<Scalars['ID']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCourseEnrolmentsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DevelopmentEnrolmentFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<DevelopmentEnrolmentSort>;
};


export type QueryCoursesArgs = {
  filter?: InputMaybe<DevelopmentCourseFilter>;
};


export type QueryCoursesPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DevelopmentCourseFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<DevelopmentCourseSort>;
};


export type QueryCycleReviewsArgs = {
  cycleId: Scalars['ID']['input'];
  kind?: InputMaybe<Scalars['String']['input']>;
  revieweeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCycleReviewsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cycleId: Scalars['ID']['input'];
  filter?: InputMaybe<IncentivesReviewFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<IncentivesReviewSort>;
};


export type QueryDevelopmentPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDevelopmentPlansArgs = {
  personId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<DevelopmentPlanStatus>;
};


export type QueryDevelopmentPlansPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DevelopmentPlanFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<DevelopmentPlanSort>;
};


export type QueryEffectivenessArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryEquityGrantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEquityGrantsArgs = {
  personId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryEquityGrantsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncentivesEquityGrantFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<IncentivesEquityGrantSort>;
};


export type QueryExpertsArgs = {
  limit?: Scalars['Int']['input'];
  skillId: Scalars['ID']['input'];
};


export type QueryHiringFunnelArgs = {
  requisitionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJobsArgs = {
  first?: Scalars['Int']['input'];
  state?: Scalars['String']['input'];
};


export type QueryKnowledgeItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKnowledgeItemVersionsArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKnowledgeItemsArgs = {
  filter?: InputMaybe<KnowledgeItemFilter>;
  first?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryKnowledgeItemsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KnowledgeItemFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<KnowledgeItemSort>;
};


export type QueryKnowledgeSharingIndexArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  personIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryKnowledgeSharingIndexPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KnowledgeSharingIndexFilter>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<KnowledgeSharingIndexSort>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryKnowledgeSkillTagsArgs = {
  query?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMarketRatesArgs = {
  filter?: InputMaybe<AttractionBandFilter>;
};


export type QueryMeritIncreasesArgs = {
  matrixId: Scalars['ID']['input'];
};


export type QueryMeritMatricesArgs = {
  cycleId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMeritMatrixArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyBonusArgs = {
  poolId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMyNotificationsArgs = {
  first?: Scalars['Int']['input'];
  unreadOnly?: Scalars['Boolean']['input'];
};


export type QueryMyReviewArgs = {
  cycleId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMyReviewTasksArgs = {
  cycleId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOfferArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOffersArgs = {
  filter?: InputMaybe<AttractionOfferFilter>;
};


export type QueryOffersPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AttractionOfferFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<AttractionOfferSort>;
};


export type QueryOrgChartArgs = {
  includeMembers?: Scalars['Boolean']['input'];
  rootUnitId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOrgUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrgUnitMembersArgs = {
  unitIds: Array<Scalars['ID']['input']>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PeopleFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonCompPositionArgs = {
  personId: Scalars['ID']['input'];
};


export type QueryPersonCompPositionsArgs = {
  filter?: InputMaybe<AttractionPersonCompFilter>;
};


export type QueryPersonCompPositionsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AttractionPayPositionFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<AttractionPayPositionSort>;
};


export type QueryPersonRiskArgs = {
  personId: Scalars['ID']['input'];
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectsArgs = {
  filter?: InputMaybe<ProjectFilterInput>;
};


export type QueryProjectsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilterInput>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<StructureProjectSort>;
};


export type QueryRequisitionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRequisitionsArgs = {
  filter?: InputMaybe<AttractionRequisitionFilter>;
};


export type QueryRequisitionsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AttractionRequisitionFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<AttractionRequisitionSort>;
};


export type QueryResearchOutputsArgs = {
  kind?: InputMaybe<DevelopmentResearchKind>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryResearchOutputsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DevelopmentResearchFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<DevelopmentResearchSort>;
};


export type QueryReviewCycleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReviewCycleParticipantsArgs = {
  cycleId: Scalars['ID']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryReviewCyclesArgs = {
  status?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReviewCyclesPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncentivesReviewCycleFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<IncentivesReviewCycleSort>;
};


export type QueryScoreCalibrationsArgs = {
  cycleId: Scalars['ID']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySearchKnowledgeArgs = {
  filter?: InputMaybe<KnowledgeItemFilter>;
  first?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  query: Scalars['String']['input'];
};


export type QuerySkillGapsArgs = {
  personId: Scalars['ID']['input'];
  targetLevelId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySkillHeatmapArgs = {
  input?: InputMaybe<SkillHeatmapInput>;
};


export type QuerySkillProfileArgs = {
  personId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySkillsArgs = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySpanOfControlArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySsoProviderArgs = {
  tenant: Scalars['String']['input'];
};


export type QueryStaffingPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStaffingPlansArgs = {
  first?: Scalars['Int']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStaffingPlansPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StaffingPlanFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<StaffingPlanSort>;
};


export type QueryStaffingPreferencesArgs = {
  personId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySurveyArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySurveyResultsArgs = {
  filter?: InputMaybe<InsightsSurveyFilterInput>;
  groupBy?: InputMaybe<InsightsSurveyDimension>;
  surveyId: Scalars['ID']['input'];
};


export type QuerySurveyTrendArgs = {
  kind?: InputMaybe<InsightsSurveyKind>;
};


export type QuerySurveysArgs = {
  status?: InputMaybe<InsightsSurveyStatus>;
};


export type QuerySurveysPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InsightsSurveyListFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<InsightsSurveySort>;
};


export type QueryTalkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTalksArgs = {
  filter?: InputMaybe<KnowledgeTalkFilter>;
};


export type QueryTalksPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<KnowledgeTalkFilter>;
  first?: Scalars['Int']['input'];
  sort?: InputMaybe<KnowledgeTalkSort>;
};


export type QueryTeamGapAnalysisArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTeamKnowledgeSharingIndexArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTestSsoConnectionArgs = {
  issuer: Scalars['String']['input'];
};


export type QueryWebhookDeliveriesArgs = {
  first?: Scalars['Int']['input'];
  subscriptionId: Scalars['ID']['input'];
};

export type Role = {
  __typename?: 'Role';
  builtIn: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  permissions: Array<Scalars['String']['output']>;
  /** Changes with every edit: send it back as expectedUpdatedAt */
  updatedAt: Scalars['String']['output'];
};

export type RoleInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** The updatedAt you read: if the role changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: InputMaybe<Scalars['String']['input']>;
  /** Only when creating */
  key?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  permissions: Array<Scalars['String']['input']>;
};

export type ScheduleTalkInput = {
  abstract?: Scalars['String']['input'];
  durationMinutes?: Scalars['Int']['input'];
  inviteeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: KnowledgeTalkKind;
  location?: Scalars['String']['input'];
  recordingUrl?: InputMaybe<Scalars['String']['input']>;
  /** UTC ISO timestamp */
  scheduledAt: Scalars['String']['input'];
  skillIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  speakerId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type SetOwnSkillLevelInput = {
  level: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  skillId: Scalars['ID']['input'];
};

export type SetPotentialInput = {
  cycleId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  potential: Scalars['Int']['input'];
};

export type SetProjectRequirementsInput = {
  projectId: Scalars['ID']['input'];
  /** Replaces all requirements */
  requirements: Array<ProjectRequirementInput>;
};

export type SetSkillLevelInput = {
  /** MANAGER or REVIEW (SELF: setOwnSkillLevel; KNOWLEDGE and COURSE come from the knowledge and development plugins) */
  evidence?: SkillEvidenceKind;
  level: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  skillId: Scalars['ID']['input'];
};

export type SetStaffingPreferenceInput = {
  /** Default: yourself */
  personId?: InputMaybe<Scalars['ID']['input']>;
  projectId: Scalars['ID']['input'];
  /** −1 … 1; 0 removes the preference */
  strength: Scalars['Float']['input'];
};

export type Setting = {
  __typename?: 'Setting';
  key: Scalars['String']['output'];
  /** JSON value */
  value: Scalars['String']['output'];
};

export type Skill = {
  __typename?: 'Skill';
  categoryId: Scalars['ID']['output'];
  categoryName: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type SkillCategory = {
  __typename?: 'SkillCategory';
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  skills: Array<Skill>;
};

export type SkillEvidence = {
  __typename?: 'SkillEvidence';
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: SkillEvidenceKind;
  level: Scalars['Int']['output'];
  /** Visible to the person, their management chain and holders of structure.skills.admin (it may quote a review) */
  note?: Maybe<Scalars['String']['output']>;
  personId: Scalars['ID']['output'];
  recordedById?: Maybe<Scalars['ID']['output']>;
};

/** Where a level comes from: self-assessment, manager, performance review, authored knowledge or a completed course */
export type SkillEvidenceKind =
  | 'COURSE'
  | 'KNOWLEDGE'
  | 'MANAGER'
  | 'REVIEW'
  | 'SELF';

export type SkillHeatmap = {
  __typename?: 'SkillHeatmap';
  /** One per unit × skill */
  cells: Array<SkillHeatmapCell>;
  skills: Array<Skill>;
  threshold: Scalars['Int']['output'];
  units: Array<SkillHeatmapUnit>;
};

export type SkillHeatmapCell = {
  __typename?: 'SkillHeatmapCell';
  /** Members with a level on file */
  assessed: Scalars['Int']['output'];
  /** Members at or above the threshold */
  atLeast: Scalars['Int']['output'];
  /** Mean level over the unit members (no level counts as 0) */
  average: Scalars['Float']['output'];
  skillId: Scalars['ID']['output'];
  unitId: Scalars['ID']['output'];
};

export type SkillHeatmapInput = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Count members of sub-units too */
  recursive?: Scalars['Boolean']['input'];
  /** Columns; default: every skill (of the category) */
  skillIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Level counted in atLeast */
  threshold?: Scalars['Int']['input'];
  /** Rows; default: every unit */
  unitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type SkillHeatmapUnit = {
  __typename?: 'SkillHeatmapUnit';
  headcount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
};

/** What mergeSkills moved onto the target skill */
export type SkillMerge = {
  __typename?: 'SkillMerge';
  /** Assessments carried over as the newest evidence, so that a higher but older level is not outranked by a newer, lower one of the other skill */
  carriedOver: Scalars['Int']['output'];
  /** Evidence items moved, each kept as recorded */
  evidence: Scalars['Int']['output'];
  /** People's levels moved (with a level in both, the higher one is kept unless an assessment outranks a self-assessment) */
  levels: Scalars['Int']['output'];
  /** Project requirements re-pointed (a project that required both keeps the higher minimum level and weight) */
  requirements: Scalars['Int']['output'];
  /** The target, which now holds everything */
  skill: Skill;
};

export type SkillProfile = {
  __typename?: 'SkillProfile';
  /** By category, then skill name */
  entries: Array<SkillProfileEntry>;
  person: OrgPerson;
};

export type SkillProfileEntry = {
  __typename?: 'SkillProfileEntry';
  /** The highest claim above the assessed level since the latest assessment (null: none) */
  claimedLevel?: Maybe<Scalars['Int']['output']>;
  /** Newest first */
  evidence: Array<SkillEvidence>;
  evidenceKinds: Array<SkillEvidenceKind>;
  /** The latest manager or review assessment when there is one (nothing else raises it); otherwise the latest self-assessment, raised by knowledge and course evidence */
  level: Scalars['Int']['output'];
  /** The source that decided the level (null without evidence) */
  levelSource?: Maybe<SkillEvidenceKind>;
  skill: Skill;
  /** One per kind of evidence on file, in the order SELF, MANAGER, REVIEW, KNOWLEDGE, COURSE */
  sources: Array<SkillSourceLevel>;
  updatedAt: Scalars['String']['output'];
};

/** What one kind of evidence says about a level */
export type SkillSourceLevel = {
  __typename?: 'SkillSourceLevel';
  /** Recorded after the latest manager or review assessment and above it: a claim for the manager to confirm */
  claimAboveAssessed: Scalars['Boolean']['output'];
  /** This source decided the level */
  decides: Scalars['Boolean']['output'];
  kind: SkillEvidenceKind;
  /** The latest assessment (self, manager, review) or the highest proof (knowledge, course) */
  level: Scalars['Int']['output'];
  /** When that evidence was recorded */
  recordedAt: Scalars['String']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** The tenant's OIDC single sign-on; the client secret is never shown again */
export type SsoConfig = {
  __typename?: 'SsoConfig';
  allowedDomains: Array<Scalars['String']['output']>;
  clientId: Scalars['String']['output'];
  /** Whether a client secret is stored (its value is never returned) */
  clientSecretSet: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  enabled: Scalars['Boolean']['output'];
  groupsClaim: Scalars['String']['output'];
  issuer: Scalars['String']['output'];
  /** Unknown users get an account on first sign-in (linked to the person with their email) instead of being refused */
  jit: Scalars['Boolean']['output'];
  /** The redirect URI to register at the identity provider */
  redirectUri: Scalars['String']['output'];
  roleMappings: Array<SsoRoleMapping>;
  /** Local passwords are refused, except the owner's (break-glass) */
  ssoOnly: Scalars['Boolean']['output'];
};

export type SsoConfigInput = {
  allowedDomains?: Array<Scalars['String']['input']>;
  clientId?: Scalars['String']['input'];
  /** A new client secret; leave out to keep the stored one */
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  displayName?: Scalars['String']['input'];
  enabled: Scalars['Boolean']['input'];
  groupsClaim?: Scalars['String']['input'];
  issuer?: Scalars['String']['input'];
  jit?: Scalars['Boolean']['input'];
  roleMappings?: Array<SsoRoleMappingInput>;
  ssoOnly?: Scalars['Boolean']['input'];
};

/** What the login page needs to offer single sign-on */
export type SsoProvider = {
  __typename?: 'SsoProvider';
  displayName: Scalars['String']['output'];
  /** Local passwords are refused except for the owner */
  ssoOnly: Scalars['Boolean']['output'];
  /** Where the browser goes to sign in (relative to the server) */
  startPath: Scalars['String']['output'];
};

/** Members of this identity-provider group get this Cadre role */
export type SsoRoleMapping = {
  __typename?: 'SsoRoleMapping';
  group: Scalars['String']['output'];
  role: Scalars['String']['output'];
};

export type SsoRoleMappingInput = {
  group: Scalars['String']['input'];
  role: Scalars['String']['input'];
};

export type SsoTestResult = {
  __typename?: 'SsoTestResult';
  ok: Scalars['Boolean']['output'];
  steps: Array<SsoTestStep>;
};

export type SsoTestStep = {
  __typename?: 'SsoTestStep';
  detail: Scalars['String']['output'];
  ok: Scalars['Boolean']['output'];
  /** discovery, endpoints or keys */
  step: Scalars['String']['output'];
};

/** A person × project pair the solver could choose */
export type StaffingCandidate = {
  __typename?: 'StaffingCandidate';
  parts: StaffingScoreParts;
  personId: Scalars['ID']['output'];
  projectId: Scalars['ID']['output'];
  score: Scalars['Float']['output'];
};

export type StaffingChange = {
  __typename?: 'StaffingChange';
  /** Planned projects the person leaves (MOVE, UNSTAFFED) or stays on (UNCHANGED) */
  fromProjectIds: Array<Scalars['ID']['output']>;
  kind: StaffingChangeKind;
  person: StaffingPlanPerson;
  toProjectId?: Maybe<Scalars['ID']['output']>;
};

/** MOVE: leaves a planned project for another; NEW: joins from none; UNCHANGED: stays; UNSTAFFED: leaves and gets none */
export type StaffingChangeKind =
  | 'MOVE'
  | 'NEW'
  | 'UNCHANGED'
  | 'UNSTAFFED';

export type StaffingDiffSummary = {
  __typename?: 'StaffingDiffSummary';
  moves: Scalars['Int']['output'];
  new: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  unstaffed: Scalars['Int']['output'];
  /** Planned projects with nobody on them */
  unstaffedProjects: Scalars['Int']['output'];
};

export type StaffingPlan = {
  __typename?: 'StaffingPlan';
  appliedAt?: Maybe<Scalars['String']['output']>;
  appliedBy?: Maybe<Scalars['String']['output']>;
  /** Every proposed assignment, with the score parts and the requirements it covers */
  assignments: Array<StaffingProposal>;
  /** Candidate pairs the solver saw, best first (filter by person or project) */
  candidates: Array<StaffingCandidate>;
  /** The diff against today, per person */
  changes: Array<StaffingChange>;
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  includeManagers: Scalars['Boolean']['output'];
  minFit: Scalars['Float']['output'];
  projects: Array<StaffingPlanProject>;
  proposedBy?: Maybe<Scalars['String']['output']>;
  requireAll: Scalars['Boolean']['output'];
  stats: StaffingPlanStats;
  status: StaffingPlanStatus;
  summary: StaffingDiffSummary;
  topK: Scalars['Int']['output'];
  /** Sum of the chosen scores (what the solver maximised) */
  total: Scalars['Float']['output'];
  /** The unit whose projects were planned; null: the whole organisation */
  unitId?: Maybe<Scalars['ID']['output']>;
  weights: StaffingWeights;
};


export type StaffingPlanCandidatesArgs = {
  first?: Scalars['Int']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
};

export type StaffingPlanConnection = {
  __typename?: 'StaffingPlanConnection';
  nodes: Array<StaffingPlan>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type StaffingPlanFilter = {
  status?: InputMaybe<StaffingPlanStatus>;
  /** Plans of this unit (as staffingPlans(unitId)) */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type StaffingPlanPerson = {
  __typename?: 'StaffingPlanPerson';
  /** Percent free for the planned projects */
  available: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  title: Scalars['String']['output'];
  unitId?: Maybe<Scalars['ID']['output']>;
};

export type StaffingPlanProject = {
  __typename?: 'StaffingPlanProject';
  /** Headcount in the plan */
  after: Scalars['Int']['output'];
  /** Headcount today */
  before: Scalars['Int']['output'];
  headcountMax: Scalars['Int']['output'];
  headcountMin: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  priority: Scalars['Int']['output'];
  projectId: Scalars['ID']['output'];
  /** Nobody on it in the plan */
  unstaffed: Scalars['Boolean']['output'];
};

export type StaffingPlanSort = {
  direction?: SortDirection;
  field: StaffingPlanSortField;
};

export type StaffingPlanSortField =
  | 'CREATED_AT'
  | 'STATUS'
  | 'TOTAL';

export type StaffingPlanStats = {
  __typename?: 'StaffingPlanStats';
  /** Candidate edges given to the solver */
  edges: Scalars['Int']['output'];
  /** Pairs that qualified before keeping the top candidates */
  eligiblePairs: Scalars['Int']['output'];
  people: Scalars['Int']['output'];
  projects: Scalars['Int']['output'];
  scoringMs: Scalars['Float']['output'];
  solveMs: Scalars['Float']['output'];
};

export type StaffingPlanStatus =
  | 'APPLIED'
  | 'DISCARDED'
  | 'PROPOSED';

export type StaffingPreference = {
  __typename?: 'StaffingPreference';
  personId: Scalars['ID']['output'];
  projectId: Scalars['ID']['output'];
  projectName: Scalars['String']['output'];
  /** −1 (rather not) … 1 (really wants it) */
  strength: Scalars['Float']['output'];
};

export type StaffingProposal = {
  __typename?: 'StaffingProposal';
  allocation: Scalars['Int']['output'];
  change: StaffingChangeKind;
  /** Each requirement and whether this person covers it */
  covers: Array<StaffingRequirementCover>;
  /** Weighted coverage of the requirements, 0–1 */
  fit: Scalars['Float']['output'];
  parts: StaffingScoreParts;
  person: StaffingPlanPerson;
  projectId: Scalars['ID']['output'];
  projectName: Scalars['String']['output'];
  score: Scalars['Float']['output'];
};

export type StaffingRequirementCover = {
  __typename?: 'StaffingRequirementCover';
  covered: Scalars['Boolean']['output'];
  /** The person's level */
  level: Scalars['Int']['output'];
  minLevel: Scalars['Int']['output'];
  skillId: Scalars['ID']['output'];
  skillName: Scalars['String']['output'];
  /** One level short: counts as development */
  stretch: Scalars['Boolean']['output'];
  weight: Scalars['Float']['output'];
};

/** The parts of a person × project score; total is their sum */
export type StaffingScoreParts = {
  __typename?: 'StaffingScoreParts';
  /** −availability weight × share of time taken elsewhere */
  availability: Scalars['Float']['output'];
  /** continuity weight when the person is on the project today */
  continuity: Scalars['Float']['output'];
  /** growth weight × share of requirements one level above the person */
  growth: Scalars['Float']['output'];
  /** preference weight × stated strength (−1 … 1) */
  preference: Scalars['Float']['output'];
  /** priority weight × (priority − 1) / 4 × coverage */
  priority: Scalars['Float']['output'];
  /** skillFit weight × weighted coverage of the requirements (0–1) */
  skillFit: Scalars['Float']['output'];
  total: Scalars['Float']['output'];
};

/** Points per part of the score (defaults, tenant setting structure.staffingWeights, or this run) */
export type StaffingWeights = {
  __typename?: 'StaffingWeights';
  availability: Scalars['Float']['output'];
  continuity: Scalars['Float']['output'];
  growth: Scalars['Float']['output'];
  preference: Scalars['Float']['output'];
  priority: Scalars['Float']['output'];
  skillFit: Scalars['Float']['output'];
};

export type StaffingWeightsInput = {
  availability?: InputMaybe<Scalars['Float']['input']>;
  continuity?: InputMaybe<Scalars['Float']['input']>;
  growth?: InputMaybe<Scalars['Float']['input']>;
  preference?: InputMaybe<Scalars['Float']['input']>;
  priority?: InputMaybe<Scalars['Float']['input']>;
  skillFit?: InputMaybe<Scalars['Float']['input']>;
};

export type StructureAssignment = {
  __typename?: 'StructureAssignment';
  /** Percent of their time */
  allocation: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  person?: Maybe<OrgPerson>;
  personId: Scalars['ID']['output'];
  projectId: Scalars['ID']['output'];
  /** When the assignment was made */
  since: Scalars['String']['output'];
  /** The person's org unit */
  unitId?: Maybe<Scalars['ID']['output']>;
};

export type StructureManagerSpan = {
  __typename?: 'StructureManagerSpan';
  directReports: Scalars['Int']['output'];
  flag: StructureSpanFlag;
  manager: OrgPerson;
  unitId?: Maybe<Scalars['ID']['output']>;
};

export type StructureProject = {
  __typename?: 'StructureProject';
  assignments: Array<StructureAssignment>;
  createdAt: Scalars['String']['output'];
  /** People from more than one unit work on it (or for another unit) */
  crossUnit: Scalars['Boolean']['output'];
  description?: Maybe<Scalars['String']['output']>;
  endDate?: Maybe<Scalars['String']['output']>;
  headcount: Scalars['Int']['output'];
  headcountMax: Scalars['Int']['output'];
  headcountMin: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  ownerUnitId?: Maybe<Scalars['ID']['output']>;
  ownerUnitName?: Maybe<Scalars['String']['output']>;
  /** 1 (nice to have) … 5 (company critical) */
  priority: Scalars['Int']['output'];
  requirements: Array<StructureProjectRequirement>;
  staffing: StructureStaffingLevel;
  startDate?: Maybe<Scalars['String']['output']>;
  status: StructureProjectStatus;
  /** Units the project spans: the owner and the units of everyone on it */
  unitIds: Array<Scalars['ID']['output']>;
  /** Changes with every edit: send it back as expectedUpdatedAt to edit safely */
  updatedAt: Scalars['String']['output'];
};

export type StructureProjectConnection = {
  __typename?: 'StructureProjectConnection';
  nodes: Array<StructureProject>;
  pageInfo: PageInfo;
  /** Rows the filters match, on every page */
  totalCount: Scalars['Int']['output'];
};

export type StructureProjectRequirement = {
  __typename?: 'StructureProjectRequirement';
  minLevel: Scalars['Int']['output'];
  skillId: Scalars['ID']['output'];
  skillName: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

export type StructureProjectSort = {
  direction?: SortDirection;
  field: StructureProjectSortField;
};

/** PRIORITY: ties (same priority) in id order, in the direction asked */
export type StructureProjectSortField =
  | 'CREATED_AT'
  | 'NAME'
  | 'PRIORITY'
  | 'UPDATED_AT';

export type StructureProjectStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'PLANNED';

/** Tenant settings 'structure.spanMin', 'structure.spanMax', 'structure.maxLayers' */
export type StructureShapeBounds = {
  __typename?: 'StructureShapeBounds';
  maxLayers: Scalars['Int']['output'];
  spanMax: Scalars['Int']['output'];
  spanMin: Scalars['Int']['output'];
};

export type StructureSpanFlag =
  | 'OK'
  | 'TOO_NARROW'
  | 'TOO_WIDE';

export type StructureSpanReport = {
  __typename?: 'StructureSpanReport';
  /** Mean direct reports per manager */
  averageSpan: Scalars['Float']['output'];
  bounds: StructureShapeBounds;
  flaggedManagers: Scalars['Int']['output'];
  flaggedUnits: Scalars['Int']['output'];
  /** Everyone with direct reports, widest span first */
  managers: Array<StructureManagerSpan>;
  units: Array<StructureUnitLayers>;
};

/** Headcount against the minimum and maximum */
export type StructureStaffingLevel =
  | 'FULL'
  | 'STAFFED'
  | 'UNDERSTAFFED';

export type StructureUnitLayers = {
  __typename?: 'StructureUnitLayers';
  /** More layers than maxLayers */
  flagged: Scalars['Boolean']['output'];
  headcount: Scalars['Int']['output'];
  /** Longest reporting chain inside the unit and its sub-units, counted in people (lead included) */
  layers: Scalars['Int']['output'];
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
};

export type SubmitReviewInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Manager reviews only: the reviewee's potential, 1 (low) to 3 (high), for the 9-box */
  potential?: InputMaybe<Scalars['Int']['input']>;
  /** One rating per criterion of the cycle */
  ratings: Array<IncentivesRatingInput>;
  reviewId: Scalars['ID']['input'];
};

export type Tenant = {
  __typename?: 'Tenant';
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

export type UpdateAttractionCandidateInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  headline?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  profileUrl?: InputMaybe<Scalars['String']['input']>;
  referrerId?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};

/** Family and level change only while draft */
export type UpdateAttractionRequisitionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** The updatedAt you read: if the requisition changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: InputMaybe<Scalars['String']['input']>;
  headcount?: InputMaybe<Scalars['Int']['input']>;
  hiringManagerId?: InputMaybe<Scalars['String']['input']>;
  interviewCriteria?: InputMaybe<Array<Scalars['String']['input']>>;
  jobFamily?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  orgUnitId?: InputMaybe<Scalars['String']['input']>;
  team?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateBonusPoolInput = {
  /** D in integer minor units */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** Default: the cycle's band coefficients */
  coefficients?: InputMaybe<Array<Scalars['Float']['input']>>;
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Cap for members without their own (minor units) */
  defaultCap?: InputMaybe<Scalars['Float']['input']>;
  /** Floor for members without their own (minor units) */
  defaultFloor?: InputMaybe<Scalars['Float']['input']>;
  /** Target for levels without their own */
  defaultTarget?: InputMaybe<Scalars['Float']['input']>;
  levelTargets?: InputMaybe<Array<IncentivesLevelTargetInput>>;
  /** Eligible people (default at creation: every participant of the cycle) */
  members?: InputMaybe<Array<IncentivesPoolMemberInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Default: the cycle's band thresholds */
  thresholds?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** 'salary-target-percent', 'target-by-level', 'equal' or 'custom' */
  weightRule?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCareerLadderInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCourseInput = {
  /** Inactive courses take no enrolments and are not recommended */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** The updatedAt you read: if the course changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: InputMaybe<Scalars['String']['input']>;
  skills?: InputMaybe<Array<DevelopmentSkillLevelInput>>;
  startsOn?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateDevelopmentGoalInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** The person may set this on their own plan */
  status?: InputMaybe<DevelopmentGoalStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateDevelopmentPlanInput = {
  dueOn?: InputMaybe<Scalars['String']['input']>;
  mentorId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<DevelopmentPlanStatus>;
  summary?: InputMaybe<Scalars['String']['input']>;
  targetLevelId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateKnowledgeItemInput = {
  authorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  body?: InputMaybe<Scalars['String']['input']>;
  /** The updatedAt you read: if the item changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<KnowledgeItemKind>;
  links?: InputMaybe<Array<KnowledgeLinkInput>>;
  /** What changed (kept with the version) */
  note?: InputMaybe<Scalars['String']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
  skillIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  visibility?: InputMaybe<KnowledgeVisibility>;
};

export type UpdateMeritMatrixInput = {
  budget?: InputMaybe<Scalars['Float']['input']>;
  /** One row per band of the cycle, one column per position bucket (breaks + 1) */
  cells?: InputMaybe<Array<Array<Scalars['Float']['input']>>>;
  currency?: InputMaybe<Scalars['String']['input']>;
  /** The updatedAt you read: if the merit matrix changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  positionBreaks?: InputMaybe<Array<Scalars['Float']['input']>>;
};

export type UpdateOrgUnitInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** The updatedAt you read: if the unit changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<OrgUnitKind>;
  /** null removes the lead */
  leadId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePersonInput = {
  compensation?: InputMaybe<CompensationInput>;
  /** Why they leave (needs people.departures.write and a leave date) */
  departure?: InputMaybe<DepartureInput>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** The updatedAt you read: if the person changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: InputMaybe<Scalars['String']['input']>;
  hireDate?: InputMaybe<Scalars['String']['input']>;
  /** Last working day; set to today when status becomes 'terminated' without one */
  leaveDate?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  managerId?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  orgUnitId?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  track?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProjectInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** The updatedAt you read: if the project changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: InputMaybe<Scalars['String']['input']>;
  headcountMax?: InputMaybe<Scalars['Int']['input']>;
  headcountMin?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  ownerUnitId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<Scalars['Int']['input']>;
  startDate?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StructureProjectStatus>;
};

export type UpdateResearchOutputInput = {
  date?: InputMaybe<Scalars['String']['input']>;
  knowledgeItemId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<DevelopmentResearchStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
  venue?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateReviewCycleInput = {
  /** Peer and upward authors: 'anonymous' (default; nobody, HR and owner included, can learn them) or 'confidential' (HR sees them, the reviewee never does). Only while the cycle is draft */
  anonymity?: InputMaybe<Scalars['String']['input']>;
  /** Peer and upward groups with fewer submitted reviews are withheld from everyone (default and minimum 3). Only while the cycle is draft */
  anonymityThreshold?: InputMaybe<Scalars['Int']['input']>;
  /** Band coefficients, one more than thresholds (default 2, 1.5, 1, 0.5, 0) */
  coefficients?: InputMaybe<Array<Scalars['Float']['input']>>;
  criteria?: InputMaybe<Array<IncentivesCriterionInput>>;
  /** The updatedAt you read: if the cycle changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: InputMaybe<Scalars['String']['input']>;
  /** Default: self 0.1, manager 0.5, peer 0.3, upward 0.1 */
  kindWeights?: InputMaybe<Array<IncentivesKindWeightInput>>;
  /** Default: self, manager, peer, upward */
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  managerDue?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Default at creation: every active person */
  participantIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Peers assigned per person when the cycle opens (default 3) */
  peerCount?: InputMaybe<Scalars['Int']['input']>;
  peerDue?: InputMaybe<Scalars['String']['input']>;
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  periodStart?: InputMaybe<Scalars['String']['input']>;
  selfDue?: InputMaybe<Scalars['String']['input']>;
  /** Band thresholds, strictly descending (default 4.5, 4, 3, 2) */
  thresholds?: InputMaybe<Array<Scalars['Float']['input']>>;
  upwardDue?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSkillCategoryInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSkillInput = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSurveyInput = {
  audienceLevels?: InputMaybe<Array<Scalars['String']['input']>>;
  audienceUnitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  closesOn?: InputMaybe<Scalars['String']['input']>;
  /** The updatedAt you read: if the survey changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: InputMaybe<Scalars['String']['input']>;
  questions?: InputMaybe<Array<InsightsQuestionInput>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTalkInput = {
  abstract?: InputMaybe<Scalars['String']['input']>;
  /** Cancels the talk (a held talk cannot be cancelled) */
  cancelled?: InputMaybe<Scalars['Boolean']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  /** Markdown */
  notes?: InputMaybe<Scalars['String']['input']>;
  recordingUrl?: InputMaybe<Scalars['String']['input']>;
  scheduledAt?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** One event sent to one subscription */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attempts: Scalars['Int']['output'];
  /** JSON body as sent */
  body: Scalars['String']['output'];
  createdAt: Scalars['String']['output'];
  deliveredAt?: Maybe<Scalars['String']['output']>;
  eventId: Scalars['ID']['output'];
  eventType: Scalars['String']['output'];
  /** Also the Cadre-Delivery header: the same on retries and replays */
  id: Scalars['ID']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  responseStatus?: Maybe<Scalars['Int']['output']>;
  /** pending, succeeded or failed */
  status: Scalars['String']['output'];
  subscriptionId: Scalars['ID']['output'];
};

/** An outside system told about events; never shows its secret again */
export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  active: Scalars['Boolean']['output'];
  /** Deliveries that failed for good in a row (the setting webhooks.disableAfter disables it, default 10) */
  consecutiveFailures: Scalars['Int']['output'];
  createdAt: Scalars['String']['output'];
  description: Scalars['String']['output'];
  disabledAt?: Maybe<Scalars['String']['output']>;
  /** Event types ('<id>.<name>'), or * for all */
  events: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Whose permissions decide what a payload carries (no pay unless they may see it) */
  ownerAccountId: Scalars['String']['output'];
  url: Scalars['String']['output'];
};
