import { createTestServer, GraphQLClient, type TestServer } from '@cadre/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_PARTY_PLUGINS } from '../../src/plugins.js';

// An attacker who knows the email addresses must not be able to keep people out, and must not
// get more guesses by claiming to come from elsewhere.

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p, tenant: "demo") { accessToken } }';

/** A client whose requests claim to come from `address` (believed only from a trusted proxy). */
function from(server: TestServer, address: string) {
  return {
    async login(email: string, password: string) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
      });
      const body = (await response.json()) as { data?: { login: { accessToken: string } } | null; errors?: Array<{ extensions?: { code?: string } }> };
      return body.errors?.[0]?.extensions?.code ?? 'OK';
    },
  };
}

describe('sign-in throttling behind a trusted proxy', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ plugins: FIRST_PARTY_PLUGINS, env: { CADRE_TRUST_PROXY: 'loopback', CADRE_LOGIN_MAX_FAILURES: '5', CADRE_LOGIN_SLOWDOWN_AFTER: '10' } });
  });
  afterAll(() => server?.close());

  it('keeps the real person in while an attacker fails from many addresses, and tells the owner', async () => {
    const home = from(server, '192.168.7.21');
    expect(await home.login('manager@demo.local', 'demo1234')).toBe('OK'); // a known address from now on
    const attempts = await Promise.all(Array.from({ length: 30 }, (_, i) => from(server, `10.9.${i}.1`).login('manager@demo.local', `guess-${i}`)));
    expect(new Set(attempts)).toEqual(new Set(['UNAUTHENTICATED']));

    expect(await home.login('manager@demo.local', 'demo1234')).toBe('OK');
    // From an address the account never used, the right password is slowed down, not refused.
    expect(await from(server, '172.20.1.9').login('manager@demo.local', 'demo1234')).toBe('OK');

    const owner = await server.loginAs('owner');
    const { auditLog } = await owner.data('{ auditLog(filter: { operation: "signInAttacked" }) { nodes { targetType after } } }');
    expect(auditLog.nodes).toHaveLength(1);
    expect(auditLog.nodes[0].targetType).toBe('Account');
    expect(JSON.parse(auditLog.nodes[0].after)).toMatchObject({ failures: 10 });
  });

  it('refuses the address that failed too often for an account, even with the right password', async () => {
    const attacker = from(server, '10.66.0.1');
    for (let i = 0; i < 5; i++) expect(await attacker.login('hr@demo.local', `nope-${i}`)).toBe('UNAUTHENTICATED');
    expect(await attacker.login('hr@demo.local', 'demo1234')).toBe('RATE_LIMITED');
    expect(await from(server, '10.66.0.2').login('hr@demo.local', 'demo1234')).toBe('OK');
  });
});

describe('sign-in throttling without a trusted proxy', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [], env: { CADRE_LOGIN_MAX_FAILURES: '5' } });
  });
  afterAll(() => server?.close());

  it('ignores X-Forwarded-For from clients: changing it buys no extra guesses', async () => {
    for (let i = 0; i < 5; i++) expect(await from(server, `10.1.${i}.1`).login('employee@demo.local', `nope-${i}`)).toBe('UNAUTHENTICATED');
    expect(await from(server, '10.1.99.1').login('employee@demo.local', 'demo1234')).toBe('RATE_LIMITED');
    const plain = await new GraphQLClient(server.url).request(LOGIN, { e: 'employee@demo.local', p: 'demo1234' });
    expect(plain.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
