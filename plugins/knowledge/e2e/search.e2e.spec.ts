import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgePlugin } from '../src/index.js';
import { createItem } from './support/demo.js';
import { createFakeStructure } from '@cadre/plugin-structure/testing';

const SEARCH = `query($q: String!, $f: KnowledgeItemFilter, $first: Int, $offset: Int) {
  searchKnowledge(query: $q, filter: $f, first: $first, offset: $offset) { totalCount terms hits { score titleHtml snippetHtml item { id kind title body visibility } } }
}`;

interface Hit {
  score: number;
  titleHtml: string;
  snippetHtml: string;
  item: { id: string; kind: string; title: string; body: string; visibility: string };
}

describe('knowledge search (Chinese and English)', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let employee: GraphQLClient;
  const search = async (client: GraphQLClient, q: string, extra: Record<string, unknown> = {}) => (await client.data(SEARCH, { q, first: 100, ...extra })).searchKnowledge as { totalCount: number; terms: string[]; hits: Hit[] };
  beforeAll(async () => {
    server = await createTestServer({ plugins: [createFakeStructure().plugin, knowledgePlugin] });
    [hr, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('employee')]);
  });
  afterAll(() => server?.close());

  it('finds an English word, case-insensitively, and marks it in the snippet', async () => {
    const result = await search(hr, 'speculative');
    expect(result.totalCount).toBeGreaterThan(0);
    for (const hit of result.hits) expect(`${hit.item.title} ${hit.item.body}`.toLowerCase()).toContain('speculative');
    expect(result.hits.some((h) => h.snippetHtml.includes('<mark>Speculative</mark>'))).toBe(true);
    expect((await search(hr, 'SPECULATIVE')).totalCount).toBe(result.totalCount);
  });

  it('finds a Chinese phrase of three or more characters through the trigram index', async () => {
    const result = await search(hr, '投机解码');
    expect(result.totalCount).toBeGreaterThan(0);
    for (const hit of result.hits) expect(`${hit.item.title}${hit.item.body}`).toContain('投机解码');
    expect(result.hits.every((h) => h.snippetHtml.includes('<mark>投机解码</mark>'))).toBe(true);
  });

  it('finds a two-character Chinese word (too short for trigrams) and ranks title hits first', async () => {
    const inBody = await createItem(employee, { kind: 'TECH_BLOG', title: 'Notes from the offsite', body: '我们讨论了新的数据配比方案与蒸馏模型的部署。', visibility: 'TENANT' });
    const inTitle = await createItem(employee, { kind: 'TECH_BLOG', title: '蒸馏模型的上线复盘', body: 'Rollout went fine.', visibility: 'TENANT' });
    const result = await search(hr, '蒸馏');
    expect(result.hits.map((h) => h.item.id)).toEqual([inTitle.id, inBody.id]);
    expect(result.hits[0].titleHtml).toBe('<mark>蒸馏</mark>模型的上线复盘');
    expect(result.hits[1].snippetHtml).toBe('我们讨论了新的数据配比方案与<mark>蒸馏</mark>模型的部署。');
    expect(result.hits[0].score).toBeGreaterThan(result.hits[1].score);
    const common = await search(hr, '模型');
    expect(common.totalCount).toBeGreaterThan(10); // the seeded Chinese library uses it a lot
    for (const hit of common.hits) expect(`${hit.item.title}${hit.item.body}`).toContain('模型');
  });

  it('requires every term, keeps quoted phrases whole and mixes languages', async () => {
    const both = await search(hr, 'KV 缓存');
    expect(both.terms).toEqual(['KV', '缓存']);
    expect(both.totalCount).toBeGreaterThan(0);
    for (const hit of both.hits) expect(`${hit.item.title}${hit.item.body}`).toMatch(/KV[\s\S]*缓存|缓存[\s\S]*KV/);
    const phrase = await search(hr, '"paged KV cache"');
    expect(phrase.terms).toEqual(['paged KV cache']);
    for (const hit of phrase.hits) expect(hit.item.body.toLowerCase()).toContain('paged kv cache');
    expect((await search(hr, '"cache KV paged"')).totalCount).toBe(0);
  });

  it('keeps the index in step with edits', async () => {
    const item = await createItem(employee, { kind: 'DESIGN_DOC', title: 'Quokka allocator', body: 'A slab allocator for pinned host memory.', visibility: 'TENANT' });
    expect((await search(hr, 'quokka')).hits.map((h) => h.item.id)).toEqual([item.id]);
    await employee.data('mutation($id: ID!) { updateKnowledgeItem(id: $id, input: { title: "Wombat allocator", body: "Renamed." }) { id } }', { id: item.id });
    expect((await search(hr, 'quokka')).totalCount).toBe(0);
    expect((await search(hr, 'wombat')).hits.map((h) => h.item.id)).toEqual([item.id]);
  });

  it('never lets markup through snippets or titles', async () => {
    await createItem(employee, { kind: 'TECH_BLOG', title: '<img src=x onerror=alert(1)> xyzzy', body: 'before <script>alert("xyzzy")</script> after', visibility: 'TENANT' });
    const [hit] = (await search(hr, 'xyzzy')).hits;
    expect(hit.titleHtml).toBe('&lt;img src=x onerror=alert(1)&gt; <mark>xyzzy</mark>');
    expect(hit.snippetHtml).toBe('before &lt;script&gt;alert(&quot;<mark>xyzzy</mark>&quot;)&lt;/script&gt; after');
    const scripted = (await search(hr, 'script')).hits;
    expect(scripted.length).toBeGreaterThan(0);
    expect(scripted.every((h) => !/<(script|img)/i.test(h.snippetHtml + h.titleHtml))).toBe(true);
  });

  it('treats LIKE wildcards and quotes as text', async () => {
    expect((await search(hr, '%_')).totalCount).toBe(0);
    expect((await search(hr, '%%%%')).totalCount).toBe(0);
    expect((await search(hr, '"a"b"')).totalCount).toBeGreaterThanOrEqual(0);
  });

  it('filters search results and pages through them', async () => {
    const all = await search(hr, 'RLHF');
    const papers = await search(hr, 'RLHF', { f: { kinds: ['PAPER'] } });
    expect(papers.totalCount).toBeGreaterThan(0);
    expect(papers.totalCount).toBeLessThan(all.totalCount);
    expect(papers.hits.every((h) => h.item.kind === 'PAPER')).toBe(true);
    const first = await search(hr, 'RLHF', { first: 5, offset: 0 });
    const second = await search(hr, 'RLHF', { first: 5, offset: 5 });
    expect(first.totalCount).toBe(all.totalCount);
    expect([...first.hits, ...second.hits].map((h) => h.item.id)).toEqual(all.hits.slice(0, 10).map((h) => h.item.id));
    const scores = all.hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('names the bad argument', async () => {
    expect((await hr.request(SEARCH, { q: '   ' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect((await hr.request(SEARCH, { q: 'x'.repeat(101) })).errors?.[0].extensions?.field).toBe('query');
    expect((await hr.request(SEARCH, { q: 'x', f: { from: '2026-02-30' } })).errors?.[0].extensions?.field).toBe('filter.from');
  });
});
