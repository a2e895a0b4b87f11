import { randomInt, randomUUID } from 'node:crypto';
import type { ReviewCycleEntity } from '../cycles/review-cycle.entity.js';
import type { ReviewFeedbackEntity } from './review-feedback.entity.js';
import { ANONYMOUS_KINDS } from './review-kinds.js';
import type { Rating } from './scoring.js';

export interface ReviewContent {
  ratings: Rating[];
  comment: string | null;
  score: number;
}

/**
 * Is a review of this kind stored apart from its author? Peer and upward reviews in an anonymous
 * cycle are: their assignment row keeps who and whether, a feedback row keeps what.
 */
export function isDetached(cycle: Pick<ReviewCycleEntity, 'anonymity'>, kind: string): boolean {
  return cycle.anonymity !== 'confidential' && ANONYMOUS_KINDS.has(kind);
}

/**
 * While reviews can still be submitted, peer and upward content is withheld from everyone who
 * cannot see its authors: comparing two answers a submission apart would show what the person who
 * just left the "yet to submit" list wrote. It is released, all at once, when reviewing closes.
 */
export function stillReviewing(cycle: Pick<ReviewCycleEntity, 'status'>): boolean {
  return cycle.status === 'draft' || cycle.status === 'open';
}

/**
 * A feedback row that cannot be joined back to its author: a random id (a UUIDv7 would carry the
 * submission time) and the same timestamp for every row of the cycle (its opening).
 */
export function feedbackValues(cycle: Pick<ReviewCycleEntity, 'id' | 'openedAt' | 'periodStart'>, revieweeId: string, kind: string, content: ReviewContent): Partial<ReviewFeedbackEntity> {
  const stamp = cycle.openedAt ?? `${cycle.periodStart}T00:00:00.000Z`;
  return { id: randomUUID(), cycleId: cycle.id, revieweeId, kind, ratings: content.ratings, comment: content.comment, score: content.score, createdAt: stamp, updatedAt: stamp };
}

/** Fisher–Yates with a cryptographic source: rows written in bulk must not keep the order of their authors. */
export function shuffled<T>(rows: readonly T[]): T[] {
  const out = [...rows];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
