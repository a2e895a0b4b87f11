// TanStack Query over the GraphQL client: the cache key is the operation name plus variables;
// results keep errors next to data so pages can tell "hidden" from "empty".
import {
  GraphQLRequestError,
  type CadreMutation, type CadreMutationOptions, type CadreQueryOptions, type CadreQueryResult, type GraphQLRequest, type GraphQLResult, type TypedDocument,
} from '@cadre/sdk/console';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

/** `query PeopleList(...)` → 'PeopleList' (the first element of every query key). */
export function operationName(document: TypedDocument<unknown, never> | string): string {
  return /\b(?:query|mutation|subscription)\s+(\w+)/.exec(String(document))?.[1] ?? String(document);
}

export function useGraphQLQuery<R, V>(request: GraphQLRequest, document: TypedDocument<R, V>, variables: V, options?: CadreQueryOptions<R>): CadreQueryResult<R> {
  const query = useQuery<GraphQLResult<R>, Error>({
    queryKey: [operationName(document as TypedDocument<unknown, never>), variables, ...(options?.key ?? [])],
    queryFn: async () => {
      const result = await request(document, variables);
      if (result.data == null) throw new GraphQLRequestError(result.errors);
      return result;
    },
    enabled: options?.enabled,
    refetchInterval: options?.pollEvery ? (query) => options.pollEvery!(query.state.data?.data ?? undefined) : false,
  });
  return {
    data: query.data?.data ?? undefined,
    errors: query.data?.errors ?? [],
    error: query.error,
    isLoading: query.isLoading,
    refetch: () => void query.refetch(),
  };
}

export function useGraphQLMutation<R, V>(request: GraphQLRequest, document: TypedDocument<R, V>, options?: CadreMutationOptions): CadreMutation<R, V> {
  const queryClient = useQueryClient();
  const mutation = useMutation<GraphQLResult<R>, Error, V>({
    mutationFn: (variables) => request(document, variables),
    onSuccess: async (result) => {
      if (result.data == null) return;
      if (!options?.invalidates) await queryClient.invalidateQueries();
      else await Promise.all(options.invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey: [...queryKey] })));
    },
  });
  // Resolves, never rejects (the SDK's contract): a failure without a GraphQL answer (the network,
  // a proxy's HTML) becomes an error entry, so a form or a confirm dialog shows it instead of losing it.
  const mutate = (variables: V) => mutation.mutateAsync(variables).catch((error: Error): GraphQLResult<R> => ({ data: null, errors: [{ message: error.message }] }));
  return { mutate, isPending: mutation.isPending };
}
