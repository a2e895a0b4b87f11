import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IsNull, Not } from 'typeorm';
import { RequestContexts } from '../src/context/request-context.js';
import { DataService } from '../src/database/data.service.js';
import { EventBus } from '../src/events/event-bus.service.js';
import { EventDeliveryEntity } from '../src/events/event-delivery.entity.js';
import { OutboxEntryEntity } from '../src/events/outbox-entry.entity.js';
import { HireRequested } from '../src/people/people.events.js';
import { createTestServer, type GraphQLClient, type TestServer } from '../src/testing/index.js';

interface Received { headers: IncomingHttpHeaders; body: string }

/** A local receiver: records every request and answers with the next scripted status (200 when none is left). */
async function receiver(): Promise<{ url: string; received: Received[]; script: number[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const script: number[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = script.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, script, close: () => new Promise((r) => server.close(() => r())) };
}

async function until<T>(check: () => Promise<T | undefined | null | false>, what: string, ms = 40_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const SUBSCRIBE = 'mutation($i: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { secret subscription { id active events } } }';
const DELIVERIES = 'query($s: ID!) { webhookDeliveries(subscriptionId: $s) { id eventType status attempts responseStatus lastError body } }';

describe('outbound webhooks', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let hr: GraphQLClient;
  let hook: Awaited<ReturnType<typeof receiver>>;
  beforeAll(async () => {
    server = await createTestServer();
    [owner, hr] = await Promise.all([server.loginAs('owner'), server.loginAs('hr')]);
    hook = await receiver();
  });
  afterAll(async () => {
    await server?.close();
    await hook?.close();
  });

  const tenantId = async () => (await owner.data('{ me { tenant { id } } }')).me.tenant.id as string;
  const emitHire = async (sourceKey: string) => {
    const id = await tenantId();
    await RequestContexts.run(RequestContexts.system(id), () =>
      server.get(EventBus).emit(HireRequested, { sourceKey, name: `Hire ${sourceKey}`, email: `${sourceKey}@demo.local`, compensation: { base: 68_000_000, currency: 'CNY' } }),
    );
    await server.flushEvents();
  };

  it('costs nothing per event while no subscription wants it: no fan-out transaction, no delivery row', async () => {
    const id = await tenantId();
    const eventId = await RequestContexts.run(RequestContexts.system(id), () =>
      server.get(EventBus).emit(HireRequested, { sourceKey: 'quiet-1', name: 'Quiet', email: 'quiet-1@demo.local', compensation: { base: 1, currency: 'CNY' } }),
    );
    await server.flushEvents();
    const manager = server.get(DataService).dataSource.manager;
    expect(await manager.countBy(OutboxEntryEntity, { id: eventId, deliveredAt: Not(IsNull()) })).toBe(1);
    expect(await manager.countBy(EventDeliveryEntity, { eventId, handlerId: 'webhooks.fan-out' })).toBe(0);
  });

  it('delivers a signed event the receiver can verify, and logs it', async () => {
    const { createWebhookSubscription: created } = await owner.data(SUBSCRIBE, { i: { url: hook.url, events: ['people.person-created'] } });
    expect(created.secret).toMatch(/^whsec_/);
    expect(JSON.stringify((await owner.data('{ webhookSubscriptions { id url } }')).webhookSubscriptions)).not.toContain(created.secret);
    const { createPerson } = await hr.data('mutation { createPerson(input: { name: "Hook Person", email: "hook.person@demo.local" }) { id } }');
    await server.flushEvents();
    const got = await until(async () => hook.received.find((r) => JSON.parse(r.body).data?.personId === createPerson.id), 'the delivery');
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(got.headers['cadre-signature']))!;
    expect(createHmac('sha256', created.secret).update(`${t}.${got.body}`).digest('hex')).toBe(v1);
    expect(Math.abs(Date.now() / 1000 - Number(t))).toBeLessThan(300);
    expect(got.headers['cadre-event']).toBe('people.person-created');
    expect(JSON.parse(got.body)).toMatchObject({ type: 'people.person-created', tenantId: await tenantId(), data: { personId: createPerson.id } });
    const deliveries = await until(async () => {
      const list = (await owner.data(DELIVERIES, { s: created.subscription.id })).webhookDeliveries;
      return list.find((d: { status: string }) => d.status === 'succeeded') && list;
    }, 'the log');
    expect(deliveries[0]).toMatchObject({ id: got.headers['cadre-delivery'], status: 'succeeded', attempts: 1, responseStatus: 200 });
    await owner.data('mutation($id: ID!) { deleteWebhookSubscription(id: $id) }', { id: created.subscription.id });
  });

  it('retries a failing receiver with backoff, and replays a delivery with the same id', async () => {
    const { createWebhookSubscription: created } = await owner.data(SUBSCRIBE, { i: { url: hook.url, events: ['people.hire-requested'] } });
    hook.script.push(500, 503);
    const before = hook.received.length;
    await emitHire('retry-1');
    const log = await until(async () => (await owner.data(DELIVERIES, { s: created.subscription.id })).webhookDeliveries.find((d: { status: string }) => d.status === 'succeeded'), 'success after retries');
    expect(log).toMatchObject({ attempts: 3, responseStatus: 200, lastError: null });
    const attempts = hook.received.slice(before);
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((a) => a.headers['cadre-delivery']))).toEqual(new Set([log.id]));
    await owner.data('mutation($id: ID!) { replayWebhookDelivery(id: $id) { id status } }', { id: log.id });
    await until(async () => hook.received.length === before + 4, 'the replay');
    expect(hook.received.at(-1)!.headers['cadre-delivery']).toBe(log.id);
    expect(hook.received.at(-1)!.body).toBe(attempts[2].body);
    await owner.data('mutation($id: ID!) { deleteWebhookSubscription(id: $id) }', { id: created.subscription.id });
  });

  it('a replay while a retry waits sends once: the older retry stands down', async () => {
    const { createWebhookSubscription: created } = await owner.data(SUBSCRIBE, { i: { url: `${hook.url}?replay-race`, events: ['people.hire-requested'] } });
    hook.script.push(500);
    await emitHire('race-1');
    // The first send failed and its retry waits out its backoff (1 s): replay now.
    const failed = await until(async () => (await owner.data(DELIVERIES, { s: created.subscription.id })).webhookDeliveries.find((d: { attempts: number; status: string }) => d.attempts === 1 && d.status === 'pending'), 'the failed first send');
    await owner.data('mutation($id: ID!) { replayWebhookDelivery(id: $id) { id } }', { id: failed.id });
    const sent = () => hook.received.filter((r) => r.headers['cadre-delivery'] === failed.id);
    await until(async () => sent().length >= 2, 'the replay');
    await new Promise((r) => setTimeout(r, 3000)); // past the old retry's backoff
    expect(sent()).toHaveLength(2);
    const [log] = (await owner.data(DELIVERIES, { s: created.subscription.id })).webhookDeliveries;
    expect(log).toMatchObject({ id: failed.id, status: 'succeeded', attempts: 1, responseStatus: 200 });
    await owner.data('mutation($id: ID!) { deleteWebhookSubscription(id: $id) }', { id: created.subscription.id });
  });

  it('sends pay only when the subscription owner may see it', async () => {
    // An integration account that manages webhooks but may not read pay.
    await owner.data('mutation { createRole(input: { key: "integrations", name: "Integrations", permissions: ["webhooks.manage"] }) { id } }');
    const employee = await server.loginAs('employee');
    const { me } = await employee.data("{ me { account { id } } }");
    await owner.data('mutation($a: ID!) { setAccountRoles(accountId: $a, roles: ["employee", "integrations"]) { id } }', { a: me.account.id });
    const integration = await server.loginAs('employee');
    const { createWebhookSubscription: limited } = await integration.data(SUBSCRIBE, { i: { url: `${hook.url}?limited`, events: ['people.hire-requested'] } });
    const { createWebhookSubscription: full } = await owner.data(SUBSCRIBE, { i: { url: `${hook.url}?full`, events: ['*'] } });
    await emitHire('pay-1');
    const bodyFor = (s: string) => until(async () => {
      const d = (await owner.data(DELIVERIES, { s })).webhookDeliveries.find((x: { eventType: string; status: string }) => x.eventType === 'people.hire-requested' && x.status === 'succeeded');
      return d && JSON.parse(d.body);
    }, `the delivery of ${s}`);
    expect((await bodyFor(limited.subscription.id)).data).toEqual({ sourceKey: 'pay-1', name: 'Hire pay-1', email: 'pay-1@demo.local' });
    expect((await bodyFor(full.subscription.id)).data.compensation).toEqual({ base: 68_000_000, currency: 'CNY' });
    for (const s of [limited, full]) await owner.data('mutation($id: ID!) { deleteWebhookSubscription(id: $id) }', { id: s.subscription.id });
  });

  it('disables a subscription after deliveries keep failing, and audits it', async () => {
    await owner.data('mutation { setSetting(key: "webhooks.disableAfter", value: "1") { key } }');
    const { createWebhookSubscription: created } = await owner.data(SUBSCRIBE, { i: { url: hook.url, events: ['people.hire-requested'] } });
    hook.script.push(500, 500, 500, 500, 500);
    await emitHire('dead-1');
    const sub = await until(async () => (await owner.data('{ webhookSubscriptions { id active consecutiveFailures disabledAt } }')).webhookSubscriptions.find((s: { id: string; active: boolean }) => s.id === created.subscription.id && !s.active), 'disabling', 60_000);
    expect(sub).toMatchObject({ consecutiveFailures: 1 });
    expect(sub.disabledAt).toBeTruthy();
    const [delivery] = (await owner.data(DELIVERIES, { s: created.subscription.id })).webhookDeliveries;
    expect(delivery).toMatchObject({ status: 'failed', attempts: 5, responseStatus: 500, lastError: 'the receiver answered 500' });
    const { auditLog } = await owner.data('{ auditLog(filter: { operation: "webhookSubscriptionDisabled" }) { nodes { targetId } } }');
    expect(auditLog.nodes.map((n: { targetId: string }) => n.targetId)).toContain(created.subscription.id);
  });

  it('refuses bad input by field, and hides subscriptions from those without webhooks.manage', async () => {
    const bad = await owner.request(SUBSCRIBE, { i: { url: 'ftp://example.com/x', events: ['people.person-created'] } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    const unknown = await owner.request(SUBSCRIBE, { i: { url: hook.url, events: ['people.nope'] } });
    expect(unknown.errors?.[0].message).toMatch(/unknown event types: people\.nope/);
    expect((await hr.request('{ webhookSubscriptions { id } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await owner.data('{ webhookEventTypes }')).webhookEventTypes).toContain('people.hire-requested');
  });
});
