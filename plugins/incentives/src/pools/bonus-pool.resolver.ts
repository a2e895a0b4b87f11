import { RequirePermission, SortDirectionValue } from '@cadre/sdk';
import { Args, ID, Int, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { P } from '../shared/permissions.js';
import { AllocationReadService } from './allocation-read.service.js';
import { PoolInputsType } from './allocation.types.js';
import type { BonusPoolEntity } from './bonus-pool.entity.js';
import { BonusPoolListService } from './bonus-pool-list.service.js';
import { BonusPoolConnection, BonusPoolFilter, BonusPoolSort, BonusPoolSortField } from './bonus-pool-page.types.js';
import { CreateBonusPoolInput, CreateBonusScenarioInput, UpdateBonusPoolInput } from './bonus-pool.inputs.js';
import { BonusPoolService } from './bonus-pool.service.js';
import { BonusPoolType } from './bonus-pool.types.js';

@Resolver(() => BonusPoolType)
export class BonusPoolResolver {
  constructor(
    private readonly pools: BonusPoolService,
    private readonly list: BonusPoolListService,
    private readonly read: AllocationReadService,
  ) {}

  private async one(pool: BonusPoolEntity): Promise<BonusPoolType> {
    return (await this.read.poolTypes([pool]))[0]!;
  }

  @Query(() => [BonusPoolType], { description: 'Pool readers: every pool (and scenarios on request); others: published pools' })
  @RequirePermission(P.allocationsRead)
  async bonusPools(
    @Args('cycleId', { type: () => ID, nullable: true }) cycleId: string | null,
    @Args('includeScenarios', { type: () => Boolean, defaultValue: false }) includeScenarios: boolean,
  ): Promise<BonusPoolType[]> {
    return this.read.poolTypes(await this.list.list(cycleId, includeScenarios));
  }

  @Query(() => BonusPoolConnection, { description: 'bonusPools a page at a time (newest first by default), the same pools visible, filtered, sorted and paged on the server' })
  @RequirePermission(P.allocationsRead)
  async bonusPoolsPage(
    @Args('filter', { type: () => BonusPoolFilter, nullable: true }) filter: BonusPoolFilter,
    @Args('sort', { type: () => BonusPoolSort, nullable: true }) sort: BonusPoolSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<BonusPoolConnection> {
    const page = await this.list.page(filter ?? {}, sort ?? { field: BonusPoolSortField.CREATED_AT, direction: SortDirectionValue.DESC }, first, after);
    return { ...page, nodes: await this.read.poolTypes(page.nodes) };
  }

  @Query(() => BonusPoolType)
  @RequirePermission(P.allocationsRead)
  async bonusPool(@Args('id', { type: () => ID }) id: string): Promise<BonusPoolType> {
    return this.one(await this.pools.visible(id));
  }

  @Query(() => PoolInputsType, { description: "A pool's solver inputs (per-person ω, score, c, floor, cap) for recomputing in the browser" })
  @RequirePermission(P.poolsRead)
  bonusPoolInputs(@Args('id', { type: () => ID }) id: string): Promise<PoolInputsType> {
    return this.read.inputs(id);
  }

  @Mutation(() => BonusPoolType, { description: 'A draft pool, allocated at once through the solver' })
  @RequirePermission(P.poolsWrite)
  async createBonusPool(@Args('input') input: CreateBonusPoolInput): Promise<BonusPoolType> {
    return this.one(await this.pools.create(input));
  }

  @Mutation(() => BonusPoolType, { description: 'Draft pools and scenarios; re-allocates' })
  @RequirePermission(P.poolsWrite)
  async updateBonusPool(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateBonusPoolInput): Promise<BonusPoolType> {
    return this.one(await this.pools.update(id, input));
  }

  @Mutation(() => BonusPoolType, { description: 'Recompute the draft allocation of a pool or scenario' })
  @RequirePermission(P.poolsWrite)
  async allocateBonusPool(@Args('id', { type: () => ID }) id: string): Promise<BonusPoolType> {
    return this.one(await this.pools.allocate(id));
  }

  @Mutation(() => BonusPoolType, { description: 'A what-if copy with changed thresholds, coefficients, pool or bounds' })
  @RequirePermission(P.poolsWrite)
  async createBonusScenario(@Args('poolId', { type: () => ID }) poolId: string, @Args('input') input: CreateBonusScenarioInput): Promise<BonusPoolType> {
    return this.one(await this.pools.createScenario(poolId, input));
  }

  @Mutation(() => Boolean)
  @RequirePermission(P.poolsWrite)
  deleteBonusScenario(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.pools.deleteScenario(id);
  }

  @Mutation(() => BonusPoolType, { description: "Adopt a scenario's parameters and members in its (unpublished) pool" })
  @RequirePermission(P.poolsWrite)
  async applyBonusScenario(@Args('id', { type: () => ID }) id: string): Promise<BonusPoolType> {
    return this.one(await this.pools.applyScenario(id));
  }

  @Mutation(() => BonusPoolType, { description: 'draft → approved' })
  @RequirePermission(P.poolsApprove)
  async approveBonusPool(@Args('id', { type: () => ID }) id: string): Promise<BonusPoolType> {
    return this.one(await this.pools.approve(id));
  }

  @Mutation(() => BonusPoolType, { description: 'approved → draft' })
  @RequirePermission(P.poolsApprove)
  async reopenBonusPool(@Args('id', { type: () => ID }) id: string): Promise<BonusPoolType> {
    return this.one(await this.pools.reopen(id));
  }

  @Mutation(() => BonusPoolType, { description: 'approved → published (the cycle must be finalised); people see their share' })
  @RequirePermission(P.poolsApprove)
  async publishBonusPool(@Args('id', { type: () => ID }) id: string): Promise<BonusPoolType> {
    return this.one(await this.pools.publish(id));
  }

  @Mutation(() => BonusPoolType, { description: "Publishes a published pool's proposed version (made when a calibrated score changed): people see their new share and its difference" })
  @RequirePermission(P.poolsApprove)
  async publishBonusPoolRevision(@Args('id', { type: () => ID }) id: string): Promise<BonusPoolType> {
    return this.one(await this.pools.publishRevision(id));
  }

  @Mutation(() => BonusPoolType, { description: "Drops a published pool's proposed version: the published numbers stay" })
  @RequirePermission(P.poolsApprove)
  async discardBonusPoolRevision(@Args('id', { type: () => ID }) id: string): Promise<BonusPoolType> {
    return this.one(await this.pools.discardRevision(id));
  }
}
