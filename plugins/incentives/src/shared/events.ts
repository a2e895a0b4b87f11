import { defineEvent } from '@cadre/sdk';

export const ReviewCycleOpened = defineEvent<{ cycleId: string; reviews: number }>('incentives.cycle-opened');
export const ReviewCycleFinalised = defineEvent<{ cycleId: string; participants: number }>('incentives.cycle-finalised');
export const ScoreCalibrated = defineEvent<{ cycleId: string; personId: string; from: number | null; to: number }>('incentives.score-calibrated');
/** A bonus allocation version became the published one (first publication or a dynamic re-version). */
export const AllocationPublished = defineEvent<{ poolId: string; cycleId: string; version: number; reason: string }>('incentives.allocation-published');
export const MeritApproved = defineEvent<{ matrixId: string; total: number; currency: string }>('incentives.merit-approved');
export const AwardPaid = defineEvent<{ awardId: string; personId: string; kind: string; amount: number; currency: string }>('incentives.award-paid');
export const EquityGranted = defineEvent<{ grantId: string; personId: string; kind: string; units: number }>('incentives.equity-granted');

export const INCENTIVES_EVENTS = [ReviewCycleOpened, ReviewCycleFinalised, ScoreCalibrated, AllocationPublished, MeritApproved, AwardPaid, EquityGranted];
