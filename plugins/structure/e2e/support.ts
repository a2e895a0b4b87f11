// Helpers shared by the structure e2e suites: look-ups by name and email through the API.
import { DataService } from '@cadre/sdk';
import type { GraphQLClient, TestServer } from '@cadre/sdk/testing';

export async function personId(client: GraphQLClient, email: string): Promise<string> {
  const { people } = await client.data('query($s: String) { people(filter: { search: $s }) { nodes { id email } } }', { s: email });
  const found = people.nodes.find((n: { email: string }) => n.email === email);
  if (!found) throw new Error(`no person ${email}`);
  return found.id;
}

export async function unitId(client: GraphQLClient, name: string): Promise<string> {
  const { orgUnits } = await client.data('{ orgUnits { id name } }');
  const found = orgUnits.find((u: { name: string }) => u.name === name);
  if (!found) throw new Error(`no unit ${name}`);
  return found.id;
}

export async function projectByName(client: GraphQLClient, name: string): Promise<{ id: string; headcount: number; assignments: Array<{ personId: string; allocation: number }> }> {
  const { projects } = await client.data('{ projects { id name headcount assignments { personId allocation } } }');
  const found = projects.find((p: { name: string }) => p.name === name);
  if (!found) throw new Error(`no project ${name}`);
  return found;
}

export async function skillId(client: GraphQLClient, name: string): Promise<string> {
  const { skills } = await client.data('query($s: String) { skills(search: $s) { id name } }', { s: name });
  const found = skills.find((s: { name: string }) => s.name === name);
  if (!found) throw new Error(`no skill ${name}`);
  return found.id;
}

/** Every project's assignments as sorted "project|person|allocation" lines (to compare snapshots). */
export async function assignmentSnapshot(client: GraphQLClient): Promise<string[]> {
  const { projects } = await client.data('{ projects { id assignments { personId allocation } } }');
  return projects.flatMap((p: { id: string; assignments: Array<{ personId: string; allocation: number }> }) => p.assignments.map((a) => `${p.id}|${a.personId}|${a.allocation}`)).sort();
}

export const codeOf = (r: { errors?: Array<{ extensions?: { code?: string } }> }) => r.errors?.[0]?.extensions?.code;
export const fieldOf = (r: { errors?: Array<{ extensions?: { field?: string } }> }) => r.errors?.[0]?.extensions?.field;

/**
 * Events written to the outbox (read directly: a probe event handler would race with the audit
 * write on SQLite's single connection — see the report).
 */
export async function outboxEvents(server: TestServer, type: string): Promise<Array<{ payload: any; tenantId: string }>> {
  const rows: Array<{ payload: string; tenantId: string }> = await server
    .get(DataService)
    .dataSource.createQueryBuilder()
    .select(['o.payload AS payload', 'o.tenantId AS "tenantId"'])
    .from('outbox', 'o')
    .where('o.type = :type', { type })
    .orderBy('o.createdAt', 'ASC')
    .getRawMany();
  return rows.map((r) => ({ payload: JSON.parse(r.payload), tenantId: r.tenantId }));
}
