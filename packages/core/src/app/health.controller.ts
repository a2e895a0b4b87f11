import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { checkHealth, type HealthReport } from './health-check.js';
import { REDIS } from './tokens.js';
import { Registry, collectDefaultMetrics, Counter, Gauge, Histogram } from 'prom-client';
import type { QueueRunner } from '../jobs/queue-runner.js';
import { QUEUES } from '../jobs/queue-runner.js';
import { Public } from '../access/decorators.js';
import { DataService } from '../database/data.service.js';

export const METRICS = Symbol.for('cadre.metrics');

export interface Metrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  duration: Histogram<'method' | 'route'>;
  jobDuration: Histogram<'queue'>;
  /** Reports each queue's jobs by state at every scrape. */
  watchQueues(runner: QueueRunner): void;
  /** Reports the outbox entries not yet delivered (all tenants) at every scrape. */
  watchOutbox(count: () => Promise<number>): void;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'cadre_' });
  let runner: QueueRunner | undefined;
  new Gauge({
    name: 'cadre_queue_jobs', help: 'Jobs per queue and state (waiting, active, delayed, failed, completed)', labelNames: ['queue', 'state'], registers: [registry],
    async collect() {
      if (!runner) return;
      for (const queue of QUEUES) {
        const counts = await runner.counts(queue).catch(() => null);
        for (const [state, n] of Object.entries(counts ?? {})) this.set({ queue, state }, n);
      }
    },
  });
  let outbox: (() => Promise<number>) | undefined;
  new Gauge({
    name: 'cadre_outbox_pending', help: 'Outbox events not yet delivered', registers: [registry],
    async collect() {
      if (outbox) this.set(await outbox().catch(() => NaN));
    },
  });
  return {
    registry,
    requests: new Counter({ name: 'cadre_http_requests_total', help: 'HTTP requests', labelNames: ['method', 'route', 'status'], registers: [registry] }),
    duration: new Histogram({ name: 'cadre_http_request_duration_seconds', help: 'HTTP request duration', labelNames: ['method', 'route'], registers: [registry] }),
    jobDuration: new Histogram({ name: 'cadre_job_duration_seconds', help: 'Time to run one job', labelNames: ['queue'], registers: [registry], buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120, 600] }),
    watchQueues: (r) => void (runner = r),
    watchOutbox: (count) => void (outbox = count),
  };
}

/** Liveness (/health/live: the process answers) apart from readiness (/health: database and Redis). */
@Controller()
export class HealthController {
  constructor(
    private readonly data: DataService,
    @Inject(METRICS) private readonly metrics: Metrics,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  @Get('health')
  @Public()
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    const report = await checkHealth(this.data.dataSource, this.redis);
    if (report.status !== 'ok') void reply.status(503);
    return report;
  }

  @Get('health/ready')
  @Public()
  ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    return this.health(reply);
  }

  @Get('health/live')
  @Public()
  live() {
    return { status: 'ok' };
  }

  @Get('metrics')
  @Public()
  @Header('Content-Type', 'text/plain; version=0.0.4')
  metricsText() {
    return this.metrics.registry.metrics();
  }
}
