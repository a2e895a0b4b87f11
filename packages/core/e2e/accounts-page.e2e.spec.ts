import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type GraphQLClient, type TestServer } from '../src/testing/index.js';

// accountsPage: the accounts of `accounts`, paged with keyset cursors, sorted and filtered in SQL,
// under the same permission and within the tenant. 25 extra accounts make several pages of 7.

const ACCOUNTS = '{ accounts { id email disabled roles person { id name } } }';
const PAGE = `query($first: Int!, $after: String, $filter: AccountFilter, $sort: AccountSort) {
  accountsPage(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount pageInfo { endCursor hasNextPage } nodes { id email disabled roles createdAt person { id name } }
  }
}`;
const CREATE = 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }';
const EXTRA = 25;

type Account = { id: string; email: string; disabled: boolean; roles: string[]; createdAt: string; person: { id: string; name: string } | null };
type Sort = { field: 'EMAIL' | 'CREATED_AT'; direction: 'ASC' | 'DESC' };
type Result = { errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }> };
const pagerEmail = (i: number) => `pager${String(i).padStart(2, '0')}@demo.local`;

/** Every page of the list, 7 rows at a time; checks each page's totalCount and hasNextPage. */
async function walk(client: GraphQLClient, variables: { filter?: object; sort?: Sort } = {}): Promise<{ rows: Account[]; pages: number }> {
  const rows: Account[] = [];
  let after: string | null = null;
  let pages = 0;
  let total = -1;
  for (;;) {
    const { accountsPage } = await client.data(PAGE, { ...variables, first: 7, after });
    pages++;
    if (total < 0) total = accountsPage.totalCount;
    expect(accountsPage.totalCount).toBe(total);
    rows.push(...accountsPage.nodes);
    if (!accountsPage.pageInfo.hasNextPage) break;
    expect(accountsPage.nodes).toHaveLength(7);
    after = accountsPage.pageInfo.endCursor;
  }
  expect(rows).toHaveLength(total);
  expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  return { rows, pages };
}

const emails = (rows: Account[]) => rows.map((r) => r.email);
const code = (r: Result) => r.errors?.[0]?.extensions?.code ?? 'OK';

