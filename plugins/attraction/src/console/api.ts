// The GraphQL documents of the attraction console. Their result and variable types are generated
// from the committed schema (./gql, by apps/console's codegen; the drift check keeps them current).
import { graphql } from './gql/index.js';

graphql(`fragment AttractionMarketRateFields on AttractionMarketRate { id jobFamily level currency p25 p50 p75 p90 source asOf }`);
graphql(`
  fragment AttractionBandFields on AttractionBand {
    id jobFamily level currency minBase midBase maxBase bonusTargetPct equityMin equityMax market { ...AttractionMarketRateFields }
  }
`);
graphql(`
  fragment AttractionRequisitionFields on AttractionRequisition {
    id title team jobFamily level headcount hiredCount openings location description status hiringManagerId hiringManagerName interviewCriteria
    missingForApproval viewerMayEdit decisionNote createdAt updatedAt band { ...AttractionBandFields } pipeline { stage count }
  }
`);
graphql(`
  fragment AttractionCandidateFields on AttractionCandidate {
    id name email phone headline profileUrl source stage stageEnteredAt daysInStage allowedMoves averageScore scorecardCount requisitionId requisitionTitle hiredPersonId createdAt
  }
`);
graphql(`
  fragment AttractionOfferFields on AttractionOffer {
    id candidateId candidateName requisitionId requisitionTitle title level jobFamily status version currency base bonusTargetPct equityUnits signOnBonus learningBudget
    compaRatio marketPercentile rangePenetration bandPosition needsExceptionApproval requiredApprovals missingApprovals startDate expiresOn remoteWork flexibleHours
    innovationTimePct careerPath benefits hiredPersonId decisionNote createdAt vesting { months cliffMonths frequency }
    approvals { id kind decision approverEmail comment offerVersion createdAt }
  }
`);
graphql(`
  fragment AttractionScorecardFields on AttractionScorecard {
    id round interviewerId interviewerName recommendation summary averageScore createdAt ratings { criterion score comment }
  }
`);
graphql(`fragment AttractionNoteFields on AttractionCandidateNote { id authorName body createdAt }`);

// Bands
export const JOB_FAMILIES = graphql(`query AttractionJobFamilies { attractionJobFamilies }`);
export const BANDS = graphql(`query AttractionBands($filter: AttractionBandFilter) { compBands(filter: $filter) { ...AttractionBandFields } }`);
export const MARKET_RATES = graphql(`query AttractionMarketRates($filter: AttractionBandFilter) { marketRates(filter: $filter) { ...AttractionMarketRateFields } }`);
export const UPSERT_BAND = graphql(`mutation AttractionUpsertBand($input: AttractionBandInput!) { upsertCompBand(input: $input) { ...AttractionBandFields } }`);
export const DELETE_BAND = graphql(`mutation AttractionDeleteBand($id: ID!) { deleteCompBand(id: $id) }`);
export const DELETE_MARKET_RATE = graphql(`mutation AttractionDeleteMarketRate($id: ID!) { deleteMarketRate(id: $id) }`);
export const UPSERT_MARKET_RATE = graphql(`
  mutation AttractionUpsertMarketRate($input: AttractionMarketRateInput!) { upsertMarketRate(input: $input) { ...AttractionMarketRateFields } }
`);
export const COMPA_RATIO = graphql(`
  query AttractionCompaRatio($input: AttractionCompaRatioInput!) {
    compaRatio(input: $input) {
      base currency jobFamily level compaRatio marketPercentile rangePenetration bandPosition needsExceptionApproval note
      band { ...AttractionBandFields } market { ...AttractionMarketRateFields }
    }
  }
`);

