import { ConflictError, DataService, EventBus, FourEyes, NotFoundError, nowIso, RequestContexts, UserInputError } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { ReviewCycleEntity } from '../cycles/review-cycle.entity.js';
import { ReviewCycleService } from '../cycles/review-cycle.service.js';
import { ReviewParticipantEntity } from '../cycles/review-participant.entity.js';
import { AllocationPublished } from '../shared/events.js';
import { P } from '../shared/permissions.js';
import { IncentivesSolver, type FieldNames } from '../shared/solver.service.js';
import { auditDetail, currentViewer } from '../shared/viewer.js';
import { AllocationVersionEntity } from './allocation-version.entity.js';
import { AllocationService } from './allocation.service.js';
import { BonusPoolEntity } from './bonus-pool.entity.js';
import type { CreateBonusPoolInput, CreateBonusScenarioInput, PoolParametersInput, UpdateBonusPoolInput } from './bonus-pool.inputs.js';
import { BonusPoolMemberEntity } from './bonus-pool-member.entity.js';
import { msg } from '@cadre/sdk';

const FIELDS: FieldNames = { pool: 'input.amount', floors: 'input.defaultFloor', caps: 'input.defaultCap', weights: 'input.members', thresholds: 'input.thresholds', coefficients: 'input.coefficients', default: 'input' };

/** Bonus pools and their what-if scenarios: model → approve → publish. */
@Injectable()
export class BonusPoolService {
  constructor(
    private readonly data: DataService,
    private readonly cycles: ReviewCycleService,
    private readonly allocation: AllocationService,
    private readonly solver: IncentivesSolver,
    private readonly events: EventBus,
    private readonly fourEyes: FourEyes,
  ) {}

  private get pools() {
    return this.data.repo(BonusPoolEntity);
  }

  private get members() {
    return this.data.repo(BonusPoolMemberEntity);
  }

  /** A pool the caller may see (NOT_FOUND otherwise, so an unpublished pool's existence does not leak). */
  async visible(id: string): Promise<BonusPoolEntity> {
    const pool = await this.pools.get(id);
    if (pool.status !== 'published' && !(await currentViewer()).has(P.poolsRead)) throw new NotFoundError('BonusPool', id);
    return pool;
  }

  get(id: string): Promise<BonusPoolEntity> {
    return this.pools.get(id);
  }

  async create(input: CreateBonusPoolInput): Promise<BonusPoolEntity> {
    return this.data.transaction(async () => {
      const cycle = await this.cycles.get(input.cycleId).catch(() => {
        throw new UserInputError('input.cycleId', msg`no review cycle with id ${input.cycleId}`);
      });
      if (cycle.status !== 'calibrating' && cycle.status !== 'finalised') {
        throw new ConflictError(msg`Review cycle "${cycle.name}" is ${cycle.status}: a pool needs scores, so the cycle must be calibrating or finalised`, 'input.cycleId');
      }
      const pool = this.pools.create({
        cycleId: cycle.id, name: input.name.trim(), amount: input.amount, currency: input.currency, weightRule: input.weightRule,
        levelTargets: [], defaultTarget: null, thresholds: cycle.thresholds, coefficients: cycle.coefficients, defaultFloor: null, defaultCap: null,
        status: 'draft', scenarioOfId: null, note: '', approvedAt: null, approvedBy: null, publishedAt: null, publishedVersion: null,
        createdById: RequestContexts.current()?.accountId ?? null,
      });
      const members = input.members ?? (await this.data.repo(ReviewParticipantEntity).findBy({ cycleId: cycle.id })).map((p) => ({ personId: p.personId }));
      await this.apply(pool, input);
      await this.pools.save(pool);
      await this.setMembers(pool, members);
      await this.allocation.saveDraft(pool, 'Initial allocation', FIELDS);
      return pool;
    });
  }

