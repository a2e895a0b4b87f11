// The seam between Cadre's background work and the engine that carries it: BullMQ on Redis
// when REDIS_URL is set (jobs survive restarts, any process may run them), an in-process runner
// otherwise (the same code, one process, nothing to install).
import { CadreError } from '../graphql/errors.js';
import { type Locale, LOCALES } from '../i18n/msg.js';

/** `outbox`: "deliver these outbox entries"; `jobs`: long jobs (imports, solver runs, reindexing). */
export const QUEUES = ['outbox', 'jobs'] as const;
export type QueueName = (typeof QUEUES)[number];

export type JobState = 'waiting' | 'active' | 'completed' | 'failed' | 'delayed';

export interface RunnerJob<T = unknown> {
  id: string;
  name: string;
  data: T;
  attemptsMade: number;
  updateProgress(progress: number): Promise<void>;
}

export interface JobView {
  id: string;
  queue: QueueName;
  name: string;
  data: unknown;
  state: JobState;
  progress: number;
  result: unknown;
  error: string | null;
  attemptsMade: number;
  createdAt: string;
  finishedAt: string | null;
}

export interface EnqueueOptions {
  /** The same id twice is one job (BullMQ deduplicates while the first exists). */
  jobId?: string;
  attempts?: number;
}

export type Processor = (job: RunnerJob) => Promise<unknown>;

/**
 * A refusal (bad input, no permission, unknown id) fails the same way every time: no retries.
 * So does an error raised with `retry: false` (e.g. a staffing problem no solver can satisfy).
 */
export function isRefusal(error: unknown): boolean {
  return error instanceof CadreError && (['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'].includes(error.code) || error.extra.retry === false);
}

/** What a failed attempt says beyond its message — an API error's code and extras — kept in the job's data for the page that follows it. */
export interface JobFailure {
  code: string;
  details: Record<string, unknown>;
  /** The message and details in each other language, rendered when it failed (the reader may speak zh-CN). */
  localized?: Partial<Record<Locale, { message: string; details: Record<string, unknown> }>>;
}

export function failureOf(error: unknown): JobFailure | null {
  if (!(error instanceof CadreError)) return null;
  const localized = Object.fromEntries(LOCALES.filter((l) => l !== 'en-US').map((l) => [l, { message: error.localized(l), details: error.localizedExtra(l) }]));
  return { code: error.code, details: error.extra, localized };
}

export interface QueueRunner {
  readonly kind: 'bullmq' | 'in-process';
  enqueue(queue: QueueName, name: string, data: unknown, options?: EnqueueOptions): Promise<string>;
  enqueueMany(queue: QueueName, jobs: Array<{ name: string; data: unknown; options?: EnqueueOptions }>): Promise<void>;
  /** Starts processing `queue` in this process. */
  work(queue: QueueName, processor: Processor, concurrency: number): void;
  job(queue: QueueName, id: string): Promise<JobView | null>;
  list(queue: QueueName, state: JobState, first: number): Promise<JobView[]>;
  retry(queue: QueueName, id: string): Promise<void>;
  counts(queue: QueueName): Promise<Record<JobState, number>>;
  /** Stops taking jobs and lets the ones running finish (a job cut off returns to the queue). */
  close(): Promise<void>;
}

/** Retries with exponential backoff: 1 s, 2 s, 4 s … */
export const DEFAULT_ATTEMPTS = 5;
export const backoffMs = (attempt: number) => Math.min(1000 * 2 ** (attempt - 1), 5 * 60_000);
