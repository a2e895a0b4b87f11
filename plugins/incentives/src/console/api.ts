// The GraphQL documents of the incentives console. Their result and variable types are generated
// from the committed schema (./gql, by apps/console's codegen; the drift check keeps them current).
import { graphql } from './gql/index.js';

graphql(`fragment IncentivesBandFields on IncentivesBand { band coefficient condition lower upper }`);
graphql(`
  fragment IncentivesCycleFields on IncentivesReviewCycle {
    id name updatedAt periodStart periodEnd status kinds kindWeights { kind weight } criteria { key name description weight } participantCount peerCount
    thresholds coefficients bands { ...IncentivesBandFields } anonymity anonymityThreshold selfDue peerDue upwardDue managerDue openedAt calibratingAt finalisedAt
    progress { total submitted pending overdue expired byKind { kind total submitted pending overdue expired } }
  }
`);
graphql(`
  fragment IncentivesReviewFields on IncentivesReview {
    id cycleId kind revieweeId revieweeName reviewerId reviewerName anonymous status withheld dueDate overdue score comment submittedAt ratings { criterionKey rating comment }
  }
`);
graphql(`
  fragment IncentivesVersionFields on IncentivesAllocationVersion {
    id version status reason amount total currency lambda weightedSum people atFloor atCap thresholds coefficients createdAt publishedAt
  }
`);
graphql(`
  fragment IncentivesPoolFields on IncentivesBonusPool {
    id name cycleId cycleName status amount currency weightRule thresholds coefficients bands { ...IncentivesBandFields } memberCount note defaultFloor defaultCap
    scenarioOfId scenarioIds approvedAt approvedBy publishedAt publishedVersion createdAt currentVersion { ...IncentivesVersionFields } proposedVersion { ...IncentivesVersionFields }
  }
`);
graphql(`fragment IncentivesParticipantFields on IncentivesParticipant { id cycleId personId name level score calibratedScore finalScore potential band coefficient }`);
graphql(`fragment IncentivesDistributionFields on IncentivesDistributionGroup { key label count mean histogram { lower upper count } }`);

// Cycles
export const CYCLES = graphql(`query IncentivesCycles($status: String) { reviewCycles(status: $status) { ...IncentivesCycleFields } }`);
export const CYCLES_PAGE = graphql(`
  query IncentivesCyclesPage($filter: IncentivesReviewCycleFilter, $sort: IncentivesReviewCycleSort, $first: Int!, $after: String) {
    reviewCyclesPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...IncentivesCycleFields } }
  }
`);
export const CYCLE_ONE = graphql(`query IncentivesCycle($id: ID!) { reviewCycle(id: $id) { ...IncentivesCycleFields } }`);
export const CREATE_CYCLE = graphql(`mutation IncentivesCreateCycle($input: CreateReviewCycleInput!) { createReviewCycle(input: $input) { ...IncentivesCycleFields } }`);
export const UPDATE_CYCLE = graphql(`mutation IncentivesUpdateCycle($id: ID!, $input: UpdateReviewCycleInput!) { updateReviewCycle(id: $id, input: $input) { ...IncentivesCycleFields } }`);
export const OPEN_CYCLE = graphql(`mutation IncentivesOpenCycle($id: ID!) { openReviewCycle(id: $id) { ...IncentivesCycleFields } }`);
export const CALIBRATE_CYCLE = graphql(`mutation IncentivesStartCalibration($id: ID!) { startReviewCycleCalibration(id: $id) { ...IncentivesCycleFields } }`);
export const FINALISE_CYCLE = graphql(`mutation IncentivesFinaliseCycle($id: ID!) { finaliseReviewCycle(id: $id) { ...IncentivesCycleFields } }`);
export const SET_BANDS = graphql(`
  mutation IncentivesSetBands($id: ID!, $input: IncentivesBandsInput!) { setReviewCycleBands(id: $id, input: $input) { ...IncentivesCycleFields } }
`);
export const PARTICIPANTS = graphql(`
  query IncentivesParticipants($cycleId: ID!, $personId: ID) { reviewCycleParticipants(cycleId: $cycleId, personId: $personId) { ...IncentivesParticipantFields } }
`);

