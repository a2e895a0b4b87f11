import { createTestServer, type GraphQLClient, type TestServer, expectBadArgsNamed, expectSortsAgree, idsOnce, pageQuery, walkPages } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attractionPlugin } from '../src/index.js';
import { expectError } from './helpers.js';

// requisitionsPage: the requisitions list as keyset pages, matching the array query row for row.
const PAGE = pageQuery('requisitionsPage', 'AttractionRequisitionFilter', 'AttractionRequisitionSort', 'id title status createdAt');
const CREATE = 'mutation($i: CreateAttractionRequisitionInput!) { createRequisition(input: $i) { id } }';
type Req = { id: string; title: string; status: string; createdAt: string };

describe('requisitions, a page at a time', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let employee: GraphQLClient;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [attractionPlugin] });
    [hr, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('employee')]);
    // Three drafts of one title: the id breaks the tie on TITLE, a page boundary falls inside it.
    for (const team of ['A', 'B', 'C']) await hr.data(CREATE, { i: { title: 'Tie Requisition', team, headcount: 1 } });
  });
  afterAll(() => server?.close());

  it('pages through every requisition, newest first, exactly as the array query lists them', async () => {
    const { requisitions } = await hr.data('{ requisitions { id } }');
    expect(requisitions.length).toBeGreaterThan(4);
    const { rows, pages, totals } = await walkPages<Req>(hr, PAGE, 'requisitionsPage', {}, 2);
    expect(pages).toBe(Math.ceil(requisitions.length / 2));
    expect(new Set(totals)).toEqual(new Set([requisitions.length]));
    expect(idsOnce(rows).sort()).toEqual(requisitions.map((r: Req) => r.id).sort());
    const expected = [...rows].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? 1 : -1));
    expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  });

  it('sorts by every field both ways, pages agreeing with one big page, ties split across pages', async () => {
    await expectSortsAgree(hr, PAGE, 'requisitionsPage', ['CREATED_AT', 'UPDATED_AT', 'TITLE', 'STATUS'], 2);
    const byTitle = (await hr.data(PAGE, { sort: { field: 'TITLE', direction: 'ASC' }, first: 200 })).requisitionsPage.nodes as Req[];
    const ties = byTitle.filter((r) => r.title === 'Tie Requisition').map((r) => r.id);
    expect(ties).toHaveLength(3);
    expect(ties).toEqual([...ties].sort());
  });

  it('filters on the server and counts what the filters match on every page', async () => {
    const { requisitions } = await hr.data('{ requisitions(filter: { status: "draft" }) { id } }');
    expect(requisitions.length).toBeGreaterThanOrEqual(3);
    const { rows, totals } = await walkPages<Req>(hr, PAGE, 'requisitionsPage', { filter: { status: 'draft' } }, 2);
    expect(idsOnce(rows)).toEqual(requisitions.map((r: Req) => r.id));
    expect(totals.every((n) => n === requisitions.length)).toBe(true);
    expect(rows.every((r) => r.status === 'draft')).toBe(true);
  });

  it('refuses bad arguments by name, and readers without the permission', async () => {
    await expectBadArgsNamed(hr, PAGE, 'requisitionsPage', { field: 'TITLE', direction: 'ASC' });
    await expectError(employee, PAGE, { first: 5 }, 'FORBIDDEN');
  });
});
