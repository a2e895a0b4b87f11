import { assertUnchangedSince, ConflictError, DataService, EventBus, nowIso, PeopleDirectory, UserInputError } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { In } from '@cadre/sdk/orm';
import { DEFAULT_COEFFICIENTS, DEFAULT_THRESHOLDS } from '../shared/bands.js';
import { ReviewCycleFinalised, ReviewCycleOpened } from '../shared/events.js';
import { IncentivesSolver } from '../shared/solver.service.js';
import { auditDetail, today } from '../shared/viewer.js';
import { assignReviews } from '../reviews/assignment.js';
import { ReviewEntity } from '../reviews/review.entity.js';
import { ANONYMITY_MIN_REVIEWERS, DEFAULT_KIND_WEIGHTS, REVIEW_KINDS, type AnonymityMode } from '../reviews/review-kinds.js';
import { ScoreService } from '../reviews/score.service.js';
import type { BandsInput, CreateReviewCycleInput, CycleFieldsInput, UpdateReviewCycleInput } from './review-cycle.inputs.js';
import { ReviewCycleEntity, type CycleStatus } from './review-cycle.entity.js';
import { dueDateOf, progressOf, toCycleType } from './review-cycle.mapper.js';
import type { ReviewCycleType } from './review-cycle.types.js';
import { ReviewParticipantEntity } from './review-participant.entity.js';
import { msg } from '@cadre/sdk';

