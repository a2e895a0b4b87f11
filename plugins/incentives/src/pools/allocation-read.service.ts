import { ConflictError, DataService, keysetPage, NotFoundError, PeopleDirectory, type KeysetPage, type KeysetSort } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { In, type SelectQueryBuilder } from '@cadre/sdk/orm';
import { ReviewCycleEntity } from '../cycles/review-cycle.entity.js';
import { describeBands } from '../shared/bands.js';
import { nameOf, peopleById } from '../shared/people.js';
import { P } from '../shared/permissions.js';
import { currentViewer } from '../shared/viewer.js';
import { AllocationVersionEntity } from './allocation-version.entity.js';
import type { AllocationFilter, AllocationSortField } from './allocation-page.types.js';
import { AllocationService } from './allocation.service.js';
import { AllocationEntity } from './allocation.entity.js';
import type { AllocationDiffType, AllocationType, AllocationVersionType, PoolInputsType } from './allocation.types.js';
import { BonusPoolEntity } from './bonus-pool.entity.js';
import { ALLOCATION_COLUMNS, toAllocationType, toPoolType, toVersionType } from './bonus-pool.mapper.js';
import { memberCounts, versionCounts } from './allocation-counts.js';
import { BonusPoolService } from './bonus-pool.service.js';
import type { BonusPoolType, ScenarioComparisonType } from './bonus-pool.types.js';
import { msg } from '@cadre/sdk';

type AllocationRow = Pick<AllocationEntity, (typeof ALLOCATION_COLUMNS)[number]>;

// NOT NULL columns (a missing score counts as -1, below any score); the id breaks ties.
const ALLOCATION_SORTS: Record<AllocationSortField, Omit<KeysetSort<AllocationRow>, 'direction'>> = {
  AMOUNT: { key: 'amount', column: 'r.amount', value: (a) => a.amount },
  SCORE: { key: 'score', column: 'COALESCE(r.score, -1)', value: (a) => a.score ?? -1 },
  WEIGHT: { key: 'weight', column: 'r.weight', value: (a) => a.weight },
  COEFFICIENT: { key: 'coefficient', column: 'r.coefficient', value: (a) => a.coefficient },
  BOUND: { key: 'bound', column: 'r.bound', value: (a) => a.bound },
};

