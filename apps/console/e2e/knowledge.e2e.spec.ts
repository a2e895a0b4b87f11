// The knowledge plugin's console as manager@demo.local: full-text search with an English and a
// Chinese term (highlighted), the server-escaped snippets staying text, the item page with its
// bookmark, and screenshots of the main pages in both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { gqlAs as api } from './support/api';
import { sharedServerURL } from './support/server';

let browser: Browser;
let page: Page;
let baseURL: string;

const gqlAs = (email: string, query: string, variables: Record<string, unknown> = {}) => api(baseURL, email, query, variables);

async function search(term: string) {
  await page.goto(`/knowledge/search?q=${encodeURIComponent(term)}`);
  await page.getByTestId('search-summary').waitFor();
  await page.getByTestId('search-hit').first().waitFor();
}

/** The highlighted parts (<mark>) of every hit's title and snippet, lower-cased. */
const marks = async () => (await page.locator('[data-testid=search-hit] mark').allInnerTexts()).map((m) => m.toLowerCase());

beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
  page = await (await newContext(browser, baseURL)).newPage();
  await signIn(page, 'manager@demo.local');
});
afterAll(async () => {
  await browser?.close();
});

describe('knowledge search as a manager', () => {
  it('finds an English term and highlights it', async () => {
    await search('KV cache');
    expect(await page.getByTestId('search-summary').innerText()).toMatch(/\d+ items found/);
    const found = await marks();
    expect(new Set(found)).toEqual(new Set(['kv', 'cache']));
    await screenshot(page, 'en-US', 'knowledge-search-en');
    // A quoted phrase stays whole.
    await search('"KV cache"');
    expect(await page.getByTestId('search-summary').innerText()).toContain('KV cache');
    expect(new Set(await marks())).toEqual(new Set(['kv cache']));
  });

  it('finds a Chinese term and highlights it', async () => {
    await search('推理加速');
    expect(await page.getByTestId('search-hit').count()).toBeGreaterThan(0);
    const found = await marks();
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found)).toEqual(new Set(['推理加速']));
    expect(await page.getByTestId('hit-title').first().locator('mark').innerText()).toBe('推理加速');
    await screenshot(page, 'en-US', 'knowledge-search-zh');
  });

  it('shows markup in a title as text, never as HTML', async () => {
    await gqlAs('manager@demo.local', 'mutation($i: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $i) { id } }', {
      i: { title: 'Zebrafish <img src=x onerror="window.__pwned=1"> pitfalls', kind: 'POST_MORTEM', visibility: 'TENANT', body: 'The **zebrafish** cluster <script>window.__pwned=2</script> failed.' },
    });
    await search('zebrafish');
    const title = page.getByTestId('hit-title').first();
    expect(await title.innerText()).toContain('<img src=x onerror="window.__pwned=1"> pitfalls');
    expect(await title.locator('img').count()).toBe(0);
    expect(await title.locator('mark').innerText()).toBe('Zebrafish');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.getByTestId('search-hit').first().getByRole('link').first().click();
    await page.getByTestId('item-body').waitFor();
    expect(await page.getByTestId('item-body').locator('strong').innerText()).toBe('zebrafish');
    expect(await page.getByTestId('item-body').locator('script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('writes an item in markdown, edits it, and keeps the earlier version', async () => {
    await page.goto('/knowledge/new');
    await page.locator('#title').fill('Gang scheduling checklist');
    await page.getByText('Everyone', { exact: true }).click();
    await page.locator('#body').fill('## Before the run\n\n- Reserve **all** nodes at once\n- Check `nccl` versions');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/\/knowledge\/items\/[0-9a-f-]{36}$/);
    const body = page.getByTestId('item-body');
    await body.waitFor();
    expect(await body.locator('h2').innerText()).toBe('Before the run');
    expect(await body.locator('li strong').innerText()).toBe('all');
    expect(await page.getByTestId('item-title').innerText()).toBe('Gang scheduling checklist');

    await page.getByRole('button', { name: 'Edit' }).click();
    await page.locator('#title').fill('Gang scheduling checklist (v2)');
    await page.locator('#note').fill('Clearer title');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Gang scheduling checklist (v2)', { exact: true }).waitFor();
    await page.getByRole('tab', { name: /Versions/ }).click();
    const versions = page.getByTestId('item-versions');
    await versions.waitFor();
    expect(await versions.innerText()).toContain('Clearer title');
    expect(await versions.innerText()).toContain('Gang scheduling checklist');
  });

  it('archives an item out of the list, finds it under Archived and restores it; deletes a draft', async () => {
    const found = await gqlAs('manager@demo.local', '{ searchKnowledge(query: "Gang scheduling checklist") { hits { item { id title } } } }');
    const item = found.searchKnowledge.hits.find((h: { item: { title: string } }) => h.item.title === 'Gang scheduling checklist (v2)').item;
    await page.goto(`/knowledge/items/${item.id}`);
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.locator('.ant-popover:visible').getByRole('button', { name: 'OK' }).click();
    await page.getByTestId('item-archived').waitFor();
    expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    await screenshot(page, 'en-US', 'knowledge-item-archived');
    await page.goto('/knowledge');
    await page.getByTestId('item-link').first().waitFor();
    expect(await page.getByTestId('item-link').allInnerTexts()).not.toContain(item.title);
    await page.getByTestId('knowledge-filters').getByRole('switch', { name: 'Archived' }).click();
    await page.getByTestId('item-link').filter({ hasText: item.title }).click();
    await page.getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('button', { name: 'Edit' }).waitFor();
    const { knowledgeItem } = await gqlAs('manager@demo.local', 'query($id: ID!) { knowledgeItem(id: $id) { archivedAt version } }', { id: item.id });
    expect(knowledgeItem).toEqual({ archivedAt: null, version: 2 });

    const draft = (await gqlAs('manager@demo.local', 'mutation { createKnowledgeItem(input: { kind: DESIGN_DOC, title: "Scratch notes", body: "tbd" }) { id } }')).createKnowledgeItem;
    await page.goto(`/knowledge/items/${draft.id}`);
    await page.getByRole('button', { name: 'Delete draft' }).click();
    await page.locator('.ant-popover:visible').getByRole('button', { name: 'OK' }).click();
    await page.waitForURL(/\/knowledge$/);
    await expect(gqlAs('manager@demo.local', 'query($id: ID!) { knowledgeItem(id: $id) { id } }', { id: draft.id })).rejects.toThrow(/NOT_FOUND/);
  });

  it('bookmarks an item and finds it under my bookmarks', async () => {
    await page.goto('/knowledge');
    await page.getByTestId('item-link').first().click();
    await page.getByTestId('item-body').waitFor();
    const title = await page.getByTestId('item-title').innerText();
    const button = page.getByTestId('bookmark');
    if ((await button.getAttribute('aria-pressed')) !== 'true') {
      await button.click();
      await page.locator('[data-testid=bookmark][aria-pressed=true]').waitFor();
    }
    await page.goto('/knowledge');
    await page.getByTestId('knowledge-filters').getByRole('switch', { name: 'My bookmarks' }).click();
    await page.getByTestId('item-link').first().waitFor();
    expect(await page.getByTestId('item-link').allInnerTexts()).toContain(title);
  });
});

