import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PluginDefinition } from '../src/plugins/plugin-definition.js';
import { createTestServer, type TestServer } from '../src/testing/index.js';

const LOGIN = 'mutation($e: String!, $p: String!, $t: String) { login(email: $e, password: $p, tenant: $t) { accessToken refreshToken expiresIn } }';
const REFRESH = 'mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken refreshToken } }';

describe('accounts and sign-in', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ env: { CADRE_LOGIN_MAX_FAILURES: '3' } });
  });
  afterAll(() => server?.close());

  it('signs in with the demo password and answers me', async () => {
    const owner = await server.loginAs('owner');
    const { me } = await owner.data('{ me { account { email } roles permissions tenant { slug } person { name } } }');
    expect(me.account.email).toBe('owner@demo.local');
    expect(me.roles).toEqual(['owner']);
    expect(me.permissions).toContain('audit.read');
    expect(me.tenant.slug).toBe('demo');
    expect(me.person.name).toContain('Zhou Mingyuan');
  });

  it('rejects a wrong password with UNAUTHENTICATED and a bad token the same way', async () => {
    const wrong = await server.client().request(LOGIN, { e: 'hr@demo.local', p: 'nope-nope' });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await server.client('not-a-token').request('{ me { roles } }');
    expect(bad.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rotates refresh tokens, and reuse of a rotated one revokes the whole family', async () => {
    const session = await server.loginAs('hr');
    const first = await server.client().data(REFRESH, { r: session.refreshToken });
    const second = await server.client().data(REFRESH, { r: first.refreshToken.refreshToken });
    expect(second.refreshToken.accessToken).toBeTruthy();

    const reuse = await server.client().request(REFRESH, { r: session.refreshToken });
    expect(reuse.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(reuse.errors?.[0].message).toMatch(/already used/);
    // The newest token of the family is dead too.
    const after = await server.client().request(REFRESH, { r: second.refreshToken.refreshToken });
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Another sign-in of the same account is unaffected.
    const other = await server.loginAs('hr');
    expect((await server.client().request(REFRESH, { r: other.refreshToken })).data?.refreshToken).toBeTruthy();
  });

  it('logout revokes the refresh token', async () => {
    const session = await server.loginAs('manager');
    expect((await session.data('mutation($r: String) { logout(refreshToken: $r) }', { r: session.refreshToken })).logout).toBe(true);
    const again = await server.client().request(REFRESH, { r: session.refreshToken });
    expect(again.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('changes a password only with the current one, and the old one stops working', async () => {
    const tenant = await server.createTenant('pw-change');
    const wrong = await tenant.request('mutation { changePassword(currentPassword: "bad-password", newPassword: "brand-new-pass") }');
    expect(wrong.errors?.[0].extensions?.field).toBe('currentPassword');
    const short = await tenant.request('mutation { changePassword(currentPassword: "password-123", newPassword: "short") }');
    expect(short.errors?.[0].extensions?.field).toBe('newPassword');
    await tenant.data('mutation { changePassword(currentPassword: "password-123", newPassword: "brand-new-pass") }');
    const old = await server.client().request(LOGIN, { e: 'owner@pw-change.test', p: 'password-123', t: 'pw-change' });
    expect(old.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.client().request(LOGIN, { e: 'owner@pw-change.test', p: 'brand-new-pass', t: 'pw-change' })).data).toBeTruthy();
  });

  it('refuses an address that failed too often for an account, even with the right password', async () => {
    await server.createTenant('limited');
    for (let i = 0; i < 3; i++) {
      const r = await server.client().request(LOGIN, { e: 'owner@limited.test', p: 'wrong-password', t: 'limited' });
      expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await server.client().request(LOGIN, { e: 'owner@limited.test', p: 'password-123', t: 'limited' });
    expect(blocked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('asks for the tenant when an email has accounts in several tenants', async () => {
    const a = await server.createTenant('twin-a');
    await a.data('mutation { createAccount(input: { email: "same@twin.test", password: "password-123", roles: ["employee"] }) { id } }');
    const b = await server.createTenant('twin-b');
    await b.data('mutation { createAccount(input: { email: "same@twin.test", password: "password-123", roles: ["employee"] }) { id } }');
    const ambiguous = await server.client().request(LOGIN, { e: 'same@twin.test', p: 'password-123' });
    expect(ambiguous.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tenant' });
    const chosen = await server.client().data(LOGIN, { e: 'same@twin.test', p: 'password-123', t: 'twin-b' });
    const me = await server.client(chosen.login.accessToken).data('{ me { tenant { slug } } }');
    expect(me.me.tenant.slug).toBe('twin-b');
  });
});

describe('which plugins run, as any account sees it', () => {
  const kudos: PluginDefinition = { id: 'kudos', version: '1.0.0', sdk: '^0.1.0', permissions: [{ id: 'kudos.admin', description: 'Run kudos', defaultRoles: ['admin'] }] };
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [kudos] });
  });
  afterAll(() => server?.close());

  // The console shows a plugin's self-service pages from this list, so an employee holding none of
  // the plugin's permissions must still learn it runs, without the admin-only plugin list.
  it("an employee holding none of a plugin's permissions still learns it is enabled", async () => {
    const employee = await server.loginAs('employee');
    const { me } = await employee.data('{ me { permissions enabledPlugins } }');
    expect(me.permissions.some((p: string) => p.startsWith('kudos.'))).toBe(false);
    expect(me.enabledPlugins).toEqual(['kudos']);
    const list = await employee.request('{ plugins { id } }');
    expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
