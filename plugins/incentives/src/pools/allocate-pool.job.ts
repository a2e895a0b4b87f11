import { AuditService, DataService, JobHandler, type JobHandlerInstance, type JobRun } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { AllocationService } from './allocation.service.js';
import { BonusPoolService } from './bonus-pool.service.js';

export interface AllocatePoolResult {
  poolId: string;
  version: number | null;
  members: number;
}

/**
 * Allocating a large pool as a job (issue #11): the same all-or-nothing computation as
 * allocateBonusPool, run by a worker with the starter's permissions; audited with the change.
 */
@Injectable()
@JobHandler('incentives.allocate-pool')
export class AllocatePoolJob implements JobHandlerInstance<{ poolId: string }, AllocatePoolResult> {
  constructor(
    private readonly pools: BonusPoolService,
    private readonly allocation: AllocationService,
    private readonly data: DataService,
    private readonly audit: AuditService,
  ) {}

  run(input: { poolId: string }, job: JobRun): Promise<AllocatePoolResult> {
    return this.data.transaction(async () => {
      await job.progress(10);
      const pool = await this.pools.allocate(input.poolId);
      const draft = await this.allocation.draftOf(pool.id);
      await this.audit.record({ operation: 'allocateBonusPool', targetType: 'IncentivesBonusPool', targetId: pool.id, after: { job: job.id, version: draft?.version ?? null } });
      return { poolId: pool.id, version: draft?.version ?? null, members: await this.pools.memberCount(pool.id) };
    });
  }
}
