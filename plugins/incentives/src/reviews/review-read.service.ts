import { DataService, PeopleDirectory } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { In } from '@cadre/sdk/orm';
import { ReviewCycleEntity } from '../cycles/review-cycle.entity.js';
import { ReviewCycleService } from '../cycles/review-cycle.service.js';
import { peopleById } from '../shared/people.js';
import { P } from '../shared/permissions.js';
import { currentViewer, today, type Viewer } from '../shared/viewer.js';
import { isDetached, stillReviewing } from './anonymous-feedback.js';
import { canSeeAuthor, feedbackToReviewType, toReviewType } from './review.mapper.js';
import { ReviewFeedbackEntity } from './review-feedback.entity.js';
import { ReviewEntity } from './review.entity.js';
import { ANONYMITY_MIN_REVIEWERS, ANONYMOUS_KINDS } from './review-kinds.js';
import type { ReviewType } from './review.types.js';

const groupOf = (r: { revieweeId: string; kind: string }) => `${r.revieweeId}|${r.kind}`;

/** Reading individual reviews: assignments, and the content of anonymous ones kept apart from them. */
@Injectable()
export class ReviewReadService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    private readonly cycles: ReviewCycleService,
  ) {}

  /** Assignment rows as the viewer may see them (their cycles are looked up for the anonymity mode). */
  async toTypes(rows: ReviewEntity[], viewer: Viewer): Promise<ReviewType[]> {
    if (!rows.length) return [];
    const people = await peopleById(this.people, rows.flatMap((r) => [r.revieweeId, r.reviewerId]));
    const cycles = new Map((await this.data.repo(ReviewCycleEntity).findBy({ id: In([...new Set(rows.map((r) => r.cycleId))]) })).map((c) => [c.id, c]));
    const day = today();
    return rows.map((r) => toReviewType(r, cycles.get(r.cycleId)!, viewer, people, day));
  }

  /** Reviews the caller has to write (or has written; in an anonymous cycle without their content). */
  async tasks(cycleId?: string | null): Promise<ReviewType[]> {
    const viewer = await currentViewer();
    if (!viewer.personId) return [];
    const rows = await this.data.repo(ReviewEntity).find({
      where: cycleId ? { reviewerId: viewer.personId, cycleId } : { reviewerId: viewer.personId },
      order: { dueDate: 'ASC', kind: 'ASC', id: 'ASC' },
    });
    return this.toTypes(rows, viewer);
  }

  /**
   * Reviews in a cycle the caller may read: administrators all of them; others the ones they
   * wrote, the ones about people in their chain, and — once the cycle is finalised — the self and
   * manager reviews about themselves (never individual peer or upward reviews). In an anonymous
   * cycle, submitted peer and upward content comes from the feedback rows, with no author for
   * anyone (not even the author: they see their task in myReviewTasks). A peer or upward group smaller
   * than the cycle's threshold — and any such group while reviewing is still open — is listed as
   * withheld to everyone who cannot see its authors.
   */
  async list(cycleId: string, revieweeId?: string | null, kind?: string | null): Promise<ReviewType[]> {
    const cycle = await this.cycles.get(cycleId);
    const viewer = await currentViewer();
    const where: Record<string, string> = { cycleId };
    if (revieweeId) where.revieweeId = revieweeId;
    if (kind) where.kind = kind;
    const rows = await this.data.repo(ReviewEntity).find({ where, order: { revieweeId: 'ASC', kind: 'ASC', id: 'ASC' } });
    const feedback = cycle.anonymity === 'confidential' || (kind && !ANONYMOUS_KINDS.has(kind)) ? [] : await this.data.repo(ReviewFeedbackEntity).findBy(where);
    // A filter narrows by reviewee and kind only, so every group below is complete.
    const sizes = new Map<string, number>();
    for (const r of [...rows.filter((r) => r.status === 'submitted' && !isDetached(cycle, r.kind)), ...feedback]) sizes.set(groupOf(r), (sizes.get(groupOf(r)) ?? 0) + 1);
    const threshold = Math.max(cycle.anonymityThreshold, ANONYMITY_MIN_REVIEWERS);
    const held = (r: { revieweeId: string; kind: string }) => ANONYMOUS_KINDS.has(r.kind) && (stillReviewing(cycle) || (sizes.get(groupOf(r)) ?? 0) < threshold);

    const assignments = rows
      .filter((r) => this.canRead(r, cycle, viewer))
      // Its content is listed from the feedback rows; the author finds the bare assignment in myReviewTasks.
      .filter((r) => !(isDetached(cycle, r.kind) && r.status === 'submitted'));
    const contents = feedback.filter((f) => this.canReadContent(f.revieweeId, viewer));
    const people = await peopleById(this.people, [...assignments.flatMap((r) => [r.revieweeId, r.reviewerId]), ...contents.map((f) => f.revieweeId)]);
    const day = today();
    const out = [
      ...assignments.map((r) => toReviewType(r, cycle, viewer, people, day, r.status === 'submitted' && held(r) && !canSeeAuthor(r, cycle, viewer))),
      ...contents.map((f) => feedbackToReviewType(f, cycle, people, held(f))),
    ];
    // Feedback ids are random, so this order says nothing about who wrote what or when.
    return out.sort((a, b) => a.revieweeId.localeCompare(b.revieweeId) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  }

  canRead(r: ReviewEntity, cycle: ReviewCycleEntity, viewer: Viewer): boolean {
    if (viewer.has(P.reviewsReadAll)) return true;
    if (viewer.personId === null) return false;
    if (r.reviewerId === viewer.personId) return true;
    if (r.revieweeId === viewer.personId) return !ANONYMOUS_KINDS.has(r.kind) && cycle.status === 'finalised' && r.status === 'submitted';
    return viewer.reports.has(r.revieweeId);
  }

  /** Anonymous content without its author: review administrators, and the reviewee's chain — never the reviewee. */
  private canReadContent(revieweeId: string, viewer: Viewer): boolean {
    if (viewer.has(P.reviewsReadAll)) return true;
    return viewer.personId !== null && viewer.personId !== revieweeId && viewer.reports.has(revieweeId);
  }
}
