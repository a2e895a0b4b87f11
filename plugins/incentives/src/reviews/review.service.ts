import { ConflictError, DataService, ForbiddenError, NotFoundError, nowIso, PeopleDirectory, UserInputError } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import type { ReviewCycleEntity } from '../cycles/review-cycle.entity.js';
import { ReviewCycleService } from '../cycles/review-cycle.service.js';
import { ReviewParticipantEntity } from '../cycles/review-participant.entity.js';
import { peopleById } from '../shared/people.js';
import { auditDetail, currentViewer } from '../shared/viewer.js';
import { feedbackValues, isDetached, shuffled, type ReviewContent } from './anonymous-feedback.js';
import { ReviewFeedbackEntity } from './review-feedback.entity.js';
import { ReviewReadService } from './review-read.service.js';
import { ReviewEntity } from './review.entity.js';
import type { AssignReviewersInput, SubmitReviewInput } from './review.inputs.js';
import type { ReviewType } from './review.types.js';
import { ANONYMOUS_KINDS } from './review-kinds.js';
import { reviewScore } from './scoring.js';
import { msg } from '@cadre/sdk';

/** Writing individual reviews, keeping anonymous content apart from its author. */
@Injectable()
export class ReviewService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    private readonly cycles: ReviewCycleService,
    private readonly read: ReviewReadService,
  ) {}

  private get reviews() {
    return this.data.repo(ReviewEntity);
  }

  /**
   * The review and its cycle, both locked in a mutation — the cycle first, as opening, calibration
   * and assignment take them (they change the cycle's reviews under its lock).
   */
  private async locked(id: string): Promise<{ cycle: ReviewCycleEntity; review: ReviewEntity }> {
    const found = await this.reviews.findOneBy({ id });
    if (!found) throw new NotFoundError('Review', id);
    const cycle = await this.cycles.get(found.cycleId);
    return { cycle, review: await this.reviews.get(id) };
  }

  async submit(input: SubmitReviewInput): Promise<ReviewType> {
    const viewer = await currentViewer();
    const saved = await this.data.transaction(async () => {
      const { cycle, review } = await this.locked(input.reviewId);
      if (review.reviewerId !== viewer.personId) throw new ForbiddenError('Only the assigned reviewer can submit this review');
      if (cycle.status !== 'open') throw new ConflictError(msg`Review cycle "${cycle.name}" is ${cycle.status}: reviews can only be submitted while it is open`);
      if (review.status !== 'pending') throw new ConflictError(msg`This review is already ${review.status}`);
      const keys = new Set(cycle.criteria.map((c) => c.key));
      const seen = new Set<string>();
      input.ratings.forEach((r, i) => {
        if (!keys.has(r.criterionKey)) throw new UserInputError(`input.ratings.${i}.criterionKey`, msg`"${r.criterionKey}" is not a criterion of this cycle (${[...keys].join(', ')})`);
        if (seen.has(r.criterionKey)) throw new UserInputError(`input.ratings.${i}.criterionKey`, msg`"${r.criterionKey}" is rated twice`);
        seen.add(r.criterionKey);
      });
      const missing = cycle.criteria.filter((c) => !seen.has(c.key)).map((c) => c.key);
      if (missing.length) throw new UserInputError('input.ratings', msg`needs a rating for every criterion; missing ${missing.join(', ')}`);
      if (input.potential !== undefined && input.potential !== null) {
        if (review.kind !== 'manager') throw new UserInputError('input.potential', 'only a manager review rates potential');
        const participant = await this.data.repo(ReviewParticipantEntity).findOneBy({ cycleId: cycle.id, personId: review.revieweeId });
        if (participant) {
          participant.potential = input.potential;
          await this.data.repo(ReviewParticipantEntity).save(participant);
        }
      }
      const ratings = input.ratings.map((r) => ({ criterionKey: r.criterionKey, rating: r.rating, comment: r.comment?.trim() || null }));
      const content = { ratings, comment: input.comment?.trim() || null, score: reviewScore(cycle.criteria, ratings) };
      review.status = 'submitted';
      if (isDetached(cycle, review.kind)) {
        // Two writes that share nothing but the reviewee and kind: the content without its author,
        // then the assignment without its content (and without a submission time).
        await this.addFeedback(cycle, review.revieweeId, review.kind, content);
      } else {
        Object.assign(review, content, { submittedAt: nowIso() });
      }
      await this.reviews.save(review);
      // The audit entry of a peer or upward review points at the cycle, not at the review, its reviewee or its content.
      if (ANONYMOUS_KINDS.has(review.kind)) auditDetail('IncentivesReviewCycle', cycle.id, null, null);
      else auditDetail('IncentivesReview', review.id, null, { kind: review.kind, revieweeId: review.revieweeId, score: review.score });
      return review;
    });
    // For a detached review this is the assignment, content-free: the answer carries no feedback id.
    return (await this.read.toTypes([saved], viewer))[0]!;
  }

  /**
   * Adds content to its (reviewee, kind) group by rewriting the whole group in a random order with
   * fresh random ids: neither the rows' physical order nor an id seen before the submission can
   * tell which row is the new one. Submissions to a cycle take turns (its row is locked).
   */
  private async addFeedback(cycle: ReviewCycleEntity, revieweeId: string, kind: string, content: ReviewContent): Promise<void> {
    const repo = this.data.repo(ReviewFeedbackEntity);
    const group = await repo.findBy({ cycleId: cycle.id, revieweeId, kind });
    await repo.deleteBy({ cycleId: cycle.id, revieweeId, kind });
    const contents = shuffled([...group.map((g) => ({ ratings: g.ratings, comment: g.comment, score: g.score })), content]);
    await repo.saveMany(contents.map((c) => repo.create(feedbackValues(cycle, revieweeId, kind, c))));
  }

  /** Adds reviewers by hand (while the cycle is draft or open); existing assignments are kept. */
  async assign(input: AssignReviewersInput): Promise<ReviewType[]> {
    const viewer = await currentViewer();
    const rows = await this.data.transaction(async () => {
      const cycle = await this.cycles.requireStatus(input.cycleId, ['draft', 'open'], 'given new reviewers');
      if (!cycle.kinds.includes(input.kind)) throw new UserInputError('input.kind', msg`this cycle does not use ${input.kind} reviews (it uses ${cycle.kinds.join(', ')})`);
      const participant = await this.data.repo(ReviewParticipantEntity).findOneBy({ cycleId: cycle.id, personId: input.revieweeId });
      if (!participant) throw new UserInputError('input.revieweeId', 'is not a participant of this cycle');
      const reviewers = await peopleById(this.people, input.reviewerIds);
      input.reviewerIds.forEach((id, i) => {
        if (!reviewers.has(id)) throw new UserInputError(`input.reviewerIds.${i}`, msg`no person with id ${id}`);
        if (input.kind === 'self' && id !== input.revieweeId) throw new UserInputError(`input.reviewerIds.${i}`, 'a self review is written by the reviewee');
        if (input.kind !== 'self' && id === input.revieweeId) throw new UserInputError(`input.reviewerIds.${i}`, msg`nobody writes a ${input.kind} review of themself`);
      });
      const existing = await this.reviews.findBy({ cycleId: cycle.id, revieweeId: input.revieweeId, kind: input.kind });
      const have = new Set(existing.map((r) => r.reviewerId));
      const due = ({ self: cycle.selfDue, manager: cycle.managerDue, peer: cycle.peerDue, upward: cycle.upwardDue } as Record<string, string | null>)[input.kind] ?? null;
      const created = [...new Set(input.reviewerIds)].filter((id) => !have.has(id)).map((reviewerId) => this.reviews.create({
        cycleId: cycle.id, revieweeId: input.revieweeId, reviewerId, kind: input.kind, status: 'pending', ratings: [], comment: null, score: null, dueDate: due, submittedAt: null,
      }));
      await this.reviews.saveMany(created);
      auditDetail('IncentivesReviewCycle', cycle.id, null, { revieweeId: input.revieweeId, kind: input.kind, added: created.length });
      return [...existing, ...created];
    });
    return this.read.toTypes(rows, viewer);
  }

  /** Drops a pending assignment (e.g. a peer who was on leave). */
  async removeAssignment(id: string): Promise<boolean> {
    return this.data.transaction(async () => {
      const { cycle, review } = await this.locked(id);
      await this.cycles.requireStatus(cycle.id, ['draft', 'open'], 'changed');
      if (review.status !== 'pending') throw new ConflictError(msg`A ${review.status} review cannot be removed`);
      await this.reviews.remove(review);
      auditDetail('IncentivesReviewCycle', review.cycleId, null, null);
      return true;
    });
  }
}
