import { dataOrThrow, useCadre } from '@cadre/sdk/console';
import { useQuery } from '@tanstack/react-query';
import { AllJobsDocument, JobsDocument } from './documents';
import { JOB_STATES, POLL_MS, isRunning, type Job, type JobState } from './job-state';

/** Per state: the API keeps up to 200, the page shows the newest. */
export const JOBS_PAGE = 50;

/** The tenant's jobs in one state, or in all (newest first); refreshed while any of them runs. */
export function useJobs(state: JobState | null) {
  const { request } = useCadre();
  return useQuery({
    queryKey: ['Jobs', state],
    queryFn: async (): Promise<Job[]> => {
      if (state) return dataOrThrow(await request(JobsDocument, { state, first: JOBS_PAGE })).jobs;
      const all = dataOrThrow(await request(AllJobsDocument, { first: JOBS_PAGE }));
      return JOB_STATES.flatMap((s) => all[s]).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    refetchInterval: (query) => (query.state.data?.some((job) => isRunning(job.state)) ? POLL_MS * 2 : false),
    staleTime: 0,
  });
}
