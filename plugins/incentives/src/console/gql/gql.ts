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
    "fragment IncentivesBandFields on IncentivesBand { band coefficient condition lower upper }": typeof types.IncentivesBandFieldsFragmentDoc,
    "\n  fragment IncentivesCycleFields on IncentivesReviewCycle {\n    id name updatedAt periodStart periodEnd status kinds kindWeights { kind weight } criteria { key name description weight } participantCount peerCount\n    thresholds coefficients bands { ...IncentivesBandFields } anonymity anonymityThreshold selfDue peerDue upwardDue managerDue openedAt calibratingAt finalisedAt\n    progress { total submitted pending overdue expired byKind { kind total submitted pending overdue expired } }\n  }\n": typeof types.IncentivesCycleFieldsFragmentDoc,
    "\n  fragment IncentivesReviewFields on IncentivesReview {\n    id cycleId kind revieweeId revieweeName reviewerId reviewerName anonymous status withheld dueDate overdue score comment submittedAt ratings { criterionKey rating comment }\n  }\n": typeof types.IncentivesReviewFieldsFragmentDoc,
    "\n  fragment IncentivesVersionFields on IncentivesAllocationVersion {\n    id version status reason amount total currency lambda weightedSum people atFloor atCap thresholds coefficients createdAt publishedAt\n  }\n": typeof types.IncentivesVersionFieldsFragmentDoc,
    "\n  fragment IncentivesPoolFields on IncentivesBonusPool {\n    id name cycleId cycleName status amount currency weightRule thresholds coefficients bands { ...IncentivesBandFields } memberCount note defaultFloor defaultCap\n    scenarioOfId scenarioIds approvedAt approvedBy publishedAt publishedVersion createdAt currentVersion { ...IncentivesVersionFields } proposedVersion { ...IncentivesVersionFields }\n  }\n": typeof types.IncentivesPoolFieldsFragmentDoc,
    "fragment IncentivesParticipantFields on IncentivesParticipant { id cycleId personId name level score calibratedScore finalScore potential band coefficient }": typeof types.IncentivesParticipantFieldsFragmentDoc,
    "fragment IncentivesDistributionFields on IncentivesDistributionGroup { key label count mean histogram { lower upper count } }": typeof types.IncentivesDistributionFieldsFragmentDoc,
    "query IncentivesCycles($status: String) { reviewCycles(status: $status) { ...IncentivesCycleFields } }": typeof types.IncentivesCyclesDocument,
    "\n  query IncentivesCyclesPage($filter: IncentivesReviewCycleFilter, $sort: IncentivesReviewCycleSort, $first: Int!, $after: String) {\n    reviewCyclesPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...IncentivesCycleFields } }\n  }\n": typeof types.IncentivesCyclesPageDocument,
    "query IncentivesCycle($id: ID!) { reviewCycle(id: $id) { ...IncentivesCycleFields } }": typeof types.IncentivesCycleDocument,
    "mutation IncentivesCreateCycle($input: CreateReviewCycleInput!) { createReviewCycle(input: $input) { ...IncentivesCycleFields } }": typeof types.IncentivesCreateCycleDocument,
    "mutation IncentivesUpdateCycle($id: ID!, $input: UpdateReviewCycleInput!) { updateReviewCycle(id: $id, input: $input) { ...IncentivesCycleFields } }": typeof types.IncentivesUpdateCycleDocument,
    "mutation IncentivesOpenCycle($id: ID!) { openReviewCycle(id: $id) { ...IncentivesCycleFields } }": typeof types.IncentivesOpenCycleDocument,
    "mutation IncentivesStartCalibration($id: ID!) { startReviewCycleCalibration(id: $id) { ...IncentivesCycleFields } }": typeof types.IncentivesStartCalibrationDocument,
    "mutation IncentivesFinaliseCycle($id: ID!) { finaliseReviewCycle(id: $id) { ...IncentivesCycleFields } }": typeof types.IncentivesFinaliseCycleDocument,
    "\n  mutation IncentivesSetBands($id: ID!, $input: IncentivesBandsInput!) { setReviewCycleBands(id: $id, input: $input) { ...IncentivesCycleFields } }\n": typeof types.IncentivesSetBandsDocument,
    "\n  query IncentivesParticipants($cycleId: ID!, $personId: ID) { reviewCycleParticipants(cycleId: $cycleId, personId: $personId) { ...IncentivesParticipantFields } }\n": typeof types.IncentivesParticipantsDocument,
    "\n  query IncentivesCycleReviewsPage($cycleId: ID!, $filter: IncentivesReviewFilter, $sort: IncentivesReviewSort, $first: Int!, $after: String) {\n    cycleReviewsPage(cycleId: $cycleId, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount pageInfo { endCursor hasNextPage }\n      nodes { ...IncentivesReviewFields }\n    }\n  }\n": typeof types.IncentivesCycleReviewsPageDocument,
    "query IncentivesMyTasks($cycleId: ID) { myReviewTasks(cycleId: $cycleId) { ...IncentivesReviewFields } }": typeof types.IncentivesMyTasksDocument,
    "mutation IncentivesSubmitReview($input: SubmitReviewInput!) { submitReview(input: $input) { ...IncentivesReviewFields } }": typeof types.IncentivesSubmitReviewDocument,
    "\n  query IncentivesMyReview($cycleId: ID) {\n    myReview(cycleId: $cycleId) {\n      cycle { id name status periodStart periodEnd criteria { key name description weight } } resultsAvailable pendingTasks finalScore calibrated band coefficient\n      bands { ...IncentivesBandFields } selfReview { ...IncentivesReviewFields } managerReviews { ...IncentivesReviewFields }\n      aggregates { kind reviewers score withheld comments criteria { key name average } }\n    }\n  }\n": typeof types.IncentivesMyReviewDocument,
    "\n  query IncentivesCalibration($cycleId: ID!) {\n    calibrationView(cycleId: $cycleId) {\n      cycleId distribution { lower upper count } bands { band coefficient condition count }\n      byTeam { ...IncentivesDistributionFields } byLevel { ...IncentivesDistributionFields }\n      nineBox { performance potential count personIds } entries { personId name level teamName score calibratedScore finalScore band potential performance }\n    }\n  }\n": typeof types.IncentivesCalibrationDocument,
    "\n  query IncentivesScoreCalibrations($cycleId: ID!, $personId: ID) {\n    scoreCalibrations(cycleId: $cycleId, personId: $personId) { id personId personName fromScore toScore reason actorEmail at }\n  }\n": typeof types.IncentivesScoreCalibrationsDocument,
    "\n  mutation IncentivesCalibrateScore($input: CalibrateScoreInput!) {\n    calibrateScore(input: $input) { participant { ...IncentivesParticipantFields } newVersions { ...IncentivesVersionFields } }\n  }\n": typeof types.IncentivesCalibrateScoreDocument,
    "mutation IncentivesSetPotential($input: SetPotentialInput!) { setPotential(input: $input) { ...IncentivesParticipantFields } }": typeof types.IncentivesSetPotentialDocument,
    "\n  query IncentivesPools($cycleId: ID, $includeScenarios: Boolean! = false) {\n    bonusPools(cycleId: $cycleId, includeScenarios: $includeScenarios) { ...IncentivesPoolFields }\n  }\n": typeof types.IncentivesPoolsDocument,
    "\n  query IncentivesPoolsPage($filter: IncentivesBonusPoolFilter, $sort: IncentivesBonusPoolSort, $first: Int!, $after: String) {\n    bonusPoolsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...IncentivesPoolFields } }\n  }\n": typeof types.IncentivesPoolsPageDocument,
    "mutation IncentivesStartAllocation($id: ID!) { startBonusPoolAllocation(id: $id) { id } }": typeof types.IncentivesStartAllocationDocument,
    "query IncentivesPool($id: ID!) { bonusPool(id: $id) { ...IncentivesPoolFields } }": typeof types.IncentivesPoolDocument,
    "\n  query IncentivesPoolInputs($id: ID!) {\n    bonusPoolInputs(id: $id) {\n      poolId amount currency unit thresholds coefficients bands { ...IncentivesBandFields }\n      people { personId name level weight weightExplanation score band coefficient floor cap error }\n    }\n  }\n": typeof types.IncentivesPoolInputsDocument,
    "\n  query IncentivesAllocations($poolId: ID!, $version: Int) {\n    bonusAllocations(poolId: $poolId, version: $version) {\n      id personId name level currency version weight score band coefficient floor cap exactAmount amount bound previousAmount delta\n    }\n  }\n": typeof types.IncentivesAllocationsDocument,
    "\n  query IncentivesAllocationsPage($poolId: ID!, $filter: IncentivesAllocationFilter, $sort: IncentivesAllocationSort, $first: Int!, $after: String) {\n    bonusAllocationsPage(poolId: $poolId, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount pageInfo { endCursor hasNextPage }\n      nodes { id personId name level currency version weight score band coefficient floor cap exactAmount amount bound previousAmount delta }\n    }\n  }\n": typeof types.IncentivesAllocationsPageDocument,
    "\n  query IncentivesPersonAllocation($poolId: ID!, $personId: ID!) {\n    bonusAllocationsPage(poolId: $poolId, filter: { personId: $personId }, first: 1) { nodes { id personId currency amount delta } }\n  }\n": typeof types.IncentivesPersonAllocationDocument,
    "query IncentivesPoolVersions($poolId: ID!) { bonusPoolVersions(poolId: $poolId) { ...IncentivesVersionFields } }": typeof types.IncentivesPoolVersionsDocument,
    "mutation IncentivesCreatePool($input: CreateBonusPoolInput!) { createBonusPool(input: $input) { ...IncentivesPoolFields } }": typeof types.IncentivesCreatePoolDocument,
    "\n  mutation IncentivesUpdatePool($id: ID!, $input: UpdateBonusPoolInput!) { updateBonusPool(id: $id, input: $input) { ...IncentivesPoolFields } }\n": typeof types.IncentivesUpdatePoolDocument,
    "\n  mutation IncentivesCreateScenario($poolId: ID!, $input: CreateBonusScenarioInput!) { createBonusScenario(poolId: $poolId, input: $input) { ...IncentivesPoolFields } }\n": typeof types.IncentivesCreateScenarioDocument,
    "mutation IncentivesApprovePool($id: ID!) { approveBonusPool(id: $id) { ...IncentivesPoolFields } }": typeof types.IncentivesApprovePoolDocument,
    "mutation IncentivesReopenPool($id: ID!) { reopenBonusPool(id: $id) { ...IncentivesPoolFields } }": typeof types.IncentivesReopenPoolDocument,
    "mutation IncentivesPublishPool($id: ID!) { publishBonusPool(id: $id) { ...IncentivesPoolFields } }": typeof types.IncentivesPublishPoolDocument,
    "mutation IncentivesPublishPoolRevision($id: ID!) { publishBonusPoolRevision(id: $id) { ...IncentivesPoolFields } }": typeof types.IncentivesPublishPoolRevisionDocument,
    "mutation IncentivesDiscardPoolRevision($id: ID!) { discardBonusPoolRevision(id: $id) { ...IncentivesPoolFields } }": typeof types.IncentivesDiscardPoolRevisionDocument,
    "mutation IncentivesApplyScenario($id: ID!) { applyBonusScenario(id: $id) { ...IncentivesPoolFields } }": typeof types.IncentivesApplyScenarioDocument,
    "mutation IncentivesDeleteScenario($id: ID!) { deleteBonusScenario(id: $id) }": typeof types.IncentivesDeleteScenarioDocument,
    "\n  query IncentivesCompare($poolIds: [ID!]!) {\n    compareBonusScenarios(poolIds: $poolIds) {\n      pools { poolId name status amount total currency thresholds coefficients lambda min median max atFloor atCap bandCounts }\n      rows { personId name level score amounts coefficients }\n    }\n  }\n": typeof types.IncentivesCompareDocument,
    "\n  query IncentivesMyBonus($poolId: ID) {\n    myBonus(poolId: $poolId) {\n      poolId poolName cycleId cycleName version publishedAt amount currency poolAmount score band coefficient weight weightRule weightExplanation weightedSum lambda\n      floor cap bound exactAmount previousAmount delta formula calculation bands { ...IncentivesBandFields }\n      history { version amount delta score status reason publishedAt }\n    }\n  }\n": typeof types.IncentivesMyBonusDocument,
    "\n  query IncentivesCycleReviews($cycleId: ID!, $kind: String, $revieweeId: ID) {\n    cycleReviews(cycleId: $cycleId, kind: $kind, revieweeId: $revieweeId) { ...IncentivesReviewFields }\n  }\n": typeof types.IncentivesCycleReviewsDocument,
    "mutation IncentivesAssignReviewers($input: AssignReviewersInput!) { assignReviewers(input: $input) { ...IncentivesReviewFields } }": typeof types.IncentivesAssignReviewersDocument,
    "mutation IncentivesRemoveAssignment($id: ID!) { removeReviewAssignment(id: $id) }": typeof types.IncentivesRemoveAssignmentDocument,
    "\n  fragment IncentivesAwardFields on IncentivesAward {\n    id personId personName nominatedById nominatedByName kind title description link status amount currency decisionNote decidedAt paidAt createdAt\n  }\n": typeof types.IncentivesAwardFieldsFragmentDoc,
    "\n  query IncentivesAwardsPage($filter: IncentivesAwardFilter, $sort: IncentivesAwardSort, $first: Int!, $after: String) {\n    awardsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...IncentivesAwardFields } }\n  }\n": typeof types.IncentivesAwardsPageDocument,
    "mutation IncentivesNominateAward($input: NominateAwardInput!) { nominateAward(input: $input) { ...IncentivesAwardFields } }": typeof types.IncentivesNominateAwardDocument,
    "\n  mutation IncentivesApproveAward($id: ID!, $input: ApproveAwardInput!) { approveAward(id: $id, input: $input) { ...IncentivesAwardFields } }\n": typeof types.IncentivesApproveAwardDocument,
    "mutation IncentivesRejectAward($id: ID!, $reason: String!) { rejectAward(id: $id, reason: $reason) { ...IncentivesAwardFields } }": typeof types.IncentivesRejectAwardDocument,
    "mutation IncentivesPayAward($id: ID!) { payAward(id: $id) { ...IncentivesAwardFields } }": typeof types.IncentivesPayAwardDocument,
    "\n  fragment IncentivesGrantFields on IncentivesEquityGrant {\n    id personId personName kind units strikePrice currency grantDate vestingStart cliffMonths vestingMonths frequencyMonths status note createdBy approvedBy approvedAt\n    vestedUnits schedule { date units cumulative }\n  }\n": typeof types.IncentivesGrantFieldsFragmentDoc,
    "query IncentivesEquityGrants($personId: ID) { equityGrants(personId: $personId) { ...IncentivesGrantFields } }": typeof types.IncentivesEquityGrantsDocument,
    "\n  query IncentivesEquityGrantsPage($filter: IncentivesEquityGrantFilter, $sort: IncentivesEquityGrantSort, $first: Int!, $after: String) {\n    equityGrantsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...IncentivesGrantFields } }\n  }\n": typeof types.IncentivesEquityGrantsPageDocument,
    "\n  mutation IncentivesCreateEquityGrant($input: CreateEquityGrantInput!) { createEquityGrant(input: $input) { ...IncentivesGrantFields } }\n": typeof types.IncentivesCreateEquityGrantDocument,
    "mutation IncentivesApproveEquityGrant($id: ID!) { approveEquityGrant(id: $id) { ...IncentivesGrantFields } }": typeof types.IncentivesApproveEquityGrantDocument,
    "mutation IncentivesCancelEquityGrant($id: ID!) { cancelEquityGrant(id: $id) { ...IncentivesGrantFields } }": typeof types.IncentivesCancelEquityGrantDocument,
    "\n  fragment IncentivesMeritMatrixFields on IncentivesMeritMatrix {\n    id cycleId name budget currency positionBreaks cells status approvedAt totalProposed totalAmount withinBudget increaseCount createdAt updatedAt\n  }\n": typeof types.IncentivesMeritMatrixFieldsFragmentDoc,
    "\n  fragment IncentivesMeritIncreaseFields on IncentivesMeritIncrease {\n    id personId name level currency band positionInRange positionColumn matrixPercent baseSalary proposedAmount amount newBase note\n  }\n": typeof types.IncentivesMeritIncreaseFieldsFragmentDoc,
    "query IncentivesMeritMatrices($cycleId: ID) { meritMatrices(cycleId: $cycleId) { ...IncentivesMeritMatrixFields } }": typeof types.IncentivesMeritMatricesDocument,
    "\n  query IncentivesMeritMatrix($id: ID!) { meritMatrix(id: $id) { ...IncentivesMeritMatrixFields } meritIncreases(matrixId: $id) { ...IncentivesMeritIncreaseFields } }\n": typeof types.IncentivesMeritMatrixDocument,
    "query IncentivesMeritCycles { reviewCycles { id name status coefficients } }": typeof types.IncentivesMeritCyclesDocument,
    "\n  mutation IncentivesCreateMeritMatrix($input: CreateMeritMatrixInput!) { createMeritMatrix(input: $input) { ...IncentivesMeritMatrixFields } }\n": typeof types.IncentivesCreateMeritMatrixDocument,
    "\n  mutation IncentivesUpdateMeritMatrix($id: ID!, $input: UpdateMeritMatrixInput!) { updateMeritMatrix(id: $id, input: $input) { ...IncentivesMeritMatrixFields } }\n": typeof types.IncentivesUpdateMeritMatrixDocument,
    "mutation IncentivesComputeMerit($id: ID!) { computeMeritIncreases(id: $id) { ...IncentivesMeritMatrixFields } }": typeof types.IncentivesComputeMeritDocument,
    "mutation IncentivesApproveMerit($id: ID!) { approveMeritMatrix(id: $id) { ...IncentivesMeritMatrixFields } }": typeof types.IncentivesApproveMeritDocument,
};
const documents: Documents = {
    "fragment IncentivesBandFields on IncentivesBand { band coefficient condition lower upper }": types.IncentivesBandFieldsFragmentDoc,
    "\n  fragment IncentivesCycleFields on IncentivesReviewCycle {\n    id name updatedAt periodStart periodEnd status kinds kindWeights { kind weight } criteria { key name description weight } participantCount peerCount\n    thresholds coefficients bands { ...IncentivesBandFields } anonymity anonymityThreshold selfDue peerDue upwardDue managerDue openedAt calibratingAt finalisedAt\n    progress { total submitted pending overdue expired byKind { kind total submitted pending overdue expired } }\n  }\n": types.IncentivesCycleFieldsFragmentDoc,
    "\n  fragment IncentivesReviewFields on IncentivesReview {\n    id cycleId kind revieweeId revieweeName reviewerId reviewerName anonymous status withheld dueDate overdue score comment submittedAt ratings { criterionKey rating comment }\n  }\n": types.IncentivesReviewFieldsFragmentDoc,
    "\n  fragment IncentivesVersionFields on IncentivesAllocationVersion {\n    id version status reason amount total currency lambda weightedSum people atFloor atCap thresholds coefficients createdAt publishedAt\n  }\n": types.IncentivesVersionFieldsFragmentDoc,
    "\n  fragment IncentivesPoolFields on IncentivesBonusPool {\n    id name cycleId cycleName status amount currency weightRule thresholds coefficients bands { ...IncentivesBandFields } memberCount note defaultFloor defaultCap\n    scenarioOfId scenarioIds approvedAt approvedBy publishedAt publishedVersion createdAt currentVersion { ...IncentivesVersionFields } proposedVersion { ...IncentivesVersionFields }\n  }\n": types.IncentivesPoolFieldsFragmentDoc,
    "fragment IncentivesParticipantFields on IncentivesParticipant { id cycleId personId name level score calibratedScore finalScore potential band coefficient }": types.IncentivesParticipantFieldsFragmentDoc,
    "fragment IncentivesDistributionFields on IncentivesDistributionGroup { key label count mean histogram { lower upper count } }": types.IncentivesDistributionFieldsFragmentDoc,
    "query IncentivesCycles($status: String) { reviewCycles(status: $status) { ...IncentivesCycleFields } }": types.IncentivesCyclesDocument,
    "\n  query IncentivesCyclesPage($filter: IncentivesReviewCycleFilter, $sort: IncentivesReviewCycleSort, $first: Int!, $after: String) {\n    reviewCyclesPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...IncentivesCycleFields } }\n  }\n": types.IncentivesCyclesPageDocument,
    "query IncentivesCycle($id: ID!) { reviewCycle(id: $id) { ...IncentivesCycleFields } }": types.IncentivesCycleDocument,
    "mutation IncentivesCreateCycle($input: CreateReviewCycleInput!) { createReviewCycle(input: $input) { ...IncentivesCycleFields } }": types.IncentivesCreateCycleDocument,
    "mutation IncentivesUpdateCycle($id: ID!, $input: UpdateReviewCycleInput!) { updateReviewCycle(id: $id, input: $input) { ...IncentivesCycleFields } }": types.IncentivesUpdateCycleDocument,
    "mutation IncentivesOpenCycle($id: ID!) { openReviewCycle(id: $id) { ...IncentivesCycleFields } }": types.IncentivesOpenCycleDocument,
    "mutation IncentivesStartCalibration($id: ID!) { startReviewCycleCalibration(id: $id) { ...IncentivesCycleFields } }": types.IncentivesStartCalibrationDocument,
    "mutation IncentivesFinaliseCycle($id: ID!) { finaliseReviewCycle(id: $id) { ...IncentivesCycleFields } }": types.IncentivesFinaliseCycleDocument,
    "\n  mutation IncentivesSetBands($id: ID!, $input: IncentivesBandsInput!) { setReviewCycleBands(id: $id, input: $input) { ...IncentivesCycleFields } }\n": types.IncentivesSetBandsDocument,
    "\n  query IncentivesParticipants($cycleId: ID!, $personId: ID) { reviewCycleParticipants(cycleId: $cycleId, personId: $personId) { ...IncentivesParticipantFields } }\n": types.IncentivesParticipantsDocument,
    "\n  query IncentivesCycleReviewsPage($cycleId: ID!, $filter: IncentivesReviewFilter, $sort: IncentivesReviewSort, $first: Int!, $after: String) {\n    cycleReviewsPage(cycleId: $cycleId, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount pageInfo { endCursor hasNextPage }\n      nodes { ...IncentivesReviewFields }\n    }\n  }\n": types.IncentivesCycleReviewsPageDocument,
    "query IncentivesMyTasks($cycleId: ID) { myReviewTasks(cycleId: $cycleId) { ...IncentivesReviewFields } }": types.IncentivesMyTasksDocument,
    "mutation IncentivesSubmitReview($input: SubmitReviewInput!) { submitReview(input: $input) { ...IncentivesReviewFields } }": types.IncentivesSubmitReviewDocument,
    "\n  query IncentivesMyReview($cycleId: ID) {\n    myReview(cycleId: $cycleId) {\n      cycle { id name status periodStart periodEnd criteria { key name description weight } } resultsAvailable pendingTasks finalScore calibrated band coefficient\n      bands { ...IncentivesBandFields } selfReview { ...IncentivesReviewFields } managerReviews { ...IncentivesReviewFields }\n      aggregates { kind reviewers score withheld comments criteria { key name average } }\n    }\n  }\n": types.IncentivesMyReviewDocument,
    "\n  query IncentivesCalibration($cycleId: ID!) {\n    calibrationView(cycleId: $cycleId) {\n      cycleId distribution { lower upper count } bands { band coefficient condition count }\n      byTeam { ...IncentivesDistributionFields } byLevel { ...IncentivesDistributionFields }\n      nineBox { performance potential count personIds } entries { personId name level teamName score calibratedScore finalScore band potential performance }\n    }\n  }\n": types.IncentivesCalibrationDocument,
    "\n  query IncentivesScoreCalibrations($cycleId: ID!, $personId: ID) {\n    scoreCalibrations(cycleId: $cycleId, personId: $personId) { id personId personName fromScore toScore reason actorEmail at }\n  }\n": types.IncentivesScoreCalibrationsDocument,
    "\n  mutation IncentivesCalibrateScore($input: CalibrateScoreInput!) {\n    calibrateScore(input: $input) { participant { ...IncentivesParticipantFields } newVersions { ...IncentivesVersionFields } }\n  }\n": types.IncentivesCalibrateScoreDocument,
    "mutation IncentivesSetPotential($input: SetPotentialInput!) { setPotential(input: $input) { ...IncentivesParticipantFields } }": types.IncentivesSetPotentialDocument,
    "\n  query IncentivesPools($cycleId: ID, $includeScenarios: Boolean! = false) {\n    bonusPools(cycleId: $cycleId, includeScenarios: $includeScenarios) { ...IncentivesPoolFields }\n  }\n": types.IncentivesPoolsDocument,
    "\n  query IncentivesPoolsPage($filter: IncentivesBonusPoolFilter, $sort: IncentivesBonusPoolSort, $first: Int!, $after: String) {\n    bonusPoolsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...IncentivesPoolFields } }\n  }\n": types.IncentivesPoolsPageDocument,
    "mutation IncentivesStartAllocation($id: ID!) { startBonusPoolAllocation(id: $id) { id } }": types.IncentivesStartAllocationDocument,
    "query IncentivesPool($id: ID!) { bonusPool(id: $id) { ...IncentivesPoolFields } }": types.IncentivesPoolDocument,
    "\n  query IncentivesPoolInputs($id: ID!) {\n    bonusPoolInputs(id: $id) {\n      poolId amount currency unit thresholds coefficients bands { ...IncentivesBandFields }\n      people { personId name level weight weightExplanation score band coefficient floor cap error }\n    }\n  }\n": types.IncentivesPoolInputsDocument,
    "\n  query IncentivesAllocations($poolId: ID!, $version: Int) {\n    bonusAllocations(poolId: $poolId, version: $version) {\n      id personId name level currency version weight score band coefficient floor cap exactAmount amount bound previousAmount delta\n    }\n  }\n": types.IncentivesAllocationsDocument,
    "\n  query IncentivesAllocationsPage($poolId: ID!, $filter: IncentivesAllocationFilter, $sort: IncentivesAllocationSort, $first: Int!, $after: String) {\n    bonusAllocationsPage(poolId: $poolId, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount pageInfo { endCursor hasNextPage }\n      nodes { id personId name level currency version weight score band coefficient floor cap exactAmount amount bound previousAmount delta }\n    }\n  }\n": types.IncentivesAllocationsPageDocument,
    "\n  query IncentivesPersonAllocation($poolId: ID!, $personId: ID!) {\n    bonusAllocationsPage(poolId: $poolId, filter: { personId: $personId }, first: 1) { nodes { id personId currency amount delta } }\n  }\n": types.IncentivesPersonAllocationDocument,
    "query IncentivesPoolVersions($poolId: ID!) { bonusPoolVersions(poolId: $poolId) { ...IncentivesVersionFields } }": types.IncentivesPoolVersionsDocument,
    "mutation IncentivesCreatePool($input: CreateBonusPoolInput!) { createBonusPool(input: $input) { ...IncentivesPoolFields } }": types.IncentivesCreatePoolDocument,
    "\n  mutation IncentivesUpdatePool($id: ID!, $input: UpdateBonusPoolInput!) { updateBonusPool(id: $id, input: $input) { ...IncentivesPoolFields } }\n": types.IncentivesUpdatePoolDocument,
    "\n  mutation IncentivesCreateScenario($poolId: ID!, $input: CreateBonusScenarioInput!) { createBonusScenario(poolId: $poolId, input: $input) { ...IncentivesPoolFields } }\n": types.IncentivesCreateScenarioDocument,
    "mutation IncentivesApprovePool($id: ID!) { approveBonusPool(id: $id) { ...IncentivesPoolFields } }": types.IncentivesApprovePoolDocument,
    "mutation IncentivesReopenPool($id: ID!) { reopenBonusPool(id: $id) { ...IncentivesPoolFields } }": types.IncentivesReopenPoolDocument,
    "mutation IncentivesPublishPool($id: ID!) { publishBonusPool(id: $id) { ...IncentivesPoolFields } }": types.IncentivesPublishPoolDocument,
    "mutation IncentivesPublishPoolRevision($id: ID!) { publishBonusPoolRevision(id: $id) { ...IncentivesPoolFields } }": types.IncentivesPublishPoolRevisionDocument,
    "mutation IncentivesDiscardPoolRevision($id: ID!) { discardBonusPoolRevision(id: $id) { ...IncentivesPoolFields } }": types.IncentivesDiscardPoolRevisionDocument,
    "mutation IncentivesApplyScenario($id: ID!) { applyBonusScenario(id: $id) { ...IncentivesPoolFields } }": types.IncentivesApplyScenarioDocument,
    "mutation IncentivesDeleteScenario($id: ID!) { deleteBonusScenario(id: $id) }": types.IncentivesDeleteScenarioDocument,
    "\n  query IncentivesCompare($poolIds: [ID!]!) {\n    compareBonusScenarios(poolIds: $poolIds) {\n      pools { poolId name status amount total currency thresholds coefficients lambda min median max atFloor atCap bandCounts }\n      rows { personId name level score amounts coefficients }\n    }\n  }\n": types.IncentivesCompareDocument,
    "\n  query IncentivesMyBonus($poolId: ID) {\n    myBonus(poolId: $poolId) {\n      poolId poolName cycleId cycleName version publishedAt amount currency poolAmount score band coefficient weight weightRule weightExplanation weightedSum lambda\n      floor cap bound exactAmount previousAmount delta formula calculation bands { ...IncentivesBandFields }\n      history { version amount delta score status reason publishedAt }\n    }\n  }\n": types.IncentivesMyBonusDocument,
    "\n  query IncentivesCycleReviews($cycleId: ID!, $kind: String, $revieweeId: ID) {\n    cycleReviews(cycleId: $cycleId, kind: $kind, revieweeId: $revieweeId) { ...IncentivesReviewFields }\n  }\n": types.IncentivesCycleReviewsDocument,
    "mutation IncentivesAssignReviewers($input: AssignReviewersInput!) { assignReviewers(input: $input) { ...IncentivesReviewFields } }": types.IncentivesAssignReviewersDocument,
    "mutation IncentivesRemoveAssignment($id: ID!) { removeReviewAssignment(id: $id) }": types.IncentivesRemoveAssignmentDocument,
    "\n  fragment IncentivesAwardFields on IncentivesAward {\n    id personId personName nominatedById nominatedByName kind title description link status amount currency decisionNote decidedAt paidAt createdAt\n  }\n": types.IncentivesAwardFieldsFragmentDoc,
    "\n  query IncentivesAwardsPage($filter: IncentivesAwardFilter, $sort: IncentivesAwardSort, $first: Int!, $after: String) {\n    awardsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...IncentivesAwardFields } }\n  }\n": types.IncentivesAwardsPageDocument,
    "mutation IncentivesNominateAward($input: NominateAwardInput!) { nominateAward(input: $input) { ...IncentivesAwardFields } }": types.IncentivesNominateAwardDocument,
    "\n  mutation IncentivesApproveAward($id: ID!, $input: ApproveAwardInput!) { approveAward(id: $id, input: $input) { ...IncentivesAwardFields } }\n": types.IncentivesApproveAwardDocument,
    "mutation IncentivesRejectAward($id: ID!, $reason: String!) { rejectAward(id: $id, reason: $reason) { ...IncentivesAwardFields } }": types.IncentivesRejectAwardDocument,
    "mutation IncentivesPayAward($id: ID!) { payAward(id: $id) { ...IncentivesAwardFields } }": types.IncentivesPayAwardDocument,
    "\n  fragment IncentivesGrantFields on IncentivesEquityGrant {\n    id personId personName kind units strikePrice currency grantDate vestingStart cliffMonths vestingMonths frequencyMonths status note createdBy approvedBy approvedAt\n    vestedUnits schedule { date units cumulative }\n  }\n": types.IncentivesGrantFieldsFragmentDoc,
    "query IncentivesEquityGrants($personId: ID) { equityGrants(personId: $personId) { ...IncentivesGrantFields } }": types.IncentivesEquityGrantsDocument,
    "\n  query IncentivesEquityGrantsPage($filter: IncentivesEquityGrantFilter, $sort: IncentivesEquityGrantSort, $first: Int!, $after: String) {\n    equityGrantsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...IncentivesGrantFields } }\n  }\n": types.IncentivesEquityGrantsPageDocument,
    "\n  mutation IncentivesCreateEquityGrant($input: CreateEquityGrantInput!) { createEquityGrant(input: $input) { ...IncentivesGrantFields } }\n": types.IncentivesCreateEquityGrantDocument,
    "mutation IncentivesApproveEquityGrant($id: ID!) { approveEquityGrant(id: $id) { ...IncentivesGrantFields } }": types.IncentivesApproveEquityGrantDocument,
    "mutation IncentivesCancelEquityGrant($id: ID!) { cancelEquityGrant(id: $id) { ...IncentivesGrantFields } }": types.IncentivesCancelEquityGrantDocument,
    "\n  fragment IncentivesMeritMatrixFields on IncentivesMeritMatrix {\n    id cycleId name budget currency positionBreaks cells status approvedAt totalProposed totalAmount withinBudget increaseCount createdAt updatedAt\n  }\n": types.IncentivesMeritMatrixFieldsFragmentDoc,
    "\n  fragment IncentivesMeritIncreaseFields on IncentivesMeritIncrease {\n    id personId name level currency band positionInRange positionColumn matrixPercent baseSalary proposedAmount amount newBase note\n  }\n": types.IncentivesMeritIncreaseFieldsFragmentDoc,
    "query IncentivesMeritMatrices($cycleId: ID) { meritMatrices(cycleId: $cycleId) { ...IncentivesMeritMatrixFields } }": types.IncentivesMeritMatricesDocument,
    "\n  query IncentivesMeritMatrix($id: ID!) { meritMatrix(id: $id) { ...IncentivesMeritMatrixFields } meritIncreases(matrixId: $id) { ...IncentivesMeritIncreaseFields } }\n": types.IncentivesMeritMatrixDocument,
    "query IncentivesMeritCycles { reviewCycles { id name status coefficients } }": types.IncentivesMeritCyclesDocument,
    "\n  mutation IncentivesCreateMeritMatrix($input: CreateMeritMatrixInput!) { createMeritMatrix(input: $input) { ...IncentivesMeritMatrixFields } }\n": types.IncentivesCreateMeritMatrixDocument,
    "\n  mutation IncentivesUpdateMeritMatrix($id: ID!, $input: UpdateMeritMatrixInput!) { updateMeritMatrix(id: $id, input: $input) { ...IncentivesMeritMatrixFields } }\n": types.IncentivesUpdateMeritMatrixDocument,
    "mutation IncentivesComputeMerit($id: ID!) { computeMeritIncreases(id: $id) { ...IncentivesMeritMatrixFields } }": types.IncentivesComputeMeritDocument,
    "mutation IncentivesApproveMerit($id: ID!) { approveMeritMatrix(id: $id) { ...IncentivesMeritMatrixFields } }": types.IncentivesApproveMeritDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IncentivesBandFields on IncentivesBand { band coefficient condition lower upper }"): typeof import('./graphql').IncentivesBandFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncentivesCycleFields on IncentivesReviewCycle {\n    id name updatedAt periodStart periodEnd status kinds kindWeights { kind weight } criteria { key name description weight } participantCount peerCount\n    thresholds coefficients bands { ...IncentivesBandFields } anonymity anonymityThreshold selfDue peerDue upwardDue managerDue openedAt calibratingAt finalisedAt\n    progress { total submitted pending overdue expired byKind { kind total submitted pending overdue expired } }\n  }\n"): typeof import('./graphql').IncentivesCycleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncentivesReviewFields on IncentivesReview {\n    id cycleId kind revieweeId revieweeName reviewerId reviewerName anonymous status withheld dueDate overdue score comment submittedAt ratings { criterionKey rating comment }\n  }\n"): typeof import('./graphql').IncentivesReviewFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncentivesVersionFields on IncentivesAllocationVersion {\n    id version status reason amount total currency lambda weightedSum people atFloor atCap thresholds coefficients createdAt publishedAt\n  }\n"): typeof import('./graphql').IncentivesVersionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncentivesPoolFields on IncentivesBonusPool {\n    id name cycleId cycleName status amount currency weightRule thresholds coefficients bands { ...IncentivesBandFields } memberCount note defaultFloor defaultCap\n    scenarioOfId scenarioIds approvedAt approvedBy publishedAt publishedVersion createdAt currentVersion { ...IncentivesVersionFields } proposedVersion { ...IncentivesVersionFields }\n  }\n"): typeof import('./graphql').IncentivesPoolFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IncentivesParticipantFields on IncentivesParticipant { id cycleId personId name level score calibratedScore finalScore potential band coefficient }"): typeof import('./graphql').IncentivesParticipantFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IncentivesDistributionFields on IncentivesDistributionGroup { key label count mean histogram { lower upper count } }"): typeof import('./graphql').IncentivesDistributionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncentivesCycles($status: String) { reviewCycles(status: $status) { ...IncentivesCycleFields } }"): typeof import('./graphql').IncentivesCyclesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivesCyclesPage($filter: IncentivesReviewCycleFilter, $sort: IncentivesReviewCycleSort, $first: Int!, $after: String) {\n    reviewCyclesPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...IncentivesCycleFields } }\n  }\n"): typeof import('./graphql').IncentivesCyclesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncentivesCycle($id: ID!) { reviewCycle(id: $id) { ...IncentivesCycleFields } }"): typeof import('./graphql').IncentivesCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesCreateCycle($input: CreateReviewCycleInput!) { createReviewCycle(input: $input) { ...IncentivesCycleFields } }"): typeof import('./graphql').IncentivesCreateCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesUpdateCycle($id: ID!, $input: UpdateReviewCycleInput!) { updateReviewCycle(id: $id, input: $input) { ...IncentivesCycleFields } }"): typeof import('./graphql').IncentivesUpdateCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesOpenCycle($id: ID!) { openReviewCycle(id: $id) { ...IncentivesCycleFields } }"): typeof import('./graphql').IncentivesOpenCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesStartCalibration($id: ID!) { startReviewCycleCalibration(id: $id) { ...IncentivesCycleFields } }"): typeof import('./graphql').IncentivesStartCalibrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesFinaliseCycle($id: ID!) { finaliseReviewCycle(id: $id) { ...IncentivesCycleFields } }"): typeof import('./graphql').IncentivesFinaliseCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncentivesSetBands($id: ID!, $input: IncentivesBandsInput!) { setReviewCycleBands(id: $id, input: $input) { ...IncentivesCycleFields } }\n"): typeof import('./graphql').IncentivesSetBandsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivesParticipants($cycleId: ID!, $personId: ID) { reviewCycleParticipants(cycleId: $cycleId, personId: $personId) { ...IncentivesParticipantFields } }\n"): typeof import('./graphql').IncentivesParticipantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivesCycleReviewsPage($cycleId: ID!, $filter: IncentivesReviewFilter, $sort: IncentivesReviewSort, $first: Int!, $after: String) {\n    cycleReviewsPage(cycleId: $cycleId, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount pageInfo { endCursor hasNextPage }\n      nodes { ...IncentivesReviewFields }\n    }\n  }\n"): typeof import('./graphql').IncentivesCycleReviewsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncentivesMyTasks($cycleId: ID) { myReviewTasks(cycleId: $cycleId) { ...IncentivesReviewFields } }"): typeof import('./graphql').IncentivesMyTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesSubmitReview($input: SubmitReviewInput!) { submitReview(input: $input) { ...IncentivesReviewFields } }"): typeof import('./graphql').IncentivesSubmitReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivesMyReview($cycleId: ID) {\n    myReview(cycleId: $cycleId) {\n      cycle { id name status periodStart periodEnd criteria { key name description weight } } resultsAvailable pendingTasks finalScore calibrated band coefficient\n      bands { ...IncentivesBandFields } selfReview { ...IncentivesReviewFields } managerReviews { ...IncentivesReviewFields }\n      aggregates { kind reviewers score withheld comments criteria { key name average } }\n    }\n  }\n"): typeof import('./graphql').IncentivesMyReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivesCalibration($cycleId: ID!) {\n    calibrationView(cycleId: $cycleId) {\n      cycleId distribution { lower upper count } bands { band coefficient condition count }\n      byTeam { ...IncentivesDistributionFields } byLevel { ...IncentivesDistributionFields }\n      nineBox { performance potential count personIds } entries { personId name level teamName score calibratedScore finalScore band potential performance }\n    }\n  }\n"): typeof import('./graphql').IncentivesCalibrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivesScoreCalibrations($cycleId: ID!, $personId: ID) {\n    scoreCalibrations(cycleId: $cycleId, personId: $personId) { id personId personName fromScore toScore reason actorEmail at }\n  }\n"): typeof import('./graphql').IncentivesScoreCalibrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncentivesCalibrateScore($input: CalibrateScoreInput!) {\n    calibrateScore(input: $input) { participant { ...IncentivesParticipantFields } newVersions { ...IncentivesVersionFields } }\n  }\n"): typeof import('./graphql').IncentivesCalibrateScoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesSetPotential($input: SetPotentialInput!) { setPotential(input: $input) { ...IncentivesParticipantFields } }"): typeof import('./graphql').IncentivesSetPotentialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivesPools($cycleId: ID, $includeScenarios: Boolean! = false) {\n    bonusPools(cycleId: $cycleId, includeScenarios: $includeScenarios) { ...IncentivesPoolFields }\n  }\n"): typeof import('./graphql').IncentivesPoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivesPoolsPage($filter: IncentivesBonusPoolFilter, $sort: IncentivesBonusPoolSort, $first: Int!, $after: String) {\n    bonusPoolsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...IncentivesPoolFields } }\n  }\n"): typeof import('./graphql').IncentivesPoolsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesStartAllocation($id: ID!) { startBonusPoolAllocation(id: $id) { id } }"): typeof import('./graphql').IncentivesStartAllocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncentivesPool($id: ID!) { bonusPool(id: $id) { ...IncentivesPoolFields } }"): typeof import('./graphql').IncentivesPoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivesPoolInputs($id: ID!) {\n    bonusPoolInputs(id: $id) {\n      poolId amount currency unit thresholds coefficients bands { ...IncentivesBandFields }\n      people { personId name level weight weightExplanation score band coefficient floor cap error }\n    }\n  }\n"): typeof import('./graphql').IncentivesPoolInputsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivesAllocations($poolId: ID!, $version: Int) {\n    bonusAllocations(poolId: $poolId, version: $version) {\n      id personId name level currency version weight score band coefficient floor cap exactAmount amount bound previousAmount delta\n    }\n  }\n"): typeof import('./graphql').IncentivesAllocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivesAllocationsPage($poolId: ID!, $filter: IncentivesAllocationFilter, $sort: IncentivesAllocationSort, $first: Int!, $after: String) {\n    bonusAllocationsPage(poolId: $poolId, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount pageInfo { endCursor hasNextPage }\n      nodes { id personId name level currency version weight score band coefficient floor cap exactAmount amount bound previousAmount delta }\n    }\n  }\n"): typeof import('./graphql').IncentivesAllocationsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivesPersonAllocation($poolId: ID!, $personId: ID!) {\n    bonusAllocationsPage(poolId: $poolId, filter: { personId: $personId }, first: 1) { nodes { id personId currency amount delta } }\n  }\n"): typeof import('./graphql').IncentivesPersonAllocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncentivesPoolVersions($poolId: ID!) { bonusPoolVersions(poolId: $poolId) { ...IncentivesVersionFields } }"): typeof import('./graphql').IncentivesPoolVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesCreatePool($input: CreateBonusPoolInput!) { createBonusPool(input: $input) { ...IncentivesPoolFields } }"): typeof import('./graphql').IncentivesCreatePoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncentivesUpdatePool($id: ID!, $input: UpdateBonusPoolInput!) { updateBonusPool(id: $id, input: $input) { ...IncentivesPoolFields } }\n"): typeof import('./graphql').IncentivesUpdatePoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncentivesCreateScenario($poolId: ID!, $input: CreateBonusScenarioInput!) { createBonusScenario(poolId: $poolId, input: $input) { ...IncentivesPoolFields } }\n"): typeof import('./graphql').IncentivesCreateScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesApprovePool($id: ID!) { approveBonusPool(id: $id) { ...IncentivesPoolFields } }"): typeof import('./graphql').IncentivesApprovePoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesReopenPool($id: ID!) { reopenBonusPool(id: $id) { ...IncentivesPoolFields } }"): typeof import('./graphql').IncentivesReopenPoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesPublishPool($id: ID!) { publishBonusPool(id: $id) { ...IncentivesPoolFields } }"): typeof import('./graphql').IncentivesPublishPoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesPublishPoolRevision($id: ID!) { publishBonusPoolRevision(id: $id) { ...IncentivesPoolFields } }"): typeof import('./graphql').IncentivesPublishPoolRevisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesDiscardPoolRevision($id: ID!) { discardBonusPoolRevision(id: $id) { ...IncentivesPoolFields } }"): typeof import('./graphql').IncentivesDiscardPoolRevisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesApplyScenario($id: ID!) { applyBonusScenario(id: $id) { ...IncentivesPoolFields } }"): typeof import('./graphql').IncentivesApplyScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesDeleteScenario($id: ID!) { deleteBonusScenario(id: $id) }"): typeof import('./graphql').IncentivesDeleteScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivesCompare($poolIds: [ID!]!) {\n    compareBonusScenarios(poolIds: $poolIds) {\n      pools { poolId name status amount total currency thresholds coefficients lambda min median max atFloor atCap bandCounts }\n      rows { personId name level score amounts coefficients }\n    }\n  }\n"): typeof import('./graphql').IncentivesCompareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivesMyBonus($poolId: ID) {\n    myBonus(poolId: $poolId) {\n      poolId poolName cycleId cycleName version publishedAt amount currency poolAmount score band coefficient weight weightRule weightExplanation weightedSum lambda\n      floor cap bound exactAmount previousAmount delta formula calculation bands { ...IncentivesBandFields }\n      history { version amount delta score status reason publishedAt }\n    }\n  }\n"): typeof import('./graphql').IncentivesMyBonusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivesCycleReviews($cycleId: ID!, $kind: String, $revieweeId: ID) {\n    cycleReviews(cycleId: $cycleId, kind: $kind, revieweeId: $revieweeId) { ...IncentivesReviewFields }\n  }\n"): typeof import('./graphql').IncentivesCycleReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesAssignReviewers($input: AssignReviewersInput!) { assignReviewers(input: $input) { ...IncentivesReviewFields } }"): typeof import('./graphql').IncentivesAssignReviewersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesRemoveAssignment($id: ID!) { removeReviewAssignment(id: $id) }"): typeof import('./graphql').IncentivesRemoveAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncentivesAwardFields on IncentivesAward {\n    id personId personName nominatedById nominatedByName kind title description link status amount currency decisionNote decidedAt paidAt createdAt\n  }\n"): typeof import('./graphql').IncentivesAwardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivesAwardsPage($filter: IncentivesAwardFilter, $sort: IncentivesAwardSort, $first: Int!, $after: String) {\n    awardsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...IncentivesAwardFields } }\n  }\n"): typeof import('./graphql').IncentivesAwardsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesNominateAward($input: NominateAwardInput!) { nominateAward(input: $input) { ...IncentivesAwardFields } }"): typeof import('./graphql').IncentivesNominateAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncentivesApproveAward($id: ID!, $input: ApproveAwardInput!) { approveAward(id: $id, input: $input) { ...IncentivesAwardFields } }\n"): typeof import('./graphql').IncentivesApproveAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesRejectAward($id: ID!, $reason: String!) { rejectAward(id: $id, reason: $reason) { ...IncentivesAwardFields } }"): typeof import('./graphql').IncentivesRejectAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesPayAward($id: ID!) { payAward(id: $id) { ...IncentivesAwardFields } }"): typeof import('./graphql').IncentivesPayAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncentivesGrantFields on IncentivesEquityGrant {\n    id personId personName kind units strikePrice currency grantDate vestingStart cliffMonths vestingMonths frequencyMonths status note createdBy approvedBy approvedAt\n    vestedUnits schedule { date units cumulative }\n  }\n"): typeof import('./graphql').IncentivesGrantFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncentivesEquityGrants($personId: ID) { equityGrants(personId: $personId) { ...IncentivesGrantFields } }"): typeof import('./graphql').IncentivesEquityGrantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivesEquityGrantsPage($filter: IncentivesEquityGrantFilter, $sort: IncentivesEquityGrantSort, $first: Int!, $after: String) {\n    equityGrantsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...IncentivesGrantFields } }\n  }\n"): typeof import('./graphql').IncentivesEquityGrantsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncentivesCreateEquityGrant($input: CreateEquityGrantInput!) { createEquityGrant(input: $input) { ...IncentivesGrantFields } }\n"): typeof import('./graphql').IncentivesCreateEquityGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesApproveEquityGrant($id: ID!) { approveEquityGrant(id: $id) { ...IncentivesGrantFields } }"): typeof import('./graphql').IncentivesApproveEquityGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesCancelEquityGrant($id: ID!) { cancelEquityGrant(id: $id) { ...IncentivesGrantFields } }"): typeof import('./graphql').IncentivesCancelEquityGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncentivesMeritMatrixFields on IncentivesMeritMatrix {\n    id cycleId name budget currency positionBreaks cells status approvedAt totalProposed totalAmount withinBudget increaseCount createdAt updatedAt\n  }\n"): typeof import('./graphql').IncentivesMeritMatrixFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncentivesMeritIncreaseFields on IncentivesMeritIncrease {\n    id personId name level currency band positionInRange positionColumn matrixPercent baseSalary proposedAmount amount newBase note\n  }\n"): typeof import('./graphql').IncentivesMeritIncreaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncentivesMeritMatrices($cycleId: ID) { meritMatrices(cycleId: $cycleId) { ...IncentivesMeritMatrixFields } }"): typeof import('./graphql').IncentivesMeritMatricesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncentivesMeritMatrix($id: ID!) { meritMatrix(id: $id) { ...IncentivesMeritMatrixFields } meritIncreases(matrixId: $id) { ...IncentivesMeritIncreaseFields } }\n"): typeof import('./graphql').IncentivesMeritMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncentivesMeritCycles { reviewCycles { id name status coefficients } }"): typeof import('./graphql').IncentivesMeritCyclesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncentivesCreateMeritMatrix($input: CreateMeritMatrixInput!) { createMeritMatrix(input: $input) { ...IncentivesMeritMatrixFields } }\n"): typeof import('./graphql').IncentivesCreateMeritMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncentivesUpdateMeritMatrix($id: ID!, $input: UpdateMeritMatrixInput!) { updateMeritMatrix(id: $id, input: $input) { ...IncentivesMeritMatrixFields } }\n"): typeof import('./graphql').IncentivesUpdateMeritMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesComputeMerit($id: ID!) { computeMeritIncreases(id: $id) { ...IncentivesMeritMatrixFields } }"): typeof import('./graphql').IncentivesComputeMeritDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncentivesApproveMerit($id: ID!) { approveMeritMatrix(id: $id) { ...IncentivesMeritMatrixFields } }"): typeof import('./graphql').IncentivesApproveMeritDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
