import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeReviewWebhookService, knowledgePlugin, signBody } from '../src/index.js';
import { count, loginWithRoles, personIds } from './support/demo.js';
import { createFakeStructure } from '@cadre/plugin-structure/testing';

const review = (id: string, extra: Record<string, unknown> = {}) => ({
  id, reviewer: 'alex.novak@demo.local', author: 'employee@demo.local', repository: 'lab/gpu-scheduler', pullRequest: '142', state: 'approved', comments: 3, submittedAt: '2026-03-01T10:00:00Z', ...extra,
});

describe('code-review activity from the forge', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let hr: GraphQLClient;
  let employee: GraphQLClient;
  let secret: string;
  let ids: Record<string, string>;
  const post = (body: string, headers: Record<string, string>) => fetch(`${server.url}/hooks/knowledge/code-reviews`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const signed = (body: string, key = secret) => post(body, { 'x-cadre-tenant': 'demo', 'x-cadre-signature': signBody(key, body) });
  beforeAll(async () => {
    server = await createTestServer({ plugins: [createFakeStructure().plugin, knowledgePlugin] });
    [owner, hr, employee] = await Promise.all([server.loginAs('owner'), server.loginAs('hr'), server.loginAs('employee')]);
    ids = await personIds(hr);
    expect((await owner.data('{ codeReviewWebhook { configured path } }')).codeReviewWebhook).toEqual({ configured: true, path: '/hooks/knowledge/code-reviews' }); // seeded
    secret = (await owner.data('mutation { rotateKnowledgeWebhookSecret { secret } }')).rotateKnowledgeWebhookSecret.secret;
  });
  afterAll(() => server?.close());

  it('accepts a correctly signed delivery and skips a redelivery', async () => {
    const before = await count(server, 'knowledge_code_reviews');
    const body = JSON.stringify({ reviews: [review('fx-1'), review('fx-2', { reviewer: 'employee@demo.local', state: 'changes_requested', comments: 5, author: 'someone@outside.example' })] });
    const res = await signed(body);
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ accepted: 2, duplicates: 0 });
    const again = await signed(body);
    expect(await again.json()).toEqual({ accepted: 0, duplicates: 2 });
    expect(await count(server, 'knowledge_code_reviews')).toBe(before + 2);
    const { codeReviewActivity } = await hr.data('query($p: [ID!]) { codeReviewActivity(personIds: $p, from: "2026-03-01", to: "2026-03-01") { person { id } reviews comments approvals changesRequested repositories lastReviewAt } }', { p: [ids.employee] });
    expect(codeReviewActivity).toEqual([{ person: { id: ids.employee }, reviews: 1, comments: 5, approvals: 0, changesRequested: 1, repositories: ['lab/gpu-scheduler'], lastReviewAt: '2026-03-01T10:00:00.000Z' }]);
  });

  it('rejects unsigned, badly signed, tampered, unknown-tenant and unconfigured deliveries, logging each', async () => {
    const before = await count(server, 'knowledge_code_reviews');
    const body = JSON.stringify({ reviews: [review('fx-bad')] });
    const attempts = [
      await post(body, { 'x-cadre-tenant': 'demo' }),
      await post(body, { 'x-cadre-tenant': 'demo', 'x-cadre-signature': 'sha256=' + '0'.repeat(64) }),
      await post(body, { 'x-cadre-tenant': 'demo', 'x-cadre-signature': 'not-a-signature' }),
      await post(body, { 'x-cadre-tenant': 'demo', 'x-cadre-signature': signBody('wrong-secret-wrong-secret', body) }),
      await post(body.replace('fx-bad', 'fx-evil'), { 'x-cadre-tenant': 'demo', 'x-cadre-signature': signBody(secret, body) }),
      await post(body, { 'x-cadre-tenant': 'no-such-tenant', 'x-cadre-signature': signBody(secret, body) }),
      await post(body, { 'x-cadre-signature': signBody(secret, body) }),
    ];
    await server.createTenant('unconfigured');
    attempts.push(await post(body, { 'x-cadre-tenant': 'unconfigured', 'x-cadre-signature': signBody(secret, body) }));
    for (const res of attempts) {
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: 'unsigned or badly signed request' });
    }
    expect(await count(server, 'knowledge_code_reviews')).toBe(before);
    const { codeReviewWebhook } = await owner.data('{ codeReviewWebhook { recentDeliveries { accepted reason reviews } } }');
    const reasons = codeReviewWebhook.recentDeliveries.filter((d: { accepted: boolean }) => !d.accepted).map((d: { reason: string }) => d.reason);
    expect(reasons).toEqual(expect.arrayContaining(['missing X-Cadre-Signature', 'signature does not match the body', 'malformed X-Cadre-Signature (expected sha256=<64 hex digits>)']));
    expect(reasons.filter((r: string) => r === 'signature does not match the body')).toHaveLength(3);
    expect(JSON.stringify(codeReviewWebhook)).not.toContain(secret);
    // The other tenant's log has its own refusal; the demo log has no trace of the unknown tenant.
    const other = await server.login('owner@unconfigured.test', 'password-123', 'unconfigured');
    const log = await other.data('{ codeReviewWebhook { configured recentDeliveries { accepted reason } } }');
    expect(log.codeReviewWebhook).toEqual({ configured: false, recentDeliveries: [{ accepted: false, reason: 'no webhook secret is configured for this tenant' }] });
  });

  it('rejects a signed but invalid payload without storing any of it', async () => {
    const before = await count(server, 'knowledge_code_reviews');
    const unknownReviewer = JSON.stringify({ reviews: [review('fx-3'), review('fx-4', { reviewer: 'ghost@demo.local' })] });
    const res = await signed(unknownReviewer);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: unknown }).errors).toEqual([{ field: 'reviews[1].reviewer', message: 'no person has the email ghost@demo.local' }]);
    const malformed = await signed(JSON.stringify({ reviews: [review('fx-5', { state: 'merged' })] }));
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { errors: Array<{ field: string }> }).errors[0].field).toBe('reviews[0].state');
    const notJson = await post('{nope', { 'x-cadre-tenant': 'demo', 'x-cadre-signature': signBody(secret, '{nope') });
    expect(notJson.status).toBe(400);
    const webhook = server.get(CodeReviewWebhookService);
    const raw = Buffer.from('{nope');
    expect(await webhook.receive({ tenantSlug: 'demo', signature: signBody(secret, raw), rawBody: raw })).toEqual({ status: 400, body: { error: 'body is not JSON' } });
    expect(await count(server, 'knowledge_code_reviews')).toBe(before);
  });

  it('verifies and ingests through the service as well (what the route calls)', async () => {
    const webhook = server.get(CodeReviewWebhookService);
    const body = Buffer.from(JSON.stringify({ reviews: [review('svc-1', { reviewer: 'han.xue@demo.local' })] }));
    expect(await webhook.receive({ tenantSlug: 'demo', signature: signBody(secret, body), rawBody: body })).toEqual({ status: 202, body: { accepted: 1, duplicates: 0 } });
    expect((await webhook.receive({ tenantSlug: 'DEMO', signature: undefined, rawBody: body })).status).toBe(401);
  });

  it('rotates the secret, returns it once and never writes it to the audit log', async () => {
    const fresh = (await owner.data('mutation { rotateKnowledgeWebhookSecret { secret } }')).rotateKnowledgeWebhookSecret.secret;
    expect(fresh).not.toBe(secret);
    expect((await signed(JSON.stringify({ reviews: [] }), secret)).status).toBe(401); // the old one no longer works
    const chosen = 'a-secret-chosen-by-the-admin-1234';
    expect((await owner.data('mutation($s: String) { rotateKnowledgeWebhookSecret(secret: $s) { secret } }', { s: chosen })).rotateKnowledgeWebhookSecret.secret).toBe(chosen);
    expect((await signed(JSON.stringify({ reviews: [] }), chosen)).status).toBe(202);
    secret = chosen;
    const { auditLog } = await owner.data('{ auditLog(filter: { operation: "rotateKnowledgeWebhookSecret" }) { nodes { before after targetId } } }');
    expect(auditLog.nodes.length).toBe(3);
    expect(JSON.stringify(auditLog)).not.toContain(chosen);
    expect(JSON.stringify(auditLog)).not.toContain(fresh);
    expect(auditLog.nodes[0]).toMatchObject({ targetId: 'knowledge.webhookSecret', after: '"[redacted]"' });
    expect((await owner.request('mutation { rotateKnowledgeWebhookSecret(secret: "short") { secret } }')).errors?.[0].extensions?.field).toBe('secret');
    expect((await hr.request('mutation { rotateKnowledgeWebhookSecret { secret } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await hr.request('{ codeReviewWebhook { configured } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('imports a CSV all-or-nothing, naming each bad row and column', async () => {
    const before = await count(server, 'knowledge_code_reviews');
    const header = 'external_id,reviewer_email,author_email,repository,pull_request,state,comments,submitted_at,url';
    const bad = [header, 'c-1,employee@demo.local,,lab/trainer,7,approved,1,2026-02-01T09:00:00Z,', 'c-2,nobody@demo.local,,lab/trainer,8,approved,1,2026-02-01T09:00:00Z,', 'c-3,employee@demo.local,,lab/trainer,9,lgtm,x,yesterday,'].join('\n');
    const report = (await hr.data('mutation($csv: String!) { importCodeReviews(csv: $csv) { rows imported duplicates errors { row field message } } }', { csv: bad })).importCodeReviews;
    expect(report.imported).toBe(0);
    expect(report.errors).toEqual([
      { row: 4, field: 'state', message: 'must be one of approved, changes_requested, commented' },
      { row: 4, field: 'comments', message: 'must be a whole number from 0' },
      { row: 4, field: 'submitted_at', message: 'must be an ISO timestamp such as 2026-03-01T10:00:00Z' },
    ]);
    const unknown = (await hr.data('mutation($csv: String!) { importCodeReviews(csv: $csv) { imported errors { row field message } } }', { csv: bad.split('\n').slice(0, 3).join('\n') })).importCodeReviews;
    expect(unknown).toEqual({ imported: 0, errors: [{ row: 3, field: 'reviewer_email', message: 'no person has the email nobody@demo.local' }] });
    expect(await count(server, 'knowledge_code_reviews')).toBe(before);
    const good = [header, 'c-1,employee@demo.local,alex.novak@demo.local,lab/trainer,7,approved,1,2026-02-01T09:00:00Z,https://forge.demo.local/lab/trainer/pull/7', '"c-2","employee@demo.local","","lab/trainer","8","commented","4","2026-02-02T09:00:00Z",""', 'c-1,employee@demo.local,,lab/trainer,7,approved,1,2026-02-01T09:00:00Z,'].join('\r\n');
    const ok = (await hr.data('mutation($csv: String!) { importCodeReviews(csv: $csv) { rows imported duplicates errors { row } } }', { csv: good })).importCodeReviews;
    expect(ok).toEqual({ rows: 3, imported: 2, duplicates: 1, errors: [] });
    expect(await count(server, 'knowledge_code_reviews')).toBe(before + 2);
    expect((await hr.request('mutation { importCodeReviews(csv: "a,b\\n1,2") { rows } }')).errors?.[0].extensions?.field).toBe('csv');
    expect((await employee.request('mutation { importCodeReviews(csv: "x") { rows } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('maps repositories to skills for the expertise finder', async () => {
    const { setCodeReviewRepositorySkills } = await owner.data('mutation { setCodeReviewRepositorySkills(repository: "lab/trainer", skillIds: ["sk-dist", "sk-pytorch"]) { name reviews skills { id name } } }');
    expect(setCodeReviewRepositorySkills.skills).toEqual([{ id: 'sk-dist', name: 'Distributed training' }, { id: 'sk-pytorch', name: 'PyTorch' }]);
    expect(setCodeReviewRepositorySkills.reviews).toBeGreaterThan(2);
    const { codeReviewRepositories } = await employee.data('{ codeReviewRepositories { name reviews skills { id } } }');
    expect(codeReviewRepositories.find((r: { name: string }) => r.name === 'lab/trainer').skills.map((s: { id: string }) => s.id)).toEqual(['sk-dist', 'sk-pytorch']);
    expect((await owner.request('mutation { setCodeReviewRepositorySkills(repository: "lab/trainer", skillIds: ["nope"]) { name } }')).errors?.[0].extensions?.field).toBe('skillIds');
    const readOnly = await loginWithRoles(server, owner, 'isabella.costa@demo.local', ids['isabella.costa'], ['recruiter']);
    expect((await readOnly.request('{ codeReviewActivity { reviews } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
