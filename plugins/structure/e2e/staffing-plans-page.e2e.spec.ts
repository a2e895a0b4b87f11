import { createTestServer, type GraphQLClient, type TestServer, expectBadArgsNamed, expectSortsAgree, idsOnce, pageQuery, walkPages } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structurePlugin } from '../src/index.js';
import { codeOf, unitId } from './support.js';

// staffingPlansPage: the plan history as keyset pages, scoped in SQL to the units the viewer may
// manage, so a manager's pages and counts hold exactly what their staffingPlans array holds.
const PAGE = pageQuery('staffingPlansPage', 'StaffingPlanFilter', 'StaffingPlanSort', 'id unitId status total createdAt');
const PROPOSE = 'mutation($u: ID) { proposeStaffingPlan(input: { unitId: $u }) { id } }';
const ARRAY = 'query($u: ID) { staffingPlans(unitId: $u, first: 200) { id unitId status total createdAt } }';
type Plan = { id: string; unitId: string | null; status: string; total: number; createdAt: string };

describe('staffing plans, a page at a time', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let infra: string;
  let research: string;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin] });
    [hr, manager, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
    [infra, research] = [await unitId(hr, 'ML Infrastructure'), await unitId(hr, 'Research')];
    // Three plans of one unit from the same assignments: equal totals, a tie for TOTAL and STATUS.
    for (let i = 0; i < 3; i++) await manager.data(PROPOSE, { u: infra });
    for (let i = 0; i < 2; i++) await hr.data(PROPOSE, { u: research });
    for (let i = 0; i < 2; i++) await hr.data(PROPOSE, { u: null });
    const discard = (await hr.data(PROPOSE, { u: infra })).proposeStaffingPlan.id;
    await hr.data('mutation($id: ID!) { discardStaffingPlan(id: $id) { id } }', { id: discard });
  });
  afterAll(() => server?.close());

  it('pages through every plan, newest first, exactly as the array query lists them', async () => {
    const all = (await hr.data(ARRAY)).staffingPlans as Plan[];
    expect(all.length).toBe(8);
    const { rows, pages, totals } = await walkPages<Plan>(hr, PAGE, 'staffingPlansPage', {}, 2);
    expect(pages).toBe(4);
    expect(new Set(totals)).toEqual(new Set([8]));
    expect(idsOnce(rows)).toEqual(all.map((p) => p.id));
  });

  it('sorts by every field both ways, pages agreeing with one big page, ties broken by id', async () => {
    await expectSortsAgree(hr, PAGE, 'staffingPlansPage', ['CREATED_AT', 'TOTAL', 'STATUS'], 2);
    const byTotal = (await hr.data(PAGE, { sort: { field: 'TOTAL', direction: 'ASC' }, first: 200 })).staffingPlansPage.nodes as Plan[];
    const infraTotals = byTotal.filter((p) => p.unitId === infra).map((p) => p.total);
    expect(new Set(infraTotals).size).toBe(1); // the tie is real
    expect(byTotal.map((p) => p.total)).toEqual([...byTotal].map((p) => p.total).sort((a, b) => a - b));
    const tied = byTotal.filter((p) => p.unitId === infra).map((p) => p.id);
    expect(tied).toEqual([...tied].sort());
  });

  it('filters by unit and status on the server, counted on every page', async () => {
    for (const u of [infra, research]) {
      const array = (await hr.data(ARRAY, { u })).staffingPlans as Plan[];
      const { rows, totals } = await walkPages<Plan>(hr, PAGE, 'staffingPlansPage', { filter: { unitId: u } }, 2);
      expect(idsOnce(rows)).toEqual(array.map((p) => p.id));
      expect(totals.every((n) => n === array.length)).toBe(true);
    }
    const all = (await hr.data(ARRAY)).staffingPlans as Plan[];
    for (const status of ['PROPOSED', 'DISCARDED']) {
      const { rows, totals } = await walkPages<Plan>(hr, PAGE, 'staffingPlansPage', { filter: { status } }, 2);
      const expected = all.filter((p) => p.status === status).map((p) => p.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(idsOnce(rows)).toEqual(expected);
      expect(totals.every((n) => n === expected.length)).toBe(true);
    }
  });

  it("gives a manager only their units' plans, in pages and counts; an employee none", async () => {
    const mine = (await manager.data(ARRAY)).staffingPlans as Plan[];
    expect(mine.length).toBe(4);
    const { rows, totals } = await walkPages<Plan>(manager, PAGE, 'staffingPlansPage', {}, 3);
    expect(idsOnce(rows)).toEqual(mine.map((p) => p.id));
    expect(totals).toEqual([4, 4]);
    expect(rows.every((p) => p.unitId === infra)).toBe(true);
    // Filters they cannot see through: another unit's plans count 0, not their number.
    const other = (await manager.data(PAGE, { filter: { unitId: research }, first: 5 })).staffingPlansPage;
    expect(other).toMatchObject({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect((await manager.data(PAGE, { filter: { status: 'DISCARDED' }, first: 5 })).staffingPlansPage.totalCount).toBe(1);
    expect(codeOf(await employee.request(PAGE, { first: 5 }))).toBe('FORBIDDEN');
  });

  it('refuses a bad page size and foreign or garbage cursors, naming the argument', async () => {
    await expectBadArgsNamed(hr, PAGE, 'staffingPlansPage', { field: 'TOTAL', direction: 'DESC' });
  });
});
