import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, probeOperations, type TestServer } from '../src/testing/index.js';

const PERSON = 'query($id: ID!) { person(id: $id) { id name compensation { base currency } } }';
const ids = async (server: TestServer) => {
  const owner = await server.loginAs('owner');
  const { people } = await owner.data('{ people(first: 200) { nodes { id email managerId } } }');
  const byEmail = (email: string) => people.nodes.find((p: { email: string }) => p.email === email);
  return {
    employee: byEmail('employee@demo.local'), // reports to manager@
    peer: byEmail('alex.novak@demo.local'), // also reports to manager@
    manager: byEmail('manager@demo.local'),
    outside: byEmail('sarah.chen@demo.local'), // research, not in manager@'s chain
    vpEng: byEmail('wang.jianguo@demo.local'), // manager@'s manager
  };
};

describe('field-level protection of compensation', () => {
  let server: TestServer;
  let p: Awaited<ReturnType<typeof ids>>;
  beforeAll(async () => {
    server = await createTestServer();
    p = await ids(server);
  });
  afterAll(() => server?.close());

  it('shows an employee their own pay', async () => {
    const employee = await server.loginAs('employee');
    const r = await employee.request(PERSON, { id: p.employee.id });
    expect(r.errors).toBeUndefined();
    expect(r.data?.person.compensation).toEqual({ base: 62_000_000, currency: 'CNY' });
  });

  it("gives a peer null and FORBIDDEN, never the value, also inside lists", async () => {
    const employee = await server.loginAs('employee');
    const r = await employee.request(PERSON, { id: p.peer.id });
    expect(r.data?.person.name).toBe('Alex Novak');
    expect(r.data?.person.compensation).toBeNull();
    expect(r.errors?.[0]).toMatchObject({ path: ['person', 'compensation'], extensions: { code: 'FORBIDDEN' } });
    const list = await employee.request('{ people(first: 200) { nodes { id compensation { base } } } }');
    const visible = list.data?.people.nodes.filter((n: { compensation: unknown }) => n.compensation !== null);
    expect(visible.map((n: { id: string }) => n.id)).toEqual([p.employee.id]);
    expect(list.errors?.length).toBe(list.data?.people.nodes.length - 1);
  });

  it("shows a manager their chain's pay but not a manager above or outside", async () => {
    const manager = await server.loginAs('manager');
    for (const id of [p.employee.id, p.peer.id, p.manager.id]) expect((await manager.request(PERSON, { id })).data?.person.compensation).not.toBeNull();
    for (const id of [p.outside.id, p.vpEng.id]) {
      const r = await manager.request(PERSON, { id });
      expect(r.data?.person.compensation).toBeNull();
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('shows hr everyone', async () => {
    const hr = await server.loginAs('hr');
    const r = await hr.request('{ people(first: 200) { nodes { compensation { base } } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data?.people.nodes.every((n: { compensation: unknown }) => n.compensation !== null)).toBe(true);
  });

  it('lets only holders of people.compensation.write set pay', async () => {
    const manager = await server.loginAs('manager');
    const r = await manager.request('mutation($id: ID!) { updatePerson(id: $id, input: { compensation: { base: 1, currency: "CNY" } }) { id } }', { id: p.employee.id });
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('every operation is guarded', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ seed: false });
  });
  afterAll(() => server?.close());

  it('refuses every query and mutation without a token, except sign-in', async () => {
    const anonymous = server.client();
    const ops = await probeOperations(anonymous);
    // Signing in: with a password, or single sign-on (which provider a tenant uses; a one-time code for tokens).
    const publicOps = new Set(['login', 'refreshToken', 'ssoProvider', 'ssoExchange']);
    for (const op of ops.filter((o) => !publicOps.has(o.name))) {
      const r = await anonymous.request(op.document);
      expect(r.errors?.[0]?.extensions?.code, `${op.document}: ${JSON.stringify(r.errors)}`).toBe('UNAUTHENTICATED');
    }
    expect(ops.length).toBeGreaterThan(20);
  });

  it('refuses an employee every operation their role lacks', async () => {
    const owner = await server.createTenant('guarded');
    await owner.data('mutation { createAccount(input: { email: "e@guarded.test", password: "password-123", roles: [] }) { id } }');
    const nobody = await server.login('e@guarded.test', 'password-123', 'guarded');
    // Open to any signed-in account; each answers only about the caller (a job: NOT_FOUND unless they
    // started it; API tokens: their own, with scopes they hold; notifications: their own).
    const signedInOnly = new Set([
      'login', 'refreshToken', 'ssoProvider', 'ssoExchange', 'me', 'logout', 'changePassword', 'job', 'apiTokens', 'createApiToken', 'revokeApiToken',
      'myNotifications', 'unreadNotificationCount', 'markNotificationsRead',
    ]);
    for (const op of (await probeOperations(nobody)).filter((o) => !signedInOnly.has(o.name))) {
      const r = await nobody.request(op.document);
      expect(r.errors?.[0]?.extensions?.code, op.document).toBe('FORBIDDEN');
    }
  });
});
