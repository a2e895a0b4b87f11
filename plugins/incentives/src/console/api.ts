// The GraphQL documents of the incentives console, typed with TypedDocument.
import type { TypedDocument } from '@cadre/sdk/console';
import type {
  Allocation, AllocationVersion, Award, BonusPool, EquityGrant, CalibrationView, MyBonus, MyReview, Participant, PoolInputs, Review, ReviewCycle, ScenarioComparison, ScoreCalibration,
} from './types.js';

/** The one cast from a document string to its typed form. */
export const doc = <R, V = Record<string, never>>(source: string) => source as unknown as TypedDocument<R, V>;

const BAND = 'band coefficient condition lower upper';
const PROGRESS = 'progress { total submitted pending overdue expired byKind { kind total submitted pending overdue expired } }';
const CYCLE = `id name periodStart periodEnd status kinds kindWeights { kind weight } criteria { key name description weight } participantCount peerCount
  thresholds coefficients bands { ${BAND} } anonymity anonymityThreshold selfDue peerDue upwardDue managerDue openedAt calibratingAt finalisedAt ${PROGRESS}`;
const REVIEW = 'id cycleId kind revieweeId revieweeName reviewerId reviewerName anonymous status withheld dueDate overdue score comment submittedAt ratings { criterionKey rating comment }';
const VERSION = 'id version status reason amount total currency lambda weightedSum people atFloor atCap thresholds coefficients createdAt publishedAt';
const POOL = `id name cycleId cycleName status amount currency weightRule thresholds coefficients bands { ${BAND} } memberCount note defaultFloor defaultCap
  scenarioOfId scenarioIds approvedAt approvedBy publishedAt publishedVersion createdAt currentVersion { ${VERSION} } proposedVersion { ${VERSION} }`;
const PARTICIPANT = 'id cycleId personId name level score calibratedScore finalScore potential band coefficient';

// Cycles
export const CYCLES = doc<{ reviewCycles: ReviewCycle[] }, { status?: string | null }>(`query IncentivesCycles($status: String) { reviewCycles(status: $status) { ${CYCLE} } }`);
export const CYCLE_ONE = doc<{ reviewCycle: ReviewCycle }, { id: string }>(`query IncentivesCycle($id: ID!) { reviewCycle(id: $id) { ${CYCLE} } }`);
export interface CycleInput {
  name: string; periodStart: string; periodEnd: string; criteria: Array<{ key: string; name: string; description?: string; weight: number }>;
  thresholds?: number[]; coefficients?: number[]; peerCount?: number; anonymity?: 'anonymous' | 'confidential'; anonymityThreshold?: number; selfDue?: string | null; peerDue?: string | null; upwardDue?: string | null; managerDue?: string | null;
}
export const CREATE_CYCLE = doc<{ createReviewCycle: ReviewCycle }, { input: CycleInput }>(`mutation IncentivesCreateCycle($input: CreateReviewCycleInput!) { createReviewCycle(input: $input) { ${CYCLE} } }`);
const transition = (name: string, field: string) => doc<Record<string, ReviewCycle>, { id: string }>(`mutation ${name}($id: ID!) { ${field}(id: $id) { ${CYCLE} } }`);
export const OPEN_CYCLE = transition('IncentivesOpenCycle', 'openReviewCycle');
export const CALIBRATE_CYCLE = transition('IncentivesStartCalibration', 'startReviewCycleCalibration');
export const FINALISE_CYCLE = transition('IncentivesFinaliseCycle', 'finaliseReviewCycle');
export const SET_BANDS = doc<{ setReviewCycleBands: ReviewCycle }, { id: string; input: { thresholds: number[]; coefficients: number[] } }>(
  `mutation IncentivesSetBands($id: ID!, $input: IncentivesBandsInput!) { setReviewCycleBands(id: $id, input: $input) { ${CYCLE} } }`,
);
export const PARTICIPANTS = doc<{ reviewCycleParticipants: Participant[] }, { cycleId: string; personId?: string | null }>(
  `query IncentivesParticipants($cycleId: ID!, $personId: ID) { reviewCycleParticipants(cycleId: $cycleId, personId: $personId) { ${PARTICIPANT} } }`,
);

