import type { PersonSummary } from '@cadre/sdk';
import type { ReviewCycleEntity } from '../cycles/review-cycle.entity.js';
import { dueDateOf } from '../cycles/review-cycle.mapper.js';
import { nameOf } from '../shared/people.js';
import { P } from '../shared/permissions.js';
import type { Viewer } from '../shared/viewer.js';
import type { ReviewFeedbackEntity } from './review-feedback.entity.js';
import type { ReviewEntity } from './review.entity.js';
import { ANONYMOUS_KINDS } from './review-kinds.js';
import type { ReviewType } from './review.types.js';

type CycleMode = Pick<ReviewCycleEntity, 'anonymity'>;

/**
 * May this viewer learn who wrote (or is to write) this review? Always for self and manager
 * reviews, and always the author themself. Otherwise, for peer and upward reviews:
 * - confidential cycle: holders of reviews.read-all who are not the reviewee;
 * - anonymous cycle: the same holders, but only for assignments still without content (who has
 *   yet to write) — a submitted one is content-free and shown to its author alone, as their task.
 * Every path that returns a review goes through here.
 */
export function canSeeAuthor(review: Pick<ReviewEntity, 'kind' | 'reviewerId' | 'revieweeId' | 'status'>, cycle: CycleMode, viewer: Viewer): boolean {
  if (!ANONYMOUS_KINDS.has(review.kind)) return true;
  if (viewer.personId !== null && viewer.personId === review.reviewerId) return true;
  if (!viewer.has(P.reviewsReadAll) || viewer.personId === review.revieweeId) return false;
  return cycle.anonymity === 'confidential' || review.status !== 'submitted';
}

export function toReviewType(r: ReviewEntity, cycle: CycleMode, viewer: Viewer, people: Map<string, PersonSummary>, today: string, withheld = false): ReviewType {
  const author = canSeeAuthor(r, cycle, viewer);
  return {
    id: r.id, cycleId: r.cycleId, revieweeId: r.revieweeId, revieweeName: nameOf(people, r.revieweeId),
    reviewerId: author ? r.reviewerId : null, reviewerName: author ? nameOf(people, r.reviewerId) : null,
    kind: r.kind, anonymous: ANONYMOUS_KINDS.has(r.kind), status: r.status, withheld,
    ratings: withheld ? [] : r.ratings.map((x) => ({ criterionKey: x.criterionKey, rating: x.rating, comment: x.comment ?? null })),
    comment: withheld ? null : r.comment, score: withheld ? null : r.score,
    dueDate: r.dueDate, overdue: r.status === 'pending' && r.dueDate !== null && r.dueDate < today,
    // When it was written can point at who wrote it.
    submittedAt: author ? r.submittedAt : null,
  };
}

/** Content kept apart from its author: never an author, a time, or (for a small group) the content. */
export function feedbackToReviewType(f: ReviewFeedbackEntity, cycle: ReviewCycleEntity, people: Map<string, PersonSummary>, withheld: boolean): ReviewType {
  return {
    id: f.id, cycleId: f.cycleId, revieweeId: f.revieweeId, revieweeName: nameOf(people, f.revieweeId), reviewerId: null, reviewerName: null,
    kind: f.kind, anonymous: true, status: 'submitted', withheld,
    ratings: withheld ? [] : f.ratings.map((x) => ({ criterionKey: x.criterionKey, rating: x.rating, comment: x.comment ?? null })),
    comment: withheld ? null : f.comment, score: withheld ? null : f.score,
    dueDate: dueDateOf(cycle, f.kind), overdue: false, submittedAt: null,
  };
}
