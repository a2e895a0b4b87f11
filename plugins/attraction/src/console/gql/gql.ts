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
    "fragment AttractionMarketRateFields on AttractionMarketRate { id jobFamily level currency p25 p50 p75 p90 source asOf }": typeof types.AttractionMarketRateFieldsFragmentDoc,
    "\n  fragment AttractionBandFields on AttractionBand {\n    id jobFamily level currency minBase midBase maxBase bonusTargetPct equityMin equityMax market { ...AttractionMarketRateFields }\n  }\n": typeof types.AttractionBandFieldsFragmentDoc,
    "\n  fragment AttractionRequisitionFields on AttractionRequisition {\n    id title team jobFamily level headcount hiredCount openings location description status hiringManagerId hiringManagerName interviewCriteria\n    missingForApproval viewerMayEdit decisionNote createdAt updatedAt band { ...AttractionBandFields } pipeline { stage count }\n  }\n": typeof types.AttractionRequisitionFieldsFragmentDoc,
    "\n  fragment AttractionCandidateFields on AttractionCandidate {\n    id name email phone headline profileUrl source stage stageEnteredAt daysInStage allowedMoves averageScore scorecardCount requisitionId requisitionTitle hiredPersonId createdAt\n  }\n": typeof types.AttractionCandidateFieldsFragmentDoc,
    "\n  fragment AttractionOfferFields on AttractionOffer {\n    id candidateId candidateName requisitionId requisitionTitle title level jobFamily status version currency base bonusTargetPct equityUnits signOnBonus learningBudget\n    compaRatio marketPercentile rangePenetration bandPosition needsExceptionApproval requiredApprovals missingApprovals startDate expiresOn remoteWork flexibleHours\n    innovationTimePct careerPath benefits hiredPersonId decisionNote createdAt vesting { months cliffMonths frequency }\n    approvals { id kind decision approverEmail comment offerVersion createdAt }\n  }\n": typeof types.AttractionOfferFieldsFragmentDoc,
    "\n  fragment AttractionScorecardFields on AttractionScorecard {\n    id round interviewerId interviewerName recommendation summary averageScore createdAt ratings { criterion score comment }\n  }\n": typeof types.AttractionScorecardFieldsFragmentDoc,
    "fragment AttractionNoteFields on AttractionCandidateNote { id authorName body createdAt }": typeof types.AttractionNoteFieldsFragmentDoc,
    "query AttractionJobFamilies { attractionJobFamilies }": typeof types.AttractionJobFamiliesDocument,
    "query AttractionBands($filter: AttractionBandFilter) { compBands(filter: $filter) { ...AttractionBandFields } }": typeof types.AttractionBandsDocument,
    "query AttractionMarketRates($filter: AttractionBandFilter) { marketRates(filter: $filter) { ...AttractionMarketRateFields } }": typeof types.AttractionMarketRatesDocument,
    "mutation AttractionUpsertBand($input: AttractionBandInput!) { upsertCompBand(input: $input) { ...AttractionBandFields } }": typeof types.AttractionUpsertBandDocument,
    "mutation AttractionDeleteBand($id: ID!) { deleteCompBand(id: $id) }": typeof types.AttractionDeleteBandDocument,
    "mutation AttractionDeleteMarketRate($id: ID!) { deleteMarketRate(id: $id) }": typeof types.AttractionDeleteMarketRateDocument,
    "\n  mutation AttractionUpsertMarketRate($input: AttractionMarketRateInput!) { upsertMarketRate(input: $input) { ...AttractionMarketRateFields } }\n": typeof types.AttractionUpsertMarketRateDocument,
    "\n  query AttractionCompaRatio($input: AttractionCompaRatioInput!) {\n    compaRatio(input: $input) {\n      base currency jobFamily level compaRatio marketPercentile rangePenetration bandPosition needsExceptionApproval note\n      band { ...AttractionBandFields } market { ...AttractionMarketRateFields }\n    }\n  }\n": typeof types.AttractionCompaRatioDocument,
    "\n  query AttractionRequisitions($filter: AttractionRequisitionFilter) { requisitions(filter: $filter) { ...AttractionRequisitionFields } }\n": typeof types.AttractionRequisitionsDocument,
    "\n  query AttractionRequisitionsPage($filter: AttractionRequisitionFilter, $sort: AttractionRequisitionSort, $first: Int!, $after: String) {\n    requisitionsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...AttractionRequisitionFields } }\n  }\n": typeof types.AttractionRequisitionsPageDocument,
    "query AttractionRequisition($id: ID!) { requisition(id: $id) { ...AttractionRequisitionFields } }": typeof types.AttractionRequisitionDocument,
    "\n  mutation AttractionCreateRequisition($input: CreateAttractionRequisitionInput!) { createRequisition(input: $input) { ...AttractionRequisitionFields } }\n": typeof types.AttractionCreateRequisitionDocument,
    "\n  mutation AttractionUpdateRequisition($id: ID!, $input: UpdateAttractionRequisitionInput!) {\n    updateRequisition(id: $id, input: $input) { ...AttractionRequisitionFields }\n  }\n": typeof types.AttractionUpdateRequisitionDocument,
    "\n  mutation AttractionApproveRequisition($id: ID!, $note: String) { approveRequisition(id: $id, note: $note) { ...AttractionRequisitionFields } }\n": typeof types.AttractionApproveRequisitionDocument,
    "\n  mutation AttractionRejectRequisition($id: ID!, $reason: String!) { rejectRequisition(id: $id, reason: $reason) { ...AttractionRequisitionFields } }\n": typeof types.AttractionRejectRequisitionDocument,
    "\n  mutation AttractionCloseRequisition($id: ID!, $reason: String!) { closeRequisition(id: $id, reason: $reason) { ...AttractionRequisitionFields } }\n": typeof types.AttractionCloseRequisitionDocument,
    "\n  query AttractionCandidatesPage($filter: AttractionCandidateFilter, $sort: AttractionCandidateSort, $first: Int!, $after: String) {\n    candidatesPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...AttractionCandidateFields } }\n  }\n": typeof types.AttractionCandidatesPageDocument,
    "\n  query AttractionCandidate($id: ID!) {\n    candidate(id: $id) {\n      ...AttractionCandidateFields transitions { id fromStage toStage at reason daysInPreviousStage } scorecards { ...AttractionScorecardFields }\n      notes { ...AttractionNoteFields } offers { ...AttractionOfferFields }\n    }\n  }\n": typeof types.AttractionCandidateDocument,
    "\n  mutation AttractionCreateCandidate($input: CreateAttractionCandidateInput!) { createCandidate(input: $input) { ...AttractionCandidateFields } }\n": typeof types.AttractionCreateCandidateDocument,
    "\n  mutation AttractionUpdateCandidate($id: ID!, $input: UpdateAttractionCandidateInput!) { updateCandidate(id: $id, input: $input) { ...AttractionCandidateFields } }\n": typeof types.AttractionUpdateCandidateDocument,
    "\n  mutation AttractionMoveCandidate($id: ID!, $stage: String!, $reason: String) {\n    moveCandidate(id: $id, stage: $stage, reason: $reason) { ...AttractionCandidateFields }\n  }\n": typeof types.AttractionMoveCandidateDocument,
    "\n  mutation AttractionAddNote($candidateId: ID!, $body: String!) { addCandidateNote(candidateId: $candidateId, body: $body) { ...AttractionNoteFields } }\n": typeof types.AttractionAddNoteDocument,
    "\n  mutation AttractionAddScorecard($input: AddAttractionScorecardInput!) { addScorecard(input: $input) { ...AttractionScorecardFields } }\n": typeof types.AttractionAddScorecardDocument,
    "\n  query AttractionOffersPage($filter: AttractionOfferFilter, $sort: AttractionOfferSort, $first: Int!, $after: String) {\n    offersPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...AttractionOfferFields } }\n  }\n": typeof types.AttractionOffersPageDocument,
    "query AttractionOffer($id: ID!) { offer(id: $id) { ...AttractionOfferFields } }": typeof types.AttractionOfferDocument,
    "\n  mutation AttractionCreateOffer($input: CreateAttractionOfferInput!) { createOffer(input: $input) { ...AttractionOfferFields } }\n": typeof types.AttractionCreateOfferDocument,
    "\n  mutation AttractionReviseOffer($id: ID!, $input: AttractionOfferTermsInput!) { reviseOffer(id: $id, input: $input) { ...AttractionOfferFields } }\n": typeof types.AttractionReviseOfferDocument,
    "\n  mutation AttractionApproveOffer($id: ID!, $comment: String) { approveOffer(id: $id, comment: $comment) { ...AttractionOfferFields } }\n": typeof types.AttractionApproveOfferDocument,
    "\n  mutation AttractionRefuseOffer($id: ID!, $reason: String!) { refuseOffer(id: $id, reason: $reason) { ...AttractionOfferFields } }\n": typeof types.AttractionRefuseOfferDocument,
    "\n  mutation AttractionDeclineOffer($id: ID!, $reason: String!) { declineOffer(id: $id, reason: $reason) { ...AttractionOfferFields } }\n": typeof types.AttractionDeclineOfferDocument,
    "\n  mutation AttractionWithdrawOffer($id: ID!, $reason: String!) { withdrawOffer(id: $id, reason: $reason) { ...AttractionOfferFields } }\n": typeof types.AttractionWithdrawOfferDocument,
    "mutation AttractionAcceptOffer($id: ID!) { acceptOffer(id: $id) { ...AttractionOfferFields } }": typeof types.AttractionAcceptOfferDocument,
    "\n  query AttractionFunnel($requisitionId: ID) {\n    hiringFunnel(requisitionId: $requisitionId) {\n      overall {\n        candidates active hires rejected withdrawn offersExtended offersAccepted offersDeclined offerAcceptanceRate timeToHireDaysAvg timeToHireDaysMedian\n        stages { stage reached current conversionToNext avgDaysInStage } sources { source candidates interviewed offered hires hireRate }\n      }\n    }\n  }\n": typeof types.AttractionFunnelDocument,
    "\n  fragment AttractionPersonPositionFields on AttractionPersonCompPosition {\n    personId name title level jobFamily jobFamilySource band { ...AttractionBandFields } market { ...AttractionMarketRateFields }\n    base currency compaRatio marketPercentile rangePenetration bandPosition note\n  }\n": typeof types.AttractionPersonPositionFieldsFragmentDoc,
    "query AttractionPersonPosition($personId: ID!) { personCompPosition(personId: $personId) { ...AttractionPersonPositionFields } }": typeof types.AttractionPersonPositionDocument,
    "\n  query AttractionPayPositionsPage($filter: AttractionPayPositionFilter, $sort: AttractionPayPositionSort, $first: Int!, $after: String) {\n    personCompPositionsPage(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount pageInfo { endCursor hasNextPage } bandPositionCounts { bandPosition count }\n      nodes { personId name title level jobFamily base currency band { minBase maxBase currency } compaRatio marketPercentile rangePenetration bandPosition }\n    }\n  }\n": typeof types.AttractionPayPositionsPageDocument,
    "query AttractionMyPosition { myCompPosition { ...AttractionPersonPositionFields } }": typeof types.AttractionMyPositionDocument,
    "\n  mutation AttractionSetJobFamily($personId: ID!, $jobFamily: String) { setPersonJobFamily(personId: $personId, jobFamily: $jobFamily) { ...AttractionPersonPositionFields } }\n": typeof types.AttractionSetJobFamilyDocument,
    "fragment AttractionImportReportFields on AttractionImportReport { rows imported created updated errors { row field message } }": typeof types.AttractionImportReportFieldsFragmentDoc,
    "mutation AttractionImportBands($csv: String!) { importCompBands(csv: $csv) { ...AttractionImportReportFields } }": typeof types.AttractionImportBandsDocument,
    "mutation AttractionImportMarket($csv: String!) { importMarketData(csv: $csv) { ...AttractionImportReportFields } }": typeof types.AttractionImportMarketDocument,
};
const documents: Documents = {
    "fragment AttractionMarketRateFields on AttractionMarketRate { id jobFamily level currency p25 p50 p75 p90 source asOf }": types.AttractionMarketRateFieldsFragmentDoc,
    "\n  fragment AttractionBandFields on AttractionBand {\n    id jobFamily level currency minBase midBase maxBase bonusTargetPct equityMin equityMax market { ...AttractionMarketRateFields }\n  }\n": types.AttractionBandFieldsFragmentDoc,
    "\n  fragment AttractionRequisitionFields on AttractionRequisition {\n    id title team jobFamily level headcount hiredCount openings location description status hiringManagerId hiringManagerName interviewCriteria\n    missingForApproval viewerMayEdit decisionNote createdAt updatedAt band { ...AttractionBandFields } pipeline { stage count }\n  }\n": types.AttractionRequisitionFieldsFragmentDoc,
    "\n  fragment AttractionCandidateFields on AttractionCandidate {\n    id name email phone headline profileUrl source stage stageEnteredAt daysInStage allowedMoves averageScore scorecardCount requisitionId requisitionTitle hiredPersonId createdAt\n  }\n": types.AttractionCandidateFieldsFragmentDoc,
    "\n  fragment AttractionOfferFields on AttractionOffer {\n    id candidateId candidateName requisitionId requisitionTitle title level jobFamily status version currency base bonusTargetPct equityUnits signOnBonus learningBudget\n    compaRatio marketPercentile rangePenetration bandPosition needsExceptionApproval requiredApprovals missingApprovals startDate expiresOn remoteWork flexibleHours\n    innovationTimePct careerPath benefits hiredPersonId decisionNote createdAt vesting { months cliffMonths frequency }\n    approvals { id kind decision approverEmail comment offerVersion createdAt }\n  }\n": types.AttractionOfferFieldsFragmentDoc,
    "\n  fragment AttractionScorecardFields on AttractionScorecard {\n    id round interviewerId interviewerName recommendation summary averageScore createdAt ratings { criterion score comment }\n  }\n": types.AttractionScorecardFieldsFragmentDoc,
    "fragment AttractionNoteFields on AttractionCandidateNote { id authorName body createdAt }": types.AttractionNoteFieldsFragmentDoc,
    "query AttractionJobFamilies { attractionJobFamilies }": types.AttractionJobFamiliesDocument,
    "query AttractionBands($filter: AttractionBandFilter) { compBands(filter: $filter) { ...AttractionBandFields } }": types.AttractionBandsDocument,
    "query AttractionMarketRates($filter: AttractionBandFilter) { marketRates(filter: $filter) { ...AttractionMarketRateFields } }": types.AttractionMarketRatesDocument,
    "mutation AttractionUpsertBand($input: AttractionBandInput!) { upsertCompBand(input: $input) { ...AttractionBandFields } }": types.AttractionUpsertBandDocument,
    "mutation AttractionDeleteBand($id: ID!) { deleteCompBand(id: $id) }": types.AttractionDeleteBandDocument,
    "mutation AttractionDeleteMarketRate($id: ID!) { deleteMarketRate(id: $id) }": types.AttractionDeleteMarketRateDocument,
    "\n  mutation AttractionUpsertMarketRate($input: AttractionMarketRateInput!) { upsertMarketRate(input: $input) { ...AttractionMarketRateFields } }\n": types.AttractionUpsertMarketRateDocument,
    "\n  query AttractionCompaRatio($input: AttractionCompaRatioInput!) {\n    compaRatio(input: $input) {\n      base currency jobFamily level compaRatio marketPercentile rangePenetration bandPosition needsExceptionApproval note\n      band { ...AttractionBandFields } market { ...AttractionMarketRateFields }\n    }\n  }\n": types.AttractionCompaRatioDocument,
    "\n  query AttractionRequisitions($filter: AttractionRequisitionFilter) { requisitions(filter: $filter) { ...AttractionRequisitionFields } }\n": types.AttractionRequisitionsDocument,
    "\n  query AttractionRequisitionsPage($filter: AttractionRequisitionFilter, $sort: AttractionRequisitionSort, $first: Int!, $after: String) {\n    requisitionsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...AttractionRequisitionFields } }\n  }\n": types.AttractionRequisitionsPageDocument,
    "query AttractionRequisition($id: ID!) { requisition(id: $id) { ...AttractionRequisitionFields } }": types.AttractionRequisitionDocument,
    "\n  mutation AttractionCreateRequisition($input: CreateAttractionRequisitionInput!) { createRequisition(input: $input) { ...AttractionRequisitionFields } }\n": types.AttractionCreateRequisitionDocument,
    "\n  mutation AttractionUpdateRequisition($id: ID!, $input: UpdateAttractionRequisitionInput!) {\n    updateRequisition(id: $id, input: $input) { ...AttractionRequisitionFields }\n  }\n": types.AttractionUpdateRequisitionDocument,
    "\n  mutation AttractionApproveRequisition($id: ID!, $note: String) { approveRequisition(id: $id, note: $note) { ...AttractionRequisitionFields } }\n": types.AttractionApproveRequisitionDocument,
    "\n  mutation AttractionRejectRequisition($id: ID!, $reason: String!) { rejectRequisition(id: $id, reason: $reason) { ...AttractionRequisitionFields } }\n": types.AttractionRejectRequisitionDocument,
    "\n  mutation AttractionCloseRequisition($id: ID!, $reason: String!) { closeRequisition(id: $id, reason: $reason) { ...AttractionRequisitionFields } }\n": types.AttractionCloseRequisitionDocument,
    "\n  query AttractionCandidatesPage($filter: AttractionCandidateFilter, $sort: AttractionCandidateSort, $first: Int!, $after: String) {\n    candidatesPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...AttractionCandidateFields } }\n  }\n": types.AttractionCandidatesPageDocument,
    "\n  query AttractionCandidate($id: ID!) {\n    candidate(id: $id) {\n      ...AttractionCandidateFields transitions { id fromStage toStage at reason daysInPreviousStage } scorecards { ...AttractionScorecardFields }\n      notes { ...AttractionNoteFields } offers { ...AttractionOfferFields }\n    }\n  }\n": types.AttractionCandidateDocument,
    "\n  mutation AttractionCreateCandidate($input: CreateAttractionCandidateInput!) { createCandidate(input: $input) { ...AttractionCandidateFields } }\n": types.AttractionCreateCandidateDocument,
    "\n  mutation AttractionUpdateCandidate($id: ID!, $input: UpdateAttractionCandidateInput!) { updateCandidate(id: $id, input: $input) { ...AttractionCandidateFields } }\n": types.AttractionUpdateCandidateDocument,
    "\n  mutation AttractionMoveCandidate($id: ID!, $stage: String!, $reason: String) {\n    moveCandidate(id: $id, stage: $stage, reason: $reason) { ...AttractionCandidateFields }\n  }\n": types.AttractionMoveCandidateDocument,
    "\n  mutation AttractionAddNote($candidateId: ID!, $body: String!) { addCandidateNote(candidateId: $candidateId, body: $body) { ...AttractionNoteFields } }\n": types.AttractionAddNoteDocument,
    "\n  mutation AttractionAddScorecard($input: AddAttractionScorecardInput!) { addScorecard(input: $input) { ...AttractionScorecardFields } }\n": types.AttractionAddScorecardDocument,
    "\n  query AttractionOffersPage($filter: AttractionOfferFilter, $sort: AttractionOfferSort, $first: Int!, $after: String) {\n    offersPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...AttractionOfferFields } }\n  }\n": types.AttractionOffersPageDocument,
    "query AttractionOffer($id: ID!) { offer(id: $id) { ...AttractionOfferFields } }": types.AttractionOfferDocument,
    "\n  mutation AttractionCreateOffer($input: CreateAttractionOfferInput!) { createOffer(input: $input) { ...AttractionOfferFields } }\n": types.AttractionCreateOfferDocument,
    "\n  mutation AttractionReviseOffer($id: ID!, $input: AttractionOfferTermsInput!) { reviseOffer(id: $id, input: $input) { ...AttractionOfferFields } }\n": types.AttractionReviseOfferDocument,
    "\n  mutation AttractionApproveOffer($id: ID!, $comment: String) { approveOffer(id: $id, comment: $comment) { ...AttractionOfferFields } }\n": types.AttractionApproveOfferDocument,
    "\n  mutation AttractionRefuseOffer($id: ID!, $reason: String!) { refuseOffer(id: $id, reason: $reason) { ...AttractionOfferFields } }\n": types.AttractionRefuseOfferDocument,
    "\n  mutation AttractionDeclineOffer($id: ID!, $reason: String!) { declineOffer(id: $id, reason: $reason) { ...AttractionOfferFields } }\n": types.AttractionDeclineOfferDocument,
    "\n  mutation AttractionWithdrawOffer($id: ID!, $reason: String!) { withdrawOffer(id: $id, reason: $reason) { ...AttractionOfferFields } }\n": types.AttractionWithdrawOfferDocument,
    "mutation AttractionAcceptOffer($id: ID!) { acceptOffer(id: $id) { ...AttractionOfferFields } }": types.AttractionAcceptOfferDocument,
    "\n  query AttractionFunnel($requisitionId: ID) {\n    hiringFunnel(requisitionId: $requisitionId) {\n      overall {\n        candidates active hires rejected withdrawn offersExtended offersAccepted offersDeclined offerAcceptanceRate timeToHireDaysAvg timeToHireDaysMedian\n        stages { stage reached current conversionToNext avgDaysInStage } sources { source candidates interviewed offered hires hireRate }\n      }\n    }\n  }\n": types.AttractionFunnelDocument,
    "\n  fragment AttractionPersonPositionFields on AttractionPersonCompPosition {\n    personId name title level jobFamily jobFamilySource band { ...AttractionBandFields } market { ...AttractionMarketRateFields }\n    base currency compaRatio marketPercentile rangePenetration bandPosition note\n  }\n": types.AttractionPersonPositionFieldsFragmentDoc,
    "query AttractionPersonPosition($personId: ID!) { personCompPosition(personId: $personId) { ...AttractionPersonPositionFields } }": types.AttractionPersonPositionDocument,
    "\n  query AttractionPayPositionsPage($filter: AttractionPayPositionFilter, $sort: AttractionPayPositionSort, $first: Int!, $after: String) {\n    personCompPositionsPage(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount pageInfo { endCursor hasNextPage } bandPositionCounts { bandPosition count }\n      nodes { personId name title level jobFamily base currency band { minBase maxBase currency } compaRatio marketPercentile rangePenetration bandPosition }\n    }\n  }\n": types.AttractionPayPositionsPageDocument,
    "query AttractionMyPosition { myCompPosition { ...AttractionPersonPositionFields } }": types.AttractionMyPositionDocument,
    "\n  mutation AttractionSetJobFamily($personId: ID!, $jobFamily: String) { setPersonJobFamily(personId: $personId, jobFamily: $jobFamily) { ...AttractionPersonPositionFields } }\n": types.AttractionSetJobFamilyDocument,
    "fragment AttractionImportReportFields on AttractionImportReport { rows imported created updated errors { row field message } }": types.AttractionImportReportFieldsFragmentDoc,
    "mutation AttractionImportBands($csv: String!) { importCompBands(csv: $csv) { ...AttractionImportReportFields } }": types.AttractionImportBandsDocument,
    "mutation AttractionImportMarket($csv: String!) { importMarketData(csv: $csv) { ...AttractionImportReportFields } }": types.AttractionImportMarketDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AttractionMarketRateFields on AttractionMarketRate { id jobFamily level currency p25 p50 p75 p90 source asOf }"): typeof import('./graphql').AttractionMarketRateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttractionBandFields on AttractionBand {\n    id jobFamily level currency minBase midBase maxBase bonusTargetPct equityMin equityMax market { ...AttractionMarketRateFields }\n  }\n"): typeof import('./graphql').AttractionBandFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttractionRequisitionFields on AttractionRequisition {\n    id title team jobFamily level headcount hiredCount openings location description status hiringManagerId hiringManagerName interviewCriteria\n    missingForApproval viewerMayEdit decisionNote createdAt updatedAt band { ...AttractionBandFields } pipeline { stage count }\n  }\n"): typeof import('./graphql').AttractionRequisitionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttractionCandidateFields on AttractionCandidate {\n    id name email phone headline profileUrl source stage stageEnteredAt daysInStage allowedMoves averageScore scorecardCount requisitionId requisitionTitle hiredPersonId createdAt\n  }\n"): typeof import('./graphql').AttractionCandidateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttractionOfferFields on AttractionOffer {\n    id candidateId candidateName requisitionId requisitionTitle title level jobFamily status version currency base bonusTargetPct equityUnits signOnBonus learningBudget\n    compaRatio marketPercentile rangePenetration bandPosition needsExceptionApproval requiredApprovals missingApprovals startDate expiresOn remoteWork flexibleHours\n    innovationTimePct careerPath benefits hiredPersonId decisionNote createdAt vesting { months cliffMonths frequency }\n    approvals { id kind decision approverEmail comment offerVersion createdAt }\n  }\n"): typeof import('./graphql').AttractionOfferFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttractionScorecardFields on AttractionScorecard {\n    id round interviewerId interviewerName recommendation summary averageScore createdAt ratings { criterion score comment }\n  }\n"): typeof import('./graphql').AttractionScorecardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AttractionNoteFields on AttractionCandidateNote { id authorName body createdAt }"): typeof import('./graphql').AttractionNoteFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AttractionJobFamilies { attractionJobFamilies }"): typeof import('./graphql').AttractionJobFamiliesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AttractionBands($filter: AttractionBandFilter) { compBands(filter: $filter) { ...AttractionBandFields } }"): typeof import('./graphql').AttractionBandsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AttractionMarketRates($filter: AttractionBandFilter) { marketRates(filter: $filter) { ...AttractionMarketRateFields } }"): typeof import('./graphql').AttractionMarketRatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AttractionUpsertBand($input: AttractionBandInput!) { upsertCompBand(input: $input) { ...AttractionBandFields } }"): typeof import('./graphql').AttractionUpsertBandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AttractionDeleteBand($id: ID!) { deleteCompBand(id: $id) }"): typeof import('./graphql').AttractionDeleteBandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AttractionDeleteMarketRate($id: ID!) { deleteMarketRate(id: $id) }"): typeof import('./graphql').AttractionDeleteMarketRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttractionUpsertMarketRate($input: AttractionMarketRateInput!) { upsertMarketRate(input: $input) { ...AttractionMarketRateFields } }\n"): typeof import('./graphql').AttractionUpsertMarketRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttractionCompaRatio($input: AttractionCompaRatioInput!) {\n    compaRatio(input: $input) {\n      base currency jobFamily level compaRatio marketPercentile rangePenetration bandPosition needsExceptionApproval note\n      band { ...AttractionBandFields } market { ...AttractionMarketRateFields }\n    }\n  }\n"): typeof import('./graphql').AttractionCompaRatioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttractionRequisitions($filter: AttractionRequisitionFilter) { requisitions(filter: $filter) { ...AttractionRequisitionFields } }\n"): typeof import('./graphql').AttractionRequisitionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttractionRequisitionsPage($filter: AttractionRequisitionFilter, $sort: AttractionRequisitionSort, $first: Int!, $after: String) {\n    requisitionsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...AttractionRequisitionFields } }\n  }\n"): typeof import('./graphql').AttractionRequisitionsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AttractionRequisition($id: ID!) { requisition(id: $id) { ...AttractionRequisitionFields } }"): typeof import('./graphql').AttractionRequisitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttractionCreateRequisition($input: CreateAttractionRequisitionInput!) { createRequisition(input: $input) { ...AttractionRequisitionFields } }\n"): typeof import('./graphql').AttractionCreateRequisitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttractionUpdateRequisition($id: ID!, $input: UpdateAttractionRequisitionInput!) {\n    updateRequisition(id: $id, input: $input) { ...AttractionRequisitionFields }\n  }\n"): typeof import('./graphql').AttractionUpdateRequisitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttractionApproveRequisition($id: ID!, $note: String) { approveRequisition(id: $id, note: $note) { ...AttractionRequisitionFields } }\n"): typeof import('./graphql').AttractionApproveRequisitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttractionRejectRequisition($id: ID!, $reason: String!) { rejectRequisition(id: $id, reason: $reason) { ...AttractionRequisitionFields } }\n"): typeof import('./graphql').AttractionRejectRequisitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttractionCloseRequisition($id: ID!, $reason: String!) { closeRequisition(id: $id, reason: $reason) { ...AttractionRequisitionFields } }\n"): typeof import('./graphql').AttractionCloseRequisitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttractionCandidatesPage($filter: AttractionCandidateFilter, $sort: AttractionCandidateSort, $first: Int!, $after: String) {\n    candidatesPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...AttractionCandidateFields } }\n  }\n"): typeof import('./graphql').AttractionCandidatesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttractionCandidate($id: ID!) {\n    candidate(id: $id) {\n      ...AttractionCandidateFields transitions { id fromStage toStage at reason daysInPreviousStage } scorecards { ...AttractionScorecardFields }\n      notes { ...AttractionNoteFields } offers { ...AttractionOfferFields }\n    }\n  }\n"): typeof import('./graphql').AttractionCandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttractionCreateCandidate($input: CreateAttractionCandidateInput!) { createCandidate(input: $input) { ...AttractionCandidateFields } }\n"): typeof import('./graphql').AttractionCreateCandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttractionUpdateCandidate($id: ID!, $input: UpdateAttractionCandidateInput!) { updateCandidate(id: $id, input: $input) { ...AttractionCandidateFields } }\n"): typeof import('./graphql').AttractionUpdateCandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttractionMoveCandidate($id: ID!, $stage: String!, $reason: String) {\n    moveCandidate(id: $id, stage: $stage, reason: $reason) { ...AttractionCandidateFields }\n  }\n"): typeof import('./graphql').AttractionMoveCandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttractionAddNote($candidateId: ID!, $body: String!) { addCandidateNote(candidateId: $candidateId, body: $body) { ...AttractionNoteFields } }\n"): typeof import('./graphql').AttractionAddNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttractionAddScorecard($input: AddAttractionScorecardInput!) { addScorecard(input: $input) { ...AttractionScorecardFields } }\n"): typeof import('./graphql').AttractionAddScorecardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttractionOffersPage($filter: AttractionOfferFilter, $sort: AttractionOfferSort, $first: Int!, $after: String) {\n    offersPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...AttractionOfferFields } }\n  }\n"): typeof import('./graphql').AttractionOffersPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AttractionOffer($id: ID!) { offer(id: $id) { ...AttractionOfferFields } }"): typeof import('./graphql').AttractionOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttractionCreateOffer($input: CreateAttractionOfferInput!) { createOffer(input: $input) { ...AttractionOfferFields } }\n"): typeof import('./graphql').AttractionCreateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttractionReviseOffer($id: ID!, $input: AttractionOfferTermsInput!) { reviseOffer(id: $id, input: $input) { ...AttractionOfferFields } }\n"): typeof import('./graphql').AttractionReviseOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttractionApproveOffer($id: ID!, $comment: String) { approveOffer(id: $id, comment: $comment) { ...AttractionOfferFields } }\n"): typeof import('./graphql').AttractionApproveOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttractionRefuseOffer($id: ID!, $reason: String!) { refuseOffer(id: $id, reason: $reason) { ...AttractionOfferFields } }\n"): typeof import('./graphql').AttractionRefuseOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttractionDeclineOffer($id: ID!, $reason: String!) { declineOffer(id: $id, reason: $reason) { ...AttractionOfferFields } }\n"): typeof import('./graphql').AttractionDeclineOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttractionWithdrawOffer($id: ID!, $reason: String!) { withdrawOffer(id: $id, reason: $reason) { ...AttractionOfferFields } }\n"): typeof import('./graphql').AttractionWithdrawOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AttractionAcceptOffer($id: ID!) { acceptOffer(id: $id) { ...AttractionOfferFields } }"): typeof import('./graphql').AttractionAcceptOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttractionFunnel($requisitionId: ID) {\n    hiringFunnel(requisitionId: $requisitionId) {\n      overall {\n        candidates active hires rejected withdrawn offersExtended offersAccepted offersDeclined offerAcceptanceRate timeToHireDaysAvg timeToHireDaysMedian\n        stages { stage reached current conversionToNext avgDaysInStage } sources { source candidates interviewed offered hires hireRate }\n      }\n    }\n  }\n"): typeof import('./graphql').AttractionFunnelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttractionPersonPositionFields on AttractionPersonCompPosition {\n    personId name title level jobFamily jobFamilySource band { ...AttractionBandFields } market { ...AttractionMarketRateFields }\n    base currency compaRatio marketPercentile rangePenetration bandPosition note\n  }\n"): typeof import('./graphql').AttractionPersonPositionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AttractionPersonPosition($personId: ID!) { personCompPosition(personId: $personId) { ...AttractionPersonPositionFields } }"): typeof import('./graphql').AttractionPersonPositionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttractionPayPositionsPage($filter: AttractionPayPositionFilter, $sort: AttractionPayPositionSort, $first: Int!, $after: String) {\n    personCompPositionsPage(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount pageInfo { endCursor hasNextPage } bandPositionCounts { bandPosition count }\n      nodes { personId name title level jobFamily base currency band { minBase maxBase currency } compaRatio marketPercentile rangePenetration bandPosition }\n    }\n  }\n"): typeof import('./graphql').AttractionPayPositionsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AttractionMyPosition { myCompPosition { ...AttractionPersonPositionFields } }"): typeof import('./graphql').AttractionMyPositionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttractionSetJobFamily($personId: ID!, $jobFamily: String) { setPersonJobFamily(personId: $personId, jobFamily: $jobFamily) { ...AttractionPersonPositionFields } }\n"): typeof import('./graphql').AttractionSetJobFamilyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AttractionImportReportFields on AttractionImportReport { rows imported created updated errors { row field message } }"): typeof import('./graphql').AttractionImportReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AttractionImportBands($csv: String!) { importCompBands(csv: $csv) { ...AttractionImportReportFields } }"): typeof import('./graphql').AttractionImportBandsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AttractionImportMarket($csv: String!) { importMarketData(csv: $csv) { ...AttractionImportReportFields } }"): typeof import('./graphql').AttractionImportMarketDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
