import { createTestServer, type GraphQLClient, type TestServer, expectBadArgsNamed, expectSortsAgree, idsOnce, pageQuery, walkPages } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attractionPlugin } from '../src/index.js';
import { expectError, requisitionByTitle } from './helpers.js';

// candidatesPage: the candidates as keyset pages with the pipeline's visibility in the query, so a
// manager's pages and counts hold only the candidates of requisitions they hire for.
const PAGE = pageQuery('candidatesPage', 'AttractionCandidateFilter', 'AttractionCandidateSort', 'id name stage createdAt requisitionTitle');
const CREATE = 'mutation($i: CreateAttractionCandidateInput!) { createCandidate(input: $i) { id } }';
type Candidate = { id: string; name: string; stage: string; createdAt: string; requisitionTitle: string };

describe('candidates, a page at a time', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [attractionPlugin] });
    [hr, manager, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
    const req = await requisitionByTitle(hr, 'Research Scientist, Alignment');
    for (const n of [1, 2, 3]) await hr.data(CREATE, { i: { requisitionId: req.id, name: 'Tie Candidate', email: `tie${n}@example.com`, source: 'linkedin' } });
  });
  afterAll(() => server?.close());

  it('pages through every candidate, newest first, exactly as the array query lists them', async () => {
    const { candidates } = await hr.data('{ candidates { id } }');
    expect(candidates).toHaveLength(26);
    const { rows, pages, totals } = await walkPages<Candidate>(hr, PAGE, 'candidatesPage', {}, 4);
    expect(pages).toBe(7);
    expect(new Set(totals)).toEqual(new Set([26]));
    expect(idsOnce(rows).sort()).toEqual(candidates.map((c: Candidate) => c.id).sort());
    const expected = [...rows].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? 1 : -1));
    expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  });

  it('sorts by every field both ways, pages agreeing with one big page, ties split across pages', async () => {
    await expectSortsAgree(hr, PAGE, 'candidatesPage', ['CREATED_AT', 'UPDATED_AT', 'NAME', 'STAGE_ENTERED_AT'], 5);
    const byName = (await hr.data(PAGE, { sort: { field: 'NAME', direction: 'DESC' }, first: 200 })).candidatesPage.nodes as Candidate[];
    const ties = byName.filter((r) => r.name === 'Tie Candidate').map((r) => r.id);
    expect(ties).toHaveLength(3);
    expect(ties).toEqual([...ties].sort().reverse());
  });

  it('filters on the server and counts what the filters match on every page', async () => {
    const { candidates } = await hr.data('{ candidates(filter: { stage: "sourced" }) { id } }');
    const { rows, totals } = await walkPages<Candidate>(hr, PAGE, 'candidatesPage', { filter: { stage: 'sourced' }, sort: { field: 'STAGE_ENTERED_AT', direction: 'ASC' } }, 2);
    expect(idsOnce(rows)).toEqual(candidates.map((c: Candidate) => c.id));
    expect(totals.every((n) => n === candidates.length)).toBe(true);
    const search = await walkPages<Candidate>(hr, PAGE, 'candidatesPage', { filter: { search: 'tie cand' } }, 2);
    expect(search.rows).toHaveLength(3);
    expect(search.totals).toEqual([3, 3]);
  });

  it("gives a manager only their requisitions' candidates, in pages and in counts", async () => {
    const { candidates } = await manager.data('{ candidates { id } }');
    expect(candidates).toHaveLength(7);
    const { rows, totals } = await walkPages<Candidate>(manager, PAGE, 'candidatesPage', {}, 3);
    expect(totals).toEqual([7, 7, 7]);
    expect(idsOnce(rows).sort()).toEqual(candidates.map((c: Candidate) => c.id).sort());
    expect(new Set(rows.map((r) => r.requisitionTitle))).toEqual(new Set(['ML Infrastructure Engineer']));
    // A filter they cannot see through: another requisition's candidates count 0, not its size.
    const rs = await requisitionByTitle(hr, 'Research Scientist, Alignment');
    const other = (await manager.data(PAGE, { filter: { requisitionId: rs.id }, first: 5 })).candidatesPage;
    expect(other).toMatchObject({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    const named = (await manager.data(PAGE, { filter: { search: 'tie cand' }, first: 5 })).candidatesPage;
    expect(named.totalCount).toBe(0);
  });

  it('refuses bad arguments by name, and readers without the permission', async () => {
    await expectBadArgsNamed(hr, PAGE, 'candidatesPage', { field: 'NAME', direction: 'ASC' });
    await expectError(employee, PAGE, { first: 5 }, 'FORBIDDEN');
  });
});
