import { DataService, PeopleDirectory } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { stillReviewing } from '../reviews/anonymous-feedback.js';
import { ANONYMOUS_KINDS } from '../reviews/review-kinds.js';
import { ScoreService } from '../reviews/score.service.js';
import type { KindAggregate } from '../reviews/scoring.js';
import { nameOf, peopleById } from '../shared/people.js';
import { P } from '../shared/permissions.js';
import { IncentivesSolver } from '../shared/solver.service.js';
import { currentViewer, type Viewer } from '../shared/viewer.js';
import type { ReviewCycleEntity } from './review-cycle.entity.js';
import { ReviewCycleService } from './review-cycle.service.js';
import type { KindAggregateType, ParticipantType } from './review-cycle.types.js';
import { finalScore, ReviewParticipantEntity } from './review-participant.entity.js';

/** Aggregates as shown: peer and upward ones are withheld until reviewing closes (see stillReviewing). */
export function toAggregateTypes(cycle: ReviewCycleEntity, aggregates: KindAggregate[]): KindAggregateType[] {
  const names = new Map(cycle.criteria.map((c) => [c.key, c.name]));
  return aggregates.map((a) => (ANONYMOUS_KINDS.has(a.kind) && stillReviewing(cycle)
    ? { kind: a.kind, reviewers: a.reviewers, withheld: true, score: null, criteria: [], comments: [] }
    : { ...a, criteria: a.criteria.map((c) => ({ key: c.key, name: names.get(c.key) ?? c.key, average: c.average })) }));
}

/** The people of a cycle and their scores, as far as the caller may see them. */
@Injectable()
export class ParticipantService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    private readonly cycles: ReviewCycleService,
    private readonly scores: ScoreService,
    private readonly solver: IncentivesSolver,
  ) {}

  /** Administrators see everyone; others themselves and their chain. */
  visibleTo(viewer: Viewer, rows: ReviewParticipantEntity[]): ReviewParticipantEntity[] {
    if (viewer.has(P.reviewsReadAll)) return rows;
    return rows.filter((p) => viewer.ownOrChain(p.personId));
  }

  async list(cycleId: string, personId?: string | null): Promise<ParticipantType[]> {
    const cycle = await this.cycles.get(cycleId);
    const viewer = await currentViewer();
    const all = await this.data.repo(ReviewParticipantEntity).find({ where: personId ? { cycleId, personId } : { cycleId } });
    const rows = this.visibleTo(viewer, all);
    return this.toTypes(cycle, rows, viewer);
  }

  async toTypes(cycle: ReviewCycleEntity, rows: ReviewParticipantEntity[], viewer: Viewer): Promise<ParticipantType[]> {
    if (!rows.length) return [];
    const people = await peopleById(this.people, rows.map((r) => r.personId));
    const finals = rows.map(finalScore);
    const scored = finals.map((s, i) => [s, i] as const).filter(([s]) => s !== null) as Array<readonly [number, number]>;
    const coefficients = await this.solver.band(scored.map(([s]) => s), cycle.thresholds, cycle.coefficients);
    const bands = await this.solver.bandIndex(scored.map(([s]) => s), cycle.thresholds);
    const coefficientAt = new Map(scored.map(([, i], j) => [i, { coefficient: coefficients[j]!, band: bands[j]! + 1 }]));
    const aggregates = await this.scores.aggregates(cycle, rows.map((r) => r.personId));
    return rows
      .map((p, i) => {
        // Someone who sees only their own row learns their scores when the cycle is finalised.
        const hidden = cycle.status !== 'finalised' && !viewer.has(P.reviewsReadAll) && !viewer.reports.has(p.personId);
        const band = coefficientAt.get(i);
        return {
          id: p.id, cycleId: p.cycleId, personId: p.personId, name: nameOf(people, p.personId), level: p.level, managerId: p.managerId,
          score: hidden ? null : p.score, calibratedScore: hidden ? null : p.calibratedScore, finalScore: hidden ? null : finals[i]!,
          potential: hidden ? null : p.potential, band: hidden ? null : (band?.band ?? null), coefficient: hidden ? null : (band?.coefficient ?? null),
          aggregates: hidden ? [] : toAggregateTypes(cycle, aggregates.get(p.personId) ?? []),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}
