import { defineEvent } from '@cadre/sdk';
import { P } from './permissions.js';

// `sensitive`: fields an outside subscriber (webhook) receives only when its owner may see everyone's.

export const ReviewCycleOpened = defineEvent<{ cycleId: string; reviews: number }>('incentives.cycle-opened');
export const ReviewCycleFinalised = defineEvent<{ cycleId: string; participants: number }>('incentives.cycle-finalised');
export const ScoreCalibrated = defineEvent<{ cycleId: string; personId: string; from: number | null; to: number }>('incentives.score-calibrated', {
  sensitive: { from: P.reviewsReadAll, to: P.reviewsReadAll },
});
/** A bonus allocation version became the published one (first publication or a dynamic re-version). */
export const AllocationPublished = defineEvent<{ poolId: string; cycleId: string; version: number; reason: string }>('incentives.allocation-published');
export const MeritApproved = defineEvent<{ matrixId: string; total: number; currency: string }>('incentives.merit-approved', { sensitive: { total: P.compReadAll } });
export const AwardPaid = defineEvent<{ awardId: string; personId: string; kind: string; amount: number; currency: string }>('incentives.award-paid', { sensitive: { amount: P.compReadAll } });
export const EquityGranted = defineEvent<{ grantId: string; personId: string; kind: string; units: number }>('incentives.equity-granted', { sensitive: { units: P.compReadAll } });

export const INCENTIVES_EVENTS = [ReviewCycleOpened, ReviewCycleFinalised, ScoreCalibrated, AllocationPublished, MeritApproved, AwardPaid, EquityGranted];
