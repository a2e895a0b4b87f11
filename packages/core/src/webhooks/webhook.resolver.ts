import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../access/decorators.js';
import { UserInputError } from '../graphql/errors.js';
import { WebhookService } from './webhook.service.js';
import {
  CreateWebhookSubscriptionInput, CreatedWebhookSubscriptionType, WebhookDeliveryType, WebhookSubscriptionType, toDeliveryType, toSubscriptionType,
} from './webhook.types.js';

const MANAGE = 'webhooks.manage';

@Resolver()
export class WebhookResolver {
  constructor(private readonly webhooks: WebhookService) {}

  @Query(() => [String], { description: 'Event types a webhook may subscribe to' })
  @RequirePermission(MANAGE)
  webhookEventTypes(): string[] {
    return this.webhooks.eventTypes();
  }

  @Query(() => [WebhookSubscriptionType])
  @RequirePermission(MANAGE)
  async webhookSubscriptions(): Promise<WebhookSubscriptionType[]> {
    return (await this.webhooks.list()).map(toSubscriptionType);
  }

  @Mutation(() => CreatedWebhookSubscriptionType, { description: 'Subscribes a URL to events; payloads carry only what you may see; the secret is in this answer only' })
  @RequirePermission(MANAGE)
  async createWebhookSubscription(@Args('input') input: CreateWebhookSubscriptionInput): Promise<CreatedWebhookSubscriptionType> {
    const { subscription, secret } = await this.webhooks.create(input);
    return { subscription: toSubscriptionType(subscription), secret };
  }

  @Mutation(() => WebhookSubscriptionType, { description: 'Turns a subscription off, or on again (its failure count starts over)' })
  @RequirePermission(MANAGE)
  async setWebhookSubscriptionActive(@Args('id', { type: () => ID }) id: string, @Args('active') active: boolean): Promise<WebhookSubscriptionType> {
    return toSubscriptionType(await this.webhooks.setActive(id, active));
  }

  @Mutation(() => Boolean, { description: 'Deletes a subscription and its delivery log' })
  @RequirePermission(MANAGE)
  async deleteWebhookSubscription(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.webhooks.remove(id);
    return true;
  }

  @Query(() => [WebhookDeliveryType], { description: "A subscription's deliveries, newest first" })
  @RequirePermission(MANAGE)
  async webhookDeliveries(@Args('subscriptionId', { type: () => ID }) subscriptionId: string, @Args('first', { type: () => Int, defaultValue: 50 }) first: number): Promise<WebhookDeliveryType[]> {
    if (first < 1 || first > 200) throw new UserInputError('first', 'must be from 1 to 200');
    return (await this.webhooks.deliveries(subscriptionId, first)).map(toDeliveryType);
  }

  @Mutation(() => WebhookDeliveryType, { description: 'Sends a delivery again with the same body and delivery id' })
  @RequirePermission(MANAGE)
  async replayWebhookDelivery(@Args('id', { type: () => ID }) id: string): Promise<WebhookDeliveryType> {
    return toDeliveryType(await this.webhooks.replay(id));
  }
}