/** Review cycles: setup while draft, then draft → open → calibrating → finalised. */
@Injectable()
export class ReviewCycleService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    private readonly solver: IncentivesSolver,
    private readonly scores: ScoreService,
    private readonly events: EventBus,
  ) {}

  private get cycles() {
    return this.data.repo(ReviewCycleEntity);
  }

  get(id: string): Promise<ReviewCycleEntity> {
    return this.cycles.get(id);
  }

  async one(id: string): Promise<ReviewCycleType> {
    return (await this.toTypes([await this.cycles.get(id)]))[0]!;
  }

  async toTypes(rows: ReviewCycleEntity[]): Promise<ReviewCycleType[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    // Counted in the database: a cycle of a large company has tens of thousands of reviews.
    const reviews = (
      await this.data.repo(ReviewEntity).query('r')
        .select('r.cycleId', 'cycleId').addSelect('r.kind', 'kind').addSelect('r.status', 'status')
        .addSelect('CASE WHEN r.dueDate IS NOT NULL AND r.dueDate < :day THEN 1 ELSE 0 END', 'late').addSelect('COUNT(*)', 'n')
        .andWhere('r.cycleId IN (:...ids)', { ids }).setParameter('day', today())
        .groupBy('r.cycleId').addGroupBy('r.kind').addGroupBy('r.status').addGroupBy('late')
        .getRawMany<{ cycleId: string; kind: string; status: string; late: number | string; n: number | string }>()
    ).map((r) => ({ cycleId: r.cycleId, kind: r.kind, status: r.status, late: Number(r.late) === 1, n: Number(r.n) }));
    const participants = await this.data.repo(ReviewParticipantEntity).query('p')
      .select('p.cycleId', 'cycleId').addSelect('COUNT(*)', 'n').andWhere('p.cycleId IN (:...ids)', { ids }).groupBy('p.cycleId')
      .getRawMany<{ cycleId: string; n: number | string }>();
    const participantCount = new Map(participants.map((p) => [p.cycleId, Number(p.n)]));
    return rows.map((c) => toCycleType(c, participantCount.get(c.id) ?? 0, progressOf(c.kinds, reviews.filter((r) => r.cycleId === c.id))));
  }

  async create(input: CreateReviewCycleInput): Promise<ReviewCycleEntity> {
    return this.data.transaction(async () => {
      const cycle = this.cycles.create({
        name: input.name.trim(), periodStart: input.periodStart, periodEnd: input.periodEnd, status: 'draft',
        kinds: [...REVIEW_KINDS], kindWeights: { ...DEFAULT_KIND_WEIGHTS }, criteria: [], peerCount: 3,
        anonymity: 'anonymous', anonymityThreshold: ANONYMITY_MIN_REVIEWERS,
        selfDue: null, managerDue: null, peerDue: null, upwardDue: null,
        thresholds: [...DEFAULT_THRESHOLDS], coefficients: [...DEFAULT_COEFFICIENTS], openedAt: null, calibratingAt: null, finalisedAt: null,
      });
      await this.apply(cycle, input);
      await this.cycles.save(cycle);
      const ids = input.participantIds ?? (await this.people.allSummaries()).filter((p) => p.status === 'active').map((p) => p.id);
      await this.setParticipantRows(cycle, ids, 'input.participantIds');
      return cycle;
    });
  }

  async update(id: string, input: UpdateReviewCycleInput): Promise<ReviewCycleEntity> {
    return this.data.transaction(async () => {
      const current = await this.cycles.get(id);
      assertUnchangedSince(current, input.expectedUpdatedAt, current.name);
      // Reviewers wrote under the mode their form showed: it can never change under them.
      for (const field of ['anonymity', 'anonymityThreshold'] as const) {
        if (input[field] !== undefined && input[field] !== null && current.status !== 'draft') {
          throw new ConflictError(msg`${field} is fixed once a cycle opens: review cycle "${current.name}" is ${current.status}`, `input.${field}`);
        }
      }
      const cycle = await this.requireStatus(id, ['draft'], 'changed');
      const before = pick(cycle);
      await this.apply(cycle, input);
      cycle.touch(); // participants alone are other rows: the cycle is still edited
      await this.cycles.save(cycle);
      if (input.participantIds) await this.setParticipantRows(cycle, input.participantIds, 'input.participantIds');
      auditDetail('IncentivesReviewCycle', id, before, pick(cycle));
      return cycle;
    });
  }

  /** Bands may change until the cycle is finalised (pools keep their own copy). */
  async setBands(id: string, input: BandsInput): Promise<ReviewCycleEntity> {
    return this.data.transaction(async () => {
      const cycle = await this.requireStatus(id, ['draft', 'open', 'calibrating'], 'given new bands');
      await this.solver.validateBands(input.thresholds, input.coefficients, { thresholds: 'input.thresholds', coefficients: 'input.coefficients', default: 'input.thresholds' });
      auditDetail('IncentivesReviewCycle', id, { thresholds: cycle.thresholds, coefficients: cycle.coefficients }, input);
      cycle.thresholds = input.thresholds;
      cycle.coefficients = input.coefficients;
      return this.cycles.save(cycle);
    });
  }

  /** Opens the cycle: refreshes each participant's manager and level and assigns the reviews. */
  async open(id: string): Promise<ReviewCycleEntity> {
    return this.data.transaction(async () => {
      const cycle = await this.requireStatus(id, ['draft'], 'opened');
      const participants = await this.data.repo(ReviewParticipantEntity).findBy({ cycleId: id });
      if (!participants.length) throw new ConflictError('A cycle needs participants before it opens');
      const everyone = await this.people.allSummaries();
      const byId = new Map(everyone.map((p) => [p.id, p]));
      for (const p of participants) {
        const person = byId.get(p.personId);
        p.managerId = person?.managerId ?? null;
        p.level = person?.level ?? p.level;
      }
      await this.data.repo(ReviewParticipantEntity).saveMany(participants);
      const reviews = this.data.repo(ReviewEntity);
      const existing = await reviews.findBy({ cycleId: id });
      const key = (r: { revieweeId: string; reviewerId: string; kind: string }) => `${r.revieweeId}|${r.reviewerId}|${r.kind}`;
      const taken = new Set(existing.map(key));
      const org = everyone.map((p) => ({ personId: p.id, managerId: p.managerId }));
      const assignments = assignReviews(participants.map((p) => ({ personId: p.personId, managerId: p.managerId })), cycle.kinds, cycle.peerCount, org)
        .filter((a) => !taken.has(key(a)));
      await reviews.saveMany(assignments.map((a) => reviews.create({
        cycleId: id, revieweeId: a.revieweeId, reviewerId: a.reviewerId, kind: a.kind, status: 'pending', ratings: [], comment: null, score: null,
        dueDate: dueDateOf(cycle, a.kind), submittedAt: null,
      })));
      for (const r of existing) r.dueDate ??= dueDateOf(cycle, r.kind);
      await reviews.saveMany(existing);
      cycle.status = 'open';
      cycle.openedAt = nowIso();
      await this.cycles.save(cycle);
      await this.events.emit(ReviewCycleOpened, { cycleId: id, reviews: existing.length + assignments.length });
      return cycle;
    });
  }

  /** Closes reviewing: pending reviews expire and every participant's score is computed. */
  async startCalibration(id: string): Promise<ReviewCycleEntity> {
    return this.data.transaction(async () => {
      const cycle = await this.requireStatus(id, ['open'], 'moved to calibration');
      const reviews = this.data.repo(ReviewEntity);
      const pending = await reviews.findBy({ cycleId: id, status: 'pending' });
      for (const r of pending) r.status = 'expired';
      await reviews.saveMany(pending);
      await this.scores.computeScores(cycle);
      cycle.status = 'calibrating';
      cycle.calibratingAt = nowIso();
      return this.cycles.save(cycle);
    });
  }

  async finalise(id: string): Promise<ReviewCycleEntity> {
    return this.data.transaction(async () => {
      const cycle = await this.requireStatus(id, ['calibrating'], 'finalised');
      cycle.status = 'finalised';
      cycle.finalisedAt = nowIso();
      await this.cycles.save(cycle);
      await this.events.emit(ReviewCycleFinalised, { cycleId: id, participants: await this.data.repo(ReviewParticipantEntity).count({ cycleId: id }) });
      return cycle;
    });
  }

  async requireStatus(id: string, allowed: CycleStatus[], verb: string): Promise<ReviewCycleEntity> {
    const cycle = await this.cycles.get(id);
    if (!allowed.includes(cycle.status)) throw new ConflictError(msg`Review cycle "${cycle.name}" is ${cycle.status} and cannot be ${verb} (it must be ${allowed.join(' or ')})`);
    return cycle;
  }

  private async apply(cycle: ReviewCycleEntity, input: CycleFieldsInput & Partial<CreateReviewCycleInput>): Promise<void> {
    if (input.name !== undefined) cycle.name = input.name.trim();
    if (input.periodStart !== undefined) cycle.periodStart = input.periodStart;
    if (input.periodEnd !== undefined) cycle.periodEnd = input.periodEnd;
    if (cycle.periodEnd < cycle.periodStart) throw new UserInputError('input.periodEnd', msg`must not be before periodStart (${cycle.periodStart})`);
    if (input.criteria) {
      const keys = new Set<string>();
      input.criteria.forEach((c, i) => {
        if (keys.has(c.key)) throw new UserInputError(`input.criteria.${i}.key`, msg`"${c.key}" is used twice`);
        keys.add(c.key);
      });
      if (!input.criteria.some((c) => c.weight > 0)) throw new UserInputError('input.criteria', 'needs at least one criterion with a weight above 0');
      cycle.criteria = input.criteria.map((c) => ({ key: c.key, name: c.name.trim(), description: c.description?.trim() ?? '', weight: c.weight }));
    }
    if (input.kinds) cycle.kinds = REVIEW_KINDS.filter((k) => input.kinds!.includes(k));
    if (input.kindWeights) {
      const weights: Record<string, number> = { ...cycle.kindWeights };
      const seen = new Set<string>();
      input.kindWeights.forEach((w, i) => {
        if (seen.has(w.kind)) throw new UserInputError(`input.kindWeights.${i}.kind`, msg`"${w.kind}" is given twice`);
        seen.add(w.kind);
        weights[w.kind] = w.weight;
      });
      cycle.kindWeights = weights;
    }
    if (!cycle.kinds.some((k) => (cycle.kindWeights[k] ?? 0) > 0)) throw new UserInputError('input.kindWeights', 'at least one of the cycle\'s review kinds needs a weight above 0');
    if (input.peerCount !== undefined) cycle.peerCount = input.peerCount;
    if (input.anonymity !== undefined && input.anonymity !== null) cycle.anonymity = input.anonymity as AnonymityMode;
    if (input.anonymityThreshold !== undefined && input.anonymityThreshold !== null) cycle.anonymityThreshold = input.anonymityThreshold;
    for (const key of ['selfDue', 'managerDue', 'peerDue', 'upwardDue'] as const) if (input[key] !== undefined) cycle[key] = input[key] ?? null;
    if (input.thresholds || input.coefficients) {
      const thresholds = input.thresholds ?? cycle.thresholds;
      const coefficients = input.coefficients ?? cycle.coefficients;
      await this.solver.validateBands(thresholds, coefficients, { thresholds: 'input.thresholds', coefficients: 'input.coefficients', default: 'input.thresholds' });
      cycle.thresholds = thresholds;
      cycle.coefficients = coefficients;
    }
  }

  private async setParticipantRows(cycle: ReviewCycleEntity, personIds: string[], field: string): Promise<void> {
    const unique = [...new Set(personIds)];
    const people = await this.people.byIds(unique);
    const found = new Map(people.map((p) => [p.id, p]));
    const missing = unique.find((id) => !found.has(id));
    if (missing) throw new UserInputError(field, msg`no person with id ${missing}`);
    const repo = this.data.repo(ReviewParticipantEntity);
    const existing = await repo.findBy({ cycleId: cycle.id });
    const keep = new Set(unique);
    for (const row of existing) if (!keep.has(row.personId)) await repo.remove(row);
    const have = new Set(existing.map((r) => r.personId));
    await repo.saveMany(unique.filter((id) => !have.has(id)).map((id) => repo.create({
      cycleId: cycle.id, personId: id, managerId: found.get(id)!.managerId, level: found.get(id)!.level, score: null, calibratedScore: null, potential: null,
    })));
    // Reviews assigned by hand to people who left the cycle go with them.
    const gone = existing.filter((r) => !keep.has(r.personId)).map((r) => r.personId);
    if (gone.length) await this.data.repo(ReviewEntity).deleteBy({ cycleId: cycle.id, revieweeId: In(gone) });
  }
}

const pick = (c: ReviewCycleEntity) => ({
  name: c.name, periodStart: c.periodStart, periodEnd: c.periodEnd, kinds: c.kinds, kindWeights: c.kindWeights, criteria: c.criteria, peerCount: c.peerCount,
  thresholds: c.thresholds, coefficients: c.coefficients, anonymity: c.anonymity, anonymityThreshold: c.anonymityThreshold,
});
