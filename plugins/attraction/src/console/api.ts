// The GraphQL documents of the attraction console, typed with TypedDocument.
import type { TypedDocument } from '@cadre/sdk/console';
import type { Candidate, CandidateDetail, CompBand, CompPosition, Funnel, MarketRate, Note, Offer, Requisition, Scorecard } from './types.js';

/** The one cast from a document string to its typed form. */
export const doc = <R, V = Record<string, never>>(source: string) => source as unknown as TypedDocument<R, V>;

const MARKET = 'id jobFamily level currency p25 p50 p75 p90 source asOf';
const BAND = `id jobFamily level currency minBase midBase maxBase bonusTargetPct equityMin equityMax market { ${MARKET} }`;
const REQ = `id title team jobFamily level headcount hiredCount openings location description status hiringManagerId hiringManagerName interviewCriteria
  missingForApproval viewerMayEdit decisionNote createdAt band { ${BAND} } pipeline { stage count }`;
const CANDIDATE = 'id name email phone headline profileUrl source stage stageEnteredAt daysInStage allowedMoves averageScore scorecardCount requisitionId requisitionTitle hiredPersonId createdAt';
const OFFER = `id candidateId candidateName requisitionId requisitionTitle title level jobFamily status version currency base bonusTargetPct equityUnits signOnBonus learningBudget
  compaRatio marketPercentile rangePenetration bandPosition needsExceptionApproval requiredApprovals missingApprovals startDate expiresOn remoteWork flexibleHours
  innovationTimePct careerPath benefits hiredPersonId decisionNote createdAt vesting { months cliffMonths frequency }
  approvals { id kind decision approverEmail comment offerVersion createdAt }`;
const SCORECARD = 'id round interviewerId interviewerName recommendation summary averageScore createdAt ratings { criterion score comment }';

// Bands
export const JOB_FAMILIES = doc<{ attractionJobFamilies: string[] }>('query AttractionJobFamilies { attractionJobFamilies }');
export const BANDS = doc<{ compBands: CompBand[] }, { filter?: { jobFamily?: string | null; level?: string | null } | null }>(
  `query AttractionBands($filter: AttractionBandFilter) { compBands(filter: $filter) { ${BAND} } }`,
);
export const MARKET_RATES = doc<{ marketRates: MarketRate[] }, { filter?: { jobFamily?: string | null } | null }>(
  `query AttractionMarketRates($filter: AttractionBandFilter) { marketRates(filter: $filter) { ${MARKET} } }`,
);
export const COMPA_RATIO = doc<{ compaRatio: CompPosition }, { input: { base: number; jobFamily?: string | null; level?: string | null; currency?: string | null } }>(
  `query AttractionCompaRatio($input: AttractionCompaRatioInput!) { compaRatio(input: $input) {
    base currency jobFamily level compaRatio marketPercentile rangePenetration bandPosition needsExceptionApproval note band { ${BAND} } market { ${MARKET} } } }`,
);

// Requisitions
export const REQUISITIONS = doc<{ requisitions: Requisition[] }, { filter?: { status?: string | null } | null }>(
  `query AttractionRequisitions($filter: AttractionRequisitionFilter) { requisitions(filter: $filter) { ${REQ} } }`,
);
export const REQUISITION = doc<{ requisition: Requisition }, { id: string }>(`query AttractionRequisition($id: ID!) { requisition(id: $id) { ${REQ} } }`);
export interface RequisitionInput {
  title: string; team?: string; jobFamily?: string | null; level?: string | null; headcount: number; hiringManagerId?: string | null;
  location?: string; description?: string; interviewCriteria?: string[];
}
export const CREATE_REQUISITION = doc<{ createRequisition: Requisition }, { input: RequisitionInput }>(
  `mutation AttractionCreateRequisition($input: CreateAttractionRequisitionInput!) { createRequisition(input: $input) { ${REQ} } }`,
);
export const UPDATE_REQUISITION = doc<{ updateRequisition: Requisition }, { id: string; input: Partial<RequisitionInput> }>(
  `mutation AttractionUpdateRequisition($id: ID!, $input: UpdateAttractionRequisitionInput!) { updateRequisition(id: $id, input: $input) { ${REQ} } }`,
);
export const APPROVE_REQUISITION = doc<{ approveRequisition: Requisition }, { id: string; note?: string | null }>(
  `mutation AttractionApproveRequisition($id: ID!, $note: String) { approveRequisition(id: $id, note: $note) { ${REQ} } }`,
);
export const REJECT_REQUISITION = doc<{ rejectRequisition: Requisition }, { id: string; reason: string }>(
  `mutation AttractionRejectRequisition($id: ID!, $reason: String!) { rejectRequisition(id: $id, reason: $reason) { ${REQ} } }`,
);
export const CLOSE_REQUISITION = doc<{ closeRequisition: Requisition }, { id: string; reason: string }>(
  `mutation AttractionCloseRequisition($id: ID!, $reason: String!) { closeRequisition(id: $id, reason: $reason) { ${REQ} } }`,
);
export const PEOPLE_OPTIONS = doc<{ people: { nodes: Array<{ id: string; name: string; email: string; title: string }> } }, { search: string | null }>(
  'query AttractionPeopleOptions($search: String) { people(filter: { search: $search, status: "active" }, first: 20) { nodes { id name email title } } }',
);

