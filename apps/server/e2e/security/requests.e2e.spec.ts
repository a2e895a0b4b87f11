import { createTestServer, GraphQLClient, type TestServer } from '@cadre/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_PARTY_PLUGINS } from '../../src/plugins.js';

// What any signed-in employee could send to pin the server, and what the server tells strangers.

describe('query cost limits', () => {
  let server: TestServer;
  let employee: GraphQLClient;
  beforeAll(async () => {
    server = await createTestServer({ plugins: FIRST_PARTY_PLUGINS });
    employee = await server.loginAs('employee');
  });
  afterAll(() => server?.close());

  it('refuses 200 aliases of a people page with managers and reports, before running it', async () => {
    const page = 'people(first: 200) { nodes { name manager { name reports { name } } } }';
    const query = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: ${page}`).join(' ')} }`;
    const r = await employee.request(query);
    expect(r.data).toBeNull();
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxAliases: 50 });
    // Within the alias cap, the size of what is asked for still counts: 40 full pages are too much.
    const forty = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: ${page}`).join(' ')} }`;
    const r40 = await employee.request(forty);
    expect(r40.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(r40.errors?.[0]?.extensions?.cost).toBeGreaterThan(r40.errors?.[0]?.extensions?.maxCost as number);
    expect(r40.errors?.[0]?.message).toMatch(/would cost \d+; at most \d+/);
  });

  it('counts page sizes from variables, and lets a real page through', async () => {
    const query = 'query($n: Int!) { people(first: $n) { nodes { name manager { name reports { name } } } } }';
    expect((await employee.request(query, { n: 50 })).errors).toBeUndefined();
    const huge = await employee.request(query, { n: 100_000 });
    expect(huge.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses 5 000 aliases of __typename', async () => {
    const query = `{ ${Array.from({ length: 5000 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    const r = await employee.request(query);
    expect(r.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('security headers', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [] });
  });
  afterAll(() => server?.close());

  it('sends CSP, framing, sniffing and referrer headers on the API and the console', async () => {
    for (const path of ['/graphql?query=%7B__typename%7D', '/health']) {
      const response = await fetch(`${server.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/default-src 'self'/);
      expect(csp, path).toMatch(/frame-ancestors 'none'/);
      expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('same-origin');
      // Plain HTTP: HSTS would mean nothing.
      expect(response.headers.get('strict-transport-security'), path).toBeNull();
    }
  });

  it('sends HSTS when a trusted proxy says the client used TLS', async () => {
    const behindTls = await createTestServer({ plugins: [], seed: false, env: { CADRE_TRUST_PROXY: 'loopback' } });
    try {
      const response = await fetch(`${behindTls.url}/health`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    } finally {
      await behindTls.close();
    }
  });
});

describe('schema disclosure', () => {
  const INTROSPECT = '{ __schema { queryType { name } types { name } } }';

  it('gives no "Did you mean" hints to anonymous callers, and keeps them for signed-in ones', async () => {
    const server = await createTestServer({ plugins: [] });
    try {
      const anonymous = await server.client().request('{ peopl { totalCount } }');
      expect(anonymous.errors?.[0]?.message).toMatch(/Cannot query field "peopl"/);
      expect(anonymous.errors?.[0]?.message).not.toMatch(/Did you mean/);
      const hr = await server.loginAs('hr');
      expect((await hr.request('{ peopl { totalCount } }')).errors?.[0]?.message).toMatch(/Did you mean "people"/);
    } finally {
      await server.close();
    }
  });

  it('in production answers introspection only to accounts with schema.introspect', async () => {
    const server = await createTestServer({ plugins: [], env: { NODE_ENV: 'production' } });
    try {
      const anonymous = await server.client().request(INTROSPECT);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(anonymous.data).toBeNull();
      const employee = await server.loginAs('employee');
      expect((await employee.request('{ __type(name: "Person") { fields { name } } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const owner = await server.loginAs('owner');
      const { __schema } = await owner.data(INTROSPECT);
      expect(__schema.types.length).toBeGreaterThan(50);
      // __typename is not introspection.
      expect((await employee.data('{ __typename }')).__typename).toBe('Query');
    } finally {
      await server.close();
    }
  });

  it('outside production lets developers introspect', async () => {
    const server = await createTestServer({ plugins: [] });
    try {
      expect((await server.client().data(INTROSPECT)).__schema.queryType.name).toBe('Query');
    } finally {
      await server.close();
    }
  });
});
