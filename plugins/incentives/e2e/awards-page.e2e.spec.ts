import { createTestServer, type TestServer, byKeyThenId, expectBadArgsNamed, expectSortsAgree, idsOnce, walkPages } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incentivesPlugin } from '../src/index.js';
import { demoPeople, type Client } from './helpers.js';

// awardsPage: the awards as keyset pages with awards' visibility (award administrators all;
// others approved and paid ones, plus open or rejected ones about their chain or nominated by
// them) in SQL, and the same field protection of amount and decisionNote on every node.
const FIELDS = 'id title kind status personId nominatedById createdAt';
const PAGE = `query($filter: IncentivesAwardFilter, $sort: IncentivesAwardSort, $first: Int!, $after: String) {
  awardsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ${FIELDS} } } }`;
const ARRAY = `query($status: String, $personId: ID) { awards(status: $status, personId: $personId) { ${FIELDS} } }`;
type Award = { id: string; title: string; kind: string; status: string; personId: string; createdAt: string };
const SORTS: Array<[string, (a: Award) => string]> = [['CREATED_AT', (a) => a.createdAt], ['TITLE', (a) => a.title], ['STATUS', (a) => a.status], ['KIND', (a) => a.kind]];
const KINDS = ['idea', 'paper', 'patent', 'open-source'];

