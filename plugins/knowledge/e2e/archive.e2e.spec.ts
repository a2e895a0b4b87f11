import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgePlugin } from '../src/index.js';
import { createItem, personIds } from './support/demo.js';
import { createFakeStructure } from '@cadre/plugin-structure/testing';

const ARCHIVE = 'mutation($id: ID!) { archiveKnowledgeItem(id: $id) { id archivedAt canEdit } }';
const RESTORE = 'mutation($id: ID!) { restoreKnowledgeItem(id: $id) { id archivedAt } }';
const DELETE = 'mutation($id: ID!) { deleteKnowledgeItem(id: $id) }';
const LISTED = 'query($f: KnowledgeItemFilter) { knowledgeItems(filter: $f, first: 100) { nodes { id } } }';
const FOUND = 'query($q: String!, $f: KnowledgeItemFilter) { searchKnowledge(query: $q, filter: $f) { hits { item { id } } } }';

describe('archiving and deleting knowledge items', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let hr: GraphQLClient;
  let employee: GraphQLClient;
  let ids: Record<string, string>;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [createFakeStructure().plugin, knowledgePlugin] });
    [owner, hr, employee] = await Promise.all([server.loginAs('owner'), server.loginAs('hr'), server.loginAs('employee')]);
    ids = await personIds(hr);
  });
  afterAll(() => server?.close());

  const listed = async (client: GraphQLClient, id: string, archived?: boolean) =>
    (await client.data(LISTED, { f: archived === undefined ? null : { archived } })).knowledgeItems.nodes.some((n: { id: string }) => n.id === id);
  const found = async (client: GraphQLClient, q: string, id: string, archived?: boolean) =>
    (await client.data(FOUND, { q, f: archived === undefined ? null : { archived } })).searchKnowledge.hits.some((h: { item: { id: string } }) => h.item.id === id);
  const versions = async (id: string) => Number((await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM knowledge_item_versions WHERE "itemId" = '${id}'`))[0].n);

  it('an archived item leaves lists and search, keeps its versions, refuses edits and comes back when restored', async () => {
    const item = await createItem(employee, { kind: 'TECH_BLOG', title: 'Zanzibarquark kernels', body: 'How zanzibarquark fusion works', visibility: 'TENANT', authorIds: [ids.employee] });
    await employee.data('mutation($id: ID!) { updateKnowledgeItem(id: $id, input: { body: "How zanzibarquark fusion works, revised" }) { version } }', { id: item.id });
    expect(await found(hr, 'zanzibarquark', item.id)).toBe(true);

    const { archiveKnowledgeItem } = await employee.data(ARCHIVE, { id: item.id });
    expect(archiveKnowledgeItem.archivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await listed(hr, item.id)).toBe(false);
    expect(await found(hr, 'zanzibarquark', item.id)).toBe(false);
    expect(await listed(employee, item.id, true)).toBe(true);
    expect(await found(employee, 'zanzibarquark', item.id, true)).toBe(true);
    // A link to it still opens, marked archived, with every version.
    const { knowledgeItem } = await hr.data('query($id: ID!) { knowledgeItem(id: $id) { archivedAt } }', { id: item.id });
    expect(knowledgeItem.archivedAt).toBe(archiveKnowledgeItem.archivedAt);
    expect((await hr.data('query($id: ID!) { knowledgeItemVersions(id: $id) { version } }', { id: item.id })).knowledgeItemVersions).toHaveLength(2);

    const edit = await employee.request('mutation($id: ID!) { updateKnowledgeItem(id: $id, input: { title: "Changed" }) { id } }', { id: item.id });
    expect(edit.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await employee.request(ARCHIVE, { id: item.id })).errors?.[0].extensions?.code).toBe('CONFLICT');

    expect((await employee.data(RESTORE, { id: item.id })).restoreKnowledgeItem.archivedAt).toBeNull();
    expect(await listed(hr, item.id)).toBe(true);
    expect(await found(hr, 'zanzibarquark', item.id)).toBe(true);
    expect((await employee.request(RESTORE, { id: item.id })).errors?.[0].extensions?.code).toBe('CONFLICT');

    const { auditLog } = await owner.data('query($id: String) { auditLog(filter: { targetId: $id }) { nodes { operation } } }', { id: item.id });
    expect(auditLog.nodes.map((n: { operation: string }) => n.operation)).toEqual(expect.arrayContaining(['archiveKnowledgeItem', 'restoreKnowledgeItem']));
  });

  it('only authors and moderators archive; a published item is never deleted', async () => {
    const item = await createItem(employee, { kind: 'BEST_PRACTICE', title: 'Review checklists', body: 'Use one.', visibility: 'TENANT', authorIds: [ids.employee] });
    const refused = await hr.request(ARCHIVE, { id: item.id });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await listed(hr, item.id)).toBe(true);
    const deleted = await employee.request(DELETE, { id: item.id });
    expect(deleted.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await versions(item.id)).toBe(1);
    expect((await owner.data(ARCHIVE, { id: item.id })).archiveKnowledgeItem.archivedAt).not.toBeNull();
  });

  it('deletes a never-published draft with its versions, for its authors only', async () => {
    const draft = await createItem(employee, { kind: 'DESIGN_DOC', title: 'Half an idea', body: 'TBD' });
    expect((await hr.request(DELETE, { id: draft.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await versions(draft.id)).toBe(1);
    expect((await employee.data(DELETE, { id: draft.id })).deleteKnowledgeItem).toBe(true);
    expect(await versions(draft.id)).toBe(0);
    expect((await employee.request('query($id: ID!) { knowledgeItem(id: $id) { id } }', { id: draft.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('archives once when two requests race', async () => {
    const item = await createItem(employee, { kind: 'TECH_BLOG', title: 'Racing archivists', body: 'x', visibility: 'TENANT', authorIds: [ids.employee] });
    const results = await Promise.all([employee.request(ARCHIVE, { id: item.id }), owner.request(ARCHIVE, { id: item.id }), employee.request(ARCHIVE, { id: item.id })]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT').length).toBe(2);
  });
});
