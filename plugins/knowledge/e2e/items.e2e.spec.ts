import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgePlugin } from '../src/index.js';
import { ITEM_FIELDS, count, createItem, loginWithRoles, outbox, personIds } from './support/demo.js';
import { createFakeStructure } from '@cadre/plugin-structure/testing';

const fake = createFakeStructure();

describe('knowledge items', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let recruiter: GraphQLClient;
  let ids: Record<string, string>;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [fake.plugin, knowledgePlugin] });
    [owner, hr, manager, employee, recruiter] = await Promise.all([server.loginAs('owner'), server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee'), server.loginAs('recruiter')]);
    ids = await personIds(hr);
  });
  afterAll(() => server?.close());

  it('seeds 200 bilingual items with authors, skills and a few drafts', async () => {
    expect(await count(server, 'knowledge_items')).toBe(200);
    const { knowledgeItems } = await hr.data('{ knowledgeItems(first: 100) { totalCount nodes { title authors { id } skills { id } visibility } } }');
    expect(knowledgeItems.totalCount).toBeLessThan(200); // drafts and other units' items are hidden from hr
    expect(knowledgeItems.totalCount).toBeGreaterThan(150);
    expect(knowledgeItems.nodes.every((n: { authors: unknown[]; skills: unknown[] }) => n.authors.length > 0 && n.skills.length > 0)).toBe(true);
    expect(knowledgeItems.nodes.some((n: { title: string }) => /[\u4e00-\u9fff]/.test(n.title))).toBe(true);
    expect(knowledgeItems.nodes.some((n: { title: string }) => /^[A-Z][a-z]/.test(n.title))).toBe(true);
  });

  it('creates an item, renders safe HTML and lets everyone read it once published', async () => {
    const item = await createItem(employee, {
      kind: 'DESIGN_DOC', title: 'Checkpoint sharding design', visibility: 'TENANT', skillIds: ['sk-dist'], authorIds: [ids.employee, ids['alex.novak']],
      body: '# Goal\n\nShard **checkpoints** across nodes.\n\n<script>alert("x")</script>\n\n<img src=x onerror="alert(1)">\n\n[click me](javascript:alert(1)) [ok](https://example.com/doc)',
      links: [{ title: 'Tracking issue', url: 'https://forge.demo.local/lab/trainer/issues/7' }], reference: 'RFC-42',
    });
    expect(item).toMatchObject({ kind: 'DESIGN_DOC', visibility: 'TENANT', version: 1, canEdit: true, reference: 'RFC-42', unitId: 'u-infra' });
    expect(item.authors.map((a: { id: string }) => a.id)).toEqual([ids.employee, ids['alex.novak']]);
    expect(item.skills).toEqual([{ id: 'sk-dist', name: 'Distributed training' }]);
    expect(item.bodyHtml).toContain('<strong>checkpoints</strong>');
    expect(item.bodyHtml).not.toMatch(/<script|<img|<[^>]*\son\w+=|href="javascript:/i);
    expect(item.bodyHtml).toContain('&lt;script&gt;');
    expect(item.bodyHtml).toContain('href="https://example.com/doc"');
    expect(item.summary.startsWith('Goal Shard checkpoints')).toBe(true);
    expect(item.publishedAt).not.toBeNull();

    const seen = await recruiter.data(`query($id: ID!) { knowledgeItem(id: $id) { ${ITEM_FIELDS} } }`, { id: item.id });
    expect(seen.knowledgeItem).toMatchObject({ title: 'Checkpoint sharding design', canEdit: false, readCount: 1 });
    // Reading again on the same day does not count twice; authors' own reads never count.
    await recruiter.data('query($id: ID!) { knowledgeItem(id: $id) { id } }', { id: item.id });
    await employee.data('query($id: ID!) { knowledgeItem(id: $id) { id } }', { id: item.id });
    expect((await hr.data('query($id: ID!) { knowledgeItem(id: $id) { readCount } }', { id: item.id })).knowledgeItem.readCount).toBe(2);

    // Publication gives authors 'knowledge' skill evidence and emits knowledge.item-published.
    expect(fake.state.evidence.filter((e) => e.note?.includes('Checkpoint sharding design'))).toEqual([
      { personId: ids.employee, skillId: 'sk-dist', level: 3, evidence: 'knowledge', note: 'Authored "Checkpoint sharding design" (design_doc)' },
      { personId: ids['alex.novak'], skillId: 'sk-dist', level: 3, evidence: 'knowledge', note: 'Authored "Checkpoint sharding design" (design_doc)' },
    ]);
    expect((await outbox(server, 'knowledge.item-published')).find((p) => p.itemId === item.id)).toMatchObject({ kind: 'design_doc', authorIds: [ids.employee, ids['alex.novak']], skillIds: ['sk-dist'] });
  });

  it('keeps every version on edit and records who changed what', async () => {
    const item = await createItem(employee, { kind: 'TECH_BLOG', title: 'Draft v1', body: 'first body' });
    expect(item.visibility).toBe('PRIVATE');
    expect(item.publishedAt).toBeNull();
    const upd = `mutation($id: ID!, $input: UpdateKnowledgeItemInput!) { updateKnowledgeItem(id: $id, input: $input) { ${ITEM_FIELDS} } }`;
    await employee.data(upd, { id: item.id, input: { title: 'Draft v2', body: 'second **body**', note: 'tightened' } });
    const third = (await employee.data(upd, { id: item.id, input: { visibility: 'TENANT', skillIds: ['sk-pytorch'] } })).updateKnowledgeItem;
    expect(third).toMatchObject({ version: 3, title: 'Draft v2', visibility: 'TENANT' });
    expect(third.publishedAt).not.toBeNull();
    const { knowledgeItemVersions } = await hr.data('query($id: ID!) { knowledgeItemVersions(id: $id) { version title body bodyHtml visibility note editedBy { id } } }', { id: item.id });
    expect(knowledgeItemVersions.map((v: { version: number; title: string; body: string; visibility: string }) => [v.version, v.title, v.body, v.visibility])).toEqual([
      [3, 'Draft v2', 'second **body**', 'TENANT'],
      [2, 'Draft v2', 'second **body**', 'PRIVATE'],
      [1, 'Draft v1', 'first body', 'PRIVATE'],
    ]);
    expect(knowledgeItemVersions[1]).toMatchObject({ note: 'tightened', editedBy: { id: ids.employee }, bodyHtml: '<p>second <strong>body</strong></p>\n' });
    const { auditLog } = await owner.data('query($id: String) { auditLog(filter: { targetId: $id }) { nodes { operation actorEmail after } } }', { id: item.id });
    expect(auditLog.nodes.map((n: { operation: string }) => n.operation).sort()).toEqual(['createKnowledgeItem', 'updateKnowledgeItem', 'updateKnowledgeItem']);
    expect(JSON.parse(auditLog.nodes.find((n: { after: string | null }) => n.after?.includes('"version":3')).after)).toEqual({ title: 'Draft v2', visibility: 'tenant', version: 3 });
  });

  it('hides private drafts from everyone but their authors — moderators included', async () => {
    const draft = await createItem(employee, { kind: 'PAPER', title: 'Secret draft on sparse attention', body: 'unpublished zzqx results' });
    for (const client of [hr, manager, owner, recruiter]) {
      const r = await client.request('query($id: ID!) { knowledgeItem(id: $id) { id } }', { id: draft.id });
      expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const list = await client.data('{ knowledgeItems(first: 100, filter: { kinds: [PAPER] }) { nodes { id } } }');
      expect(list.knowledgeItems.nodes.map((n: { id: string }) => n.id)).not.toContain(draft.id);
      expect((await client.data('{ searchKnowledge(query: "zzqx") { totalCount } }')).searchKnowledge.totalCount).toBe(0);
      expect((await client.request('query($id: ID!) { knowledgeItemVersions(id: $id) { version } }', { id: draft.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await client.request('mutation($id: ID!) { updateKnowledgeItem(id: $id, input: { title: "hijack" }) { id } }', { id: draft.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect((await employee.data('{ searchKnowledge(query: "zzqx") { totalCount hits { item { id } } } }')).searchKnowledge.hits[0].item.id).toBe(draft.id);
    const mine = await employee.data('{ knowledgeItems(first: 100, filter: { visibility: PRIVATE }) { nodes { id } } }');
    expect(mine.knowledgeItems.nodes.map((n: { id: string }) => n.id)).toContain(draft.id);
  });

  it('shows UNIT items to members of the unit and its sub-units only', async () => {
    const infra = await createItem(employee, { kind: 'BEST_PRACTICE', title: 'Infra on-call handbook', body: 'qqvw pager rules', visibility: 'UNIT' });
    expect(infra.unitId).toBe('u-infra');
    const eng = await createItem(manager, { kind: 'BEST_PRACTICE', title: 'Engineering-wide review rules', body: 'qqvw review rules', visibility: 'UNIT', unitId: 'u-eng' });
    const search = async (c: GraphQLClient) => (await c.data('{ searchKnowledge(query: "qqvw") { hits { item { id } } } }')).searchKnowledge.hits.map((h: { item: { id: string } }) => h.item.id).sort();
    expect(await search(employee)).toEqual([infra.id, eng.id].sort()); // u-infra is inside u-eng
    expect(await search(manager)).toEqual([infra.id, eng.id].sort());
    expect(await search(hr)).toEqual([]); // operations
    expect(await search(recruiter)).toEqual([]);
    expect(await search(owner)).toEqual([infra.id, eng.id].sort()); // moderator
    expect((await hr.request('query($id: ID!) { knowledgeItem(id: $id) { id } }', { id: infra.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // Someone who cannot see it cannot edit it either; a moderator may edit a published item.
    const denied = await recruiter.request('mutation($id: ID!) { updateKnowledgeItem(id: $id, input: { title: "x" }) { id } }', { id: eng.id });
    expect(denied.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const other = await createItem(hr, { kind: 'TECH_BLOG', title: 'People analytics 101', body: 'x', visibility: 'TENANT' });
    expect((await employee.request('mutation($id: ID!) { updateKnowledgeItem(id: $id, input: { title: "mine now" }) { id } }', { id: other.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await owner.data('mutation($id: ID!) { updateKnowledgeItem(id: $id, input: { title: "People analytics 101 (edited)" }) { title } }', { id: other.id })).updateKnowledgeItem.title).toBe('People analytics 101 (edited)');
  });

  it('bookmarks and lists bookmarks per person', async () => {
    const { knowledgeItems } = await employee.data('{ knowledgeItems(first: 1, filter: { visibility: TENANT }) { nodes { id bookmarkCount } } }');
    const id = knowledgeItems.nodes[0].id;
    const before = knowledgeItems.nodes[0].bookmarkCount;
    const on = await recruiter.data('mutation($id: ID!) { bookmarkKnowledgeItem(id: $id) { bookmarked bookmarkCount } }', { id });
    expect(on.bookmarkKnowledgeItem).toEqual({ bookmarked: true, bookmarkCount: before + 1 });
    await recruiter.data('mutation($id: ID!) { bookmarkKnowledgeItem(id: $id) { id } }', { id }); // idempotent
    const list = await recruiter.data('{ knowledgeItems(first: 100, filter: { bookmarked: true }) { nodes { id bookmarked } } }');
    expect(list.knowledgeItems.nodes.map((n: { id: string }) => n.id)).toContain(id);
    expect(list.knowledgeItems.nodes.every((n: { bookmarked: boolean }) => n.bookmarked)).toBe(true);
    const off = await recruiter.data('mutation($id: ID!) { bookmarkKnowledgeItem(id: $id, bookmarked: false) { bookmarked bookmarkCount } }', { id });
    expect(off.bookmarkKnowledgeItem).toEqual({ bookmarked: false, bookmarkCount: before });
  });

  it('filters by kind, skill, author and publication date', async () => {
    const q = 'query($f: KnowledgeItemFilter) { knowledgeItems(first: 100, filter: $f) { totalCount nodes { kind publishedAt authors { id } skills { id } } } }';
    const patents = (await hr.data(q, { f: { kinds: ['PATENT'] } })).knowledgeItems;
    expect(patents.totalCount).toBeGreaterThan(0);
    expect(patents.nodes.every((n: { kind: string }) => n.kind === 'PATENT')).toBe(true);
    const rlhf = (await hr.data(q, { f: { skillId: 'sk-rlhf' } })).knowledgeItems;
    expect(rlhf.totalCount).toBeGreaterThan(0);
    expect(rlhf.nodes.every((n: { skills: Array<{ id: string }> }) => n.skills.some((s) => s.id === 'sk-rlhf'))).toBe(true);
    const byAlex = (await hr.data(q, { f: { authorId: ids['alex.novak'] } })).knowledgeItems;
    expect(byAlex.totalCount).toBeGreaterThan(0);
    expect(byAlex.nodes.every((n: { authors: Array<{ id: string }> }) => n.authors.some((a) => a.id === ids['alex.novak']))).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    const old = (await hr.data(q, { f: { from: '2000-01-01', to: '2025-01-01' } })).knowledgeItems;
    expect(old.nodes.every((n: { publishedAt: string }) => n.publishedAt < '2025-01-02')).toBe(true);
    const recent = (await hr.data(q, { f: { from: today, to: today } })).knowledgeItems;
    expect(recent.nodes.every((n: { publishedAt: string }) => n.publishedAt.startsWith(today))).toBe(true);
    expect(recent.totalCount).toBeGreaterThan(0); // items published by the tests above
  });

  it('names the bad field and writes nothing', async () => {
    const before = await count(server, 'knowledge_items');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ kind: 'PAPER', title: '', body: 'x' }, 'input.title'],
      [{ kind: 'PAPER', title: 'x', body: 'x', skillIds: ['no-such-skill'] }, 'input.skillIds'],
      [{ kind: 'PAPER', title: 'x', body: 'x', authorIds: ['nobody'] }, 'input.authorIds'],
      [{ kind: 'PAPER', title: 'x', body: 'x', authorIds: [] }, 'input.authorIds'],
      [{ kind: 'PAPER', title: 'x', body: 'x', authorIds: [ids['alex.novak']] }, 'input.authorIds'], // not including yourself
      [{ kind: 'PAPER', title: 'x', body: 'x', unitId: 'u-nowhere' }, 'input.unitId'],
      [{ kind: 'PAPER', title: 'x', body: 'x', links: [{ title: 'x', url: 'javascript:alert(1)' }] }, 'input.links.0.url'],
    ];
    for (const [input, field] of cases) {
      const r = await employee.request('mutation($input: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $input) { id } }', { input });
      expect(r.errors?.[0].extensions?.field, JSON.stringify(input)).toBe(field);
    }
    expect((await employee.request('{ knowledgeItems(first: 0) { totalCount } }')).errors?.[0].extensions?.field).toBe('first');
    expect(await count(server, 'knowledge_items')).toBe(before);
    const readOnly = await loginWithRoles(server, owner, 'isabella.costa@demo.local', ids['isabella.costa'], ['recruiter']);
    expect((await readOnly.data('{ knowledgeItems(first: 1) { totalCount } }')).knowledgeItems.totalCount).toBeGreaterThan(0);
    expect((await readOnly.request('mutation { createKnowledgeItem(input: { kind: PAPER, title: "x", body: "x" }) { id } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.client().request('{ knowledgeItems { totalCount } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps tenants apart', async () => {
    const other = await server.createTenant('other-knowledge');
    expect((await other.data('{ knowledgeItems { totalCount } }')).knowledgeItems.totalCount).toBe(0);
    const { knowledgeItems } = await hr.data('{ knowledgeItems(first: 1) { nodes { id } } }');
    expect((await other.request('query($id: ID!) { knowledgeItem(id: $id) { id } }', { id: knowledgeItems.nodes[0].id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await other.data('{ searchKnowledge(query: "RLHF") { totalCount } }')).searchKnowledge.totalCount).toBe(0);
  });
});
