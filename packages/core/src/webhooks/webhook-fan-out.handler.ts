import { Injectable } from '@nestjs/common';
import type { EventHandlerInstance, EventMeta } from '../events/event-definition.js';
import { WebhookService } from './webhook.service.js';

/** Every event, in its delivery transaction: a delivery per matching subscription (registered with EventBus.registerAny). */
@Injectable()
export class WebhookFanOutHandler implements EventHandlerInstance {
  static readonly id = 'webhooks.fan-out';

  constructor(private readonly webhooks: WebhookService) {}

  handle(payload: unknown, meta: EventMeta): Promise<void> {
    return this.webhooks.fanOut(payload, meta);
  }
}