describe('innovation awards, a page at a time', () => {
  let server: TestServer;
  let hr: Client;
  let manager: Client;
  let employee: Client;
  let recruiter: Client;
  const awards = async (client: Client, status?: string, personId?: string): Promise<Award[]> => (await client.data(ARRAY, { status, personId })).awards;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [incentivesPlugin] });
    [hr, manager, employee, recruiter] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee'), server.loginAs('recruiter')]);
    const demo = await demoPeople(server);
    const nominees = [demo.byEmail('employee').id, demo.byEmail('alex.novak').id, demo.byEmail('manager').id];
    const nominate = 'mutation($p: ID!, $k: String!, $t: String!) { nominateAward(input: { personId: $p, kind: $k, title: $t }) { id } }';
    // Twelve by hr (two of one title, a tie on TITLE), approved, rejected, paid or left open; two by the employee.
    for (let i = 0; i < 12; i++) {
      const { id } = (await hr.data(nominate, { p: nominees[i % 3], k: KINDS[i % 4], t: i < 2 ? 'Paging twin' : `Paging award ${i}` })).nominateAward;
      if (i % 4 === 1) await hr.data('mutation($id: ID!) { approveAward(id: $id, input: { amount: 100000, currency: "CNY" }) { id } }', { id });
      if (i % 4 === 2) await hr.data('mutation($id: ID!) { rejectAward(id: $id, reason: "Not this time") { id } }', { id });
      if (i % 4 === 3) {
        await hr.data('mutation($id: ID!) { approveAward(id: $id, input: { amount: 200000, currency: "CNY" }) { id } }', { id });
        await hr.data('mutation($id: ID!) { payAward(id: $id) { id } }', { id });
      }
    }
    for (const t of ['Paging by the employee A', 'Paging by the employee B']) await employee.data(nominate, { p: nominees[1], k: 'idea', t });
  });
  afterAll(() => server?.close());

  it('pages through the awards, newest nomination first, exactly as awards lists them', async () => {
    const rows = await awards(hr);
    expect(rows.length).toBeGreaterThan(14);
    const { rows: paged, pages, totals } = await walkPages<Award>(hr, PAGE, 'awardsPage', {}, 4);
    expect(pages).toBe(Math.ceil(rows.length / 4));
    expect(new Set(totals)).toEqual(new Set([rows.length]));
    expect(idsOnce(paged)).toEqual(rows.map((a) => a.id));
    expect(paged).toEqual(rows);
  });

  it('sorts by every field both ways in the order of the values, ties (two of one title, many of one status) split by id', async () => {
    const rows = await awards(hr);
    await expectSortsAgree(hr, PAGE, 'awardsPage', SORTS.map(([f]) => f), 3);
    for (const [field, key] of SORTS) {
      for (const direction of ['ASC', 'DESC'] as const) {
        const whole = (await hr.data(PAGE, { sort: { field, direction }, first: 200 })).awardsPage.nodes as Award[];
        expect(whole.map((a) => a.id), `${field} ${direction}`).toEqual(byKeyThenId(rows, key, direction));
      }
    }
    const twins = (await walkPages<Award>(hr, PAGE, 'awardsPage', { sort: { field: 'TITLE', direction: 'DESC' } }, 1)).rows.filter((a) => a.title === 'Paging twin');
    expect(twins).toHaveLength(2);
    expect(twins.map((a) => a.id)).toEqual(twins.map((a) => a.id).sort().reverse());
  });

  it('filters by status, nominee and kind on the server, counted on every page', async () => {
    const rows = await awards(hr);
    for (const status of ['nominated', 'approved', 'rejected', 'paid']) {
      const expected = await awards(hr, status);
      expect(expected.length, status).toBeGreaterThan(2);
      const { rows: paged, totals } = await walkPages<Award>(hr, PAGE, 'awardsPage', { filter: { status } }, 2);
      expect(idsOnce(paged), status).toEqual(expected.map((a) => a.id));
      expect(totals.every((n) => n === expected.length)).toBe(true);
    }
    const personId = rows.find((a) => a.title === 'Paging award 2')!.personId;
    const theirs = await awards(hr, undefined, personId);
    expect(theirs.length).toBeGreaterThan(3);
    expect(idsOnce((await walkPages<Award>(hr, PAGE, 'awardsPage', { filter: { personId } }, 2)).rows)).toEqual(theirs.map((a) => a.id));
    // Kind alone, then with a status: the two filters combine.
    const patents = (await walkPages<Award>(hr, PAGE, 'awardsPage', { filter: { kind: 'patent' } }, 2)).rows;
    expect(idsOnce(patents)).toEqual(rows.filter((a) => a.kind === 'patent').map((a) => a.id));
    const rejected = (await walkPages<Award>(hr, PAGE, 'awardsPage', { filter: { kind: 'patent', status: 'rejected' } }, 2)).rows;
    expect(rejected.map((a) => a.id)).toEqual(patents.filter((a) => a.status === 'rejected').map((a) => a.id));
    expect(rejected.length).toBeGreaterThan(2);
    expect(rejected.length).toBeLessThan(patents.length);
    expect((await hr.data(PAGE, { filter: { personId: 'nobody' }, first: 5 })).awardsPage.totalCount).toBe(0);
    for (const filter of [{ status: 'gone' }, { kind: 'vibes' }]) {
      expect((await hr.request(PAGE, { filter, first: 5 })).errors?.[0].extensions?.code, JSON.stringify(filter)).toBe('BAD_USER_INPUT');
    }
  });

  it('gives each role the awards the array gives it, in pages and totalCount', async () => {
    const everything = await awards(hr);
    for (const [name, client] of [['manager', manager], ['employee', employee], ['recruiter', recruiter]] as const) {
      const rows = await awards(client);
      // At least the approved and paid; the employee and the recruiter fewer than hr (others' open ones stay hidden).
      if (name !== 'manager') expect(rows.length, name).toBeLessThan(everything.length);
      expect(rows.length, name).toBeGreaterThanOrEqual(everything.filter((a) => a.status === 'approved' || a.status === 'paid').length);
      const { rows: paged, totals } = await walkPages<Award>(client, PAGE, 'awardsPage', {}, 3);
      expect(paged, name).toEqual(rows);
      expect(new Set(totals), name).toEqual(new Set([rows.length]));
      const open = (await walkPages<Award>(client, PAGE, 'awardsPage', { filter: { status: 'nominated' } }, 3)).rows;
      expect(open, name).toEqual(rows.filter((a) => a.status === 'nominated'));
    }
    // The employee's own nominations of someone outside their chain are theirs to see; the recruiter's chain has none of them.
    expect((await awards(employee)).filter((a) => a.title.startsWith('Paging by the employee'))).toHaveLength(2);
    expect((await awards(recruiter)).filter((a) => a.status === 'nominated' || a.status === 'rejected')).toEqual([]);
  });

  it('withholds amounts and decision notes on the page exactly where the array does', async () => {
    const hidden = async (client: Client, query: string, name: string, variables: Record<string, unknown>) => {
      const result = await client.request(query, variables);
      const list = (name === 'awards' ? result.data?.[name] : result.data?.[name].nodes) as Array<{ id: string }>;
      return (result.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => `${list[Number(e.path!.at(-2))]!.id}.${String(e.path!.at(-1))}`).sort();
    };
    const ARRAY_SECRET = '{ awards { id amount decisionNote } }';
    const PAGE_SECRET = 'query($first: Int!) { awardsPage(first: $first) { nodes { id amount decisionNote } } }';
    for (const client of [hr, manager, employee, recruiter]) {
      expect(await hidden(client, PAGE_SECRET, 'awardsPage', { first: 200 })).toEqual(await hidden(client, ARRAY_SECRET, 'awards', {}));
    }
    expect(await hidden(hr, PAGE_SECRET, 'awardsPage', { first: 200 })).toEqual([]);
    const recruiterHidden = await hidden(recruiter, PAGE_SECRET, 'awardsPage', { first: 200 });
    expect(recruiterHidden.filter((p) => p.endsWith('.amount')).length).toBeGreaterThan(5);
    const page = await recruiter.request('query { awardsPage(first: 200) { nodes { amount } } }');
    expect(page.data?.awardsPage.nodes.every((n: { amount: number | null }) => n.amount === null)).toBe(true);
    expect(page.errors!.length).toBeGreaterThan(5);
    expect(page.errors!.every((e) => e.path![0] === 'awardsPage' && e.path![1] === 'nodes' && e.path![3] === 'amount')).toBe(true);
  });

  it('refuses bad arguments by name', async () => {
    await expectBadArgsNamed(hr, PAGE, 'awardsPage', { field: 'TITLE', direction: 'ASC' });
  });
});
