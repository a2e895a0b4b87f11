import { createTestServer, type TestServer, byKeyThenId, expectBadArgsNamed, expectSortsAgree, idsOnce, walkPages } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incentivesPlugin } from '../src/index.js';
import { demoPeople, type Client } from './helpers.js';

// bonusAllocationsPage: a pool version's allocations as keyset pages, with the array query's
// visibility (pool readers all rows, others their own and their chain's) in SQL, so pages and
// totalCount agree for every viewer and every value is shown or refused exactly as in the array.
const FIELDS = 'id personId name level weight score band coefficient floor cap exactAmount amount bound previousAmount delta';
const PAGE = `query($poolId: ID!, $version: Int, $filter: IncentivesAllocationFilter, $sort: IncentivesAllocationSort, $first: Int!, $after: String) {
  bonusAllocationsPage(poolId: $poolId, version: $version, filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ${FIELDS} } } }`;
const ARRAY = `query($poolId: ID!, $version: Int) { bonusAllocations(poolId: $poolId, version: $version) { ${FIELDS} } }`;
type Row = { id: string; personId: string; name: string; amount: number; weight: number; score: number | null; coefficient: number; bound: number; band: number | null };
const SORTS: Array<[string, (r: Row) => number]> = [['AMOUNT', (r) => r.amount], ['SCORE', (r) => r.score ?? -1], ['WEIGHT', (r) => r.weight], ['COEFFICIENT', (r) => r.coefficient], ['BOUND', (r) => r.bound]];