  async update(id: string, input: UpdateBonusPoolInput): Promise<BonusPoolEntity> {
    return this.data.transaction(async () => {
      const pool = await this.pools.get(id);
      if (pool.status !== 'draft' && pool.status !== 'scenario') {
        throw new ConflictError(
          pool.status === 'approved'
            ? msg`Pool "${pool.name}" is ${pool.status}: only draft pools and scenarios can change (reopen it first)`
            : msg`Pool "${pool.name}" is ${pool.status}: only draft pools and scenarios can change`,
        );
      }
      const before = params(pool);
      if (input.name !== undefined) pool.name = input.name.trim();
      await this.apply(pool, input);
      await this.pools.save(pool);
      if (input.members) await this.setMembers(pool, input.members);
      await this.allocation.saveDraft(pool, 'Parameters changed', FIELDS);
      auditDetail('IncentivesBonusPool', id, before, params(pool));
      return pool;
    });
  }

  /** A what-if copy of a pool (members included) with the given parameters changed, allocated at once. */
  async createScenario(poolId: string, input: CreateBonusScenarioInput): Promise<BonusPoolEntity> {
    return this.data.transaction(async () => {
      const base = await this.pools.get(poolId);
      if (base.status === 'scenario') throw new ConflictError('A scenario is made from a pool, not from another scenario');
      const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = base;
      const scenario = this.pools.create({ ...copy, name: input.name.trim(), status: 'scenario', scenarioOfId: base.id, approvedAt: null, approvedBy: null, publishedAt: null, publishedVersion: null, createdById: RequestContexts.current()?.accountId ?? null });
      await this.apply(scenario, input);
      await this.pools.save(scenario);
      const members = input.members ?? (await this.members.findBy({ poolId: base.id }));
      await this.setMembers(scenario, members);
      await this.allocation.saveDraft(scenario, `What-if copy of "${base.name}"`, FIELDS);
      return scenario;
    });
  }

  async deleteScenario(id: string): Promise<boolean> {
    return this.data.transaction(async () => {
      const scenario = await this.pools.get(id);
      if (scenario.status !== 'scenario') throw new ConflictError(msg`"${scenario.name}" is a pool, not a scenario: only scenarios can be deleted`);
      for (const v of await this.data.repo(AllocationVersionEntity).findBy({ poolId: id })) await this.allocation.dropVersion(v);
      await this.members.deleteBy({ poolId: id });
      await this.pools.remove(scenario);
      return true;
    });
  }

  /** Takes a scenario's parameters and members over into its (draft) pool. */
  async applyScenario(id: string): Promise<BonusPoolEntity> {
    return this.data.transaction(async () => {
      const scenario = await this.pools.get(id);
      if (scenario.status !== 'scenario' || !scenario.scenarioOfId) throw new ConflictError(msg`"${scenario.name}" is not a scenario`);
      const pool = await this.pools.get(scenario.scenarioOfId);
      if (pool.status === 'published') throw new ConflictError(msg`Pool "${pool.name}" is published: a scenario can no longer replace its parameters`);
      const before = params(pool);
      Object.assign(pool, {
        amount: scenario.amount, currency: scenario.currency, weightRule: scenario.weightRule, levelTargets: scenario.levelTargets, defaultTarget: scenario.defaultTarget,
        thresholds: scenario.thresholds, coefficients: scenario.coefficients, defaultFloor: scenario.defaultFloor, defaultCap: scenario.defaultCap,
        status: 'draft', approvedAt: null, approvedBy: null,
      });
      await this.pools.save(pool);
      await this.setMembers(pool, await this.members.findBy({ poolId: scenario.id }));
      await this.allocation.saveDraft(pool, `Scenario "${scenario.name}" applied`);
      auditDetail('IncentivesBonusPool', pool.id, before, params(pool));
      return pool;
    });
  }

  async allocate(id: string): Promise<BonusPoolEntity> {
    return this.data.transaction(async () => {
      const pool = allocatable(await this.pools.get(id));
      await this.allocation.saveDraft(pool, 'Allocated');
      return pool;
    });
  }

  /** The checks of allocate without locking or computing (before queueing an allocation job). */
  async assertAllocatable(id: string): Promise<void> {
    allocatable(await this.pools.read(id));
  }

  memberCount(id: string): Promise<number> {
    return this.members.count({ poolId: id });
  }

