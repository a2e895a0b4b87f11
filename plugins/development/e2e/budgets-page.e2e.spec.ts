import { knowledgePlugin } from '@cadre/plugin-knowledge';
import { createTestServer, type GraphQLClient, type TestServer, byKeyThenId, expectBadArgsNamed, expectSortsAgree, idsOnce, walkPages } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentPlugin } from '../src/index.js';
import { personIds } from './support/demo.js';
import { createFakeStructure } from '@cadre/plugin-structure/testing';

// conferenceBudgetsPage: a year's conference budgets as keyset pages, with who may see whose
// budget (own, reports', all for hr), the filters and the totals in SQL, agreeing with the
// conferenceBudgets array at every step. A year the seed leaves empty holds only this spec's rows.
const YEAR = 2035;
const FIELDS = 'id year person { id name } allocated { amount currency } spent { amount currency } remaining { amount currency } expenses { id conference amount { amount currency } }';
const PAGE = `query($year: Int!, $filter: DevelopmentBudgetFilter, $sort: DevelopmentBudgetSort, $first: Int!, $after: String) {
  conferenceBudgetsPage(year: $year, filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount allocatedTotals { amount currency } spentTotals { amount currency } pageInfo { endCursor hasNextPage } nodes { ${FIELDS} } } }`;
const ARRAY = `query($y: Int!) { conferenceBudgets(year: $y) { ${FIELDS} } }`;
const SET = 'mutation($p: ID!, $y: Int!, $a: DevelopmentMoneyInput!) { setConferenceBudget(personId: $p, year: $y, amount: $a) { id } }';
const SPEND = 'mutation($i: ConferenceExpenseInput!) { recordConferenceExpense(input: $i) { id } }';
type Money = { amount: number; currency: string };
type Budget = { id: string; year: number; person: { id: string; name: string }; allocated: Money; spent: Money; remaining: Money; expenses: Array<{ id: string; amount: Money }> };
type Page = { totalCount: number; allocatedTotals: Money[]; spentTotals: Money[]; pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: Budget[] };

/** Sums per currency, in currency order, as the page's totals are given. */
function sums(rows: Budget[], of: (b: Budget) => Money): Money[] {
  const by = new Map<string, number>();
  for (const b of rows) by.set(of(b).currency, (by.get(of(b).currency) ?? 0) + of(b).amount);
  return [...by].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ amount, currency }));
}

