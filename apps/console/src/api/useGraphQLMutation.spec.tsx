import type { GraphQLRequest, TypedDocument } from '@cadre/sdk/console';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useGraphQLMutation } from './useGraphQLQuery';

const SAVE = 'mutation Save($id: ID!) { save(id: $id) }' as TypedDocument<{ save: boolean }, { id: string }>;

function mutationWith(request: GraphQLRequest) {
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return renderHook(() => useGraphQLMutation(request, SAVE, { invalidates: [] }), { wrapper }).result.current;
}

describe('useGraphQLMutation', () => {
  it('resolves a failure without a GraphQL answer as an error entry, never rejecting', async () => {
    const failing = (async () => { throw new Error('The server answered 502 Bad Gateway without GraphQL'); }) as GraphQLRequest;
    await expect(mutationWith(failing).mutate({ id: '1' })).resolves.toEqual({ data: null, errors: [{ message: 'The server answered 502 Bad Gateway without GraphQL' }] });
  });

  it('passes the API’s answer through, errors included', async () => {
    const refused = (async () => ({ data: null, errors: [{ message: 'Conflict', extensions: { code: 'CONFLICT' } }] })) as GraphQLRequest;
    await expect(mutationWith(refused).mutate({ id: '1' })).resolves.toEqual({ data: null, errors: [{ message: 'Conflict', extensions: { code: 'CONFLICT' } }] });
  });
});
