import type { PersonRecord } from '@cadre/sdk';
import { nameOf } from '../shared/people.js';
import { P } from '../shared/permissions.js';
import type { Viewer } from '../shared/viewer.js';
import type { ReviewEntity } from './review.entity.js';
import { ANONYMOUS_KINDS } from './review-kinds.js';
import type { ReviewType } from './review.types.js';

/**
 * May this viewer learn who wrote this review? Always for self and manager reviews; for peer and
 * upward reviews only the author themself, or an administrator of reviews who is not the reviewee.
 * Every path that returns a review goes through here.
 */
export function canSeeAuthor(review: Pick<ReviewEntity, 'kind' | 'reviewerId' | 'revieweeId'>, viewer: Viewer): boolean {
  if (!ANONYMOUS_KINDS.has(review.kind)) return true;
  if (viewer.personId !== null && viewer.personId === review.reviewerId) return true;
  return viewer.has(P.reviewsReadAll) && viewer.personId !== review.revieweeId;
}

export function toReviewType(r: ReviewEntity, viewer: Viewer, people: Map<string, PersonRecord>, today: string): ReviewType {
  const author = canSeeAuthor(r, viewer);
  return {
    id: r.id, cycleId: r.cycleId, revieweeId: r.revieweeId, revieweeName: nameOf(people, r.revieweeId),
    reviewerId: author ? r.reviewerId : null, reviewerName: author ? nameOf(people, r.reviewerId) : null,
    kind: r.kind, anonymous: ANONYMOUS_KINDS.has(r.kind), status: r.status,
    ratings: r.ratings.map((x) => ({ criterionKey: x.criterionKey, rating: x.rating, comment: x.comment ?? null })),
    comment: r.comment, score: r.score, dueDate: r.dueDate, overdue: r.status === 'pending' && r.dueDate !== null && r.dueDate < today,
    // When it was written can point at who wrote it.
    submittedAt: author ? r.submittedAt : null,
  };
}
