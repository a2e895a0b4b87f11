import { type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { DEFAULT_ATTEMPTS, QUEUES, failureOf, isRefusal, type EnqueueOptions, type JobState, type JobView, type Processor, type QueueName, type QueueRunner } from './queue-runner.js';

/**
 * BullMQ on Redis: jobs outlive the process that enqueued them, any worker process may run them,
 * retries back off exponentially, a job whose worker died is taken up again (stalled jobs).
 */
export class BullQueueRunner implements QueueRunner {
  readonly kind = 'bullmq';
  private readonly queues = new Map<QueueName, Queue>();
  private readonly workers: Worker[] = [];

  constructor(
    private readonly connection: Redis,
    /** Keeps deployments (and test runs) sharing one Redis apart. */
    private readonly prefix: string,
  ) {
    for (const name of QUEUES) {
      this.queues.set(name, new Queue(name, {
        connection, prefix,
        defaultJobOptions: {
          attempts: DEFAULT_ATTEMPTS, backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { count: 1000, age: 24 * 3600 }, removeOnFail: { count: 5000 },
        },
      }));
    }
  }

  private queue(name: QueueName): Queue {
    return this.queues.get(name)!;
  }

  async enqueue(queue: QueueName, name: string, data: unknown, options: EnqueueOptions = {}): Promise<string> {
    const job = await this.queue(queue).add(name, data, { jobId: options.jobId, attempts: options.attempts });
    return job.id!;
  }

  async enqueueMany(queue: QueueName, jobs: Array<{ name: string; data: unknown; options?: EnqueueOptions }>): Promise<void> {
    if (jobs.length) await this.queue(queue).addBulk(jobs.map((j) => ({ name: j.name, data: j.data, opts: { jobId: j.options?.jobId, attempts: j.options?.attempts } })));
  }

  work(queue: QueueName, processor: Processor, concurrency: number): void {
    // Workers need their own blocking connection; BullMQ duplicates the one given.
    const run = (job: Job) => processor({ id: job.id!, name: job.name, data: job.data, attemptsMade: job.attemptsMade, updateProgress: (p) => job.updateProgress(p) }).catch(async (error) => {
      await job.updateData({ ...job.data, failure: failureOf(error) });
      throw isRefusal(error) ? new UnrecoverableError((error as Error).message) : error;
    });
    const worker = new Worker(queue, run, {
      connection: this.connection, prefix: this.prefix, concurrency,
      // A worker killed mid-job loses its lock after 15 s; another worker checks every 5 s and takes the job up.
      lockDuration: 15_000, stalledInterval: 5_000,
    });
    worker.on('error', () => undefined); // connection errors are retried by ioredis; health reports Redis
    this.workers.push(worker);
  }

  async job(queue: QueueName, id: string): Promise<JobView | null> {
    const job = await this.queue(queue).getJob(id);
    return job ? await toView(queue, job) : null;
  }

  async list(queue: QueueName, state: JobState, first: number): Promise<JobView[]> {
    const jobs = await this.queue(queue).getJobs([state], 0, Math.max(0, first - 1));
    return Promise.all(jobs.filter(Boolean).map((j) => toView(queue, j, state)));
  }

  async retry(queue: QueueName, id: string): Promise<void> {
    const job = await this.queue(queue).getJob(id);
    if (job && (await job.isFailed())) await job.retry('failed');
  }

  async counts(queue: QueueName): Promise<Record<JobState, number>> {
    const c = await this.queue(queue).getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed');
    return { waiting: c.waiting ?? 0, active: c.active ?? 0, completed: c.completed ?? 0, failed: c.failed ?? 0, delayed: c.delayed ?? 0 };
  }

  async close(): Promise<void> {
    // Worker.close() waits for the jobs in hand; then the queues' connections go.
    await Promise.all(this.workers.map((w) => w.close()));
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}

async function toView(queue: QueueName, job: Job, known?: JobState): Promise<JobView> {
  const state = known ?? ((await job.getState()) as JobState);
  return {
    id: job.id!, queue, name: job.name, data: job.data, state,
    // A finished job is 100 % whatever its handler last reported (as the in-process runner says).
    progress: state === 'completed' ? 100 : typeof job.progress === 'number' ? job.progress : 0, result: job.returnvalue ?? null, error: job.failedReason || null,
    attemptsMade: job.attemptsMade, createdAt: new Date(job.timestamp).toISOString(), finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}
