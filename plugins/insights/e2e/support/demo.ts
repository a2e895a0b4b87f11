import type { GraphQLClient, TestServer } from '@cadre/sdk/testing';

/** Person ids of the demo roster by email prefix (e.g. 'employee', 'tang.yu'). */
export async function personIds(client: GraphQLClient): Promise<Record<string, string>> {
  const { people } = await client.data('{ people(first: 100) { nodes { id email } } }');
  return Object.fromEntries(people.nodes.map((p: { id: string; email: string }) => [p.email.split('@')[0], p.id]));
}

export const count = async (server: TestServer, table: string): Promise<number> => {
  const [row] = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(row.n);
};


/** Signs in as a demo person through a new account that holds only `roles`. */
export async function loginWithRoles(server: TestServer, owner: GraphQLClient, personEmail: string, personId: string, roles: string[]): Promise<GraphQLClient> {
  await owner.data('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { email: personEmail, password: 'password-1234', personId, roles } });
  return server.login(personEmail, 'password-1234', 'demo');
}

/** Signed-in clients for demo people (by email prefix), each through a new employee account. */
export async function employees(server: TestServer, owner: GraphQLClient, ids: Record<string, string>, prefixes: string[]): Promise<GraphQLClient[]> {
  const out: GraphQLClient[] = [];
  for (const p of prefixes) out.push(await loginWithRoles(server, owner, `${p}@demo.local`, ids[p], ['employee']));
  return out;
}

/** Answers every question of the survey with `score` (LIKERT clamped to 1–5) and an optional comment. */
export function answersFor(questions: Array<{ id: string; kind: string }>, score: number, comment?: string) {
  return questions.flatMap((q) =>
    q.kind === 'LIKERT' ? [{ questionId: q.id, score: Math.max(1, Math.min(5, score)) }] : q.kind === 'ENPS' ? [{ questionId: q.id, score }] : q.kind === 'TEXT' && comment ? [{ questionId: q.id, text: comment }] : [],
  );
}

/** A request in a language (X-Cadre-Language), as the console sends it. */
export async function dataIn(client: GraphQLClient, locale: 'zh-CN' | 'en-US', query: string): Promise<any> {
  const response = await fetch(`${client.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${client.token}`, 'x-cadre-language': locale },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
