import { DataService } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { In } from '@cadre/sdk/orm';
import { ReviewCycleEntity } from '../cycles/review-cycle.entity.js';
import { ReviewCycleService } from '../cycles/review-cycle.service.js';
import { finalScore, ReviewParticipantEntity } from '../cycles/review-participant.entity.js';
import { toAggregateTypes } from '../cycles/participant.service.js';
import { describeBands } from '../shared/bands.js';
import { IncentivesSolver } from '../shared/solver.service.js';
import { currentViewer } from '../shared/viewer.js';
import { ReviewEntity } from './review.entity.js';
import { ReviewReadService } from './review-read.service.js';
import type { MyReviewType } from './review.types.js';
import { ScoreService } from './score.service.js';

/** "My review": the caller's own cycle results, anonymous kinds only as (thresholded) aggregates. */
@Injectable()
export class MyReviewService {
  constructor(
    private readonly data: DataService,
    private readonly cycles: ReviewCycleService,
    private readonly reviews: ReviewReadService,
    private readonly scores: ScoreService,
    private readonly solver: IncentivesSolver,
  ) {}

  /** The given cycle, or the latest one the caller takes part in; null when there is none. */
  async myReview(cycleId?: string | null): Promise<MyReviewType | null> {
    const viewer = await currentViewer();
    if (!viewer.personId) return null;
    const mine = await this.data.repo(ReviewParticipantEntity).findBy(cycleId ? { personId: viewer.personId, cycleId } : { personId: viewer.personId });
    if (!mine.length) return null;
    const cycles = await this.data.repo(ReviewCycleEntity).find({ where: { id: In(mine.map((m) => m.cycleId)) }, order: { periodStart: 'DESC', createdAt: 'DESC' } });
    const cycle = cycles[0]!;
    const participant = mine.find((m) => m.cycleId === cycle.id)!;
    const done = cycle.status === 'finalised';
    const about = await this.data.repo(ReviewEntity).findBy({ cycleId: cycle.id, revieweeId: viewer.personId, status: In(['pending', 'submitted']) });
    const self = about.find((r) => r.kind === 'self') ?? null;
    const managerRows = done ? about.filter((r) => r.kind === 'manager' && r.status === 'submitted') : [];
    const selfType = self ? (await this.reviews.toTypes([self], viewer))[0]! : null;
    const managerTypes = await this.reviews.toTypes(managerRows, viewer);
    const score = done ? finalScore(participant) : null;
    const band = score === null ? null : (await this.solver.bandIndex([score], cycle.thresholds))[0]! + 1;
    const coefficient = score === null ? null : (await this.solver.band([score], cycle.thresholds, cycle.coefficients))[0]!;
    const aggregates = done ? toAggregateTypes(cycle, (await this.scores.aggregates(cycle, [viewer.personId])).get(viewer.personId) ?? []) : [];
    return {
      cycle: await this.cycles.one(cycle.id), resultsAvailable: done, selfReview: selfType, managerReviews: managerTypes,
      aggregates, finalScore: score, calibrated: done && participant.calibratedScore !== null, band, coefficient,
      bands: describeBands(cycle.thresholds, cycle.coefficients),
      pendingTasks: await this.data.repo(ReviewEntity).count({ cycleId: cycle.id, reviewerId: viewer.personId, status: 'pending' }),
    };
  }
}
