/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Rates every one of the requisition's interview criteria once */
export type AddAttractionScorecardInput = {
  candidateId: string;
  /** Defaults to you; recruiters may record for another interviewer */
  interviewerId?: string | null | undefined;
  ratings: Array<AttractionCriterionRatingInput>;
  recommendation: string;
  /** e.g. 'Technical 1', 'System design' */
  round: string;
  summary?: string;
};

export type AttractionBandFilter = {
  jobFamily?: string | null | undefined;
  level?: string | null | undefined;
};

/** Creates the band for jobFamily × level, or replaces it */
export type AttractionBandInput = {
  bonusTargetPct?: number;
  currency: string;
  equityMax?: number;
  equityMin?: number;
  jobFamily: string;
  level: string;
  maxBase: number;
  midBase: number;
  minBase: number;
};

export type AttractionCandidateFilter = {
  requisitionId?: string | null | undefined;
  /** Matches name, email or headline */
  search?: string | null | undefined;
  source?: string | null | undefined;
  stage?: string | null | undefined;
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

/** A hypothetical base against a band: give bandId, or jobFamily and level */
export type AttractionCompaRatioInput = {
  bandId?: string | null | undefined;
  base: number;
  /** Defaults to the band's currency */
  currency?: string | null | undefined;
  jobFamily?: string | null | undefined;
  level?: string | null | undefined;
};

export type AttractionCriterionRatingInput = {
  comment?: string;
  criterion: string;
  score: number;
};

export type AttractionMarketRateInput = {
  asOf?: string | null | undefined;
  currency: string;
  jobFamily: string;
  level: string;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  source?: string;
};

export type AttractionOfferFilter = {
  candidateId?: string | null | undefined;
  requisitionId?: string | null | undefined;
  status?: string | null | undefined;
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
  base: number;
  benefits?: Array<string>;
  /** Defaults to the band's target */
  bonusTargetPct?: number | null | undefined;
  careerPath?: string;
  currency?: string | null | undefined;
  equityUnits?: number;
  expiresOn?: string | null | undefined;
  flexibleHours?: boolean;
  innovationTimePct?: number;
  learningBudget?: number;
  level?: string | null | undefined;
  remoteWork?: string;
  signOnBonus?: number;
  /** YYYY-MM-DD, today or later */
  startDate: string;
  title?: string | null | undefined;
  vesting?: AttractionVestingInput | null | undefined;
};

export type AttractionPayPositionFilter = {
  /** 'below', 'within' or 'above' their band, or 'none' (no band, pay or matching currency) */
  bandPosition?: string | null | undefined;
  /** This job family (mapped, or inferred from the title) */
  jobFamily?: string | null | undefined;
  /** This level exactly (any case) */
  level?: string | null | undefined;
  /** This manager's team: their reports, direct and indirect (not the manager) */
  managerId?: string | null | undefined;
  /** Part of the person's name, any case */
  search?: string | null | undefined;
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

export type AttractionRequisitionFilter = {
  hiringManagerId?: string | null | undefined;
  jobFamily?: string | null | undefined;
  status?: string | null | undefined;
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

export type AttractionVestingInput = {
  cliffMonths?: number;
  frequency?: string;
  months?: number;
};

/** Adds a candidate to an open requisition at stage sourced */
export type CreateAttractionCandidateInput = {
  email: string;
  headline?: string | null | undefined;
  name: string;
  /** A first note */
  note?: string | null | undefined;
  phone?: string | null | undefined;
  profileUrl?: string | null | undefined;
  referrerId?: string | null | undefined;
  requisitionId: string;
  source: string;
};

/** An offer for a candidate in the offer stage; it goes to approval */
export type CreateAttractionOfferInput = {
  base: number;
  benefits?: Array<string>;
  /** Defaults to the band's target */
  bonusTargetPct?: number | null | undefined;
  candidateId: string;
  careerPath?: string;
  currency?: string | null | undefined;
  equityUnits?: number;
  expiresOn?: string | null | undefined;
  flexibleHours?: boolean;
  innovationTimePct?: number;
  learningBudget?: number;
  level?: string | null | undefined;
  remoteWork?: string;
  signOnBonus?: number;
  /** YYYY-MM-DD, today or later */
  startDate: string;
  title?: string | null | undefined;
  vesting?: AttractionVestingInput | null | undefined;
};

export type CreateAttractionRequisitionInput = {
  description?: string | null | undefined;
  headcount?: number;
  hiringManagerId?: string | null | undefined;
  interviewCriteria?: Array<string> | null | undefined;
  jobFamily?: string | null | undefined;
  level?: string | null | undefined;
  location?: string | null | undefined;
  orgUnitId?: string | null | undefined;
  team?: string | null | undefined;
  title: string;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type UpdateAttractionCandidateInput = {
  email?: string | null | undefined;
  headline?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  profileUrl?: string | null | undefined;
  referrerId?: string | null | undefined;
  source?: string | null | undefined;
};

/** Family and level change only while draft */
export type UpdateAttractionRequisitionInput = {
  description?: string | null | undefined;
  /** The updatedAt you read: if the requisition changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: string | null | undefined;
  headcount?: number | null | undefined;
  hiringManagerId?: string | null | undefined;
  interviewCriteria?: Array<string> | null | undefined;
  jobFamily?: string | null | undefined;
  level?: string | null | undefined;
  location?: string | null | undefined;
  orgUnitId?: string | null | undefined;
  team?: string | null | undefined;
  title?: string | null | undefined;
};

export type AttractionMarketRateFieldsFragment = { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null };

export type AttractionBandFieldsFragment = { id: string, jobFamily: string, level: string, currency: string, minBase: number, midBase: number, maxBase: number, bonusTargetPct: number, equityMin: number, equityMax: number, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null };

export type AttractionRequisitionFieldsFragment = { id: string, title: string, team: string, jobFamily: string | null, level: string | null, headcount: number, hiredCount: number, openings: number, location: string, description: string, status: string, hiringManagerId: string | null, hiringManagerName: string | null, interviewCriteria: Array<string>, missingForApproval: Array<string>, viewerMayEdit: boolean, decisionNote: string | null, createdAt: string, updatedAt: string, band: { id: string, jobFamily: string, level: string, currency: string, minBase: number, midBase: number, maxBase: number, bonusTargetPct: number, equityMin: number, equityMax: number, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null } | null, pipeline: Array<{ stage: string, count: number }> };

export type AttractionCandidateFieldsFragment = { id: string, name: string, email: string, phone: string, headline: string, profileUrl: string, source: string, stage: string, stageEnteredAt: string, daysInStage: number | null, allowedMoves: Array<string>, averageScore: number | null, scorecardCount: number, requisitionId: string, requisitionTitle: string, hiredPersonId: string | null, createdAt: string };

export type AttractionOfferFieldsFragment = { id: string, candidateId: string, candidateName: string, requisitionId: string, requisitionTitle: string, title: string, level: string, jobFamily: string | null, status: string, version: number, currency: string, base: number | null, bonusTargetPct: number | null, equityUnits: number | null, signOnBonus: number | null, learningBudget: number | null, compaRatio: number | null, marketPercentile: number | null, rangePenetration: number | null, bandPosition: string | null, needsExceptionApproval: boolean, requiredApprovals: Array<string>, missingApprovals: Array<string>, startDate: string, expiresOn: string | null, remoteWork: string, flexibleHours: boolean, innovationTimePct: number, careerPath: string, benefits: Array<string>, hiredPersonId: string | null, decisionNote: string | null, createdAt: string, vesting: { months: number, cliffMonths: number, frequency: string } | null, approvals: Array<{ id: string, kind: string, decision: string, approverEmail: string, comment: string, offerVersion: number, createdAt: string }> };

export type AttractionScorecardFieldsFragment = { id: string, round: string, interviewerId: string, interviewerName: string | null, recommendation: string, summary: string, averageScore: number, createdAt: string, ratings: Array<{ criterion: string, score: number, comment: string }> };

export type AttractionNoteFieldsFragment = { id: string, authorName: string | null, body: string, createdAt: string };

export type AttractionJobFamiliesQueryVariables = Exact<{ [key: string]: never; }>;


export type AttractionJobFamiliesQuery = { attractionJobFamilies: Array<string> };

export type AttractionBandsQueryVariables = Exact<{
  filter?: AttractionBandFilter | null | undefined;
}>;


export type AttractionBandsQuery = { compBands: Array<{ id: string, jobFamily: string, level: string, currency: string, minBase: number, midBase: number, maxBase: number, bonusTargetPct: number, equityMin: number, equityMax: number, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null }> };

export type AttractionMarketRatesQueryVariables = Exact<{
  filter?: AttractionBandFilter | null | undefined;
}>;


export type AttractionMarketRatesQuery = { marketRates: Array<{ id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null }> };

export type AttractionUpsertBandMutationVariables = Exact<{
  input: AttractionBandInput;
}>;


export type AttractionUpsertBandMutation = { upsertCompBand: { id: string, jobFamily: string, level: string, currency: string, minBase: number, midBase: number, maxBase: number, bonusTargetPct: number, equityMin: number, equityMax: number, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null } };

export type AttractionDeleteBandMutationVariables = Exact<{
  id: string;
}>;


export type AttractionDeleteBandMutation = { deleteCompBand: boolean };

export type AttractionDeleteMarketRateMutationVariables = Exact<{
  id: string;
}>;


export type AttractionDeleteMarketRateMutation = { deleteMarketRate: boolean };

export type AttractionUpsertMarketRateMutationVariables = Exact<{
  input: AttractionMarketRateInput;
}>;


export type AttractionUpsertMarketRateMutation = { upsertMarketRate: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } };

export type AttractionCompaRatioQueryVariables = Exact<{
  input: AttractionCompaRatioInput;
}>;


export type AttractionCompaRatioQuery = { compaRatio: { base: number, currency: string, jobFamily: string, level: string, compaRatio: number | null, marketPercentile: number | null, rangePenetration: number | null, bandPosition: string | null, needsExceptionApproval: boolean, note: string | null, band: { id: string, jobFamily: string, level: string, currency: string, minBase: number, midBase: number, maxBase: number, bonusTargetPct: number, equityMin: number, equityMax: number, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null } | null, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null } };

export type AttractionRequisitionsQueryVariables = Exact<{
  filter?: AttractionRequisitionFilter | null | undefined;
}>;


export type AttractionRequisitionsQuery = { requisitions: Array<{ id: string, title: string, team: string, jobFamily: string | null, level: string | null, headcount: number, hiredCount: number, openings: number, location: string, description: string, status: string, hiringManagerId: string | null, hiringManagerName: string | null, interviewCriteria: Array<string>, missingForApproval: Array<string>, viewerMayEdit: boolean, decisionNote: string | null, createdAt: string, updatedAt: string, band: { id: string, jobFamily: string, level: string, currency: string, minBase: number, midBase: number, maxBase: number, bonusTargetPct: number, equityMin: number, equityMax: number, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null } | null, pipeline: Array<{ stage: string, count: number }> }> };

export type AttractionRequisitionsPageQueryVariables = Exact<{
  filter?: AttractionRequisitionFilter | null | undefined;
  sort?: AttractionRequisitionSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AttractionRequisitionsPageQuery = { requisitionsPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, title: string, team: string, jobFamily: string | null, level: string | null, headcount: number, hiredCount: number, openings: number, location: string, description: string, status: string, hiringManagerId: string | null, hiringManagerName: string | null, interviewCriteria: Array<string>, missingForApproval: Array<string>, viewerMayEdit: boolean, decisionNote: string | null, createdAt: string, updatedAt: string, band: { id: string, jobFamily: string, level: string, currency: string, minBase: number, midBase: number, maxBase: number, bonusTargetPct: number, equityMin: number, equityMax: number, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null } | null, pipeline: Array<{ stage: string, count: number }> }> } };

export type AttractionRequisitionQueryVariables = Exact<{
  id: string;
}>;


export type AttractionRequisitionQuery = { requisition: { id: string, title: string, team: string, jobFamily: string | null, level: string | null, headcount: number, hiredCount: number, openings: number, location: string, description: string, status: string, hiringManagerId: string | null, hiringManagerName: string | null, interviewCriteria: Array<string>, missingForApproval: Array<string>, viewerMayEdit: boolean, decisionNote: string | null, createdAt: string, updatedAt: string, band: { id: string, jobFamily: string, level: string, currency: string, minBase: number, midBase: number, maxBase: number, bonusTargetPct: number, equityMin: number, equityMax: number, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null } | null, pipeline: Array<{ stage: string, count: number }> } };

export type AttractionCreateRequisitionMutationVariables = Exact<{
  input: CreateAttractionRequisitionInput;
}>;


export type AttractionCreateRequisitionMutation = { createRequisition: { id: string, title: string, team: string, jobFamily: string | null, level: string | null, headcount: number, hiredCount: number, openings: number, location: string, description: string, status: string, hiringManagerId: string | null, hiringManagerName: string | null, interviewCriteria: Array<string>, missingForApproval: Array<string>, viewerMayEdit: boolean, decisionNote: string | null, createdAt: string, updatedAt: string, band: { id: string, jobFamily: string, level: string, currency: string, minBase: number, midBase: number, maxBase: number, bonusTargetPct: number, equityMin: number, equityMax: number, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null } | null, pipeline: Array<{ stage: string, count: number }> } };

export type AttractionUpdateRequisitionMutationVariables = Exact<{
  id: string;
  input: UpdateAttractionRequisitionInput;
}>;


export type AttractionUpdateRequisitionMutation = { updateRequisition: { id: string, title: string, team: string, jobFamily: string | null, level: string | null, headcount: number, hiredCount: number, openings: number, location: string, description: string, status: string, hiringManagerId: string | null, hiringManagerName: string | null, interviewCriteria: Array<string>, missingForApproval: Array<string>, viewerMayEdit: boolean, decisionNote: string | null, createdAt: string, updatedAt: string, band: { id: string, jobFamily: string, level: string, currency: string, minBase: number, midBase: number, maxBase: number, bonusTargetPct: number, equityMin: number, equityMax: number, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null } | null, pipeline: Array<{ stage: string, count: number }> } };

export type AttractionApproveRequisitionMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type AttractionApproveRequisitionMutation = { approveRequisition: { id: string, title: string, team: string, jobFamily: string | null, level: string | null, headcount: number, hiredCount: number, openings: number, location: string, description: string, status: string, hiringManagerId: string | null, hiringManagerName: string | null, interviewCriteria: Array<string>, missingForApproval: Array<string>, viewerMayEdit: boolean, decisionNote: string | null, createdAt: string, updatedAt: string, band: { id: string, jobFamily: string, level: string, currency: string, minBase: number, midBase: number, maxBase: number, bonusTargetPct: number, equityMin: number, equityMax: number, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null } | null, pipeline: Array<{ stage: string, count: number }> } };

export type AttractionRejectRequisitionMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type AttractionRejectRequisitionMutation = { rejectRequisition: { id: string, title: string, team: string, jobFamily: string | null, level: string | null, headcount: number, hiredCount: number, openings: number, location: string, description: string, status: string, hiringManagerId: string | null, hiringManagerName: string | null, interviewCriteria: Array<string>, missingForApproval: Array<string>, viewerMayEdit: boolean, decisionNote: string | null, createdAt: string, updatedAt: string, band: { id: string, jobFamily: string, level: string, currency: string, minBase: number, midBase: number, maxBase: number, bonusTargetPct: number, equityMin: number, equityMax: number, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null } | null, pipeline: Array<{ stage: string, count: number }> } };

export type AttractionCloseRequisitionMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type AttractionCloseRequisitionMutation = { closeRequisition: { id: string, title: string, team: string, jobFamily: string | null, level: string | null, headcount: number, hiredCount: number, openings: number, location: string, description: string, status: string, hiringManagerId: string | null, hiringManagerName: string | null, interviewCriteria: Array<string>, missingForApproval: Array<string>, viewerMayEdit: boolean, decisionNote: string | null, createdAt: string, updatedAt: string, band: { id: string, jobFamily: string, level: string, currency: string, minBase: number, midBase: number, maxBase: number, bonusTargetPct: number, equityMin: number, equityMax: number, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null } | null, pipeline: Array<{ stage: string, count: number }> } };

export type AttractionCandidatesPageQueryVariables = Exact<{
  filter?: AttractionCandidateFilter | null | undefined;
  sort?: AttractionCandidateSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AttractionCandidatesPageQuery = { candidatesPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, email: string, phone: string, headline: string, profileUrl: string, source: string, stage: string, stageEnteredAt: string, daysInStage: number | null, allowedMoves: Array<string>, averageScore: number | null, scorecardCount: number, requisitionId: string, requisitionTitle: string, hiredPersonId: string | null, createdAt: string }> } };

export type AttractionCandidateQueryVariables = Exact<{
  id: string;
}>;


export type AttractionCandidateQuery = { candidate: { id: string, name: string, email: string, phone: string, headline: string, profileUrl: string, source: string, stage: string, stageEnteredAt: string, daysInStage: number | null, allowedMoves: Array<string>, averageScore: number | null, scorecardCount: number, requisitionId: string, requisitionTitle: string, hiredPersonId: string | null, createdAt: string, transitions: Array<{ id: string, fromStage: string | null, toStage: string, at: string, reason: string | null, daysInPreviousStage: number | null }>, scorecards: Array<{ id: string, round: string, interviewerId: string, interviewerName: string | null, recommendation: string, summary: string, averageScore: number, createdAt: string, ratings: Array<{ criterion: string, score: number, comment: string }> }>, notes: Array<{ id: string, authorName: string | null, body: string, createdAt: string }>, offers: Array<{ id: string, candidateId: string, candidateName: string, requisitionId: string, requisitionTitle: string, title: string, level: string, jobFamily: string | null, status: string, version: number, currency: string, base: number | null, bonusTargetPct: number | null, equityUnits: number | null, signOnBonus: number | null, learningBudget: number | null, compaRatio: number | null, marketPercentile: number | null, rangePenetration: number | null, bandPosition: string | null, needsExceptionApproval: boolean, requiredApprovals: Array<string>, missingApprovals: Array<string>, startDate: string, expiresOn: string | null, remoteWork: string, flexibleHours: boolean, innovationTimePct: number, careerPath: string, benefits: Array<string>, hiredPersonId: string | null, decisionNote: string | null, createdAt: string, vesting: { months: number, cliffMonths: number, frequency: string } | null, approvals: Array<{ id: string, kind: string, decision: string, approverEmail: string, comment: string, offerVersion: number, createdAt: string }> }> } };

export type AttractionCreateCandidateMutationVariables = Exact<{
  input: CreateAttractionCandidateInput;
}>;


export type AttractionCreateCandidateMutation = { createCandidate: { id: string, name: string, email: string, phone: string, headline: string, profileUrl: string, source: string, stage: string, stageEnteredAt: string, daysInStage: number | null, allowedMoves: Array<string>, averageScore: number | null, scorecardCount: number, requisitionId: string, requisitionTitle: string, hiredPersonId: string | null, createdAt: string } };

export type AttractionUpdateCandidateMutationVariables = Exact<{
  id: string;
  input: UpdateAttractionCandidateInput;
}>;


export type AttractionUpdateCandidateMutation = { updateCandidate: { id: string, name: string, email: string, phone: string, headline: string, profileUrl: string, source: string, stage: string, stageEnteredAt: string, daysInStage: number | null, allowedMoves: Array<string>, averageScore: number | null, scorecardCount: number, requisitionId: string, requisitionTitle: string, hiredPersonId: string | null, createdAt: string } };

export type AttractionMoveCandidateMutationVariables = Exact<{
  id: string;
  stage: string;
  reason?: string | null | undefined;
}>;


export type AttractionMoveCandidateMutation = { moveCandidate: { id: string, name: string, email: string, phone: string, headline: string, profileUrl: string, source: string, stage: string, stageEnteredAt: string, daysInStage: number | null, allowedMoves: Array<string>, averageScore: number | null, scorecardCount: number, requisitionId: string, requisitionTitle: string, hiredPersonId: string | null, createdAt: string } };

export type AttractionAddNoteMutationVariables = Exact<{
  candidateId: string;
  body: string;
}>;


export type AttractionAddNoteMutation = { addCandidateNote: { id: string, authorName: string | null, body: string, createdAt: string } };

export type AttractionAddScorecardMutationVariables = Exact<{
  input: AddAttractionScorecardInput;
}>;


export type AttractionAddScorecardMutation = { addScorecard: { id: string, round: string, interviewerId: string, interviewerName: string | null, recommendation: string, summary: string, averageScore: number, createdAt: string, ratings: Array<{ criterion: string, score: number, comment: string }> } };

export type AttractionOffersPageQueryVariables = Exact<{
  filter?: AttractionOfferFilter | null | undefined;
  sort?: AttractionOfferSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AttractionOffersPageQuery = { offersPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, candidateId: string, candidateName: string, requisitionId: string, requisitionTitle: string, title: string, level: string, jobFamily: string | null, status: string, version: number, currency: string, base: number | null, bonusTargetPct: number | null, equityUnits: number | null, signOnBonus: number | null, learningBudget: number | null, compaRatio: number | null, marketPercentile: number | null, rangePenetration: number | null, bandPosition: string | null, needsExceptionApproval: boolean, requiredApprovals: Array<string>, missingApprovals: Array<string>, startDate: string, expiresOn: string | null, remoteWork: string, flexibleHours: boolean, innovationTimePct: number, careerPath: string, benefits: Array<string>, hiredPersonId: string | null, decisionNote: string | null, createdAt: string, vesting: { months: number, cliffMonths: number, frequency: string } | null, approvals: Array<{ id: string, kind: string, decision: string, approverEmail: string, comment: string, offerVersion: number, createdAt: string }> }> } };

export type AttractionOfferQueryVariables = Exact<{
  id: string;
}>;


export type AttractionOfferQuery = { offer: { id: string, candidateId: string, candidateName: string, requisitionId: string, requisitionTitle: string, title: string, level: string, jobFamily: string | null, status: string, version: number, currency: string, base: number | null, bonusTargetPct: number | null, equityUnits: number | null, signOnBonus: number | null, learningBudget: number | null, compaRatio: number | null, marketPercentile: number | null, rangePenetration: number | null, bandPosition: string | null, needsExceptionApproval: boolean, requiredApprovals: Array<string>, missingApprovals: Array<string>, startDate: string, expiresOn: string | null, remoteWork: string, flexibleHours: boolean, innovationTimePct: number, careerPath: string, benefits: Array<string>, hiredPersonId: string | null, decisionNote: string | null, createdAt: string, vesting: { months: number, cliffMonths: number, frequency: string } | null, approvals: Array<{ id: string, kind: string, decision: string, approverEmail: string, comment: string, offerVersion: number, createdAt: string }> } };

export type AttractionCreateOfferMutationVariables = Exact<{
  input: CreateAttractionOfferInput;
}>;


export type AttractionCreateOfferMutation = { createOffer: { id: string, candidateId: string, candidateName: string, requisitionId: string, requisitionTitle: string, title: string, level: string, jobFamily: string | null, status: string, version: number, currency: string, base: number | null, bonusTargetPct: number | null, equityUnits: number | null, signOnBonus: number | null, learningBudget: number | null, compaRatio: number | null, marketPercentile: number | null, rangePenetration: number | null, bandPosition: string | null, needsExceptionApproval: boolean, requiredApprovals: Array<string>, missingApprovals: Array<string>, startDate: string, expiresOn: string | null, remoteWork: string, flexibleHours: boolean, innovationTimePct: number, careerPath: string, benefits: Array<string>, hiredPersonId: string | null, decisionNote: string | null, createdAt: string, vesting: { months: number, cliffMonths: number, frequency: string } | null, approvals: Array<{ id: string, kind: string, decision: string, approverEmail: string, comment: string, offerVersion: number, createdAt: string }> } };

export type AttractionReviseOfferMutationVariables = Exact<{
  id: string;
  input: AttractionOfferTermsInput;
}>;


export type AttractionReviseOfferMutation = { reviseOffer: { id: string, candidateId: string, candidateName: string, requisitionId: string, requisitionTitle: string, title: string, level: string, jobFamily: string | null, status: string, version: number, currency: string, base: number | null, bonusTargetPct: number | null, equityUnits: number | null, signOnBonus: number | null, learningBudget: number | null, compaRatio: number | null, marketPercentile: number | null, rangePenetration: number | null, bandPosition: string | null, needsExceptionApproval: boolean, requiredApprovals: Array<string>, missingApprovals: Array<string>, startDate: string, expiresOn: string | null, remoteWork: string, flexibleHours: boolean, innovationTimePct: number, careerPath: string, benefits: Array<string>, hiredPersonId: string | null, decisionNote: string | null, createdAt: string, vesting: { months: number, cliffMonths: number, frequency: string } | null, approvals: Array<{ id: string, kind: string, decision: string, approverEmail: string, comment: string, offerVersion: number, createdAt: string }> } };

export type AttractionApproveOfferMutationVariables = Exact<{
  id: string;
  comment?: string | null | undefined;
}>;


export type AttractionApproveOfferMutation = { approveOffer: { id: string, candidateId: string, candidateName: string, requisitionId: string, requisitionTitle: string, title: string, level: string, jobFamily: string | null, status: string, version: number, currency: string, base: number | null, bonusTargetPct: number | null, equityUnits: number | null, signOnBonus: number | null, learningBudget: number | null, compaRatio: number | null, marketPercentile: number | null, rangePenetration: number | null, bandPosition: string | null, needsExceptionApproval: boolean, requiredApprovals: Array<string>, missingApprovals: Array<string>, startDate: string, expiresOn: string | null, remoteWork: string, flexibleHours: boolean, innovationTimePct: number, careerPath: string, benefits: Array<string>, hiredPersonId: string | null, decisionNote: string | null, createdAt: string, vesting: { months: number, cliffMonths: number, frequency: string } | null, approvals: Array<{ id: string, kind: string, decision: string, approverEmail: string, comment: string, offerVersion: number, createdAt: string }> } };

export type AttractionRefuseOfferMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type AttractionRefuseOfferMutation = { refuseOffer: { id: string, candidateId: string, candidateName: string, requisitionId: string, requisitionTitle: string, title: string, level: string, jobFamily: string | null, status: string, version: number, currency: string, base: number | null, bonusTargetPct: number | null, equityUnits: number | null, signOnBonus: number | null, learningBudget: number | null, compaRatio: number | null, marketPercentile: number | null, rangePenetration: number | null, bandPosition: string | null, needsExceptionApproval: boolean, requiredApprovals: Array<string>, missingApprovals: Array<string>, startDate: string, expiresOn: string | null, remoteWork: string, flexibleHours: boolean, innovationTimePct: number, careerPath: string, benefits: Array<string>, hiredPersonId: string | null, decisionNote: string | null, createdAt: string, vesting: { months: number, cliffMonths: number, frequency: string } | null, approvals: Array<{ id: string, kind: string, decision: string, approverEmail: string, comment: string, offerVersion: number, createdAt: string }> } };

export type AttractionDeclineOfferMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type AttractionDeclineOfferMutation = { declineOffer: { id: string, candidateId: string, candidateName: string, requisitionId: string, requisitionTitle: string, title: string, level: string, jobFamily: string | null, status: string, version: number, currency: string, base: number | null, bonusTargetPct: number | null, equityUnits: number | null, signOnBonus: number | null, learningBudget: number | null, compaRatio: number | null, marketPercentile: number | null, rangePenetration: number | null, bandPosition: string | null, needsExceptionApproval: boolean, requiredApprovals: Array<string>, missingApprovals: Array<string>, startDate: string, expiresOn: string | null, remoteWork: string, flexibleHours: boolean, innovationTimePct: number, careerPath: string, benefits: Array<string>, hiredPersonId: string | null, decisionNote: string | null, createdAt: string, vesting: { months: number, cliffMonths: number, frequency: string } | null, approvals: Array<{ id: string, kind: string, decision: string, approverEmail: string, comment: string, offerVersion: number, createdAt: string }> } };

export type AttractionWithdrawOfferMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type AttractionWithdrawOfferMutation = { withdrawOffer: { id: string, candidateId: string, candidateName: string, requisitionId: string, requisitionTitle: string, title: string, level: string, jobFamily: string | null, status: string, version: number, currency: string, base: number | null, bonusTargetPct: number | null, equityUnits: number | null, signOnBonus: number | null, learningBudget: number | null, compaRatio: number | null, marketPercentile: number | null, rangePenetration: number | null, bandPosition: string | null, needsExceptionApproval: boolean, requiredApprovals: Array<string>, missingApprovals: Array<string>, startDate: string, expiresOn: string | null, remoteWork: string, flexibleHours: boolean, innovationTimePct: number, careerPath: string, benefits: Array<string>, hiredPersonId: string | null, decisionNote: string | null, createdAt: string, vesting: { months: number, cliffMonths: number, frequency: string } | null, approvals: Array<{ id: string, kind: string, decision: string, approverEmail: string, comment: string, offerVersion: number, createdAt: string }> } };

export type AttractionAcceptOfferMutationVariables = Exact<{
  id: string;
}>;


export type AttractionAcceptOfferMutation = { acceptOffer: { id: string, candidateId: string, candidateName: string, requisitionId: string, requisitionTitle: string, title: string, level: string, jobFamily: string | null, status: string, version: number, currency: string, base: number | null, bonusTargetPct: number | null, equityUnits: number | null, signOnBonus: number | null, learningBudget: number | null, compaRatio: number | null, marketPercentile: number | null, rangePenetration: number | null, bandPosition: string | null, needsExceptionApproval: boolean, requiredApprovals: Array<string>, missingApprovals: Array<string>, startDate: string, expiresOn: string | null, remoteWork: string, flexibleHours: boolean, innovationTimePct: number, careerPath: string, benefits: Array<string>, hiredPersonId: string | null, decisionNote: string | null, createdAt: string, vesting: { months: number, cliffMonths: number, frequency: string } | null, approvals: Array<{ id: string, kind: string, decision: string, approverEmail: string, comment: string, offerVersion: number, createdAt: string }> } };

export type AttractionFunnelQueryVariables = Exact<{
  requisitionId?: string | null | undefined;
}>;


export type AttractionFunnelQuery = { hiringFunnel: { overall: { candidates: number, active: number, hires: number, rejected: number, withdrawn: number, offersExtended: number, offersAccepted: number, offersDeclined: number, offerAcceptanceRate: number | null, timeToHireDaysAvg: number | null, timeToHireDaysMedian: number | null, stages: Array<{ stage: string, reached: number, current: number, conversionToNext: number | null, avgDaysInStage: number | null }>, sources: Array<{ source: string, candidates: number, interviewed: number, offered: number, hires: number, hireRate: number | null }> } } };

export type AttractionPersonPositionFieldsFragment = { personId: string, name: string, title: string, level: string, jobFamily: string | null, jobFamilySource: string, base: number | null, currency: string | null, compaRatio: number | null, marketPercentile: number | null, rangePenetration: number | null, bandPosition: string | null, note: string | null, band: { id: string, jobFamily: string, level: string, currency: string, minBase: number, midBase: number, maxBase: number, bonusTargetPct: number, equityMin: number, equityMax: number, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null } | null, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null };

export type AttractionPersonPositionQueryVariables = Exact<{
  personId: string;
}>;


export type AttractionPersonPositionQuery = { personCompPosition: { personId: string, name: string, title: string, level: string, jobFamily: string | null, jobFamilySource: string, base: number | null, currency: string | null, compaRatio: number | null, marketPercentile: number | null, rangePenetration: number | null, bandPosition: string | null, note: string | null, band: { id: string, jobFamily: string, level: string, currency: string, minBase: number, midBase: number, maxBase: number, bonusTargetPct: number, equityMin: number, equityMax: number, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null } | null, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null } };

export type AttractionPayPositionsPageQueryVariables = Exact<{
  filter?: AttractionPayPositionFilter | null | undefined;
  sort?: AttractionPayPositionSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AttractionPayPositionsPageQuery = { personCompPositionsPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, bandPositionCounts: Array<{ bandPosition: string, count: number }>, nodes: Array<{ personId: string, name: string, title: string, level: string, jobFamily: string | null, base: number | null, currency: string | null, compaRatio: number | null, marketPercentile: number | null, rangePenetration: number | null, bandPosition: string | null, band: { minBase: number, maxBase: number, currency: string } | null }> } };

export type AttractionMyPositionQueryVariables = Exact<{ [key: string]: never; }>;


export type AttractionMyPositionQuery = { myCompPosition: { personId: string, name: string, title: string, level: string, jobFamily: string | null, jobFamilySource: string, base: number | null, currency: string | null, compaRatio: number | null, marketPercentile: number | null, rangePenetration: number | null, bandPosition: string | null, note: string | null, band: { id: string, jobFamily: string, level: string, currency: string, minBase: number, midBase: number, maxBase: number, bonusTargetPct: number, equityMin: number, equityMax: number, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null } | null, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null } | null };

export type AttractionSetJobFamilyMutationVariables = Exact<{
  personId: string;
  jobFamily?: string | null | undefined;
}>;


export type AttractionSetJobFamilyMutation = { setPersonJobFamily: { personId: string, name: string, title: string, level: string, jobFamily: string | null, jobFamilySource: string, base: number | null, currency: string | null, compaRatio: number | null, marketPercentile: number | null, rangePenetration: number | null, bandPosition: string | null, note: string | null, band: { id: string, jobFamily: string, level: string, currency: string, minBase: number, midBase: number, maxBase: number, bonusTargetPct: number, equityMin: number, equityMax: number, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null } | null, market: { id: string, jobFamily: string, level: string, currency: string, p25: number, p50: number, p75: number, p90: number, source: string, asOf: string | null } | null } };

export type AttractionImportReportFieldsFragment = { rows: number, imported: number, created: number, updated: number, errors: Array<{ row: number, field: string, message: string }> };

export type AttractionImportBandsMutationVariables = Exact<{
  csv: string;
}>;


export type AttractionImportBandsMutation = { importCompBands: { rows: number, imported: number, created: number, updated: number, errors: Array<{ row: number, field: string, message: string }> } };

export type AttractionImportMarketMutationVariables = Exact<{
  csv: string;
}>;


export type AttractionImportMarketMutation = { importMarketData: { rows: number, imported: number, created: number, updated: number, errors: Array<{ row: number, field: string, message: string }> } };

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
export const AttractionMarketRateFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttractionMarketRateFields on AttractionMarketRate {
  id
  jobFamily
  level
  currency
  p25
  p50
  p75
  p90
  source
  asOf
}
    `, {"fragmentName":"AttractionMarketRateFields"}) as unknown as TypedDocumentString<AttractionMarketRateFieldsFragment, unknown>;
export const AttractionBandFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttractionBandFields on AttractionBand {
  id
  jobFamily
  level
  currency
  minBase
  midBase
  maxBase
  bonusTargetPct
  equityMin
  equityMax
  market {
    ...AttractionMarketRateFields
  }
}
    fragment AttractionMarketRateFields on AttractionMarketRate {
  id
  jobFamily
  level
  currency
  p25
  p50
  p75
  p90
  source
  asOf
}`, {"fragmentName":"AttractionBandFields"}) as unknown as TypedDocumentString<AttractionBandFieldsFragment, unknown>;
export const AttractionRequisitionFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttractionRequisitionFields on AttractionRequisition {
  id
  title
  team
  jobFamily
  level
  headcount
  hiredCount
  openings
  location
  description
  status
  hiringManagerId
  hiringManagerName
  interviewCriteria
  missingForApproval
  viewerMayEdit
  decisionNote
  createdAt
  updatedAt
  band {
    ...AttractionBandFields
  }
  pipeline {
    stage
    count
  }
}
    fragment AttractionMarketRateFields on AttractionMarketRate {
  id
  jobFamily
  level
  currency
  p25
  p50
  p75
  p90
  source
  asOf
}
fragment AttractionBandFields on AttractionBand {
  id
  jobFamily
  level
  currency
  minBase
  midBase
  maxBase
  bonusTargetPct
  equityMin
  equityMax
  market {
    ...AttractionMarketRateFields
  }
}`, {"fragmentName":"AttractionRequisitionFields"}) as unknown as TypedDocumentString<AttractionRequisitionFieldsFragment, unknown>;
export const AttractionCandidateFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttractionCandidateFields on AttractionCandidate {
  id
  name
  email
  phone
  headline
  profileUrl
  source
  stage
  stageEnteredAt
  daysInStage
  allowedMoves
  averageScore
  scorecardCount
  requisitionId
  requisitionTitle
  hiredPersonId
  createdAt
}
    `, {"fragmentName":"AttractionCandidateFields"}) as unknown as TypedDocumentString<AttractionCandidateFieldsFragment, unknown>;
export const AttractionOfferFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttractionOfferFields on AttractionOffer {
  id
  candidateId
  candidateName
  requisitionId
  requisitionTitle
  title
  level
  jobFamily
  status
  version
  currency
  base
  bonusTargetPct
  equityUnits
  signOnBonus
  learningBudget
  compaRatio
  marketPercentile
  rangePenetration
  bandPosition
  needsExceptionApproval
  requiredApprovals
  missingApprovals
  startDate
  expiresOn
  remoteWork
  flexibleHours
  innovationTimePct
  careerPath
  benefits
  hiredPersonId
  decisionNote
  createdAt
  vesting {
    months
    cliffMonths
    frequency
  }
  approvals {
    id
    kind
    decision
    approverEmail
    comment
    offerVersion
    createdAt
  }
}
    `, {"fragmentName":"AttractionOfferFields"}) as unknown as TypedDocumentString<AttractionOfferFieldsFragment, unknown>;
export const AttractionScorecardFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttractionScorecardFields on AttractionScorecard {
  id
  round
  interviewerId
  interviewerName
  recommendation
  summary
  averageScore
  createdAt
  ratings {
    criterion
    score
    comment
  }
}
    `, {"fragmentName":"AttractionScorecardFields"}) as unknown as TypedDocumentString<AttractionScorecardFieldsFragment, unknown>;
export const AttractionNoteFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttractionNoteFields on AttractionCandidateNote {
  id
  authorName
  body
  createdAt
}
    `, {"fragmentName":"AttractionNoteFields"}) as unknown as TypedDocumentString<AttractionNoteFieldsFragment, unknown>;
export const AttractionPersonPositionFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttractionPersonPositionFields on AttractionPersonCompPosition {
  personId
  name
  title
  level
  jobFamily
  jobFamilySource
  band {
    ...AttractionBandFields
  }
  market {
    ...AttractionMarketRateFields
  }
  base
  currency
  compaRatio
  marketPercentile
  rangePenetration
  bandPosition
  note
}
    fragment AttractionMarketRateFields on AttractionMarketRate {
  id
  jobFamily
  level
  currency
  p25
  p50
  p75
  p90
  source
  asOf
}
fragment AttractionBandFields on AttractionBand {
  id
  jobFamily
  level
  currency
  minBase
  midBase
  maxBase
  bonusTargetPct
  equityMin
  equityMax
  market {
    ...AttractionMarketRateFields
  }
}`, {"fragmentName":"AttractionPersonPositionFields"}) as unknown as TypedDocumentString<AttractionPersonPositionFieldsFragment, unknown>;
export const AttractionImportReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttractionImportReportFields on AttractionImportReport {
  rows
  imported
  created
  updated
  errors {
    row
    field
    message
  }
}
    `, {"fragmentName":"AttractionImportReportFields"}) as unknown as TypedDocumentString<AttractionImportReportFieldsFragment, unknown>;
export const AttractionJobFamiliesDocument = new TypedDocumentString(`
    query AttractionJobFamilies {
  attractionJobFamilies
}
    `) as unknown as TypedDocumentString<AttractionJobFamiliesQuery, AttractionJobFamiliesQueryVariables>;
export const AttractionBandsDocument = new TypedDocumentString(`
    query AttractionBands($filter: AttractionBandFilter) {
  compBands(filter: $filter) {
    ...AttractionBandFields
  }
}
    fragment AttractionMarketRateFields on AttractionMarketRate {
  id
  jobFamily
  level
  currency
  p25
  p50
  p75
  p90
  source
  asOf
}
fragment AttractionBandFields on AttractionBand {
  id
  jobFamily
  level
  currency
  minBase
  midBase
  maxBase
  bonusTargetPct
  equityMin
  equityMax
  market {
    ...AttractionMarketRateFields
  }
}`) as unknown as TypedDocumentString<AttractionBandsQuery, AttractionBandsQueryVariables>;
export const AttractionMarketRatesDocument = new TypedDocumentString(`
    query AttractionMarketRates($filter: AttractionBandFilter) {
  marketRates(filter: $filter) {
    ...AttractionMarketRateFields
  }
}
    fragment AttractionMarketRateFields on AttractionMarketRate {
  id
  jobFamily
  level
  currency
  p25
  p50
  p75
  p90
  source
  asOf
}`) as unknown as TypedDocumentString<AttractionMarketRatesQuery, AttractionMarketRatesQueryVariables>;
export const AttractionUpsertBandDocument = new TypedDocumentString(`
    mutation AttractionUpsertBand($input: AttractionBandInput!) {
  upsertCompBand(input: $input) {
    ...AttractionBandFields
  }
}
    fragment AttractionMarketRateFields on AttractionMarketRate {
  id
  jobFamily
  level
  currency
  p25
  p50
  p75
  p90
  source
  asOf
}
fragment AttractionBandFields on AttractionBand {
  id
  jobFamily
  level
  currency
  minBase
  midBase
  maxBase
  bonusTargetPct
  equityMin
  equityMax
  market {
    ...AttractionMarketRateFields
  }
}`) as unknown as TypedDocumentString<AttractionUpsertBandMutation, AttractionUpsertBandMutationVariables>;
export const AttractionDeleteBandDocument = new TypedDocumentString(`
    mutation AttractionDeleteBand($id: ID!) {
  deleteCompBand(id: $id)
}
    `) as unknown as TypedDocumentString<AttractionDeleteBandMutation, AttractionDeleteBandMutationVariables>;
export const AttractionDeleteMarketRateDocument = new TypedDocumentString(`
    mutation AttractionDeleteMarketRate($id: ID!) {
  deleteMarketRate(id: $id)
}
    `) as unknown as TypedDocumentString<AttractionDeleteMarketRateMutation, AttractionDeleteMarketRateMutationVariables>;
export const AttractionUpsertMarketRateDocument = new TypedDocumentString(`
    mutation AttractionUpsertMarketRate($input: AttractionMarketRateInput!) {
  upsertMarketRate(input: $input) {
    ...AttractionMarketRateFields
  }
}
    fragment AttractionMarketRateFields on AttractionMarketRate {
  id
  jobFamily
  level
  currency
  p25
  p50
  p75
  p90
  source
  asOf
}`) as unknown as TypedDocumentString<AttractionUpsertMarketRateMutation, AttractionUpsertMarketRateMutationVariables>;
export const AttractionCompaRatioDocument = new TypedDocumentString(`
    query AttractionCompaRatio($input: AttractionCompaRatioInput!) {
  compaRatio(input: $input) {
    base
    currency
    jobFamily
    level
    compaRatio
    marketPercentile
    rangePenetration
    bandPosition
    needsExceptionApproval
    note
    band {
      ...AttractionBandFields
    }
    market {
      ...AttractionMarketRateFields
    }
  }
}
    fragment AttractionMarketRateFields on AttractionMarketRate {
  id
  jobFamily
  level
  currency
  p25
  p50
  p75
  p90
  source
  asOf
}
fragment AttractionBandFields on AttractionBand {
  id
  jobFamily
  level
  currency
  minBase
  midBase
  maxBase
  bonusTargetPct
  equityMin
  equityMax
  market {
    ...AttractionMarketRateFields
  }
}`) as unknown as TypedDocumentString<AttractionCompaRatioQuery, AttractionCompaRatioQueryVariables>;
export const AttractionRequisitionsDocument = new TypedDocumentString(`
    query AttractionRequisitions($filter: AttractionRequisitionFilter) {
  requisitions(filter: $filter) {
    ...AttractionRequisitionFields
  }
}
    fragment AttractionMarketRateFields on AttractionMarketRate {
  id
  jobFamily
  level
  currency
  p25
  p50
  p75
  p90
  source
  asOf
}
fragment AttractionBandFields on AttractionBand {
  id
  jobFamily
  level
  currency
  minBase
  midBase
  maxBase
  bonusTargetPct
  equityMin
  equityMax
  market {
    ...AttractionMarketRateFields
  }
}
fragment AttractionRequisitionFields on AttractionRequisition {
  id
  title
  team
  jobFamily
  level
  headcount
  hiredCount
  openings
  location
  description
  status
  hiringManagerId
  hiringManagerName
  interviewCriteria
  missingForApproval
  viewerMayEdit
  decisionNote
  createdAt
  updatedAt
  band {
    ...AttractionBandFields
  }
  pipeline {
    stage
    count
  }
}`) as unknown as TypedDocumentString<AttractionRequisitionsQuery, AttractionRequisitionsQueryVariables>;
export const AttractionRequisitionsPageDocument = new TypedDocumentString(`
    query AttractionRequisitionsPage($filter: AttractionRequisitionFilter, $sort: AttractionRequisitionSort, $first: Int!, $after: String) {
  requisitionsPage(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...AttractionRequisitionFields
    }
  }
}
    fragment AttractionMarketRateFields on AttractionMarketRate {
  id
  jobFamily
  level
  currency
  p25
  p50
  p75
  p90
  source
  asOf
}
fragment AttractionBandFields on AttractionBand {
  id
  jobFamily
  level
  currency
  minBase
  midBase
  maxBase
  bonusTargetPct
  equityMin
  equityMax
  market {
    ...AttractionMarketRateFields
  }
}
fragment AttractionRequisitionFields on AttractionRequisition {
  id
  title
  team
  jobFamily
  level
  headcount
  hiredCount
  openings
  location
  description
  status
  hiringManagerId
  hiringManagerName
  interviewCriteria
  missingForApproval
  viewerMayEdit
  decisionNote
  createdAt
  updatedAt
  band {
    ...AttractionBandFields
  }
  pipeline {
    stage
    count
  }
}`) as unknown as TypedDocumentString<AttractionRequisitionsPageQuery, AttractionRequisitionsPageQueryVariables>;
export const AttractionRequisitionDocument = new TypedDocumentString(`
    query AttractionRequisition($id: ID!) {
  requisition(id: $id) {
    ...AttractionRequisitionFields
  }
}
    fragment AttractionMarketRateFields on AttractionMarketRate {
  id
  jobFamily
  level
  currency
  p25
  p50
  p75
  p90
  source
  asOf
}
fragment AttractionBandFields on AttractionBand {
  id
  jobFamily
  level
  currency
  minBase
  midBase
  maxBase
  bonusTargetPct
  equityMin
  equityMax
  market {
    ...AttractionMarketRateFields
  }
}
fragment AttractionRequisitionFields on AttractionRequisition {
  id
  title
  team
  jobFamily
  level
  headcount
  hiredCount
  openings
  location
  description
  status
  hiringManagerId
  hiringManagerName
  interviewCriteria
  missingForApproval
  viewerMayEdit
  decisionNote
  createdAt
  updatedAt
  band {
    ...AttractionBandFields
  }
  pipeline {
    stage
    count
  }
}`) as unknown as TypedDocumentString<AttractionRequisitionQuery, AttractionRequisitionQueryVariables>;
export const AttractionCreateRequisitionDocument = new TypedDocumentString(`
    mutation AttractionCreateRequisition($input: CreateAttractionRequisitionInput!) {
  createRequisition(input: $input) {
    ...AttractionRequisitionFields
  }
}
    fragment AttractionMarketRateFields on AttractionMarketRate {
  id
  jobFamily
  level
  currency
  p25
  p50
  p75
  p90
  source
  asOf
}
fragment AttractionBandFields on AttractionBand {
  id
  jobFamily
  level
  currency
  minBase
  midBase
  maxBase
  bonusTargetPct
  equityMin
  equityMax
  market {
    ...AttractionMarketRateFields
  }
}
fragment AttractionRequisitionFields on AttractionRequisition {
  id
  title
  team
  jobFamily
  level
  headcount
  hiredCount
  openings
  location
  description
  status
  hiringManagerId
  hiringManagerName
  interviewCriteria
  missingForApproval
  viewerMayEdit
  decisionNote
  createdAt
  updatedAt
  band {
    ...AttractionBandFields
  }
  pipeline {
    stage
    count
  }
}`) as unknown as TypedDocumentString<AttractionCreateRequisitionMutation, AttractionCreateRequisitionMutationVariables>;
export const AttractionUpdateRequisitionDocument = new TypedDocumentString(`
    mutation AttractionUpdateRequisition($id: ID!, $input: UpdateAttractionRequisitionInput!) {
  updateRequisition(id: $id, input: $input) {
    ...AttractionRequisitionFields
  }
}
    fragment AttractionMarketRateFields on AttractionMarketRate {
  id
  jobFamily
  level
  currency
  p25
  p50
  p75
  p90
  source
  asOf
}
fragment AttractionBandFields on AttractionBand {
  id
  jobFamily
  level
  currency
  minBase
  midBase
  maxBase
  bonusTargetPct
  equityMin
  equityMax
  market {
    ...AttractionMarketRateFields
  }
}
fragment AttractionRequisitionFields on AttractionRequisition {
  id
  title
  team
  jobFamily
  level
  headcount
  hiredCount
  openings
  location
  description
  status
  hiringManagerId
  hiringManagerName
  interviewCriteria
  missingForApproval
  viewerMayEdit
  decisionNote
  createdAt
  updatedAt
  band {
    ...AttractionBandFields
  }
  pipeline {
    stage
    count
  }
}`) as unknown as TypedDocumentString<AttractionUpdateRequisitionMutation, AttractionUpdateRequisitionMutationVariables>;
export const AttractionApproveRequisitionDocument = new TypedDocumentString(`
    mutation AttractionApproveRequisition($id: ID!, $note: String) {
  approveRequisition(id: $id, note: $note) {
    ...AttractionRequisitionFields
  }
}
    fragment AttractionMarketRateFields on AttractionMarketRate {
  id
  jobFamily
  level
  currency
  p25
  p50
  p75
  p90
  source
  asOf
}
fragment AttractionBandFields on AttractionBand {
  id
  jobFamily
  level
  currency
  minBase
  midBase
  maxBase
  bonusTargetPct
  equityMin
  equityMax
  market {
    ...AttractionMarketRateFields
  }
}
fragment AttractionRequisitionFields on AttractionRequisition {
  id
  title
  team
  jobFamily
  level
  headcount
  hiredCount
  openings
  location
  description
  status
  hiringManagerId
  hiringManagerName
  interviewCriteria
  missingForApproval
  viewerMayEdit
  decisionNote
  createdAt
  updatedAt
  band {
    ...AttractionBandFields
  }
  pipeline {
    stage
    count
  }
}`) as unknown as TypedDocumentString<AttractionApproveRequisitionMutation, AttractionApproveRequisitionMutationVariables>;
export const AttractionRejectRequisitionDocument = new TypedDocumentString(`
    mutation AttractionRejectRequisition($id: ID!, $reason: String!) {
  rejectRequisition(id: $id, reason: $reason) {
    ...AttractionRequisitionFields
  }
}
    fragment AttractionMarketRateFields on AttractionMarketRate {
  id
  jobFamily
  level
  currency
  p25
  p50
  p75
  p90
  source
  asOf
}
fragment AttractionBandFields on AttractionBand {
  id
  jobFamily
  level
  currency
  minBase
  midBase
  maxBase
  bonusTargetPct
  equityMin
  equityMax
  market {
    ...AttractionMarketRateFields
  }
}
fragment AttractionRequisitionFields on AttractionRequisition {
  id
  title
  team
  jobFamily
  level
  headcount
  hiredCount
  openings
  location
  description
  status
  hiringManagerId
  hiringManagerName
  interviewCriteria
  missingForApproval
  viewerMayEdit
  decisionNote
  createdAt
  updatedAt
  band {
    ...AttractionBandFields
  }
  pipeline {
    stage
    count
  }
}`) as unknown as TypedDocumentString<AttractionRejectRequisitionMutation, AttractionRejectRequisitionMutationVariables>;
export const AttractionCloseRequisitionDocument = new TypedDocumentString(`
    mutation AttractionCloseRequisition($id: ID!, $reason: String!) {
  closeRequisition(id: $id, reason: $reason) {
    ...AttractionRequisitionFields
  }
}
    fragment AttractionMarketRateFields on AttractionMarketRate {
  id
  jobFamily
  level
  currency
  p25
  p50
  p75
  p90
  source
  asOf
}
fragment AttractionBandFields on AttractionBand {
  id
  jobFamily
  level
  currency
  minBase
  midBase
  maxBase
  bonusTargetPct
  equityMin
  equityMax
  market {
    ...AttractionMarketRateFields
  }
}
fragment AttractionRequisitionFields on AttractionRequisition {
  id
  title
  team
  jobFamily
  level
  headcount
  hiredCount
  openings
  location
  description
  status
  hiringManagerId
  hiringManagerName
  interviewCriteria
  missingForApproval
  viewerMayEdit
  decisionNote
  createdAt
  updatedAt
  band {
    ...AttractionBandFields
  }
  pipeline {
    stage
    count
  }
}`) as unknown as TypedDocumentString<AttractionCloseRequisitionMutation, AttractionCloseRequisitionMutationVariables>;
export const AttractionCandidatesPageDocument = new TypedDocumentString(`
    query AttractionCandidatesPage($filter: AttractionCandidateFilter, $sort: AttractionCandidateSort, $first: Int!, $after: String) {
  candidatesPage(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...AttractionCandidateFields
    }
  }
}
    fragment AttractionCandidateFields on AttractionCandidate {
  id
  name
  email
  phone
  headline
  profileUrl
  source
  stage
  stageEnteredAt
  daysInStage
  allowedMoves
  averageScore
  scorecardCount
  requisitionId
  requisitionTitle
  hiredPersonId
  createdAt
}`) as unknown as TypedDocumentString<AttractionCandidatesPageQuery, AttractionCandidatesPageQueryVariables>;
export const AttractionCandidateDocument = new TypedDocumentString(`
    query AttractionCandidate($id: ID!) {
  candidate(id: $id) {
    ...AttractionCandidateFields
    transitions {
      id
      fromStage
      toStage
      at
      reason
      daysInPreviousStage
    }
    scorecards {
      ...AttractionScorecardFields
    }
    notes {
      ...AttractionNoteFields
    }
    offers {
      ...AttractionOfferFields
    }
  }
}
    fragment AttractionCandidateFields on AttractionCandidate {
  id
  name
  email
  phone
  headline
  profileUrl
  source
  stage
  stageEnteredAt
  daysInStage
  allowedMoves
  averageScore
  scorecardCount
  requisitionId
  requisitionTitle
  hiredPersonId
  createdAt
}
fragment AttractionOfferFields on AttractionOffer {
  id
  candidateId
  candidateName
  requisitionId
  requisitionTitle
  title
  level
  jobFamily
  status
  version
  currency
  base
  bonusTargetPct
  equityUnits
  signOnBonus
  learningBudget
  compaRatio
  marketPercentile
  rangePenetration
  bandPosition
  needsExceptionApproval
  requiredApprovals
  missingApprovals
  startDate
  expiresOn
  remoteWork
  flexibleHours
  innovationTimePct
  careerPath
  benefits
  hiredPersonId
  decisionNote
  createdAt
  vesting {
    months
    cliffMonths
    frequency
  }
  approvals {
    id
    kind
    decision
    approverEmail
    comment
    offerVersion
    createdAt
  }
}
fragment AttractionScorecardFields on AttractionScorecard {
  id
  round
  interviewerId
  interviewerName
  recommendation
  summary
  averageScore
  createdAt
  ratings {
    criterion
    score
    comment
  }
}
fragment AttractionNoteFields on AttractionCandidateNote {
  id
  authorName
  body
  createdAt
}`) as unknown as TypedDocumentString<AttractionCandidateQuery, AttractionCandidateQueryVariables>;
export const AttractionCreateCandidateDocument = new TypedDocumentString(`
    mutation AttractionCreateCandidate($input: CreateAttractionCandidateInput!) {
  createCandidate(input: $input) {
    ...AttractionCandidateFields
  }
}
    fragment AttractionCandidateFields on AttractionCandidate {
  id
  name
  email
  phone
  headline
  profileUrl
  source
  stage
  stageEnteredAt
  daysInStage
  allowedMoves
  averageScore
  scorecardCount
  requisitionId
  requisitionTitle
  hiredPersonId
  createdAt
}`) as unknown as TypedDocumentString<AttractionCreateCandidateMutation, AttractionCreateCandidateMutationVariables>;
export const AttractionUpdateCandidateDocument = new TypedDocumentString(`
    mutation AttractionUpdateCandidate($id: ID!, $input: UpdateAttractionCandidateInput!) {
  updateCandidate(id: $id, input: $input) {
    ...AttractionCandidateFields
  }
}
    fragment AttractionCandidateFields on AttractionCandidate {
  id
  name
  email
  phone
  headline
  profileUrl
  source
  stage
  stageEnteredAt
  daysInStage
  allowedMoves
  averageScore
  scorecardCount
  requisitionId
  requisitionTitle
  hiredPersonId
  createdAt
}`) as unknown as TypedDocumentString<AttractionUpdateCandidateMutation, AttractionUpdateCandidateMutationVariables>;
export const AttractionMoveCandidateDocument = new TypedDocumentString(`
    mutation AttractionMoveCandidate($id: ID!, $stage: String!, $reason: String) {
  moveCandidate(id: $id, stage: $stage, reason: $reason) {
    ...AttractionCandidateFields
  }
}
    fragment AttractionCandidateFields on AttractionCandidate {
  id
  name
  email
  phone
  headline
  profileUrl
  source
  stage
  stageEnteredAt
  daysInStage
  allowedMoves
  averageScore
  scorecardCount
  requisitionId
  requisitionTitle
  hiredPersonId
  createdAt
}`) as unknown as TypedDocumentString<AttractionMoveCandidateMutation, AttractionMoveCandidateMutationVariables>;
export const AttractionAddNoteDocument = new TypedDocumentString(`
    mutation AttractionAddNote($candidateId: ID!, $body: String!) {
  addCandidateNote(candidateId: $candidateId, body: $body) {
    ...AttractionNoteFields
  }
}
    fragment AttractionNoteFields on AttractionCandidateNote {
  id
  authorName
  body
  createdAt
}`) as unknown as TypedDocumentString<AttractionAddNoteMutation, AttractionAddNoteMutationVariables>;
export const AttractionAddScorecardDocument = new TypedDocumentString(`
    mutation AttractionAddScorecard($input: AddAttractionScorecardInput!) {
  addScorecard(input: $input) {
    ...AttractionScorecardFields
  }
}
    fragment AttractionScorecardFields on AttractionScorecard {
  id
  round
  interviewerId
  interviewerName
  recommendation
  summary
  averageScore
  createdAt
  ratings {
    criterion
    score
    comment
  }
}`) as unknown as TypedDocumentString<AttractionAddScorecardMutation, AttractionAddScorecardMutationVariables>;
export const AttractionOffersPageDocument = new TypedDocumentString(`
    query AttractionOffersPage($filter: AttractionOfferFilter, $sort: AttractionOfferSort, $first: Int!, $after: String) {
  offersPage(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...AttractionOfferFields
    }
  }
}
    fragment AttractionOfferFields on AttractionOffer {
  id
  candidateId
  candidateName
  requisitionId
  requisitionTitle
  title
  level
  jobFamily
  status
  version
  currency
  base
  bonusTargetPct
  equityUnits
  signOnBonus
  learningBudget
  compaRatio
  marketPercentile
  rangePenetration
  bandPosition
  needsExceptionApproval
  requiredApprovals
  missingApprovals
  startDate
  expiresOn
  remoteWork
  flexibleHours
  innovationTimePct
  careerPath
  benefits
  hiredPersonId
  decisionNote
  createdAt
  vesting {
    months
    cliffMonths
    frequency
  }
  approvals {
    id
    kind
    decision
    approverEmail
    comment
    offerVersion
    createdAt
  }
}`) as unknown as TypedDocumentString<AttractionOffersPageQuery, AttractionOffersPageQueryVariables>;
export const AttractionOfferDocument = new TypedDocumentString(`
    query AttractionOffer($id: ID!) {
  offer(id: $id) {
    ...AttractionOfferFields
  }
}
    fragment AttractionOfferFields on AttractionOffer {
  id
  candidateId
  candidateName
  requisitionId
  requisitionTitle
  title
  level
  jobFamily
  status
  version
  currency
  base
  bonusTargetPct
  equityUnits
  signOnBonus
  learningBudget
  compaRatio
  marketPercentile
  rangePenetration
  bandPosition
  needsExceptionApproval
  requiredApprovals
  missingApprovals
  startDate
  expiresOn
  remoteWork
  flexibleHours
  innovationTimePct
  careerPath
  benefits
  hiredPersonId
  decisionNote
  createdAt
  vesting {
    months
    cliffMonths
    frequency
  }
  approvals {
    id
    kind
    decision
    approverEmail
    comment
    offerVersion
    createdAt
  }
}`) as unknown as TypedDocumentString<AttractionOfferQuery, AttractionOfferQueryVariables>;
export const AttractionCreateOfferDocument = new TypedDocumentString(`
    mutation AttractionCreateOffer($input: CreateAttractionOfferInput!) {
  createOffer(input: $input) {
    ...AttractionOfferFields
  }
}
    fragment AttractionOfferFields on AttractionOffer {
  id
  candidateId
  candidateName
  requisitionId
  requisitionTitle
  title
  level
  jobFamily
  status
  version
  currency
  base
  bonusTargetPct
  equityUnits
  signOnBonus
  learningBudget
  compaRatio
  marketPercentile
  rangePenetration
  bandPosition
  needsExceptionApproval
  requiredApprovals
  missingApprovals
  startDate
  expiresOn
  remoteWork
  flexibleHours
  innovationTimePct
  careerPath
  benefits
  hiredPersonId
  decisionNote
  createdAt
  vesting {
    months
    cliffMonths
    frequency
  }
  approvals {
    id
    kind
    decision
    approverEmail
    comment
    offerVersion
    createdAt
  }
}`) as unknown as TypedDocumentString<AttractionCreateOfferMutation, AttractionCreateOfferMutationVariables>;
export const AttractionReviseOfferDocument = new TypedDocumentString(`
    mutation AttractionReviseOffer($id: ID!, $input: AttractionOfferTermsInput!) {
  reviseOffer(id: $id, input: $input) {
    ...AttractionOfferFields
  }
}
    fragment AttractionOfferFields on AttractionOffer {
  id
  candidateId
  candidateName
  requisitionId
  requisitionTitle
  title
  level
  jobFamily
  status
  version
  currency
  base
  bonusTargetPct
  equityUnits
  signOnBonus
  learningBudget
  compaRatio
  marketPercentile
  rangePenetration
  bandPosition
  needsExceptionApproval
  requiredApprovals
  missingApprovals
  startDate
  expiresOn
  remoteWork
  flexibleHours
  innovationTimePct
  careerPath
  benefits
  hiredPersonId
  decisionNote
  createdAt
  vesting {
    months
    cliffMonths
    frequency
  }
  approvals {
    id
    kind
    decision
    approverEmail
    comment
    offerVersion
    createdAt
  }
}`) as unknown as TypedDocumentString<AttractionReviseOfferMutation, AttractionReviseOfferMutationVariables>;
export const AttractionApproveOfferDocument = new TypedDocumentString(`
    mutation AttractionApproveOffer($id: ID!, $comment: String) {
  approveOffer(id: $id, comment: $comment) {
    ...AttractionOfferFields
  }
}
    fragment AttractionOfferFields on AttractionOffer {
  id
  candidateId
  candidateName
  requisitionId
  requisitionTitle
  title
  level
  jobFamily
  status
  version
  currency
  base
  bonusTargetPct
  equityUnits
  signOnBonus
  learningBudget
  compaRatio
  marketPercentile
  rangePenetration
  bandPosition
  needsExceptionApproval
  requiredApprovals
  missingApprovals
  startDate
  expiresOn
  remoteWork
  flexibleHours
  innovationTimePct
  careerPath
  benefits
  hiredPersonId
  decisionNote
  createdAt
  vesting {
    months
    cliffMonths
    frequency
  }
  approvals {
    id
    kind
    decision
    approverEmail
    comment
    offerVersion
    createdAt
  }
}`) as unknown as TypedDocumentString<AttractionApproveOfferMutation, AttractionApproveOfferMutationVariables>;
export const AttractionRefuseOfferDocument = new TypedDocumentString(`
    mutation AttractionRefuseOffer($id: ID!, $reason: String!) {
  refuseOffer(id: $id, reason: $reason) {
    ...AttractionOfferFields
  }
}
    fragment AttractionOfferFields on AttractionOffer {
  id
  candidateId
  candidateName
  requisitionId
  requisitionTitle
  title
  level
  jobFamily
  status
  version
  currency
  base
  bonusTargetPct
  equityUnits
  signOnBonus
  learningBudget
  compaRatio
  marketPercentile
  rangePenetration
  bandPosition
  needsExceptionApproval
  requiredApprovals
  missingApprovals
  startDate
  expiresOn
  remoteWork
  flexibleHours
  innovationTimePct
  careerPath
  benefits
  hiredPersonId
  decisionNote
  createdAt
  vesting {
    months
    cliffMonths
    frequency
  }
  approvals {
    id
    kind
    decision
    approverEmail
    comment
    offerVersion
    createdAt
  }
}`) as unknown as TypedDocumentString<AttractionRefuseOfferMutation, AttractionRefuseOfferMutationVariables>;
export const AttractionDeclineOfferDocument = new TypedDocumentString(`
    mutation AttractionDeclineOffer($id: ID!, $reason: String!) {
  declineOffer(id: $id, reason: $reason) {
    ...AttractionOfferFields
  }
}
    fragment AttractionOfferFields on AttractionOffer {
  id
  candidateId
  candidateName
  requisitionId
  requisitionTitle
  title
  level
  jobFamily
  status
  version
  currency
  base
  bonusTargetPct
  equityUnits
  signOnBonus
  learningBudget
  compaRatio
  marketPercentile
  rangePenetration
  bandPosition
  needsExceptionApproval
  requiredApprovals
  missingApprovals
  startDate
  expiresOn
  remoteWork
  flexibleHours
  innovationTimePct
  careerPath
  benefits
  hiredPersonId
  decisionNote
  createdAt
  vesting {
    months
    cliffMonths
    frequency
  }
  approvals {
    id
    kind
    decision
    approverEmail
    comment
    offerVersion
    createdAt
  }
}`) as unknown as TypedDocumentString<AttractionDeclineOfferMutation, AttractionDeclineOfferMutationVariables>;
export const AttractionWithdrawOfferDocument = new TypedDocumentString(`
    mutation AttractionWithdrawOffer($id: ID!, $reason: String!) {
  withdrawOffer(id: $id, reason: $reason) {
    ...AttractionOfferFields
  }
}
    fragment AttractionOfferFields on AttractionOffer {
  id
  candidateId
  candidateName
  requisitionId
  requisitionTitle
  title
  level
  jobFamily
  status
  version
  currency
  base
  bonusTargetPct
  equityUnits
  signOnBonus
  learningBudget
  compaRatio
  marketPercentile
  rangePenetration
  bandPosition
  needsExceptionApproval
  requiredApprovals
  missingApprovals
  startDate
  expiresOn
  remoteWork
  flexibleHours
  innovationTimePct
  careerPath
  benefits
  hiredPersonId
  decisionNote
  createdAt
  vesting {
    months
    cliffMonths
    frequency
  }
  approvals {
    id
    kind
    decision
    approverEmail
    comment
    offerVersion
    createdAt
  }
}`) as unknown as TypedDocumentString<AttractionWithdrawOfferMutation, AttractionWithdrawOfferMutationVariables>;
export const AttractionAcceptOfferDocument = new TypedDocumentString(`
    mutation AttractionAcceptOffer($id: ID!) {
  acceptOffer(id: $id) {
    ...AttractionOfferFields
  }
}
    fragment AttractionOfferFields on AttractionOffer {
  id
  candidateId
  candidateName
  requisitionId
  requisitionTitle
  title
  level
  jobFamily
  status
  version
  currency
  base
  bonusTargetPct
  equityUnits
  signOnBonus
  learningBudget
  compaRatio
  marketPercentile
  rangePenetration
  bandPosition
  needsExceptionApproval
  requiredApprovals
  missingApprovals
  startDate
  expiresOn
  remoteWork
  flexibleHours
  innovationTimePct
  careerPath
  benefits
  hiredPersonId
  decisionNote
  createdAt
  vesting {
    months
    cliffMonths
    frequency
  }
  approvals {
    id
    kind
    decision
    approverEmail
    comment
    offerVersion
    createdAt
  }
}`) as unknown as TypedDocumentString<AttractionAcceptOfferMutation, AttractionAcceptOfferMutationVariables>;
export const AttractionFunnelDocument = new TypedDocumentString(`
    query AttractionFunnel($requisitionId: ID) {
  hiringFunnel(requisitionId: $requisitionId) {
    overall {
      candidates
      active
      hires
      rejected
      withdrawn
      offersExtended
      offersAccepted
      offersDeclined
      offerAcceptanceRate
      timeToHireDaysAvg
      timeToHireDaysMedian
      stages {
        stage
        reached
        current
        conversionToNext
        avgDaysInStage
      }
      sources {
        source
        candidates
        interviewed
        offered
        hires
        hireRate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttractionFunnelQuery, AttractionFunnelQueryVariables>;
export const AttractionPersonPositionDocument = new TypedDocumentString(`
    query AttractionPersonPosition($personId: ID!) {
  personCompPosition(personId: $personId) {
    ...AttractionPersonPositionFields
  }
}
    fragment AttractionMarketRateFields on AttractionMarketRate {
  id
  jobFamily
  level
  currency
  p25
  p50
  p75
  p90
  source
  asOf
}
fragment AttractionBandFields on AttractionBand {
  id
  jobFamily
  level
  currency
  minBase
  midBase
  maxBase
  bonusTargetPct
  equityMin
  equityMax
  market {
    ...AttractionMarketRateFields
  }
}
fragment AttractionPersonPositionFields on AttractionPersonCompPosition {
  personId
  name
  title
  level
  jobFamily
  jobFamilySource
  band {
    ...AttractionBandFields
  }
  market {
    ...AttractionMarketRateFields
  }
  base
  currency
  compaRatio
  marketPercentile
  rangePenetration
  bandPosition
  note
}`) as unknown as TypedDocumentString<AttractionPersonPositionQuery, AttractionPersonPositionQueryVariables>;
export const AttractionPayPositionsPageDocument = new TypedDocumentString(`
    query AttractionPayPositionsPage($filter: AttractionPayPositionFilter, $sort: AttractionPayPositionSort, $first: Int!, $after: String) {
  personCompPositionsPage(
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
    bandPositionCounts {
      bandPosition
      count
    }
    nodes {
      personId
      name
      title
      level
      jobFamily
      base
      currency
      band {
        minBase
        maxBase
        currency
      }
      compaRatio
      marketPercentile
      rangePenetration
      bandPosition
    }
  }
}
    `) as unknown as TypedDocumentString<AttractionPayPositionsPageQuery, AttractionPayPositionsPageQueryVariables>;
export const AttractionMyPositionDocument = new TypedDocumentString(`
    query AttractionMyPosition {
  myCompPosition {
    ...AttractionPersonPositionFields
  }
}
    fragment AttractionMarketRateFields on AttractionMarketRate {
  id
  jobFamily
  level
  currency
  p25
  p50
  p75
  p90
  source
  asOf
}
fragment AttractionBandFields on AttractionBand {
  id
  jobFamily
  level
  currency
  minBase
  midBase
  maxBase
  bonusTargetPct
  equityMin
  equityMax
  market {
    ...AttractionMarketRateFields
  }
}
fragment AttractionPersonPositionFields on AttractionPersonCompPosition {
  personId
  name
  title
  level
  jobFamily
  jobFamilySource
  band {
    ...AttractionBandFields
  }
  market {
    ...AttractionMarketRateFields
  }
  base
  currency
  compaRatio
  marketPercentile
  rangePenetration
  bandPosition
  note
}`) as unknown as TypedDocumentString<AttractionMyPositionQuery, AttractionMyPositionQueryVariables>;
export const AttractionSetJobFamilyDocument = new TypedDocumentString(`
    mutation AttractionSetJobFamily($personId: ID!, $jobFamily: String) {
  setPersonJobFamily(personId: $personId, jobFamily: $jobFamily) {
    ...AttractionPersonPositionFields
  }
}
    fragment AttractionMarketRateFields on AttractionMarketRate {
  id
  jobFamily
  level
  currency
  p25
  p50
  p75
  p90
  source
  asOf
}
fragment AttractionBandFields on AttractionBand {
  id
  jobFamily
  level
  currency
  minBase
  midBase
  maxBase
  bonusTargetPct
  equityMin
  equityMax
  market {
    ...AttractionMarketRateFields
  }
}
fragment AttractionPersonPositionFields on AttractionPersonCompPosition {
  personId
  name
  title
  level
  jobFamily
  jobFamilySource
  band {
    ...AttractionBandFields
  }
  market {
    ...AttractionMarketRateFields
  }
  base
  currency
  compaRatio
  marketPercentile
  rangePenetration
  bandPosition
  note
}`) as unknown as TypedDocumentString<AttractionSetJobFamilyMutation, AttractionSetJobFamilyMutationVariables>;
export const AttractionImportBandsDocument = new TypedDocumentString(`
    mutation AttractionImportBands($csv: String!) {
  importCompBands(csv: $csv) {
    ...AttractionImportReportFields
  }
}
    fragment AttractionImportReportFields on AttractionImportReport {
  rows
  imported
  created
  updated
  errors {
    row
    field
    message
  }
}`) as unknown as TypedDocumentString<AttractionImportBandsMutation, AttractionImportBandsMutationVariables>;
export const AttractionImportMarketDocument = new TypedDocumentString(`
    mutation AttractionImportMarket($csv: String!) {
  importMarketData(csv: $csv) {
    ...AttractionImportReportFields
  }
}
    fragment AttractionImportReportFields on AttractionImportReport {
  rows
  imported
  created
  updated
  errors {
    row
    field
    message
  }
}`) as unknown as TypedDocumentString<AttractionImportMarketMutation, AttractionImportMarketMutationVariables>;