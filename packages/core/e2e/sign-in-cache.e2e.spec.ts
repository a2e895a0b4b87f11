import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../src/testing/index.js';

// Signed-in tokens are remembered for a few seconds (SignInCache): nothing a change takes away
// may still be granted from that memory once the change has committed.

const PAY = 'query($id: ID!) { person(id: $id) { compensation { base } } }';
const code = (r: { errors?: Array<{ extensions?: { code?: string } }> }) => r.errors?.[0]?.extensions?.code ?? 'OK';

describe('the sign-in cache never serves what a change took away', () => {
  let server: TestServer;
  let people: Array<{ id: string; email: string; managerId: string | null }>;
  const idOf = (email: string) => people.find((p) => p.email === email)!.id;

  beforeAll(async () => {
    server = await createTestServer({ env: { CADRE_AUTH_CACHE_TTL: '300' } });
    const owner = await server.loginAs('owner');
    people = (await owner.data('{ people(first: 200) { nodes { id email managerId } } }')).people.nodes;
  });
  afterAll(() => server?.close());

  it('a removed role stops working on the very next request with the same token', async () => {
    const hr = await server.loginAs('hr');
    const someone = idOf('employee@demo.local');
    expect(code(await hr.request(PAY, { id: someone }))).toBe('OK');
    expect(code(await hr.request(PAY, { id: someone }))).toBe('OK'); // now answered from the cache
    const owner = await server.loginAs('owner');
    const { accounts } = await owner.data('{ accounts { id email } }');
    const account = accounts.find((a: { email: string }) => a.email === 'hr@demo.local');
    await owner.data('mutation($a: ID!) { setAccountRoles(accountId: $a, roles: ["employee"]) { id } }', { a: account.id });
    expect(code(await hr.request(PAY, { id: someone }))).toBe('FORBIDDEN');
    await owner.data('mutation($a: ID!) { setAccountRoles(accountId: $a, roles: ["hr", "employee"]) { id } }', { a: account.id });
    expect(code(await hr.request(PAY, { id: someone }))).toBe('OK');
  });

  it('a report moved to another manager is no longer in the old manager’s chain', async () => {
    const manager = await server.loginAs('manager');
    const report = people.find((p) => p.managerId === idOf('manager@demo.local'))!;
    expect(code(await manager.request(PAY, { id: report.id }))).toBe('OK');
    const owner = await server.loginAs('owner');
    const elsewhere = idOf('owner@demo.local');
    await owner.data('mutation($id: ID!, $m: String!) { updatePerson(id: $id, input: { managerId: $m }) { id } }', { id: report.id, m: elsewhere });
    expect(code(await manager.request(PAY, { id: report.id }))).toBe('FORBIDDEN');
  });

  it('signing out ends the access token of that sign-in, and a password change ends every one', async () => {
    const employee = await server.loginAs('employee');
    expect(code(await employee.request('{ me { account { email } } }'))).toBe('OK');
    await employee.data('mutation($r: String) { logout(refreshToken: $r) }', { r: employee.refreshToken });
    expect(code(await employee.request('{ me { account { email } } }'))).toBe('UNAUTHENTICATED');

    const a = await server.loginAs('recruiter');
    const b = await server.loginAs('recruiter');
    expect(code(await b.request('{ me { account { email } } }'))).toBe('OK');
    await a.data('mutation { changePassword(currentPassword: "demo1234", newPassword: "a-new-pass-2026") }');
    expect(code(await b.request('{ me { account { email } } }'))).toBe('UNAUTHENTICATED');
    expect(code(await a.request('{ me { account { email } } }'))).toBe('UNAUTHENTICATED');
  });
});