// Reviews
export const MY_TASKS = doc<{ myReviewTasks: Review[] }, { cycleId?: string | null }>(`query IncentivesMyTasks($cycleId: ID) { myReviewTasks(cycleId: $cycleId) { ${REVIEW} } }`);
export interface SubmitReviewInput { reviewId: string; ratings: Array<{ criterionKey: string; rating: number; comment?: string | null }>; comment?: string | null; potential?: number | null }
export const SUBMIT_REVIEW = doc<{ submitReview: Review }, { input: SubmitReviewInput }>(`mutation IncentivesSubmitReview($input: SubmitReviewInput!) { submitReview(input: $input) { ${REVIEW} } }`);
export const MY_REVIEW = doc<{ myReview: MyReview | null }, { cycleId?: string | null }>(`query IncentivesMyReview($cycleId: ID) { myReview(cycleId: $cycleId) {
  cycle { id name status periodStart periodEnd criteria { key name description weight } } resultsAvailable pendingTasks finalScore calibrated band coefficient
  bands { ${BAND} } selfReview { ${REVIEW} } managerReviews { ${REVIEW} } aggregates { kind reviewers score withheld comments criteria { key name average } } } }`);

// Calibration
export const CALIBRATION = doc<{ calibrationView: CalibrationView }, { cycleId: string }>(`query IncentivesCalibration($cycleId: ID!) { calibrationView(cycleId: $cycleId) {
  cycleId distribution { lower upper count } bands { band coefficient condition count }
  byTeam { key label count mean histogram { lower upper count } } byLevel { key label count mean histogram { lower upper count } }
  nineBox { performance potential count personIds } entries { personId name level teamName score calibratedScore finalScore band potential performance } } }`);
export const CALIBRATIONS = doc<{ scoreCalibrations: ScoreCalibration[] }, { cycleId: string; personId?: string | null }>(
  `query IncentivesScoreCalibrations($cycleId: ID!, $personId: ID) { scoreCalibrations(cycleId: $cycleId, personId: $personId) { id personId personName fromScore toScore reason actorEmail at } }`,
);
export const CALIBRATE_SCORE = doc<{ calibrateScore: { participant: Participant; newVersions: AllocationVersion[] } }, { input: { cycleId: string; personId: string; score: number; reason: string } }>(
  `mutation IncentivesCalibrateScore($input: CalibrateScoreInput!) { calibrateScore(input: $input) { participant { ${PARTICIPANT} } newVersions { ${VERSION} } } }`,
);
export const SET_POTENTIAL = doc<{ setPotential: Participant }, { input: { cycleId: string; personId: string; potential: number } }>(
  `mutation IncentivesSetPotential($input: SetPotentialInput!) { setPotential(input: $input) { ${PARTICIPANT} } }`,
);

// Pools
export const POOLS = doc<{ bonusPools: BonusPool[] }, { cycleId?: string | null; includeScenarios?: boolean }>(
  `query IncentivesPools($cycleId: ID, $includeScenarios: Boolean! = false) { bonusPools(cycleId: $cycleId, includeScenarios: $includeScenarios) { ${POOL} } }`,
);
// Recomputing runs as a job (large pools take a while): the page follows it by id.
export const START_ALLOCATION = doc<{ startBonusPoolAllocation: { id: string } }, { id: string }>(`mutation IncentivesStartAllocation($id: ID!) { startBonusPoolAllocation(id: $id) { id } }`);
export const POOL_ONE = doc<{ bonusPool: BonusPool }, { id: string }>(`query IncentivesPool($id: ID!) { bonusPool(id: $id) { ${POOL} } }`);
export const POOL_INPUTS = doc<{ bonusPoolInputs: PoolInputs }, { id: string }>(`query IncentivesPoolInputs($id: ID!) { bonusPoolInputs(id: $id) {
  poolId amount currency unit thresholds coefficients bands { ${BAND} } people { personId name level weight weightExplanation score band coefficient floor cap error } } }`);
export const ALLOCATIONS = doc<{ bonusAllocations: Allocation[] }, { poolId: string; version?: number | null }>(`query IncentivesAllocations($poolId: ID!, $version: Int) {
  bonusAllocations(poolId: $poolId, version: $version) { id personId name level currency version weight score band coefficient floor cap exactAmount amount bound previousAmount delta } }`);
