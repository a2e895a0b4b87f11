import { describe, expect, it } from 'vitest';
import { arrayKeysetPage, firstInOrder, sortedKeysetPage, sortRows } from './array-page.js';
import type { SortDirection } from './keyset-page.js';

type Row = { id: string; score: number };
// Ties on score, so the id must break them for the pages to meet without a gap or a repeat.
const rows: Row[] = [5, 3, 5, 1, 3, 5, 2].map((score, i) => ({ id: `r${i}`, score }));
const sort = (direction: SortDirection) => ({ key: 'score', direction, value: (r: Row) => r.score });

function walk(direction: SortDirection, first: number): Row[][] {
  const pages: Row[][] = [];
  let after: string | null = null;
  for (;;) {
    const page = arrayKeysetPage(rows, { first, after, sort: sort(direction) });
    expect(page.totalCount).toBe(rows.length);
    pages.push(page.nodes);
    if (!page.pageInfo.hasNextPage) return pages;
    after = page.pageInfo.endCursor;
  }
}

describe('arrayKeysetPage', () => {
  it('pages every row once, in value then id order, both ways', () => {
    const asc = walk('ASC', 3);
    expect(asc.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(asc.flat().map((r) => r.id)).toEqual(['r3', 'r6', 'r1', 'r4', 'r0', 'r2', 'r5']);
    expect(walk('DESC', 2).flat().map((r) => r.id)).toEqual(['r5', 'r2', 'r0', 'r4', 'r1', 'r6', 'r3']);
  });

  it('ends with an empty page after the last row, and an empty list has no cursor', () => {
    const all = arrayKeysetPage(rows, { first: 7, sort: sort('ASC') });
    expect(all.pageInfo.hasNextPage).toBe(false);
    expect(arrayKeysetPage(rows, { first: 7, after: all.pageInfo.endCursor, sort: sort('ASC') }).nodes).toEqual([]);
    expect(arrayKeysetPage([], { first: 5, sort: sort('ASC') }).pageInfo).toEqual({ endCursor: null, hasNextPage: false });
  });

  it('refuses a cursor of another order, a foreign cursor and a page size out of range, naming the argument', () => {
    const cursor = arrayKeysetPage(rows, { first: 2, sort: sort('ASC') }).pageInfo.endCursor;
    expect(() => arrayKeysetPage(rows, { first: 2, after: cursor, sort: sort('DESC') })).toThrow(/another sort order/);
    expect(() => arrayKeysetPage(rows, { first: 2, after: 'nonsense', sort: sort('ASC') })).toThrow(/not a cursor/);
    expect(() => arrayKeysetPage(rows, { first: 0, sort: sort('ASC') })).toThrow(/from 1 to 200/);
  });
});

describe('firstInOrder', () => {
  it('gives what sorting the whole list and slicing gives, ties and small lists included', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const cmp = (a: { v: number; id: number }, b: { v: number; id: number }) => a.v - b.v || a.id - b.id;
    for (const n of [0, 1, 5, 60, 400, 3000]) {
      const list = Array.from({ length: n }, (_, id) => ({ v: Math.floor(random() * 20), id }));
      for (const count of [1, 3, 20, 50, 500]) expect(firstInOrder(list, count, cmp)).toEqual([...list].sort(cmp).slice(0, count));
    }
  });
});

describe('sortedKeysetPage', () => {
  const many: Row[] = Array.from({ length: 300 }, (_, i) => ({ id: `m${String(i).padStart(3, '0')}`, score: (i * 37) % 11 }));
  const walkSorted = (direction: SortDirection, first: number, keep?: (r: Row) => boolean) => {
    const sorted = sortRows(many, sort(direction));
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = sortedKeysetPage(sorted, { first, after, keep });
      expect(page.totalCount).toBe(keep ? many.filter(keep).length : many.length);
      seen.push(...page.nodes.map((r) => r.id));
      if (!page.pageInfo.hasNextPage) return seen;
      after = page.pageInfo.endCursor;
    }
  };

  it('pages as arrayKeysetPage does, with and without a filter, both ways, and takes its cursors', () => {
    const even = (r: Row) => r.score % 2 === 0;
    for (const direction of ['ASC', 'DESC'] as const) {
      const all = arrayKeysetPage(many, { first: 200, sort: sort(direction) }).nodes.map((r) => r.id);
      const next = arrayKeysetPage(many, { first: 200, after: arrayKeysetPage(many, { first: 200, sort: sort(direction) }).pageInfo.endCursor, sort: sort(direction) }).nodes.map((r) => r.id);
      expect(walkSorted(direction, 7)).toEqual([...all, ...next]);
      expect(walkSorted(direction, 13, even)).toEqual([...all, ...next].filter((id) => even(many.find((r) => r.id === id)!)));
      const cursor = arrayKeysetPage(many, { first: 40, sort: sort(direction) }).pageInfo.endCursor;
      expect(sortedKeysetPage(sortRows(many, sort(direction)), { first: 5, after: cursor }).nodes).toEqual(arrayKeysetPage(many, { first: 5, after: cursor, sort: sort(direction) }).nodes);
    }
  });

  it('refuses a cursor of another order and a bad first', () => {
    const cursor = arrayKeysetPage(many, { first: 2, sort: sort('ASC') }).pageInfo.endCursor;
    expect(() => sortedKeysetPage(sortRows(many, sort('DESC')), { first: 2, after: cursor })).toThrow(/another sort order/);
    expect(() => sortedKeysetPage(sortRows(many, sort('ASC')), { first: 0 })).toThrow(/first/);
  });
});
