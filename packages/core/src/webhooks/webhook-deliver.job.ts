import { Injectable } from '@nestjs/common';
import { JobHandler, type JobHandlerInstance, type JobRun } from '../jobs/job-handler.js';
import { DEFAULT_ATTEMPTS } from '../jobs/queue-runner.js';
import { DELIVER_JOB, WebhookService } from './webhook.service.js';

/** Sends one webhook delivery as its subscription's owner; a failure is retried with backoff by the jobs queue. */
@Injectable()
@JobHandler(DELIVER_JOB)
export class WebhookDeliverJob implements JobHandlerInstance<{ deliveryId: string; generation?: number }, { status: number }> {
  constructor(private readonly webhooks: WebhookService) {}

  run(input: { deliveryId: string; generation?: number }, job: JobRun): Promise<{ status: number }> {
    return this.webhooks.send(input.deliveryId, input.generation, job.attempt >= DEFAULT_ATTEMPTS);
  }
}
