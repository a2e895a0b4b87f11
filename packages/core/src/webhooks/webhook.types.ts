import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsString, MaxLength } from 'class-validator';
import type { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import type { WebhookSubscriptionEntity } from './webhook-subscription.entity.js';

@ObjectType('WebhookSubscription', { description: 'An outside system told about events; never shows its secret again' })
export class WebhookSubscriptionType {
  @Field(() => ID)
  id: string;

  @Field()
  url: string;

  @Field(() => [String], { description: "Event types ('<id>.<name>'), or * for all" })
  events: string[];

  @Field()
  description: string;

  @Field({ description: 'Whose permissions decide what a payload carries (no pay unless they may see it)' })
  ownerAccountId: string;

  @Field()
  active: boolean;

  @Field(() => Int, { description: 'Deliveries that failed for good in a row (the setting webhooks.disableAfter disables it, default 10)' })
  consecutiveFailures: number;

  @Field(() => String, { nullable: true })
  disabledAt: string | null;

  @Field()
  createdAt: string;
}

@ObjectType('CreatedWebhookSubscription')
export class CreatedWebhookSubscriptionType {
  @Field(() => WebhookSubscriptionType)
  subscription: WebhookSubscriptionType;

  @Field({ description: 'The HMAC-SHA256 key of the Cadre-Signature header (t=<unix time>,v1=<hex of HMAC(secret, "<t>.<body>")>); shown only here' })
  secret: string;
}

@ObjectType('WebhookDelivery', { description: 'One event sent to one subscription' })
export class WebhookDeliveryType {
  @Field(() => ID, { description: 'Also the Cadre-Delivery header: the same on retries and replays' })
  id: string;

  @Field(() => ID)
  subscriptionId: string;

  @Field(() => ID)
  eventId: string;

  @Field()
  eventType: string;

  @Field({ description: 'JSON body as sent' })
  body: string;

  @Field({ description: 'pending, succeeded or failed' })
  status: string;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int, { nullable: true })
  responseStatus: number | null;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field()
  createdAt: string;

  @Field(() => String, { nullable: true })
  deliveredAt: string | null;
}

@InputType()
export class CreateWebhookSubscriptionInput {
  @Field()
  @IsString()
  @MaxLength(2000)
  url: string;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  events: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  description?: string | null;
}

export const toSubscriptionType = (s: WebhookSubscriptionEntity): WebhookSubscriptionType => ({
  id: s.id, url: s.url, events: s.events, description: s.description, ownerAccountId: s.ownerAccountId, active: s.active,
  consecutiveFailures: s.consecutiveFailures, disabledAt: s.disabledAt, createdAt: s.createdAt,
});

export const toDeliveryType = (d: WebhookDeliveryEntity): WebhookDeliveryType => ({
  id: d.id, subscriptionId: d.subscriptionId, eventId: d.eventId, eventType: d.eventType, body: JSON.stringify(d.body), status: d.status,
  attempts: d.attempts, responseStatus: d.responseStatus, lastError: d.lastError, createdAt: d.createdAt, deliveredAt: d.deliveredAt,
});
