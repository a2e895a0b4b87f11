import { useSearchParams } from 'react-router';
import type { PeopleFilter } from '../gql/graphql';

export const PAGE_SIZES = [20, 50, 100];

/** Filters and page live in the URL, so reload, back and shared links keep them. */
export function usePeopleSearchParams() {
  const [params, setParams] = useSearchParams();
  const filter: PeopleFilter = {};
  for (const name of ['search', 'status', 'track', 'level'] as const) {
    const value = params.get(name);
    if (value) filter[name] = value;
  }
  const page = Math.max(1, Number(params.get('page')) || 1);
  const size = PAGE_SIZES.includes(Number(params.get('size'))) ? Number(params.get('size')) : PAGE_SIZES[0];

  const update = (changes: Partial<Record<'search' | 'status' | 'track' | 'level' | 'page' | 'size', string | number | undefined | null>>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === undefined || value === null || value === '') next.delete(name);
      else next.set(name, String(value));
    }
    // A new filter or page size starts from the first page.
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  return { filter, page, size, update };
}
