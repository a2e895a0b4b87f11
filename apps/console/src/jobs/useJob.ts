import { dataOrThrow, useCadre } from '@cadre/sdk/console';
import { useQuery } from '@tanstack/react-query';
import { JobDocument } from './documents';
import { POLL_MS, isRunning } from './job-state';

/** One job, asked again every POLL_MS while it is queued, running or waiting for a retry. */
export function useJob(id: string | null) {
  const { request } = useCadre();
  return useQuery({
    queryKey: ['Job', id],
    enabled: !!id,
    queryFn: async () => dataOrThrow(await request(JobDocument, { id: id! })).job,
    // Stop on an error too (an unknown id, or a job forgotten by an in-process queue's restart).
    refetchInterval: (query) => (query.state.data && isRunning(query.state.data.state) ? POLL_MS : false),
    staleTime: 0,
  });
}
