import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../src/testing/index.js';

// Accounts as an admin manages them from the console: listed with their person, created, given
// roles, disabled (sessions end at once, even with a sign-in cache) and enabled again.

const ACCOUNTS = '{ accounts { id email disabled roles person { id name } } }';
const CREATE = 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id email disabled roles person { name } } }';
const ROLES = 'mutation($a: ID!, $roles: [String!]!) { setAccountRoles(accountId: $a, roles: $roles) { roles } }';
const DISABLE = 'mutation($a: ID!, $d: Boolean!) { setAccountDisabled(accountId: $a, disabled: $d) { id disabled } }';
const ME = '{ me { account { email } } }';
type Result = { errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }> };
const code = (r: Result) => r.errors?.[0]?.extensions?.code ?? 'OK';

describe('accounts', () => {
  let server: TestServer;
  let owner: Awaited<ReturnType<TestServer['loginAs']>>;
  let person: { id: string; name: string };

  beforeAll(async () => {
    // A long sign-in cache: a disabled account must not live on in it.
    server = await createTestServer({ env: { CADRE_AUTH_CACHE_TTL: '300' } });
    owner = await server.loginAs('owner');
    const { people } = await owner.data('{ people(first: 200) { nodes { id name email } } }');
    const accounts = (await owner.data(ACCOUNTS)).accounts as Array<{ person: { id: string } | null }>;
    const taken = new Set(accounts.map((a) => a.person?.id));
    person = people.nodes.find((p: { id: string }) => !taken.has(p.id));
  });
  afterAll(() => server?.close());

  it('lists every account with its person and roles; hr reads them, only an admin writes', async () => {
    const { accounts } = await owner.data(ACCOUNTS);
    const hrAccount = accounts.find((a: { email: string }) => a.email === 'hr@demo.local');
    expect(hrAccount).toMatchObject({ disabled: false, roles: ['employee', 'hr'] });
    expect(hrAccount.person.name).toBeTruthy();
    const hr = await server.loginAs('hr');
    expect((await hr.data(ACCOUNTS)).accounts).toEqual(accounts);
    expect(code(await hr.request(CREATE, { input: { email: 'nope@demo.local', password: 'long-enough-1', roles: ['employee'] } }))).toBe('FORBIDDEN');
    expect(code(await hr.request(DISABLE, { a: hrAccount.id, d: true }))).toBe('FORBIDDEN');
    expect(code(await hr.request(ROLES, { a: hrAccount.id, roles: ['owner'] }))).toBe('FORBIDDEN');
    const employee = await server.loginAs('employee');
    expect(code(await employee.request(ACCOUNTS))).toBe('FORBIDDEN');
    expect((await owner.data(ACCOUNTS)).accounts).toEqual(accounts);
  });

  it('creates an account for a person; a taken email or an unknown role is refused by field and creates nothing', async () => {
    const before = (await owner.data(ACCOUNTS)).accounts.length;
    const taken = await owner.request(CREATE, { input: { email: 'HR@demo.local', password: 'long-enough-1', roles: ['employee'] } });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
    const unknown = await owner.request(CREATE, { input: { email: 'new.person@demo.local', password: 'long-enough-1', roles: ['employee', 'wizard'] } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.roles' });
    expect(unknown.errors?.[0]?.message).toContain('wizard');
    const hrPerson = (await owner.data(ACCOUNTS)).accounts.find((a: { email: string }) => a.email === 'hr@demo.local').person.id;
    const twice = await owner.request(CREATE, { input: { email: 'second@demo.local', password: 'long-enough-1', personId: hrPerson, roles: ['employee'] } });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.personId' });
    expect(twice.errors?.[0]?.message).toContain('hr@demo.local');
    expect((await owner.data(ACCOUNTS)).accounts.length).toBe(before);

    const { createAccount } = await owner.data(CREATE, { input: { email: 'New.Person@demo.local', password: 'long-enough-1', personId: person.id, roles: ['employee'] } });
    expect(createAccount).toMatchObject({ email: 'new.person@demo.local', disabled: false, roles: ['employee'], person: { name: person.name } });
    expect((await (await server.login('new.person@demo.local', 'long-enough-1', 'demo')).data(ME)).me.account.email).toBe('new.person@demo.local');
  });

  it('disables an account: its open session ends on the next request, it cannot sign in or refresh; enabled, it signs in again', async () => {
    const { accounts } = await owner.data(ACCOUNTS);
    const target = accounts.find((a: { email: string }) => a.email === 'kevin.wu@demo.local');
    const kevin = await server.loginAs('recruiter');
    expect(code(await kevin.request(ME))).toBe('OK');
    expect(code(await kevin.request(ME))).toBe('OK'); // answered from the sign-in cache now
    expect((await owner.data(DISABLE, { a: target.id, d: true })).setAccountDisabled).toEqual({ id: target.id, disabled: true });

    expect(code(await kevin.request(ME))).toBe('UNAUTHENTICATED');
    await expect(server.loginAs('recruiter')).rejects.toThrow(/login as kevin.wu@demo.local failed/);
    const refresh = await server.client().request('mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }', { t: kevin.refreshToken });
    expect(code(refresh)).toBe('UNAUTHENTICATED');
    const { auditLog } = await owner.data('{ auditLog(filter: { operation: "setAccountDisabled" }, first: 5) { nodes { targetId } } }');
    expect(auditLog.nodes[0].targetId).toBe(target.id);

    await owner.data(DISABLE, { a: target.id, d: false });
    expect(code(await (await server.loginAs('recruiter')).request(ME))).toBe('OK');
  });

  it('refuses to disable the account one is signed in with, naming accountId, and changes nothing', async () => {
    const { accounts } = await owner.data(ACCOUNTS);
    const self = accounts.find((a: { email: string }) => a.email === 'owner@demo.local');
    const refused = await owner.request(DISABLE, { a: self.id, d: true });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'accountId' });
    expect(code(await owner.request(ME))).toBe('OK');
    expect(code(await owner.request(DISABLE, { a: 'no-such-account', d: true }))).toBe('NOT_FOUND');
  });

  it('parallel role changes of one account end as one of them, never a mix', async () => {
    const { accounts } = await owner.data(ACCOUNTS);
    const target = accounts.find((a: { email: string }) => a.email === 'manager@demo.local');
    const sets = [['manager', 'employee'], ['recruiter'], ['hr', 'employee'], ['employee']];
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => owner.request(ROLES, { a: target.id, roles: sets[i % sets.length] })));
    expect(results.map(code).every((c) => c === 'OK' || c === 'CONFLICT')).toBe(true);
    const final = (await owner.data(ACCOUNTS)).accounts.find((a: { id: string }) => a.id === target.id).roles;
    expect(sets.map((s) => [...s].sort())).toContainEqual(final);
    await owner.data(ROLES, { a: target.id, roles: ['manager', 'employee'] });
  });

  it('parallel accounts for one person: exactly one is created, the others are refused on input.personId', async () => {
    const { people } = await owner.data('{ people(first: 200) { nodes { id } } }');
    const taken = new Set((await owner.data(ACCOUNTS)).accounts.map((a: { person: { id: string } | null }) => a.person?.id));
    const free = people.nodes.find((p: { id: string }) => !taken.has(p.id)).id;
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) =>
      owner.request(CREATE, { input: { email: `race.${i}@demo.local`, password: 'long-enough-1', personId: free, roles: ['employee'] } })));
    expect(results.filter((r) => code(r) === 'OK')).toHaveLength(1);
    expect(results.filter((r) => code(r) !== 'OK').map((r) => r.errors?.[0]?.extensions?.field)).toEqual(Array(5).fill('input.personId'));
    const holders = (await owner.data(ACCOUNTS)).accounts.filter((a: { person: { id: string } | null }) => a.person?.id === free);
    expect(holders).toHaveLength(1);
  });

  it('parallel accounts with one email: exactly one is created, the others are refused on input.email', async () => {
    // Differently spelt: the check and the index see one lower-cased email.
    const spellings = Array.from({ length: 10 }, (_, i) => ['Same.Race@demo.local', 'same.race@demo.local', 'SAME.RACE@demo.local', 'same.race@DEMO.local', 'Same.race@demo.local'][i % 5]);
    const results = await Promise.all(spellings.map((email) => owner.request(CREATE, { input: { email, password: 'long-enough-1', roles: ['employee'] } })));
    expect(results.filter((r) => code(r) === 'OK')).toHaveLength(1);
    expect(results.filter((r) => code(r) !== 'OK').map((r) => r.errors?.[0]?.extensions)).toEqual(Array(9).fill({ code: 'CONFLICT', field: 'input.email' }));
    expect((await owner.data(ACCOUNTS)).accounts.filter((a: { email: string }) => a.email === 'same.race@demo.local')).toHaveLength(1);
  });
});
