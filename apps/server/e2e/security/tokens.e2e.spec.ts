import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/core/testing';
import { SignJWT, UnsecuredJWT, decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_PARTY_PLUGINS } from '../../src/plugins.js';

// Forged, stale and revoked credentials. Tokens are made with jose, the library the core signs
// with (packages/core/src/auth/token.service.ts: HS256, claims sub = account, tid = tenant,
// typ = 'access'), and the secret createTestServer configures.

const SECRET = new TextEncoder().encode('test-secret-test-secret-test-secret-0123');
const ME = '{ me { account { id email } tenant { id slug } } }';
const REFRESH = 'mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }';

/** What the server says to a bearer token: the signed-in email, or the error code. */
async function whoIs(server: TestServer, token: string): Promise<string> {
  const r = await server.client(token).request(ME);
  return r.data?.me?.account?.email ?? (r.errors?.[0]?.extensions?.code as string);
}

async function refresh(server: TestServer, token: string): Promise<{ code: string; accessToken?: string; refreshToken?: string; message?: string }> {
  const r = await server.client().request(REFRESH, { t: token });
  if (r.data) return { code: 'OK', ...r.data.refreshToken };
  return { code: r.errors![0].extensions!.code as string, message: r.errors![0].message };
}

/** An access token as the server would sign it, with our own claims and expiry. */
function sign(claims: { sub: string; tid: string; typ?: string }, exp: number | string, key = SECRET): Promise<string> {
  return new SignJWT({ tid: claims.tid, typ: claims.typ ?? 'access' }).setProtectedHeader({ alg: 'HS256' }).setSubject(claims.sub).setIssuedAt().setExpirationTime(exp).sign(key);
}

/** The accounts table, for what no API does: disabling and deleting an account. */
function accounts(server: TestServer) {
  const ds = server.app.dataSource;
  return ds.getRepository(ds.entityMetadatas.find((m) => m.tableName === 'accounts')!.target);
}