// Requisitions
export const REQUISITIONS = graphql(`
  query AttractionRequisitions($filter: AttractionRequisitionFilter) { requisitions(filter: $filter) { ...AttractionRequisitionFields } }
`);
export const REQUISITIONS_PAGE = graphql(`
  query AttractionRequisitionsPage($filter: AttractionRequisitionFilter, $sort: AttractionRequisitionSort, $first: Int!, $after: String) {
    requisitionsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...AttractionRequisitionFields } }
  }
`);
export const REQUISITION = graphql(`query AttractionRequisition($id: ID!) { requisition(id: $id) { ...AttractionRequisitionFields } }`);
export const CREATE_REQUISITION = graphql(`
  mutation AttractionCreateRequisition($input: CreateAttractionRequisitionInput!) { createRequisition(input: $input) { ...AttractionRequisitionFields } }
`);
export const UPDATE_REQUISITION = graphql(`
  mutation AttractionUpdateRequisition($id: ID!, $input: UpdateAttractionRequisitionInput!) {
    updateRequisition(id: $id, input: $input) { ...AttractionRequisitionFields }
  }
`);
export const APPROVE_REQUISITION = graphql(`
  mutation AttractionApproveRequisition($id: ID!, $note: String) { approveRequisition(id: $id, note: $note) { ...AttractionRequisitionFields } }
`);
export const REJECT_REQUISITION = graphql(`
  mutation AttractionRejectRequisition($id: ID!, $reason: String!) { rejectRequisition(id: $id, reason: $reason) { ...AttractionRequisitionFields } }
`);
export const CLOSE_REQUISITION = graphql(`
  mutation AttractionCloseRequisition($id: ID!, $reason: String!) { closeRequisition(id: $id, reason: $reason) { ...AttractionRequisitionFields } }
`);
// Candidates
export const CANDIDATES_PAGE = graphql(`
  query AttractionCandidatesPage($filter: AttractionCandidateFilter, $sort: AttractionCandidateSort, $first: Int!, $after: String) {
    candidatesPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...AttractionCandidateFields } }
  }
`);
export const CANDIDATE_ONE = graphql(`
  query AttractionCandidate($id: ID!) {
    candidate(id: $id) {
      ...AttractionCandidateFields transitions { id fromStage toStage at reason daysInPreviousStage } scorecards { ...AttractionScorecardFields }
      notes { ...AttractionNoteFields } offers { ...AttractionOfferFields }
    }
  }
`);
export const CREATE_CANDIDATE = graphql(`
  mutation AttractionCreateCandidate($input: CreateAttractionCandidateInput!) { createCandidate(input: $input) { ...AttractionCandidateFields } }
`);
export const UPDATE_CANDIDATE = graphql(`
  mutation AttractionUpdateCandidate($id: ID!, $input: UpdateAttractionCandidateInput!) { updateCandidate(id: $id, input: $input) { ...AttractionCandidateFields } }
`);
export const MOVE_CANDIDATE = graphql(`
  mutation AttractionMoveCandidate($id: ID!, $stage: String!, $reason: String) {
    moveCandidate(id: $id, stage: $stage, reason: $reason) { ...AttractionCandidateFields }
  }
`);
export const ADD_NOTE = graphql(`
  mutation AttractionAddNote($candidateId: ID!, $body: String!) { addCandidateNote(candidateId: $candidateId, body: $body) { ...AttractionNoteFields } }
`);
export const ADD_SCORECARD = graphql(`
  mutation AttractionAddScorecard($input: AddAttractionScorecardInput!) { addScorecard(input: $input) { ...AttractionScorecardFields } }
`);

// Offers
export const OFFERS_PAGE = graphql(`
  query AttractionOffersPage($filter: AttractionOfferFilter, $sort: AttractionOfferSort, $first: Int!, $after: String) {
    offersPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...AttractionOfferFields } }
  }
`);
export const OFFER_ONE = graphql(`query AttractionOffer($id: ID!) { offer(id: $id) { ...AttractionOfferFields } }`);
export const CREATE_OFFER = graphql(`
  mutation AttractionCreateOffer($input: CreateAttractionOfferInput!) { createOffer(input: $input) { ...AttractionOfferFields } }
`);
export const REVISE_OFFER = graphql(`
  mutation AttractionReviseOffer($id: ID!, $input: AttractionOfferTermsInput!) { reviseOffer(id: $id, input: $input) { ...AttractionOfferFields } }
`);
export const APPROVE_OFFER = graphql(`
  mutation AttractionApproveOffer($id: ID!, $comment: String) { approveOffer(id: $id, comment: $comment) { ...AttractionOfferFields } }
`);
export const REFUSE_OFFER = graphql(`
  mutation AttractionRefuseOffer($id: ID!, $reason: String!) { refuseOffer(id: $id, reason: $reason) { ...AttractionOfferFields } }
`);
export const DECLINE_OFFER = graphql(`
  mutation AttractionDeclineOffer($id: ID!, $reason: String!) { declineOffer(id: $id, reason: $reason) { ...AttractionOfferFields } }
`);
export const WITHDRAW_OFFER = graphql(`
  mutation AttractionWithdrawOffer($id: ID!, $reason: String!) { withdrawOffer(id: $id, reason: $reason) { ...AttractionOfferFields } }
`);
export const ACCEPT_OFFER = graphql(`mutation AttractionAcceptOffer($id: ID!) { acceptOffer(id: $id) { ...AttractionOfferFields } }`);

