// The GraphQL API as an outside script would call it: set-up and checks around what the UI did.
import { DEMO_PASSWORD } from './browser';

/** Signs in as `email` and sends one request; throws on a response without data. */
export async function gqlAs(baseURL: string, email: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const post = async (q: string, v: Record<string, unknown>, token?: string) =>
    (await (await fetch(`${baseURL}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query: q, variables: v }) })).json()) as { data?: any; errors?: unknown };
  const login = await post('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: email, p: DEMO_PASSWORD });
  const result = await post(query, variables, login.data.login.accessToken);
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
