// The GraphQL API as an outside script would call it: set-up and checks around what the UI did.
import { DEMO_PASSWORD } from './browser';

type Answer = { data?: any; errors?: Array<{ extensions?: { code?: string } }> };

const post = async (baseURL: string, query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> =>
  (await (await fetch(`${baseURL}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) })).json()) as Answer;

// One sign-in per account for a few minutes (well inside the access token's 15): each sign-in
// costs the server a deliberately slow scrypt, and the suites make hundreds of these calls.
const REUSE_MS = 5 * 60_000;
const tokens = new Map<string, { token: string; at: number }>();

async function tokenFor(baseURL: string, email: string, fresh: boolean): Promise<string> {
  const key = `${baseURL} ${email}`;
  const kept = tokens.get(key);
  if (!fresh && kept && Date.now() - kept.at < REUSE_MS) return kept.token;
  const login = await post(baseURL, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: email, p: DEMO_PASSWORD });
  if (!login.data) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(login.errors)}`);
  tokens.set(key, { token: login.data.login.accessToken, at: Date.now() });
  return login.data.login.accessToken;
}

/** Signs in as `email` (or reuses a recent sign-in) and sends one request; throws on a response without data. */
export async function gqlAs(baseURL: string, email: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  let result = await post(baseURL, query, variables, await tokenFor(baseURL, email, false));
  // A session a test ended (signed out everywhere, password changed): sign in again, once.
  if (result.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') result = await post(baseURL, query, variables, await tokenFor(baseURL, email, true));
  if (!result.data) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** Every node of a connection query (`field` is its name; it takes $first and $after), in the API's order. */
export async function allPages(baseURL: string, email: string, query: string, field: string, variables: Record<string, unknown> = {}): Promise<any[]> {
  const out: any[] = [];
  for (let after: string | null = null; ; ) {
    const page: { nodes: any[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = (await gqlAs(baseURL, email, query, { ...variables, first: 200, after }))[field];
    out.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}
