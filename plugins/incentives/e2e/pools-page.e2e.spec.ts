import { createTestServer, type TestServer, byKeyThenId, expectBadArgsNamed, expectSortsAgree, idsOnce, walkPages } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incentivesPlugin } from '../src/index.js';
import type { Client } from './helpers.js';

// bonusPoolsPage: the pools as keyset pages with bonusPools' visibility (pool readers every pool,
// scenarios on request; others published pools only) in SQL, so pages and counts agree.
const FIELDS = 'id name status amount createdAt cycleId scenarioOfId memberCount';
const PAGE = `query($filter: IncentivesBonusPoolFilter, $sort: IncentivesBonusPoolSort, $first: Int!, $after: String) {
  bonusPoolsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ${FIELDS} } } }`;
const ARRAY = `query($s: Boolean!, $c: ID) { bonusPools(includeScenarios: $s, cycleId: $c) { ${FIELDS} } }`;
type Pool = { id: string; name: string; status: string; amount: number; createdAt: string; cycleId: string };
const SORTS: Array<[string, (p: Pool) => string | number]> = [['CREATED_AT', (p) => p.createdAt], ['NAME', (p) => p.name], ['STATUS', (p) => p.status], ['AMOUNT', (p) => p.amount]];

describe('bonus pools, a page at a time', () => {
  let server: TestServer;
  let hr: Client;
  let owner: Client;
  let manager: Client;
  let employee: Client;
  const pools = async (client: Client, s: boolean, c?: string): Promise<Pool[]> => (await client.data(ARRAY, { s, c })).bonusPools;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [incentivesPlugin] });
    [hr, owner, manager, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('owner'), server.loginAs('manager'), server.loginAs('employee')]);
    const h1 = (await pools(hr, false)).find((p) => p.name === 'H1 2026 Bonus')!;
    const create = 'mutation($c: ID!, $n: String!, $a: Float!) { createBonusPool(input: { cycleId: $c, name: $n, amount: $a, currency: "CNY", weightRule: "equal" }) { id } }';
    // Two pools of one name (a tie on NAME), drafts, two published by another approver, scenarios.
    const ids: string[] = [];
    for (const [n, a] of [['Paging twin', 1_000_000], ['Paging twin', 2_000_000], ['Paging draft', 3_000_000], ['Paging published A', 4_000_000], ['Paging published B', 5_000_000]] as const) {
      ids.push((await hr.data(create, { c: h1.cycleId, n, a })).createBonusPool.id);
    }
    for (const id of ids.slice(3)) {
      await owner.data('mutation($id: ID!) { approveBonusPool(id: $id) { status } }', { id });
      await owner.data('mutation($id: ID!) { publishBonusPool(id: $id) { status } }', { id });
    }
    for (const a of [6_000_000, 7_000_000, 8_000_000]) {
      await hr.data('mutation($id: ID!, $a: Float!) { createBonusScenario(poolId: $id, input: { name: "Paging what-if", amount: $a }) { id } }', { id: h1.id, a });
    }
  });
  afterAll(() => server?.close());

  it('pages through the pools, newest first, exactly as bonusPools lists them, with and without scenarios', async () => {
    for (const includeScenarios of [false, true]) {
      const rows = await pools(hr, includeScenarios);
      expect(rows.length).toBeGreaterThan(5);
      const { rows: paged, pages, totals } = await walkPages<Pool>(hr, PAGE, 'bonusPoolsPage', { filter: { includeScenarios } }, 2);
      expect(pages).toBe(Math.ceil(rows.length / 2));
      expect(new Set(totals)).toEqual(new Set([rows.length]));
      expect(idsOnce(paged)).toEqual(rows.map((p) => p.id));
      expect(paged).toEqual(rows);
    }
    expect((await pools(hr, true)).filter((p) => p.status === 'scenario').length).toBeGreaterThan(3);
  });

  it('sorts by every field both ways in the order of the values, ties (two of one name, many drafts) split by id', async () => {
    const rows = await pools(hr, true);
    await expectSortsAgree(hr, PAGE, 'bonusPoolsPage', SORTS.map(([f]) => f), 1, { filter: { includeScenarios: true } });
    for (const [field, key] of SORTS) {
      for (const direction of ['ASC', 'DESC'] as const) {
        const whole = (await hr.data(PAGE, { filter: { includeScenarios: true }, sort: { field, direction }, first: 200 })).bonusPoolsPage.nodes as Pool[];
        expect(whole.map((p) => p.id), `${field} ${direction}`).toEqual(byKeyThenId(rows, key, direction));
      }
    }
    const twins = (await walkPages<Pool>(hr, PAGE, 'bonusPoolsPage', { sort: { field: 'NAME', direction: 'ASC' } }, 1)).rows.filter((p) => p.name === 'Paging twin');
    expect(twins.map((p) => p.id)).toEqual(twins.map((p) => p.id).sort());
    expect(twins).toHaveLength(2);
  });

  it('filters by status and cycle on the server, counted on every page', async () => {
    const rows = await pools(hr, true);
    for (const status of ['draft', 'published', 'scenario']) {
      const expected = rows.filter((p) => p.status === status);
      const { rows: paged, totals } = await walkPages<Pool>(hr, PAGE, 'bonusPoolsPage', { filter: { status, includeScenarios: true } }, 1);
      expect(idsOnce(paged), status).toEqual(expected.map((p) => p.id));
      expect(totals.every((n) => n === expected.length)).toBe(true);
    }
    // Scenarios stay out unless asked for, as in bonusPools.
    expect((await hr.data(PAGE, { filter: { status: 'scenario' }, first: 5 })).bonusPoolsPage.totalCount).toBe(0);
    const cycleId = rows[0]!.cycleId;
    expect((await hr.data(PAGE, { filter: { cycleId }, first: 5 })).bonusPoolsPage.totalCount).toBe((await pools(hr, false, cycleId)).length);
    expect((await hr.data(PAGE, { filter: { cycleId: 'no-such-cycle' }, first: 5 })).bonusPoolsPage.totalCount).toBe(0);
    expect((await hr.request(PAGE, { filter: { status: 'gone' }, first: 5 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives a manager and an employee only published pools, scenarios or not, in pages and totalCount', async () => {
    for (const client of [manager, employee]) {
      const rows = await pools(client, true);
      expect(rows.length).toBe(3);
      expect(rows.every((p) => p.status === 'published')).toBe(true);
      for (const includeScenarios of [false, true]) {
        const { rows: paged, totals } = await walkPages<Pool>(client, PAGE, 'bonusPoolsPage', { filter: { includeScenarios } }, 2);
        expect(new Set(totals)).toEqual(new Set([3]));
        expect(paged).toEqual(rows);
      }
      for (const status of ['draft', 'scenario']) {
        expect((await client.data(PAGE, { filter: { status, includeScenarios: true }, first: 5 })).bonusPoolsPage.totalCount).toBe(0);
      }
    }
  });

  it('refuses bad arguments by name', async () => {
    await expectBadArgsNamed(hr, PAGE, 'bonusPoolsPage', { field: 'NAME', direction: 'ASC' });
  });
});
