// The shapes this console part reads from the incentives GraphQL API (a subset of the generated
// schema types: the plugin console cannot resolve @cadre/contracts from its package).

export interface Band {
  band: number;
  coefficient: number;
  condition: string;
  lower: number | null;
  upper: number | null;
}

export interface Criterion {
  key: string;
  name: string;
  description: string;
  weight: number;
}

export interface KindProgress {
  kind: string;
  total: number;
  submitted: number;
  pending: number;
  overdue: number;
  expired: number;
}

export interface CycleProgress {
  total: number;
  submitted: number;
  pending: number;
  overdue: number;
  expired: number;
  byKind: KindProgress[];
}

export type CycleStatus = 'draft' | 'open' | 'calibrating' | 'finalised';

export interface ReviewCycle {
  id: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  status: CycleStatus;
  kinds: string[];
  kindWeights: Array<{ kind: string; weight: number }>;
  criteria: Criterion[];
  participantCount: number;
  peerCount: number;
  thresholds: number[];
  coefficients: number[];
  bands: Band[];
  /** 'anonymous': peer and upward authors are known to nobody; 'confidential': HR sees them, the reviewee never. */
  anonymity: 'anonymous' | 'confidential';
  anonymityThreshold: number;
  selfDue: string | null;
  peerDue: string | null;
  upwardDue: string | null;
  managerDue: string | null;
  openedAt: string | null;
  calibratingAt: string | null;
  finalisedAt: string | null;
  progress: CycleProgress;
}

export interface Rating {
  criterionKey: string;
  rating: number;
  comment: string | null;
}

export interface Review {
  id: string;
  cycleId: string;
  kind: string;
  revieweeId: string;
  revieweeName: string;
  reviewerId: string | null;
  reviewerName: string | null;
  anonymous: boolean;
  status: 'pending' | 'submitted' | 'expired';
  /** Part of a peer or upward group under the cycle's threshold: no ratings, comment or score. */
  withheld: boolean;
  dueDate: string | null;
  overdue: boolean;
  score: number | null;
  comment: string | null;
  submittedAt: string | null;
  ratings: Rating[];
}

export interface KindAggregate {
  kind: string;
  reviewers: number;
  score: number | null;
  withheld: boolean;
  comments: string[];
  criteria: Array<{ key: string; name: string; average: number }>;
}

export interface Participant {
  id: string;
  cycleId: string;
  personId: string;
  name: string;
  level: string;
  score: number | null;
  calibratedScore: number | null;
  finalScore: number | null;
  potential: number | null;
  band: number | null;
  coefficient: number | null;
}

export interface HistogramBucket {
  lower: number;
  upper: number;
  count: number;
}

export interface DistributionGroup {
  key: string;
  label: string;
  count: number;
  mean: number | null;
  histogram: HistogramBucket[];
}

export interface CalibrationEntry {
  personId: string;
  name: string;
  level: string;
  teamName: string;
  score: number | null;
  calibratedScore: number | null;
  finalScore: number | null;
  band: number | null;
  potential: number | null;
  performance: number | null;
}

export interface CalibrationView {
  cycleId: string;
  distribution: HistogramBucket[];
  byTeam: DistributionGroup[];
  byLevel: DistributionGroup[];
  bands: Array<{ band: number; coefficient: number; condition: string; count: number }>;
  nineBox: Array<{ performance: number; potential: number; count: number; personIds: string[] }>;
  entries: CalibrationEntry[];
}

export interface ScoreCalibration {
  id: string;
  personId: string;
  personName: string;
  fromScore: number | null;
  toScore: number | null;
  reason: string | null;
  actorEmail: string | null;
  at: string;
}

export interface AllocationVersion {
  id: string;
  version: number;
  status: 'draft' | 'proposed' | 'published' | 'superseded';
  reason: string;
  amount: number;
  total: number;
  currency: string;
  lambda: number | null;
  weightedSum: number;
  people: number;
  atFloor: number;
  atCap: number;
  thresholds: number[];
  coefficients: number[];
  createdAt: string;
  publishedAt: string | null;
}

export type PoolStatus = 'draft' | 'approved' | 'published' | 'scenario';

export interface BonusPool {
  id: string;
  name: string;
  cycleId: string;
  cycleName: string;
  status: PoolStatus;
  amount: number;
  currency: string;
  weightRule: string;
  thresholds: number[];
  coefficients: number[];
  bands: Band[];
  memberCount: number;
  note: string;
  defaultFloor: number | null;
  defaultCap: number | null;
  scenarioOfId: string | null;
  scenarioIds: string[];
  approvedAt: string | null;
  approvedBy: string | null;
  publishedAt: string | null;
  publishedVersion: number | null;
  createdAt: string;
  currentVersion: AllocationVersion | null;
  /** A published pool's recomputation waiting for approval. */
  proposedVersion: AllocationVersion | null;
}

