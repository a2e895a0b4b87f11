import { GraphQLRequestError } from '@cadre/sdk/console';
import { QueryClient } from '@tanstack/react-query';

/** GraphQL errors are answers, not glitches: only transport failures are retried (once). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, error) => count < 1 && !(error instanceof GraphQLRequestError),
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}
