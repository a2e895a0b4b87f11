import type { GraphQLClient, TestServer } from '@cadre/sdk/testing';
import { expect } from 'vitest';

/** The id of a demo person by email. */
export async function personId(client: GraphQLClient, email: string): Promise<string> {
  const { people } = await client.data('query($s: String) { people(filter: { search: $s }) { nodes { id email } } }', { s: email });
  const found = people.nodes.find((p: { email: string }) => p.email === email);
  if (!found) throw new Error(`no person ${email}`);
  return found.id;
}

/** Asserts the first error's code (and field, when given). */
export async function expectError(client: GraphQLClient, query: string, variables: Record<string, unknown>, code: string, field?: string): Promise<void> {
  const r = await client.request(query, variables);
  expect(r.errors?.[0]?.extensions?.code, JSON.stringify(r.errors)).toBe(code);
  if (field !== undefined) expect(r.errors?.[0]?.extensions?.field, JSON.stringify(r.errors)).toBe(field);
}

export async function requisitionByTitle(client: GraphQLClient, title: string): Promise<{ id: string; status: string; hiringManagerId: string }> {
  const { requisitions } = await client.data('{ requisitions { id title status hiringManagerId } }');
  const found = requisitions.find((r: { title: string }) => r.title === title);
  if (!found) throw new Error(`no requisition ${title}`);
  return found;
}

export async function candidateByName(client: GraphQLClient, name: string): Promise<{ id: string; stage: string; requisitionId: string }> {
  const { candidates } = await client.data('query($s: String) { candidates(filter: { search: $s }) { id name stage requisitionId } }', { s: name });
  const found = candidates.find((c: { name: string }) => c.name === name);
  if (!found) throw new Error(`no candidate ${name}`);
  return found;
}

export const tenantIdOf = async (client: GraphQLClient): Promise<string> => (await client.data('{ me { tenant { id } } }')).me.tenant.id;

export type { GraphQLClient, TestServer };
