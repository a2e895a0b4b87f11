// A tiny GraphQL client for the benchmark's setup (the load itself goes through autocannon).

/** POSTs a GraphQL document; returns { data, errors } as the server answered. */
export async function request(url, query, variables = {}, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, ...JSON.parse(text) };
  } catch {
    return { status: response.status, errors: [{ message: text.slice(0, 300) }] };
  }
}

/** Like request, but throws on any error; returns data. */
export async function data(url, query, variables = {}, token) {
  const result = await request(url, query, variables, token);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL failed: ${JSON.stringify(result.errors ?? result).slice(0, 800)}\n  query: ${query.slice(0, 200)}`);
  }
  return result.data;
}

export async function login(url, email, password, tenant) {
  const d = await data(url, 'mutation($e: String!, $p: String!, $t: String) { login(email: $e, password: $p, tenant: $t) { accessToken } }', { e: email, p: password, t: tenant });
  return d.login.accessToken;
}