  async approve(id: string): Promise<BonusPoolEntity> {
    return this.data.transaction(async () => {
      const pool = await this.pools.get(id);
      if (pool.status !== 'draft') throw new ConflictError(msg`Pool "${pool.name}" is ${pool.status}: only a draft pool can be approved`);
      if (!(await this.allocation.draftOf(id))) throw new ConflictError(msg`Pool "${pool.name}" has no allocation yet`);
      await this.fourEyes.check(pool.createdById, msg`approve the bonus pool "${pool.name}"`);
      pool.status = 'approved';
      pool.approvedAt = nowIso();
      pool.approvedBy = RequestContexts.current()?.accountEmail ?? 'system';
      return this.pools.save(pool);
    });
  }

  async reopen(id: string): Promise<BonusPoolEntity> {
    return this.data.transaction(async () => {
      const pool = await this.pools.get(id);
      if (pool.status !== 'approved') throw new ConflictError(msg`Pool "${pool.name}" is ${pool.status}: only an approved pool can be reopened`);
      Object.assign(pool, { status: 'draft', approvedAt: null, approvedBy: null });
      return this.pools.save(pool);
    });
  }

  async publish(id: string): Promise<BonusPoolEntity> {
    return this.data.transaction(async () => {
      const pool = await this.pools.get(id);
      if (pool.status !== 'approved') throw new ConflictError(msg`Pool "${pool.name}" is ${pool.status}: it must be approved before it is published`);
      // Read, not locked: finalised is final, and a calibration locks the cycle before this pool.
      const cycle = (await this.data.repo(ReviewCycleEntity).findOneBy({ id: pool.cycleId }))!;
      if (cycle.status !== 'finalised') throw new ConflictError(msg`Review cycle "${cycle.name}" is ${cycle.status}: publish once its scores are finalised`);
      const version = await this.allocation.publishDraft(pool);
      Object.assign(pool, { status: 'published', publishedAt: version.publishedAt, publishedVersion: version.version });
      await this.pools.save(pool);
      await this.events.emit(AllocationPublished, { poolId: pool.id, cycleId: pool.cycleId, version: version.version, reason: 'Published' });
      return pool;
    });
  }

  /** A published pool's proposed version (after a calibrated score change) becomes what people see. */
  async publishRevision(id: string): Promise<BonusPoolEntity> {
    return this.data.transaction(async () => {
      const pool = await this.pools.get(id);
      if (pool.status !== 'published') throw new ConflictError(msg`Pool "${pool.name}" is ${pool.status}: only a published pool has new versions to approve`);
      const version = await this.allocation.publishProposed(pool);
      Object.assign(pool, { publishedAt: version.publishedAt, publishedVersion: version.version });
      await this.pools.save(pool);
      await this.events.emit(AllocationPublished, { poolId: pool.id, cycleId: pool.cycleId, version: version.version, reason: version.reason });
      return pool;
    });
  }

  /** Keeps the published numbers: the proposed version is dropped. */
  async discardRevision(id: string): Promise<BonusPoolEntity> {
    return this.data.transaction(async () => {
      const pool = await this.pools.get(id);
      const proposed = await this.allocation.proposedOf(pool.id);
      if (!proposed) throw new ConflictError(msg`Pool "${pool.name}" has no new version waiting for approval`);
      await this.allocation.dropVersion(proposed);
      return pool;
    });
  }

  /**
   * After a calibrated score change: published pools holding the person get a proposed version
   * (published once approved), drafts and scenarios are recomputed (an approved pool goes back to
   * draft: its numbers moved).
   */
  async onScoreChanged(cycleId: string, personId: string, reason: string): Promise<AllocationVersionEntity[]> {
    const memberOf = new Set((await this.members.findBy({ personId })).map((m) => m.poolId));
    // Each pool is locked before it changes; scenarios before pools, the order applyScenario takes them in.
    const found = (await this.pools.findBy({ cycleId })).filter((p) => memberOf.has(p.id)).sort((a, b) => Number(!a.scenarioOfId) - Number(!b.scenarioOfId));
    const published: AllocationVersionEntity[] = [];
    for (const { id } of found) {
      const pool = await this.pools.get(id).catch((e) => (e instanceof NotFoundError ? null : Promise.reject(e)));
      if (!pool) continue; // a scenario deleted meanwhile
      if (pool.status === 'published') {
        published.push(await this.allocation.propose(pool, reason));
        continue;
      }
      if (pool.status === 'approved') Object.assign(pool, { status: 'draft', approvedAt: null, approvedBy: null });
      await this.pools.save(pool);
      // A draft that no longer computes is dropped rather than left with stale numbers.
      await this.allocation.saveDraft(pool, reason).catch(() => this.allocation.dropDraft(pool.id));
    }
    return published;
  }

