import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_PARTY_PLUGINS } from '../../src/plugins.js';
import { acceptedMutations, stringPaths } from './support/inputs.js';
import { type GqlSchema, fieldsOf, isObject, liveSchema } from './support/schema.js';
import { type IdsByType, harvestIds } from './support/tenant-data.js';

// Markdown, HTML and SVG script injection. The API renders HTML in a few fields (named …Html and
// described as HTML in the schema: found below, each must be probed); the console inserts exactly
// those as HTML and everything else as text (React escapes it). What the console then shows is
// checked in a browser by apps/console/e2e/knowledge.e2e.spec.ts ("shows markup in a title as
// text, never as HTML": no <img>, no <script>, no window.__pwned on the search and item pages).
// Here: the HTML the API returns, and the URLs it accepts for links it hands back.

const ATTACKS = [
  '<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=2">', '<svg onload="window.__pwned=3"><script>window.__pwned=4</script></svg>',
  '<a href="javascript:alert(5)">raw link</a>', '<iframe src="javascript:alert(6)"></iframe>', '<style>body{background:url(javascript:alert(7))}</style>',
  '[md link](javascript:alert(8))', '[upper](JaVaScRiPt:alert(9))', '[spaced]( javascript:alert(10))', '[entity](&#106;avascript:alert(11))',
  '[colon](javascript&colon;alert(12))', '[tab](java\tscript:alert(13))', '[vb](vbscript:msgbox(14))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxNSk8L3NjcmlwdD4=)', '![img](javascript:alert(16))',
  '![svg](data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMTcpIi8+)',
  '![alt" onerror="alert(18)](https://ok.example/a.png)', '[quote](https://ok.example/ "t\\" onmouseover=\\"alert(19)")',
  '[ref link][evil]\n\n[evil]: javascript:alert(20)', '<javascript:alert(21)>', '<div onmouseover="alert(22)">hover</div>',
  '```html\n<script>alert(23)</script>\n```', '<math><mtext><table><mglyph><style><img src=x onerror=alert(24)>', '<!--><img src=x onerror=alert(25)>-->',
];
const SAFE = '**bold** and [safe](https://ok.example/x) and ![pic](https://ok.example/p.png)';
const BODY = `zebraprobe\n\n${ATTACKS.join('\n\nzebraprobe\n\n')}\n\n${SAFE}`;
const TITLE = 'zebraprobe <script>window.__pwned=26</script> <img src=x onerror=alert(27)> <svg onload=alert(28)>';

