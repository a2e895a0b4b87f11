import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { connectRedis } from '../src/app/redis.js';
import { CadreError, ForbiddenError } from '../src/graphql/errors.js';
import { BullQueueRunner } from '../src/jobs/bull-queue-runner.js';
import { LocalQueueRunner } from '../src/jobs/local-queue-runner.js';
import type { JobView, QueueRunner } from '../src/jobs/queue-runner.js';

// A refusal (no permission, bad input, unknown id) fails the same way on every attempt: the queues
// fail such a job at once, and retry everything else with backoff. Both engines; BullMQ where Redis runs.
const connections: Redis[] = [];
const engines: Array<[string, () => Promise<QueueRunner>]> = [['in-process', async () => new LocalQueueRunner()]];
if (process.env.REDIS_URL) {
  engines.push(['BullMQ', async () => {
    const redis = connectRedis(process.env.REDIS_URL!);
    connections.push(redis);
    return new BullQueueRunner(redis, `refusal-${randomUUID()}`);
  }]);
}
afterAll(async () => {
  for (const redis of connections) await redis.quit();
});

async function settled(runner: QueueRunner, id: string, attempts: number): Promise<JobView> {
  for (;;) {
    const job = (await runner.job('jobs', id))!;
    // BullMQ's job view is read in parts: a failed job's state can show before its reason and count.
    if ((job.state === 'failed' && job.error !== null) || job.state === 'completed' || job.attemptsMade >= attempts) return job;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.each(engines)('refused jobs on the %s queue', (_name, create) => {
  let runner: QueueRunner | null = null;
  afterEach(async () => runner?.close());

  it('fails a refusal after one attempt and retries another error', async () => {
    runner = await create();
    runner.work('jobs', async (job) => {
      if (job.name === 'refused') throw new ForbiddenError('needs people.compensation.write');
      throw new Error('the disk is full');
    }, 2);
    const refused = await runner.enqueue('jobs', 'refused', {}, { jobId: randomUUID() });
    const flaky = await runner.enqueue('jobs', 'flaky', {}, { jobId: randomUUID(), attempts: 2 });
    expect(await settled(runner, refused, 5)).toMatchObject({ state: 'failed', attemptsMade: 1, error: 'needs people.compensation.write' });
    expect(await settled(runner, flaky, 2)).toMatchObject({ attemptsMade: 2, error: 'the disk is full' });
  });

  it('keeps the API error code and extras of a failure, and fails at once an error raised with retry: false', async () => {
    runner = await create();
    runner.work('jobs', async () => {
      throw new CadreError('CONFLICT', 'minimum headcounts add up to 15 but only 6 people can be planned', { projects: ['Moonshot'], retry: false });
    }, 1);
    const id = await runner.enqueue('jobs', 'infeasible', { input: 1 }, { jobId: randomUUID(), attempts: 3 });
    const job = await settled(runner, id, 3);
    expect(job).toMatchObject({ state: 'failed', attemptsMade: 1, error: 'minimum headcounts add up to 15 but only 6 people can be planned' });
    // The message in each other language rides along (this one has no translation: English stays).
    const details = { projects: ['Moonshot'], retry: false };
    expect(job.data).toEqual({ input: 1, failure: { code: 'CONFLICT', details, localized: { 'zh-CN': { message: 'minimum headcounts add up to 15 but only 6 people can be planned', details } } } });
  });
});
