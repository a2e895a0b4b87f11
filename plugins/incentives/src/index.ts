import { AllocatePoolJob } from './pools/allocate-pool.job.js';
import { PoolJobsResolver } from './pools/pool-jobs.resolver.js';
import { definePlugin, registerMessages } from '@cadre/sdk';
import { AwardEntity } from './awards/award.entity.js';
import { AwardListService } from './awards/award-list.service.js';
import { AwardResolver } from './awards/award.resolver.js';
import { AwardService } from './awards/award.service.js';
import { CalibrationResolver } from './calibration/calibration.resolver.js';
import { CalibrationService } from './calibration/calibration.service.js';
import { ScoreCalibrationEntity } from './calibration/score-calibration.entity.js';
import { ParticipantService } from './cycles/participant.service.js';
import { ReviewCycleEntity } from './cycles/review-cycle.entity.js';
import { ReviewCycleListService } from './cycles/review-cycle-list.service.js';
import { ReviewCycleResolver } from './cycles/review-cycle.resolver.js';
import { ReviewCycleService } from './cycles/review-cycle.service.js';
import { ReviewParticipantEntity } from './cycles/review-participant.entity.js';
import { EquityGrantEntity } from './equity/equity-grant.entity.js';
import { EquityListService } from './equity/equity-list.service.js';
import { EquityResolver } from './equity/equity.resolver.js';
import { EquityService } from './equity/equity.service.js';
import { OfferEquityHandler } from './equity/offer-equity.handler.js';
import { AllocationPublishedNoticeHandler } from './pools/allocation-published-notice.handler.js';
import { MeritIncreaseEntity } from './merit/merit-increase.entity.js';
import { MeritMatrixEntity } from './merit/merit-matrix.entity.js';
import { MeritResolver } from './merit/merit.resolver.js';
import { MeritService } from './merit/merit.service.js';
import { CreateIncentives20261129000000 } from './migrations/20261129000000-create-incentives.migration.js';
import { AnonymousReviewFeedback20261204000000 } from './migrations/20261204000000-anonymous-review-feedback.migration.js';
import { HireGrantsAndCreators20261204120000 } from './migrations/20261204120000-hire-grants-and-creators.migration.js';
import { MeritRangesFromBands20261204130000 } from './migrations/20261204130000-merit-ranges-from-bands.migration.js';
import { EquityGrantDeciders20261204140000 } from './migrations/20261204140000-equity-grant-deciders.migration.js';
import { AllocationReadService } from './pools/allocation-read.service.js';
import { AllocationVersionEntity } from './pools/allocation-version.entity.js';
import { AllocationEntity } from './pools/allocation.entity.js';
import { AllocationResolver } from './pools/allocation.resolver.js';
import { AllocationService } from './pools/allocation.service.js';
import { BonusPoolMemberEntity } from './pools/bonus-pool-member.entity.js';
import { BonusPoolEntity } from './pools/bonus-pool.entity.js';
import { BonusPoolResolver } from './pools/bonus-pool.resolver.js';
import { BonusPoolListService } from './pools/bonus-pool-list.service.js';
import { BonusPoolService } from './pools/bonus-pool.service.js';
import { MyBonusService } from './pools/my-bonus.service.js';
import { MyReviewService } from './reviews/my-review.service.js';
import { ReviewFeedbackEntity } from './reviews/review-feedback.entity.js';
import { ReviewReadService } from './reviews/review-read.service.js';
import { ReviewEntity } from './reviews/review.entity.js';
import { ReviewResolver } from './reviews/review.resolver.js';
import { ReviewService } from './reviews/review.service.js';
import { ScoreService } from './reviews/score.service.js';
import { seedIncentives } from './seed/demo-seed.js';
import { INCENTIVES_EVENTS } from './shared/events.js';
import { INCENTIVES_SERVICES } from './contracts.js';
import { PerformanceService } from './shared/performance.service.js';
import { INCENTIVES_PERMISSIONS } from './shared/permissions.js';
import { reviewResultsCsvExport } from './cycles/review-results.csv-export.js';
import { bonusAllocationsCsvExport } from './pools/bonus-allocations.csv-export.js';
import { IncentivesSolver } from './shared/solver.service.js';
import { INCENTIVES_MESSAGES_ZH_CN } from './i18n/api-messages.zh-CN.js';

// API messages in zh-CN (the English text is the id); en-US is the text itself.
registerMessages('zh-CN', INCENTIVES_MESSAGES_ZH_CN);

export { PerformanceService } from './shared/performance.service.js';
export * from './shared/events.js';

/** Pay and recognition people trust: reviews, calibration, the founding bonus model. */
export const incentivesPlugin = definePlugin({
  id: 'incentives',
  version: '0.1.0',
  sdk: '^0.1.0',
  description: 'Pay and recognition people trust: reviews, calibration, the founding bonus model',
  // Merit matrices read salary ranges from attraction's bands when it is enabled.
  optionalDependencies: ['attraction'],
  entities: [
    ReviewCycleEntity, ReviewParticipantEntity, ReviewEntity, ReviewFeedbackEntity, ScoreCalibrationEntity,
    BonusPoolEntity, BonusPoolMemberEntity, AllocationVersionEntity, AllocationEntity,
    MeritMatrixEntity, MeritIncreaseEntity, AwardEntity, EquityGrantEntity,
  ],
  migrations: [CreateIncentives20261129000000, AnonymousReviewFeedback20261204000000, HireGrantsAndCreators20261204120000, MeritRangesFromBands20261204130000, EquityGrantDeciders20261204140000],
  providers: [
    IncentivesSolver, ReviewCycleService, ReviewCycleListService, ParticipantService, ScoreService, ReviewReadService, ReviewService, MyReviewService, CalibrationService,
    AllocationService, BonusPoolService, BonusPoolListService, AllocationReadService, MyBonusService, MeritService, AwardService, AwardListService, EquityService, EquityListService, PerformanceService,
    { provide: INCENTIVES_SERVICES.performance, useExisting: PerformanceService },
  ],
  resolvers: [ReviewCycleResolver, ReviewResolver, CalibrationResolver, BonusPoolResolver, PoolJobsResolver, AllocationResolver, MeritResolver, AwardResolver, EquityResolver],
  jobs: [AllocatePoolJob],
  exports: [INCENTIVES_SERVICES.performance],
  permissions: INCENTIVES_PERMISSIONS,
  events: INCENTIVES_EVENTS,
  eventHandlers: [OfferEquityHandler, AllocationPublishedNoticeHandler],
  csvExports: [reviewResultsCsvExport, bonusAllocationsCsvExport],
  seed: seedIncentives,
});
