// Checks every keyset connection should pass (see "Lists that scale" in docs/plugins.md), for a
// plugin's e2e: walk a `<thing>Page` query page by page and compare it with one big page. Plain
// node:assert, so they work under any test runner.
import assert from 'node:assert/strict';
import type { GraphQLClient } from './graphql-client.js';

type Page<T> = { nodes: T[]; totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
type Vars = Record<string, unknown>;

/** A `<name>` connection query of the given node fields, with the usual filter/sort/first/after arguments. */
export const pageQuery = (name: string, filterType: string, sortType: string, fields: string): string => `query($filter: ${filterType}, $sort: ${sortType}, $first: Int!, $after: String) {
  ${name}(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ${fields} } } }`;

/** Every page of a connection query, following endCursor: the rows, the page count and each page's totalCount. */
export async function walkPages<T>(client: GraphQLClient, query: string, name: string, variables: Vars, first: number): Promise<{ rows: T[]; pages: number; totals: number[] }> {
  const rows: T[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let pages = 1; pages < 1000; pages++) {
    const page: Page<T> = (await client.data(query, { ...variables, first, after }))[name];
    assert.ok(page.nodes.length <= first, `${name}: ${page.nodes.length} rows on a page of ${first}`);
    rows.push(...page.nodes);
    totals.push(page.totalCount);
    if (!page.pageInfo.hasNextPage) return { rows, pages, totals };
    after = page.pageInfo.endCursor;
  }
  throw new Error(`${name}: no last page after 1000 pages`);
}

/** The ids in order, asserting none repeats. */
export function idsOnce(rows: { id: string }[]): string[] {
  const ids = rows.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'a row came twice');
  return ids;
}

/** Rows ordered by a key then id, either way: the order keysetPage promises. */
export function byKeyThenId<T extends { id: string }>(rows: T[], key: (r: T) => string | number, direction: 'ASC' | 'DESC'): string[] {
  const sign = direction === 'ASC' ? 1 : -1;
  const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows].sort((a, b) => sign * (cmp(key(a), key(b)) || cmp(a.id, b.id))).map((r) => r.id);
}

/** Each sort field both ways: walking in small pages gives exactly one big page's rows in its order. */
export async function expectSortsAgree(client: GraphQLClient, query: string, name: string, fields: string[], first: number, variables: Vars = {}): Promise<void> {
  for (const field of fields) {
    for (const direction of ['ASC', 'DESC']) {
      const sort = { field, direction };
      const whole: { id: string }[] = (await client.data(query, { ...variables, sort, first: 200 }))[name].nodes;
      const { rows } = await walkPages<{ id: string }>(client, query, name, { ...variables, sort }, first);
      assert.deepEqual(idsOnce(rows), whole.map((r) => r.id), `${name} sorted by ${field} ${direction}`);
    }
  }
}

/** A bad page size, a made-up cursor and a cursor of another order are refused, naming the argument. */
export async function expectBadArgsNamed(client: GraphQLClient, query: string, name: string, otherSort: { field: string; direction: string }, variables: Vars = {}): Promise<void> {
  const field = async (v: Vars) => (await client.request(query, { ...variables, ...v })).errors?.[0].extensions?.field;
  assert.equal(await field({ first: 0 }), 'first');
  assert.equal(await field({ first: 201 }), 'first');
  assert.equal(await field({ first: 2, after: 'not-a-cursor' }), 'after');
  const cursor = (await client.data(query, { ...variables, first: 2, sort: otherSort }))[name].pageInfo.endCursor;
  const other = await client.request(query, { ...variables, first: 2, after: cursor });
  assert.equal(other.errors?.[0].extensions?.field, 'after');
  assert.match(other.errors?.[0].message ?? '', /another sort order/);
}
