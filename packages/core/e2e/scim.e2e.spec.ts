import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type GraphQLClient, type TestServer } from '../src/testing/index.js';

// SCIM 2.0 users with the request sequences Okta and Azure AD provisioners send, through the real
// server with a service API token holding the `scim` scope.
describe('SCIM 2.0 provisioning', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let token: string;
  beforeAll(async () => {
    server = await createTestServer();
    owner = await server.loginAs('owner');
    const { createApiToken } = await owner.data('mutation { createApiToken(input: { name: "Okta", kind: SERVICE, scopes: ["scim"] }) { token } }');
    token = createApiToken.token;
  });
  afterAll(() => server?.close());

  const scim = async (method: string, path: string, body?: unknown, bearer = token) => {
    const response = await fetch(`${server.url}/scim/v2${path}`, {
      method, headers: { authorization: `Bearer ${bearer}`, ...(body ? { 'content-type': 'application/scim+json' } : {}) }, body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type'), body: text ? JSON.parse(text) : null };
  };
  const user = (userName: string, extra: Record<string, unknown> = {}) => ({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName, name: { givenName: 'Ada', familyName: 'Lovelace' }, emails: [{ primary: true, value: userName, type: 'work' }], active: true, ...extra,
  });

  it('creates a user the way Okta does: look up by userName, then POST', async () => {
    const none = await scim('GET', '/Users?filter=userName%20eq%20%22ada%40demo.local%22&startIndex=1&count=100');
    expect(none).toMatchObject({ status: 200, body: { totalResults: 0, Resources: [] } });
    expect(none.type).toMatch(/^application\/scim\+json/);
    const created = await scim('POST', '/Users', user('ada@demo.local', { title: 'Research Engineer' }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ userName: 'ada@demo.local', active: true, name: { givenName: 'Ada', familyName: 'Lovelace' }, title: 'Research Engineer', meta: { resourceType: 'User' } });
    const found = await scim('GET', '/Users?filter=userName%20eq%20%22ada%40demo.local%22');
    expect(found.body.Resources.map((u: { id: string }) => u.id)).toEqual([created.body.id]);
    const { people } = await owner.data('{ people(filter: { search: "ada@demo.local" }) { nodes { name title status } } }');
    expect(people.nodes).toEqual([{ name: 'Ada Lovelace', title: 'Research Engineer', status: 'active' }]);
    const again = await scim('POST', '/Users', user('ada@demo.local'));
    expect(again).toMatchObject({ status: 409, body: { scimType: 'uniqueness', status: '409' } });
  });

  it('deactivates with Azure AD\'s PATCH: the person has left, their sign-ins end, nothing is deleted', async () => {
    const { body: created } = await scim('POST', '/Users', user('grace@demo.local', { name: { givenName: 'Grace', familyName: 'Hopper' } }));
    const patched = await scim('PATCH', `/Users/${created.id}`, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'Replace', path: 'active', value: 'False' }] });
    expect(patched).toMatchObject({ status: 200, body: { active: false } });
    const { people } = await owner.data('{ people(filter: { search: "grace@demo.local" }) { nodes { status } } }');
    expect(people.nodes).toEqual([{ status: 'terminated' }]);
    const reactivated = await scim('PATCH', `/Users/${created.id}`, { Operations: [{ op: 'replace', value: { active: true } }] });
    expect(reactivated.body.active).toBe(true);
    const deleted = await scim('DELETE', `/Users/${created.id}`);
    expect(deleted.status).toBe(204);
    expect((await scim('GET', `/Users/${created.id}`)).body).toMatchObject({ id: created.id, active: false });
  });

  it('ends a deactivated account\'s sessions at once', async () => {
    const hr = await server.loginAs('hr');
    expect((await hr.request('{ me { account { email } } }')).errors).toBeUndefined();
    const found = await scim('GET', '/Users?filter=userName%20eq%20%22hr%40demo.local%22');
    await scim('PATCH', `/Users/${found.body.Resources[0].id}`, { Operations: [{ op: 'replace', path: 'active', value: false }] });
    expect((await hr.request('{ me { account { email } } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const refreshed = await hr.request('mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken } }', { r: hr.refreshToken });
    expect(refreshed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const login = await server.client().request('mutation { login(email: "hr@demo.local", password: "demo1234") { accessToken } }');
    expect(login.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('replaces with PUT, and answers unknown ids, bad filters and bad values in SCIM\'s error shape', async () => {
    const { body: created } = await scim('POST', '/Users', user('alan@demo.local', { name: { givenName: 'Alan', familyName: 'Turing' } }));
    const put = await scim('PUT', `/Users/${created.id}`, user('alan@demo.local', { name: { givenName: 'Alan M.', familyName: 'Turing' }, title: 'Mathematician' }));
    expect(put.body).toMatchObject({ name: { formatted: 'Alan M. Turing' }, title: 'Mathematician' });
    expect(await scim('GET', '/Users/00000000-0000-0000-0000-000000000000')).toMatchObject({ status: 404, body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '404' } });
    expect(await scim('GET', '/Users?filter=name%20co%20%22x%22')).toMatchObject({ status: 400, body: { scimType: 'invalidFilter' } });
    expect(await scim('POST', '/Users', user('not-an-email'))).toMatchObject({ status: 400, body: { scimType: 'invalidValue' } });
    expect((await scim('PATCH', `/Users/${created.id}`, { Operations: [{ op: 'remove', path: 'title' }] })).status).toBe(400);
  });

  it('refuses a token without the scim scope and a signed-in employee', async () => {
    const { createApiToken } = await owner.data('mutation { createApiToken(input: { name: "reader", kind: SERVICE, scopes: ["people.read"] }) { token } }');
    expect((await scim('GET', '/Users', undefined, createApiToken.token)).status).toBe(403);
    const employee = await server.loginAs('employee');
    expect((await scim('GET', '/Users', undefined, employee.token!)).status).toBe(403);
    expect((await scim('GET', '/Users', undefined, 'nope')).status).toBe(401);
  });

  it('maps groups to roles: Okta adds and removes members, and the owner role is out of reach', async () => {
    const { body: created } = await scim('POST', '/Users', user('linus@demo.local', { name: { givenName: 'Linus', familyName: 'T' } }));
    const list = await scim('GET', '/Groups');
    expect(list.body.Resources.map((g: { displayName: string }) => g.displayName)).not.toContain('Owner');
    const hr = (await scim('GET', '/Groups?filter=displayName%20eq%20%22hr%22')).body.Resources[0] ?? list.body.Resources.find((g: { displayName: string }) => /hr/i.test(g.displayName));
    expect(hr).toBeTruthy();
    const added = await scim('PATCH', `/Groups/${hr.id}`, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'add', path: 'members', value: [{ value: created.id }] }] });
    expect(added.body.members.map((m: { value: string }) => m.value)).toContain(created.id);
    const { accounts } = await owner.data('{ accounts { email roles } }');
    expect(accounts.find((a: { email: string }) => a.email === 'linus@demo.local').roles).toContain('hr');
    const removed = await scim('PATCH', `/Groups/${hr.id}`, { Operations: [{ op: 'remove', path: `members[value eq "${created.id}"]` }] });
    expect(removed.body.members.map((m: { value: string }) => m.value)).not.toContain(created.id);
    const { roles } = await owner.data('{ roles { id key } }');
    const ownerRole = roles.find((r: { key: string }) => r.key === 'owner');
    expect((await scim('PATCH', `/Groups/${ownerRole.id}`, { Operations: [{ op: 'add', path: 'members', value: [{ value: created.id }] }] })).status).toBe(404);
    expect((await scim('PATCH', `/Groups/${hr.id}`, { Operations: [{ op: 'add', path: 'members', value: [{ value: 'no-such-user' }] }] })).status).toBe(400);
  });

  // Provisioners retry and run in parallel: the same user POSTed at once, and the same member added
  // to a group by two PATCHes at once, must end as one account and one membership with SCIM answers.
  it('creates a user once when the same POST arrives in parallel; the others get 409 uniqueness', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => scim('POST', '/Users', user('twin@demo.local'))));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    for (const a of answers.filter((x) => x.status === 409)) expect(a.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '409', scimType: 'uniqueness' });
    expect((await scim('GET', '/Users?filter=userName%20eq%20%22twin%40demo.local%22')).body.totalResults).toBe(1);
    const { people } = await owner.data('{ people(filter: { search: "twin@demo.local" }) { nodes { id } } }');
    expect(people.nodes).toHaveLength(1);
  });

  it('adds a member once when parallel PATCHes add the same member to a group', async () => {
    const { body: created } = await scim('POST', '/Users', user('para@demo.local'));
    const groups = (await scim('GET', '/Groups')).body.Resources as Array<{ id: string; displayName: string }>;
    const group = groups.find((g) => /manager/i.test(g.displayName))!;
    const answers = await Promise.all(Array.from({ length: 6 }, () => scim('PATCH', `/Groups/${group.id}`, { Operations: [{ op: 'add', path: 'members', value: [{ value: created.id }] }] })));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const members = (await scim('GET', `/Groups/${group.id}`)).body.members as Array<{ value: string }>;
    expect(members.filter((m) => m.value === created.id)).toHaveLength(1);
  });
});
