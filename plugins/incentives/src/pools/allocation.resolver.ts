import { RequirePermission, SignedIn, SortDirectionValue, UserInputError } from '@cadre/sdk';
import { Args, ID, Int, Query, Resolver } from '@cadre/sdk/graphql';
import { P } from '../shared/permissions.js';
import { AllocationConnection, AllocationFilter, AllocationSort, AllocationSortField } from './allocation-page.types.js';
import { AllocationReadService } from './allocation-read.service.js';
import { AllocationDiffType, AllocationType, AllocationVersionType } from './allocation.types.js';
import { ScenarioComparisonType } from './bonus-pool.types.js';
import { MyBonusService } from './my-bonus.service.js';
import { MyBonusType } from './my-bonus.types.js';

@Resolver(() => AllocationType)
export class AllocationResolver {
  constructor(
    private readonly read: AllocationReadService,
    private readonly mine: MyBonusService,
  ) {}

  @Query(() => [AllocationType], { description: 'A version of a pool (default: the published one); others than pool readers see their own and their chain' })
  @RequirePermission(P.allocationsRead)
  bonusAllocations(
    @Args('poolId', { type: () => ID }) poolId: string,
    @Args('version', { type: () => Int, nullable: true }) version: number | null,
  ): Promise<AllocationType[]> {
    return this.read.allocations(poolId, version);
  }

  @Query(() => AllocationConnection, { description: 'bonusAllocations a page at a time (largest amount first by default), the same rows visible, filtered, sorted and paged on the server' })
  @RequirePermission(P.allocationsRead)
  bonusAllocationsPage(
    @Args('poolId', { type: () => ID }) poolId: string,
    @Args('version', { type: () => Int, nullable: true }) version: number | null,
    @Args('filter', { type: () => AllocationFilter, nullable: true }) filter: AllocationFilter,
    @Args('sort', { type: () => AllocationSort, nullable: true }) sort: AllocationSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AllocationConnection> {
    return this.read.allocationsPage(poolId, version, filter ?? {}, sort ?? { field: AllocationSortField.AMOUNT, direction: SortDirectionValue.DESC }, first, after);
  }

  @Query(() => [AllocationVersionType], { description: 'Every version of a pool, oldest first' })
  @RequirePermission(P.poolsRead)
  bonusPoolVersions(@Args('poolId', { type: () => ID }) poolId: string): Promise<AllocationVersionType[]> {
    return this.read.versionTypes(poolId);
  }

  @Query(() => AllocationDiffType, { description: 'Per-person difference between two versions' })
  @RequirePermission(P.poolsRead)
  bonusAllocationDiff(
    @Args('poolId', { type: () => ID }) poolId: string,
    @Args('fromVersion', { type: () => Int }) fromVersion: number,
    @Args('toVersion', { type: () => Int }) toVersion: number,
  ): Promise<AllocationDiffType> {
    return this.read.diff(poolId, fromVersion, toVersion);
  }

  @Query(() => ScenarioComparisonType, { description: 'Pools and scenarios side by side' })
  @RequirePermission(P.poolsRead)
  compareBonusScenarios(@Args('poolIds', { type: () => [ID] }) poolIds: string[]): Promise<ScenarioComparisonType> {
    if (poolIds.length < 1 || poolIds.length > 10) throw new UserInputError('poolIds', 'compare 1 to 10 pools');
    return this.read.compare(poolIds);
  }

  @Query(() => [MyBonusType], { description: 'Your share of each published pool (or one), with the formula and your numbers' })
  @SignedIn()
  myBonus(@Args('poolId', { type: () => ID, nullable: true }) poolId: string | null): Promise<MyBonusType[]> {
    return this.mine.myBonus(poolId);
  }
}
