import { ConflictError, DataService, localize, type Msg, msg, nowIso, PeopleDirectory, UserInputError } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { finalScore, ReviewParticipantEntity } from '../cycles/review-participant.entity.js';
import { nameOf, recordsById } from '../shared/people.js';
import { IncentivesSolver, type FieldNames } from '../shared/solver.service.js';
import { AllocationVersionEntity } from './allocation-version.entity.js';
import { AllocationEntity } from './allocation.entity.js';
import type { BonusPoolEntity } from './bonus-pool.entity.js';
import { BonusPoolMemberEntity } from './bonus-pool-member.entity.js';
import { memberWeight } from './weights.js';

export interface InputRow {
  personId: string;
  name: string;
  level: string;
  weight: number;
  weightExplanation: string;
  score: number | null;
  band: number | null;
  coefficient: number;
  floor: number | null;
  cap: number | null;
  /** Why ω cannot be computed, in the reader's language (the thrown refusal uses `problem`). */
  error: string | null;
  problem: Msg | null;
}

export interface Computed {
  rows: Array<InputRow & { exact: number; amount: number; bound: number }>;
  lambda: number | null;
  weightedSum: number;
}

/**
 * Runs the founding model for a pool: ω from the weight rule, c from the bands through
 * solver.band, and solver.allocate in whole minor units. Keeps the versions: a draft is
 * recomputed freely; a published version is never touched again — a change makes a new one.
 */
