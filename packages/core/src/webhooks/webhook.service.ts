import { createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import { EVENT_DEFINITIONS } from '../app/tokens.js';
import { AuditService } from '../audit/audit.service.js';
import { RequestContexts } from '../context/request-context.js';
import { DataService } from '../database/data.service.js';
import { nowIso } from '../database/columns.js';
import type { EventDefinition, EventMeta } from '../events/event-definition.js';
import { NotFoundError, UserInputError } from '../graphql/errors.js';
import { JobsService } from '../jobs/jobs.service.js';
import { SettingsService } from '../settings/settings.service.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity.js';
import { msg } from '../i18n/msg.js';

export const DELIVER_JOB = 'webhooks.deliver';
/** The tenant setting: deliveries failing for good in a row before a subscription is disabled (default 10). */
export const DISABLE_AFTER_SETTING = 'webhooks.disableAfter';
const SEND_TIMEOUT_MS = 10_000;
/** How long a claimed delivery belongs to its worker: longer than a send may take. */
const LEASE_MS = SEND_TIMEOUT_MS + 5_000;

export interface SubscriptionInput {
  url: string;
  events: string[];
  description?: string | null;
}

/** Outbound webhooks: subscriptions, the fan-out of events into deliveries, and the delivery log. */
@Injectable()
export class WebhookService {
  private readonly definitions: Map<string, EventDefinition<unknown>>;

  constructor(
    private readonly data: DataService,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly jobs: JobsService,
    private readonly settings: SettingsService,
    @Inject(EVENT_DEFINITIONS) definitions: EventDefinition<unknown>[],
  ) {
    this.definitions = new Map(definitions.map((d) => [d.type, d]));
  }

  eventTypes(): string[] {
    return [...this.definitions.keys()].sort();
  }

  /** A new subscription owned by the caller, with its secret (returned only here). */
  async create(input: SubscriptionInput): Promise<{ subscription: WebhookSubscriptionEntity; secret: string }> {
    checkUrl(input.url);
    if (!input.events.length) throw new UserInputError('input.events', 'name at least one event type, or * for all');
    const unknown = input.events.filter((e) => e !== '*' && !this.definitions.has(e));
    if (unknown.length) throw new UserInputError('input.events', msg`unknown event types: ${unknown.join(', ')} (see webhookEventTypes)`);
    const secret = `whsec_${randomBytes(24).toString('base64url')}`;
    return this.data.transaction(async () => {
      const repo = this.data.repo(WebhookSubscriptionEntity);
      const subscription = await repo.save(repo.create({
        url: input.url, events: [...new Set(input.events)], description: input.description ?? '', secret,
        ownerAccountId: RequestContexts.require().accountId!, active: true, consecutiveFailures: 0, disabledAt: null,
      }));
      await this.audit.record({ operation: 'createWebhookSubscription', targetType: 'WebhookSubscription', targetId: subscription.id, after: { url: input.url, events: subscription.events } });
      return { subscription, secret };
    });
  }

  list(): Promise<WebhookSubscriptionEntity[]> {
    return this.data.repo(WebhookSubscriptionEntity).find({ order: { createdAt: 'ASC' } });
  }

  /** Turns a subscription on (again: its failure count starts over) or off. */
  async setActive(id: string, active: boolean): Promise<WebhookSubscriptionEntity> {
    return this.data.transaction(async () => {
      const subscription = await this.subscription(id);
      Object.assign(subscription, { active, consecutiveFailures: 0, disabledAt: active ? null : nowIso() });
      await this.audit.record({ operation: active ? 'enableWebhookSubscription' : 'disableWebhookSubscription', targetType: 'WebhookSubscription', targetId: id });
      return this.data.repo(WebhookSubscriptionEntity).save(subscription);
    });
  }

  async remove(id: string): Promise<void> {
    await this.data.transaction(async () => {
      await this.subscription(id);
      await this.data.repo(WebhookDeliveryEntity).deleteBy({ subscriptionId: id });
      await this.data.repo(WebhookSubscriptionEntity).deleteBy({ id });
      await this.audit.record({ operation: 'deleteWebhookSubscription', targetType: 'WebhookSubscription', targetId: id });
    });
  }

  deliveries(subscriptionId: string, first: number): Promise<WebhookDeliveryEntity[]> {
    return this.data.repo(WebhookDeliveryEntity).find({ where: { subscriptionId }, order: { createdAt: 'DESC' }, take: first });
  }

  /** Sends a delivery again (same body, same delivery id), whatever became of it. */
  async replay(id: string): Promise<WebhookDeliveryEntity> {
    return this.data.transaction(async () => {
      const delivery = await this.data.repo(WebhookDeliveryEntity).get(id);
      const subscription = await this.subscription(delivery.subscriptionId);
      // A new generation: send jobs still queued for this delivery (retries) stand down.
      Object.assign(delivery, { status: 'pending', attempts: 0, lastError: null, responseStatus: null, leaseUntil: null, generation: delivery.generation + 1 });
      await this.audit.record({ operation: 'replayWebhookDelivery', targetType: 'WebhookDelivery', targetId: id });
      this.data.afterCommit(() => void this.jobs.startAs(subscription.ownerAccountId, DELIVER_JOB, { deliveryId: id, generation: delivery.generation }));
      return this.data.repo(WebhookDeliveryEntity).save(delivery);
    });
  }

  /** For a batch of events in any tenants: which have an active subscription to them (one query). */
  async matches(events: ReadonlyArray<{ tenantId: string; type: string }>): Promise<boolean[]> {
    const tenants = [...new Set(events.map((e) => e.tenantId))];
    const rows = tenants.length ? await this.data.dataSource.manager.find(WebhookSubscriptionEntity, { select: { tenantId: true, events: true }, where: { active: true, tenantId: In(tenants) } }) : [];
    return events.map((e) => rows.some((s) => s.tenantId === e.tenantId && (s.events.includes('*') || s.events.includes(e.type))));
  }

  /** In an event's delivery transaction: one delivery per matching active subscription, its body filtered for the owner. */
  async fanOut(payload: unknown, meta: EventMeta): Promise<void> {
    const subscriptions = (await this.data.repo(WebhookSubscriptionEntity).findBy({ active: true })).filter((s) => s.events.includes('*') || s.events.includes(meta.type));
    const repo = this.data.repo(WebhookDeliveryEntity);
    for (const s of subscriptions) {
      const { permissions } = await this.access.grantsOf(meta.tenantId, s.ownerAccountId);
      const body = { id: meta.eventId, type: meta.type, occurredAt: meta.occurredAt, tenantId: meta.tenantId, data: this.visible(meta.type, payload, permissions) };
      const delivery = await repo.save(repo.create({ subscriptionId: s.id, eventId: meta.eventId, eventType: meta.type, body, status: 'pending', attempts: 0, responseStatus: null, lastError: null, deliveredAt: null, generation: 0, leaseUntil: null }));
      this.data.afterCommit(() => void this.jobs.startAs(s.ownerAccountId, DELIVER_JOB, { deliveryId: delivery.id, generation: 0 }));
    }
  }

  /** The payload without the fields the owner may not see (pay, scores): the same rule as the API's. */
  private visible(type: string, payload: unknown, permissions: Set<string>): unknown {
    const sensitive = this.definitions.get(type)?.sensitive;
    if (!sensitive || !payload || typeof payload !== 'object') return payload;
    const copy = { ...(payload as Record<string, unknown>) };
    for (const [field, permission] of Object.entries(sensitive)) if (!permissions.has(permission)) delete copy[field];
    return copy;
  }

  /**
   * Sends one delivery (the job); throws to be retried with backoff, and disables the subscription
   * after too many failures. A job of an older generation (the delivery was replayed since) stands
   * down, and a delivery another worker is sending right now is not sent twice.
   */
  async send(deliveryId: string, generation: number | undefined, finalAttempt: boolean): Promise<{ status: number }> {
    const claimed = await this.claim(deliveryId, generation);
    if (!claimed) return { status: 0 };
    const { delivery, subscription } = claimed;
    const body = JSON.stringify(delivery.body);
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = createHmac('sha256', subscription.secret).update(`${timestamp}.${body}`).digest('hex');
    let status = 0;
    let error: string | null = null;
    try {
      const response = await fetch(subscription.url, {
        method: 'POST', body, redirect: 'manual', signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
        headers: { 'content-type': 'application/json', 'user-agent': 'Cadre-Webhooks/1', 'cadre-event': delivery.eventType, 'cadre-delivery': delivery.id, 'cadre-signature': `t=${timestamp},v1=${signature}` },
      });
      status = response.status;
      await response.body?.cancel();
      if (status < 200 || status >= 300) error = `the receiver answered ${status}`;
    } catch (e) {
      error = (e as Error).name === 'TimeoutError' ? 'no answer within 10 s' : `cannot reach the receiver: ${((e as Error).cause as Error | undefined)?.message ?? (e as Error).message}`;
    }
    await this.record(delivery, status, error, finalAttempt);
    if (error) throw new Error(error);
    return { status };
  }

  /** Marks the delivery `sending` under a lease, or says why this job must not send it (null). */
  private claim(id: string, generation: number | undefined): Promise<{ delivery: WebhookDeliveryEntity; subscription: WebhookSubscriptionEntity } | null> {
    return this.data.transaction(async () => {
      const repo = this.data.repo(WebhookDeliveryEntity);
      const delivery = await repo.get(id);
      if (generation !== undefined && delivery.generation !== generation) return null;
      if (delivery.status === 'succeeded' || delivery.status === 'failed') return null;
      // Retried with backoff: by then the other worker has finished, or its lease has run out.
      if (delivery.status === 'sending' && delivery.leaseUntil && delivery.leaseUntil > nowIso()) throw new Error('another worker is sending this delivery');
      const subscription = await this.data.repo(WebhookSubscriptionEntity).findOneBy({ id: delivery.subscriptionId });
      if (!subscription?.active) {
        await repo.save(Object.assign(delivery, { status: 'failed', leaseUntil: null, lastError: 'the subscription is disabled' }));
        return null;
      }
      await repo.save(Object.assign(delivery, { status: 'sending', leaseUntil: new Date(Date.now() + LEASE_MS).toISOString() }));
      return { delivery, subscription };
    });
  }

  private async record(delivery: WebhookDeliveryEntity, status: number, error: string | null, finalAttempt: boolean): Promise<void> {
    await this.data.transaction(async () => {
      const row = await this.data.repo(WebhookDeliveryEntity).get(delivery.id);
      // Replayed while this send was in flight: the replay's own send reports.
      if (row.generation !== delivery.generation || row.status !== 'sending') return;
      const sub = await this.data.repo(WebhookSubscriptionEntity).get(delivery.subscriptionId);
      Object.assign(row, { attempts: row.attempts + 1, responseStatus: status || null, lastError: error, leaseUntil: null, status: error ? (finalAttempt ? 'failed' : 'pending') : 'succeeded', deliveredAt: error ? null : nowIso() });
      await this.data.repo(WebhookDeliveryEntity).save(row);
      if (!error) sub.consecutiveFailures = 0;
      else if (finalAttempt) {
        sub.consecutiveFailures += 1;
        const limit = Number(await this.settings.get<unknown>(DISABLE_AFTER_SETTING, 10)) || 10;
        if (sub.consecutiveFailures >= limit && sub.active) {
          Object.assign(sub, { active: false, disabledAt: nowIso() });
          await this.audit.record({ operation: 'webhookSubscriptionDisabled', targetType: 'WebhookSubscription', targetId: sub.id, after: { consecutiveFailures: sub.consecutiveFailures, lastError: error } });
        }
      }
      await this.data.repo(WebhookSubscriptionEntity).save(sub);
    });
  }

  private subscription(id: string): Promise<WebhookSubscriptionEntity> {
    return this.data.repo(WebhookSubscriptionEntity).get(id);
  }
}

function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserInputError('input.url', 'must be an absolute http(s) URL');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new UserInputError('input.url', 'must be an http(s) URL');
  if (parsed.username || parsed.password) throw new UserInputError('input.url', 'must not carry a user name or password (the signature authenticates Cadre)');
}
