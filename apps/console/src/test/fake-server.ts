// A fake /graphql for component tests: answers by operation name, records every call.
import type { GraphQLErrorEntry } from '@cadre/sdk/console';

export interface FakeAnswer {
  data?: unknown;
  errors?: GraphQLErrorEntry[];
}

export type Handler = (variables: Record<string, unknown>, token: string | undefined) => FakeAnswer;

export interface FakeCall {
  operation: string;
  variables: Record<string, unknown>;
  token: string | undefined;
}

export function fakeServer(handlers: Record<string, Handler>) {
  const calls: FakeCall[] = [];
  const fetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const operation = /\b(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '?';
    const auth = (init?.headers as Record<string, string> | undefined)?.authorization;
    const token = auth?.replace(/^Bearer /, '');
    calls.push({ operation, variables: body.variables, token });
    const handler = handlers[operation];
    const answer: FakeAnswer = handler ? handler(body.variables, token) : { data: null, errors: [{ message: `no fake for ${operation}`, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}