// Analytics
export const FUNNEL = graphql(`
  query AttractionFunnel($requisitionId: ID) {
    hiringFunnel(requisitionId: $requisitionId) {
      overall {
        candidates active hires rejected withdrawn offersExtended offersAccepted offersDeclined offerAcceptanceRate timeToHireDaysAvg timeToHireDaysMedian
        stages { stage reached current conversionToNext avgDaysInStage } sources { source candidates interviewed offered hires hireRate }
      }
    }
  }
`);

export const STAGES = ['sourced', 'screen', 'interviews', 'offer', 'hired'] as const;
export const EXITS = ['rejected', 'withdrawn'] as const;
export const SOURCES = ['referral', 'linkedin', 'job-board', 'agency', 'campus', 'conference', 'career-site', 'open-source', 'internal', 'other'] as const;

// What each write changes, as query-cache prefixes (the operation names above) to refresh after it.
export const BAND_QUERIES = [['AttractionBands'], ['AttractionJobFamilies'], ['AttractionMarketRates'], ['AttractionCompaRatio'], ['AttractionRequisition'], ['AttractionRequisitions'], ['AttractionRequisitionsPage']] as const;
export const CANDIDATE_QUERIES = [['AttractionCandidate'], ['AttractionPipelineColumn'], ['AttractionCandidatesPage'], ['AttractionOffer'], ['AttractionOffersPage'], ['AttractionFunnel']] as const;
export const OFFER_QUERIES = [['AttractionOffer'], ['AttractionOffersPage'], ['AttractionCandidate'], ['AttractionCandidatesPage'], ['AttractionFunnel']] as const;
// A person's pay against their band and the market; the pay fields come back withheld (FORBIDDEN) for viewers who may not see them.
graphql(`
  fragment AttractionPersonPositionFields on AttractionPersonCompPosition {
    personId name title level jobFamily jobFamilySource band { ...AttractionBandFields } market { ...AttractionMarketRateFields }
    base currency compaRatio marketPercentile rangePenetration bandPosition note
  }
`);
export const PERSON_POSITION = graphql(`query AttractionPersonPosition($personId: ID!) { personCompPosition(personId: $personId) { ...AttractionPersonPositionFields } }`);
export const PAY_POSITIONS_PAGE = graphql(`
  query AttractionPayPositionsPage($filter: AttractionPayPositionFilter, $sort: AttractionPayPositionSort, $first: Int!, $after: String) {
    personCompPositionsPage(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount pageInfo { endCursor hasNextPage } bandPositionCounts { bandPosition count }
      nodes { personId name title level jobFamily base currency band { minBase maxBase currency } compaRatio marketPercentile rangePenetration bandPosition }
    }
  }
`);
export const MY_POSITION = graphql(`query AttractionMyPosition { myCompPosition { ...AttractionPersonPositionFields } }`);
export const SET_JOB_FAMILY = graphql(`
  mutation AttractionSetJobFamily($personId: ID!, $jobFamily: String) { setPersonJobFamily(personId: $personId, jobFamily: $jobFamily) { ...AttractionPersonPositionFields } }
`);
graphql(`fragment AttractionImportReportFields on AttractionImportReport { rows imported created updated errors { row field message } }`);
export const IMPORT_BANDS = graphql(`mutation AttractionImportBands($csv: String!) { importCompBands(csv: $csv) { ...AttractionImportReportFields } }`);
export const IMPORT_MARKET = graphql(`mutation AttractionImportMarket($csv: String!) { importMarketData(csv: $csv) { ...AttractionImportReportFields } }`);
