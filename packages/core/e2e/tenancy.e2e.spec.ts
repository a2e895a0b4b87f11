import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type GraphQLClient, type TestServer } from '../src/testing/index.js';

/**
 * Tenant B's owner holds every permission, so anything that leaks from tenant A here leaks
 * through the data layer, not through a missing permission check.
 */
describe('tenant isolation', () => {
  let server: TestServer;
  let a: GraphQLClient;
  let b: GraphQLClient;
  let personA: { id: string; email: string };
  let roleA: string;
  let accountA: string;

  beforeAll(async () => {
    server = await createTestServer();
    a = await server.loginAs('owner');
    b = await server.createTenant('tenant-b');
    personA = (await a.data('{ people(first: 1) { nodes { id email } } }')).people.nodes[0];
    roleA = (await a.data('mutation { createRole(input: { key: "auditor", name: "Auditor", permissions: ["audit.read"] }) { id } }')).createRole.id;
    accountA = (await a.data('{ accounts { id email } }')).accounts[0].id;
    await a.data('mutation { setSetting(key: "core.brand", value: "\\"A\\"") { key } }');
  });
  afterAll(() => server?.close());

  const notFound = (r: { errors?: Array<{ extensions?: { code?: string } }> }) => expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');

  it('lists nothing of tenant A', async () => {
    const { people, auditLog, accounts, settings, roles } = await b.data('{ people { totalCount nodes { id } } auditLog { totalCount nodes { actorEmail } } accounts { email } settings { key } roles { key } }');
    expect(people.totalCount).toBe(0);
    expect(auditLog.nodes.every((e: { actorEmail: string }) => e.actorEmail === 'owner@tenant-b.test')).toBe(true);
    expect(accounts.map((x: { email: string }) => x.email)).toEqual(['owner@tenant-b.test']);
    expect(settings).toEqual([]);
    expect(roles.map((r: { key: string }) => r.key)).not.toContain('auditor');
    const search = await b.data('query($s: String) { people(filter: { search: $s }) { totalCount } }', { s: personA.email });
    expect(search.people.totalCount).toBe(0);
  });

  it('cannot read, update or delete tenant A rows by id', async () => {
    notFound(await b.request('query($id: ID!) { person(id: $id) { id name } }', { id: personA.id }));
    notFound(await b.request('mutation($id: ID!) { updatePerson(id: $id, input: { title: "Hacked" }) { id } }', { id: personA.id }));
    notFound(await b.request('mutation($id: ID!) { deletePerson(id: $id) }', { id: personA.id }));
    notFound(await b.request('mutation($id: ID!) { updateRole(id: $id, input: { name: "x", permissions: [] }) { id } }', { id: roleA }));
    notFound(await b.request('mutation($id: ID!) { deleteRole(id: $id) }', { id: roleA }));
    notFound(await b.request('mutation($id: ID!) { setAccountRoles(accountId: $id, roles: ["owner"]) { id } }', { id: accountA }));
    const filtered = await b.data('query($id: String) { auditLog(filter: { targetId: $id }) { totalCount } }', { id: roleA });
    expect(filtered.auditLog.totalCount).toBe(0);
  });

  it('cannot point its own rows at tenant A rows', async () => {
    const bad = await b.request('mutation($m: String) { createPerson(input: { name: "X", email: "x@b.test", managerId: $m }) { id } }', { m: personA.id });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.managerId' });
  });

  it('left tenant A untouched', async () => {
    const { person } = await a.data('query($id: ID!) { person(id: $id) { id title } }', { id: personA.id });
    expect(person.title).not.toBe('Hacked');
    const { roles } = await a.data('{ roles { key } }');
    expect(roles.map((r: { key: string }) => r.key)).toContain('auditor');
  });
});
