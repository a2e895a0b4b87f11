/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ApproveAwardInput = {
  /** Minor units */
  amount: number;
  currency: string;
  note?: string | null | undefined;
};

export type AssignReviewersInput = {
  cycleId: string;
  kind: string;
  revieweeId: string;
  reviewerIds: Array<string>;
};

export type CalibrateScoreInput = {
  cycleId: string;
  personId: string;
  reason: string;
  score: number;
};

export type CreateBonusPoolInput = {
  /** D in integer minor units */
  amount: number;
  /** Default: the cycle's band coefficients */
  coefficients?: Array<number> | null | undefined;
  currency: string;
  cycleId: string;
  /** Cap for members without their own (minor units) */
  defaultCap?: number | null | undefined;
  /** Floor for members without their own (minor units) */
  defaultFloor?: number | null | undefined;
  /** Target for levels without their own */
  defaultTarget?: number | null | undefined;
  levelTargets?: Array<IncentivesLevelTargetInput> | null | undefined;
  /** Eligible people (default at creation: every participant of the cycle) */
  members?: Array<IncentivesPoolMemberInput> | null | undefined;
  name: string;
  note?: string | null | undefined;
  /** Default: the cycle's band thresholds */
  thresholds?: Array<number> | null | undefined;
  /** 'salary-target-percent', 'target-by-level', 'equal' or 'custom' */
  weightRule: string;
};

/** A what-if copy of a pool with some parameters changed */
export type CreateBonusScenarioInput = {
  /** D in integer minor units */
  amount?: number | null | undefined;
  /** Default: the cycle's band coefficients */
  coefficients?: Array<number> | null | undefined;
  currency?: string | null | undefined;
  /** Cap for members without their own (minor units) */
  defaultCap?: number | null | undefined;
  /** Floor for members without their own (minor units) */
  defaultFloor?: number | null | undefined;
  /** Target for levels without their own */
  defaultTarget?: number | null | undefined;
  levelTargets?: Array<IncentivesLevelTargetInput> | null | undefined;
  /** Eligible people (default at creation: every participant of the cycle) */
  members?: Array<IncentivesPoolMemberInput> | null | undefined;
  name: string;
  note?: string | null | undefined;
  /** Default: the cycle's band thresholds */
  thresholds?: Array<number> | null | undefined;
  /** 'salary-target-percent', 'target-by-level', 'equal' or 'custom' */
  weightRule?: string | null | undefined;
};

export type CreateEquityGrantInput = {
  cliffMonths?: number;
  currency?: string | null | undefined;
  /** 1, 3, 6 or 12 */
  frequencyMonths?: number;
  grantDate: string;
  /** 'new-hire', 'refresh' or 'promotion' */
  kind: string;
  note?: string | null | undefined;
  personId: string;
  /** Minor units per unit */
  strikePrice?: number | null | undefined;
  units: number;
  vestingMonths?: number;
  /** Default: the grant date */
  vestingStart?: string | null | undefined;
};

export type CreateMeritMatrixInput = {
  /** Raise budget in minor units */
  budget: number;
  cells: Array<Array<number>>;
  currency: string;
  cycleId: string;
  name: string;
  positionBreaks: Array<number>;
};

export type CreateReviewCycleInput = {
  /** Peer and upward authors: 'anonymous' (default; nobody, HR and owner included, can learn them) or 'confidential' (HR sees them, the reviewee never does). Only while the cycle is draft */
  anonymity?: string | null | undefined;
  /** Peer and upward groups with fewer submitted reviews are withheld from everyone (default and minimum 3). Only while the cycle is draft */
  anonymityThreshold?: number | null | undefined;
  /** Band coefficients, one more than thresholds (default 2, 1.5, 1, 0.5, 0) */
  coefficients?: Array<number> | null | undefined;
  criteria: Array<IncentivesCriterionInput>;
  /** Default: self 0.1, manager 0.5, peer 0.3, upward 0.1 */
  kindWeights?: Array<IncentivesKindWeightInput> | null | undefined;
  /** Default: self, manager, peer, upward */
  kinds?: Array<string> | null | undefined;
  managerDue?: string | null | undefined;
  name: string;
  /** Default at creation: every active person */
  participantIds?: Array<string> | null | undefined;
  /** Peers assigned per person when the cycle opens (default 3) */
  peerCount?: number | null | undefined;
  peerDue?: string | null | undefined;
  periodEnd: string;
  periodStart: string;
  selfDue?: string | null | undefined;
  /** Band thresholds, strictly descending (default 4.5, 4, 3, 2) */
  thresholds?: Array<number> | null | undefined;
  upwardDue?: string | null | undefined;
};