describe('bonus allocations, a page at a time', () => {
  let server: TestServer;
  let hr: Client;
  let manager: Client;
  let employee: Client;
  let poolId: string;
  let equalId: string;
  let demo: Awaited<ReturnType<typeof demoPeople>>;
  const all = async (client: Client, id: string): Promise<Row[]> => (await client.data(ARRAY, { poolId: id })).bonusAllocations;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [incentivesPlugin] });
    [hr, manager, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
    demo = await demoPeople(server);
    const { bonusPools } = await hr.data('{ bonusPools { id name cycleId } }');
    const h1 = bonusPools.find((p: { name: string }) => p.name === 'H1 2026 Bonus');
    poolId = h1.id;
    // A draft pool of the same people split equally: every weight ties, so the id orders them.
    equalId = (await hr.data('mutation($c: ID!) { createBonusPool(input: { cycleId: $c, name: "Paging equal pool", amount: 5900000, currency: "CNY", weightRule: "equal" }) { id } }', { c: h1.cycleId })).createBonusPool.id;
  });
  afterAll(() => server?.close());

  it('pages through every allocation, largest first, exactly the array query’s rows and values', async () => {
    const rows = await all(hr, poolId);
    expect(rows.length).toBeGreaterThan(40);
    const { rows: paged, pages, totals } = await walkPages<Row>(hr, PAGE, 'bonusAllocationsPage', { poolId }, 2);
    expect(pages).toBe(Math.ceil(rows.length / 2));
    expect(new Set(totals)).toEqual(new Set([rows.length]));
    expect(idsOnce(paged)).toEqual(byKeyThenId(rows, (r) => r.amount, 'DESC'));
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const r of paged) expect(r).toEqual(byId.get(r.id));
  });

  it('sorts by every field both ways in the order of the array’s values, pages agreeing with one big page', async () => {
    const rows = await all(hr, poolId);
    await expectSortsAgree(hr, PAGE, 'bonusAllocationsPage', SORTS.map(([f]) => f), 7, { poolId });
    for (const [field, key] of SORTS) {
      for (const direction of ['ASC', 'DESC'] as const) {
        const whole = (await hr.data(PAGE, { poolId, sort: { field, direction }, first: 200 })).bonusAllocationsPage.nodes as Row[];
        expect(whole.map((r) => r.id), `${field} ${direction}`).toEqual(byKeyThenId(rows, key, direction));
      }
    }
  });

  it('splits ties across pages by id', async () => {
    // Equal weights: page boundaries fall inside the tie, and the id still gives one order.
    const equal = await all(hr, equalId);
    expect(new Set(equal.map((r) => r.weight)).size).toBe(1);
    const { rows: tied, pages } = await walkPages<Row>(hr, PAGE, 'bonusAllocationsPage', { poolId: equalId, sort: { field: 'WEIGHT', direction: 'ASC' } }, 2);
    expect(pages).toBeGreaterThan(20);
    expect(idsOnce(tied)).toEqual(equal.map((r) => r.id).sort());
  });

  it('filters by bound, band and person on the server, counted on every page', async () => {
    const rows = await all(hr, poolId);
    const capped = rows.filter((r) => r.bound === 1);
    expect(capped.length).toBeGreaterThan(1);
    const c = await walkPages<Row>(hr, PAGE, 'bonusAllocationsPage', { poolId, filter: { bound: 1 } }, 1);
    expect(c.totals.every((n) => n === capped.length)).toBe(true);
    expect(idsOnce(c.rows)).toEqual(byKeyThenId(capped, (r) => r.amount, 'DESC'));
    const band = rows[0]!.band;
    const inBand = rows.filter((r) => r.band === band);
    const b = await walkPages<Row>(hr, PAGE, 'bonusAllocationsPage', { poolId, filter: { band }, sort: { field: 'SCORE', direction: 'ASC' } }, 2);
    expect(b.rows.map((r) => r.id).sort()).toEqual(inBand.map((r) => r.id).sort());
    expect(b.totals.every((n) => n === inBand.length)).toBe(true);
    const one = (await hr.data(PAGE, { poolId, filter: { personId: demo.byEmail('employee').id }, first: 5 })).bonusAllocationsPage;
    expect(one.totalCount).toBe(1);
    expect(one.nodes[0].personId).toBe(demo.byEmail('employee').id);
    expect((await hr.request(PAGE, { poolId, filter: { bound: 2 }, first: 5 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives a manager only their own and their chain’s rows and an employee only their own, in pages and totalCount', async () => {
    const everyone = (await all(hr, poolId)).length;
    for (const [client, email] of [[manager, 'manager'], [employee, 'employee']] as const) {
      const rows = await all(client, poolId);
      expect(rows.length).toBeLessThan(everyone);
      const { rows: paged, totals } = await walkPages<Row>(client, PAGE, 'bonusAllocationsPage', { poolId }, 2);
      expect(new Set(totals)).toEqual(new Set([rows.length]));
      expect(idsOnce(paged)).toEqual(byKeyThenId(rows, (r) => r.amount, 'DESC'));
      // Field protection as on the array query: the same values, none refused.
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const r of paged) expect(r).toEqual(byId.get(r.id));
      const res = await client.request(PAGE, { poolId, first: 200 });
      expect(res.errors).toBeUndefined();
      const me = demo.byEmail(email).id;
      expect(paged.some((r) => r.personId === me)).toBe(true);
      const chain = new Set(demo.all.filter((p) => p.managerId === me).map((p) => p.id).concat(me));
      if (email === 'manager') expect(paged.every((r) => chain.has(r.personId))).toBe(true);
      else expect(paged.map((r) => r.personId)).toEqual([me]);
      // Someone outside the chain, asked for by id, is counted as nobody.
      const outsider = (await all(hr, poolId)).find((r) => !chain.has(r.personId))!;
      expect((await client.data(PAGE, { poolId, filter: { personId: outsider.personId }, first: 5 })).bonusAllocationsPage.totalCount).toBe(0);
    }
    // A draft pool is not found for others, in the page as in the array.
    for (const q of [PAGE, ARRAY]) expect((await employee.request(q, { poolId: equalId, first: 5 })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await hr.data(PAGE, { poolId: equalId, first: 5 })).bonusAllocationsPage.totalCount).toBe((await all(hr, equalId)).length);
  });

  it('refuses bad arguments by name', async () => {
    await expectBadArgsNamed(hr, PAGE, 'bonusAllocationsPage', { field: 'WEIGHT', direction: 'ASC' }, { poolId });
    expect((await hr.request(PAGE, { poolId, version: 99, first: 5 })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