describe('accountsPage', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let person: { id: string; name: string };
  let created: string[];

  beforeAll(async () => {
    server = await createTestServer();
    owner = await server.loginAs('owner');
    const { people } = await owner.data('{ people(first: 200) { nodes { id name } } }');
    const taken = new Set(((await owner.data(ACCOUNTS)).accounts as Account[]).map((a) => a.person?.id));
    person = people.nodes.find((p: { id: string }) => !taken.has(p.id));
    created = [];
    // Created one after the other, so their creation order is the order of the numbers.
    for (let i = 0; i < EXTRA; i++) {
      const input = { email: pagerEmail(i), password: 'long-enough-1', roles: i % 3 === 0 ? ['recruiter'] : ['employee'], personId: i === 7 ? person.id : null };
      created.push((await owner.data(CREATE, { input })).createAccount.id);
    }
  });
  afterAll(() => server?.close());

  it('pages through every account once, in the order of accounts (email), with what accounts says of each', async () => {
    const { accounts } = await owner.data(ACCOUNTS);
    expect(accounts.length).toBeGreaterThan(EXTRA);
    const { rows, pages } = await walk(owner);
    expect(pages).toBe(Math.ceil(accounts.length / 7));
    // The default order is by email, as `accounts` (the same SQL collation) lists them.
    expect(rows.map(({ createdAt: _c, ...rest }) => rest)).toEqual(accounts);
    expect(emails(rows).filter((e) => e.startsWith('pager'))).toEqual(Array.from({ length: EXTRA }, (_, i) => pagerEmail(i)));
    expect(rows.find((r) => r.email === pagerEmail(7))?.person).toEqual(person);
    expect(rows.find((r) => r.email === pagerEmail(3))?.roles).toEqual(['recruiter']);
    expect(rows.every((r) => typeof r.createdAt === 'string' && r.createdAt.length > 0)).toBe(true);
  });

  it('sorts by email and by creation, both directions', async () => {
    const asc = (await walk(owner, { sort: { field: 'EMAIL', direction: 'ASC' } })).rows;
    const desc = (await walk(owner, { sort: { field: 'EMAIL', direction: 'DESC' } })).rows;
    expect(emails(desc)).toEqual(emails(asc).reverse());

    const oldest = (await walk(owner, { sort: { field: 'CREATED_AT', direction: 'ASC' } })).rows;
    const newest = (await walk(owner, { sort: { field: 'CREATED_AT', direction: 'DESC' } })).rows;
    expect(oldest.map((r) => r.id)).toEqual(newest.map((r) => r.id).reverse());
    expect(oldest.map((r) => r.id).filter((id) => created.includes(id))).toEqual(created);
    const stamps = oldest.map((r) => r.createdAt);
    expect(stamps).toEqual([...stamps].sort());
    expect(oldest.map((r) => r.id)).not.toEqual(asc.map((r) => r.id));
  });

  it("filters by a part of the email or the person's name, any case, and by role", async () => {
    const { accounts } = (await owner.data(ACCOUNTS)) as { accounts: Account[] };
    const tens = await walk(owner, { filter: { search: 'PAGER1' } });
    expect(emails(tens.rows)).toEqual(Array.from({ length: 10 }, (_, i) => pagerEmail(10 + i)));
    expect(tens.pages).toBe(2);

    const namePart = person.name.split(' ')[0].toUpperCase();
    const byName = (await walk(owner, { filter: { search: namePart } })).rows;
    expect(emails(byName)).toContain(pagerEmail(7));
    expect(byName.every((r) => r.email.toUpperCase().includes(namePart) || r.person?.name.toUpperCase().includes(namePart))).toBe(true);
    // LIKE's wildcards are plain characters in a search.
    expect((await owner.data(PAGE, { first: 7, filter: { search: '%' } })).accountsPage.totalCount).toBe(0);
    expect((await owner.data(PAGE, { first: 7, filter: { search: 'pager_1' } })).accountsPage.totalCount).toBe(0);

    const recruiters = (await walk(owner, { filter: { role: 'recruiter' } })).rows;
    expect(emails(recruiters)).toEqual(emails(accounts.filter((a) => a.roles.includes('recruiter'))));
    expect(recruiters.length).toBe(Math.ceil(EXTRA / 3) + 1); // kevin.wu is the demo's recruiter
    const both = (await walk(owner, { filter: { role: 'recruiter', search: 'pager1' }, sort: { field: 'EMAIL', direction: 'DESC' } })).rows;
    expect(emails(both)).toEqual([pagerEmail(18), pagerEmail(15), pagerEmail(12)]);
    expect((await owner.data(PAGE, { first: 7, filter: { role: 'wizard' } })).accountsPage).toEqual({ totalCount: 0, nodes: [], pageInfo: { endCursor: null, hasNextPage: false } });
  });

  it('asks what accounts asks: hr reads it, an employee is FORBIDDEN', async () => {
    const hr = await server.loginAs('hr');
    expect((await walk(hr)).rows).toEqual((await walk(owner)).rows);
    const employee = await server.loginAs('employee');
    const refused = await employee.request(PAGE, { first: 7 });
    expect(code(refused)).toBe('FORBIDDEN');
    expect((refused as { data?: unknown }).data ?? null).toBeNull();
  });

  it('refuses a bad first or after as BAD_USER_INPUT on that argument', async () => {
    for (const first of [0, -1, 201]) {
      const r = await owner.request(PAGE, { first });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    const bad = await owner.request(PAGE, { first: 7, after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const cursor = (await owner.data(PAGE, { first: 7 })).accountsPage.pageInfo.endCursor;
    const otherSort = await owner.request(PAGE, { first: 7, after: cursor, sort: { field: 'CREATED_AT', direction: 'ASC' } });
    expect(otherSort.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const long = await owner.request(PAGE, { first: 7, filter: { search: 'x'.repeat(201) } });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });

  it("never lists another tenant's accounts, and its type holds no secret", async () => {
    const b = await server.createTenant('tenant-b');
    const mine = await walk(b);
    expect(emails(mine.rows)).toEqual(['owner@tenant-b.test']);
    expect((await b.data(PAGE, { first: 7, filter: { search: 'pager' } })).accountsPage.totalCount).toBe(0);
    expect((await b.data(PAGE, { first: 7, filter: { role: 'recruiter' } })).accountsPage.totalCount).toBe(0);
    // A cursor of tenant A's list leads to no row of A in B.
    const cursor = (await owner.data(PAGE, { first: 7 })).accountsPage.pageInfo.endCursor;
    expect(emails((await b.data(PAGE, { first: 7, after: cursor })).accountsPage.nodes).every((e: string) => e.endsWith('@tenant-b.test'))).toBe(true);
    expect(emails((await walk(owner)).rows).some((e) => e.endsWith('@tenant-b.test'))).toBe(false);

    const { __type } = await owner.data('{ __type(name: "Account") { fields { name } } }');
    const fields = __type.fields.map((f: { name: string }) => f.name);
    expect(fields).toContain('email');
    expect(fields.filter((f: string) => /password|hash|token|secret/i.test(f))).toEqual([]);
  });
});
