import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgePlugin } from '../src/index.js';
import { createFakeStructure } from '@cadre/plugin-structure/testing';

// The knowledge base a page at a time (knowledgeItemsPage): each viewer's pages hold exactly the
// items they may see — drafts and other units' items stay out of pages and counts alike.
const PAGE = `query($filter: KnowledgeItemFilter, $sort: KnowledgeItemSort, $first: Int!, $after: String) {
  knowledgeItemsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id title kind } } }`;
type Row = { id: string; title: string; kind: string };

describe('knowledge items, a page at a time', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let employee: GraphQLClient;

  async function walk(client: GraphQLClient, variables: Record<string, unknown>, first: number): Promise<{ rows: Row[]; totals: Set<number> }> {
    const rows: Row[] = [];
    const totals = new Set<number>();
    for (let after: string | null = null; ; ) {
      const { knowledgeItemsPage: page } = await client.data(PAGE, { ...variables, first, after });
      rows.push(...page.nodes);
      totals.add(page.totalCount);
      if (!page.pageInfo.hasNextPage) return { rows, totals };
      after = page.pageInfo.endCursor;
    }
  }
  /** The offset list (knowledgeItems), every row: what each viewer may see. */
  async function everything(client: GraphQLClient, filter: Record<string, unknown> = {}): Promise<Row[]> {
    const rows: Row[] = [];
    for (let offset = 0; ; offset += 100) {
      const { knowledgeItems } = await client.data('query($f: KnowledgeItemFilter, $o: Int!) { knowledgeItems(filter: $f, first: 100, offset: $o) { totalCount nodes { id title kind } } }', { f: filter, o: offset });
      rows.push(...knowledgeItems.nodes);
      if (rows.length >= knowledgeItems.totalCount) return rows;
    }
  }

  beforeAll(async () => {
    server = await createTestServer({ plugins: [createFakeStructure().plugin, knowledgePlugin] });
    [hr, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('employee')]);
  });
  afterAll(() => server?.close());

  it('walks every visible item newest first, for each viewer, in the offset list’s order', async () => {
    for (const client of [hr, employee]) {
      const all = await everything(client);
      const { rows, totals } = await walk(client, {}, 40);
      expect(totals).toEqual(new Set([all.length]));
      expect(rows.map((r) => r.id)).toEqual(all.map((r) => r.id));
    }
    // The two viewers see different sets (unit-only items), so visibility is applied per viewer.
    expect(new Set((await everything(hr)).map((r) => r.id))).not.toEqual(new Set((await everything(employee)).map((r) => r.id)));
  });

  it('sorts by title and by last update either way, the pages agreeing with one big page', async () => {
    for (const field of ['TITLE', 'UPDATED_AT']) {
      for (const direction of ['ASC', 'DESC']) {
        const sort = { field, direction };
        const whole = (await hr.data(PAGE, { sort, first: 200 })).knowledgeItemsPage.nodes as Row[];
        expect((await walk(hr, { sort }, 17)).rows.map((r) => r.id)).toEqual(whole.map((r) => r.id));
      }
    }
  });

  it('filters by kind on the server and counts what the filter matches', async () => {
    const filter = { kinds: ['PAPER', 'PATENT'] };
    const expected = await everything(hr, filter);
    expect(expected.length).toBeGreaterThan(0);
    const { rows, totals } = await walk(hr, { filter }, 9);
    expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(totals).toEqual(new Set([expected.length]));
    expect(rows.every((r) => filter.kinds.includes(r.kind))).toBe(true);
  });

  it('names a bad page size and a cursor of another order', async () => {
    expect((await hr.request(PAGE, { first: 0 })).errors?.[0].extensions?.field).toBe('first');
    const byTitle = (await hr.data(PAGE, { first: 5, sort: { field: 'TITLE', direction: 'ASC' } })).knowledgeItemsPage.pageInfo.endCursor;
    expect((await hr.request(PAGE, { first: 5, after: byTitle })).errors?.[0].extensions?.field).toBe('after');
  });
});
