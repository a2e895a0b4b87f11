import type { JobFieldsFragment } from '../gql/graphql';

export type Job = JobFieldsFragment;

/** The states `jobs(state:)` accepts, in the order a job passes through them. */
export const JOB_STATES = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const isJobState = (value: string | null): value is JobState => (JOB_STATES as readonly string[]).includes(value ?? '');

/** Still going: `delayed` is a retry after a failed attempt, so it counts as going too. */
export const isRunning = (state: string) => state === 'waiting' || state === 'active' || state === 'delayed';

export const STATE_COLORS: Record<JobState, string> = { waiting: 'default', active: 'processing', delayed: 'warning', completed: 'success', failed: 'error' };

/** How often a page asks again while a job runs: imports take seconds, not minutes. */
export const POLL_MS = 1000;
