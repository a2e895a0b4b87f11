import { createTestServer, type TestServer, byKeyThenId, expectBadArgsNamed, expectSortsAgree, idsOnce, walkPages } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incentivesPlugin } from '../src/index.js';
import { CRITERIA, demoPeople, type Client } from './helpers.js';

// reviewCyclesPage: the cycles as keyset pages. Every holder of incentives.cycles.read sees every
// cycle (as reviewCycles), so each role pages through the same cycles.
const FIELDS = 'id name status periodStart createdAt participantCount';
const PAGE = `query($filter: IncentivesReviewCycleFilter, $sort: IncentivesReviewCycleSort, $first: Int!, $after: String) {
  reviewCyclesPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ${FIELDS} } } }`;
const ARRAY = `query($status: String) { reviewCycles(status: $status) { ${FIELDS} } }`;
type Cycle = { id: string; name: string; status: string; periodStart: string; createdAt: string; participantCount: number };
const SORTS: Array<[string, (c: Cycle) => string]> = [['PERIOD_START', (c) => c.periodStart], ['NAME', (c) => c.name], ['STATUS', (c) => c.status], ['CREATED_AT', (c) => c.createdAt]];

describe('review cycles, a page at a time', () => {
  let server: TestServer;
  let hr: Client;
  let manager: Client;
  let employee: Client;
  const cycles = async (client: Client, status?: string): Promise<Cycle[]> => (await client.data(ARRAY, { status })).reviewCycles;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [incentivesPlugin] });
    [hr, manager, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
    const demo = await demoPeople(server);
    const ids = [demo.byEmail('employee').id, demo.byEmail('manager').id, demo.byEmail('alex.novak').id];
    const create = `mutation($n: String!, $s: String!, $ids: [ID!]) { createReviewCycle(input: { name: $n, periodStart: $s, periodEnd: "2031-12-31", criteria: ${CRITERIA}, participantIds: $ids }) { id } }`;
    // Ten cycles, two of one name and three of one period (ties), three of them opened.
    for (let i = 0; i < 10; i++) {
      const { id } = (await hr.data(create, { n: i < 2 ? 'Paging twin' : `Paging cycle ${i}`, s: i < 3 ? '2030-01-01' : `2029-${String(i + 1).padStart(2, '0')}-01`, ids })).createReviewCycle;
      if (i % 3 === 0) await hr.data('mutation($id: ID!) { openReviewCycle(id: $id) { id } }', { id });
    }
  });
  afterAll(() => server?.close());

  it('pages through the cycles, newest period first, as reviewCycles lists them (ties of one period by id)', async () => {
    const rows = await cycles(hr);
    expect(rows.length).toBeGreaterThan(10);
    const { rows: paged, pages, totals } = await walkPages<Cycle>(hr, PAGE, 'reviewCyclesPage', {}, 3);
    expect(pages).toBe(Math.ceil(rows.length / 3));
    expect(new Set(totals)).toEqual(new Set([rows.length]));
    expect(idsOnce(paged)).toEqual(byKeyThenId(rows, (c) => c.periodStart, 'DESC'));
    // Outside the tie the order is reviewCycles' own.
    const untied = (list: Cycle[]) => list.filter((c) => c.periodStart !== '2030-01-01').map((c) => c.id);
    expect(untied(paged)).toEqual(untied(rows));
    expect(paged.filter((c) => c.periodStart === '2030-01-01')).toHaveLength(3);
  });

  it('sorts by every field both ways in the order of the values, ties split by id', async () => {
    const rows = await cycles(hr);
    await expectSortsAgree(hr, PAGE, 'reviewCyclesPage', SORTS.map(([f]) => f), 2);
    for (const [field, key] of SORTS) {
      for (const direction of ['ASC', 'DESC'] as const) {
        const whole = (await hr.data(PAGE, { sort: { field, direction }, first: 200 })).reviewCyclesPage.nodes as Cycle[];
        expect(whole.map((c) => c.id), `${field} ${direction}`).toEqual(byKeyThenId(rows, key, direction));
      }
    }
    const twins = (await walkPages<Cycle>(hr, PAGE, 'reviewCyclesPage', { sort: { field: 'NAME', direction: 'ASC' } }, 1)).rows.filter((c) => c.name === 'Paging twin');
    expect(twins).toHaveLength(2);
    expect(twins.map((c) => c.id)).toEqual(twins.map((c) => c.id).sort());
  });

  it('filters by status on the server, counted on every page', async () => {
    for (const status of ['draft', 'open']) {
      const expected = await cycles(hr, status);
      expect(expected.length, status).toBeGreaterThan(2);
      const { rows: paged, totals } = await walkPages<Cycle>(hr, PAGE, 'reviewCyclesPage', { filter: { status }, sort: { field: 'CREATED_AT', direction: 'DESC' } }, 2);
      expect(idsOnce(paged).sort(), status).toEqual(expected.map((c) => c.id).sort());
      expect(paged.every((c) => c.status === status)).toBe(true);
      expect(totals.every((n) => n === expected.length)).toBe(true);
    }
    expect((await hr.request(PAGE, { filter: { status: 'gone' }, first: 5 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives a manager and an employee every cycle too, as reviewCycles does', async () => {
    const all = (await walkPages<Cycle>(hr, PAGE, 'reviewCyclesPage', {}, 4)).rows;
    for (const client of [manager, employee]) {
      const { rows: paged, totals } = await walkPages<Cycle>(client, PAGE, 'reviewCyclesPage', {}, 4);
      expect(paged).toEqual(all);
      expect(new Set(totals)).toEqual(new Set([(await cycles(client)).length]));
    }
  });

  it('refuses bad arguments by name', async () => {
    await expectBadArgsNamed(hr, PAGE, 'reviewCyclesPage', { field: 'NAME', direction: 'ASC' });
  });
});