// Candidates
export const CANDIDATES = doc<{ candidates: Candidate[] }, { filter?: { requisitionId?: string | null; search?: string | null } | null }>(
  `query AttractionCandidates($filter: AttractionCandidateFilter) { candidates(filter: $filter) { ${CANDIDATE} } }`,
);
export const CANDIDATE_ONE = doc<{ candidate: CandidateDetail }, { id: string }>(`query AttractionCandidate($id: ID!) { candidate(id: $id) {
  ${CANDIDATE} transitions { id fromStage toStage at reason daysInPreviousStage } scorecards { ${SCORECARD} } notes { id authorName body createdAt } offers { ${OFFER} } } }`);
export interface CandidateInput { requisitionId: string; name: string; email: string; source: string; headline?: string; phone?: string; profileUrl?: string; note?: string }
export const CREATE_CANDIDATE = doc<{ createCandidate: Candidate }, { input: CandidateInput }>(
  `mutation AttractionCreateCandidate($input: CreateAttractionCandidateInput!) { createCandidate(input: $input) { ${CANDIDATE} } }`,
);
export const MOVE_CANDIDATE = doc<{ moveCandidate: Candidate }, { id: string; stage: string; reason?: string | null }>(
  `mutation AttractionMoveCandidate($id: ID!, $stage: String!, $reason: String) { moveCandidate(id: $id, stage: $stage, reason: $reason) { ${CANDIDATE} } }`,
);
export const ADD_NOTE = doc<{ addCandidateNote: Note }, { candidateId: string; body: string }>(
  'mutation AttractionAddNote($candidateId: ID!, $body: String!) { addCandidateNote(candidateId: $candidateId, body: $body) { id authorName body createdAt } }',
);
export interface ScorecardInput { candidateId: string; round: string; recommendation: string; summary: string; ratings: Array<{ criterion: string; score: number; comment: string }> }
export const ADD_SCORECARD = doc<{ addScorecard: Scorecard }, { input: ScorecardInput }>(
  `mutation AttractionAddScorecard($input: AddAttractionScorecardInput!) { addScorecard(input: $input) { ${SCORECARD} } }`,
);

// Offers
export const OFFERS = doc<{ offers: Offer[] }, { filter?: { status?: string | null; candidateId?: string | null } | null }>(
  `query AttractionOffers($filter: AttractionOfferFilter) { offers(filter: $filter) { ${OFFER} } }`,
);
export const OFFER_ONE = doc<{ offer: Offer }, { id: string }>(`query AttractionOffer($id: ID!) { offer(id: $id) { ${OFFER} } }`);
export interface OfferInput {
  candidateId: string; base: number; currency?: string | null; bonusTargetPct?: number | null; equityUnits: number; signOnBonus: number; learningBudget: number;
  startDate: string; expiresOn?: string | null; remoteWork: string; flexibleHours: boolean; innovationTimePct: number; careerPath: string; benefits: string[];
  vesting?: { months: number; cliffMonths: number; frequency: string } | null; title?: string | null; level?: string | null;
}
export const CREATE_OFFER = doc<{ createOffer: Offer }, { input: OfferInput }>(`mutation AttractionCreateOffer($input: CreateAttractionOfferInput!) { createOffer(input: $input) { ${OFFER} } }`);
export const APPROVE_OFFER = doc<{ approveOffer: Offer }, { id: string; comment?: string | null }>(
  `mutation AttractionApproveOffer($id: ID!, $comment: String) { approveOffer(id: $id, comment: $comment) { ${OFFER} } }`,
);
const offerWithReason = (name: string, field: string) => doc<Record<string, Offer>, { id: string; reason: string }>(
  `mutation ${name}($id: ID!, $reason: String!) { ${field}(id: $id, reason: $reason) { ${OFFER} } }`,
);
export const REFUSE_OFFER = offerWithReason('AttractionRefuseOffer', 'refuseOffer');
export const DECLINE_OFFER = offerWithReason('AttractionDeclineOffer', 'declineOffer');
export const WITHDRAW_OFFER = offerWithReason('AttractionWithdrawOffer', 'withdrawOffer');
export const ACCEPT_OFFER = doc<{ acceptOffer: Offer }, { id: string }>(`mutation AttractionAcceptOffer($id: ID!) { acceptOffer(id: $id) { ${OFFER} } }`);

// Analytics
export const FUNNEL = doc<{ hiringFunnel: { overall: Funnel } }, { requisitionId?: string | null }>(`query AttractionFunnel($requisitionId: ID) { hiringFunnel(requisitionId: $requisitionId) {
  overall { candidates active hires rejected withdrawn offersExtended offersAccepted offersDeclined offerAcceptanceRate timeToHireDaysAvg timeToHireDaysMedian
    stages { stage reached current conversionToNext avgDaysInStage } sources { source candidates interviewed offered hires hireRate } } } }`);

export const STAGES = ['sourced', 'screen', 'interviews', 'offer', 'hired'] as const;
export const EXITS = ['rejected', 'withdrawn'] as const;
export const SOURCES = ['referral', 'linkedin', 'job-board', 'agency', 'campus', 'conference', 'career-site', 'open-source', 'internal', 'other'] as const;
