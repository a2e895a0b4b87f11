// Long work (imports, whole-organisation staffing plans, large allocations) runs as a job: a page
// starts it, keeps its id in the URL (so a reload or a shared link follows the same job) and
// follows it with useCadreJob until it ends.
import { useState } from 'react';
import { useCadre, useCadreQuery, type CadreQueryResult } from './context.js';
import type { GraphQLErrorEntry, TypedDocument } from './graphql.js';

export type CadreJobState = 'waiting' | 'active' | 'delayed' | 'completed' | 'failed';

export interface CadreJob {
  id: string;
  type: string;
  state: CadreJobState;
  /** 0–100 */
  progress: number;
  /** What the job's handler returned, as JSON, once completed (read it with jobResult). */
  result: string | null;
  error: string | null;
  /** The failure's API error code and extensions (JSON), as a request would have had them. */
  errorCode: string | null;
  errorDetails: string | null;
  attempts: number;
  createdAt: string;
  finishedAt: string | null;
}

const JOB = `query CadreJob($id: ID!) { job(id: $id) { id type state progress result error errorCode errorDetails attempts createdAt finishedAt } }` as TypedDocument<{ job: CadreJob }, { id: string }>;

/** How often a running job is asked about. */
export const JOB_POLL_MS = 1000;

/** Still going: `delayed` is a retry after a failed attempt, so it counts as going too. */
export const isJobRunning = (state: string): boolean => state === 'waiting' || state === 'active' || state === 'delayed';

/** The parsed result of a completed job (null before then). */
export function jobResult<T>(job: CadreJob | undefined): T | null {
  return job?.state === 'completed' && job.result ? (JSON.parse(job.result) as T) : null;
}

/** A failed job's error as the entry a request would have returned (empty unless it failed). */
export function jobErrors(job: CadreJob | undefined): GraphQLErrorEntry[] {
  if (job?.state !== 'failed') return [];
  const details = job.errorDetails ? (JSON.parse(job.errorDetails) as Record<string, unknown>) : {};
  return [{ message: job.error ?? 'The job failed', extensions: { ...details, ...(job.errorCode ? { code: job.errorCode } : {}) } }];
}

/** One job, asked again every JOB_POLL_MS while it runs; nothing is asked without an id. */
export function useCadreJob(id: string | null): CadreQueryResult<{ job: CadreJob }> & { job: CadreJob | undefined } {
  const query = useCadreQuery(JOB, { id: id ?? '' }, { enabled: !!id, pollEvery: (data) => (data && isJobRunning(data.job.state) ? JOB_POLL_MS : false) });
  return { ...query, job: query.data?.job };
}

/**
 * The job a page follows, kept in its URL as `?job=` so a reload or a shared link follows the same
 * job: returns the id (from the URL at first) and a function that starts following another.
 */
export function useJobInUrl(path: string): [string | null, (id: string) => void] {
  const { navigate } = useCadre();
  const [jobId, setJobId] = useState<string | null>(() => new URLSearchParams((globalThis as { location?: { search: string } }).location?.search ?? '').get('job'));
  return [jobId, (id) => {
    setJobId(id);
    navigate(`${path}?job=${encodeURIComponent(id)}`);
  }];
}
