import { createHmac } from 'node:crypto';
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_PARTY_PLUGINS } from '../../src/plugins.js';

// The knowledge plugin's code-review webhook (POST /hooks/knowledge/code-reviews), attacked the
// way a stranger on the network would: replays, another tenant's secret, re-addressed deliveries,
// missing and garbled signatures. The scheme (plugins/knowledge/src/reviews/review-signature.ts)
// is X-Cadre-Tenant: <slug> and X-Cadre-Signature: sha256=<hex HMAC-SHA256 of the raw body>, with
// the tenant's secret. It has no timestamp, so there is no stale delivery to refuse: a replay is
// made harmless by the reviews' ids (stored once per tenant), which is what is probed here.

const HOOK = '/hooks/knowledge/code-reviews';
const sign = (secret: string, body: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

interface Delivery { tenant?: string; signature?: string; body: string }

async function deliver(server: TestServer, d: Delivery): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (d.tenant !== undefined) headers['x-cadre-tenant'] = d.tenant;
  if (d.signature !== undefined) headers['x-cadre-signature'] = d.signature;
  const response = await fetch(`${server.url}${HOOK}`, { method: 'POST', headers, body: d.body });
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Record<string, unknown> };
}

let serial = 0;
/** A forge payload with one new review by `reviewer`. */
function payload(reviewer: string, author: string): { id: string; body: string } {
  const id = `probe-review-${process.pid}-${++serial}`;
  const review = { id, reviewer, author, repository: 'lab/gpu-scheduler', pullRequest: String(100 + serial), state: 'approved', comments: 2, submittedAt: '2026-03-01T10:00:00Z', url: 'https://forge.example/lab/gpu-scheduler/pull/1' };
  return { id, body: JSON.stringify({ reviews: [review] }) };
}

