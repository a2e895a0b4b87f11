import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestServer, probeOperations, type GraphQLClient, type GraphQLResult, type TestServer } from '@cadre/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_PARTY_PLUGINS } from '../../src/plugins.js';
import { type GqlField, type GqlSchema, type Patches, fieldsOf, idPaths, idTarget, learnPatch, liveSchema, operationDocument, requiredArgs } from './support/schema.js';
import { type IdsByType, distinctiveStrings, harvestIds, leaked, tenantRows } from './support/tenant-data.js';

// A second tenant's owner (every permission, in their own tenant) calls every query and mutation
// of the live schema that takes an id, with the ids of the demo tenant's real rows.
//
// How an id argument is filled: probeOperations lists the operations; for each, every argument or
// input field named `id`, `…Id` or `…Ids` (at any depth, optional ones included) is mapped to the
// object type it points at (support/schema.ts idTarget: `personId` → Person, `poolId` →
// IncentivesBonusPool, `offer(id)` → AttractionOffer, `deletePerson(id)` → Person) and filled with
// an id of that type that the demo owner reached through the API (support/tenant-data.ts
// harvestIds). Other required arguments get plausible values. The same document is then sent
// with ids that exist nowhere: both answers must be the same refusal (no existence oracle).

// Loops of hundreds of requests carry a 300 s test timeout: a limit of the harness on a loaded
// 2-core machine, not a bound on how fast the server must be.
const ALLOWED = new Set(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT']);

type Kind = 'query' | 'mutation';
interface Probe { kind: Kind; op: GqlField; paths: string[] }

/** Starts a people import (as a job) and waits until it has finished; its id. */
async function finishedJob(client: GraphQLClient): Promise<string> {
  const { startPeopleImport } = await client.data('mutation { startPeopleImport(csv: "name,email\\nJob Probe,job.probe@example.test") { id } }');
  return (await client.finishedJob(startPeopleImport.id, 10_000)).id;
}

/** A local receiver that takes every webhook delivery (200), and a demo subscription to people.person-created sending to it. */
async function webhookTarget(client: GraphQLClient): Promise<{ receiver: Server; subscriptionId: string }> {
  const receiver = createServer((req, res) => req.resume().on('end', () => res.end()));
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const { createWebhookSubscription } = await client.data('mutation($u: String!) { createWebhookSubscription(input: { url: $u, events: ["people.person-created"] }) { subscription { id } } }', { u: url });
  return { receiver, subscriptionId: createWebhookSubscription.subscription.id };
}

/** Waits until the subscription's deliveries have all been sent (so no retry changes rows later). */
async function settledDeliveries(client: GraphQLClient, subscriptionId: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { webhookDeliveries } = await client.data('query($s: ID!) { webhookDeliveries(subscriptionId: $s) { status } }', { s: subscriptionId });
    if (webhookDeliveries.length && webhookDeliveries.every((d: { status: string }) => d.status === 'succeeded')) return;
    if (Date.now() > deadline) throw new Error(`webhook deliveries still ${JSON.stringify(webhookDeliveries)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A UUIDv7-shaped id that no row has. */
const nowhere = (seed: string) => `${seed.slice(0, 24)}${Math.random().toString(16).slice(2, 14).padEnd(12, '0')}`;

/**
 * Sends the operation at the deepest selection the cost limit allows (1, then 0 levels of
 * objects), after learning from BAD_USER_INPUT answers about other fields how to get past
 * validation to the ids (support/schema.ts learnPatch).
 */
async function send(client: GraphQLClient, kind: Kind, op: GqlField, idFor: (name: string) => string[], patches: Patches = new Map()): Promise<[string, GraphQLResult<unknown>]> {
  for (let i = 0; i < 8; i++) {
    const r = await client.request(operationDocument(kind, op, idFor, { depth: 0, patches }));
    if (!learnPatch(r.errors?.[0], patches)) break;
  }
  let document = '';
  let result: GraphQLResult<unknown> = { data: null, status: 0 };
  for (const depth of [1, 0]) {
    document = operationDocument(kind, op, idFor, { depth, patches });
    result = await client.request(document);
    if (result.errors?.[0]?.extensions?.code !== 'QUERY_TOO_COMPLEX') break;
  }
  return [document, result];
}

/** Ids of `type` for each id argument: the same argument always gets the same id, different arguments different ones. */
function idChooser(op: GqlField, pool: (type: string) => string[], known: (type: string) => boolean) {
  const chosen = new Map<string, string[]>();
  const used = new Map<string, number>();
  return (name: string) => {
    if (!chosen.has(name)) {
      const type = idTarget(name, op, known)!;
      const n = used.get(type) ?? 0;
      used.set(type, n + 1);
      const ids = pool(type);
      chosen.set(name, [ids[n % ids.length]]);
    }
    return chosen.get(name)!;
  };
}

const errorShape = (r: GraphQLResult<unknown>, sent: string[]) =>
  (r.errors ?? []).map((e) => `${e.extensions?.code}: ${sent.reduce((m, id) => m.split(id).join('<id>'), e.message)}`).join(' | ');

describe('cross-tenant ids, for every operation of the live schema', () => {
  let server: TestServer;
  let demoOwner: GraphQLClient;
  let rival: GraphQLClient;
  let schema: GqlSchema;
  let ids: IdsByType;
  let probes: Probe[];
  let demoTenantId: string;
  let rivalTenantId: string;
  let before: Record<string, string[]>;
  let demoStrings: Set<string>;
  let receiver: Server | undefined;
  const known = (type: string) => Boolean(ids.get(type)?.length);

  beforeAll(async () => {
    server = await createTestServer({ plugins: FIRST_PARTY_PLUGINS });
    demoOwner = await server.loginAs('owner');
    rival = await server.createTenant('rival');
    schema = liveSchema(server);
    // The demo seeds no staffing plan, job, API token or webhook: make them, so that their operations have rows to aim at.
    await demoOwner.data('mutation { proposeStaffingPlan { id } }');
    await demoOwner.data('mutation { createApiToken(input: { name: "cross-tenant target", scopes: ["people.read"] }) { apiToken { id } } }');
    const webhook = await webhookTarget(demoOwner);
    receiver = webhook.receiver;
    const jobId = await finishedJob(demoOwner);
    await server.flushEvents();
    await settledDeliveries(demoOwner, webhook.subscriptionId);
    ids = await harvestIds(schema, demoOwner);
    // The demo owner owns the installation, whose tenant list names every tenant (the rival's too) by design: not demo data.
    ids.delete('InstallationTenant');
    ids.set('Job', [jobId]); // finished jobs are listed by no query
    demoTenantId = (await demoOwner.data('{ me { tenant { id } } }')).me.tenant.id;
    rivalTenantId = (await rival.data('{ me { tenant { id } } }')).me.tenant.id;
    const listed = await probeOperations(rival);
    const fields = { query: fieldsOf(schema.getQueryType()), mutation: fieldsOf(schema.getMutationType()) };
    probes = listed.map((o) => ({ kind: o.kind, op: fields[o.kind].find((f) => f.name === o.name)! }))
      .map((p) => ({ ...p, paths: idPaths(p.op) }))
      .filter((p) => p.paths.length);
    await server.flushEvents();
    before = await tenantRows(server, demoTenantId);
    demoStrings = distinctiveStrings(before, distinctiveStrings(await tenantRows(server, rivalTenantId)));
  });
  afterAll(async () => {
    await server?.close();
    receiver?.close();
  });

  const demoIdsFor = (op: GqlField) => idChooser(op, (type) => ids.get(type)!, known);
  const nowhereIdsFor = (op: GqlField) => idChooser(op, (type) => [nowhere(ids.get(type)![0])], known);

  it('knows what every id argument of every operation points at, and has a demo row of it', () => {
    const unmapped = probes.flatMap((p) => p.paths.filter((path) => !known(idTarget(path.split('.').pop()!, p.op, known) ?? '')).map((path) => `${p.op.name}(${path})`));
    expect(unmapped).toEqual([]);
    // The schema has many such operations; a handful would mean the generator lost them.
    expect(probes.filter((p) => p.kind === 'query').length).toBeGreaterThan(40);
    expect(probes.filter((p) => p.kind === 'mutation').length).toBeGreaterThan(80);
  });

  it('refuses every demo id exactly as an id that exists nowhere, and answers nothing of the demo tenant', async () => {
    const problems: string[] = [];
    for (const { kind, op } of probes) {
      const sent: string[] = [];
      const record = (fill: (name: string) => string[]) => (name: string) => { const v = fill(name); sent.push(...v); return v; };
      const patches: Patches = new Map();
      const [demoDoc, attack] = await send(rival, kind, op, record(demoIdsFor(op)), patches);
      const [, blank] = await send(rival, kind, op, record(nowhereIdsFor(op)), patches);
      const code = attack.errors?.[0]?.extensions?.code as string | undefined;
      // CONFLICT ("there is no budget for 2026") is tolerated only when an unknown id gets it too.
      if (code && !ALLOWED.has(code) && !(code === 'CONFLICT' && errorShape(attack, sent) === errorShape(blank, sent))) problems.push(`${op.name}: answered ${code} (${attack.errors![0].message})`);
      if (!code && kind === 'mutation') problems.push(`${op.name}: accepted the demo tenant's ids: ${JSON.stringify(attack.data)}`);
      if (!code && kind === 'query' && JSON.stringify(attack.data) !== JSON.stringify(blank.data)) problems.push(`${op.name}: answered differently for a demo id than for an unknown id`);
      if (errorShape(attack, sent) !== errorShape(blank, sent)) problems.push(`${op.name}: demo id → "${errorShape(attack, sent)}", unknown id → "${errorShape(blank, sent)}"`);
      const leaks = leaked(attack, demoStrings, sent);
      if (leaks.length) problems.push(`${op.name}: the answer carries demo data ${JSON.stringify(leaks.slice(0, 3))}`);
      if (problems.length && problems[problems.length - 1].startsWith(`${op.name}:`)) problems.push(`  request: ${demoDoc}`);
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('answers nothing of the demo tenant to the queries that take no id (lists, dashboards, me)', async () => {
    const leaks: string[] = [];
    for (const op of fieldsOf(schema.getQueryType()).filter((q) => !probes.some((p) => p.op === q && requiredArgs(q).length))) {
      const [document, r] = await send(rival, 'query', { ...op, args: requiredArgs(op) }, () => []);
      // codeReviewWebhook.payloadExample is a fixed sample payload (it names two demo addresses) in every tenant.
      const found = leaked(r, demoStrings, [], ['payloadExample']);
      if (found.length) leaks.push(`${document} → ${JSON.stringify(found.slice(0, 3))}`);
    }
    expect(leaks).toEqual([]);
  }, 300_000);

  it('changed nothing of the demo tenant, and stored none of its ids in the rival tenant', async () => {
    await server.flushEvents();
    const after = await tenantRows(server, demoTenantId);
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    const demoIds = new Set([...ids.values()].flat());
    expect(leaked(await tenantRows(server, rivalTenantId), demoIds)).toEqual([]);
  });

  describe('controls: the probes see what they look for', () => {
    it('the demo owner gets the demo rows with the same query documents', async () => {
      const refused: string[] = [];
      for (const { kind, op } of probes.filter((p) => p.kind === 'query')) {
        const [, r] = await send(demoOwner, kind, op, demoIdsFor(op));
        const code = r.errors?.[0]?.extensions?.code;
        if (code === 'NOT_FOUND' || code === 'FORBIDDEN') refused.push(`${op.name}: ${r.errors![0].message}`);
      }
      expect(refused).toEqual([]);
    }, 300_000);

    it('the rival reaches its own rows through the same operations', async () => {
      const own = await rival.data('mutation { createPerson(input: { name: "Rival Person", email: "p@rival.test" }) { id } }');
      const personId = own.createPerson.id as string;
      const rows = await tenantRows(server, rivalTenantId);
      expect((await rival.data('query($id: ID!) { person(id: $id) { name } }', { id: personId })).person.name).toBe('Rival Person');
      const demoPerson = ids.get('Person')![0];
      const theirs = await rival.request('query($id: ID!) { person(id: $id) { name } }', { id: demoPerson });
      expect(theirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      // Every query that takes only person ids, and refused the demo person, accepts the rival's own one.
      const personOnly = probes.filter((p) => p.kind === 'query' && p.paths.every((path) => idTarget(path.split('.').pop()!, p.op, known) === 'Person'));
      expect(personOnly.length).toBeGreaterThan(5);
      for (const { kind, op } of personOnly) {
        const [, r] = await send(rival, kind, op, () => [personId]);
        expect(r.errors?.[0]?.extensions?.code, op.name).not.toBe('NOT_FOUND');
      }
      await rival.data('mutation($id: ID!) { updatePerson(id: $id, input: { title: "Changed" }) { id } }', { id: personId });
      expect(await tenantRows(server, rivalTenantId)).not.toEqual(rows);
    });

    it('a change of the demo tenant shows in the snapshot, and its data in the leak scan', async () => {
      const person = ids.get('Person')![0];
      const answer = await demoOwner.data('query($id: ID!) { person(id: $id) { name email } }', { id: person });
      expect(leaked(answer, demoStrings).length).toBeGreaterThan(0);
      await demoOwner.data('mutation($id: ID!) { updatePerson(id: $id, input: { title: "Moved" }) { id } }', { id: person });
      expect((await tenantRows(server, demoTenantId)).people).not.toEqual(before.people);
    });
  });
});