export interface Allocation {
  id: string;
  personId: string;
  name: string;
  level: string;
  currency: string;
  version: number;
  weight: number | null;
  score: number | null;
  band: number | null;
  coefficient: number | null;
  floor: number | null;
  cap: number | null;
  exactAmount: number | null;
  amount: number | null;
  bound: number | null;
  previousAmount: number | null;
  delta: number | null;
}

export interface PoolInputRow {
  personId: string;
  name: string;
  level: string;
  weight: number;
  weightExplanation: string;
  score: number | null;
  band: number | null;
  coefficient: number;
  floor: number;
  cap: number | null;
  error: string | null;
}

export interface PoolInputs {
  poolId: string;
  amount: number;
  currency: string;
  unit: number;
  thresholds: number[];
  coefficients: number[];
  bands: Band[];
  people: PoolInputRow[];
}

export interface ScenarioSummary {
  poolId: string;
  name: string;
  status: PoolStatus;
  amount: number;
  total: number;
  currency: string;
  thresholds: number[];
  coefficients: number[];
  lambda: number | null;
  min: number;
  median: number;
  max: number;
  atFloor: number;
  atCap: number;
  bandCounts: number[];
}

export interface ScenarioComparison {
  pools: ScenarioSummary[];
  rows: Array<{ personId: string; name: string; level: string; score: number | null; amounts: Array<number | null>; coefficients: Array<number | null> }>;
}

export interface MyBonus {
  poolId: string;
  poolName: string;
  cycleId: string;
  cycleName: string;
  version: number;
  publishedAt: string | null;
  amount: number;
  currency: string;
  poolAmount: number;
  score: number | null;
  band: number | null;
  coefficient: number;
  weight: number;
  weightRule: string;
  weightExplanation: string;
  weightedSum: number;
  lambda: number | null;
  floor: number | null;
  cap: number | null;
  bound: number;
  exactAmount: number;
  previousAmount: number | null;
  delta: number | null;
  formula: string;
  calculation: string;
  bands: Band[];
  history: Array<{ version: number; amount: number; delta: number | null; score: number | null; status: string; reason: string; publishedAt: string | null }>;
}

export interface MyReview {
  cycle: Pick<ReviewCycle, 'id' | 'name' | 'status' | 'periodStart' | 'periodEnd' | 'criteria'>;
  resultsAvailable: boolean;
  pendingTasks: number;
  finalScore: number | null;
  calibrated: boolean;
  band: number | null;
  coefficient: number | null;
  bands: Band[];
  selfReview: Review | null;
  managerReviews: Review[];
  aggregates: KindAggregate[];
}

export type AwardStatus = 'nominated' | 'approved' | 'rejected' | 'paid';
export const AWARD_STATUSES: readonly AwardStatus[] = ['nominated', 'approved', 'rejected', 'paid'];
export const AWARD_KINDS = ['idea', 'paper', 'patent', 'open-source'] as const;

/** An innovation award; `amount` (minor units) is null until approved, or when withheld (FORBIDDEN). */
export interface Award {
  id: string;
  personId: string;
  personName: string;
  nominatedById: string | null;
  nominatedByName: string | null;
  kind: string;
  title: string;
  description: string;
  link: string | null;
  status: AwardStatus;
  amount: number | null;
  currency: string | null;
  decisionNote: string | null;
  decidedAt: string | null;
  paidAt: string | null;
  createdAt: string;
}

export type GrantStatus = 'proposed' | 'granted' | 'cancelled';
export const GRANT_STATUSES: readonly GrantStatus[] = ['proposed', 'granted', 'cancelled'];
export const GRANT_KINDS = ['new-hire', 'refresh', 'promotion'] as const;
export const VESTING_FREQUENCIES = [1, 3, 6, 12] as const;

/** One vesting date of a grant, as the API computes it (units vesting then, and the running total). */
export interface VestingEvent {
  date: string;
  units: number;
  cumulative: number;
}

/**
 * An equity grant; `units`, `strikePrice` (minor units per unit), `vestedUnits` and `schedule` are
 * null when withheld (FORBIDDEN): visible to compensation administrators, the person and their chain.
 */
export interface EquityGrant {
  id: string;
  personId: string;
  personName: string;
  kind: string;
  units: number | null;
  strikePrice: number | null;
  currency: string | null;
  grantDate: string;
  vestingStart: string;
  cliffMonths: number;
  vestingMonths: number;
  frequencyMonths: number;
  status: GrantStatus;
  note: string;
  /** Emails of who proposed and who approved it (null: made from an accepted offer, or before this was kept). */
  createdBy: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  vestedUnits: number | null;
  schedule: VestingEvent[] | null;
}