export const VERSIONS = doc<{ bonusPoolVersions: AllocationVersion[] }, { poolId: string }>(`query IncentivesPoolVersions($poolId: ID!) { bonusPoolVersions(poolId: $poolId) { ${VERSION} } }`);
export interface PoolParameters { amount?: number; thresholds?: number[]; coefficients?: number[]; name?: string; note?: string }
export interface CreatePoolInput { cycleId: string; name: string; amount: number; currency: string; weightRule: string; defaultTarget?: number | null; defaultCap?: number | null; defaultFloor?: number | null; note?: string }
export const CREATE_POOL = doc<{ createBonusPool: BonusPool }, { input: CreatePoolInput }>(`mutation IncentivesCreatePool($input: CreateBonusPoolInput!) { createBonusPool(input: $input) { ${POOL} } }`);
export const UPDATE_POOL = doc<{ updateBonusPool: BonusPool }, { id: string; input: PoolParameters }>(`mutation IncentivesUpdatePool($id: ID!, $input: UpdateBonusPoolInput!) { updateBonusPool(id: $id, input: $input) { ${POOL} } }`);
export const CREATE_SCENARIO = doc<{ createBonusScenario: BonusPool }, { poolId: string; input: PoolParameters & { name: string } }>(
  `mutation IncentivesCreateScenario($poolId: ID!, $input: CreateBonusScenarioInput!) { createBonusScenario(poolId: $poolId, input: $input) { ${POOL} } }`,
);
const poolAction = (name: string, field: string) => doc<Record<string, BonusPool>, { id: string }>(`mutation ${name}($id: ID!) { ${field}(id: $id) { ${POOL} } }`);
export const APPROVE_POOL = poolAction('IncentivesApprovePool', 'approveBonusPool');
export const REOPEN_POOL = poolAction('IncentivesReopenPool', 'reopenBonusPool');
export const PUBLISH_POOL = poolAction('IncentivesPublishPool', 'publishBonusPool');
export const PUBLISH_REVISION = poolAction('IncentivesPublishPoolRevision', 'publishBonusPoolRevision');
export const DISCARD_REVISION = poolAction('IncentivesDiscardPoolRevision', 'discardBonusPoolRevision');
export const APPLY_SCENARIO = poolAction('IncentivesApplyScenario', 'applyBonusScenario');
export const DELETE_SCENARIO = doc<{ deleteBonusScenario: boolean }, { id: string }>('mutation IncentivesDeleteScenario($id: ID!) { deleteBonusScenario(id: $id) }');
export const COMPARE = doc<{ compareBonusScenarios: ScenarioComparison }, { poolIds: string[] }>(`query IncentivesCompare($poolIds: [ID!]!) { compareBonusScenarios(poolIds: $poolIds) {
  pools { poolId name status amount total currency thresholds coefficients lambda min median max atFloor atCap bandCounts }
  rows { personId name level score amounts coefficients } } }`);
export const MY_BONUS = doc<{ myBonus: MyBonus[] }, { poolId?: string | null }>(`query IncentivesMyBonus($poolId: ID) { myBonus(poolId: $poolId) {
  poolId poolName cycleId cycleName version publishedAt amount currency poolAmount score band coefficient weight weightRule weightExplanation weightedSum lambda
  floor cap bound exactAmount previousAmount delta formula calculation bands { ${BAND} } history { version amount delta score status reason publishedAt } } }`);

// Reviewer assignment (incentives.cycles.write, while the cycle is draft or open).
export const CYCLE_REVIEWS = doc<{ cycleReviews: Review[] }, { cycleId: string; kind?: string | null; revieweeId?: string | null }>(
  `query IncentivesCycleReviews($cycleId: ID!, $kind: String, $revieweeId: ID) { cycleReviews(cycleId: $cycleId, kind: $kind, revieweeId: $revieweeId) { ${REVIEW} } }`,
);
export const ASSIGN_REVIEWERS = doc<{ assignReviewers: Review[] }, { input: { cycleId: string; kind: string; revieweeId: string; reviewerIds: string[] } }>(
  `mutation IncentivesAssignReviewers($input: AssignReviewersInput!) { assignReviewers(input: $input) { ${REVIEW} } }`,
);
export const REMOVE_ASSIGNMENT = doc<{ removeReviewAssignment: boolean }, { id: string }>(
  'mutation IncentivesRemoveAssignment($id: ID!) { removeReviewAssignment(id: $id) }',
);

