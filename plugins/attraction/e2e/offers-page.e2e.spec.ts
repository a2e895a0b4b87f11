import { createTestServer, type GraphQLClient, type TestServer, expectBadArgsNamed, expectSortsAgree, idsOnce, pageQuery, walkPages } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attractionPlugin } from '../src/index.js';

// offersPage: the offers as keyset pages with the offer visibility (all, the requisitions one hires
// for, one's own) in the query, so pages and counts agree for every reader.
const PAGE = pageQuery('offersPage', 'AttractionOfferFilter', 'AttractionOfferSort', 'id title status createdAt candidateName');
type Offer = { id: string; title: string; status: string; createdAt: string; candidateName: string };

describe('offers, a page at a time', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [attractionPlugin] });
    [hr, manager, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
  });
  afterAll(() => server?.close());

  it('pages through every offer, newest first, exactly as the array query lists them', async () => {
    const { offers } = await hr.data('{ offers { id } }');
    expect(offers).toHaveLength(6);
    const { rows, pages, totals } = await walkPages<Offer>(hr, PAGE, 'offersPage', {}, 4);
    expect(pages).toBe(2);
    expect(totals).toEqual([6, 6]);
    expect(idsOnce(rows)).toEqual(offers.map((o: Offer) => o.id));
  });

  it('sorts by every field both ways, pages agreeing with one big page, status ties split across pages', async () => {
    await expectSortsAgree(hr, PAGE, 'offersPage', ['CREATED_AT', 'UPDATED_AT', 'TITLE', 'STATUS'], 1);
    const byStatus = (await hr.data(PAGE, { sort: { field: 'STATUS', direction: 'ASC' }, first: 200 })).offersPage.nodes as Offer[];
    expect(byStatus.map((o) => o.status)).toEqual(['accepted', 'accepted', 'approved', 'declined', 'pending-approval', 'pending-approval']);
    const accepted = byStatus.filter((o) => o.status === 'accepted').map((o) => o.id);
    expect(accepted).toEqual([...accepted].sort());
  });

  it('filters on the server and counts what the filters match on every page', async () => {
    const { rows, totals } = await walkPages<Offer>(hr, PAGE, 'offersPage', { filter: { status: 'pending-approval' } }, 1);
    expect(rows.map((o) => o.candidateName).sort()).toEqual(['Arjun Mehta', '周艾米 Amy Zhou']);
    expect(totals).toEqual([2, 2]);
  });

  it('gives a hiring manager only the offers of requisitions they hire for, an employee none', async () => {
    const { offers } = await manager.data('{ offers { id candidateName } }');
    const { rows, totals } = await walkPages<Offer>(manager, PAGE, 'offersPage', {}, 1);
    expect(totals).toEqual([2, 2]);
    expect(idsOnce(rows)).toEqual(offers.map((o: Offer) => o.id));
    expect(rows.map((o) => o.candidateName).sort()).toEqual(['冯睿 Feng Rui', '陈波 Chen Bo']);
    expect((await manager.data(PAGE, { filter: { status: 'pending-approval' }, first: 5 })).offersPage.totalCount).toBe(0);
    expect((await employee.data(PAGE, { first: 5 })).offersPage).toEqual({ totalCount: 0, nodes: [], pageInfo: { endCursor: null, hasNextPage: false } });
  });

  it('refuses bad arguments by name', async () => {
    await expectBadArgsNamed(hr, PAGE, 'offersPage', { field: 'TITLE', direction: 'DESC' });
  });
});
