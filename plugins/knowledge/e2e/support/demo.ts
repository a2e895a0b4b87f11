import type { GraphQLClient, TestServer } from '@cadre/sdk/testing';

/** Person ids of the demo roster by email prefix (e.g. 'employee', 'guo.ting'). */
export async function personIds(client: GraphQLClient): Promise<Record<string, string>> {
  const { people } = await client.data('{ people(first: 100) { nodes { id email } } }');
  return Object.fromEntries(people.nodes.map((p: { id: string; email: string }) => [p.email.split('@')[0], p.id]));
}

export const ITEM_FIELDS = 'id kind title body bodyHtml summary visibility unitId version readCount bookmarkCount bookmarked canEdit publishedAt authors { id name } skills { id name } links { title url } reference';

export async function createItem(client: GraphQLClient, input: Record<string, unknown>) {
  const { createKnowledgeItem } = await client.data(`mutation($input: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $input) { ${ITEM_FIELDS} } }`, { input });
  return createKnowledgeItem;
}

export const count = async (server: TestServer, table: string): Promise<number> => {
  const ds = server.app.dataSource;
  const [row] = await ds.query(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(row.n);
};

/** Payloads of the events of `type` written to the outbox (delivered or not). */
export async function outbox(server: TestServer, type: string): Promise<any[]> {
  const rows: Array<{ payload: string }> = await server.app.dataSource.createQueryBuilder().select('o.payload', 'payload').from('outbox', 'o').where('o.type = :type', { type }).orderBy('o.createdAt', 'ASC').getRawMany();
  return rows.map((r) => JSON.parse(r.payload));
}

/** Signs in as a demo person through a new account that holds only `roles`. */
export async function loginWithRoles(server: TestServer, owner: GraphQLClient, personEmail: string, personId: string, roles: string[]): Promise<GraphQLClient> {
  await owner.data('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { email: personEmail, password: 'password-1234', personId, roles } });
  return server.login(personEmail, 'password-1234', 'demo');
}
