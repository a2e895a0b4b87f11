import { DataService, JobsService, JobType, OwnTransaction, RequirePermission, toJobType, UserInputError } from '@cadre/sdk';
import { Args, Mutation, Resolver } from '@cadre/sdk/graphql';
import { OrgUnitEntity } from '../org/org-unit.entity.js';
import { UnitAuthority } from '../org/unit-authority.service.js';
import { PERM } from '../shared/permissions.js';
import { ProposeStaffingPlanInput } from './staffing.inputs.js';

@Resolver()
export class StaffingJobsResolver {
  constructor(
    private readonly jobs: JobsService,
    private readonly authority: UnitAuthority,
    private readonly data: DataService,
  ) {}

  @Mutation(() => JobType, { description: 'proposeStaffingPlan as a background job, for a whole organisation: follow it with job(id); its result names the plan' })
  @RequirePermission(PERM.staffingRun)
  @OwnTransaction()
  async startStaffingPlan(@Args('input', { type: () => ProposeStaffingPlanInput, nullable: true }) input?: ProposeStaffingPlanInput): Promise<JobType> {
    // Refused now, not in the job, when the unit is unknown or the caller may not plan it (the job checks again).
    const unitId = input?.unitId ?? null;
    if (unitId && !(await this.data.repo(OrgUnitEntity).exists(unitId))) throw new UserInputError('input.unitId', `no org unit has the id ${unitId}`);
    await this.authority.require(unitId, 'Running the staffing optimiser');
    return toJobType(await this.jobs.start('structure.propose-staffing-plan', { ...(input ?? {}) }));
  }
}