@Injectable()
export class AllocationService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    private readonly solver: IncentivesSolver,
  ) {}

  private get versions() {
    return this.data.repo(AllocationVersionEntity);
  }

  private get allocations() {
    return this.data.repo(AllocationEntity);
  }

  /** Each member's ω, score, band, c, floor and cap, in a stable order (by person id). */
  async inputs(pool: BonusPoolEntity): Promise<InputRow[]> {
    const members = (await this.data.repo(BonusPoolMemberEntity).findBy({ poolId: pool.id })).sort((a, b) => a.personId.localeCompare(b.personId));
    const participants = new Map((await this.data.repo(ReviewParticipantEntity).findBy({ cycleId: pool.cycleId })).map((p) => [p.personId, p]));
    const people = await recordsById(this.people, members.map((m) => m.personId));
    const scores = members.map((m) => { const p = participants.get(m.personId); return p ? finalScore(p) : null; });
    const scored = scores.flatMap((s) => (s === null ? [] : [s]));
    const coefficients = await this.solver.band(scored, pool.thresholds, pool.coefficients, { thresholds: 'input.thresholds', coefficients: 'input.coefficients', default: 'input.thresholds' });
    const bands = await this.solver.bandIndex(scored, pool.thresholds);
    let k = 0;
    return members.map((m, i) => {
      const person = people.get(m.personId);
      const level = participants.get(m.personId)?.level ?? person?.level ?? '';
      const w = memberWeight({ rule: pool.weightRule, levelTargets: pool.levelTargets, defaultTarget: pool.defaultTarget, currency: pool.currency },
        { name: nameOf(people, m.personId), level, base: person?.compBase ?? null, baseCurrency: person?.compCurrency ?? null }, m.weight);
      const score = scores[i]!;
      const at = score === null ? -1 : k++;
      return {
        personId: m.personId, name: nameOf(people, m.personId), level,
        weight: 'weight' in w ? w.weight : 0, weightExplanation: 'weight' in w ? w.explanation : localize(msg`no weight: ${localize(w.error)}`),
        score, band: at < 0 ? null : bands[at]! + 1, coefficient: at < 0 ? 0 : coefficients[at]!,
        floor: m.floor ?? pool.defaultFloor, cap: m.cap ?? pool.defaultCap,
        error: 'error' in w ? localize(w.error) : null, problem: 'error' in w ? w.error : null,
      };
    });
  }

  /** Solves the pool; `fields` names the input fields for errors raised by create/update. */
  async compute(pool: BonusPoolEntity, fields?: FieldNames): Promise<Computed> {
    const rows = await this.inputs(pool);
    const broken = rows.find((r) => r.problem);
    if (broken) {
      if (fields) throw new UserInputError(pool.weightRule === 'custom' ? 'input.members' : 'input.weightRule', broken.problem!);
      throw new ConflictError(msg`The pool cannot be allocated: ${localize(broken.problem!)}`);
    }
    const floors = rows.some((r) => r.floor !== null) ? Float64Array.from(rows, (r) => r.floor ?? 0) : undefined;
    const caps = rows.some((r) => r.cap !== null) ? Float64Array.from(rows, (r) => r.cap ?? Infinity) : undefined;
    const result = await this.solver.allocate(
      { pool: pool.amount, weights: Float64Array.from(rows, (r) => r.weight), coefficients: Float64Array.from(rows, (r) => r.coefficient), floors, caps, unit: 1 },
      (i) => rows[i]?.name ?? `person ${i}`,
      fields ?? {},
      pool.currency,
    );
    const lambda = Number.isFinite(result.lambda) && result.lambda > 0 ? result.lambda : null;
    return {
      lambda,
      weightedSum: rows.reduce((sum, r) => sum + r.weight * r.coefficient, 0),
      rows: rows.map((r, i) => {
        const raw = lambda === null ? 0 : (r.weight * r.coefficient) / lambda;
        const exact = Math.min(Math.max(raw, r.floor ?? 0), r.cap ?? Infinity);
        return { ...r, exact, amount: result.amounts[i]!, bound: result.bound[i]! };
      }),
    };
  }

  draftOf(poolId: string): Promise<AllocationVersionEntity | null> {
    return this.versions.findOneBy({ poolId, status: 'draft' });
  }

  publishedOf(poolId: string): Promise<AllocationVersionEntity | null> {
    return this.versions.findOneBy({ poolId, status: 'published' });
  }

  /** Replaces the pool's draft version with a fresh computation. */
  async saveDraft(pool: BonusPoolEntity, reason: string, fields?: FieldNames): Promise<AllocationVersionEntity> {
    const computed = await this.compute(pool, fields);
    const old = await this.draftOf(pool.id);
    if (old) await this.dropVersion(old);
    const latest = await this.versions.find({ where: { poolId: pool.id }, order: { version: 'DESC' }, take: 1 });
    return this.write(pool, computed, (latest[0]?.version ?? 0) + 1, 'draft', reason, null);
  }

  async dropDraft(poolId: string): Promise<void> {
    const old = await this.draftOf(poolId);
    if (old) await this.dropVersion(old);
  }

  async dropVersion(version: AllocationVersionEntity): Promise<void> {
    await this.allocations.deleteBy({ versionId: version.id });
    await this.versions.remove(version);
  }

  /** The draft becomes the published version. */
  async publishDraft(pool: BonusPoolEntity): Promise<AllocationVersionEntity> {
    const draft = await this.draftOf(pool.id);
    if (!draft) throw new ConflictError(msg`Pool "${pool.name}" has no allocation to publish: allocate it first`);
    draft.status = 'published';
    draft.publishedAt = nowIso();
    return this.versions.save(draft);
  }

  proposedOf(poolId: string): Promise<AllocationVersionEntity | null> {
    return this.versions.findOneBy({ poolId, status: 'proposed' });
  }

  /**
   * Dynamic incentives: recomputes a published pool as a proposed version with each person's
   * difference to the published one, replacing an earlier proposal; nobody sees it as theirs
   * until it is approved (publishProposed).
   */
  async propose(pool: BonusPoolEntity, reason: string): Promise<AllocationVersionEntity> {
    const published = await this.publishedOf(pool.id);
    if (!published) throw new ConflictError(msg`Pool "${pool.name}" is not published`);
    const computed = await this.compute(pool);
    const before = new Map((await this.allocations.findBy({ versionId: published.id })).map((a) => [a.personId, a.amount]));
    const old = await this.proposedOf(pool.id);
    if (old) await this.dropVersion(old);
    const latest = await this.versions.find({ where: { poolId: pool.id }, order: { version: 'DESC' }, take: 1 });
    return this.write(pool, computed, latest[0]!.version + 1, 'proposed', reason, before);
  }

  /** The proposed version becomes the published one; the previous is superseded, not changed. */
  async publishProposed(pool: BonusPoolEntity): Promise<AllocationVersionEntity> {
    const proposed = await this.proposedOf(pool.id);
    if (!proposed) throw new ConflictError(msg`Pool "${pool.name}" has no new version waiting for approval`);
    const previous = await this.publishedOf(pool.id);
    if (previous) {
      previous.status = 'superseded';
      await this.versions.save(previous);
    }
    proposed.status = 'published';
    proposed.publishedAt = nowIso();
    return this.versions.save(proposed);
  }

  private async write(
    pool: BonusPoolEntity, computed: Computed, version: number, status: 'draft' | 'proposed', reason: string, before: Map<string, number> | null,
  ): Promise<AllocationVersionEntity> {
    const v = await this.versions.save(this.versions.create({
      poolId: pool.id, version, status, reason, amount: pool.amount, currency: pool.currency, thresholds: pool.thresholds, coefficients: pool.coefficients,
      lambda: computed.lambda, weightedSum: computed.weightedSum, total: computed.rows.reduce((s, r) => s + r.amount, 0),
      publishedAt: null,
    }));
    await this.allocations.saveMany(computed.rows.map((r) => {
      const previousAmount = before ? (before.get(r.personId) ?? 0) : null;
      return this.allocations.create({
        versionId: v.id, poolId: pool.id, version, personId: r.personId, weight: r.weight, weightExplanation: r.weightExplanation.slice(0, 300), score: r.score, band: r.band, coefficient: r.coefficient,
        floor: r.floor, cap: r.cap, exactAmount: r.exact, amount: r.amount, bound: r.bound,
        previousAmount, delta: previousAmount === null ? null : r.amount - previousAmount,
      });
    }));
    return v;
  }
}
