import { createTestServer, type TestServer, byKeyThenId, expectBadArgsNamed, expectSortsAgree, idsOnce, walkPages } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incentivesPlugin } from '../src/index.js';
import { demoPeople, type Client } from './helpers.js';

// equityGrantsPage: the grants as keyset pages with equityGrants' visibility (compensation
// administrators everyone's; others their own and their chain's) in SQL, and the same field
// protection of units, strike price, vesting and schedule on every node.
const FIELDS = 'id personId kind status grantDate vestingStart note';
const PAGE = `query($filter: IncentivesEquityGrantFilter, $sort: IncentivesEquityGrantSort, $first: Int!, $after: String) {
  equityGrantsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ${FIELDS} } } }`;
const ARRAY = `query($personId: ID) { equityGrants(personId: $personId) { ${FIELDS} } }`;
type Grant = { id: string; personId: string; kind: string; status: string; grantDate: string; vestingStart: string };
const SORTS: Array<[string, (g: Grant) => string]> = [['GRANT_DATE', (g) => g.grantDate], ['VESTING_START', (g) => g.vestingStart], ['STATUS', (g) => g.status], ['KIND', (g) => g.kind]];
const KINDS = ['new-hire', 'refresh', 'promotion'];

describe('equity grants, a page at a time', () => {
  let server: TestServer;
  let hr: Client;
  let manager: Client;
  let employee: Client;
  let recruiter: Client;
  const grants = async (client: Client, personId?: string): Promise<Grant[]> => (await client.data(ARRAY, { personId })).equityGrants;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [incentivesPlugin] });
    [hr, manager, employee, recruiter] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee'), server.loginAs('recruiter')]);
    const demo = await demoPeople(server);
    const people = [demo.byEmail('employee').id, demo.byEmail('alex.novak').id, demo.byEmail('manager').id, demo.byEmail('kevin.wu').id];
    const create = 'mutation($p: ID!, $k: String!, $d: String!, $v: String) { createEquityGrant(input: { personId: $p, kind: $k, units: 1000, grantDate: $d, vestingStart: $v, note: "Paging" }) { id } }';
    // Fourteen grants, four on one grant date (a tie), proposed, granted or cancelled.
    for (let i = 0; i < 14; i++) {
      const d = i < 4 ? '2026-03-01' : `2025-${String((i % 12) + 1).padStart(2, '0')}-15`;
      const { id } = (await hr.data(create, { p: people[i % 4], k: KINDS[i % 3], d, v: i % 2 ? null : '2026-06-01' })).createEquityGrant;
      if (i % 3 === 1) await hr.data('mutation($id: ID!) { approveEquityGrant(id: $id) { id } }', { id });
      if (i % 3 === 2) await hr.data('mutation($id: ID!) { cancelEquityGrant(id: $id) { id } }', { id });
    }
  });
  afterAll(() => server?.close());

  it('pages through the grants, latest grant date first, exactly as equityGrants lists them', async () => {
    const rows = await grants(hr);
    expect(rows.length).toBeGreaterThan(15);
    const { rows: paged, pages, totals } = await walkPages<Grant>(hr, PAGE, 'equityGrantsPage', {}, 4);
    expect(pages).toBe(Math.ceil(rows.length / 4));
    expect(new Set(totals)).toEqual(new Set([rows.length]));
    expect(idsOnce(paged)).toEqual(rows.map((g) => g.id));
    expect(paged).toEqual(rows);
  });

  it('sorts by every field both ways in the order of the values, ties (one grant date, one status) split by id', async () => {
    const rows = await grants(hr);
    await expectSortsAgree(hr, PAGE, 'equityGrantsPage', SORTS.map(([f]) => f), 3);
    for (const [field, key] of SORTS) {
      for (const direction of ['ASC', 'DESC'] as const) {
        const whole = (await hr.data(PAGE, { sort: { field, direction }, first: 200 })).equityGrantsPage.nodes as Grant[];
        expect(whole.map((g) => g.id), `${field} ${direction}`).toEqual(byKeyThenId(rows, key, direction));
      }
    }
    const tied = (await walkPages<Grant>(hr, PAGE, 'equityGrantsPage', { sort: { field: 'GRANT_DATE', direction: 'ASC' } }, 1)).rows.filter((g) => g.grantDate === '2026-03-01');
    expect(tied.length).toBeGreaterThan(3);
    expect(tied.map((g) => g.id)).toEqual(tied.map((g) => g.id).sort());
  });

  it('filters by person, status and kind on the server, counted on every page', async () => {
    const rows = await grants(hr);
    const personId = rows.find((g) => g.note === 'Paging')!.personId;
    const theirs = await grants(hr, personId);
    expect(theirs.length).toBeGreaterThan(2);
    const { rows: paged, totals } = await walkPages<Grant>(hr, PAGE, 'equityGrantsPage', { filter: { personId } }, 2);
    expect(idsOnce(paged)).toEqual(theirs.map((g) => g.id));
    expect(totals.every((n) => n === theirs.length)).toBe(true);
    for (const status of ['proposed', 'granted', 'cancelled']) {
      const expected = rows.filter((g) => g.status === status);
      expect(expected.length, status).toBeGreaterThan(2);
      const walked = await walkPages<Grant>(hr, PAGE, 'equityGrantsPage', { filter: { status } }, 2);
      expect(idsOnce(walked.rows), status).toEqual(expected.map((g) => g.id));
      expect(walked.totals.every((n) => n === expected.length)).toBe(true);
    }
    const refreshes = (await walkPages<Grant>(hr, PAGE, 'equityGrantsPage', { filter: { kind: 'refresh', status: 'granted' } }, 2)).rows;
    expect(refreshes.map((g) => g.id)).toEqual(rows.filter((g) => g.kind === 'refresh' && g.status === 'granted').map((g) => g.id));
    expect(refreshes.length).toBeGreaterThan(0);
    expect((await hr.data(PAGE, { filter: { personId: 'nobody' }, first: 5 })).equityGrantsPage.totalCount).toBe(0);
    for (const filter of [{ status: 'gone' }, { kind: 'bonus' }]) {
      expect((await hr.request(PAGE, { filter, first: 5 })).errors?.[0].extensions?.code, JSON.stringify(filter)).toBe('BAD_USER_INPUT');
    }
  });

  it('gives each role the grants the array gives it (own and chain), in pages and totalCount', async () => {
    const everything = await grants(hr);
    const counts: number[] = [];
    for (const [name, client] of [['manager', manager], ['employee', employee], ['recruiter', recruiter]] as const) {
      const rows = await grants(client);
      expect(rows.length, name).toBeLessThan(everything.length);
      expect(rows.length, name).toBeGreaterThan(0);
      counts.push(rows.length);
      const { rows: paged, totals } = await walkPages<Grant>(client, PAGE, 'equityGrantsPage', {}, 2);
      expect(paged, name).toEqual(rows);
      expect(new Set(totals), name).toEqual(new Set([rows.length]));
      // Asking for someone outside their view gives nothing, as the array does.
      const outside = everything.find((g) => !rows.some((r) => r.personId === g.personId))!;
      expect((await client.data(PAGE, { filter: { personId: outside.personId }, first: 5 })).equityGrantsPage.totalCount, name).toBe(0);
      expect(await grants(client, outside.personId), name).toEqual([]);
    }
    // The manager's chain holds the employee, so they see more than the employee does.
    expect(counts[0]).toBeGreaterThan(counts[1]!);
  });

  it('withholds units and prices on the page exactly where the array does', async () => {
    const hidden = async (client: Client, query: string, name: string) => {
      const result = await client.request(query, { first: 200 });
      const list = (name === 'equityGrants' ? result.data?.[name] : result.data?.[name].nodes) as Array<{ id: string }>;
      return (result.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => `${list[Number(e.path!.at(-2))]!.id}.${String(e.path!.at(-1))}`).sort();
    };
    const SECRET = 'id units strikePrice vestedUnits schedule { date }';
    for (const client of [hr, manager, employee, recruiter]) {
      const paged = await hidden(client, `query($first: Int!) { equityGrantsPage(first: $first) { nodes { ${SECRET} } } }`, 'equityGrantsPage');
      expect(paged).toEqual(await hidden(client, `{ equityGrants { ${SECRET} } }`, 'equityGrants'));
    }
    const mine = (await employee.data(`query($first: Int!) { equityGrantsPage(first: $first) { nodes { ${SECRET} } } }`, { first: 200 })).equityGrantsPage.nodes;
    expect(mine.every((g: { units: number | null }) => g.units === 1000 || g.units! > 1000)).toBe(true);
  });

  it('refuses bad arguments by name', async () => {
    await expectBadArgsNamed(hr, PAGE, 'equityGrantsPage', { field: 'KIND', direction: 'ASC' });
  });
});
