import { JobsService, JobType, OwnTransaction, RequirePermission, toJobType } from '@cadre/sdk';
import { Args, ID, Mutation, Resolver } from '@cadre/sdk/graphql';
import { P } from '../shared/permissions.js';
import { BonusPoolService } from './bonus-pool.service.js';

@Resolver()
export class PoolJobsResolver {
  constructor(
    private readonly pools: BonusPoolService,
    private readonly jobs: JobsService,
  ) {}

  @Mutation(() => JobType, { description: 'allocateBonusPool as a background job, for large pools: follow it with job(id); its result names the new draft version' })
  @RequirePermission(P.poolsWrite)
  @OwnTransaction()
  async startBonusPoolAllocation(@Args('id', { type: () => ID }) id: string): Promise<JobType> {
    // Refused now rather than in the job when the pool is unknown or cannot be allocated.
    await this.pools.assertAllocatable(id);
    return toJobType(await this.jobs.start('incentives.allocate-pool', { poolId: id }));
  }
}
