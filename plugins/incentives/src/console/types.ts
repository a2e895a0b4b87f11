// Names for the result shapes the incentives console works with, all derived from the types
// generated for its documents (./gql): nothing here is written by hand. The schema carries
// statuses and kinds as strings; the lists below are the values the server uses.
import type {
  IncentivesAllocationsQuery, IncentivesAwardFieldsFragment, IncentivesBandFieldsFragment, IncentivesCalibrationQuery, IncentivesCompareQuery, IncentivesCycleFieldsFragment,
  IncentivesGrantFieldsFragment, IncentivesMeritCyclesQuery, IncentivesMeritIncreaseFieldsFragment, IncentivesMeritMatrixFieldsFragment, IncentivesMyBonusQuery, IncentivesMyReviewQuery, IncentivesParticipantFieldsFragment, IncentivesPersonAllocationQuery, IncentivesPoolFieldsFragment, IncentivesPoolInputsQuery,
  IncentivesReviewFieldsFragment, IncentivesScoreCalibrationsQuery, IncentivesVersionFieldsFragment,
} from './gql/graphql.js';

export type { CreateReviewCycleInput as CycleInput } from './gql/graphql.js';
export type { IncentivesAllocationSortField as AllocationSortField, IncentivesAwardSortField as AwardSortField, IncentivesBonusPoolSortField as PoolSortField, IncentivesEquityGrantSortField as EquityGrantSortField, IncentivesReviewCycleSortField as ReviewCycleSortField, IncentivesReviewSortField as ReviewSortField } from './gql/graphql.js';

export type Band = IncentivesBandFieldsFragment;
export type ReviewCycle = IncentivesCycleFieldsFragment;
export type Criterion = ReviewCycle['criteria'][number];
export type KindProgress = ReviewCycle['progress']['byKind'][number];
export type Review = IncentivesReviewFieldsFragment;
export type KindAggregate = NonNullable<IncentivesMyReviewQuery['myReview']>['aggregates'][number];
export type Participant = IncentivesParticipantFieldsFragment;
export type CalibrationView = IncentivesCalibrationQuery['calibrationView'];
export type HistogramBucket = CalibrationView['distribution'][number];
export type CalibrationEntry = CalibrationView['entries'][number];
export type ScoreCalibration = IncentivesScoreCalibrationsQuery['scoreCalibrations'][number];
export type AllocationVersion = IncentivesVersionFieldsFragment;
export type BonusPool = IncentivesPoolFieldsFragment;
export type Allocation = IncentivesAllocationsQuery['bonusAllocations'][number];
export type PersonAllocation = IncentivesPersonAllocationQuery['bonusAllocationsPage']['nodes'][number];
export type PoolInputs = IncentivesPoolInputsQuery['bonusPoolInputs'];
export type ScenarioComparison = IncentivesCompareQuery['compareBonusScenarios'];
export type ScenarioSummary = ScenarioComparison['pools'][number];
export type MyBonus = IncentivesMyBonusQuery['myBonus'][number];
/** An innovation award; `amount` (minor units) is null until approved, or when withheld (FORBIDDEN). */
export type Award = IncentivesAwardFieldsFragment;
/**
 * An equity grant; `units`, `strikePrice` (minor units per unit), `vestedUnits` and `schedule` are
 * null when withheld (FORBIDDEN): visible to compensation administrators, the person and their chain.
 */
export type EquityGrant = IncentivesGrantFieldsFragment;
/** One vesting date of a grant, as the API computes it (units vesting then, and the running total). */
export type VestingEvent = NonNullable<EquityGrant['schedule']>[number];

/** A merit matrix (#17): `budget` and the totals are null when withheld (FORBIDDEN) from those without incentives.comp.read-all. */
export type MeritMatrix = IncentivesMeritMatrixFieldsFragment;
/** One person's computed merit increase; the figures are null when withheld (FORBIDDEN). */
export type MeritIncrease = IncentivesMeritIncreaseFieldsFragment;
export type MeritCycle = IncentivesMeritCyclesQuery['reviewCycles'][number];

export const CYCLE_STATUSES = ['draft', 'open', 'calibrating', 'finalised'] as const;
export const MERIT_STATUSES = ['draft', 'computed', 'approved'] as const;
export const AWARD_STATUSES = ['nominated', 'approved', 'rejected', 'paid'] as const;
export const AWARD_KINDS = ['idea', 'paper', 'patent', 'open-source'] as const;
export const GRANT_STATUSES = ['proposed', 'granted', 'cancelled'] as const;
export const GRANT_KINDS = ['new-hire', 'refresh', 'promotion'] as const;
export const VESTING_FREQUENCIES = [1, 3, 6, 12] as const;
