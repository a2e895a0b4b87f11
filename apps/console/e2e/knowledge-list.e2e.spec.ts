// The knowledge base paged on the server with its state in the URL, as hr@demo.local: 180-odd
// visible items in pages of 20, page 3 by link and after reload, the order select, a kinds filter
// from the URL, and the zh-CN page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, signIn, type Language } from './support/browser';
import { allPages } from './support/api';
import { pick, rawKeys } from './support/forms';
import { sharedServerURL } from './support/server';

const PAGE = `query($filter: KnowledgeItemFilter, $sort: KnowledgeItemSort, $first: Int!, $after: String) {
  knowledgeItemsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id } } }`;

let browser: Browser;
let baseURL: string;
beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const apiOrder = async (variables: Record<string, unknown>): Promise<string[]> => (await allPages(baseURL, 'hr@demo.local', PAGE, 'knowledgeItemsPage', variables)).map((n: { id: string }) => n.id);
async function itemsAre(page: Page, ids: string[]) {
  const want = ids.map((id) => `/knowledge/items/${id}`);
  await page.waitForFunction((w) => JSON.stringify([...document.querySelectorAll('[data-testid=item-link]')].map((a) => a.getAttribute('href'))) === JSON.stringify(w), want);
}

describe('the knowledge base, paged on the server', () => {
  for (const language of ['en-US', 'zh-CN'] as Language[]) {
    it(`pages, orders and filters through the URL (${language})`, async () => {
      const page = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(page, 'hr@demo.local');
      const newest = await apiOrder({ sort: { field: 'CREATED_AT', direction: 'DESC' } });
      expect(newest.length).toBeGreaterThan(60);

      await page.goto('/knowledge?page=3');
      await itemsAre(page, newest.slice(40, 60));
      await page.reload();
      await itemsAre(page, newest.slice(40, 60));
      await page.locator('.ant-pagination-item-4').click();
      await itemsAre(page, newest.slice(60, 80));
      expect(new URL(page.url()).searchParams.get('page')).toBe('4');
      expect(await rawKeys(page.locator('main').first())).toEqual([]);

      const byTitle = await apiOrder({ sort: { field: 'TITLE', direction: 'ASC' } });
      await pick(page, page.getByTestId('knowledge-sort'), language === 'en-US' ? 'Title A–Z' : '标题 A–Z');
      await itemsAre(page, byTitle.slice(0, 20));
      expect(new URL(page.url()).searchParams.get('sort')).toBe('TITLE');
      expect(new URL(page.url()).searchParams.get('page')).toBeNull();

      const papers = await apiOrder({ filter: { kinds: ['PAPER', 'PATENT'] }, sort: { field: 'CREATED_AT', direction: 'DESC' } });
      await page.goto('/knowledge?kinds=PAPER,PATENT');
      await itemsAre(page, papers.slice(0, 20));
      await page.getByText(language === 'en-US' ? `${papers.length} in total` : `共 ${papers.length} 条`, { exact: true }).first().waitFor();
      await page.context().close();
    });
  }
});