const PAGES: Array<{ name: string; path: string; ready: string }> = [
  { name: 'knowledge-list', path: '/knowledge', ready: '[data-testid=item-link]' },
  { name: 'knowledge-search', path: `/knowledge/search?q=${encodeURIComponent('推理加速')}`, ready: '[data-testid=search-hit] mark' },
  { name: 'knowledge-talks', path: '/knowledge/talks', ready: '[data-testid=talk-link]' },
  { name: 'knowledge-experts', path: '/knowledge/experts', ready: '[data-testid=expert-evidence]' },
  { name: 'knowledge-index', path: '/knowledge/index', ready: '[data-testid=sharing-people] .ant-table-row' },
  { name: 'knowledge-new', path: '/knowledge/new', ready: 'textarea' },
];

describe.each(['en-US', 'zh-CN'] as const)('knowledge pages in %s', (language: Language) => {
  it('shows each main page in the language', async () => {
    const p = await (await newContext(browser, baseURL, language)).newPage();
    await signIn(p, 'manager@demo.local');
    for (const { name, path, ready } of PAGES) {
      await p.goto(path);
      await p.locator(ready).first().waitFor();
      await screenshot(p, language, name);
    }
    await p.goto('/knowledge/index');
    await p.getByTestId('formula').getByText(language === 'zh-CN' ? /指数 = 5 × 发布条目数/ : /index = 5 × items published/).waitFor();
    await p.goto('/knowledge');
    await p.getByTestId('item-link').first().click();
    await p.getByTestId('item-body').waitFor();
    await screenshot(p, language, 'knowledge-item');
    await p.goto('/knowledge/talks');
    await p.getByTestId('talk-link').first().click();
    await p.getByTestId('talk-title').waitFor();
    await screenshot(p, language, 'knowledge-talk');
    await p.goto('/');
    await p.getByTestId('knowledge-widget').waitFor();
    await screenshot(p, language, 'knowledge-dashboard');
    await p.context().close();
  });
});
