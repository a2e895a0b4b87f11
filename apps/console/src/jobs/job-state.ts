import type { JobFieldsFragment } from '../gql/graphql';

export type Job = JobFieldsFragment;

/** The states `jobs(state:)` accepts, in the order a job passes through them. */
export const JOB_STATES = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const isJobState = (value: string | null): value is JobState => (JOB_STATES as readonly string[]).includes(value ?? '');

/** Still going (the SDK's rule, which plugin pages use too). */
export { isJobRunning as isRunning, JOB_POLL_MS as POLL_MS } from '@cadre/sdk/console';

export const STATE_COLORS: Record<JobState, string> = { waiting: 'default', active: 'processing', delayed: 'warning', completed: 'success', failed: 'error' };