// Reviews
export const CYCLE_REVIEWS_PAGE = graphql(`
  query IncentivesCycleReviewsPage($cycleId: ID!, $filter: IncentivesReviewFilter, $sort: IncentivesReviewSort, $first: Int!, $after: String) {
    cycleReviewsPage(cycleId: $cycleId, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount pageInfo { endCursor hasNextPage }
      nodes { ...IncentivesReviewFields }
    }
  }
`);
export const MY_TASKS = graphql(`query IncentivesMyTasks($cycleId: ID) { myReviewTasks(cycleId: $cycleId) { ...IncentivesReviewFields } }`);
export const SUBMIT_REVIEW = graphql(`mutation IncentivesSubmitReview($input: SubmitReviewInput!) { submitReview(input: $input) { ...IncentivesReviewFields } }`);
export const MY_REVIEW = graphql(`
  query IncentivesMyReview($cycleId: ID) {
    myReview(cycleId: $cycleId) {
      cycle { id name status periodStart periodEnd criteria { key name description weight } } resultsAvailable pendingTasks finalScore calibrated band coefficient
      bands { ...IncentivesBandFields } selfReview { ...IncentivesReviewFields } managerReviews { ...IncentivesReviewFields }
      aggregates { kind reviewers score withheld comments criteria { key name average } }
    }
  }
`);

// Calibration
export const CALIBRATION = graphql(`
  query IncentivesCalibration($cycleId: ID!) {
    calibrationView(cycleId: $cycleId) {
      cycleId distribution { lower upper count } bands { band coefficient condition count }
      byTeam { ...IncentivesDistributionFields } byLevel { ...IncentivesDistributionFields }
      nineBox { performance potential count personIds } entries { personId name level teamName score calibratedScore finalScore band potential performance }
    }
  }
`);
export const CALIBRATIONS = graphql(`
  query IncentivesScoreCalibrations($cycleId: ID!, $personId: ID) {
    scoreCalibrations(cycleId: $cycleId, personId: $personId) { id personId personName fromScore toScore reason actorEmail at }
  }
`);
export const CALIBRATE_SCORE = graphql(`
  mutation IncentivesCalibrateScore($input: CalibrateScoreInput!) {
    calibrateScore(input: $input) { participant { ...IncentivesParticipantFields } newVersions { ...IncentivesVersionFields } }
  }
`);
export const SET_POTENTIAL = graphql(`mutation IncentivesSetPotential($input: SetPotentialInput!) { setPotential(input: $input) { ...IncentivesParticipantFields } }`);