// Innovation awards: anyone nominates (incentives.awards.nominate); incentives.awards.write approves
// with an amount, rejects with a reason, and marks approved awards paid.
const AWARD = 'id personId personName nominatedById nominatedByName kind title description link status amount currency decisionNote decidedAt paidAt createdAt';
export const AWARDS = doc<{ awards: Award[] }, { status?: string | null; personId?: string | null }>(
  `query IncentivesAwards($status: String, $personId: ID) { awards(status: $status, personId: $personId) { ${AWARD} } }`,
);
export interface NominateAwardInput { personId: string; kind: string; title: string; description?: string; link?: string | null }
export const NOMINATE_AWARD = doc<{ nominateAward: Award }, { input: NominateAwardInput }>(
  `mutation IncentivesNominateAward($input: NominateAwardInput!) { nominateAward(input: $input) { ${AWARD} } }`,
);
export const APPROVE_AWARD = doc<{ approveAward: Award }, { id: string; input: { amount: number; currency: string; note?: string } }>(
  `mutation IncentivesApproveAward($id: ID!, $input: ApproveAwardInput!) { approveAward(id: $id, input: $input) { ${AWARD} } }`,
);
export const REJECT_AWARD = doc<{ rejectAward: Award }, { id: string; reason: string }>(
  `mutation IncentivesRejectAward($id: ID!, $reason: String!) { rejectAward(id: $id, reason: $reason) { ${AWARD} } }`,
);
export const PAY_AWARD = doc<{ payAward: Award }, { id: string }>(`mutation IncentivesPayAward($id: ID!) { payAward(id: $id) { ${AWARD} } }`);
export const PEOPLE_OPTIONS = doc<{ people: { nodes: Array<{ id: string; name: string; title: string }> } }, { search: string | null }>(
  'query IncentivesPeopleOptions($search: String) { people(filter: { search: $search, status: "active" }, first: 20) { nodes { id name title } } }',
);

// Equity grants: incentives.comp.read lists what the viewer may see (everyone with
// incentives.comp.read-all, otherwise themself and their chain); incentives.equity.write proposes,
// approves (proposed → granted, four eyes when the setting is on) and cancels.
const GRANT = 'id personId personName kind units strikePrice currency grantDate vestingStart cliffMonths vestingMonths frequencyMonths status note createdBy approvedBy approvedAt vestedUnits schedule { date units cumulative }';
export const EQUITY_GRANTS = doc<{ equityGrants: EquityGrant[] }, { personId?: string | null }>(
  `query IncentivesEquityGrants($personId: ID) { equityGrants(personId: $personId) { ${GRANT} } }`,
);
export interface CreateEquityGrantInput {
  personId: string; kind: string; units: number; strikePrice?: number | null; currency?: string | null; grantDate: string; vestingStart?: string | null;
  cliffMonths: number; vestingMonths: number; frequencyMonths: number; note?: string;
}
export const CREATE_EQUITY_GRANT = doc<{ createEquityGrant: EquityGrant }, { input: CreateEquityGrantInput }>(
  `mutation IncentivesCreateEquityGrant($input: CreateEquityGrantInput!) { createEquityGrant(input: $input) { ${GRANT} } }`,
);
export const APPROVE_EQUITY_GRANT = doc<{ approveEquityGrant: EquityGrant }, { id: string }>(
  `mutation IncentivesApproveEquityGrant($id: ID!) { approveEquityGrant(id: $id) { ${GRANT} } }`,
);
export const CANCEL_EQUITY_GRANT = doc<{ cancelEquityGrant: EquityGrant }, { id: string }>(
  `mutation IncentivesCancelEquityGrant($id: ID!) { cancelEquityGrant(id: $id) { ${GRANT} } }`,
);