  private async apply(pool: BonusPoolEntity, input: PoolParametersInput): Promise<void> {
    if (input.amount !== undefined) pool.amount = input.amount;
    if (input.currency !== undefined) pool.currency = input.currency;
    if (input.weightRule !== undefined) pool.weightRule = input.weightRule;
    if (input.levelTargets !== undefined) {
      const seen = new Set<string>();
      input.levelTargets.forEach((t, i) => {
        if (seen.has(t.level)) throw new UserInputError(`input.levelTargets.${i}.level`, msg`"${t.level}" is given twice`);
        seen.add(t.level);
      });
      pool.levelTargets = input.levelTargets.map((t) => ({ level: t.level, value: t.value }));
    }
    if (input.defaultTarget !== undefined) pool.defaultTarget = input.defaultTarget ?? null;
    if (input.defaultFloor !== undefined) pool.defaultFloor = input.defaultFloor ?? null;
    if (input.defaultCap !== undefined) pool.defaultCap = input.defaultCap ?? null;
    if (input.note !== undefined) pool.note = input.note;
    if (input.thresholds || input.coefficients) {
      const thresholds = input.thresholds ?? pool.thresholds;
      const coefficients = input.coefficients ?? pool.coefficients;
      await this.solver.validateBands(thresholds, coefficients, FIELDS);
      pool.thresholds = thresholds;
      pool.coefficients = coefficients;
    }
    if (pool.defaultFloor !== null && pool.defaultCap !== null && pool.defaultCap < pool.defaultFloor) throw new UserInputError('input.defaultCap', 'must not be below defaultFloor');
  }

  private async setMembers(pool: BonusPoolEntity, members: Array<{ personId: string; weight?: number | null; floor?: number | null; cap?: number | null }>): Promise<void> {
    const participants = new Set((await this.data.repo(ReviewParticipantEntity).findBy({ cycleId: pool.cycleId })).map((p) => p.personId));
    const seen = new Set<string>();
    members.forEach((m, i) => {
      if (!participants.has(m.personId)) throw new UserInputError(`input.members.${i}.personId`, msg`${m.personId} is not a participant of the pool's review cycle`);
      if (seen.has(m.personId)) throw new UserInputError(`input.members.${i}.personId`, 'is listed twice');
      if (m.floor != null && m.cap != null && m.cap < m.floor) throw new UserInputError(`input.members.${i}.cap`, 'must not be below floor');
      seen.add(m.personId);
    });
    if (!members.length) throw new UserInputError('input.members', 'a pool needs at least one eligible person');
    await this.members.deleteBy({ poolId: pool.id });
    await this.members.saveMany(members.map((m) => this.members.create({ poolId: pool.id, personId: m.personId, weight: m.weight ?? null, floor: m.floor ?? null, cap: m.cap ?? null })));
  }
}

const params = (p: BonusPoolEntity) => ({
  name: p.name, amount: p.amount, currency: p.currency, weightRule: p.weightRule, levelTargets: p.levelTargets, defaultTarget: p.defaultTarget,
  thresholds: p.thresholds, coefficients: p.coefficients, defaultFloor: p.defaultFloor, defaultCap: p.defaultCap, status: p.status,
});

function allocatable(pool: BonusPoolEntity): BonusPoolEntity {
  if (pool.status === 'published') throw new ConflictError(msg`Pool "${pool.name}" is published: its allocation is never recomputed in place (a calibrated score change makes a new version)`);
  if (pool.status === 'approved') throw new ConflictError(msg`Pool "${pool.name}" is approved: reopen it before allocating again`);
  return pool;
}
