import { DataService } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { In } from '@cadre/sdk/orm';
import type { ReviewCycleEntity } from '../cycles/review-cycle.entity.js';
import { ReviewParticipantEntity } from '../cycles/review-participant.entity.js';
import { ReviewEntity } from './review.entity.js';
import { aggregateByKind, personScore, type KindAggregate } from './scoring.js';

/** Turns submitted reviews into per-kind aggregates and a score per person. */
@Injectable()
export class ScoreService {
  constructor(private readonly data: DataService) {}

  /** Aggregates per reviewee (all participants, or the given ones). */
  async aggregates(cycle: ReviewCycleEntity, revieweeIds?: string[]): Promise<Map<string, KindAggregate[]>> {
    const where = revieweeIds ? { cycleId: cycle.id, status: 'submitted' as const, revieweeId: In(revieweeIds) } : { cycleId: cycle.id, status: 'submitted' as const };
    const reviews = revieweeIds && !revieweeIds.length ? [] : await this.data.repo(ReviewEntity).findBy(where);
    const byReviewee = new Map<string, ReviewEntity[]>();
    for (const r of reviews) byReviewee.set(r.revieweeId, [...(byReviewee.get(r.revieweeId) ?? []), r]);
    const ids = revieweeIds ?? [...byReviewee.keys()];
    return new Map(ids.map((id) => [id, aggregateByKind(cycle.criteria, byReviewee.get(id) ?? [], cycle.kinds)]));
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