export type IncentivesAllocationFilter = {
  /** 1 = top band */
  band?: number | null | undefined;
  /** −1 held at the floor, +1 at the cap, 0 neither */
  bound?: number | null | undefined;
  personId?: string | null | undefined;
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

export type IncentivesAwardFilter = {
  /** 'idea', 'paper', 'patent' or 'open-source' */
  kind?: string | null | undefined;
  /** The nominee */
  personId?: string | null | undefined;
  /** 'nominated', 'approved', 'rejected' or 'paid' */
  status?: string | null | undefined;
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

export type IncentivesBandsInput = {
  /** c1 … ck */
  coefficients: Array<number>;
  /** t1 > t2 > … > t(k−1) */
  thresholds: Array<number>;
};

export type IncentivesBonusPoolFilter = {
  cycleId?: string | null | undefined;
  /** Pool readers: list what-if scenarios too (as bonusPools(includeScenarios)) */
  includeScenarios?: boolean | null | undefined;
  /** 'draft', 'approved', 'published' or 'scenario' */
  status?: string | null | undefined;
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

export type IncentivesCriterionInput = {
  description?: string | null | undefined;
  key: string;
  name: string;
  weight: number;
};

export type IncentivesEquityGrantFilter = {
  /** 'new-hire', 'refresh' or 'promotion' */
  kind?: string | null | undefined;
  personId?: string | null | undefined;
  /** 'proposed', 'granted' or 'cancelled' */
  status?: string | null | undefined;
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

export type IncentivesKindWeightInput = {
  kind: string;
  weight: number;
};

export type IncentivesLevelTargetInput = {
  level: string;
  value: number;
};

export type IncentivesPoolMemberInput = {
  /** Minor units */
  cap?: number | null | undefined;
  /** Minor units */
  floor?: number | null | undefined;
  personId: string;
  /** Own weight ω, overriding the weight rule */
  weight?: number | null | undefined;
};

export type IncentivesRatingInput = {
  comment?: string | null | undefined;
  criterionKey: string;
  rating: number;
};

export type IncentivesReviewCycleFilter = {
  /** 'draft', 'open', 'calibrating' or 'finalised' */
  status?: string | null | undefined;
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
  kind?: string | null | undefined;
  revieweeId?: string | null | undefined;
  /** 'pending', 'submitted' or 'expired' */
  status?: string | null | undefined;
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

export type NominateAwardInput = {
  description?: string | null | undefined;
  /** 'idea', 'paper', 'patent' or 'open-source' */
  kind: string;
  link?: string | null | undefined;
  personId: string;
  title: string;
};

export type SetPotentialInput = {
  cycleId: string;
  personId: string;
  potential: number;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type SubmitReviewInput = {
  comment?: string | null | undefined;
  /** Manager reviews only: the reviewee's potential, 1 (low) to 3 (high), for the 9-box */
  potential?: number | null | undefined;
  /** One rating per criterion of the cycle */
  ratings: Array<IncentivesRatingInput>;
  reviewId: string;
};

export type UpdateBonusPoolInput = {
  /** D in integer minor units */
  amount?: number | null | undefined;
  /** Default: the cycle's band coefficients */
  coefficients?: Array<number> | null | undefined;
  currency?: string | null | undefined;
  /** Cap for members without their own (minor units) */
  defaultCap?: number | null | undefined;
  /** Floor for members without their own (minor units) */
  defaultFloor?: number | null | undefined;
  /** Target for levels without their own */
  defaultTarget?: number | null | undefined;
  levelTargets?: Array<IncentivesLevelTargetInput> | null | undefined;
  /** Eligible people (default at creation: every participant of the cycle) */
  members?: Array<IncentivesPoolMemberInput> | null | undefined;
  name?: string | null | undefined;
  note?: string | null | undefined;
  /** Default: the cycle's band thresholds */
  thresholds?: Array<number> | null | undefined;
  /** 'salary-target-percent', 'target-by-level', 'equal' or 'custom' */
  weightRule?: string | null | undefined;
};

export type UpdateMeritMatrixInput = {
  budget?: number | null | undefined;
  /** One row per band of the cycle, one column per position bucket (breaks + 1) */
  cells?: Array<Array<number>> | null | undefined;
  currency?: string | null | undefined;
  /** The updatedAt you read: if the merit matrix changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: string | null | undefined;
  name?: string | null | undefined;
  positionBreaks?: Array<number> | null | undefined;
};

export type UpdateReviewCycleInput = {
  /** Peer and upward authors: 'anonymous' (default; nobody, HR and owner included, can learn them) or 'confidential' (HR sees them, the reviewee never does). Only while the cycle is draft */
  anonymity?: string | null | undefined;
  /** Peer and upward groups with fewer submitted reviews are withheld from everyone (default and minimum 3). Only while the cycle is draft */
  anonymityThreshold?: number | null | undefined;
  /** Band coefficients, one more than thresholds (default 2, 1.5, 1, 0.5, 0) */
  coefficients?: Array<number> | null | undefined;
  criteria?: Array<IncentivesCriterionInput> | null | undefined;
  /** The updatedAt you read: if the cycle changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: string | null | undefined;
  /** Default: self 0.1, manager 0.5, peer 0.3, upward 0.1 */
  kindWeights?: Array<IncentivesKindWeightInput> | null | undefined;
  /** Default: self, manager, peer, upward */
  kinds?: Array<string> | null | undefined;
  managerDue?: string | null | undefined;
  name?: string | null | undefined;
  /** Default at creation: every active person */
  participantIds?: Array<string> | null | undefined;
  /** Peers assigned per person when the cycle opens (default 3) */
  peerCount?: number | null | undefined;
  peerDue?: string | null | undefined;
  periodEnd?: string | null | undefined;
  periodStart?: string | null | undefined;
  selfDue?: string | null | undefined;
  /** Band thresholds, strictly descending (default 4.5, 4, 3, 2) */
  thresholds?: Array<number> | null | undefined;
  upwardDue?: string | null | undefined;
};

export type IncentivesBandFieldsFragment = { band: number, coefficient: number, condition: string, lower: number | null, upper: number | null };

export type IncentivesCycleFieldsFragment = { id: string, name: string, updatedAt: string, periodStart: string, periodEnd: string, status: string, kinds: Array<string>, participantCount: number, peerCount: number, thresholds: Array<number>, coefficients: Array<number>, anonymity: string, anonymityThreshold: number, selfDue: string | null, peerDue: string | null, upwardDue: string | null, managerDue: string | null, openedAt: string | null, calibratingAt: string | null, finalisedAt: string | null, kindWeights: Array<{ kind: string, weight: number }>, criteria: Array<{ key: string, name: string, description: string, weight: number }>, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, progress: { total: number, submitted: number, pending: number, overdue: number, expired: number, byKind: Array<{ kind: string, total: number, submitted: number, pending: number, overdue: number, expired: number }> } };

export type IncentivesReviewFieldsFragment = { id: string, cycleId: string, kind: string, revieweeId: string, revieweeName: string, reviewerId: string | null, reviewerName: string | null, anonymous: boolean, status: string, withheld: boolean, dueDate: string | null, overdue: boolean, score: number | null, comment: string | null, submittedAt: string | null, ratings: Array<{ criterionKey: string, rating: number, comment: string | null }> };

export type IncentivesVersionFieldsFragment = { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null };

export type IncentivesPoolFieldsFragment = { id: string, name: string, cycleId: string, cycleName: string, status: string, amount: number, currency: string, weightRule: string, thresholds: Array<number>, coefficients: Array<number>, memberCount: number, note: string, defaultFloor: number | null, defaultCap: number | null, scenarioOfId: string | null, scenarioIds: Array<string>, approvedAt: string | null, approvedBy: string | null, publishedAt: string | null, publishedVersion: number | null, createdAt: string, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, currentVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null, proposedVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null };

export type IncentivesParticipantFieldsFragment = { id: string, cycleId: string, personId: string, name: string, level: string, score: number | null, calibratedScore: number | null, finalScore: number | null, potential: number | null, band: number | null, coefficient: number | null };

export type IncentivesDistributionFieldsFragment = { key: string, label: string, count: number, mean: number | null, histogram: Array<{ lower: number, upper: number, count: number }> };

export type IncentivesCyclesQueryVariables = Exact<{
  status?: string | null | undefined;
}>;


export type IncentivesCyclesQuery = { reviewCycles: Array<{ id: string, name: string, updatedAt: string, periodStart: string, periodEnd: string, status: string, kinds: Array<string>, participantCount: number, peerCount: number, thresholds: Array<number>, coefficients: Array<number>, anonymity: string, anonymityThreshold: number, selfDue: string | null, peerDue: string | null, upwardDue: string | null, managerDue: string | null, openedAt: string | null, calibratingAt: string | null, finalisedAt: string | null, kindWeights: Array<{ kind: string, weight: number }>, criteria: Array<{ key: string, name: string, description: string, weight: number }>, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, progress: { total: number, submitted: number, pending: number, overdue: number, expired: number, byKind: Array<{ kind: string, total: number, submitted: number, pending: number, overdue: number, expired: number }> } }> };

export type IncentivesCyclesPageQueryVariables = Exact<{
  filter?: IncentivesReviewCycleFilter | null | undefined;
  sort?: IncentivesReviewCycleSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type IncentivesCyclesPageQuery = { reviewCyclesPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, updatedAt: string, periodStart: string, periodEnd: string, status: string, kinds: Array<string>, participantCount: number, peerCount: number, thresholds: Array<number>, coefficients: Array<number>, anonymity: string, anonymityThreshold: number, selfDue: string | null, peerDue: string | null, upwardDue: string | null, managerDue: string | null, openedAt: string | null, calibratingAt: string | null, finalisedAt: string | null, kindWeights: Array<{ kind: string, weight: number }>, criteria: Array<{ key: string, name: string, description: string, weight: number }>, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, progress: { total: number, submitted: number, pending: number, overdue: number, expired: number, byKind: Array<{ kind: string, total: number, submitted: number, pending: number, overdue: number, expired: number }> } }> } };

export type IncentivesCycleQueryVariables = Exact<{
  id: string;
}>;


export type IncentivesCycleQuery = { reviewCycle: { id: string, name: string, updatedAt: string, periodStart: string, periodEnd: string, status: string, kinds: Array<string>, participantCount: number, peerCount: number, thresholds: Array<number>, coefficients: Array<number>, anonymity: string, anonymityThreshold: number, selfDue: string | null, peerDue: string | null, upwardDue: string | null, managerDue: string | null, openedAt: string | null, calibratingAt: string | null, finalisedAt: string | null, kindWeights: Array<{ kind: string, weight: number }>, criteria: Array<{ key: string, name: string, description: string, weight: number }>, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, progress: { total: number, submitted: number, pending: number, overdue: number, expired: number, byKind: Array<{ kind: string, total: number, submitted: number, pending: number, overdue: number, expired: number }> } } };

export type IncentivesCreateCycleMutationVariables = Exact<{
  input: CreateReviewCycleInput;
}>;


export type IncentivesCreateCycleMutation = { createReviewCycle: { id: string, name: string, updatedAt: string, periodStart: string, periodEnd: string, status: string, kinds: Array<string>, participantCount: number, peerCount: number, thresholds: Array<number>, coefficients: Array<number>, anonymity: string, anonymityThreshold: number, selfDue: string | null, peerDue: string | null, upwardDue: string | null, managerDue: string | null, openedAt: string | null, calibratingAt: string | null, finalisedAt: string | null, kindWeights: Array<{ kind: string, weight: number }>, criteria: Array<{ key: string, name: string, description: string, weight: number }>, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, progress: { total: number, submitted: number, pending: number, overdue: number, expired: number, byKind: Array<{ kind: string, total: number, submitted: number, pending: number, overdue: number, expired: number }> } } };

export type IncentivesUpdateCycleMutationVariables = Exact<{
  id: string;
  input: UpdateReviewCycleInput;
}>;


export type IncentivesUpdateCycleMutation = { updateReviewCycle: { id: string, name: string, updatedAt: string, periodStart: string, periodEnd: string, status: string, kinds: Array<string>, participantCount: number, peerCount: number, thresholds: Array<number>, coefficients: Array<number>, anonymity: string, anonymityThreshold: number, selfDue: string | null, peerDue: string | null, upwardDue: string | null, managerDue: string | null, openedAt: string | null, calibratingAt: string | null, finalisedAt: string | null, kindWeights: Array<{ kind: string, weight: number }>, criteria: Array<{ key: string, name: string, description: string, weight: number }>, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, progress: { total: number, submitted: number, pending: number, overdue: number, expired: number, byKind: Array<{ kind: string, total: number, submitted: number, pending: number, overdue: number, expired: number }> } } };

export type IncentivesOpenCycleMutationVariables = Exact<{
  id: string;
}>;


export type IncentivesOpenCycleMutation = { openReviewCycle: { id: string, name: string, updatedAt: string, periodStart: string, periodEnd: string, status: string, kinds: Array<string>, participantCount: number, peerCount: number, thresholds: Array<number>, coefficients: Array<number>, anonymity: string, anonymityThreshold: number, selfDue: string | null, peerDue: string | null, upwardDue: string | null, managerDue: string | null, openedAt: string | null, calibratingAt: string | null, finalisedAt: string | null, kindWeights: Array<{ kind: string, weight: number }>, criteria: Array<{ key: string, name: string, description: string, weight: number }>, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, progress: { total: number, submitted: number, pending: number, overdue: number, expired: number, byKind: Array<{ kind: string, total: number, submitted: number, pending: number, overdue: number, expired: number }> } } };

export type IncentivesStartCalibrationMutationVariables = Exact<{
  id: string;
}>;


export type IncentivesStartCalibrationMutation = { startReviewCycleCalibration: { id: string, name: string, updatedAt: string, periodStart: string, periodEnd: string, status: string, kinds: Array<string>, participantCount: number, peerCount: number, thresholds: Array<number>, coefficients: Array<number>, anonymity: string, anonymityThreshold: number, selfDue: string | null, peerDue: string | null, upwardDue: string | null, managerDue: string | null, openedAt: string | null, calibratingAt: string | null, finalisedAt: string | null, kindWeights: Array<{ kind: string, weight: number }>, criteria: Array<{ key: string, name: string, description: string, weight: number }>, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, progress: { total: number, submitted: number, pending: number, overdue: number, expired: number, byKind: Array<{ kind: string, total: number, submitted: number, pending: number, overdue: number, expired: number }> } } };

export type IncentivesFinaliseCycleMutationVariables = Exact<{
  id: string;
}>;


export type IncentivesFinaliseCycleMutation = { finaliseReviewCycle: { id: string, name: string, updatedAt: string, periodStart: string, periodEnd: string, status: string, kinds: Array<string>, participantCount: number, peerCount: number, thresholds: Array<number>, coefficients: Array<number>, anonymity: string, anonymityThreshold: number, selfDue: string | null, peerDue: string | null, upwardDue: string | null, managerDue: string | null, openedAt: string | null, calibratingAt: string | null, finalisedAt: string | null, kindWeights: Array<{ kind: string, weight: number }>, criteria: Array<{ key: string, name: string, description: string, weight: number }>, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, progress: { total: number, submitted: number, pending: number, overdue: number, expired: number, byKind: Array<{ kind: string, total: number, submitted: number, pending: number, overdue: number, expired: number }> } } };

export type IncentivesSetBandsMutationVariables = Exact<{
  id: string;
  input: IncentivesBandsInput;
}>;


export type IncentivesSetBandsMutation = { setReviewCycleBands: { id: string, name: string, updatedAt: string, periodStart: string, periodEnd: string, status: string, kinds: Array<string>, participantCount: number, peerCount: number, thresholds: Array<number>, coefficients: Array<number>, anonymity: string, anonymityThreshold: number, selfDue: string | null, peerDue: string | null, upwardDue: string | null, managerDue: string | null, openedAt: string | null, calibratingAt: string | null, finalisedAt: string | null, kindWeights: Array<{ kind: string, weight: number }>, criteria: Array<{ key: string, name: string, description: string, weight: number }>, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, progress: { total: number, submitted: number, pending: number, overdue: number, expired: number, byKind: Array<{ kind: string, total: number, submitted: number, pending: number, overdue: number, expired: number }> } } };

export type IncentivesParticipantsQueryVariables = Exact<{
  cycleId: string;
  personId?: string | null | undefined;
}>;


export type IncentivesParticipantsQuery = { reviewCycleParticipants: Array<{ id: string, cycleId: string, personId: string, name: string, level: string, score: number | null, calibratedScore: number | null, finalScore: number | null, potential: number | null, band: number | null, coefficient: number | null }> };

export type IncentivesCycleReviewsPageQueryVariables = Exact<{
  cycleId: string;
  filter?: IncentivesReviewFilter | null | undefined;
  sort?: IncentivesReviewSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type IncentivesCycleReviewsPageQuery = { cycleReviewsPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, cycleId: string, kind: string, revieweeId: string, revieweeName: string, reviewerId: string | null, reviewerName: string | null, anonymous: boolean, status: string, withheld: boolean, dueDate: string | null, overdue: boolean, score: number | null, comment: string | null, submittedAt: string | null, ratings: Array<{ criterionKey: string, rating: number, comment: string | null }> }> } };

export type IncentivesMyTasksQueryVariables = Exact<{
  cycleId?: string | null | undefined;
}>;


export type IncentivesMyTasksQuery = { myReviewTasks: Array<{ id: string, cycleId: string, kind: string, revieweeId: string, revieweeName: string, reviewerId: string | null, reviewerName: string | null, anonymous: boolean, status: string, withheld: boolean, dueDate: string | null, overdue: boolean, score: number | null, comment: string | null, submittedAt: string | null, ratings: Array<{ criterionKey: string, rating: number, comment: string | null }> }> };

export type IncentivesSubmitReviewMutationVariables = Exact<{
  input: SubmitReviewInput;
}>;


export type IncentivesSubmitReviewMutation = { submitReview: { id: string, cycleId: string, kind: string, revieweeId: string, revieweeName: string, reviewerId: string | null, reviewerName: string | null, anonymous: boolean, status: string, withheld: boolean, dueDate: string | null, overdue: boolean, score: number | null, comment: string | null, submittedAt: string | null, ratings: Array<{ criterionKey: string, rating: number, comment: string | null }> } };

export type IncentivesMyReviewQueryVariables = Exact<{
  cycleId?: string | null | undefined;
}>;


export type IncentivesMyReviewQuery = { myReview: { resultsAvailable: boolean, pendingTasks: number, finalScore: number | null, calibrated: boolean, band: number | null, coefficient: number | null, cycle: { id: string, name: string, status: string, periodStart: string, periodEnd: string, criteria: Array<{ key: string, name: string, description: string, weight: number }> }, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, selfReview: { id: string, cycleId: string, kind: string, revieweeId: string, revieweeName: string, reviewerId: string | null, reviewerName: string | null, anonymous: boolean, status: string, withheld: boolean, dueDate: string | null, overdue: boolean, score: number | null, comment: string | null, submittedAt: string | null, ratings: Array<{ criterionKey: string, rating: number, comment: string | null }> } | null, managerReviews: Array<{ id: string, cycleId: string, kind: string, revieweeId: string, revieweeName: string, reviewerId: string | null, reviewerName: string | null, anonymous: boolean, status: string, withheld: boolean, dueDate: string | null, overdue: boolean, score: number | null, comment: string | null, submittedAt: string | null, ratings: Array<{ criterionKey: string, rating: number, comment: string | null }> }>, aggregates: Array<{ kind: string, reviewers: number, score: number | null, withheld: boolean, comments: Array<string>, criteria: Array<{ key: string, name: string, average: number }> }> } | null };

export type IncentivesCalibrationQueryVariables = Exact<{
  cycleId: string;
}>;


export type IncentivesCalibrationQuery = { calibrationView: { cycleId: string, distribution: Array<{ lower: number, upper: number, count: number }>, bands: Array<{ band: number, coefficient: number, condition: string, count: number }>, byTeam: Array<{ key: string, label: string, count: number, mean: number | null, histogram: Array<{ lower: number, upper: number, count: number }> }>, byLevel: Array<{ key: string, label: string, count: number, mean: number | null, histogram: Array<{ lower: number, upper: number, count: number }> }>, nineBox: Array<{ performance: number, potential: number, count: number, personIds: Array<string> }>, entries: Array<{ personId: string, name: string, level: string, teamName: string, score: number | null, calibratedScore: number | null, finalScore: number | null, band: number | null, potential: number | null, performance: number | null }> } };

export type IncentivesScoreCalibrationsQueryVariables = Exact<{
  cycleId: string;
  personId?: string | null | undefined;
}>;


export type IncentivesScoreCalibrationsQuery = { scoreCalibrations: Array<{ id: string, personId: string, personName: string, fromScore: number | null, toScore: number | null, reason: string | null, actorEmail: string | null, at: string }> };

export type IncentivesCalibrateScoreMutationVariables = Exact<{
  input: CalibrateScoreInput;
}>;


export type IncentivesCalibrateScoreMutation = { calibrateScore: { participant: { id: string, cycleId: string, personId: string, name: string, level: string, score: number | null, calibratedScore: number | null, finalScore: number | null, potential: number | null, band: number | null, coefficient: number | null }, newVersions: Array<{ id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null }> } };

export type IncentivesSetPotentialMutationVariables = Exact<{
  input: SetPotentialInput;
}>;


export type IncentivesSetPotentialMutation = { setPotential: { id: string, cycleId: string, personId: string, name: string, level: string, score: number | null, calibratedScore: number | null, finalScore: number | null, potential: number | null, band: number | null, coefficient: number | null } };

export type IncentivesPoolsQueryVariables = Exact<{
  cycleId?: string | null | undefined;
  includeScenarios?: boolean;
}>;


export type IncentivesPoolsQuery = { bonusPools: Array<{ id: string, name: string, cycleId: string, cycleName: string, status: string, amount: number, currency: string, weightRule: string, thresholds: Array<number>, coefficients: Array<number>, memberCount: number, note: string, defaultFloor: number | null, defaultCap: number | null, scenarioOfId: string | null, scenarioIds: Array<string>, approvedAt: string | null, approvedBy: string | null, publishedAt: string | null, publishedVersion: number | null, createdAt: string, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, currentVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null, proposedVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null }> };

export type IncentivesPoolsPageQueryVariables = Exact<{
  filter?: IncentivesBonusPoolFilter | null | undefined;
  sort?: IncentivesBonusPoolSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type IncentivesPoolsPageQuery = { bonusPoolsPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, cycleId: string, cycleName: string, status: string, amount: number, currency: string, weightRule: string, thresholds: Array<number>, coefficients: Array<number>, memberCount: number, note: string, defaultFloor: number | null, defaultCap: number | null, scenarioOfId: string | null, scenarioIds: Array<string>, approvedAt: string | null, approvedBy: string | null, publishedAt: string | null, publishedVersion: number | null, createdAt: string, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, currentVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null, proposedVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null }> } };

export type IncentivesStartAllocationMutationVariables = Exact<{
  id: string;
}>;


export type IncentivesStartAllocationMutation = { startBonusPoolAllocation: { id: string } };

export type IncentivesPoolQueryVariables = Exact<{
  id: string;
}>;


export type IncentivesPoolQuery = { bonusPool: { id: string, name: string, cycleId: string, cycleName: string, status: string, amount: number, currency: string, weightRule: string, thresholds: Array<number>, coefficients: Array<number>, memberCount: number, note: string, defaultFloor: number | null, defaultCap: number | null, scenarioOfId: string | null, scenarioIds: Array<string>, approvedAt: string | null, approvedBy: string | null, publishedAt: string | null, publishedVersion: number | null, createdAt: string, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, currentVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null, proposedVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null } };

export type IncentivesPoolInputsQueryVariables = Exact<{
  id: string;
}>;


export type IncentivesPoolInputsQuery = { bonusPoolInputs: { poolId: string, amount: number, currency: string, unit: number, thresholds: Array<number>, coefficients: Array<number>, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, people: Array<{ personId: string, name: string, level: string, weight: number, weightExplanation: string, score: number | null, band: number | null, coefficient: number, floor: number, cap: number | null, error: string | null }> } };

export type IncentivesAllocationsQueryVariables = Exact<{
  poolId: string;
  version?: number | null | undefined;
}>;


export type IncentivesAllocationsQuery = { bonusAllocations: Array<{ id: string, personId: string, name: string, level: string, currency: string, version: number, weight: number | null, score: number | null, band: number | null, coefficient: number | null, floor: number | null, cap: number | null, exactAmount: number | null, amount: number | null, bound: number | null, previousAmount: number | null, delta: number | null }> };

export type IncentivesAllocationsPageQueryVariables = Exact<{
  poolId: string;
  filter?: IncentivesAllocationFilter | null | undefined;
  sort?: IncentivesAllocationSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type IncentivesAllocationsPageQuery = { bonusAllocationsPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, personId: string, name: string, level: string, currency: string, version: number, weight: number | null, score: number | null, band: number | null, coefficient: number | null, floor: number | null, cap: number | null, exactAmount: number | null, amount: number | null, bound: number | null, previousAmount: number | null, delta: number | null }> } };

export type IncentivesPersonAllocationQueryVariables = Exact<{
  poolId: string;
  personId: string;
}>;


export type IncentivesPersonAllocationQuery = { bonusAllocationsPage: { nodes: Array<{ id: string, personId: string, currency: string, amount: number | null, delta: number | null }> } };

export type IncentivesPoolVersionsQueryVariables = Exact<{
  poolId: string;
}>;


export type IncentivesPoolVersionsQuery = { bonusPoolVersions: Array<{ id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null }> };

export type IncentivesCreatePoolMutationVariables = Exact<{
  input: CreateBonusPoolInput;
}>;


export type IncentivesCreatePoolMutation = { createBonusPool: { id: string, name: string, cycleId: string, cycleName: string, status: string, amount: number, currency: string, weightRule: string, thresholds: Array<number>, coefficients: Array<number>, memberCount: number, note: string, defaultFloor: number | null, defaultCap: number | null, scenarioOfId: string | null, scenarioIds: Array<string>, approvedAt: string | null, approvedBy: string | null, publishedAt: string | null, publishedVersion: number | null, createdAt: string, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, currentVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null, proposedVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null } };

export type IncentivesUpdatePoolMutationVariables = Exact<{
  id: string;
  input: UpdateBonusPoolInput;
}>;


export type IncentivesUpdatePoolMutation = { updateBonusPool: { id: string, name: string, cycleId: string, cycleName: string, status: string, amount: number, currency: string, weightRule: string, thresholds: Array<number>, coefficients: Array<number>, memberCount: number, note: string, defaultFloor: number | null, defaultCap: number | null, scenarioOfId: string | null, scenarioIds: Array<string>, approvedAt: string | null, approvedBy: string | null, publishedAt: string | null, publishedVersion: number | null, createdAt: string, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, currentVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null, proposedVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null } };

export type IncentivesCreateScenarioMutationVariables = Exact<{
  poolId: string;
  input: CreateBonusScenarioInput;
}>;


export type IncentivesCreateScenarioMutation = { createBonusScenario: { id: string, name: string, cycleId: string, cycleName: string, status: string, amount: number, currency: string, weightRule: string, thresholds: Array<number>, coefficients: Array<number>, memberCount: number, note: string, defaultFloor: number | null, defaultCap: number | null, scenarioOfId: string | null, scenarioIds: Array<string>, approvedAt: string | null, approvedBy: string | null, publishedAt: string | null, publishedVersion: number | null, createdAt: string, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, currentVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null, proposedVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null } };

export type IncentivesApprovePoolMutationVariables = Exact<{
  id: string;
}>;


export type IncentivesApprovePoolMutation = { approveBonusPool: { id: string, name: string, cycleId: string, cycleName: string, status: string, amount: number, currency: string, weightRule: string, thresholds: Array<number>, coefficients: Array<number>, memberCount: number, note: string, defaultFloor: number | null, defaultCap: number | null, scenarioOfId: string | null, scenarioIds: Array<string>, approvedAt: string | null, approvedBy: string | null, publishedAt: string | null, publishedVersion: number | null, createdAt: string, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, currentVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null, proposedVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null } };

export type IncentivesReopenPoolMutationVariables = Exact<{
  id: string;
}>;


export type IncentivesReopenPoolMutation = { reopenBonusPool: { id: string, name: string, cycleId: string, cycleName: string, status: string, amount: number, currency: string, weightRule: string, thresholds: Array<number>, coefficients: Array<number>, memberCount: number, note: string, defaultFloor: number | null, defaultCap: number | null, scenarioOfId: string | null, scenarioIds: Array<string>, approvedAt: string | null, approvedBy: string | null, publishedAt: string | null, publishedVersion: number | null, createdAt: string, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, currentVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null, proposedVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null } };

export type IncentivesPublishPoolMutationVariables = Exact<{
  id: string;
}>;


export type IncentivesPublishPoolMutation = { publishBonusPool: { id: string, name: string, cycleId: string, cycleName: string, status: string, amount: number, currency: string, weightRule: string, thresholds: Array<number>, coefficients: Array<number>, memberCount: number, note: string, defaultFloor: number | null, defaultCap: number | null, scenarioOfId: string | null, scenarioIds: Array<string>, approvedAt: string | null, approvedBy: string | null, publishedAt: string | null, publishedVersion: number | null, createdAt: string, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, currentVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null, proposedVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null } };

export type IncentivesPublishPoolRevisionMutationVariables = Exact<{
  id: string;
}>;


export type IncentivesPublishPoolRevisionMutation = { publishBonusPoolRevision: { id: string, name: string, cycleId: string, cycleName: string, status: string, amount: number, currency: string, weightRule: string, thresholds: Array<number>, coefficients: Array<number>, memberCount: number, note: string, defaultFloor: number | null, defaultCap: number | null, scenarioOfId: string | null, scenarioIds: Array<string>, approvedAt: string | null, approvedBy: string | null, publishedAt: string | null, publishedVersion: number | null, createdAt: string, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, currentVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null, proposedVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null } };

export type IncentivesDiscardPoolRevisionMutationVariables = Exact<{
  id: string;
}>;


export type IncentivesDiscardPoolRevisionMutation = { discardBonusPoolRevision: { id: string, name: string, cycleId: string, cycleName: string, status: string, amount: number, currency: string, weightRule: string, thresholds: Array<number>, coefficients: Array<number>, memberCount: number, note: string, defaultFloor: number | null, defaultCap: number | null, scenarioOfId: string | null, scenarioIds: Array<string>, approvedAt: string | null, approvedBy: string | null, publishedAt: string | null, publishedVersion: number | null, createdAt: string, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, currentVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null, proposedVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null } };

export type IncentivesApplyScenarioMutationVariables = Exact<{
  id: string;
}>;


export type IncentivesApplyScenarioMutation = { applyBonusScenario: { id: string, name: string, cycleId: string, cycleName: string, status: string, amount: number, currency: string, weightRule: string, thresholds: Array<number>, coefficients: Array<number>, memberCount: number, note: string, defaultFloor: number | null, defaultCap: number | null, scenarioOfId: string | null, scenarioIds: Array<string>, approvedAt: string | null, approvedBy: string | null, publishedAt: string | null, publishedVersion: number | null, createdAt: string, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, currentVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null, proposedVersion: { id: string, version: number, status: string, reason: string, amount: number, total: number, currency: string, lambda: number | null, weightedSum: number, people: number, atFloor: number, atCap: number, thresholds: Array<number>, coefficients: Array<number>, createdAt: string, publishedAt: string | null } | null } };

export type IncentivesDeleteScenarioMutationVariables = Exact<{
  id: string;
}>;


export type IncentivesDeleteScenarioMutation = { deleteBonusScenario: boolean };

export type IncentivesCompareQueryVariables = Exact<{
  poolIds: Array<string> | string;
}>;


export type IncentivesCompareQuery = { compareBonusScenarios: { pools: Array<{ poolId: string, name: string, status: string, amount: number, total: number, currency: string, thresholds: Array<number>, coefficients: Array<number>, lambda: number | null, min: number, median: number, max: number, atFloor: number, atCap: number, bandCounts: Array<number> }>, rows: Array<{ personId: string, name: string, level: string, score: number | null, amounts: Array<number | null>, coefficients: Array<number | null> }> } };

export type IncentivesMyBonusQueryVariables = Exact<{
  poolId?: string | null | undefined;
}>;


export type IncentivesMyBonusQuery = { myBonus: Array<{ poolId: string, poolName: string, cycleId: string, cycleName: string, version: number, publishedAt: string | null, amount: number, currency: string, poolAmount: number, score: number | null, band: number | null, coefficient: number, weight: number, weightRule: string, weightExplanation: string, weightedSum: number, lambda: number | null, floor: number | null, cap: number | null, bound: number, exactAmount: number, previousAmount: number | null, delta: number | null, formula: string, calculation: string, bands: Array<{ band: number, coefficient: number, condition: string, lower: number | null, upper: number | null }>, history: Array<{ version: number, amount: number, delta: number | null, score: number | null, status: string, reason: string, publishedAt: string | null }> }> };

export type IncentivesCycleReviewsQueryVariables = Exact<{
  cycleId: string;
  kind?: string | null | undefined;
  revieweeId?: string | null | undefined;
}>;


export type IncentivesCycleReviewsQuery = { cycleReviews: Array<{ id: string, cycleId: string, kind: string, revieweeId: string, revieweeName: string, reviewerId: string | null, reviewerName: string | null, anonymous: boolean, status: string, withheld: boolean, dueDate: string | null, overdue: boolean, score: number | null, comment: string | null, submittedAt: string | null, ratings: Array<{ criterionKey: string, rating: number, comment: string | null }> }> };

export type IncentivesAssignReviewersMutationVariables = Exact<{
  input: AssignReviewersInput;
}>;


export type IncentivesAssignReviewersMutation = { assignReviewers: Array<{ id: string, cycleId: string, kind: string, revieweeId: string, revieweeName: string, reviewerId: string | null, reviewerName: string | null, anonymous: boolean, status: string, withheld: boolean, dueDate: string | null, overdue: boolean, score: number | null, comment: string | null, submittedAt: string | null, ratings: Array<{ criterionKey: string, rating: number, comment: string | null }> }> };

export type IncentivesRemoveAssignmentMutationVariables = Exact<{
  id: string;
}>;


export type IncentivesRemoveAssignmentMutation = { removeReviewAssignment: boolean };

export type IncentivesAwardFieldsFragment = { id: string, personId: string, personName: string, nominatedById: string | null, nominatedByName: string | null, kind: string, title: string, description: string, link: string | null, status: string, amount: number | null, currency: string | null, decisionNote: string | null, decidedAt: string | null, paidAt: string | null, createdAt: string };

export type IncentivesAwardsPageQueryVariables = Exact<{
  filter?: IncentivesAwardFilter | null | undefined;
  sort?: IncentivesAwardSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type IncentivesAwardsPageQuery = { awardsPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, personId: string, personName: string, nominatedById: string | null, nominatedByName: string | null, kind: string, title: string, description: string, link: string | null, status: string, amount: number | null, currency: string | null, decisionNote: string | null, decidedAt: string | null, paidAt: string | null, createdAt: string }> } };

export type IncentivesNominateAwardMutationVariables = Exact<{
  input: NominateAwardInput;
}>;


export type IncentivesNominateAwardMutation = { nominateAward: { id: string, personId: string, personName: string, nominatedById: string | null, nominatedByName: string | null, kind: string, title: string, description: string, link: string | null, status: string, amount: number | null, currency: string | null, decisionNote: string | null, decidedAt: string | null, paidAt: string | null, createdAt: string } };

export type IncentivesApproveAwardMutationVariables = Exact<{
  id: string;
  input: ApproveAwardInput;
}>;


export type IncentivesApproveAwardMutation = { approveAward: { id: string, personId: string, personName: string, nominatedById: string | null, nominatedByName: string | null, kind: string, title: string, description: string, link: string | null, status: string, amount: number | null, currency: string | null, decisionNote: string | null, decidedAt: string | null, paidAt: string | null, createdAt: string } };

export type IncentivesRejectAwardMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type IncentivesRejectAwardMutation = { rejectAward: { id: string, personId: string, personName: string, nominatedById: string | null, nominatedByName: string | null, kind: string, title: string, description: string, link: string | null, status: string, amount: number | null, currency: string | null, decisionNote: string | null, decidedAt: string | null, paidAt: string | null, createdAt: string } };

export type IncentivesPayAwardMutationVariables = Exact<{
  id: string;
}>;


export type IncentivesPayAwardMutation = { payAward: { id: string, personId: string, personName: string, nominatedById: string | null, nominatedByName: string | null, kind: string, title: string, description: string, link: string | null, status: string, amount: number | null, currency: string | null, decisionNote: string | null, decidedAt: string | null, paidAt: string | null, createdAt: string } };

export type IncentivesGrantFieldsFragment = { id: string, personId: string, personName: string, kind: string, units: number | null, strikePrice: number | null, currency: string | null, grantDate: string, vestingStart: string, cliffMonths: number, vestingMonths: number, frequencyMonths: number, status: string, note: string, createdBy: string | null, approvedBy: string | null, approvedAt: string | null, vestedUnits: number | null, schedule: Array<{ date: string, units: number, cumulative: number }> | null };

export type IncentivesEquityGrantsQueryVariables = Exact<{
  personId?: string | null | undefined;
}>;


export type IncentivesEquityGrantsQuery = { equityGrants: Array<{ id: string, personId: string, personName: string, kind: string, units: number | null, strikePrice: number | null, currency: string | null, grantDate: string, vestingStart: string, cliffMonths: number, vestingMonths: number, frequencyMonths: number, status: string, note: string, createdBy: string | null, approvedBy: string | null, approvedAt: string | null, vestedUnits: number | null, schedule: Array<{ date: string, units: number, cumulative: number }> | null }> };

export type IncentivesEquityGrantsPageQueryVariables = Exact<{
  filter?: IncentivesEquityGrantFilter | null | undefined;
  sort?: IncentivesEquityGrantSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type IncentivesEquityGrantsPageQuery = { equityGrantsPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, personId: string, personName: string, kind: string, units: number | null, strikePrice: number | null, currency: string | null, grantDate: string, vestingStart: string, cliffMonths: number, vestingMonths: number, frequencyMonths: number, status: string, note: string, createdBy: string | null, approvedBy: string | null, approvedAt: string | null, vestedUnits: number | null, schedule: Array<{ date: string, units: number, cumulative: number }> | null }> } };