const TAGS = new Set(['p', 'a', 'img', 'strong', 'em', 'code', 'pre', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'mark', 'del', 's']);
const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const decode = (s: string) => s.replace(/&#x([0-9a-f]+);?/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);?/g, (_, d) => String.fromCodePoint(Number(d))).replace(/&(\w+);/g, (m, n: string) => NAMED[n.toLowerCase()] ?? m);

/** What in `html` a browser would run: tags outside a small safe set, event handlers, script URLs (entities decoded). */
function unsafeMarkup(html: string): string[] {
  const problems: string[] = [];
  for (const [, name, attrs] of html.matchAll(/<\/?\s*([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    if (!TAGS.has(name.toLowerCase())) problems.push(`<${name}>`);
    for (const [, rawName, rawValue] of attrs.matchAll(/([^\s=/"']+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const attr = rawName.toLowerCase();
      const value = decode((rawValue ?? '').replace(/^["']|["']$/g, '')).replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      if (attr.startsWith('on') || attr === 'style' || attr === 'srcset') problems.push(`${attr}= in <${name}>`);
      if (/^(href|src|xlink:href|action|formaction)$/.test(attr) && /^(javascript|vbscript|data):/.test(value)) problems.push(`${attr}="${value}" in <${name}>`);
    }
  }
  return problems;
}

describe('markdown, HTML and SVG script injection', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let schema: GqlSchema;
  let ids: IdsByType;
  const rendered = new Map<string, string[]>();
  const keep = (key: string, html: string) => rendered.set(key, [...(rendered.get(key) ?? []), html]);

  beforeAll(async () => {
    server = await createTestServer({ plugins: FIRST_PARTY_PLUGINS });
    owner = await server.loginAs('owner');
    schema = liveSchema(server);
    ids = await harvestIds(schema, owner);
  });
  afterAll(() => server?.close());

  it('control: the checker flags each kind of unsafe markup, and passes safe markup', () => {
    expect(unsafeMarkup('<p><img src="x" onerror="alert(1)"></p>')).toEqual(['onerror= in <img>']);
    expect(unsafeMarkup('<a href="&#106;avascript&colon;alert(1)">x</a>')).toEqual(['href="javascript:alert(1)" in <a>']);
    expect(unsafeMarkup('<svg><script>x</script></svg>')).toEqual(['<svg>', '<script>', '<script>', '<svg>']);
    expect(unsafeMarkup('<img src="data:image/svg+xml;base64,AAAA">')).toHaveLength(1);
    expect(unsafeMarkup('<p>&lt;script&gt; <strong>b</strong> <a href="https://ok.example/x" rel="noopener">s</a></p>')).toEqual([]);
  });

  it('renders knowledge items, their versions, talk notes and search hits without anything a browser would run', async () => {
    const create = await owner.data('mutation($i: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $i) { id bodyHtml } }', { i: { title: TITLE, body: BODY, kind: 'TECH_BLOG', visibility: 'TENANT' } });
    const id = create.createKnowledgeItem.id;
    keep('KnowledgeItem.bodyHtml', create.createKnowledgeItem.bodyHtml);
    await owner.data('mutation($id: ID!, $i: UpdateKnowledgeItemInput!) { updateKnowledgeItem(id: $id, input: $i) { id } }', { id, i: { body: `${BODY}\n\nedited`, note: 'probe' } });
    const { knowledgeItem, knowledgeItemVersions } = await owner.data('query($id: ID!) { knowledgeItem(id: $id) { bodyHtml } knowledgeItemVersions(id: $id) { bodyHtml } }', { id });
    keep('KnowledgeItem.bodyHtml', knowledgeItem.bodyHtml);
    for (const v of knowledgeItemVersions) keep('KnowledgeItemVersion.bodyHtml', v.bodyHtml);
    expect(knowledgeItemVersions.length).toBeGreaterThanOrEqual(2);

    const talk = ids.get('KnowledgeTalk')![0];
    await owner.data('mutation($id: ID!, $i: UpdateTalkInput!) { updateTalk(id: $id, input: $i) { id } }', { id: talk, i: { notes: BODY } });
    keep('KnowledgeTalk.notesHtml', (await owner.data('query($id: ID!) { talk(id: $id) { notesHtml } }', { id: talk })).talk.notesHtml);

    await server.flushEvents();
    for (const q of ['zebraprobe', 'script', 'onerror', 'javascript', 'svg']) {
      const { searchKnowledge } = await owner.data('query($q: String!) { searchKnowledge(query: $q, first: 50) { hits { item { id } titleHtml snippetHtml } } }', { q });
      for (const hit of searchKnowledge.hits.filter((h: { item: { id: string } }) => h.item.id === id)) {
        keep('KnowledgeSearchHit.titleHtml', hit.titleHtml);
        keep('KnowledgeSearchHit.snippetHtml', hit.snippetHtml);
      }
    }

    for (const [key, htmls] of rendered) {
      for (const html of htmls) expect(unsafeMarkup(html), `${key}: ${html.slice(0, 300)}`).toEqual([]);
    }
    // The controls: the markdown was rendered (not dropped), the safe link and image kept, the markup shown as text.
    const body = rendered.get('KnowledgeItem.bodyHtml')![0];
    expect(body).toContain('<strong>bold</strong>');
    expect(body).toMatch(/<a href="https:\/\/ok\.example\/x" rel="noopener noreferrer nofollow">safe<\/a>/);
    expect(body).toContain('<img src="https://ok.example/p.png" alt="pic">');
    expect(body).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(rendered.get('KnowledgeSearchHit.titleHtml')!.join()).toContain('&lt;script&gt;');
  });

  it('probed every field the schema says is HTML', () => {
    const html: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObject(type) || type.name!.startsWith('__')) continue;
      for (const f of fieldsOf(type) as Array<{ name: string; description?: string | null }>) if (/Html$/.test(f.name) || /\bHTML\b/.test(f.description ?? '')) html.push(`${type.name}.${f.name}`);
    }
    expect(html.sort()).toEqual([...rendered.keys()].sort());
  });

  it('refuses a script URL in every URL the API hands back as a link, and takes an https one', async () => {
    const isUrl = (p: string) => /(^|\.)(url|link|\w+Url)$/i.test(p);
    const accepted = await acceptedMutations(owner, schema, ids, (m) => stringPaths(m.args ?? []).some(isUrl));
    const problems: string[] = [];
    const probed: string[] = [];
    for (const { op, document } of accepted) {
      for (const path of stringPaths(op.args ?? []).filter(isUrl)) {
        probed.push(`${op.name}(${path})`);
        const ok = await owner.request(document({ [path]: 'https://ok.example/x' }));
        if (ok.errors) problems.push(`${op.name}(${path}: https://ok.example/x) → ${ok.errors[0].message}`);
        for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>']) {
          const r = await owner.request(document({ [path]: url }));
          if (r.errors?.[0]?.extensions?.code !== 'BAD_USER_INPUT') problems.push(`${op.name}(${path}: ${JSON.stringify(url)}) → ${r.errors ? r.errors[0].extensions?.code : `accepted: ${JSON.stringify(r.data)}`}`);
        }
      }
    }
    // By hand: links of knowledge items (a list of inputs), and research outputs (whose learnt input lacks a title).
    const byHand: Array<[string, string, (url: string) => Record<string, unknown>]> = [
      ['createKnowledgeItem(input.links.url)', 'mutation($i: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $i) { id } }', (url) => ({ i: { title: 'links probe', body: 'b', kind: 'TECH_BLOG', links: [{ title: 'x', url }] } })],
      ['createResearchOutput(input.url)', 'mutation($i: CreateResearchOutputInput!) { createResearchOutput(input: $i) { id } }', (url) => ({ i: { kind: 'PUBLICATION', title: 'url probe', url } })],
    ];
    for (const [name, document, variables] of byHand) {
      probed.push(name);
      const ok = await owner.request(document, variables('https://ok.example/x'));
      if (ok.errors) problems.push(`${name}: https://ok.example/x → ${ok.errors[0].message}`);
      const r = await owner.request(document, variables('javascript:alert(1)'));
      if (r.errors?.[0]?.extensions?.code !== 'BAD_USER_INPUT') problems.push(`${name}: "javascript:alert(1)" → ${r.errors ? r.errors[0].extensions?.code : `accepted: ${JSON.stringify(r.data)}`}`);
    }
    for (const must of ['nominateAward(input.link)', 'scheduleTalk(input.recordingUrl)', 'updateTalk(input.recordingUrl)']) expect(probed, must).toContain(must);
    expect(problems).toEqual([]);
  });

  it('refuses a candidate profile URL that is not http(s): the candidate page renders it as a link', async () => {
    const id = ids.get('AttractionCandidate')![0];
    const r = await owner.request('mutation($id: ID!, $i: UpdateAttractionCandidateInput!) { updateCandidate(id: $id, input: $i) { profileUrl } }', { id, i: { profileUrl: 'javascript:alert(document.domain)' } });
    expect(r.errors?.[0]?.extensions?.code, JSON.stringify(r.data)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.field).toBe('input.profileUrl');
  });
});