/** Reading pools, versions and allocations — each caller only what they may see. */
@Injectable()
export class AllocationReadService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    private readonly pools: BonusPoolService,
    private readonly allocation: AllocationService,
  ) {}

  private get versions() {
    return this.data.repo(AllocationVersionEntity);
  }

  private get rows() {
    return this.data.repo(AllocationEntity);
  }

  async poolTypes(pools: BonusPoolEntity[]): Promise<BonusPoolType[]> {
    if (!pools.length) return [];
    const viewer = await currentViewer();
    const reader = viewer.has(P.poolsRead);
    const ids = pools.map((p) => p.id);
    const cycles = new Map((await this.data.repo(ReviewCycleEntity).findBy({ id: In([...new Set(pools.map((p) => p.cycleId))]) })).map((c) => [c.id, c.name]));
    const members = await memberCounts(this.data, ids);
    const versions = await this.versions.findBy({ poolId: In(ids), status: In(reader ? ['draft', 'proposed', 'published'] : ['published']) });
    const counts = await versionCounts(this.data, versions.map((v) => v.id));
    const scenarios = reader ? await this.data.repo(BonusPoolEntity).findBy({ scenarioOfId: In(ids) }) : [];
    return pools.map((p) => {
      const current = versions.find((v) => v.poolId === p.id && v.status === 'published') ?? versions.find((v) => v.poolId === p.id && v.status === 'draft') ?? null;
      const proposed = versions.find((v) => v.poolId === p.id && v.status === 'proposed') ?? null;
      return toPoolType(p, {
        cycleName: cycles.get(p.cycleId) ?? '',
        memberCount: members.get(p.id) ?? 0,
        currentVersion: current ? toVersionType(current, counts.get(current.id)) : null,
        proposedVersion: proposed ? toVersionType(proposed, counts.get(proposed.id)) : null,
        scenarioIds: scenarios.filter((s) => s.scenarioOfId === p.id).map((s) => s.id),
      });
    });
  }

  /**
   * One version's allocations (default: the published one, or the draft for pool readers).
   * Others get published or superseded versions only (never a draft or a proposal awaiting
   * approval), and only their own and their chain's rows.
   */
  async allocations(poolId: string, version?: number | null): Promise<AllocationType[]> {
    const { pool, scope, reader } = await this.visibleRows(poolId, version);
    const load = async () => {
      // Only the columns the type shows: a large pool's rows are read on every visit to its page.
      const rows = await this.rows.project(ALLOCATION_COLUMNS, scope);
      const people = await this.people.summaries(rows.map((r) => r.personId));
      return rows
        .map((a) => toAllocationType(a, pool.currency, { name: nameOf(people, a.personId), level: people.get(a.personId)?.level ?? '' }))
        .sort((a, b) => a.name.localeCompare(b.name));
    };
    // Every pool reader sees the same rows: read once until the tenant's data changes.
    return reader ? [...(await this.data.shared(`incentives.allocations:${poolId}:${version ?? ''}`, load))] : load();
  }

  /** One page of what `allocations` shows, filtered and sorted in SQL (see keysetPage). */
  async allocationsPage(
    poolId: string, version: number | null, filter: AllocationFilter, sort: { field: AllocationSortField; direction: 'ASC' | 'DESC' }, first: number, after?: string | null,
  ): Promise<KeysetPage<AllocationType>> {
    const { pool, scope } = await this.visibleRows(poolId, version);
    const q = scope(this.rows.query('r').select(ALLOCATION_COLUMNS.map((c) => `r.${c}`)));
    if (filter.band != null) q.andWhere('r.band = :band', { band: filter.band });
    if (filter.bound != null) q.andWhere('r.bound = :bound', { bound: filter.bound });
    if (filter.personId) q.andWhere('r.personId = :pid', { pid: filter.personId });
    const page = await keysetPage(q, { first, after, sort: { ...ALLOCATION_SORTS[sort.field], direction: sort.direction }, idColumn: 'r.id' });
    const people = await this.people.summaries(page.nodes.map((r) => r.personId));
    return { ...page, nodes: page.nodes.map((a) => toAllocationType(a, pool.currency, { name: nameOf(people, a.personId), level: people.get(a.personId)?.level ?? '' })) };
  }

  /**
   * The rows of the version a viewer may read, as conditions on a query aliased `r`: the rule of
   * both `allocations` and `allocationsPage`, row visibility in SQL so a page's count agrees.
   */
  private async visibleRows(poolId: string, version?: number | null) {
    const viewer = await currentViewer();
    const pool = await this.pools.visible(poolId);
    const reader = viewer.has(P.poolsRead);
    const v = await this.versionOf(pool, version);
    if (!v || (!reader && (v.status === 'draft' || v.status === 'proposed'))) {
      if (version) throw new NotFoundError('AllocationVersion', `${poolId}#${version}`);
    }
    const readable = v && (reader || (v.status !== 'draft' && v.status !== 'proposed'));
    const scope = (q: SelectQueryBuilder<AllocationEntity>) => {
      q.andWhere('r.versionId = :vid', { vid: readable ? v.id : '-' });
      return reader ? q : q.andWhere('r.personId IN (:...chain)', { chain: viewer.chain() });
    };
    return { pool, scope, reader };
  }

  private async versionOf(pool: BonusPoolEntity, version?: number | null): Promise<AllocationVersionEntity | null> {
    if (version) return this.versions.findOneBy({ poolId: pool.id, version });
    return (await this.allocation.publishedOf(pool.id)) ?? (await this.allocation.draftOf(pool.id));
  }

  async versionTypes(poolId: string): Promise<AllocationVersionType[]> {
    await this.pools.get(poolId);
    const versions = await this.versions.find({ where: { poolId }, order: { version: 'ASC' } });
    const counts = await versionCounts(this.data, versions.map((v) => v.id));
    return versions.map((v) => toVersionType(v, counts.get(v.id)));
  }

  async diff(poolId: string, fromVersion: number, toVersion: number): Promise<AllocationDiffType> {
    await this.pools.get(poolId);
    const [from, to] = await Promise.all([fromVersion, toVersion].map((version) => this.versions.findOneBy({ poolId, version })));
    if (!from) throw new NotFoundError('AllocationVersion', `${poolId}#${fromVersion}`);
    if (!to) throw new NotFoundError('AllocationVersion', `${poolId}#${toVersion}`);
    const before = new Map((await this.rows.findBy({ versionId: from.id })).map((a) => [a.personId, a]));
    const after = new Map((await this.rows.findBy({ versionId: to.id })).map((a) => [a.personId, a]));
    const ids = [...new Set([...before.keys(), ...after.keys()])];
    const people = await peopleById(this.people, ids);
    const rows = ids.map((id) => {
      const b = before.get(id);
      const a = after.get(id);
      return { personId: id, name: nameOf(people, id), scoreBefore: b?.score ?? null, scoreAfter: a?.score ?? null, before: b?.amount ?? null, after: a?.amount ?? null, delta: (a?.amount ?? 0) - (b?.amount ?? 0) };
    });
    rows.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.name.localeCompare(y.name));
    return { poolId, fromVersion, toVersion, totalBefore: from.total, totalAfter: to.total, rows };
  }

  /** Pools and scenarios side by side: a summary per pool and each person's amount in each. */
  async compare(poolIds: string[]): Promise<ScenarioComparisonType> {
    const pools = await Promise.all(poolIds.map((id) => this.pools.get(id)));
    const summaries = [];
    const byPerson = new Map<string, { score: number | null; amounts: Array<number | null>; coefficients: Array<number | null> }>();
    for (const [i, pool] of pools.entries()) {
      const v = await this.versionOf(pool);
      if (!v) throw new ConflictError(msg`"${pool.name}" has no allocation to compare: allocate it first`);
      const rows = await this.rows.findBy({ versionId: v.id });
      const amounts = rows.map((r) => r.amount).sort((a, b) => a - b);
      summaries.push({
        poolId: pool.id, name: pool.name, status: pool.status, amount: v.amount, currency: v.currency, thresholds: v.thresholds, coefficients: v.coefficients,
        lambda: v.lambda, total: v.total, atFloor: rows.filter((r) => r.bound === -1).length, atCap: rows.filter((r) => r.bound === 1).length,
        min: amounts[0] ?? 0, max: amounts.at(-1) ?? 0, median: median(amounts),
        bandCounts: v.coefficients.map((_, j) => rows.filter((r) => r.band === j + 1).length),
      });
      for (const r of rows) {
        const entry = byPerson.get(r.personId) ?? { score: r.score, amounts: pools.map(() => null), coefficients: pools.map(() => null) };
        entry.amounts[i] = r.amount;
        entry.coefficients[i] = r.coefficient;
        byPerson.set(r.personId, entry);
      }
    }
    const people = await peopleById(this.people, byPerson.keys());
    const rows = [...byPerson.entries()]
      .map(([personId, e]) => ({ personId, name: nameOf(people, personId), level: people.get(personId)?.level ?? '', ...e }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return { pools: summaries, rows };
  }

  async inputs(poolId: string): Promise<PoolInputsType> {
    const pool = await this.pools.get(poolId);
    const people = await this.allocation.inputs(pool);
    return {
      poolId, amount: pool.amount, currency: pool.currency, unit: 1, thresholds: pool.thresholds, coefficients: pool.coefficients,
      bands: describeBands(pool.thresholds, pool.coefficients),
      people: people.map((r) => ({ ...r, floor: r.floor ?? 0 })),
    };
  }
}

function median(sorted: number[]): number {
  if (!sorted.length) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
