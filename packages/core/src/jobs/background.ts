import type { INestApplicationContext, Type } from '@nestjs/common';
import type { CadreConfig } from '../config/config.js';
import { EventBus } from '../events/event-bus.service.js';
import { EVENT_HANDLER_KEY, type EventHandlerMeta } from '../events/event-definition.js';
import type { Metrics } from '../app/health.controller.js';
import { JOB_HANDLER_KEY, type JobHandlerMeta } from './job-handler.js';
import { JobsService } from './jobs.service.js';
import { WebhookFanOutHandler } from '../webhooks/webhook-fan-out.handler.js';
import type { Processor, QueueName, QueueRunner } from './queue-runner.js';

export interface BackgroundParts {
  eventHandlers: Type[];
  jobHandlers: Type[];
}

/**
 * Registers the event and job handlers and starts the work this process takes on. Without Redis
 * one process does everything (its outbox loop and its in-process jobs); with Redis it works the
 * queues named in CADRE_QUEUES (servers of a scaled-out layout take none, `cadre worker` the rest).
 */
export function startBackground(app: INestApplicationContext, config: CadreConfig, runner: QueueRunner, parts: BackgroundParts, metrics: Metrics): void {
  const bus = app.get(EventBus);
  for (const handlerClass of parts.eventHandlers) {
    const meta = Reflect.getMetadata(EVENT_HANDLER_KEY, handlerClass) as EventHandlerMeta;
    bus.register(meta.event, meta.id, app.get(handlerClass, { strict: false }));
  }
  bus.registerAny(WebhookFanOutHandler.id, app.get(WebhookFanOutHandler));
  const jobs = app.get(JobsService);
  for (const handlerClass of parts.jobHandlers) {
    const meta = Reflect.getMetadata(JOB_HANDLER_KEY, handlerClass) as JobHandlerMeta;
    jobs.register(meta.type, app.get(handlerClass, { strict: false }));
  }
  metrics.watchQueues(runner);
  metrics.watchOutbox(() => bus.pendingCount());

  const timed = (queue: QueueName, processor: Processor): Processor => async (job) => {
    const end = metrics.jobDuration.startTimer({ queue });
    try {
      return await processor(job);
    } finally {
      end();
    }
  };
  const outbox = timed('outbox', (job) => bus.deliverIds((job.data as { ids: string[] }).ids));
  const longJobs = timed('jobs', (job) => jobs.run(job));
  if (runner.kind === 'in-process') {
    bus.startPolling();
    runner.work('jobs', longJobs, 2);
    return;
  }
  if (config.queues.includes('outbox')) {
    runner.work('outbox', outbox, 4);
    bus.startSweeping();
  }
  if (config.queues.includes('jobs')) runner.work('jobs', longJobs, 2);
}
