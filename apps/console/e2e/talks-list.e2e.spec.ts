// A list paged, sorted and filtered on the server with its state in the URL (the kit's
// useServerList), on the knowledge talks page as hr@demo.local: more talks than a page holds,
// page 2 by click and by link, column sorting, a filter, reload, and both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { allPages } from './support/api';
import { pick, rawKeys } from './support/forms';
import { sharedServerURL } from './support/server';

const PAGE = `query($filter: KnowledgeTalkFilter, $sort: KnowledgeTalkSort, $first: Int!, $after: String) {
  talksPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id kind } } }`;

let browser: Browser;
let baseURL: string;
beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The API's order: every talk the filter matches. */
const apiOrder = (variables: Record<string, unknown>): Promise<Array<{ id: string; kind: string }>> => allPages(baseURL, 'hr@demo.local', PAGE, 'talksPage', variables);

const rowIds = (page: Page) => page.locator('[data-testid=talks-table] tr.ant-table-row[data-row-key]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key')));
async function rowsAre(page: Page, ids: string[]) {
  await page.waitForFunction((want) => {
    const got = [...document.querySelectorAll('[data-testid=talks-table] tr.ant-table-row[data-row-key]')].map((r) => r.getAttribute('data-row-key'));
    return JSON.stringify(got) === JSON.stringify(want);
  }, ids);
  expect(await rowIds(page)).toEqual(ids);
}
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe('the talks list, paged on the server', () => {
  for (const language of ['en-US', 'zh-CN'] as Language[]) {
    it(`pages, sorts and filters through the URL (${language})`, async () => {
      const page = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(page, 'hr@demo.local');
      const all = await apiOrder({ sort: { field: 'SCHEDULED_AT', direction: 'DESC' } });
      expect(all.length).toBeGreaterThan(20); // more than one page of 20

      await page.goto('/knowledge/talks?when=ALL');
      await rowsAre(page, all.slice(0, 20).map((t) => t.id));
      await page.locator('.ant-pagination-item-2').click();
      await rowsAre(page, all.slice(20, 40).map((t) => t.id));
      expect(param(page, 'page')).toBe('2');
      expect(await rawKeys(page.locator('main').first())).toEqual([]);
      await screenshot(page, language, 'knowledge-talks-page-2');

      // Sorting by a column asks the server and starts again at page 1; the order is the API's.
      const byTitle = await apiOrder({ sort: { field: 'TITLE', direction: 'ASC' } });
      await page.locator('[data-testid=talks-table] th.ant-table-column-has-sorters').nth(1).click();
      await rowsAre(page, byTitle.slice(0, 20).map((t) => t.id));
      expect(param(page, 'sort')).toBe('TITLE');
      expect(param(page, 'page')).toBeNull();
      await page.locator('[data-testid=talks-table] th.ant-table-column-has-sorters').nth(1).click();
      const byTitleDesc = await apiOrder({ sort: { field: 'TITLE', direction: 'DESC' } });
      await rowsAre(page, byTitleDesc.slice(0, 20).map((t) => t.id));
      expect(param(page, 'sort')).toBe('-TITLE');

      // A shared link to page 2 of that order opens on exactly those rows (the cursor is walked).
      await page.goto('/knowledge/talks?when=ALL&sort=-TITLE&page=2');
      await rowsAre(page, byTitleDesc.slice(20, 40).map((t) => t.id));
      await page.reload();
      await rowsAre(page, byTitleDesc.slice(20, 40).map((t) => t.id));

      // A filter narrows on the server; the total is the API's count.
      await pick(page, page.locator('.ant-select', { has: page.getByLabel(language === 'en-US' ? 'Kind' : '类型') }), language === 'en-US' ? 'Brainstorm' : '头脑风暴会');
      const brainstorms = await apiOrder({ filter: { kind: 'BRAINSTORM' }, sort: { field: 'TITLE', direction: 'DESC' } });
      await rowsAre(page, brainstorms.slice(0, 20).map((t) => t.id));
      expect(param(page, 'kind')).toBe('BRAINSTORM');
      await page.context().close();
    });
  }
});