describe('the code-review webhook', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let secret: string;
  let rivalSecret: string;
  const ROTATE = 'mutation { rotateKnowledgeWebhookSecret { secret } }';

  /** How many reviews with this forge id are stored, in any tenant. */
  async function stored(externalId: string): Promise<number> {
    const ds = server.app.dataSource;
    return ds.getRepository(ds.entityMetadatas.find((m) => m.tableName === 'knowledge_code_reviews')!.target).count({ where: { externalId } });
  }

  beforeAll(async () => {
    server = await createTestServer({ plugins: FIRST_PARTY_PLUGINS });
    owner = await server.loginAs('owner');
    secret = (await owner.data(ROTATE)).rotateKnowledgeWebhookSecret.secret;
    const rival = await server.createTenant('hook-rival');
    rivalSecret = (await rival.data(ROTATE)).rotateKnowledgeWebhookSecret.secret;
    await rival.data('mutation { createPerson(input: { name: "Rival Reviewer", email: "reviewer@hook-rival.test" }) { id } }');
    expect(rivalSecret).not.toBe(secret);
  });
  afterAll(() => server?.close());

  it('control: a delivery signed with the tenant’s secret is stored, and so is the rival’s to the rival', async () => {
    const p = payload('alex.novak@demo.local', 'employee@demo.local');
    expect(await deliver(server, { tenant: 'demo', signature: sign(secret, p.body), body: p.body })).toEqual({ status: 202, body: { accepted: 1, duplicates: 0 } });
    expect(await stored(p.id)).toBe(1);
    const r = payload('reviewer@hook-rival.test', 'reviewer@hook-rival.test');
    expect((await deliver(server, { tenant: 'hook-rival', signature: sign(rivalSecret, r.body), body: r.body })).status).toBe(202);
    expect(await stored(r.id)).toBe(1);
  });

  it('refuses a signed delivery holding a NUL character with 400, naming where, and stores nothing', async () => {
    const p = payload('alex.novak@demo.local', 'employee@demo.local');
    const body = p.body.replace('lab/gpu-scheduler', 'lab/gpu\\u0000scheduler');
    const answer = await deliver(server, { tenant: 'demo', signature: sign(secret, body), body });
    expect(answer).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', field: 'body.reviews.0.repository' } });
    expect(await stored(p.id)).toBe(0);
  });

  it('applies a replayed delivery (same body, same signature) once', async () => {
    const p = payload('alex.novak@demo.local', 'employee@demo.local');
    const delivery = { tenant: 'demo', signature: sign(secret, p.body), body: p.body };
    const ACTIVITY = '{ codeReviewActivity(from: "2026-01-01", to: "2026-12-31") { reviews } }';
    const total = async () => ((await owner.data(ACTIVITY)).codeReviewActivity as Array<{ reviews: number }>).reduce((n, r) => n + r.reviews, 0);
    const before = await total();
    expect(await deliver(server, delivery)).toEqual({ status: 202, body: { accepted: 1, duplicates: 0 } });
    expect(await deliver(server, delivery)).toEqual({ status: 202, body: { accepted: 0, duplicates: 1 } });
    expect(await stored(p.id)).toBe(1);
    expect(await total()).toBe(before + 1);
  });

  it('applies a delivery replayed many times at once exactly once, and answers every copy 202', async () => {
    const p = payload('alex.novak@demo.local', 'employee@demo.local');
    const delivery = { tenant: 'demo', signature: sign(secret, p.body), body: p.body };
    const answers = await Promise.all(Array.from({ length: 8 }, () => deliver(server, delivery)));
    expect(await stored(p.id)).toBe(1);
    expect(answers.filter((a) => a.body.accepted === 1)).toHaveLength(1);
    // On PostgreSQL, racing copies answered 500 (the second insert hit the unique external id)
    // until the knowledge plugin made imports take turns (33d77b1).
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(202));
  });

  it('refuses a delivery signed with another tenant’s secret, and the rival’s signed delivery re-addressed to the demo tenant', async () => {
    const p = payload('alex.novak@demo.local', 'employee@demo.local');
    expect((await deliver(server, { tenant: 'demo', signature: sign(rivalSecret, p.body), body: p.body })).status).toBe(401);
    const r = payload('reviewer@hook-rival.test', 'reviewer@hook-rival.test');
    expect((await deliver(server, { tenant: 'demo', signature: sign(rivalSecret, r.body), body: r.body })).status).toBe(401);
    // And the demo's signed delivery sent to the rival.
    expect((await deliver(server, { tenant: 'hook-rival', signature: sign(secret, p.body), body: p.body })).status).toBe(401);
    expect(await stored(p.id)).toBe(0);
    expect(await stored(r.id)).toBe(0);
  });

  it('refuses a missing, garbled or mismatched signature, a changed body and a missing or unknown tenant, storing nothing', async () => {
    const p = payload('alex.novak@demo.local', 'employee@demo.local');
    const good = sign(secret, p.body);
    const hex = good.slice('sha256='.length);
    const flipped = `sha256=${hex.slice(0, 10)}${hex[10] === '0' ? '1' : '0'}${hex.slice(11)}`;
    const attempts: Array<[string, Delivery]> = [
      ['no signature', { tenant: 'demo', body: p.body }],
      ['empty signature', { tenant: 'demo', signature: '', body: p.body }],
      ['bare hex', { tenant: 'demo', signature: hex, body: p.body }],
      ['sha1 prefix', { tenant: 'demo', signature: `sha1=${hex}`, body: p.body }],
      ['truncated', { tenant: 'demo', signature: good.slice(0, -2), body: p.body }],
      ['not hex', { tenant: 'demo', signature: `sha256=${'z'.repeat(64)}`, body: p.body }],
      ['one digit changed', { tenant: 'demo', signature: flipped, body: p.body }],
      ['signature of another body', { tenant: 'demo', signature: sign(secret, `${p.body} `), body: p.body }],
      ['body changed after signing', { tenant: 'demo', signature: good, body: p.body.replace('approved', 'changes_requested') }],
      ['two signatures', { tenant: 'demo', signature: `${flipped}, ${good}`, body: p.body }],
      ['no tenant', { signature: good, body: p.body }],
      ['unknown tenant', { tenant: 'nobody', signature: good, body: p.body }],
    ];
    for (const [what, delivery] of attempts) {
      const answer = await deliver(server, delivery);
      expect(answer.status, what).toBe(401);
      expect(answer.body, what).toEqual({ error: 'unsigned or badly signed request' });
    }
    expect(await stored(p.id)).toBe(0);
    // The control: the very same body with the right signature is accepted.
    expect((await deliver(server, { tenant: 'demo', signature: good, body: p.body })).status).toBe(202);
    expect(await stored(p.id)).toBe(1);
    // The owner sees the refusals in the delivery log, with their reasons and no secret.
    const { codeReviewWebhook } = await owner.data('{ codeReviewWebhook { recentDeliveries { accepted reason } } }');
    const refused = codeReviewWebhook.recentDeliveries.filter((d: { accepted: boolean }) => !d.accepted);
    expect(refused.length).toBeGreaterThanOrEqual(9);
    expect(JSON.stringify(codeReviewWebhook)).not.toContain(secret);
  });

  it('stops taking the old secret once it is rotated', async () => {
    const p = payload('alex.novak@demo.local', 'employee@demo.local');
    const fresh = (await owner.data(ROTATE)).rotateKnowledgeWebhookSecret.secret;
    expect((await deliver(server, { tenant: 'demo', signature: sign(secret, p.body), body: p.body })).status).toBe(401);
    expect((await deliver(server, { tenant: 'demo', signature: sign(fresh, p.body), body: p.body })).status).toBe(202);
    secret = fresh;
  });
});