export type IncentivesCreateEquityGrantMutationVariables = Exact<{
  input: CreateEquityGrantInput;
}>;


export type IncentivesCreateEquityGrantMutation = { createEquityGrant: { id: string, personId: string, personName: string, kind: string, units: number | null, strikePrice: number | null, currency: string | null, grantDate: string, vestingStart: string, cliffMonths: number, vestingMonths: number, frequencyMonths: number, status: string, note: string, createdBy: string | null, approvedBy: string | null, approvedAt: string | null, vestedUnits: number | null, schedule: Array<{ date: string, units: number, cumulative: number }> | null } };

export type IncentivesApproveEquityGrantMutationVariables = Exact<{
  id: string;
}>;


export type IncentivesApproveEquityGrantMutation = { approveEquityGrant: { id: string, personId: string, personName: string, kind: string, units: number | null, strikePrice: number | null, currency: string | null, grantDate: string, vestingStart: string, cliffMonths: number, vestingMonths: number, frequencyMonths: number, status: string, note: string, createdBy: string | null, approvedBy: string | null, approvedAt: string | null, vestedUnits: number | null, schedule: Array<{ date: string, units: number, cumulative: number }> | null } };

export type IncentivesCancelEquityGrantMutationVariables = Exact<{
  id: string;
}>;


