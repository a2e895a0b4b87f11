// A list paged, sorted and filtered on the server (a keyset connection), with its whole state in
// the URL — ?page=3&size=50&sort=-TITLE&kind=TECH_TALK — so reload, back and a shared link show
// the same rows. Any page is reachable: the cursor of page n is the end of the rows before it,
// walked once and remembered; next/previous pages use the cursors already known.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PaginationProps, TablePaginationConfig, TableProps } from 'antd';
import { useRef } from 'react';
import { useCadre } from '../context.js';
import type { GraphQLErrorEntry } from '../graphql.js';
import { useSearchParams } from 'react-router';

export type SortDirection = 'ASC' | 'DESC';

export interface ServerPage<TNode> {
  nodes: TNode[];
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  /** Field errors that came with the rows (e.g. a withheld value), for the page to show. */
  errors?: GraphQLErrorEntry[];
}

type FetchArgs<F extends string, S extends string> = { filter: Partial<Record<F, string>>; sort: { field: S; direction: SortDirection }; first: number; after: string | null };

export interface ServerListOptions<TNode, F extends string, S extends string> {
  /** Query-cache key of this list (filters, sort and page are added). */
  key: string;
  /** URL parameters that are filters (their values are strings, as the API's filter fields). */
  filters: readonly F[];
  /** The API's sort fields (its enum values); the default first. */
  sorts: readonly S[];
  /** The order without a `sort` parameter; a function when it depends on the filters (e.g. upcoming soonest first). */
  defaultSort: { field: S; direction: SortDirection } | ((filter: Partial<Record<F, string>>) => { field: S; direction: SortDirection });
  sizes?: readonly number[];
  fetch(args: FetchArgs<F, S>): Promise<ServerPage<TNode>>;
  /** A cheaper request for the cursors before a page reached directly (only pageInfo is read); `fetch` when omitted. */
  walk?(args: FetchArgs<F, S>): Promise<{ pageInfo: ServerPage<TNode>['pageInfo'] }>;
}

const WALK = 200;

type Sorter<T> = Parameters<NonNullable<TableProps<T>['onChange']>>[2];

export function useServerList<TNode, F extends string, S extends string>(options: ServerListOptions<TNode, F, S>) {
  const { key, filters, sorts, fetch } = options;
  const walk = options.walk ?? fetch;
  const sizes = options.sizes ?? [20, 50, 100];
  const [params, setParams] = useSearchParams();
  const { t } = useCadre();

  const filter: Partial<Record<F, string>> = {};
  for (const name of filters) {
    const value = params.get(name);
    if (value) filter[name] = value;
  }
  const defaultSort = typeof options.defaultSort === 'function' ? options.defaultSort(filter) : options.defaultSort;
  const rawSort = params.get('sort') ?? '';
  const sortField = rawSort.replace(/^-/, '') as S;
  const sort = sorts.includes(sortField) ? { field: sortField, direction: (rawSort.startsWith('-') ? 'DESC' : 'ASC') as SortDirection } : defaultSort;
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  const size = sizes.includes(Number(params.get('size'))) ? Number(params.get('size')) : sizes[0];

  // The parameters as last set here: two changes before the next render (a filter picked, then a
  // search sent) both stay, instead of the second starting from the render's older copy.
  const latest = useRef({ rendered: params, set: params });
  if (latest.current.rendered !== params) latest.current = { rendered: params, set: params };

  /** Changes URL parameters; any change but the page itself starts again at page 1. */
  const update = (changes: { [name in F | 'page' | 'size' | 'sort']?: string | number | null }) => {
    const next = new URLSearchParams(latest.current.set);
    for (const [name, value] of Object.entries(changes)) {
      if (value === undefined || value === null || value === '') next.delete(name);
      else next.set(name, String(value));
    }
    if (!('page' in changes)) next.delete('page');
    latest.current.set = next;
    setParams(next);
  };
  const setSort = (field: S | null, direction: SortDirection = 'ASC') => update({ sort: field && (field !== defaultSort.field || direction !== defaultSort.direction) ? `${direction === 'DESC' ? '-' : ''}${field}` : null });

  // cursors[listKey][n]: the `after` of page n (page 1 starts at null).
  const cursors = useRef(new Map<string, Map<number, string | null>>());
  const listKey = JSON.stringify([filter, sort, size]);

  const query = useQuery<ServerPage<TNode>, Error>({
    queryKey: [key, filter, sort, size, page],
    placeholderData: keepPreviousData,
    queryFn: async () => {
      let known = cursors.current.get(listKey);
      if (!known) cursors.current.set(listKey, (known = new Map([[1, null]])));
      let from = 1;
      for (const n of known.keys()) if (n <= page && n > from) from = n;
      let after = known.get(from) ?? null;
      for (let skip = (page - from) * size; skip > 0; ) {
        const first = Math.min(skip, WALK);
        const walked = await walk({ filter, sort, first, after });
        after = walked.pageInfo.endCursor ?? null;
        skip -= first;
        if (!walked.pageInfo.hasNextPage) break;
      }
      known.set(page, after);
      const result = await fetch({ filter, sort, first: size, after });
      known.set(page + 1, result.pageInfo.endCursor ?? null);
      return result;
    },
  });

  const pagination: PaginationProps = {
    current: page, pageSize: size, total: query.data?.totalCount ?? 0, showSizeChanger: true, pageSizeOptions: sizes.map(String),
    showTotal: (total) => t('common.total', { count: total }),
  };
  return {
    ...query,
    nodes: query.data?.nodes ?? [],
    errors: query.data?.errors ?? [],
    filter, sort, page, size, update, setSort,
    /** For an antd List or Pagination (a Table takes `tableProps`). */
    pagination: { ...pagination, onChange: (nextPage: number, nextSize: number) => (nextSize !== size ? update({ size: nextSize }) : update({ page: nextPage })) } satisfies PaginationProps,
    /** antd column `sortOrder` for the API field `field`. */
    sortOrder: (field: S) => (sort.field === field ? (sort.direction === 'ASC' ? 'ascend' : 'descend') : null) as 'ascend' | 'descend' | null,
    /** The Table's pagination and onChange: paging and column sorting go to the URL. Columns set `key` to their API sort field. */
    tableProps: {
      pagination: pagination as TablePaginationConfig,
      // Never "unsorted": a third click on a column turns it back to ascending, not to no order.
      sortDirections: ['ascend', 'descend', 'ascend'] as Array<'ascend' | 'descend'>,
      onChange: (p: TablePaginationConfig, _filters: unknown, sorter: Sorter<TNode>) => {
        const s = Array.isArray(sorter) ? sorter[0] : sorter;
        const next = s?.order && s.columnKey ? { field: s.columnKey as S, direction: (s.order === 'descend' ? 'DESC' : 'ASC') as SortDirection } : sort;
        if (next.field !== sort.field || next.direction !== sort.direction) return setSort(next.field, next.direction);
        if (p.pageSize && p.pageSize !== size) return update({ size: p.pageSize });
        if (p.current && p.current !== page) update({ page: p.current });
      },
    },
  };
}
