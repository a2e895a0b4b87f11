import { AuditService, DataService, JobHandler, type JobHandlerInstance, type JobRun } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { type ProposeOptions, StaffingService } from './staffing.service.js';

export interface StaffingPlanJobResult {
  planId: string;
  total: number;
}

/**
 * Proposing a staffing plan as a job (issue #11): a whole organisation's scoring and solve run by
 * a worker with the starter's permissions; the plan is stored as with proposeStaffingPlan.
 */
@Injectable()
@JobHandler('structure.propose-staffing-plan')
export class StaffingPlanJob implements JobHandlerInstance<ProposeOptions, StaffingPlanJobResult> {
  constructor(
    private readonly staffing: StaffingService,
    private readonly data: DataService,
    private readonly audit: AuditService,
  ) {}

  run(input: ProposeOptions, job: JobRun): Promise<StaffingPlanJobResult> {
    // One transaction, as the mutation has: the plan and its audit entry commit together.
    return this.data.transaction(async () => {
      await job.progress(10);
      const plan = await this.staffing.propose(input, (percent) => job.progress(percent));
      await this.audit.record({ operation: 'proposeStaffingPlan', targetType: 'StructureStaffingPlan', targetId: plan.id, after: { job: job.id, unitId: plan.unitId } });
      return { planId: plan.id, total: plan.total };
    });
  }
}