export type IncentivesCancelEquityGrantMutation = { cancelEquityGrant: { id: string, personId: string, personName: string, kind: string, units: number | null, strikePrice: number | null, currency: string | null, grantDate: string, vestingStart: string, cliffMonths: number, vestingMonths: number, frequencyMonths: number, status: string, note: string, createdBy: string | null, approvedBy: string | null, approvedAt: string | null, vestedUnits: number | null, schedule: Array<{ date: string, units: number, cumulative: number }> | null } };

export type IncentivesMeritMatrixFieldsFragment = { id: string, cycleId: string, name: string, budget: number | null, currency: string, positionBreaks: Array<number>, cells: Array<Array<number>>, status: string, approvedAt: string | null, totalProposed: number | null, totalAmount: number | null, withinBudget: boolean | null, increaseCount: number, createdAt: string, updatedAt: string };

export type IncentivesMeritIncreaseFieldsFragment = { id: string, personId: string, name: string, level: string, currency: string, band: number | null, positionInRange: number | null, positionColumn: number | null, matrixPercent: number | null, baseSalary: number | null, proposedAmount: number | null, amount: number | null, newBase: number | null, note: string };

export type IncentivesMeritMatricesQueryVariables = Exact<{
  cycleId?: string | null | undefined;
}>;


export type IncentivesMeritMatricesQuery = { meritMatrices: Array<{ id: string, cycleId: string, name: string, budget: number | null, currency: string, positionBreaks: Array<number>, cells: Array<Array<number>>, status: string, approvedAt: string | null, totalProposed: number | null, totalAmount: number | null, withinBudget: boolean | null, increaseCount: number, createdAt: string, updatedAt: string }> };

export type IncentivesMeritMatrixQueryVariables = Exact<{
  id: string;
}>;


export type IncentivesMeritMatrixQuery = { meritMatrix: { id: string, cycleId: string, name: string, budget: number | null, currency: string, positionBreaks: Array<number>, cells: Array<Array<number>>, status: string, approvedAt: string | null, totalProposed: number | null, totalAmount: number | null, withinBudget: boolean | null, increaseCount: number, createdAt: string, updatedAt: string }, meritIncreases: Array<{ id: string, personId: string, name: string, level: string, currency: string, band: number | null, positionInRange: number | null, positionColumn: number | null, matrixPercent: number | null, baseSalary: number | null, proposedAmount: number | null, amount: number | null, newBase: number | null, note: string }> };

export type IncentivesMeritCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type IncentivesMeritCyclesQuery = { reviewCycles: Array<{ id: string, name: string, status: string, coefficients: Array<number> }> };

export type IncentivesCreateMeritMatrixMutationVariables = Exact<{
  input: CreateMeritMatrixInput;
}>;


export type IncentivesCreateMeritMatrixMutation = { createMeritMatrix: { id: string, cycleId: string, name: string, budget: number | null, currency: string, positionBreaks: Array<number>, cells: Array<Array<number>>, status: string, approvedAt: string | null, totalProposed: number | null, totalAmount: number | null, withinBudget: boolean | null, increaseCount: number, createdAt: string, updatedAt: string } };

export type IncentivesUpdateMeritMatrixMutationVariables = Exact<{
  id: string;
  input: UpdateMeritMatrixInput;
}>;


export type IncentivesUpdateMeritMatrixMutation = { updateMeritMatrix: { id: string, cycleId: string, name: string, budget: number | null, currency: string, positionBreaks: Array<number>, cells: Array<Array<number>>, status: string, approvedAt: string | null, totalProposed: number | null, totalAmount: number | null, withinBudget: boolean | null, increaseCount: number, createdAt: string, updatedAt: string } };

export type IncentivesComputeMeritMutationVariables = Exact<{
  id: string;
}>;


export type IncentivesComputeMeritMutation = { computeMeritIncreases: { id: string, cycleId: string, name: string, budget: number | null, currency: string, positionBreaks: Array<number>, cells: Array<Array<number>>, status: string, approvedAt: string | null, totalProposed: number | null, totalAmount: number | null, withinBudget: boolean | null, increaseCount: number, createdAt: string, updatedAt: string } };

export type IncentivesApproveMeritMutationVariables = Exact<{
  id: string;
}>;


export type IncentivesApproveMeritMutation = { approveMeritMatrix: { id: string, cycleId: string, name: string, budget: number | null, currency: string, positionBreaks: Array<number>, cells: Array<Array<number>>, status: string, approvedAt: string | null, totalProposed: number | null, totalAmount: number | null, withinBudget: boolean | null, increaseCount: number, createdAt: string, updatedAt: string } };

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
export const IncentivesBandFieldsFragmentDoc = new TypedDocumentString(`
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
    `, {"fragmentName":"IncentivesBandFields"}) as unknown as TypedDocumentString<IncentivesBandFieldsFragment, unknown>;
