// A small fetch-based GraphQL client. It keeps data AND errors (the API withholds sensitive
// fields as null plus a FORBIDDEN entry), and on UNAUTHENTICATED refreshes the tokens once and
// retries once, so an expired access token never costs the user their page.
import type { GraphQLErrorEntry, GraphQLRequest, GraphQLResult, TypedDocument } from '@cadre/sdk/console';
import { graphql } from '../gql';
import type { SessionStore, Tokens } from './session';

const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!, $tenant: String) {
    login(email: $email, password: $password, tenant: $tenant) { accessToken refreshToken }
  }
`);

const RefreshDocument = graphql(`
  mutation RefreshToken($refreshToken: String!) {
    refreshToken(refreshToken: $refreshToken) { accessToken refreshToken }
  }
`);

const SsoExchangeDocument = graphql(`
  mutation SsoExchange($code: String!) {
    ssoExchange(code: $code) { accessToken refreshToken }
  }
`);

const LogoutDocument = graphql(`
  mutation Logout($refreshToken: String) {
    logout(refreshToken: $refreshToken)
  }
`);

export interface ClientOptions {
  session: SessionStore;
  /** Same origin as the console in production; vite dev proxies it. */
  url?: string;
  fetch?: typeof fetch;
  /** The console's chosen language, sent as X-Cadre-Language so API messages come in it. */
  language?: () => string | undefined;
}

export interface GraphQLClient {
  request: GraphQLRequest;
  login(email: string, password: string, tenant?: string): Promise<GraphQLResult<{ login: Tokens }>>;
  /** Trades the one-time code single sign-on left in the login page's address for the usual tokens. */
  ssoExchange(code: string): Promise<GraphQLResult<{ ssoExchange: Tokens }>>;
  logout(): Promise<void>;
  /** GET `path` (a download such as `/export/people.people.csv`) as the signed-in account, refreshing an expired token once. */
  download(path: string): Promise<Response>;
}

const unauthenticated = (errors: readonly GraphQLErrorEntry[]) => errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');

export function createGraphQLClient(options: ClientOptions): GraphQLClient {
  const { session } = options;
  const url = options.url ?? '/graphql';
  const fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
  let refreshing: Promise<boolean> | null = null;
  const languageHeader = (): Record<string, string> => {
    const language = options.language?.();
    return language ? { 'x-cadre-language': language } : {};
  };

  async function send<R>(query: string, variables: unknown, token: string | undefined): Promise<GraphQLResult<R>> {
    const response = await fetchFn(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...languageHeader(), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
    let body: { data?: R | null; errors?: GraphQLErrorEntry[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new Error(`The server answered ${response.status} ${response.statusText} without GraphQL`);
    }
    return { data: body.data ?? null, errors: body.errors ?? [] };
  }

  /** One refresh at a time: parallel requests that all hit an expired token share it. */
  function refresh(): Promise<boolean> {
    refreshing ??= (async () => {
      const tokens = session.tokens;
      if (!tokens) return false;
      const result = await send<{ refreshToken: Tokens }>(String(RefreshDocument), { refreshToken: tokens.refreshToken }, undefined);
      if (result.data?.refreshToken) {
        session.set(result.data.refreshToken);
        return true;
      }
      session.clear('expired');
      return false;
    })().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  const request = (async <R, V>(document: TypedDocument<R, V> | string, variables?: V): Promise<GraphQLResult<R>> => {
    const query = String(document);
    const used = session.tokens;
    const result = await send<R>(query, variables, used?.accessToken);
    if (!used || !unauthenticated(result.errors)) return result;
    // Another request may have refreshed meanwhile: then just retry with the newer token.
    const renewed = session.tokens && session.tokens.accessToken !== used.accessToken ? true : await refresh();
    if (!renewed) return result;
    const retried = await send<R>(query, variables, session.tokens?.accessToken);
    if (unauthenticated(retried.errors)) session.clear('expired');
    return retried;
  }) as GraphQLRequest;

  async function download(path: string): Promise<Response> {
    const get = (token: string | undefined) => fetchFn(path, { headers: { ...languageHeader(), ...(token ? { authorization: `Bearer ${token}` } : {}) } });
    const used = session.tokens;
    const response = await get(used?.accessToken);
    if (response.status !== 401 || !used) return response;
    const renewed = session.tokens && session.tokens.accessToken !== used.accessToken ? true : await refresh();
    return renewed ? get(session.tokens?.accessToken) : response;
  }

  return {
    request,
    download,
    async login(email, password, tenant) {
      const result = await send<{ login: Tokens }>(String(LoginDocument), { email, password, tenant: tenant || null }, undefined);
      if (result.data?.login) session.set(result.data.login);
      return result;
    },
    async ssoExchange(code) {
      const result = await send<{ ssoExchange: Tokens }>(String(SsoExchangeDocument), { code }, undefined);
      if (result.data?.ssoExchange) session.set(result.data.ssoExchange);
      return result;
    },
    async logout() {
      const tokens = session.tokens;
      try {
        if (tokens) await send(String(LogoutDocument), { refreshToken: tokens.refreshToken }, tokens.accessToken);
      } finally {
        session.clear('signed-out');
      }
    },
  };
}
