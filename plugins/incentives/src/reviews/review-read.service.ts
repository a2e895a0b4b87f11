import { DataService, PeopleDirectory, mergedKeysetPage, type KeysetPage } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { Brackets, In, type ObjectLiteral } from '@cadre/sdk/orm';
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
import type { ReviewFilter, ReviewSortField } from './review-page.types.js';
import type { ReviewType } from './review.types.js';

const groupOf = (r: { revieweeId: string; kind: string }) => `${r.revieweeId}|${r.kind}`;

// The content rows are all submitted; REVIEWEE joins two fixed-length parts, so SQL and the merge order it alike.
const SORTS: Record<ReviewSortField, { key: string; column(alias: string, content?: boolean): string; value(r: { revieweeId: string; kind: string; status?: string }, content?: boolean): string }> = {
  REVIEWEE: { key: 'reviewee', column: (a) => `${a}.revieweeId || '|' || ${a}.kind`, value: (r) => groupOf(r) },
  KIND: { key: 'kind', column: (a) => `${a}.kind`, value: (r) => r.kind },
  STATUS: { key: 'status', column: (a, content) => (content ? "CAST('submitted' AS VARCHAR(12))" : `${a}.status`), value: (r, content) => (content ? 'submitted' : r.status!) },
};

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
  async list(cycleId: string, filter: ReviewFilter = {}): Promise<ReviewType[]> {
    const { cycle, viewer, sources } = await this.sources(cycleId, filter);
    const [assignments, contents] = await Promise.all([sources.assignments.getMany(), sources.feedback?.getMany() ?? []]);
    const out = await this.toPageTypes(cycle, viewer, assignments, contents, null);
    // Feedback ids are random, so this order says nothing about who wrote what or when.
    return out.sort((a, b) => a.revieweeId.localeCompare(b.revieweeId) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  }

  /** One page of list()'s reviews: assignments and anonymous content merged in one order (see mergedKeysetPage). */
  async page(cycleId: string, filter: ReviewFilter, sort: { field: ReviewSortField; direction: 'ASC' | 'DESC' }, first: number, after?: string | null): Promise<KeysetPage<ReviewType>> {
    const { cycle, viewer, sources } = await this.sources(cycleId, filter);
    const by = SORTS[sort.field];
    const page = await mergedKeysetPage(
      [
        { q: sources.assignments, column: by.column('r'), idColumn: 'r.id', value: (r) => by.value(r as ReviewEntity) },
        ...(sources.feedback ? [{ q: sources.feedback, column: by.column('f', true), idColumn: 'f.id', value: (f: ObjectLiteral) => by.value(f as ReviewFeedbackEntity, true) }] : []),
      ],
      { first, after, sort: { key: by.key, direction: sort.direction } },
    );
    const of = <T>(source: number) => page.nodes.filter((n) => n.source === source).map((n) => n.row as T);
    const types = new Map((await this.toPageTypes(cycle, viewer, of<ReviewEntity>(0), of<ReviewFeedbackEntity>(1), page.nodes.map((n) => (n.row as ReviewEntity).revieweeId))).map((t) => [t.id, t]));
    return { ...page, nodes: page.nodes.map((n) => types.get(n.row.id)!) };
  }

  /**
   * The two filtered queries behind list() and page(), with who may read what in SQL: the
   * assignments (without the submitted anonymous ones, whose content is listed apart) and, in
   * an anonymous cycle, the content rows (null when none can match).
   */
  private async sources(cycleId: string, filter: ReviewFilter) {
    const cycle = await this.cycles.get(cycleId);
    const viewer = await currentViewer();
    const readAll = viewer.has(P.reviewsReadAll);
    const me = viewer.personId ?? '-';
    const reports = [...viewer.reports];
    const anonymous = [...ANONYMOUS_KINDS];

    const assignments = this.data.repo(ReviewEntity).query('r').andWhere('r.cycleId = :cycleId', { cycleId });
    if (filter.revieweeId) assignments.andWhere('r.revieweeId = :revieweeId', { revieweeId: filter.revieweeId });
    if (filter.kind) assignments.andWhere('r.kind = :kind', { kind: filter.kind });
    if (filter.status) assignments.andWhere('r.status = :status', { status: filter.status });
    // Its content is listed from the feedback rows; the author finds the bare assignment in myReviewTasks.
    if (isDetached(cycle, 'peer')) assignments.andWhere("NOT (r.kind IN (:...anonymous) AND r.status = 'submitted')", { anonymous });
    if (!readAll) {
      assignments.andWhere(new Brackets((b) => {
        b.where('r.reviewerId = :me', { me });
        if (cycle.status === 'finalised') b.orWhere("r.revieweeId = :me AND r.kind NOT IN (:...anonymous) AND r.status = 'submitted'", { me, anonymous });
        if (reports.length) b.orWhere('r.revieweeId IN (:...reports)', { reports });
      }));
    }

    const canHaveContent = isDetached(cycle, 'peer') && (!filter.kind || ANONYMOUS_KINDS.has(filter.kind)) && (!filter.status || filter.status === 'submitted');
    // Anonymous content without its author: review administrators, and the reviewee's chain — never the reviewee.
    const feedback = canHaveContent && (readAll || (viewer.personId && reports.length)) ? this.data.repo(ReviewFeedbackEntity).query('f').andWhere('f.cycleId = :cycleId', { cycleId }) : null;
    if (feedback) {
      if (filter.revieweeId) feedback.andWhere('f.revieweeId = :revieweeId', { revieweeId: filter.revieweeId });
      if (filter.kind) feedback.andWhere('f.kind = :kind', { kind: filter.kind });
      if (!readAll) feedback.andWhere('f.revieweeId IN (:...reports) AND f.revieweeId <> :me', { reports, me });
    }
    return { cycle, viewer, sources: { assignments, feedback } };
  }

  /**
   * Rows as their reader sees them, each peer or upward one withheld when its whole group — counted
   * over the cycle, not over what this reader sees — is under the threshold or still being written.
   * `reviewees` limits the count to a page's people (null: the whole cycle).
   */
  private async toPageTypes(cycle: ReviewCycleEntity, viewer: Viewer, assignments: ReviewEntity[], contents: ReviewFeedbackEntity[], reviewees: string[] | null): Promise<ReviewType[]> {
    if (!assignments.length && !contents.length) return [];
    // Only peer and upward groups are ever withheld: rows of other kinds need no count.
    const counted = !stillReviewing(cycle) && [...assignments, ...contents].some((r) => ANONYMOUS_KINDS.has(r.kind));
    const sizes = counted ? await this.groupSizes(cycle, reviewees) : new Map<string, number>();
    const threshold = Math.max(cycle.anonymityThreshold, ANONYMITY_MIN_REVIEWERS);
    const held = (r: { revieweeId: string; kind: string }) => ANONYMOUS_KINDS.has(r.kind) && (stillReviewing(cycle) || (sizes.get(groupOf(r)) ?? 0) < threshold);
    const people = await peopleById(this.people, [...assignments.flatMap((r) => [r.revieweeId, r.reviewerId]), ...contents.map((f) => f.revieweeId)]);
    const day = today();
    return [
      ...assignments.map((r) => toReviewType(r, cycle, viewer, people, day, r.status === 'submitted' && held(r) && !canSeeAuthor(r, cycle, viewer))),
      ...contents.map((f) => feedbackToReviewType(f, cycle, people, held(f))),
    ];
  }

  /** Submitted peer and upward reviews per reviewee and kind: from the content rows when they are kept apart. */
  private async groupSizes(cycle: ReviewCycleEntity, reviewees: string[] | null): Promise<Map<string, number>> {
    const detached = isDetached(cycle, 'peer');
    const q = detached ? this.data.repo(ReviewFeedbackEntity).query('g') : this.data.repo(ReviewEntity).query('g').andWhere("g.status = 'submitted'");
    q.andWhere('g.cycleId = :cycleId', { cycleId: cycle.id }).andWhere('g.kind IN (:...anonymous)', { anonymous: [...ANONYMOUS_KINDS] });
    if (reviewees) q.andWhere('g.revieweeId IN (:...reviewees)', { reviewees: reviewees.length ? [...new Set(reviewees)] : ['-'] });
    const rows = await q.select('g.revieweeId', 'revieweeId').addSelect('g.kind', 'kind').addSelect('COUNT(*)', 'n').groupBy('g.revieweeId').addGroupBy('g.kind').getRawMany<{ revieweeId: string; kind: string; n: string | number }>();
    return new Map(rows.map((r) => [groupOf(r), Number(r.n)]));
  }
}
