import { randomUUID } from 'node:crypto';
import { DEFAULT_ATTEMPTS, backoffMs, failureOf, isRefusal, type EnqueueOptions, type JobState, type JobView, type Processor, type QueueName, type QueueRunner } from './queue-runner.js';

interface LocalJob extends JobView {
  attempts: number;
  runAt: number;
}

const KEEP_FINISHED = 1000;

/**
 * In-process queues for a single process without Redis: the same jobs, retries and progress as
 * with BullMQ, kept in memory (the outbox table, not this, is what survives a restart).
 */
export class LocalQueueRunner implements QueueRunner {
  readonly kind = 'in-process';
  private readonly jobs = new Map<string, LocalJob>();
  private readonly workers = new Map<QueueName, { processor: Processor; concurrency: number; running: number }>();
  private readonly running = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  async enqueue(queue: QueueName, name: string, data: unknown, options: EnqueueOptions = {}): Promise<string> {
    const id = options.jobId ?? randomUUID();
    const existing = this.jobs.get(`${queue}:${id}`);
    if (existing && existing.state !== 'completed' && existing.state !== 'failed') return id;
    this.jobs.set(`${queue}:${id}`, {
      id, queue, name, data, state: 'waiting', progress: 0, result: null, error: null, attemptsMade: 0,
      createdAt: new Date().toISOString(), finishedAt: null, attempts: options.attempts ?? DEFAULT_ATTEMPTS, runAt: 0,
    });
    this.pump();
    return id;
  }

  async enqueueMany(queue: QueueName, jobs: Array<{ name: string; data: unknown; options?: EnqueueOptions }>): Promise<void> {
    for (const job of jobs) await this.enqueue(queue, job.name, job.data, job.options);
  }

  work(queue: QueueName, processor: Processor, concurrency: number): void {
    this.workers.set(queue, { processor, concurrency, running: 0 });
    this.timer ??= setInterval(() => this.pump(), 250).unref();
    this.pump();
  }

  async job(queue: QueueName, id: string): Promise<JobView | null> {
    const job = this.jobs.get(`${queue}:${id}`);
    return job ? view(job) : null;
  }

  async list(queue: QueueName, state: JobState, first: number): Promise<JobView[]> {
    return [...this.jobs.values()].filter((j) => j.queue === queue && j.state === state).reverse().slice(0, first).map(view);
  }

  async retry(queue: QueueName, id: string): Promise<void> {
    const job = this.jobs.get(`${queue}:${id}`);
    if (!job || job.state !== 'failed') return;
    Object.assign(job, { state: 'waiting', error: null, runAt: 0, attempts: job.attemptsMade + 1, finishedAt: null });
    this.pump();
  }

  async counts(queue: QueueName): Promise<Record<JobState, number>> {
    const counts: Record<JobState, number> = { waiting: 0, active: 0, completed: 0, failed: 0, delayed: 0 };
    for (const job of this.jobs.values()) if (job.queue === queue) counts[job.state]++;
    return counts;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.all(this.running);
  }

  private pump(): void {
    if (this.closed) return;
    const now = Date.now();
    for (const job of this.jobs.values()) {
      const worker = this.workers.get(job.queue);
      if (!worker || worker.running >= worker.concurrency) continue;
      if ((job.state !== 'waiting' && job.state !== 'delayed') || job.runAt > now) continue;
      worker.running++;
      job.state = 'active';
      const run = this.run(job, worker.processor).finally(() => {
        worker.running--;
        this.running.delete(run);
        this.prune();
        this.pump();
      });
      this.running.add(run);
    }
  }

  private async run(job: LocalJob, processor: Processor): Promise<void> {
    job.attemptsMade++;
    try {
      job.result = await processor({ id: job.id, name: job.name, data: job.data, attemptsMade: job.attemptsMade - 1, updateProgress: async (p) => void (job.progress = p) });
      Object.assign(job, { state: 'completed', progress: 100, finishedAt: new Date().toISOString() });
    } catch (error) {
      job.error = (error as Error).message;
      job.data = { ...(job.data as object), failure: failureOf(error) };
      if (job.attemptsMade < job.attempts && !isRefusal(error)) Object.assign(job, { state: 'delayed', runAt: Date.now() + backoffMs(job.attemptsMade) });
      else Object.assign(job, { state: 'failed', finishedAt: new Date().toISOString() });
    }
  }

  /** Forgets the oldest finished jobs beyond KEEP_FINISHED (failed ones stay for admins). */
  private prune(): void {
    const finished = [...this.jobs.entries()].filter(([, j]) => j.state === 'completed');
    for (const [key] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(key);
  }
}

const view = (j: LocalJob): JobView => ({
  id: j.id, queue: j.queue, name: j.name, data: j.data, state: j.state, progress: j.progress, result: j.result, error: j.error,
  attemptsMade: j.attemptsMade, createdAt: j.createdAt, finishedAt: j.finishedAt,
});
