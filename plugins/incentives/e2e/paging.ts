import type { GraphQLClient } from '@cadre/sdk/testing';
import { expect } from 'vitest';

// Walking the incentives connections (bonusAllocationsPage, bonusPoolsPage) the way a client does.

/** Every page of a connection query, following endCursor: the rows, the page count and each page's totalCount. */
export async function walk<T>(client: GraphQLClient, query: string, name: string, variables: Record<string, unknown>, first: number): Promise<{ rows: T[]; pages: number; totals: number[] }> {
  const rows: T[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let pages = 1; pages < 1000; pages++) {
    const page = (await client.data(query, { ...variables, first, after }))[name];
    expect(page.nodes.length).toBeLessThanOrEqual(first);
    rows.push(...page.nodes);
    totals.push(page.totalCount);
    if (!page.pageInfo.hasNextPage) return { rows, pages, totals };
    after = page.pageInfo.endCursor;
  }
  throw new Error('no last page');
}

/** The ids in order, asserting none repeats. */
export function idsOnce(rows: { id: string }[]): string[] {
  const ids = rows.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  return ids;
}

/** Each sort field both ways: walking in small pages gives exactly one big page's rows in its order. */
export async function expectSortsAgree(client: GraphQLClient, query: string, name: string, variables: Record<string, unknown>, fields: string[], first: number): Promise<void> {
  for (const field of fields) {
    for (const direction of ['ASC', 'DESC']) {
      const sort = { field, direction };
      const whole = (await client.data(query, { ...variables, sort, first: 200 }))[name].nodes as { id: string }[];
      const { rows } = await walk<{ id: string }>(client, query, name, { ...variables, sort }, first);
      expect(idsOnce(rows), `${field} ${direction}`).toEqual(whole.map((r) => r.id));
    }
  }
}

/** A bad page size, a made-up cursor and a cursor of another order are refused, naming the argument. */
export async function expectBadArgsNamed(client: GraphQLClient, query: string, name: string, variables: Record<string, unknown>, otherSort: { field: string; direction: string }): Promise<void> {
  expect((await client.request(query, { ...variables, first: 0 })).errors?.[0].extensions?.field).toBe('first');
  expect((await client.request(query, { ...variables, first: 201 })).errors?.[0].extensions?.field).toBe('first');
  expect((await client.request(query, { ...variables, first: 2, after: 'not-a-cursor' })).errors?.[0].extensions?.field).toBe('after');
  const cursor = (await client.data(query, { ...variables, first: 2, sort: otherSort }))[name].pageInfo.endCursor;
  const other = await client.request(query, { ...variables, first: 2, after: cursor });
  expect(other.errors?.[0].extensions?.field).toBe('after');
  expect(other.errors?.[0].message).toContain('another sort order');
}

/** Sorts rows by a key then id, either way: the order keysetPage promises. */
export function byKeyThenId<T extends { id: string }>(rows: T[], key: (r: T) => string | number, direction: 'ASC' | 'DESC'): string[] {
  const sign = direction === 'ASC' ? 1 : -1;
  const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows].sort((a, b) => sign * (cmp(key(a), key(b)) || cmp(a.id, b.id))).map((r) => r.id);
}
