import { JobsService, JobType, OwnTransaction, RequirePermission, toJobType } from '@cadre/sdk';
import { Args, Mutation, Resolver } from '@cadre/sdk/graphql';
import { PERM } from '../shared/permissions.js';
import { ProposeStaffingPlanInput } from './staffing.inputs.js';
import { StaffingService } from './staffing.service.js';

@Resolver()
export class StaffingJobsResolver {
  constructor(
    private readonly jobs: JobsService,
    private readonly staffing: StaffingService,
  ) {}

  @Mutation(() => JobType, { description: 'proposeStaffingPlan as a background job, for a whole organisation: follow it with job(id); its result names the plan' })
  @RequirePermission(PERM.staffingRun)
  @OwnTransaction()
  async startStaffingPlan(@Args('input', { type: () => ProposeStaffingPlanInput, nullable: true }) input?: ProposeStaffingPlanInput): Promise<JobType> {
    // Refused now, not in the job, when the unit is unknown or not the caller's to plan (the job checks again).
    await this.staffing.checkScope(input?.unitId ?? null);
    return toJobType(await this.jobs.start('structure.propose-staffing-plan', { ...(input ?? {}) }));
  }
}