// Pools
export const POOLS = graphql(`
  query IncentivesPools($cycleId: ID, $includeScenarios: Boolean! = false) {
    bonusPools(cycleId: $cycleId, includeScenarios: $includeScenarios) { ...IncentivesPoolFields }
  }
`);
export const POOLS_PAGE = graphql(`
  query IncentivesPoolsPage($filter: IncentivesBonusPoolFilter, $sort: IncentivesBonusPoolSort, $first: Int!, $after: String) {
    bonusPoolsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...IncentivesPoolFields } }
  }
`);
// Recomputing runs as a job (large pools take a while): the page follows it by id.
export const START_ALLOCATION = graphql(`mutation IncentivesStartAllocation($id: ID!) { startBonusPoolAllocation(id: $id) { id } }`);
export const POOL_ONE = graphql(`query IncentivesPool($id: ID!) { bonusPool(id: $id) { ...IncentivesPoolFields } }`);
export const POOL_INPUTS = graphql(`
  query IncentivesPoolInputs($id: ID!) {
    bonusPoolInputs(id: $id) {
      poolId amount currency unit thresholds coefficients bands { ...IncentivesBandFields }
      people { personId name level weight weightExplanation score band coefficient floor cap error }
    }
  }
`);
export const ALLOCATIONS = graphql(`
  query IncentivesAllocations($poolId: ID!, $version: Int) {
    bonusAllocations(poolId: $poolId, version: $version) {
      id personId name level currency version weight score band coefficient floor cap exactAmount amount bound previousAmount delta
    }
  }
`);
export const ALLOCATIONS_PAGE = graphql(`
  query IncentivesAllocationsPage($poolId: ID!, $filter: IncentivesAllocationFilter, $sort: IncentivesAllocationSort, $first: Int!, $after: String) {
    bonusAllocationsPage(poolId: $poolId, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount pageInfo { endCursor hasNextPage }
      nodes { id personId name level currency version weight score band coefficient floor cap exactAmount amount bound previousAmount delta }
    }
  }
`);
// The person tab's row of one published pool: that person's allocation only, never the whole pool.
export const PERSON_ALLOCATION = graphql(`
  query IncentivesPersonAllocation($poolId: ID!, $personId: ID!) {
    bonusAllocationsPage(poolId: $poolId, filter: { personId: $personId }, first: 1) { nodes { id personId currency amount delta } }
  }
`);
export const VERSIONS = graphql(`query IncentivesPoolVersions($poolId: ID!) { bonusPoolVersions(poolId: $poolId) { ...IncentivesVersionFields } }`);
export const CREATE_POOL = graphql(`mutation IncentivesCreatePool($input: CreateBonusPoolInput!) { createBonusPool(input: $input) { ...IncentivesPoolFields } }`);
export const UPDATE_POOL = graphql(`
  mutation IncentivesUpdatePool($id: ID!, $input: UpdateBonusPoolInput!) { updateBonusPool(id: $id, input: $input) { ...IncentivesPoolFields } }
`);
export const CREATE_SCENARIO = graphql(`
  mutation IncentivesCreateScenario($poolId: ID!, $input: CreateBonusScenarioInput!) { createBonusScenario(poolId: $poolId, input: $input) { ...IncentivesPoolFields } }
`);
export const APPROVE_POOL = graphql(`mutation IncentivesApprovePool($id: ID!) { approveBonusPool(id: $id) { ...IncentivesPoolFields } }`);
export const REOPEN_POOL = graphql(`mutation IncentivesReopenPool($id: ID!) { reopenBonusPool(id: $id) { ...IncentivesPoolFields } }`);
export const PUBLISH_POOL = graphql(`mutation IncentivesPublishPool($id: ID!) { publishBonusPool(id: $id) { ...IncentivesPoolFields } }`);
export const PUBLISH_REVISION = graphql(`mutation IncentivesPublishPoolRevision($id: ID!) { publishBonusPoolRevision(id: $id) { ...IncentivesPoolFields } }`);
export const DISCARD_REVISION = graphql(`mutation IncentivesDiscardPoolRevision($id: ID!) { discardBonusPoolRevision(id: $id) { ...IncentivesPoolFields } }`);
export const APPLY_SCENARIO = graphql(`mutation IncentivesApplyScenario($id: ID!) { applyBonusScenario(id: $id) { ...IncentivesPoolFields } }`);
export const DELETE_SCENARIO = graphql(`mutation IncentivesDeleteScenario($id: ID!) { deleteBonusScenario(id: $id) }`);
export const COMPARE = graphql(`
  query IncentivesCompare($poolIds: [ID!]!) {
    compareBonusScenarios(poolIds: $poolIds) {
      pools { poolId name status amount total currency thresholds coefficients lambda min median max atFloor atCap bandCounts }
      rows { personId name level score amounts coefficients }
    }
  }
`);
export const MY_BONUS = graphql(`
  query IncentivesMyBonus($poolId: ID) {
    myBonus(poolId: $poolId) {
      poolId poolName cycleId cycleName version publishedAt amount currency poolAmount score band coefficient weight weightRule weightExplanation weightedSum lambda
      floor cap bound exactAmount previousAmount delta formula calculation bands { ...IncentivesBandFields }
      history { version amount delta score status reason publishedAt }
    }
  }
`);

