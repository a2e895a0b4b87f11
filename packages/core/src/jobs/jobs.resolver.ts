import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission, SignedIn } from '../access/decorators.js';
import { UserInputError } from '../graphql/errors.js';
import { JOBS_READ, JobsService } from './jobs.service.js';
import { JobType, toJobType } from './jobs.types.js';
import { msg } from '../i18n/msg.js';

const STATES = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const;

@Resolver(() => JobType)
export class JobsResolver {
  constructor(private readonly service: JobsService) {}

  @Query(() => JobType, { description: 'A job you started (or any of the tenant’s with jobs.read): state, progress, result' })
  @SignedIn()
  async job(@Args('id', { type: () => ID }) id: string): Promise<JobType> {
    return toJobType(await this.service.get(id));
  }

  @Query(() => [JobType], { description: "The tenant's jobs in a state, newest first (failed ones for admins to retry)" })
  @RequirePermission(JOBS_READ)
  async jobs(
    @Args('state', { type: () => String, defaultValue: 'failed' }) state: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<JobType[]> {
    if (!(STATES as readonly string[]).includes(state)) throw new UserInputError('state', msg`must be one of ${STATES.join(', ')}`);
    if (first < 1 || first > 200) throw new UserInputError('first', 'must be from 1 to 200');
    return (await this.service.list(state as (typeof STATES)[number], first)).map(toJobType);
  }

  @Mutation(() => JobType, { description: 'Runs a failed job again' })
  @RequirePermission('jobs.manage')
  async retryJob(@Args('id', { type: () => ID }) id: string): Promise<JobType> {
    return toJobType(await this.service.retry(id));
  }
}
