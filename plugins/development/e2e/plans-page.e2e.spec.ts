import { knowledgePlugin } from '@cadre/plugin-knowledge';
import { createTestServer, type GraphQLClient, type TestServer, expectBadArgsNamed, expectSortsAgree, idsOnce, pageQuery, walkPages } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentPlugin } from '../src/index.js';
import { personIds } from './support/demo.js';
import { createFakeStructure } from '@cadre/plugin-structure/testing';

// developmentPlansPage: the plans a viewer may see (own, reports', all with read-all) as keyset
// pages, the visibility in the query so every page and totalCount hold only those plans.
const PAGE = pageQuery('developmentPlansPage', 'DevelopmentPlanFilter', 'DevelopmentPlanSort', 'id status createdAt updatedAt person { id }');
type Plan = { id: string; status: string; createdAt: string; updatedAt: string; person: { id: string } };
const ARRAY = 'query($p: ID, $s: DevelopmentPlanStatus) { developmentPlans(personId: $p, status: $s) { id person { id } } }';
const CREATE = 'mutation($i: CreateDevelopmentPlanInput!) { createDevelopmentPlan(input: $i) { id } }';
const UPDATE = 'mutation($id: ID!, $i: UpdateDevelopmentPlanInput!) { updateDevelopmentPlan(id: $id, input: $i) { id } }';

describe('development plans, a page at a time', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let recruiter: GraphQLClient;
  let ids: Record<string, string>;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [createFakeStructure().plugin, knowledgePlugin, developmentPlugin] });
    [hr, manager, employee, recruiter] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee'), server.loginAs('recruiter')]);
    ids = await personIds(hr);
    // More plans than a page: hr writes six, the manager one for a report, and the employee's
    // plan is cancelled and replaced (two plans of one person, one CANCELLED).
    const planned = new Set((await hr.data(ARRAY)).developmentPlans.map((p: Plan) => p.person.id));
    const others = Object.entries(ids).filter(([key, id]) => !planned.has(id) && !['manager', 'employee', 'alex.novak', 'han.xue', 'hr'].includes(key)).slice(0, 6);
    for (const [, id] of others) await hr.data(CREATE, { i: { personId: id, summary: 'Paging plan' } });
    await manager.data(CREATE, { i: { personId: ids['alex.novak'], summary: 'Paging report plan' } });
    const own = (await hr.data(ARRAY, { p: ids.employee })).developmentPlans[0];
    await hr.data(UPDATE, { id: own.id, i: { status: 'CANCELLED' } });
    await manager.data(CREATE, { i: { personId: ids.employee, summary: 'Second plan' } });
  });
  afterAll(() => server?.close());

  it('pages through every plan hr may see, newest first, exactly as the array query lists them', async () => {
    const { developmentPlans } = await hr.data(ARRAY);
    expect(developmentPlans.length).toBeGreaterThanOrEqual(12);
    const { rows, pages, totals } = await walkPages<Plan>(hr, PAGE, 'developmentPlansPage', {}, 2);
    expect(pages).toBe(Math.ceil(developmentPlans.length / 2));
    expect(new Set(totals)).toEqual(new Set([developmentPlans.length]));
    expect(idsOnce(rows)).toEqual(developmentPlans.map((p: Plan) => p.id));
  });

  it('sorts by every field both ways, pages agreeing with one big page, status ties split across pages', async () => {
    await expectSortsAgree(hr, PAGE, 'developmentPlansPage', ['UPDATED_AT', 'CREATED_AT', 'STATUS'], 2);
    const byStatus = (await hr.data(PAGE, { sort: { field: 'STATUS', direction: 'ASC' }, first: 200 })).developmentPlansPage.nodes as Plan[];
    expect(byStatus.map((p) => p.status)).toEqual([...byStatus.map((p) => p.status)].sort());
    const active = byStatus.filter((p) => p.status === 'ACTIVE').map((p) => p.id);
    expect(active.length).toBeGreaterThan(2);
    expect(active).toEqual([...active].sort());
  });

  it('filters by status and person on the server, counted on every page', async () => {
    for (const [vars, filter] of [[{ s: 'ACTIVE' }, { status: 'ACTIVE' }], [{ s: 'CANCELLED' }, { status: 'CANCELLED' }], [{ p: ids.employee }, { personId: ids.employee }]] as const) {
      const { developmentPlans } = await hr.data(ARRAY, vars);
      expect(developmentPlans.length).toBeGreaterThan(0);
      const { rows, totals } = await walkPages<Plan>(hr, PAGE, 'developmentPlansPage', { filter }, 1);
      expect(idsOnce(rows)).toEqual(developmentPlans.map((p: Plan) => p.id));
      expect(totals.every((n) => n === developmentPlans.length)).toBe(true);
    }
  });

  it('gives a manager their chain’s plans, an employee their own and a recruiter none, in pages and counts', async () => {
    const mine = await walkPages<Plan>(employee, PAGE, 'developmentPlansPage', {}, 1);
    expect(mine.rows.map((p) => p.person.id)).toEqual([ids.employee, ids.employee]);
    expect(mine.totals).toEqual([2, 2]);
    const chain = new Set([ids.employee, ids['han.xue'], ids['alex.novak']]);
    const { developmentPlans } = await manager.data(ARRAY);
    const { rows, totals } = await walkPages<Plan>(manager, PAGE, 'developmentPlansPage', {}, 2);
    expect(idsOnce(rows)).toEqual(developmentPlans.map((p: Plan) => p.id));
    expect(rows.length).toBe(4);
    expect(rows.every((p) => chain.has(p.person.id))).toBe(true);
    expect(new Set(totals)).toEqual(new Set([4]));
    // Naming someone outside the chain finds nothing rather than their plans.
    const outsider = (await hr.data(ARRAY)).developmentPlans.find((p: Plan) => !chain.has(p.person.id)).person.id;
    expect((await manager.data(PAGE, { filter: { personId: outsider }, first: 5 })).developmentPlansPage.totalCount).toBe(0);
    expect((await hr.data(PAGE, { filter: { personId: outsider }, first: 5 })).developmentPlansPage.totalCount).toBeGreaterThan(0);
    expect((await recruiter.data(PAGE, { first: 5 })).developmentPlansPage).toEqual({ totalCount: 0, nodes: [], pageInfo: { endCursor: null, hasNextPage: false } });
  });

  it('refuses bad arguments by name', async () => {
    await expectBadArgsNamed(hr, PAGE, 'developmentPlansPage', { field: 'STATUS', direction: 'DESC' });
  });
});