// Reviewer assignment (incentives.cycles.write, while the cycle is draft or open).
export const CYCLE_REVIEWS = graphql(`
  query IncentivesCycleReviews($cycleId: ID!, $kind: String, $revieweeId: ID) {
    cycleReviews(cycleId: $cycleId, kind: $kind, revieweeId: $revieweeId) { ...IncentivesReviewFields }
  }
`);
export const ASSIGN_REVIEWERS = graphql(`mutation IncentivesAssignReviewers($input: AssignReviewersInput!) { assignReviewers(input: $input) { ...IncentivesReviewFields } }`);
export const REMOVE_ASSIGNMENT = graphql(`mutation IncentivesRemoveAssignment($id: ID!) { removeReviewAssignment(id: $id) }`);

// Innovation awards: anyone nominates (incentives.awards.nominate); incentives.awards.write approves
// with an amount, rejects with a reason, and marks approved awards paid.
graphql(`
  fragment IncentivesAwardFields on IncentivesAward {
    id personId personName nominatedById nominatedByName kind title description link status amount currency decisionNote decidedAt paidAt createdAt
  }
`);
export const AWARDS_PAGE = graphql(`
  query IncentivesAwardsPage($filter: IncentivesAwardFilter, $sort: IncentivesAwardSort, $first: Int!, $after: String) {
    awardsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...IncentivesAwardFields } }
  }
`);
export const NOMINATE_AWARD = graphql(`mutation IncentivesNominateAward($input: NominateAwardInput!) { nominateAward(input: $input) { ...IncentivesAwardFields } }`);
export const APPROVE_AWARD = graphql(`
  mutation IncentivesApproveAward($id: ID!, $input: ApproveAwardInput!) { approveAward(id: $id, input: $input) { ...IncentivesAwardFields } }
`);
export const REJECT_AWARD = graphql(`mutation IncentivesRejectAward($id: ID!, $reason: String!) { rejectAward(id: $id, reason: $reason) { ...IncentivesAwardFields } }`);
export const PAY_AWARD = graphql(`mutation IncentivesPayAward($id: ID!) { payAward(id: $id) { ...IncentivesAwardFields } }`);
// Equity grants: incentives.comp.read lists what the viewer may see (everyone with
// incentives.comp.read-all, otherwise themself and their chain); incentives.equity.write proposes,
// approves (proposed → granted, four eyes when the setting is on) and cancels.
graphql(`
  fragment IncentivesGrantFields on IncentivesEquityGrant {
    id personId personName kind units strikePrice currency grantDate vestingStart cliffMonths vestingMonths frequencyMonths status note createdBy approvedBy approvedAt
    vestedUnits schedule { date units cumulative }
  }
`);
export const EQUITY_GRANTS = graphql(`query IncentivesEquityGrants($personId: ID) { equityGrants(personId: $personId) { ...IncentivesGrantFields } }`);
export const EQUITY_GRANTS_PAGE = graphql(`
  query IncentivesEquityGrantsPage($filter: IncentivesEquityGrantFilter, $sort: IncentivesEquityGrantSort, $first: Int!, $after: String) {
    equityGrantsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...IncentivesGrantFields } }
  }
`);
export const CREATE_EQUITY_GRANT = graphql(`
  mutation IncentivesCreateEquityGrant($input: CreateEquityGrantInput!) { createEquityGrant(input: $input) { ...IncentivesGrantFields } }
`);
export const APPROVE_EQUITY_GRANT = graphql(`mutation IncentivesApproveEquityGrant($id: ID!) { approveEquityGrant(id: $id) { ...IncentivesGrantFields } }`);
export const CANCEL_EQUITY_GRANT = graphql(`mutation IncentivesCancelEquityGrant($id: ID!) { cancelEquityGrant(id: $id) { ...IncentivesGrantFields } }`);
