// Keyset pages of rows whose sort value only JavaScript can compute (a compa-ratio read against
// bands, a sharing index): the same cursors, checks and order as keysetPage, so a console pages
// them as any other list. Values compare as JavaScript does; ties break on id.
import { checkFirst, decodeCursor, encodeCursor, type KeysetPage, type KeysetSort, type SortDirection } from './keyset-page.js';

type ArraySort<T> = Omit<KeysetSort<T>, 'column'>;
type Entry<T> = { row: T; value: string | number };

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const orderOf = (direction: SortDirection) => {
  const sign = direction === 'ASC' ? 1 : -1;
  return (av: string | number, aid: string, bv: string | number, bid: string) => sign * (cmp(av, bv) || cmp(aid, bid));
};

/** One page of `rows` (filters already applied), picked without sorting every row. */
export function arrayKeysetPage<T extends { id: string }>(rows: T[], options: { first: number; after?: string | null; sort: ArraySort<T> }): KeysetPage<T> {
  const { first, after, sort } = options;
  checkFirst(first);
  const order = orderOf(sort.direction);
  const entries = rows.map((row) => ({ row, value: sort.value(row) }));
  const cursor = after ? decodeCursor(after, sort) : null;
  const rest = cursor ? entries.filter((e) => order(e.value, e.row.id, cursor[0], cursor[1]) > 0) : entries;
  const page = firstInOrder(rest, first, (a, b) => order(a.value, a.row.id, b.value, b.row.id));
  return toPage(sort, page, rows.length, rest.length > first);
}

/** Rows in one sort's order with their values: sorted once, paged many times (sortedKeysetPage). */
export interface SortedRows<T> {
  sort: { key: string; direction: SortDirection };
  entries: ReadonlyArray<Entry<T>>;
}

export function sortRows<T extends { id: string }>(rows: readonly T[], sort: ArraySort<NoInfer<T>>): SortedRows<T> {
  const order = orderOf(sort.direction);
  const entries = rows.map((row) => ({ row, value: sort.value(row) })).sort((a, b) => order(a.value, a.row.id, b.value, b.row.id));
  return { sort: { key: sort.key, direction: sort.direction }, entries };
}

/**
 * A page of rows already in order (a shared report's): the cursor is found by binary search and,
 * without `keep`, the page is a slice. `keep` filters in one pass that also counts the matches.
 */
export function sortedKeysetPage<T extends { id: string }>(sorted: SortedRows<T>, options: { first: number; after?: string | null; keep?: (row: T) => boolean }): KeysetPage<T> {
  const { first, after, keep } = options;
  checkFirst(first);
  const { entries, sort } = sorted;
  let start = 0;
  if (after) {
    const [value, id] = decodeCursor(after, sort);
    const order = orderOf(sort.direction);
    for (let hi = entries.length; start < hi; ) {
      const mid = (start + hi) >> 1;
      if (order(entries[mid]!.value, entries[mid]!.row.id, value, id) <= 0) start = mid + 1;
      else hi = mid;
    }
  }
  if (!keep) return toPage(sort, entries.slice(start, start + first), entries.length, start + first < entries.length);
  const page: Array<Entry<T>> = [];
  let total = 0;
  let more = false;
  for (let i = 0; i < entries.length; i++) {
    if (!keep(entries[i]!.row)) continue;
    total++;
    if (i < start) continue;
    if (page.length < first) page.push(entries[i]!);
    else more = true;
  }
  return toPage(sort, page, total, more);
}

/**
 * The first `count` of `list` in `cmp`'s order, without sorting the whole list: a page of 50 out
 * of 20 000 computed rows keeps a sorted window of 50 and compares most rows once.
 */
export function firstInOrder<T>(list: readonly T[], count: number, cmp: (a: T, b: T) => number): T[] {
  if (count * 8 >= list.length) return [...list].sort(cmp).slice(0, count);
  const top: T[] = [];
  for (const item of list) {
    if (top.length === count && cmp(item, top[count - 1]!) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(top[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, item);
    if (top.length > count) top.pop();
  }
  return top;
}

function toPage<T extends { id: string }>(sort: { key: string; direction: SortDirection }, page: ReadonlyArray<Entry<T>>, totalCount: number, hasNextPage: boolean): KeysetPage<T> {
  const last = page[page.length - 1];
  return { nodes: page.map((e) => e.row), totalCount, pageInfo: { endCursor: last ? encodeCursor(sort, last.value, last.row.id) : null, hasNextPage } };
}