export const IncentivesCycleFieldsFragmentDoc = new TypedDocumentString(`
    fragment IncentivesCycleFields on IncentivesReviewCycle {
  id
  name
  updatedAt
  periodStart
  periodEnd
  status
  kinds
  kindWeights {
    kind
    weight
  }
  criteria {
    key
    name
    description
    weight
  }
  participantCount
  peerCount
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  anonymity
  anonymityThreshold
  selfDue
  peerDue
  upwardDue
  managerDue
  openedAt
  calibratingAt
  finalisedAt
  progress {
    total
    submitted
    pending
    overdue
    expired
    byKind {
      kind
      total
      submitted
      pending
      overdue
      expired
    }
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}`, {"fragmentName":"IncentivesCycleFields"}) as unknown as TypedDocumentString<IncentivesCycleFieldsFragment, unknown>;
export const IncentivesReviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment IncentivesReviewFields on IncentivesReview {
  id
  cycleId
  kind
  revieweeId
  revieweeName
  reviewerId
  reviewerName
  anonymous
  status
  withheld
  dueDate
  overdue
  score
  comment
  submittedAt
  ratings {
    criterionKey
    rating
    comment
  }
}
    `, {"fragmentName":"IncentivesReviewFields"}) as unknown as TypedDocumentString<IncentivesReviewFieldsFragment, unknown>;
export const IncentivesVersionFieldsFragmentDoc = new TypedDocumentString(`
    fragment IncentivesVersionFields on IncentivesAllocationVersion {
  id
  version
  status
  reason
  amount
  total
  currency
  lambda
  weightedSum
  people
  atFloor
  atCap
  thresholds
  coefficients
  createdAt
  publishedAt
}
    `, {"fragmentName":"IncentivesVersionFields"}) as unknown as TypedDocumentString<IncentivesVersionFieldsFragment, unknown>;
export const IncentivesPoolFieldsFragmentDoc = new TypedDocumentString(`
    fragment IncentivesPoolFields on IncentivesBonusPool {
  id
  name
  cycleId
  cycleName
  status
  amount
  currency
  weightRule
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  memberCount
  note
  defaultFloor
  defaultCap
  scenarioOfId
  scenarioIds
  approvedAt
  approvedBy
  publishedAt
  publishedVersion
  createdAt
  currentVersion {
    ...IncentivesVersionFields
  }
  proposedVersion {
    ...IncentivesVersionFields
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesVersionFields on IncentivesAllocationVersion {
  id
  version
  status
  reason
  amount
  total
  currency
  lambda
  weightedSum
  people
  atFloor
  atCap
  thresholds
  coefficients
  createdAt
  publishedAt
}`, {"fragmentName":"IncentivesPoolFields"}) as unknown as TypedDocumentString<IncentivesPoolFieldsFragment, unknown>;
export const IncentivesParticipantFieldsFragmentDoc = new TypedDocumentString(`
    fragment IncentivesParticipantFields on IncentivesParticipant {
  id
  cycleId
  personId
  name
  level
  score
  calibratedScore
  finalScore
  potential
  band
  coefficient
}
    `, {"fragmentName":"IncentivesParticipantFields"}) as unknown as TypedDocumentString<IncentivesParticipantFieldsFragment, unknown>;
export const IncentivesDistributionFieldsFragmentDoc = new TypedDocumentString(`
    fragment IncentivesDistributionFields on IncentivesDistributionGroup {
  key
  label
  count
  mean
  histogram {
    lower
    upper
    count
  }
}
    `, {"fragmentName":"IncentivesDistributionFields"}) as unknown as TypedDocumentString<IncentivesDistributionFieldsFragment, unknown>;
export const IncentivesAwardFieldsFragmentDoc = new TypedDocumentString(`
    fragment IncentivesAwardFields on IncentivesAward {
  id
  personId
  personName
  nominatedById
  nominatedByName
  kind
  title
  description
  link
  status
  amount
  currency
  decisionNote
  decidedAt
  paidAt
  createdAt
}
    `, {"fragmentName":"IncentivesAwardFields"}) as unknown as TypedDocumentString<IncentivesAwardFieldsFragment, unknown>;
export const IncentivesGrantFieldsFragmentDoc = new TypedDocumentString(`
    fragment IncentivesGrantFields on IncentivesEquityGrant {
  id
  personId
  personName
  kind
  units
  strikePrice
  currency
  grantDate
  vestingStart
  cliffMonths
  vestingMonths
  frequencyMonths
  status
  note
  createdBy
  approvedBy
  approvedAt
  vestedUnits
  schedule {
    date
    units
    cumulative
  }
}
    `, {"fragmentName":"IncentivesGrantFields"}) as unknown as TypedDocumentString<IncentivesGrantFieldsFragment, unknown>;
export const IncentivesMeritMatrixFieldsFragmentDoc = new TypedDocumentString(`
    fragment IncentivesMeritMatrixFields on IncentivesMeritMatrix {
  id
  cycleId
  name
  budget
  currency
  positionBreaks
  cells
  status
  approvedAt
  totalProposed
  totalAmount
  withinBudget
  increaseCount
  createdAt
  updatedAt
}
    `, {"fragmentName":"IncentivesMeritMatrixFields"}) as unknown as TypedDocumentString<IncentivesMeritMatrixFieldsFragment, unknown>;
export const IncentivesMeritIncreaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment IncentivesMeritIncreaseFields on IncentivesMeritIncrease {
  id
  personId
  name
  level
  currency
  band
  positionInRange
  positionColumn
  matrixPercent
  baseSalary
  proposedAmount
  amount
  newBase
  note
}
    `, {"fragmentName":"IncentivesMeritIncreaseFields"}) as unknown as TypedDocumentString<IncentivesMeritIncreaseFieldsFragment, unknown>;
export const IncentivesCyclesDocument = new TypedDocumentString(`
    query IncentivesCycles($status: String) {
  reviewCycles(status: $status) {
    ...IncentivesCycleFields
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesCycleFields on IncentivesReviewCycle {
  id
  name
  updatedAt
  periodStart
  periodEnd
  status
  kinds
  kindWeights {
    kind
    weight
  }
  criteria {
    key
    name
    description
    weight
  }
  participantCount
  peerCount
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  anonymity
  anonymityThreshold
  selfDue
  peerDue
  upwardDue
  managerDue
  openedAt
  calibratingAt
  finalisedAt
  progress {
    total
    submitted
    pending
    overdue
    expired
    byKind {
      kind
      total
      submitted
      pending
      overdue
      expired
    }
  }
}`) as unknown as TypedDocumentString<IncentivesCyclesQuery, IncentivesCyclesQueryVariables>;
export const IncentivesCyclesPageDocument = new TypedDocumentString(`
    query IncentivesCyclesPage($filter: IncentivesReviewCycleFilter, $sort: IncentivesReviewCycleSort, $first: Int!, $after: String) {
  reviewCyclesPage(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...IncentivesCycleFields
    }
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesCycleFields on IncentivesReviewCycle {
  id
  name
  updatedAt
  periodStart
  periodEnd
  status
  kinds
  kindWeights {
    kind
    weight
  }
  criteria {
    key
    name
    description
    weight
  }
  participantCount
  peerCount
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  anonymity
  anonymityThreshold
  selfDue
  peerDue
  upwardDue
  managerDue
  openedAt
  calibratingAt
  finalisedAt
  progress {
    total
    submitted
    pending
    overdue
    expired
    byKind {
      kind
      total
      submitted
      pending
      overdue
      expired
    }
  }
}`) as unknown as TypedDocumentString<IncentivesCyclesPageQuery, IncentivesCyclesPageQueryVariables>;
export const IncentivesCycleDocument = new TypedDocumentString(`
    query IncentivesCycle($id: ID!) {
  reviewCycle(id: $id) {
    ...IncentivesCycleFields
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesCycleFields on IncentivesReviewCycle {
  id
  name
  updatedAt
  periodStart
  periodEnd
  status
  kinds
  kindWeights {
    kind
    weight
  }
  criteria {
    key
    name
    description
    weight
  }
  participantCount
  peerCount
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  anonymity
  anonymityThreshold
  selfDue
  peerDue
  upwardDue
  managerDue
  openedAt
  calibratingAt
  finalisedAt
  progress {
    total
    submitted
    pending
    overdue
    expired
    byKind {
      kind
      total
      submitted
      pending
      overdue
      expired
    }
  }
}`) as unknown as TypedDocumentString<IncentivesCycleQuery, IncentivesCycleQueryVariables>;
export const IncentivesCreateCycleDocument = new TypedDocumentString(`
    mutation IncentivesCreateCycle($input: CreateReviewCycleInput!) {
  createReviewCycle(input: $input) {
    ...IncentivesCycleFields
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesCycleFields on IncentivesReviewCycle {
  id
  name
  updatedAt
  periodStart
  periodEnd
  status
  kinds
  kindWeights {
    kind
    weight
  }
  criteria {
    key
    name
    description
    weight
  }
  participantCount
  peerCount
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  anonymity
  anonymityThreshold
  selfDue
  peerDue
  upwardDue
  managerDue
  openedAt
  calibratingAt
  finalisedAt
  progress {
    total
    submitted
    pending
    overdue
    expired
    byKind {
      kind
      total
      submitted
      pending
      overdue
      expired
    }
  }
}`) as unknown as TypedDocumentString<IncentivesCreateCycleMutation, IncentivesCreateCycleMutationVariables>;
export const IncentivesUpdateCycleDocument = new TypedDocumentString(`
    mutation IncentivesUpdateCycle($id: ID!, $input: UpdateReviewCycleInput!) {
  updateReviewCycle(id: $id, input: $input) {
    ...IncentivesCycleFields
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesCycleFields on IncentivesReviewCycle {
  id
  name
  updatedAt
  periodStart
  periodEnd
  status
  kinds
  kindWeights {
    kind
    weight
  }
  criteria {
    key
    name
    description
    weight
  }
  participantCount
  peerCount
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  anonymity
  anonymityThreshold
  selfDue
  peerDue
  upwardDue
  managerDue
  openedAt
  calibratingAt
  finalisedAt
  progress {
    total
    submitted
    pending
    overdue
    expired
    byKind {
      kind
      total
      submitted
      pending
      overdue
      expired
    }
  }
}`) as unknown as TypedDocumentString<IncentivesUpdateCycleMutation, IncentivesUpdateCycleMutationVariables>;
export const IncentivesOpenCycleDocument = new TypedDocumentString(`
    mutation IncentivesOpenCycle($id: ID!) {
  openReviewCycle(id: $id) {
    ...IncentivesCycleFields
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesCycleFields on IncentivesReviewCycle {
  id
  name
  updatedAt
  periodStart
  periodEnd
  status
  kinds
  kindWeights {
    kind
    weight
  }
  criteria {
    key
    name
    description
    weight
  }
  participantCount
  peerCount
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  anonymity
  anonymityThreshold
  selfDue
  peerDue
  upwardDue
  managerDue
  openedAt
  calibratingAt
  finalisedAt
  progress {
    total
    submitted
    pending
    overdue
    expired
    byKind {
      kind
      total
      submitted
      pending
      overdue
      expired
    }
  }
}`) as unknown as TypedDocumentString<IncentivesOpenCycleMutation, IncentivesOpenCycleMutationVariables>;
export const IncentivesStartCalibrationDocument = new TypedDocumentString(`
    mutation IncentivesStartCalibration($id: ID!) {
  startReviewCycleCalibration(id: $id) {
    ...IncentivesCycleFields
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesCycleFields on IncentivesReviewCycle {
  id
  name
  updatedAt
  periodStart
  periodEnd
  status
  kinds
  kindWeights {
    kind
    weight
  }
  criteria {
    key
    name
    description
    weight
  }
  participantCount
  peerCount
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  anonymity
  anonymityThreshold
  selfDue
  peerDue
  upwardDue
  managerDue
  openedAt
  calibratingAt
  finalisedAt
  progress {
    total
    submitted
    pending
    overdue
    expired
    byKind {
      kind
      total
      submitted
      pending
      overdue
      expired
    }
  }
}`) as unknown as TypedDocumentString<IncentivesStartCalibrationMutation, IncentivesStartCalibrationMutationVariables>;
export const IncentivesFinaliseCycleDocument = new TypedDocumentString(`
    mutation IncentivesFinaliseCycle($id: ID!) {
  finaliseReviewCycle(id: $id) {
    ...IncentivesCycleFields
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesCycleFields on IncentivesReviewCycle {
  id
  name
  updatedAt
  periodStart
  periodEnd
  status
  kinds
  kindWeights {
    kind
    weight
  }
  criteria {
    key
    name
    description
    weight
  }
  participantCount
  peerCount
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  anonymity
  anonymityThreshold
  selfDue
  peerDue
  upwardDue
  managerDue
  openedAt
  calibratingAt
  finalisedAt
  progress {
    total
    submitted
    pending
    overdue
    expired
    byKind {
      kind
      total
      submitted
      pending
      overdue
      expired
    }
  }
}`) as unknown as TypedDocumentString<IncentivesFinaliseCycleMutation, IncentivesFinaliseCycleMutationVariables>;
export const IncentivesSetBandsDocument = new TypedDocumentString(`
    mutation IncentivesSetBands($id: ID!, $input: IncentivesBandsInput!) {
  setReviewCycleBands(id: $id, input: $input) {
    ...IncentivesCycleFields
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesCycleFields on IncentivesReviewCycle {
  id
  name
  updatedAt
  periodStart
  periodEnd
  status
  kinds
  kindWeights {
    kind
    weight
  }
  criteria {
    key
    name
    description
    weight
  }
  participantCount
  peerCount
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  anonymity
  anonymityThreshold
  selfDue
  peerDue
  upwardDue
  managerDue
  openedAt
  calibratingAt
  finalisedAt
  progress {
    total
    submitted
    pending
    overdue
    expired
    byKind {
      kind
      total
      submitted
      pending
      overdue
      expired
    }
  }
}`) as unknown as TypedDocumentString<IncentivesSetBandsMutation, IncentivesSetBandsMutationVariables>;
export const IncentivesParticipantsDocument = new TypedDocumentString(`
    query IncentivesParticipants($cycleId: ID!, $personId: ID) {
  reviewCycleParticipants(cycleId: $cycleId, personId: $personId) {
    ...IncentivesParticipantFields
  }
}
    fragment IncentivesParticipantFields on IncentivesParticipant {
  id
  cycleId
  personId
  name
  level
  score
  calibratedScore
  finalScore
  potential
  band
  coefficient
}`) as unknown as TypedDocumentString<IncentivesParticipantsQuery, IncentivesParticipantsQueryVariables>;
export const IncentivesCycleReviewsPageDocument = new TypedDocumentString(`
    query IncentivesCycleReviewsPage($cycleId: ID!, $filter: IncentivesReviewFilter, $sort: IncentivesReviewSort, $first: Int!, $after: String) {
  cycleReviewsPage(
    cycleId: $cycleId
    filter: $filter
    sort: $sort
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...IncentivesReviewFields
    }
  }
}
    fragment IncentivesReviewFields on IncentivesReview {
  id
  cycleId
  kind
  revieweeId
  revieweeName
  reviewerId
  reviewerName
  anonymous
  status
  withheld
  dueDate
  overdue
  score
  comment
  submittedAt
  ratings {
    criterionKey
    rating
    comment
  }
}`) as unknown as TypedDocumentString<IncentivesCycleReviewsPageQuery, IncentivesCycleReviewsPageQueryVariables>;
export const IncentivesMyTasksDocument = new TypedDocumentString(`
    query IncentivesMyTasks($cycleId: ID) {
  myReviewTasks(cycleId: $cycleId) {
    ...IncentivesReviewFields
  }
}
    fragment IncentivesReviewFields on IncentivesReview {
  id
  cycleId
  kind
  revieweeId
  revieweeName
  reviewerId
  reviewerName
  anonymous
  status
  withheld
  dueDate
  overdue
  score
  comment
  submittedAt
  ratings {
    criterionKey
    rating
    comment
  }
}`) as unknown as TypedDocumentString<IncentivesMyTasksQuery, IncentivesMyTasksQueryVariables>;
export const IncentivesSubmitReviewDocument = new TypedDocumentString(`
    mutation IncentivesSubmitReview($input: SubmitReviewInput!) {
  submitReview(input: $input) {
    ...IncentivesReviewFields
  }
}
    fragment IncentivesReviewFields on IncentivesReview {
  id
  cycleId
  kind
  revieweeId
  revieweeName
  reviewerId
  reviewerName
  anonymous
  status
  withheld
  dueDate
  overdue
  score
  comment
  submittedAt
  ratings {
    criterionKey
    rating
    comment
  }
}`) as unknown as TypedDocumentString<IncentivesSubmitReviewMutation, IncentivesSubmitReviewMutationVariables>;
export const IncentivesMyReviewDocument = new TypedDocumentString(`
    query IncentivesMyReview($cycleId: ID) {
  myReview(cycleId: $cycleId) {
    cycle {
      id
      name
      status
      periodStart
      periodEnd
      criteria {
        key
        name
        description
        weight
      }
    }
    resultsAvailable
    pendingTasks
    finalScore
    calibrated
    band
    coefficient
    bands {
      ...IncentivesBandFields
    }
    selfReview {
      ...IncentivesReviewFields
    }
    managerReviews {
      ...IncentivesReviewFields
    }
    aggregates {
      kind
      reviewers
      score
      withheld
      comments
      criteria {
        key
        name
        average
      }
    }
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesReviewFields on IncentivesReview {
  id
  cycleId
  kind
  revieweeId
  revieweeName
  reviewerId
  reviewerName
  anonymous
  status
  withheld
  dueDate
  overdue
  score
  comment
  submittedAt
  ratings {
    criterionKey
    rating
    comment
  }
}`) as unknown as TypedDocumentString<IncentivesMyReviewQuery, IncentivesMyReviewQueryVariables>;
export const IncentivesCalibrationDocument = new TypedDocumentString(`
    query IncentivesCalibration($cycleId: ID!) {
  calibrationView(cycleId: $cycleId) {
    cycleId
    distribution {
      lower
      upper
      count
    }
    bands {
      band
      coefficient
      condition
      count
    }
    byTeam {
      ...IncentivesDistributionFields
    }
    byLevel {
      ...IncentivesDistributionFields
    }
    nineBox {
      performance
      potential
      count
      personIds
    }
    entries {
      personId
      name
      level
      teamName
      score
      calibratedScore
      finalScore
      band
      potential
      performance
    }
  }
}
    fragment IncentivesDistributionFields on IncentivesDistributionGroup {
  key
  label
  count
  mean
  histogram {
    lower
    upper
    count
  }
}`) as unknown as TypedDocumentString<IncentivesCalibrationQuery, IncentivesCalibrationQueryVariables>;
export const IncentivesScoreCalibrationsDocument = new TypedDocumentString(`
    query IncentivesScoreCalibrations($cycleId: ID!, $personId: ID) {
  scoreCalibrations(cycleId: $cycleId, personId: $personId) {
    id
    personId
    personName
    fromScore
    toScore
    reason
    actorEmail
    at
  }
}
    `) as unknown as TypedDocumentString<IncentivesScoreCalibrationsQuery, IncentivesScoreCalibrationsQueryVariables>;
export const IncentivesCalibrateScoreDocument = new TypedDocumentString(`
    mutation IncentivesCalibrateScore($input: CalibrateScoreInput!) {
  calibrateScore(input: $input) {
    participant {
      ...IncentivesParticipantFields
    }
    newVersions {
      ...IncentivesVersionFields
    }
  }
}
    fragment IncentivesVersionFields on IncentivesAllocationVersion {
  id
  version
  status
  reason
  amount
  total
  currency
  lambda
  weightedSum
  people
  atFloor
  atCap
  thresholds
  coefficients
  createdAt
  publishedAt
}
fragment IncentivesParticipantFields on IncentivesParticipant {
  id
  cycleId
  personId
  name
  level
  score
  calibratedScore
  finalScore
  potential
  band
  coefficient
}`) as unknown as TypedDocumentString<IncentivesCalibrateScoreMutation, IncentivesCalibrateScoreMutationVariables>;
export const IncentivesSetPotentialDocument = new TypedDocumentString(`
    mutation IncentivesSetPotential($input: SetPotentialInput!) {
  setPotential(input: $input) {
    ...IncentivesParticipantFields
  }
}
    fragment IncentivesParticipantFields on IncentivesParticipant {
  id
  cycleId
  personId
  name
  level
  score
  calibratedScore
  finalScore
  potential
  band
  coefficient
}`) as unknown as TypedDocumentString<IncentivesSetPotentialMutation, IncentivesSetPotentialMutationVariables>;
export const IncentivesPoolsDocument = new TypedDocumentString(`
    query IncentivesPools($cycleId: ID, $includeScenarios: Boolean! = false) {
  bonusPools(cycleId: $cycleId, includeScenarios: $includeScenarios) {
    ...IncentivesPoolFields
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesVersionFields on IncentivesAllocationVersion {
  id
  version
  status
  reason
  amount
  total
  currency
  lambda
  weightedSum
  people
  atFloor
  atCap
  thresholds
  coefficients
  createdAt
  publishedAt
}
fragment IncentivesPoolFields on IncentivesBonusPool {
  id
  name
  cycleId
  cycleName
  status
  amount
  currency
  weightRule
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  memberCount
  note
  defaultFloor
  defaultCap
  scenarioOfId
  scenarioIds
  approvedAt
  approvedBy
  publishedAt
  publishedVersion
  createdAt
  currentVersion {
    ...IncentivesVersionFields
  }
  proposedVersion {
    ...IncentivesVersionFields
  }
}`) as unknown as TypedDocumentString<IncentivesPoolsQuery, IncentivesPoolsQueryVariables>;
export const IncentivesPoolsPageDocument = new TypedDocumentString(`
    query IncentivesPoolsPage($filter: IncentivesBonusPoolFilter, $sort: IncentivesBonusPoolSort, $first: Int!, $after: String) {
  bonusPoolsPage(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...IncentivesPoolFields
    }
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesVersionFields on IncentivesAllocationVersion {
  id
  version
  status
  reason
  amount
  total
  currency
  lambda
  weightedSum
  people
  atFloor
  atCap
  thresholds
  coefficients
  createdAt
  publishedAt
}
fragment IncentivesPoolFields on IncentivesBonusPool {
  id
  name
  cycleId
  cycleName
  status
  amount
  currency
  weightRule
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  memberCount
  note
  defaultFloor
  defaultCap
  scenarioOfId
  scenarioIds
  approvedAt
  approvedBy
  publishedAt
  publishedVersion
  createdAt
  currentVersion {
    ...IncentivesVersionFields
  }
  proposedVersion {
    ...IncentivesVersionFields
  }
}`) as unknown as TypedDocumentString<IncentivesPoolsPageQuery, IncentivesPoolsPageQueryVariables>;
export const IncentivesStartAllocationDocument = new TypedDocumentString(`
    mutation IncentivesStartAllocation($id: ID!) {
  startBonusPoolAllocation(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<IncentivesStartAllocationMutation, IncentivesStartAllocationMutationVariables>;
export const IncentivesPoolDocument = new TypedDocumentString(`
    query IncentivesPool($id: ID!) {
  bonusPool(id: $id) {
    ...IncentivesPoolFields
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesVersionFields on IncentivesAllocationVersion {
  id
  version
  status
  reason
  amount
  total
  currency
  lambda
  weightedSum
  people
  atFloor
  atCap
  thresholds
  coefficients
  createdAt
  publishedAt
}
fragment IncentivesPoolFields on IncentivesBonusPool {
  id
  name
  cycleId
  cycleName
  status
  amount
  currency
  weightRule
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  memberCount
  note
  defaultFloor
  defaultCap
  scenarioOfId
  scenarioIds
  approvedAt
  approvedBy
  publishedAt
  publishedVersion
  createdAt
  currentVersion {
    ...IncentivesVersionFields
  }
  proposedVersion {
    ...IncentivesVersionFields
  }
}`) as unknown as TypedDocumentString<IncentivesPoolQuery, IncentivesPoolQueryVariables>;
export const IncentivesPoolInputsDocument = new TypedDocumentString(`
    query IncentivesPoolInputs($id: ID!) {
  bonusPoolInputs(id: $id) {
    poolId
    amount
    currency
    unit
    thresholds
    coefficients
    bands {
      ...IncentivesBandFields
    }
    people {
      personId
      name
      level
      weight
      weightExplanation
      score
      band
      coefficient
      floor
      cap
      error
    }
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}`) as unknown as TypedDocumentString<IncentivesPoolInputsQuery, IncentivesPoolInputsQueryVariables>;
export const IncentivesAllocationsDocument = new TypedDocumentString(`
    query IncentivesAllocations($poolId: ID!, $version: Int) {
  bonusAllocations(poolId: $poolId, version: $version) {
    id
    personId
    name
    level
    currency
    version
    weight
    score
    band
    coefficient
    floor
    cap
    exactAmount
    amount
    bound
    previousAmount
    delta
  }
}
    `) as unknown as TypedDocumentString<IncentivesAllocationsQuery, IncentivesAllocationsQueryVariables>;
export const IncentivesAllocationsPageDocument = new TypedDocumentString(`
    query IncentivesAllocationsPage($poolId: ID!, $filter: IncentivesAllocationFilter, $sort: IncentivesAllocationSort, $first: Int!, $after: String) {
  bonusAllocationsPage(
    poolId: $poolId
    filter: $filter
    sort: $sort
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      personId
      name
      level
      currency
      version
      weight
      score
      band
      coefficient
      floor
      cap
      exactAmount
      amount
      bound
      previousAmount
      delta
    }
  }
}
    `) as unknown as TypedDocumentString<IncentivesAllocationsPageQuery, IncentivesAllocationsPageQueryVariables>;
export const IncentivesPersonAllocationDocument = new TypedDocumentString(`
    query IncentivesPersonAllocation($poolId: ID!, $personId: ID!) {
  bonusAllocationsPage(poolId: $poolId, filter: {personId: $personId}, first: 1) {
    nodes {
      id
      personId
      currency
      amount
      delta
    }
  }
}
    `) as unknown as TypedDocumentString<IncentivesPersonAllocationQuery, IncentivesPersonAllocationQueryVariables>;
export const IncentivesPoolVersionsDocument = new TypedDocumentString(`
    query IncentivesPoolVersions($poolId: ID!) {
  bonusPoolVersions(poolId: $poolId) {
    ...IncentivesVersionFields
  }
}
    fragment IncentivesVersionFields on IncentivesAllocationVersion {
  id
  version
  status
  reason
  amount
  total
  currency
  lambda
  weightedSum
  people
  atFloor
  atCap
  thresholds
  coefficients
  createdAt
  publishedAt
}`) as unknown as TypedDocumentString<IncentivesPoolVersionsQuery, IncentivesPoolVersionsQueryVariables>;
export const IncentivesCreatePoolDocument = new TypedDocumentString(`
    mutation IncentivesCreatePool($input: CreateBonusPoolInput!) {
  createBonusPool(input: $input) {
    ...IncentivesPoolFields
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesVersionFields on IncentivesAllocationVersion {
  id
  version
  status
  reason
  amount
  total
  currency
  lambda
  weightedSum
  people
  atFloor
  atCap
  thresholds
  coefficients
  createdAt
  publishedAt
}
fragment IncentivesPoolFields on IncentivesBonusPool {
  id
  name
  cycleId
  cycleName
  status
  amount
  currency
  weightRule
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  memberCount
  note
  defaultFloor
  defaultCap
  scenarioOfId
  scenarioIds
  approvedAt
  approvedBy
  publishedAt
  publishedVersion
  createdAt
  currentVersion {
    ...IncentivesVersionFields
  }
  proposedVersion {
    ...IncentivesVersionFields
  }
}`) as unknown as TypedDocumentString<IncentivesCreatePoolMutation, IncentivesCreatePoolMutationVariables>;
export const IncentivesUpdatePoolDocument = new TypedDocumentString(`
    mutation IncentivesUpdatePool($id: ID!, $input: UpdateBonusPoolInput!) {
  updateBonusPool(id: $id, input: $input) {
    ...IncentivesPoolFields
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesVersionFields on IncentivesAllocationVersion {
  id
  version
  status
  reason
  amount
  total
  currency
  lambda
  weightedSum
  people
  atFloor
  atCap
  thresholds
  coefficients
  createdAt
  publishedAt
}
fragment IncentivesPoolFields on IncentivesBonusPool {
  id
  name
  cycleId
  cycleName
  status
  amount
  currency
  weightRule
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  memberCount
  note
  defaultFloor
  defaultCap
  scenarioOfId
  scenarioIds
  approvedAt
  approvedBy
  publishedAt
  publishedVersion
  createdAt
  currentVersion {
    ...IncentivesVersionFields
  }
  proposedVersion {
    ...IncentivesVersionFields
  }
}`) as unknown as TypedDocumentString<IncentivesUpdatePoolMutation, IncentivesUpdatePoolMutationVariables>;
export const IncentivesCreateScenarioDocument = new TypedDocumentString(`
    mutation IncentivesCreateScenario($poolId: ID!, $input: CreateBonusScenarioInput!) {
  createBonusScenario(poolId: $poolId, input: $input) {
    ...IncentivesPoolFields
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesVersionFields on IncentivesAllocationVersion {
  id
  version
  status
  reason
  amount
  total
  currency
  lambda
  weightedSum
  people
  atFloor
  atCap
  thresholds
  coefficients
  createdAt
  publishedAt
}
fragment IncentivesPoolFields on IncentivesBonusPool {
  id
  name
  cycleId
  cycleName
  status
  amount
  currency
  weightRule
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  memberCount
  note
  defaultFloor
  defaultCap
  scenarioOfId
  scenarioIds
  approvedAt
  approvedBy
  publishedAt
  publishedVersion
  createdAt
  currentVersion {
    ...IncentivesVersionFields
  }
  proposedVersion {
    ...IncentivesVersionFields
  }
}`) as unknown as TypedDocumentString<IncentivesCreateScenarioMutation, IncentivesCreateScenarioMutationVariables>;
export const IncentivesApprovePoolDocument = new TypedDocumentString(`
    mutation IncentivesApprovePool($id: ID!) {
  approveBonusPool(id: $id) {
    ...IncentivesPoolFields
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesVersionFields on IncentivesAllocationVersion {
  id
  version
  status
  reason
  amount
  total
  currency
  lambda
  weightedSum
  people
  atFloor
  atCap
  thresholds
  coefficients
  createdAt
  publishedAt
}
fragment IncentivesPoolFields on IncentivesBonusPool {
  id
  name
  cycleId
  cycleName
  status
  amount
  currency
  weightRule
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  memberCount
  note
  defaultFloor
  defaultCap
  scenarioOfId
  scenarioIds
  approvedAt
  approvedBy
  publishedAt
  publishedVersion
  createdAt
  currentVersion {
    ...IncentivesVersionFields
  }
  proposedVersion {
    ...IncentivesVersionFields
  }
}`) as unknown as TypedDocumentString<IncentivesApprovePoolMutation, IncentivesApprovePoolMutationVariables>;
export const IncentivesReopenPoolDocument = new TypedDocumentString(`
    mutation IncentivesReopenPool($id: ID!) {
  reopenBonusPool(id: $id) {
    ...IncentivesPoolFields
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesVersionFields on IncentivesAllocationVersion {
  id
  version
  status
  reason
  amount
  total
  currency
  lambda
  weightedSum
  people
  atFloor
  atCap
  thresholds
  coefficients
  createdAt
  publishedAt
}
fragment IncentivesPoolFields on IncentivesBonusPool {
  id
  name
  cycleId
  cycleName
  status
  amount
  currency
  weightRule
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  memberCount
  note
  defaultFloor
  defaultCap
  scenarioOfId
  scenarioIds
  approvedAt
  approvedBy
  publishedAt
  publishedVersion
  createdAt
  currentVersion {
    ...IncentivesVersionFields
  }
  proposedVersion {
    ...IncentivesVersionFields
  }
}`) as unknown as TypedDocumentString<IncentivesReopenPoolMutation, IncentivesReopenPoolMutationVariables>;
export const IncentivesPublishPoolDocument = new TypedDocumentString(`
    mutation IncentivesPublishPool($id: ID!) {
  publishBonusPool(id: $id) {
    ...IncentivesPoolFields
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesVersionFields on IncentivesAllocationVersion {
  id
  version
  status
  reason
  amount
  total
  currency
  lambda
  weightedSum
  people
  atFloor
  atCap
  thresholds
  coefficients
  createdAt
  publishedAt
}
fragment IncentivesPoolFields on IncentivesBonusPool {
  id
  name
  cycleId
  cycleName
  status
  amount
  currency
  weightRule
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  memberCount
  note
  defaultFloor
  defaultCap
  scenarioOfId
  scenarioIds
  approvedAt
  approvedBy
  publishedAt
  publishedVersion
  createdAt
  currentVersion {
    ...IncentivesVersionFields
  }
  proposedVersion {
    ...IncentivesVersionFields
  }
}`) as unknown as TypedDocumentString<IncentivesPublishPoolMutation, IncentivesPublishPoolMutationVariables>;
export const IncentivesPublishPoolRevisionDocument = new TypedDocumentString(`
    mutation IncentivesPublishPoolRevision($id: ID!) {
  publishBonusPoolRevision(id: $id) {
    ...IncentivesPoolFields
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesVersionFields on IncentivesAllocationVersion {
  id
  version
  status
  reason
  amount
  total
  currency
  lambda
  weightedSum
  people
  atFloor
  atCap
  thresholds
  coefficients
  createdAt
  publishedAt
}
fragment IncentivesPoolFields on IncentivesBonusPool {
  id
  name
  cycleId
  cycleName
  status
  amount
  currency
  weightRule
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  memberCount
  note
  defaultFloor
  defaultCap
  scenarioOfId
  scenarioIds
  approvedAt
  approvedBy
  publishedAt
  publishedVersion
  createdAt
  currentVersion {
    ...IncentivesVersionFields
  }
  proposedVersion {
    ...IncentivesVersionFields
  }
}`) as unknown as TypedDocumentString<IncentivesPublishPoolRevisionMutation, IncentivesPublishPoolRevisionMutationVariables>;
export const IncentivesDiscardPoolRevisionDocument = new TypedDocumentString(`
    mutation IncentivesDiscardPoolRevision($id: ID!) {
  discardBonusPoolRevision(id: $id) {
    ...IncentivesPoolFields
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesVersionFields on IncentivesAllocationVersion {
  id
  version
  status
  reason
  amount
  total
  currency
  lambda
  weightedSum
  people
  atFloor
  atCap
  thresholds
  coefficients
  createdAt
  publishedAt
}
fragment IncentivesPoolFields on IncentivesBonusPool {
  id
  name
  cycleId
  cycleName
  status
  amount
  currency
  weightRule
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  memberCount
  note
  defaultFloor
  defaultCap
  scenarioOfId
  scenarioIds
  approvedAt
  approvedBy
  publishedAt
  publishedVersion
  createdAt
  currentVersion {
    ...IncentivesVersionFields
  }
  proposedVersion {
    ...IncentivesVersionFields
  }
}`) as unknown as TypedDocumentString<IncentivesDiscardPoolRevisionMutation, IncentivesDiscardPoolRevisionMutationVariables>;
export const IncentivesApplyScenarioDocument = new TypedDocumentString(`
    mutation IncentivesApplyScenario($id: ID!) {
  applyBonusScenario(id: $id) {
    ...IncentivesPoolFields
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}
fragment IncentivesVersionFields on IncentivesAllocationVersion {
  id
  version
  status
  reason
  amount
  total
  currency
  lambda
  weightedSum
  people
  atFloor
  atCap
  thresholds
  coefficients
  createdAt
  publishedAt
}
fragment IncentivesPoolFields on IncentivesBonusPool {
  id
  name
  cycleId
  cycleName
  status
  amount
  currency
  weightRule
  thresholds
  coefficients
  bands {
    ...IncentivesBandFields
  }
  memberCount
  note
  defaultFloor
  defaultCap
  scenarioOfId
  scenarioIds
  approvedAt
  approvedBy
  publishedAt
  publishedVersion
  createdAt
  currentVersion {
    ...IncentivesVersionFields
  }
  proposedVersion {
    ...IncentivesVersionFields
  }
}`) as unknown as TypedDocumentString<IncentivesApplyScenarioMutation, IncentivesApplyScenarioMutationVariables>;
export const IncentivesDeleteScenarioDocument = new TypedDocumentString(`
    mutation IncentivesDeleteScenario($id: ID!) {
  deleteBonusScenario(id: $id)
}
    `) as unknown as TypedDocumentString<IncentivesDeleteScenarioMutation, IncentivesDeleteScenarioMutationVariables>;
export const IncentivesCompareDocument = new TypedDocumentString(`
    query IncentivesCompare($poolIds: [ID!]!) {
  compareBonusScenarios(poolIds: $poolIds) {
    pools {
      poolId
      name
      status
      amount
      total
      currency
      thresholds
      coefficients
      lambda
      min
      median
      max
      atFloor
      atCap
      bandCounts
    }
    rows {
      personId
      name
      level
      score
      amounts
      coefficients
    }
  }
}
    `) as unknown as TypedDocumentString<IncentivesCompareQuery, IncentivesCompareQueryVariables>;
export const IncentivesMyBonusDocument = new TypedDocumentString(`
    query IncentivesMyBonus($poolId: ID) {
  myBonus(poolId: $poolId) {
    poolId
    poolName
    cycleId
    cycleName
    version
    publishedAt
    amount
    currency
    poolAmount
    score
    band
    coefficient
    weight
    weightRule
    weightExplanation
    weightedSum
    lambda
    floor
    cap
    bound
    exactAmount
    previousAmount
    delta
    formula
    calculation
    bands {
      ...IncentivesBandFields
    }
    history {
      version
      amount
      delta
      score
      status
      reason
      publishedAt
    }
  }
}
    fragment IncentivesBandFields on IncentivesBand {
  band
  coefficient
  condition
  lower
  upper
}`) as unknown as TypedDocumentString<IncentivesMyBonusQuery, IncentivesMyBonusQueryVariables>;
export const IncentivesCycleReviewsDocument = new TypedDocumentString(`
    query IncentivesCycleReviews($cycleId: ID!, $kind: String, $revieweeId: ID) {
  cycleReviews(cycleId: $cycleId, kind: $kind, revieweeId: $revieweeId) {
    ...IncentivesReviewFields
  }
}
    fragment IncentivesReviewFields on IncentivesReview {
  id
  cycleId
  kind
  revieweeId
  revieweeName
  reviewerId
  reviewerName
  anonymous
  status
  withheld
  dueDate
  overdue
  score
  comment
  submittedAt
  ratings {
    criterionKey
    rating
    comment
  }
}`) as unknown as TypedDocumentString<IncentivesCycleReviewsQuery, IncentivesCycleReviewsQueryVariables>;
export const IncentivesAssignReviewersDocument = new TypedDocumentString(`
    mutation IncentivesAssignReviewers($input: AssignReviewersInput!) {
  assignReviewers(input: $input) {
    ...IncentivesReviewFields
  }
}
    fragment IncentivesReviewFields on IncentivesReview {
  id
  cycleId
  kind
  revieweeId
  revieweeName
  reviewerId
  reviewerName
  anonymous
  status
  withheld
  dueDate
  overdue
  score
  comment
  submittedAt
  ratings {
    criterionKey
    rating
    comment
  }
}`) as unknown as TypedDocumentString<IncentivesAssignReviewersMutation, IncentivesAssignReviewersMutationVariables>;
export const IncentivesRemoveAssignmentDocument = new TypedDocumentString(`
    mutation IncentivesRemoveAssignment($id: ID!) {
  removeReviewAssignment(id: $id)
}
    `) as unknown as TypedDocumentString<IncentivesRemoveAssignmentMutation, IncentivesRemoveAssignmentMutationVariables>;
export const IncentivesAwardsPageDocument = new TypedDocumentString(`
    query IncentivesAwardsPage($filter: IncentivesAwardFilter, $sort: IncentivesAwardSort, $first: Int!, $after: String) {
  awardsPage(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...IncentivesAwardFields
    }
  }
}
    fragment IncentivesAwardFields on IncentivesAward {
  id
  personId
  personName
  nominatedById
  nominatedByName
  kind
  title
  description
  link
  status
  amount
  currency
  decisionNote
  decidedAt
  paidAt
  createdAt
}`) as unknown as TypedDocumentString<IncentivesAwardsPageQuery, IncentivesAwardsPageQueryVariables>;
export const IncentivesNominateAwardDocument = new TypedDocumentString(`
    mutation IncentivesNominateAward($input: NominateAwardInput!) {
  nominateAward(input: $input) {
    ...IncentivesAwardFields
  }
}
    fragment IncentivesAwardFields on IncentivesAward {
  id
  personId
  personName
  nominatedById
  nominatedByName
  kind
  title
  description
  link
  status
  amount
  currency
  decisionNote
  decidedAt
  paidAt
  createdAt
}`) as unknown as TypedDocumentString<IncentivesNominateAwardMutation, IncentivesNominateAwardMutationVariables>;
export const IncentivesApproveAwardDocument = new TypedDocumentString(`
    mutation IncentivesApproveAward($id: ID!, $input: ApproveAwardInput!) {
  approveAward(id: $id, input: $input) {
    ...IncentivesAwardFields
  }
}
    fragment IncentivesAwardFields on IncentivesAward {
  id
  personId
  personName
  nominatedById
  nominatedByName
  kind
  title
  description
  link
  status
  amount
  currency
  decisionNote
  decidedAt
  paidAt
  createdAt
}`) as unknown as TypedDocumentString<IncentivesApproveAwardMutation, IncentivesApproveAwardMutationVariables>;
export const IncentivesRejectAwardDocument = new TypedDocumentString(`
    mutation IncentivesRejectAward($id: ID!, $reason: String!) {
  rejectAward(id: $id, reason: $reason) {
    ...IncentivesAwardFields
  }
}
    fragment IncentivesAwardFields on IncentivesAward {
  id
  personId
  personName
  nominatedById
  nominatedByName
  kind
  title
  description
  link
  status
  amount
  currency
  decisionNote
  decidedAt
  paidAt
  createdAt
}`) as unknown as TypedDocumentString<IncentivesRejectAwardMutation, IncentivesRejectAwardMutationVariables>;
export const IncentivesPayAwardDocument = new TypedDocumentString(`
    mutation IncentivesPayAward($id: ID!) {
  payAward(id: $id) {
    ...IncentivesAwardFields
  }
}
    fragment IncentivesAwardFields on IncentivesAward {
  id
  personId
  personName
  nominatedById
  nominatedByName
  kind
  title
  description
  link
  status
  amount
  currency
  decisionNote
  decidedAt
  paidAt
  createdAt
}`) as unknown as TypedDocumentString<IncentivesPayAwardMutation, IncentivesPayAwardMutationVariables>;
export const IncentivesEquityGrantsDocument = new TypedDocumentString(`
    query IncentivesEquityGrants($personId: ID) {
  equityGrants(personId: $personId) {
    ...IncentivesGrantFields
  }
}
    fragment IncentivesGrantFields on IncentivesEquityGrant {
  id
  personId
  personName
  kind
  units
  strikePrice
  currency
  grantDate
  vestingStart
  cliffMonths
  vestingMonths
  frequencyMonths
  status
  note
  createdBy
  approvedBy
  approvedAt
  vestedUnits
  schedule {
    date
    units
    cumulative
  }
}`) as unknown as TypedDocumentString<IncentivesEquityGrantsQuery, IncentivesEquityGrantsQueryVariables>;
export const IncentivesEquityGrantsPageDocument = new TypedDocumentString(`
    query IncentivesEquityGrantsPage($filter: IncentivesEquityGrantFilter, $sort: IncentivesEquityGrantSort, $first: Int!, $after: String) {
  equityGrantsPage(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...IncentivesGrantFields
    }
  }
}
    fragment IncentivesGrantFields on IncentivesEquityGrant {
  id
  personId
  personName
  kind
  units
  strikePrice
  currency
  grantDate
  vestingStart
  cliffMonths
  vestingMonths
  frequencyMonths
  status
  note
  createdBy
  approvedBy
  approvedAt
  vestedUnits
  schedule {
    date
    units
    cumulative
  }
}`) as unknown as TypedDocumentString<IncentivesEquityGrantsPageQuery, IncentivesEquityGrantsPageQueryVariables>;
export const IncentivesCreateEquityGrantDocument = new TypedDocumentString(`
    mutation IncentivesCreateEquityGrant($input: CreateEquityGrantInput!) {
  createEquityGrant(input: $input) {
    ...IncentivesGrantFields
  }
}
    fragment IncentivesGrantFields on IncentivesEquityGrant {
  id
  personId
  personName
  kind
  units
  strikePrice
  currency
  grantDate
  vestingStart
  cliffMonths
  vestingMonths
  frequencyMonths
  status
  note
  createdBy
  approvedBy
  approvedAt
  vestedUnits
  schedule {
    date
    units
    cumulative
  }
}`) as unknown as TypedDocumentString<IncentivesCreateEquityGrantMutation, IncentivesCreateEquityGrantMutationVariables>;
export const IncentivesApproveEquityGrantDocument = new TypedDocumentString(`
    mutation IncentivesApproveEquityGrant($id: ID!) {
  approveEquityGrant(id: $id) {
    ...IncentivesGrantFields
  }
}
    fragment IncentivesGrantFields on IncentivesEquityGrant {
  id
  personId
  personName
  kind
  units
  strikePrice
  currency
  grantDate
  vestingStart
  cliffMonths
  vestingMonths
  frequencyMonths
  status
  note
  createdBy
  approvedBy
  approvedAt
  vestedUnits
  schedule {
    date
    units
    cumulative
  }
}`) as unknown as TypedDocumentString<IncentivesApproveEquityGrantMutation, IncentivesApproveEquityGrantMutationVariables>;
export const IncentivesCancelEquityGrantDocument = new TypedDocumentString(`
    mutation IncentivesCancelEquityGrant($id: ID!) {
  cancelEquityGrant(id: $id) {
    ...IncentivesGrantFields
  }
}
    fragment IncentivesGrantFields on IncentivesEquityGrant {
  id
  personId
  personName
  kind
  units
  strikePrice
  currency
  grantDate
  vestingStart
  cliffMonths
  vestingMonths
  frequencyMonths
  status
  note
  createdBy
  approvedBy
  approvedAt
  vestedUnits
  schedule {
    date
    units
    cumulative
  }
}`) as unknown as TypedDocumentString<IncentivesCancelEquityGrantMutation, IncentivesCancelEquityGrantMutationVariables>;
export const IncentivesMeritMatricesDocument = new TypedDocumentString(`
    query IncentivesMeritMatrices($cycleId: ID) {
  meritMatrices(cycleId: $cycleId) {
    ...IncentivesMeritMatrixFields
  }
}
    fragment IncentivesMeritMatrixFields on IncentivesMeritMatrix {
  id
  cycleId
  name
  budget
  currency
  positionBreaks
  cells
  status
  approvedAt
  totalProposed
  totalAmount
  withinBudget
  increaseCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<IncentivesMeritMatricesQuery, IncentivesMeritMatricesQueryVariables>;
export const IncentivesMeritMatrixDocument = new TypedDocumentString(`
    query IncentivesMeritMatrix($id: ID!) {
  meritMatrix(id: $id) {
    ...IncentivesMeritMatrixFields
  }
  meritIncreases(matrixId: $id) {
    ...IncentivesMeritIncreaseFields
  }
}
    fragment IncentivesMeritMatrixFields on IncentivesMeritMatrix {
  id
  cycleId
  name
  budget
  currency
  positionBreaks
  cells
  status
  approvedAt
  totalProposed
  totalAmount
  withinBudget
  increaseCount
  createdAt
  updatedAt
}
fragment IncentivesMeritIncreaseFields on IncentivesMeritIncrease {
  id
  personId
  name
  level
  currency
  band
  positionInRange
  positionColumn
  matrixPercent
  baseSalary
  proposedAmount
  amount
  newBase
  note
}`) as unknown as TypedDocumentString<IncentivesMeritMatrixQuery, IncentivesMeritMatrixQueryVariables>;
export const IncentivesMeritCyclesDocument = new TypedDocumentString(`
    query IncentivesMeritCycles {
  reviewCycles {
    id
    name
    status
    coefficients
  }
}
    `) as unknown as TypedDocumentString<IncentivesMeritCyclesQuery, IncentivesMeritCyclesQueryVariables>;
export const IncentivesCreateMeritMatrixDocument = new TypedDocumentString(`
    mutation IncentivesCreateMeritMatrix($input: CreateMeritMatrixInput!) {
  createMeritMatrix(input: $input) {
    ...IncentivesMeritMatrixFields
  }
}
    fragment IncentivesMeritMatrixFields on IncentivesMeritMatrix {
  id
  cycleId
  name
  budget
  currency
  positionBreaks
  cells
  status
  approvedAt
  totalProposed
  totalAmount
  withinBudget
  increaseCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<IncentivesCreateMeritMatrixMutation, IncentivesCreateMeritMatrixMutationVariables>;
export const IncentivesUpdateMeritMatrixDocument = new TypedDocumentString(`
    mutation IncentivesUpdateMeritMatrix($id: ID!, $input: UpdateMeritMatrixInput!) {
  updateMeritMatrix(id: $id, input: $input) {
    ...IncentivesMeritMatrixFields
  }
}
    fragment IncentivesMeritMatrixFields on IncentivesMeritMatrix {
  id
  cycleId
  name
  budget
  currency
  positionBreaks
  cells
  status
  approvedAt
  totalProposed
  totalAmount
  withinBudget
  increaseCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<IncentivesUpdateMeritMatrixMutation, IncentivesUpdateMeritMatrixMutationVariables>;
export const IncentivesComputeMeritDocument = new TypedDocumentString(`
    mutation IncentivesComputeMerit($id: ID!) {
  computeMeritIncreases(id: $id) {
    ...IncentivesMeritMatrixFields
  }
}
    fragment IncentivesMeritMatrixFields on IncentivesMeritMatrix {
  id
  cycleId
  name
  budget
  currency
  positionBreaks
  cells
  status
  approvedAt
  totalProposed
  totalAmount
  withinBudget
  increaseCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<IncentivesComputeMeritMutation, IncentivesComputeMeritMutationVariables>;
export const IncentivesApproveMeritDocument = new TypedDocumentString(`
    mutation IncentivesApproveMerit($id: ID!) {
  approveMeritMatrix(id: $id) {
    ...IncentivesMeritMatrixFields
  }
}
    fragment IncentivesMeritMatrixFields on IncentivesMeritMatrix {
  id
  cycleId
  name
  budget
  currency
  positionBreaks
  cells
  status
  approvedAt
  totalProposed
  totalAmount
  withinBudget
  increaseCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<IncentivesApproveMeritMutation, IncentivesApproveMeritMutationVariables>;