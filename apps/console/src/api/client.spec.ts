import { describe, expect, it } from 'vitest';
import { fakeServer } from '../test/fake-server';
import { createGraphQLClient } from './client';
import { SessionStore } from './session';

const unauthenticated = { data: null, errors: [{ message: 'The access token is not valid', path: ['me'], extensions: { code: 'UNAUTHENTICATED' } }] };

function setup(handlers: Parameters<typeof fakeServer>[0], tokens = { accessToken: 'old-access', refreshToken: 'old-refresh' }) {
  localStorage.setItem('cadre.session', JSON.stringify(tokens));
  const session = new SessionStore(localStorage);
  const server = fakeServer(handlers);
  return { session, server, client: createGraphQLClient({ session, fetch: server.fetch }) };
}

describe('the GraphQL client', () => {
  it('keeps data and errors together (a withheld field is not a failed request)', async () => {
    const { client } = setup({
      People: () => ({
        data: { people: { nodes: [{ id: 'a', compensation: null }] } },
        errors: [{ message: 'compensation is visible only…', path: ['people', 'nodes', '0', 'compensation'], extensions: { code: 'FORBIDDEN' } }],
      }),
    });
    const result = await client.request('query People { people { nodes { id compensation { base } } } }');
    expect(result.data).toEqual({ people: { nodes: [{ id: 'a', compensation: null }] } });
    expect(result.errors[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refreshes an expired access token once and retries with the new one', async () => {
    const { client, server, session } = setup({
      Me: (_v, token) => (token === 'new-access' ? { data: { me: { roles: ['hr'] } } } : unauthenticated),
      RefreshToken: (v) => (v.refreshToken === 'old-refresh' ? { data: { refreshToken: { accessToken: 'new-access', refreshToken: 'new-refresh' } } } : unauthenticated),
    });
    const result = await client.request('query Me { me { roles } }');
    expect(result).toEqual({ data: { me: { roles: ['hr'] } }, errors: [] });
    expect(server.calls.map((c) => `${c.operation}:${c.token ?? '-'}`)).toEqual(['Me:old-access', 'RefreshToken:-', 'Me:new-access']);
    expect(session.tokens).toEqual({ accessToken: 'new-access', refreshToken: 'new-refresh' });
    expect(JSON.parse(localStorage.getItem('cadre.session')!)).toEqual({ accessToken: 'new-access', refreshToken: 'new-refresh' });
  });

  it('shares one refresh between requests that fail at the same time (refresh tokens are single-use)', async () => {
    let refreshes = 0;
    const { client } = setup({
      A: (_v, token) => (token === 'new-access' ? { data: { a: 1 } } : unauthenticated),
      B: (_v, token) => (token === 'new-access' ? { data: { b: 2 } } : unauthenticated),
      RefreshToken: () => {
        refreshes += 1;
        return { data: { refreshToken: { accessToken: 'new-access', refreshToken: `new-refresh-${refreshes}` } } };
      },
    });
    const [a, b] = await Promise.all([client.request('query A { a }'), client.request('query B { b }')]);
    expect([a.data, b.data]).toEqual([{ a: 1 }, { b: 2 }]);
    expect(refreshes).toBe(1);
  });

  it('ends the session as expired when the refresh token is refused too', async () => {
    const { client, session, server } = setup({ Me: () => unauthenticated, RefreshToken: () => unauthenticated });
    const result = await client.request('query Me { me { roles } }');
    expect(result.errors[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(session.getSnapshot()).toEqual({ tokens: null, status: 'expired' });
    expect(localStorage.getItem('cadre.session')).toBeNull();
    expect(server.calls.map((c) => c.operation)).toEqual(['Me', 'RefreshToken']);
  });

  it('does not refresh for a failed sign-in, and stores the tokens of a good one', async () => {
    localStorage.clear();
    const session = new SessionStore(localStorage);
    const server = fakeServer({
      Login: (v) => (v.password === 'right' ? { data: { login: { accessToken: 'a', refreshToken: 'r' } } } : unauthenticated),
    });
    const client = createGraphQLClient({ session, fetch: server.fetch });
    expect((await client.login('x@y.z', 'wrong')).errors[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(session.getSnapshot().status).toBe('anonymous');
    await client.login('x@y.z', 'right', 'demo');
    expect(server.calls.map((c) => c.operation)).toEqual(['Login', 'Login']);
    expect(server.calls[1].variables).toEqual({ email: 'x@y.z', password: 'right', tenant: 'demo' });
    expect(session.getSnapshot()).toEqual({ tokens: { accessToken: 'a', refreshToken: 'r' }, status: 'signed-in' });
  });

  it('signs out on the server and forgets the tokens', async () => {
    const { client, session, server } = setup({ Logout: () => ({ data: { logout: true } }) });
    await client.logout();
    expect(server.calls[0]).toMatchObject({ operation: 'Logout', variables: { refreshToken: 'old-refresh' }, token: 'old-access' });
    expect(session.getSnapshot()).toEqual({ tokens: null, status: 'signed-out' });
  });

  it("sends the console's current language on every request, so API messages come in it", async () => {
    const sent: Array<Record<string, string>> = [];
    let language = 'zh-CN';
    const fetch = (async (_input: unknown, init?: RequestInit) => {
      sent.push(init?.headers as Record<string, string>);
      return new Response(JSON.stringify({ data: { me: null } }), { status: 200, headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;
    const client = createGraphQLClient({ session: new SessionStore(localStorage), fetch, language: () => language });
    await client.request('query Me { me { id } }');
    language = 'en-US';
    await client.request('query Me { me { id } }');
    await client.download('/export/people.people.csv');
    expect(sent.map((h) => h['x-cadre-language'])).toEqual(['zh-CN', 'en-US', 'en-US']);
  });
});