describe('access tokens', () => {
  let server: TestServer;
  let employee: GraphQLClient & { refreshToken: string };
  let claims: { sub: string; tid: string };
  beforeAll(async () => {
    // No API disables or deletes an account: the test changes the row in the database, behind the
    // few-second sign-in cache (CADRE_AUTH_CACHE_TTL), which is turned off here so that what is
    // probed is the check on the account itself.
    server = await createTestServer({ plugins: FIRST_PARTY_PLUGINS, env: { CADRE_AUTH_CACHE_TTL: '0' } });
    employee = await server.loginAs('employee');
    const { me } = await employee.data(ME);
    claims = { sub: me.account.id, tid: me.tenant.id };
  });
  afterAll(() => server?.close());

  it('control: the real token and a token signed like it with the server secret both work', async () => {
    expect(await whoIs(server, employee.token!)).toBe('employee@demo.local');
    expect(await whoIs(server, await sign(claims, '10m'))).toBe('employee@demo.local');
    expect(decodeJwt(employee.token!)).toMatchObject({ sub: claims.sub, tid: claims.tid, typ: 'access' });
  });

  it('refuses the real token with one character of its signature changed', async () => {
    const token = employee.token!;
    const i = token.length - 5;
    const tampered = `${token.slice(0, i)}${token[i] === 'A' ? 'B' : 'A'}${token.slice(i + 1)}`;
    expect(tampered).not.toBe(token);
    expect(await whoIs(server, tampered)).toBe('UNAUTHENTICATED');
  });

  it("refuses the real signature on changed claims (the owner's account id)", async () => {
    const [header, , signature] = employee.token!.split('.');
    const owner = await server.loginAs('owner');
    const ownerId = (await owner.data(ME)).me.account.id;
    const body = Buffer.from(JSON.stringify({ ...decodeJwt(employee.token!), sub: ownerId })).toString('base64url');
    expect(await whoIs(server, `${header}.${body}.${signature}`)).toBe('UNAUTHENTICATED');
  });

  it('refuses alg "none", with or without a signature', async () => {
    const unsigned = new UnsecuredJWT({ tid: claims.tid, typ: 'access' }).setSubject(claims.sub).setIssuedAt().setExpirationTime('10m').encode();
    expect(await whoIs(server, unsigned)).toBe('UNAUTHENTICATED');
    expect(await whoIs(server, `${unsigned}${employee.token!.split('.')[2]}`)).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed with another secret, or with the secret but another algorithm', async () => {
    expect(await whoIs(server, await sign(claims, '10m', new TextEncoder().encode('another-secret-another-secret-another-01')))).toBe('UNAUTHENTICATED');
    const hs512 = await new SignJWT({ tid: claims.tid, typ: 'access' }).setProtectedHeader({ alg: 'HS512' }).setSubject(claims.sub).setExpirationTime('10m').sign(SECRET);
    expect(await whoIs(server, hs512)).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token, and says it expired', async () => {
    const expired = await sign(claims, Math.floor(Date.now() / 1000) - 60);
    const r = await server.client(expired).request(ME);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0]?.message).toMatch(/expired/);
    expect(r.data).toBeNull();
  });

  it('refuses a token that is not an access token, a token for an account of another tenant, and a malformed header', async () => {
    expect(await whoIs(server, await sign({ ...claims, typ: 'refresh' }, '10m'))).toBe('UNAUTHENTICATED');
    const rival = await server.createTenant('token-rival');
    const rivalAccount = (await rival.data(ME)).me.account.id;
    expect(await whoIs(server, await sign({ sub: rivalAccount, tid: claims.tid }, '10m'))).toBe('UNAUTHENTICATED');
    expect(await whoIs(server, employee.refreshToken)).toBe('UNAUTHENTICATED');
    const basic = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Basic ${employee.token}` }, body: JSON.stringify({ query: ME }) });
    expect(((await basic.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('stops honouring the tokens of an account once it is disabled, and again once it is deleted', async () => {
    const hr = await server.loginAs('hr');
    const recruiter = await server.loginAs('recruiter');
    expect(await whoIs(server, hr.token!)).toBe('hr@demo.local');
    expect(await whoIs(server, recruiter.token!)).toBe('kevin.wu@demo.local');

    await accounts(server).update({ email: 'hr@demo.local' }, { disabled: true });
    expect(await whoIs(server, hr.token!)).toBe('UNAUTHENTICATED');
    expect((await refresh(server, hr.refreshToken)).code).toBe('UNAUTHENTICATED');
    await expect(server.loginAs('hr')).rejects.toThrow(/UNAUTHENTICATED/);

    await accounts(server).delete({ email: 'kevin.wu@demo.local' });
    expect(await whoIs(server, recruiter.token!)).toBe('UNAUTHENTICATED');
    expect((await refresh(server, recruiter.refreshToken)).code).toBe('UNAUTHENTICATED');
    // The other accounts are untouched.
    expect(await whoIs(server, employee.token!)).toBe('employee@demo.local');
  });
});

describe('refresh tokens', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ plugins: FIRST_PARTY_PLUGINS });
  });
  afterAll(() => server?.close());

  it('rotates: each refresh token works once and gives a working access token', async () => {
    const manager = await server.loginAs('manager');
    const first = await refresh(server, manager.refreshToken);
    expect(first.code).toBe('OK');
    expect(await whoIs(server, first.accessToken!)).toBe('manager@demo.local');
    const second = await refresh(server, first.refreshToken!);
    expect(second.code).toBe('OK');
    expect(second.refreshToken).not.toBe(first.refreshToken);
  });

  it('a reused refresh token revokes its whole family: the tokens rotated from it stop working', async () => {
    const employee = await server.loginAs('employee');
    const rotated = await refresh(server, employee.refreshToken);
    const again = await refresh(server, rotated.refreshToken!);
    expect(again.code).toBe('OK');

    expect(await whoIs(server, again.accessToken!)).toBe('employee@demo.local');
    const replay = await refresh(server, employee.refreshToken);
    expect(replay).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/already used/) });
    expect((await refresh(server, again.refreshToken!)).code).toBe('UNAUTHENTICATED');
    expect((await refresh(server, rotated.refreshToken!)).code).toBe('UNAUTHENTICATED');
    // The access tokens of the family end with it.
    expect(await whoIs(server, again.accessToken!)).toBe('UNAUTHENTICATED');
    expect(await whoIs(server, employee.token!)).toBe('UNAUTHENTICATED');
    // Another sign-in of the same account is another family, and keeps working.
    const other = await server.loginAs('employee');
    expect((await refresh(server, other.refreshToken)).code).toBe('OK');
  });

  it("refuses a forged refresh token, and another tenant's token where this tenant's is expected", async () => {
    const owner = await server.loginAs('owner');
    const rival = await server.createTenant('refresh-rival');
    const [ownerRow] = owner.refreshToken.split('.');
    const [, rivalSecret] = rival.refreshToken.split('.');
    expect((await refresh(server, `${ownerRow}.${rivalSecret}`)).code).toBe('UNAUTHENTICATED');
    expect((await refresh(server, `${ownerRow}.`)).code).toBe('UNAUTHENTICATED');
    expect((await refresh(server, 'garbage')).code).toBe('UNAUTHENTICATED');

    // Signed in to the demo tenant, the rival's refresh token cannot be logged out (revoked) …
    const r = await owner.request('mutation($t: String) { logout(refreshToken: $t) }', { t: rival.refreshToken });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // … and still rotates, into tokens of the rival tenant only.
    const rotated = await refresh(server, rival.refreshToken);
    expect(rotated.code).toBe('OK');
    expect((await server.client(rotated.accessToken).data(ME)).me.tenant.slug).toBe('refresh-rival');
    const { people } = await server.client(rotated.accessToken).data('{ people { totalCount } }');
    expect(people.totalCount).toBe(0);
  });

  it('logout revokes the session it names, and logout without a token every session of the account', async () => {
    const a = await server.loginAs('hr');
    const b = await server.loginAs('hr');
    expect(await whoIs(server, a.token!)).toBe('hr@demo.local');
    expect(await a.data('mutation($t: String) { logout(refreshToken: $t) }', { t: a.refreshToken })).toEqual({ logout: true });
    expect((await refresh(server, a.refreshToken)).code).toBe('UNAUTHENTICATED');
    expect(await whoIs(server, a.token!)).toBe('UNAUTHENTICATED'); // the access token of that sign-in too
    expect(await whoIs(server, b.token!)).toBe('hr@demo.local');
    const bRotated = await refresh(server, b.refreshToken);
    expect(bRotated.code).toBe('OK'); // the control: the other session was not touched

    const c = await server.loginAs('hr');
    expect(await c.data('mutation { logout }')).toEqual({ logout: true });
    expect((await refresh(server, bRotated.refreshToken!)).code).toBe('UNAUTHENTICATED');
    expect((await refresh(server, c.refreshToken)).code).toBe('UNAUTHENTICATED');
  });

  it("cannot log out another account's session of the same tenant", async () => {
    const employee = await server.loginAs('employee');
    const manager = await server.loginAs('manager');
    const r = await employee.request('mutation($t: String) { logout(refreshToken: $t) }', { t: manager.refreshToken });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await refresh(server, manager.refreshToken)).code).toBe('OK');
  });
});
