import { DataService } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { In } from '@cadre/sdk/orm';
import type { ReviewCycleEntity } from '../cycles/review-cycle.entity.js';
import { ReviewParticipantEntity } from '../cycles/review-participant.entity.js';
import { isDetached } from './anonymous-feedback.js';
import { ReviewFeedbackEntity } from './review-feedback.entity.js';
import { ReviewEntity } from './review.entity.js';
import { aggregateByKind, personScore, type KindAggregate, type SubmittedReview } from './scoring.js';

/** Turns submitted reviews into per-kind aggregates and a score per person. */
@Injectable()
export class ScoreService {
  constructor(private readonly data: DataService) {}

  /**
   * Aggregates per reviewee (all participants, or the given ones). Anonymous kinds of an
   * anonymous cycle are read from the feedback rows: their assignment rows hold no content.
   */
  async aggregates(cycle: ReviewCycleEntity, revieweeIds?: string[]): Promise<Map<string, KindAggregate[]>> {
    const byReviewee = new Map<string, SubmittedReview[]>();
    if (!revieweeIds || revieweeIds.length) {
      const scope = revieweeIds ? { cycleId: cycle.id, revieweeId: In(revieweeIds) } : { cycleId: cycle.id };
      const attached = (await this.data.repo(ReviewEntity).findBy({ ...scope, status: 'submitted' })).filter((r) => !isDetached(cycle, r.kind));
      const detached = cycle.anonymity === 'confidential' ? [] : await this.data.repo(ReviewFeedbackEntity).findBy(scope);
      for (const r of [...attached, ...detached]) byReviewee.set(r.revieweeId, [...(byReviewee.get(r.revieweeId) ?? []), r]);
    }
    const ids = revieweeIds ?? [...byReviewee.keys()];
    return new Map(ids.map((id) => [id, aggregateByKind(cycle.criteria, byReviewee.get(id) ?? [], cycle.kinds, cycle.anonymityThreshold)]));
  }

  /** Sets every participant's computed score (calibrated scores are left as they are). */
  async computeScores(cycle: ReviewCycleEntity): Promise<void> {
    const repo = this.data.repo(ReviewParticipantEntity);
    const participants = await repo.findBy({ cycleId: cycle.id });
    const aggregates = await this.aggregates(cycle, participants.map((p) => p.personId));
    for (const p of participants) p.score = personScore(aggregates.get(p.personId) ?? [], cycle.kindWeights);
    await repo.saveMany(participants);
  }
}
