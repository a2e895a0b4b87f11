import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../src/testing/index.js';

// API tokens through the real server. The sign-in cache is set long (300 s) so that every
// "at once" below is the cache being dropped on commit, not its entries running out.

const CREATE = 'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id kind name prefix scopes ownerEmail createdByEmail expiresAt lastUsedAt revokedAt active } } }';
const REVOKE = 'mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt active } }';
const LIST = '{ apiTokens { id name kind lastUsedAt ownerEmail active } }';
const ME = '{ me { account { email } permissions } }';
const PAY = 'query($id: ID!) { person(id: $id) { compensation { base } } }';
type Result = { errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }> };
const code = (r: Result) => r.errors?.[0]?.extensions?.code ?? 'OK';

describe('API tokens', () => {
  let server: TestServer;
  let someone: string;
  let hrAccount: string;
  const table = () => server.app.dataSource.getRepository(server.app.dataSource.entityMetadatas.find((m) => m.tableName === 'api_tokens')!.target);

  beforeAll(async () => {
    server = await createTestServer({ env: { CADRE_AUTH_CACHE_TTL: '300' } });
    const owner = await server.loginAs('owner');
    const { people, accounts } = await owner.data('{ people(first: 200) { nodes { id email } } accounts { id email } }');
    someone = people.nodes.find((p: { email: string }) => p.email === 'employee@demo.local').id;
    hrAccount = accounts.find((a: { email: string }) => a.email === 'hr@demo.local').id;
  });
  afterAll(() => server?.close());

  it('creates a personal token shown once, usable as Bearer within its scopes, that loses what its owner loses, and revokes at once', async () => {
    const hr = await server.loginAs('hr');
    const { createApiToken } = await hr.data(CREATE, { i: { name: 'payroll sync', scopes: ['people.read', 'people.compensation.read'] } });
    const { token, apiToken } = createApiToken;
    expect(token).toMatch(/^cadre_pat_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({ kind: 'PERSONAL', name: 'payroll sync', prefix: token.slice(0, 14), ownerEmail: 'hr@demo.local', revokedAt: null, active: true });

    const bearer = server.client(token);
    const me = (await bearer.data(ME)).me;
    expect(me.account.email).toBe('hr@demo.local');
    expect(me.permissions).toEqual(['people.compensation.read', 'people.read']);
    expect(code(await bearer.request(PAY, { id: someone }))).toBe('OK');
    // hr holds accounts.read, but the token was not given it.
    expect(code(await bearer.request('{ accounts { id } }'))).toBe('FORBIDDEN');
    expect(code(await hr.request('{ accounts { id } }'))).toBe('OK');

    const owner = await server.loginAs('owner');
    await owner.data('mutation($a: ID!) { setAccountRoles(accountId: $a, roles: ["employee"]) { id } }', { a: hrAccount });
    expect(code(await bearer.request(PAY, { id: someone }))).toBe('FORBIDDEN');
    expect((await bearer.data(ME)).me.permissions).toEqual(['people.read']);
    await owner.data('mutation($a: ID!) { setAccountRoles(accountId: $a, roles: ["hr"]) { id } }', { a: hrAccount });
    expect(code(await bearer.request(PAY, { id: someone }))).toBe('OK');

    const listed = (await hr.data(LIST)).apiTokens.find((t: { id: string }) => t.id === apiToken.id);
    expect(listed.lastUsedAt).not.toBeNull();

    const revoked = (await hr.data(REVOKE, { id: apiToken.id })).revokeApiToken;
    expect(revoked.active).toBe(false);
    const refused = await bearer.request(ME);
    expect(code(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0].message).toMatch(/revoked/);
  });

  it('refuses a made-up token and a real one with a character changed', async () => {
    const employee = await server.loginAs('employee');
    const { token } = (await employee.data(CREATE, { i: { name: 'forgery control', scopes: ['people.read'] } })).createApiToken;
    expect(code(await server.client(token).request(ME))).toBe('OK');
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    for (const forged of [`${token.slice(0, -1)}${last}`, `cadre_pat_${'A'.repeat(43)}`, `cadre_svc_${token.slice(10)}`]) {
      const r = await server.client(forged).request(ME);
      expect(code(r)).toBe('UNAUTHENTICATED');
      expect(r.errors?.[0].message).toBe('The API token is not valid');
    }
  });

  it('downloads CSV exports within its scopes: pay stays empty without the pay scope, though the owner may see it', async () => {
    const hr = await server.loginAs('hr');
    const { token, apiToken } = (await hr.data(CREATE, { i: { name: 'export', scopes: ['people.read'] } })).createApiToken;
    const full = await hr.exportCsv('people.people');
    const scoped = await server.client(token).exportCsv('people.people');
    expect(scoped.status).toBe(200);
    expect(scoped.rows.length).toBe(full.rows.length);
    const paid = (rows: Array<Record<string, string>>) => rows.filter((r) => r.comp_base !== '').map((r) => r.email);
    expect(paid(full.rows).length).toBe(full.rows.length);
    // Without the pay scope the token sees pay as anyone with people.read does: hr's own and their reports'.
    const viaApi = (await server.client(token).request('{ people(first: 200) { nodes { email compensation { base } } } }')).data!.people.nodes;
    const visible = viaApi.filter((p: { compensation: unknown }) => p.compensation !== null).map((p: { email: string }) => p.email);
    expect(paid(scoped.rows).sort()).toEqual(visible.sort());
    expect(visible).toContain('hr@demo.local');
    expect(visible.length).toBeLessThan(paid(full.rows).length);
    await hr.data(REVOKE, { id: apiToken.id });
    expect((await server.client(token).exportCsv('people.people')).status).toBe(401);
  });

  it('stores only the SHA-256 of the token', async () => {
    const employee = await server.loginAs('employee');
    const { token, apiToken } = (await employee.data(CREATE, { i: { name: 'hashed', scopes: ['people.read'] } })).createApiToken;
    const row = (await table().findOneBy({ id: apiToken.id })) as Record<string, unknown>;
    expect(row.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(Object.values(row).some((v) => typeof v === 'string' && v.includes(token.slice(14)))).toBe(false);
  });

  it('refuses an expired token, and an expiry in the past', async () => {
    const employee = await server.loginAs('employee');
    const { token, apiToken } = (await employee.data(CREATE, { i: { name: 'short-lived', scopes: ['people.read'], expiresAt: '2099-01-01' } })).createApiToken;
    expect(apiToken.expiresAt).toBe('2099-01-01T23:59:59.999Z');
    await table().update({ id: apiToken.id }, { expiresAt: '2020-01-01T00:00:00.000Z' });
    const r = await server.client(token).request(ME);
    expect(code(r)).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0].message).toMatch(/expired/);
    const past = await employee.request(CREATE, { i: { name: 'past', scopes: ['people.read'], expiresAt: '2020-01-01' } });
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresAt' });
  });

  it('refuses scopes beyond the creator, unknown scopes, and service tokens without tokens.manage', async () => {
    const employee = await server.loginAs('employee');
    expect(code(await employee.request(CREATE, { i: { name: 'x', scopes: ['audit.read'] } }))).toBe('FORBIDDEN');
    const unknown = await employee.request(CREATE, { i: { name: 'x', scopes: ['no.such'] } });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scopes' });
    const none = await employee.request(CREATE, { i: { name: 'x', scopes: [] } });
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scopes' });
    expect(code(await employee.request(CREATE, { i: { name: 'x', kind: 'SERVICE', scopes: ['people.read'] } }))).toBe('FORBIDDEN');
  });

  it('lets a service token act as itself; a token cannot mint tokens', async () => {
    const owner = await server.loginAs('owner');
    const { token } = (await owner.data(CREATE, { i: { name: 'hris', kind: 'SERVICE', scopes: ['people.read', 'tokens.manage'] } })).createApiToken;
    expect(token).toMatch(/^cadre_svc_/);
    const service = server.client(token);
    expect((await service.data(ME)).me).toEqual({ account: { email: 'service-token:hris' }, permissions: ['people.read', 'tokens.manage'] });
    expect(code(await service.request('{ people(first: 1) { totalCount } }'))).toBe('OK');
    expect(code(await service.request('{ accounts { id } }'))).toBe('FORBIDDEN');
    expect(code(await service.request(CREATE, { i: { name: 'child', scopes: ['people.read'] } }))).toBe('FORBIDDEN');
    // Its creation is audited with what it may do (never the token).
    const { auditLog } = await owner.data('{ auditLog(filter: { operation: "createApiToken" }) { nodes { actorEmail after } } }');
    expect(auditLog.nodes.some((n: { after: string }) => n.after.includes('"hris"'))).toBe(true);
  });

  it('hides tokens from other accounts and tenants; tokens.manage sees and revokes all of its tenant; audited without the token', async () => {
    const employee = await server.loginAs('employee');
    const manager = await server.loginAs('manager');
    const { token, apiToken } = (await employee.data(CREATE, { i: { name: 'mine', scopes: ['people.read'] } })).createApiToken;
    expect((await manager.data(LIST)).apiTokens.some((t: { id: string }) => t.id === apiToken.id)).toBe(false);
    expect(code(await manager.request(REVOKE, { id: apiToken.id }))).toBe('NOT_FOUND');
    const rival = await server.createTenant('rival');
    expect((await rival.data(LIST)).apiTokens).toEqual([]);
    expect(code(await rival.request(REVOKE, { id: apiToken.id }))).toBe('NOT_FOUND');
    expect(code(await server.client(token).request(ME))).toBe('OK');

    const owner = await server.loginAs('owner');
    const all = (await owner.data(LIST)).apiTokens;
    expect(all.find((t: { id: string }) => t.id === apiToken.id)).toMatchObject({ ownerEmail: 'employee@demo.local', active: true });
    await owner.data(REVOKE, { id: apiToken.id });
    expect(code(await server.client(token).request(ME))).toBe('UNAUTHENTICATED');

    const { auditLog } = await owner.data('query($id: String) { auditLog(filter: { targetId: $id }) { nodes { operation actorEmail targetType after } } }', { id: apiToken.id });
    const ops = auditLog.nodes.map((n: { operation: string; actorEmail: string }) => `${n.operation} by ${n.actorEmail}`).sort();
    expect(ops).toEqual(['createApiToken by employee@demo.local', 'revokeApiToken by owner@demo.local']);
    expect(auditLog.nodes.every((n: { targetType: string; after: string }) => n.targetType === 'ApiToken' && !n.after.includes(token.slice(14)))).toBe(true);
  });
});
