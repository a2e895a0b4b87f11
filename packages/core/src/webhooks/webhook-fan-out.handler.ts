import { Injectable } from '@nestjs/common';
import type { AnyEventHandlerInstance, EventMeta } from '../events/event-definition.js';
import { WebhookService } from './webhook.service.js';

/** Every event, in its delivery transaction: a delivery per matching subscription (registered with EventBus.registerAny). */
@Injectable()
export class WebhookFanOutHandler implements AnyEventHandlerInstance {
  static readonly id = 'webhooks.fan-out';

  constructor(private readonly webhooks: WebhookService) {}

  selects(events: ReadonlyArray<{ tenantId: string; type: string }>): Promise<boolean[]> {
    return this.webhooks.matches(events);
  }

  handle(payload: unknown, meta: EventMeta): Promise<void> {
    return this.webhooks.fanOut(payload, meta);
  }
}
