// A list that grows by "Show more" instead of pages (a board's column, a feed): keyset pages of
// `size` fetched one after another, each from the cursor the previous one ended at. A refetch
// (after any mutation) reloads the pages already shown, so a card moved away is not left behind.
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ServerPage } from './useServerList.js';

export interface LoadMoreOptions<TNode> {
  /** Query-cache key of this list, with everything its rows depend on (filters, sort). */
  key: readonly unknown[];
  size?: number;
  fetch(args: { first: number; after: string | null }): Promise<ServerPage<TNode>>;
}

export function useLoadMore<TNode>({ key, size = 20, fetch }: LoadMoreOptions<TNode>) {
  const query = useInfiniteQuery({
    queryKey: key,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => fetch({ first: size, after: pageParam }),
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? null) : undefined),
  });
  const pages = query.data?.pages ?? [];
  return {
    nodes: pages.flatMap((p) => p.nodes),
    /** All the rows there are, not only those shown (the newest page's count). */
    totalCount: pages.at(-1)?.totalCount ?? 0,
    hasMore: query.hasNextPage,
    loadMore: () => void query.fetchNextPage(),
    isLoading: query.isLoading,
    isLoadingMore: query.isFetchingNextPage,
    error: query.error,
    refetch: () => void query.refetch(),
  };
}