describe('conference budgets, a page at a time', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let recruiter: GraphQLClient;
  let ids: Record<string, string>;
  const reports: string[] = [];
  const others: string[] = [];
  /** The budgets of YEAR in the order they were created. */
  const created: string[] = [];
  const array = async (client: GraphQLClient, year = YEAR): Promise<Budget[]> => (await client.data(ARRAY, { y: year })).conferenceBudgets;
  const page = async (client: GraphQLClient, v: Record<string, unknown>): Promise<Page> => (await client.data(PAGE, { year: YEAR, first: 200, ...v })).conferenceBudgetsPage;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [createFakeStructure().plugin, knowledgePlugin, developmentPlugin] });
    [hr, manager, employee, recruiter] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee'), server.loginAs('recruiter')]);
    ids = await personIds(hr);
    // Seven new reports of the manager and five people elsewhere, all named "Budget Paging …".
    const person = async (name: string, managerId: string | null) =>
      (await hr.data('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: { name, email: `${name.toLowerCase().replace(/ /g, '.')}@example.com`, managerId } })).createPerson.id as string;
    for (let i = 1; i <= 7; i++) reports.push(await person(`Budget Paging Report ${i}`, ids.manager));
    for (let i = 1; i <= 5; i++) others.push(await person(`Budget Paging Other ${i}`, null));
    // Amounts with ties (three of 500 000), two in USD, and the demo people: the manager, the
    // employee and another report of the manager, and someone outside the manager's chain.
    const budgets: Array<[string, number, string]> = [
      [reports[0], 500_000, 'CNY'], [others[0], 500_000, 'CNY'], [reports[1], 1_200_000, 'CNY'], [reports[2], 500_000, 'CNY'], [reports[3], 80_000, 'USD'],
      [others[1], 2_000_000, 'CNY'], [reports[4], 300_000, 'CNY'], [others[2], 150_000, 'USD'], [reports[5], 900_000, 'CNY'], [reports[6], 700_000, 'CNY'],
      [others[3], 1_000_000, 'CNY'], [others[4], 450_000, 'CNY'], [ids.manager, 1_500_000, 'CNY'], [ids.employee, 1_000_000, 'CNY'], [ids['tang.yu'], 600_000, 'CNY'],
      [ids['huang.lei'], 2_500_000, 'CNY'],
    ];
    for (const [p, amount, currency] of budgets) created.push((await hr.data(SET, { p, y: YEAR, a: { amount, currency } })).setConferenceBudget.id);
    // Another year's budget, never listed in YEAR.
    await hr.data(SET, { p: reports[0], y: YEAR + 1, a: { amount: 9_999_900, currency: 'CNY' } });
    const spend = (personId: string, amount: number, currency: string, conference: string, date = `${YEAR}-04-01`) =>
      hr.data(SPEND, { i: { personId, conference, date, amount: { amount, currency } } });
    await spend(reports[1], 400_000, 'CNY', 'NeurIPS');
    await spend(reports[1], 250_000, 'CNY', 'ICML', `${YEAR}-07-12`);
    await spend(reports[3], 30_000, 'USD', 'OSDI');
    await spend(others[1], 1_100_000, 'CNY', 'CVPR');
    await spend(ids.employee, 320_000, 'CNY', 'MLSys');
    await spend(ids['huang.lei'], 50_000, 'CNY', 'ACL');
    await spend(reports[0], 100_000, 'CNY', 'Next year', `${YEAR + 1}-02-01`);
  });
  afterAll(() => server?.close());

  it('pages through every budget hr may see, largest first, exactly as conferenceBudgets lists them', async () => {
    const rows = await array(hr);
    expect(rows.map((b) => b.id).sort()).toEqual([...created].sort());
    const { rows: paged, pages, totals } = await walkPages<Budget>(hr, PAGE, 'conferenceBudgetsPage', { year: YEAR }, 3);
    expect(pages).toBe(Math.ceil(rows.length / 3));
    expect(new Set(totals)).toEqual(new Set([rows.length]));
    expect(idsOnce(paged)).toEqual(byKeyThenId(rows, (b) => b.allocated.amount, 'DESC'));
    expect(paged).toEqual(rows);
    // Spent and remaining are each budget's own, its expenses of that year only.
    const busy = paged.find((b) => b.person.id === reports[1])!;
    expect(busy).toMatchObject({ year: YEAR, allocated: { amount: 1_200_000, currency: 'CNY' }, spent: { amount: 650_000, currency: 'CNY' }, remaining: { amount: 550_000 } });
    expect(busy.expenses.map((e) => e.amount.amount)).toEqual([400_000, 250_000]);
    expect(paged.find((b) => b.person.id === reports[0])!.spent.amount).toBe(0);
    expect((await page(hr, { year: YEAR + 1 })).nodes.map((b) => b.person.id)).toEqual([reports[0]]);
  });

  it('sorts by every field both ways in the order of the values, ties split by id', async () => {
    const rows = await array(hr);
    await expectSortsAgree(hr, PAGE, 'conferenceBudgetsPage', ['ALLOCATED', 'CREATED_AT', 'UPDATED_AT', 'SPENT', 'REMAINING'], 2, { year: YEAR });
    for (const direction of ['ASC', 'DESC'] as const) {
      const whole = (await page(hr, { sort: { field: 'ALLOCATED', direction } })).nodes;
      expect(whole.map((b) => b.id), `ALLOCATED ${direction}`).toEqual(byKeyThenId(rows, (b) => b.allocated.amount, direction));
      // What was spent this year, and what is left, ordered as the budgets show them.
      const bySpent = (await page(hr, { sort: { field: 'SPENT', direction } })).nodes.map((b) => b.id);
      expect(bySpent, `SPENT ${direction}`).toEqual(byKeyThenId(rows, (b) => b.spent.amount, direction));
      const byRemaining = (await page(hr, { sort: { field: 'REMAINING', direction } })).nodes.map((b) => b.id);
      expect(byRemaining, `REMAINING ${direction}`).toEqual(byKeyThenId(rows, (b) => b.remaining.amount, direction));
      // Created one after the other: creation order, either way.
      const byCreation = (await page(hr, { sort: { field: 'CREATED_AT', direction } })).nodes.map((b) => b.id);
      expect(byCreation, `CREATED_AT ${direction}`).toEqual(direction === 'ASC' ? created : [...created].reverse());
    }
    const ties = (await walkPages<Budget>(hr, PAGE, 'conferenceBudgetsPage', { year: YEAR, sort: { field: 'ALLOCATED', direction: 'ASC' } }, 1)).rows.filter((b) => b.allocated.amount === 500_000).map((b) => b.id);
    expect(ties).toHaveLength(3);
    expect(ties).toEqual([...ties].sort());
    // A budget changed last comes first by its update, not by its creation.
    const first = created[0];
    await hr.data(SET, { p: reports[0], y: YEAR, a: { amount: 510_000, currency: 'CNY' } });
    const byUpdate = (await page(hr, { sort: { field: 'UPDATED_AT', direction: 'DESC' } })).nodes.map((b) => b.id);
    expect(byUpdate[0]).toBe(first);
    expect(byUpdate.slice(1)).toEqual([...created].reverse().filter((id) => id !== first));
    await hr.data(SET, { p: reports[0], y: YEAR, a: { amount: 500_000, currency: 'CNY' } });
  });

  it("filters by person and by part of the person's name on the server, as the array has them, counted on every page", async () => {
    const rows = await array(hr);
    const cases: Array<[Record<string, unknown>, (b: Budget) => boolean]> = [
      [{ personId: reports[1] }, (b) => b.person.id === reports[1]],
      [{ search: 'budget paging' }, (b) => b.person.name.startsWith('Budget Paging')],
      [{ search: 'pAgInG rEpOrT' }, (b) => b.person.name.startsWith('Budget Paging Report')],
      [{ search: '  Other  ' }, (b) => b.person.name.startsWith('Budget Paging Other')],
      [{ search: '朱晨' }, (b) => b.person.id === ids.employee],
      [{ search: 'paging', personId: others[1] }, (b) => b.person.id === others[1]],
    ];
    for (const [filter, keep] of cases) {
      const expected = rows.filter(keep);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      const { rows: paged, totals } = await walkPages<Budget>(hr, PAGE, 'conferenceBudgetsPage', { year: YEAR, filter }, 2);
      expect(idsOnce(paged), JSON.stringify(filter)).toEqual(byKeyThenId(expected, (b) => b.allocated.amount, 'DESC'));
      expect(totals.every((n) => n === expected.length), JSON.stringify(filter)).toBe(true);
    }
    expect((await page(hr, { filter: { search: 'budget paging' } })).totalCount).toBe(12);
    expect((await page(hr, { filter: { search: 'report' } })).totalCount).toBe(7);
    // LIKE's wildcards are plain characters, and an id matches only exactly.
    for (const filter of [{ search: '%' }, { search: 'Budget_Paging' }, { personId: reports[1].slice(0, -1) }, { personId: '%' }, { search: 'paging', personId: ids.employee }]) {
      expect((await page(hr, { filter })).totalCount, JSON.stringify(filter)).toBe(0);
    }
  });

  it('carries the totals of the whole filtered list on every page: the sums of the array, per currency', async () => {
    const rows = await array(hr);
    const all = await walkPages<Budget>(hr, PAGE, 'conferenceBudgetsPage', { year: YEAR }, 4);
    expect(all.pages).toBeGreaterThan(3);
    const pages: Page[] = [];
    for (let after: string | null = null; ; ) {
      const p: Page = (await hr.data(PAGE, { year: YEAR, first: 4, after, sort: { field: 'CREATED_AT', direction: 'ASC' } })).conferenceBudgetsPage;
      pages.push(p);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    const allocated = sums(rows, (b) => b.allocated);
    const spent = sums(rows, (b) => b.spent);
    // Known sums, so that agreeing with the array means something: USD 2 300.00 allocated, 300.00 spent.
    expect(allocated).toEqual([{ amount: 13_650_000, currency: 'CNY' }, { amount: 230_000, currency: 'USD' }]);
    expect(spent).toEqual([{ amount: 2_120_000, currency: 'CNY' }, { amount: 30_000, currency: 'USD' }]);
    for (const p of pages) {
      expect(p.allocatedTotals).toEqual(allocated);
      expect(p.spentTotals).toEqual(spent);
    }
    // Filtered: only the matching budgets count; a currency nobody spent in sums to 0.
    const others = await page(hr, { filter: { search: 'paging other' }, first: 1 });
    const otherRows = rows.filter((b) => b.person.name.startsWith('Budget Paging Other'));
    expect(others.nodes).toHaveLength(1);
    expect(others.allocatedTotals).toEqual(sums(otherRows, (b) => b.allocated));
    expect(others.spentTotals).toEqual([{ amount: 1_100_000, currency: 'CNY' }, { amount: 0, currency: 'USD' }]);
    expect(others.spentTotals).toEqual(sums(otherRows, (b) => b.spent));
    expect(await page(hr, { filter: { search: 'nobody at all' } })).toEqual({ totalCount: 0, allocatedTotals: [], spentTotals: [], nodes: [], pageInfo: { endCursor: null, hasNextPage: false } });
  });

  it('shows each role what the array shows it: hr all, a manager their chain and self, an employee only themself', async () => {
    const chain = new Set([ids.manager, ids.employee, ids['tang.yu'], ...reports]);
    const cases: Array<[string, GraphQLClient, string[] | null]> = [
      ['hr', hr, null],
      ['manager', manager, [...chain]],
      ['employee', employee, [ids.employee]],
      ['recruiter', recruiter, []],
    ];
    for (const [role, client, expected] of cases) {
      const rows = await array(client);
      const { rows: paged, totals } = await walkPages<Budget>(client, PAGE, 'conferenceBudgetsPage', { year: YEAR }, 2);
      expect(paged, role).toEqual(rows);
      expect(totals.every((n) => n === rows.length), role).toBe(true);
      if (expected) expect(paged.map((b) => b.person.id).sort(), role).toEqual([...expected].sort());
      else expect(paged.length, role).toBe(created.length);
      const first = await page(client, { first: 1 });
      expect(first.allocatedTotals, role).toEqual(sums(rows, (b) => b.allocated));
      expect(first.spentTotals, role).toEqual(sums(rows, (b) => b.spent));
    }
    // Naming someone outside what the viewer may see finds nothing, not their budget.
    expect((await page(manager, { filter: { personId: others[1] } })).totalCount).toBe(0);
    expect((await page(employee, { filter: { personId: reports[1] } })).totalCount).toBe(0);
    expect((await page(employee, { filter: { search: 'budget paging' } })).totalCount).toBe(0);
    expect((await page(hr, { filter: { personId: others[1] } })).totalCount).toBe(1);
  });

  it('refuses a bad year, page size, cursor or filter by name', async () => {
    await expectBadArgsNamed(hr, PAGE, 'conferenceBudgetsPage', { field: 'CREATED_AT', direction: 'DESC' }, { year: YEAR });
    const refused = async (v: Record<string, unknown>) => (await employee.request(PAGE, { year: YEAR, first: 5, ...v })).errors?.[0].extensions;
    for (const year of [1999, 2101]) expect(await refused({ year })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(await refused({ first: -1 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await refused({ after: 'bm90IGEgY3Vyc29y' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(await refused({ filter: { search: 'x'.repeat(101) } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    expect(await refused({ filter: { personId: 'x'.repeat(37) } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.personId' });
  });
});
