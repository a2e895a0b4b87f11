import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type GraphQLClient, type TestServer } from '../src/testing/index.js';
import { Walker, startTestIdp, type IdpUser, type TestIdp } from './support/test-idp.js';

// OIDC single sign-on against a real provider (oidc-provider) on a local port: the browser's
// redirects are walked with a cookie jar, the console's last step is the ssoExchange mutation.
describe('OIDC single sign-on', () => {
  let server: TestServer;
  let idp: TestIdp;
  let owner: GraphQLClient;
  const CONFIG = `mutation($input: SsoConfigInput!) { setSsoConfig(input: $input) { enabled displayName issuer clientId clientSecretSet allowedDomains roleMappings { group role } jit ssoOnly redirectUri } }`;
  let base: Record<string, unknown>;

  beforeAll(async () => {
    server = await createTestServer();
    idp = await startTestIdp([`${server.url}/auth/sso/callback`]);
    owner = await server.loginAs('owner');
    base = {
      enabled: true, displayName: 'Acme ID', issuer: idp.issuer, clientId: idp.clientId, allowedDomains: ['demo.local'], groupsClaim: 'groups',
      roleMappings: [{ group: 'people-team', role: 'hr' }, { group: 'leads', role: 'manager' }], jit: true, ssoOnly: false,
    };
    await owner.data(CONFIG, { input: { ...base, clientSecret: idp.clientSecret } });
  });
  afterAll(async () => {
    await server?.close();
    await idp?.close();
  });

  const consoleLogin = () => `${server.url}/login#`;
  /** Signs `user` in at the provider from a fresh browser; returns the console address Cadre sent it to. */
  async function signIn(user: IdpUser, rewrite?: (url: string) => string): Promise<string> {
    idp.as(user);
    return new Walker().follow(`${server.url}/auth/sso/demo/start`, consoleLogin(), rewrite);
  }
  const codeOf = (location: string) => new URLSearchParams(new URL(location).hash.slice(1)).get('sso');
  const errorOf = (location: string) => new URLSearchParams(new URL(location).hash.slice(1)).get('sso_error');
  async function exchange(code: string | null) {
    return server.client().request<{ ssoExchange: { accessToken: string; refreshToken: string } }>('mutation($c: String!) { ssoExchange(code: $c) { accessToken refreshToken } }', { c: code ?? '' });
  }
  async function me(user: IdpUser) {
    const location = await signIn(user);
    const { data, errors } = await exchange(codeOf(location));
    expect(errors, location).toBeUndefined();
    return server.client(data!.ssoExchange.accessToken).data('{ me { account { email roles } person { name } } }');
  }
  async function lastAudit(operation: string) {
    const { auditLog } = await owner.data('query($op: String) { auditLog(filter: { operation: $op }, first: 1) { nodes { operation targetId after actorEmail } } }', { op: operation });
    const entry = auditLog.nodes[0];
    return { ...entry, after: entry.after ? JSON.parse(entry.after) : null, raw: entry.after as string };
  }

  it('keeps the client secret to itself: not in the answer, the settings or the audit log', async () => {
    const { ssoConfig } = await owner.data('{ ssoConfig { enabled clientSecretSet redirectUri issuer } }');
    expect(ssoConfig).toEqual({ enabled: true, clientSecretSet: true, redirectUri: `${server.url}/auth/sso/callback`, issuer: idp.issuer });
    const { settings } = await owner.data('{ settings { key value } }');
    expect(JSON.stringify(settings)).not.toContain(idp.clientSecret);
    expect(settings.find((s: { key: string }) => s.key === 'sso.clientSecret').value).toBe('"[secret]"');
    const audit = await lastAudit('setSsoConfig');
    expect(audit.raw).not.toContain(idp.clientSecret);
    expect(audit.after).toMatchObject({ clientSecretChanged: true, issuer: idp.issuer });
    // Saving without a secret keeps the stored one.
    const { setSsoConfig } = await owner.data(CONFIG, { input: base });
    expect(setSsoConfig.clientSecretSet).toBe(true);
  });

  it('refuses bad settings, naming the field, and changes nothing', async () => {
    const owned = await owner.request(CONFIG, { input: { ...base, roleMappings: [{ group: 'admins', role: 'owner' }] } });
    expect(owned.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.roleMappings.0.role' });
    const plain = await owner.request(CONFIG, { input: { ...base, issuer: 'http://idp.example.com' } });
    expect(plain.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.issuer' });
    const unknownRole = await owner.request(CONFIG, { input: { ...base, roleMappings: [{ group: 'x', role: 'astronaut' }] } });
    expect(unknownRole.errors?.[0].extensions).toMatchObject({ field: 'input.roleMappings.0.role' });
    const { ssoConfig } = await owner.data('{ ssoConfig { issuer roleMappings { role } } }');
    expect(ssoConfig).toEqual({ issuer: idp.issuer, roleMappings: [{ role: 'hr' }, { role: 'manager' }] });
    const employee = await server.loginAs('employee');
    expect((await employee.request(CONFIG, { input: base })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('tests the connection: discovery and keys, or the step that failed', async () => {
    const good = await owner.data('query($i: String!) { testSsoConnection(issuer: $i) { ok steps { step ok detail } } }', { i: idp.issuer });
    expect(good.testSsoConnection.ok).toBe(true);
    expect(good.testSsoConnection.steps.map((s: { step: string }) => s.step)).toEqual(['discovery', 'endpoints', 'keys']);
    const bad = await owner.data('query($i: String!) { testSsoConnection(issuer: $i) { ok steps { step ok detail } } }', { i: `${server.url}/nowhere` });
    expect(bad.testSsoConnection).toMatchObject({ ok: false, steps: [{ step: 'discovery', ok: false }] });
  });

  it('tells the login page whether a tenant has single sign-on', async () => {
    const { data } = await server.client().request<{ ssoProvider: unknown; none: unknown }>('{ ssoProvider(tenant: "demo") { displayName startPath ssoOnly } none: ssoProvider(tenant: "nope") { displayName } }');
    expect(data).toEqual({ ssoProvider: { displayName: 'Acme ID', startPath: '/auth/sso/demo/start', ssoOnly: false }, none: null });
  });

  it('signs an existing account in: code once, Cadre tokens, audited', async () => {
    const location = await signIn({ sub: 'u-employee', email: 'Employee@demo.local' });
    const code = codeOf(location);
    expect(code).toBeTruthy();
    const first = await exchange(code);
    expect(first.errors).toBeUndefined();
    const { me: who } = await server.client(first.data!.ssoExchange.accessToken).data('{ me { account { email } } }');
    expect(who.account.email).toBe('employee@demo.local');
    expect((await exchange(code)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await lastAudit('ssoLogin')).toMatchObject({ actorEmail: 'employee@demo.local', after: { email: 'employee@demo.local', created: false } });
    // The refresh token works like any other.
    const refreshed = await server.client().request('mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken } }', { r: first.data!.ssoExchange.refreshToken });
    expect(refreshed.errors).toBeUndefined();
  });

  it('creates an unknown user just in time, linked to their person, and maps groups to roles again on each sign-in', async () => {
    const first = await me({ sub: 'u-sarah', email: 'sarah.chen@demo.local', groups: ['people-team'] });
    expect(first.me).toEqual({ account: { email: 'sarah.chen@demo.local', roles: ['hr'] }, person: { name: 'Dr. Sarah Chen' } });
    const second = await me({ sub: 'u-sarah', email: 'sarah.chen@demo.local', groups: ['leads', 'unmapped'] });
    expect(second.me.account.roles).toEqual(['manager']);
    // A role no mapping names is the administrator's to give, and stays.
    const { accounts } = await owner.data('{ accounts { id email } }');
    const sarah = accounts.find((a: { email: string }) => a.email === 'sarah.chen@demo.local');
    await owner.data('mutation($id: ID!) { setAccountRoles(accountId: $id, roles: ["manager", "recruiter"]) { id } }', { id: sarah.id });
    const third = await me({ sub: 'u-sarah', email: 'sarah.chen@demo.local', groups: [] });
    expect(third.me.account.roles).toEqual(['recruiter']);
    // The account made just in time has no password to sign in with.
    const password = await server.client().request('mutation { login(email: "sarah.chen@demo.local", password: "sso-only", tenant: "demo") { accessToken } }');
    expect(password.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs in the same new user from several browsers at once: one account, every sign-in completes', async () => {
    const { people } = await owner.data('{ people(first: 200) { nodes { email } } }');
    const taken = new Set((await owner.data('{ accounts { email } }')).accounts.map((a: { email: string }) => a.email));
    const email = people.nodes.map((p: { email: string }) => p.email).find((e: string) => e.endsWith('@demo.local') && !taken.has(e));
    const user = { sub: 'u-parallel', email, groups: ['people-team'] };
    const answers = await Promise.all(Array.from({ length: 5 }, () => me(user)));
    expect(answers.map((a) => a.me.account.email)).toEqual(Array(5).fill(email));
    expect((await owner.data('{ accounts { email } }')).accounts.filter((a: { email: string }) => a.email === email)).toHaveLength(1);
  });

  it('refuses an email outside the allowed domains', async () => {
    const location = await signIn({ sub: 'u-evil', email: 'mallory@evil.test' });
    expect(errorOf(location)).toBe('domain');
    expect(codeOf(location)).toBeNull();
    expect(await lastAudit('ssoLoginRefused')).toMatchObject({ after: { reason: 'domain' } });
  });

  it('refuses an unknown user when accounts are not made just in time', async () => {
    await owner.data(CONFIG, { input: { ...base, jit: false } });
    try {
      expect(errorOf(await signIn({ sub: 'u-anna', email: 'anna.kowalski@demo.local' }))).toBe('no_account');
      const { accounts } = await owner.data('{ accounts { email } }');
      expect(accounts.map((a: { email: string }) => a.email)).not.toContain('anna.kowalski@demo.local');
    } finally {
      await owner.data(CONFIG, { input: base });
    }
  });

  it('refuses an ID token with the wrong nonce', async () => {
    // The provider is asked for another nonce than the one Cadre keeps for this attempt.
    const location = await signIn({ sub: 'u-employee', email: 'employee@demo.local' }, (url) => url.startsWith(idp.issuer) && url.includes('nonce=') ? url.replace(/nonce=[^&]+/, 'nonce=forged') : url);
    expect(errorOf(location)).toBe('token');
    expect((await lastAudit('ssoLoginRefused')).after.detail).toMatch(/nonce/);
  });

  it('refuses an ID token meant for another client', async () => {
    idp.tamperNextIdToken({ aud: 'another-client' });
    expect(errorOf(await signIn({ sub: 'u-employee', email: 'employee@demo.local' }))).toBe('token');
    expect((await lastAudit('ssoLoginRefused')).after.detail).toMatch(/aud/);
  });

  it('refuses an expired ID token', async () => {
    const now = Math.floor(Date.now() / 1000);
    idp.tamperNextIdToken({ iat: now - 7200, exp: now - 3600 });
    expect(errorOf(await signIn({ sub: 'u-employee', email: 'employee@demo.local' }))).toBe('token');
    expect((await lastAudit('ssoLoginRefused')).after.detail).toMatch(/exp/);
  });

  it('accepts a callback once, and only in the browser that started the sign-in', async () => {
    idp.as({ sub: 'u-employee', email: 'employee@demo.local' });
    const browser = new Walker();
    const callback = await browser.follow(`${server.url}/auth/sso/demo/start`, `${server.url}/auth/sso/callback`);
    const elsewhere = await new Walker().get(callback);
    expect(errorOf(new URL(elsewhere.headers.get('location')!, server.url).href)).toBe('state');
    // That attempt is spent now, even for the right browser.
    const replay = await browser.get(callback);
    expect(errorOf(new URL(replay.headers.get('location')!, server.url).href)).toBe('state');
    const forged = await browser.get(`${server.url}/auth/sso/callback?code=x&state=made-up`);
    expect(errorOf(new URL(forged.headers.get('location')!, server.url).href)).toBe('state');
  });

  it("with SSO only, refuses local passwords except the owner's", async () => {
    await owner.data(CONFIG, { input: { ...base, ssoOnly: true } });
    try {
      const employee = await server.client().request('mutation { login(email: "employee@demo.local", password: "demo1234", tenant: "demo") { accessToken } }');
      expect(employee.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/single sign-on/) });
      const breakGlass = await server.client().request<{ login: { accessToken: string } }>('mutation { login(email: "owner@demo.local", password: "demo1234", tenant: "demo") { accessToken } }');
      expect(breakGlass.errors).toBeUndefined();
      expect((await me({ sub: 'u-employee', email: 'employee@demo.local' })).me.account.email).toBe('employee@demo.local');
    } finally {
      await owner.data(CONFIG, { input: base });
    }
  });
});
