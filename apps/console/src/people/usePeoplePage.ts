// One page of the directory from a cursor API, with random access: the cursor for page n is
// the endCursor after (n-1)·size rows, fetched cheaply (pageInfo only) when not yet known.
import { dataOrThrow, GraphQLRequestError, useCadre, type GraphQLResult } from '@cadre/sdk/console';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import type { PeopleFilter, PeopleListQuery } from '../gql/graphql';
import { PeopleCursorDocument, PeopleListDocument } from './documents';

const MAX_FIRST = 200;

export function usePeoplePage(filter: PeopleFilter, page: number, size: number) {
  const { request } = useCadre();
  // cursors[key][n] = the `after` cursor of page n (page 1 starts at null).
  const cursors = useRef(new Map<string, Map<number, string | null>>());
  const key = JSON.stringify([filter, size]);

  async function cursorFor(known: Map<number, string | null>, target: number): Promise<string | null> {
    let from = 1;
    for (const n of known.keys()) if (n <= target && n > from) from = n;
    let after = known.get(from) ?? null;
    let skip = (target - from) * size;
    while (skip > 0) {
      const first = Math.min(skip, MAX_FIRST);
      const { people } = dataOrThrow(await request(PeopleCursorDocument, { filter, first, after }));
      after = people.pageInfo.endCursor ?? null;
      skip -= first;
      if (!people.pageInfo.hasNextPage) break;
    }
    known.set(target, after);
    return after;
  }

  return useQuery<GraphQLResult<PeopleListQuery>, Error>({
    queryKey: ['PeopleList', filter, page, size],
    placeholderData: keepPreviousData,
    queryFn: async () => {
      let known = cursors.current.get(key);
      if (!known) cursors.current.set(key, (known = new Map([[1, null]])));
      const after = known.has(page) ? known.get(page)! : await cursorFor(known, page);
      const result = await request(PeopleListDocument, { filter, first: size, after });
      if (!result.data) throw new GraphQLRequestError(result.errors);
      known.set(page + 1, result.data.people.pageInfo.endCursor ?? null);
      return result;
    },
  });
}
