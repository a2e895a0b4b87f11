// The knowledge-sharing index's people, paged, sorted and searched on the server with the state
// in the URL, as hr@demo.local (everyone: 60 people in pages of 15): the API's order page by
// page, by link and after reload, sorting by a column, a name search and a period from the URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, signIn, type Language } from './support/browser';
import { allPages } from './support/api';
import { rawKeys } from './support/forms';
import { header, param, rowsAre, total } from './support/lists';
import { sharedServerURL } from './support/server';

const PAGE = `query($from: String, $to: String, $filter: KnowledgeSharingIndexFilter, $sort: KnowledgeSharingIndexSort, $first: Int!, $after: String) {
  knowledgeSharingIndexPage(from: $from, to: $to, filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { person { id } } } }`;

let browser: Browser;
let baseURL: string;
beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The API's order: the ids of everyone the variables match. */
const apiOrder = async (variables: Record<string, unknown>): Promise<string[]> =>
  (await allPages(baseURL, 'hr@demo.local', PAGE, 'knowledgeSharingIndexPage', variables)).map((n: { person: { id: string } }) => n.person.id);

describe('the sharing index, paged on the server', () => {
  for (const language of ['en-US', 'zh-CN'] as Language[]) {
    it(`pages, sorts, searches and keeps the period in the URL (${language})`, async () => {
      const page = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(page, 'hr@demo.local');
      const byIndex = await apiOrder({ sort: { field: 'INDEX', direction: 'DESC' } });
      expect(byIndex.length).toBeGreaterThan(45); // more than three pages of 15

      await page.goto('/knowledge/index');
      await rowsAre(page, 'sharing-people', byIndex.slice(0, 15));
      expect(await total(page)).toBe(language === 'en-US' ? `${byIndex.length} in total` : `共 ${byIndex.length} 条`);
      await page.locator('.ant-pagination-item-2').click();
      await rowsAre(page, 'sharing-people', byIndex.slice(15, 30));
      expect(param(page, 'page')).toBe('2');
      await page.goto('/knowledge/index?page=4');
      await rowsAre(page, 'sharing-people', byIndex.slice(45, 60));
      await page.reload();
      await rowsAre(page, 'sharing-people', byIndex.slice(45, 60));
      expect(await rawKeys(page.locator('main').first())).toEqual([]);

      // A column's header asks the server and starts again at page 1.
      const byName = await apiOrder({ sort: { field: 'NAME', direction: 'ASC' } });
      await header(page, 'sharing-people', language === 'en-US' ? 'Person' : '人员').click();
      await rowsAre(page, 'sharing-people', byName.slice(0, 15));
      expect(param(page, 'sort')).toBe('NAME');
      expect(param(page, 'page')).toBeNull();

      const wei = await apiOrder({ filter: { search: 'wei' }, sort: { field: 'NAME', direction: 'ASC' } });
      expect(wei.length).toBeGreaterThan(0);
      await page.getByTestId('sharing-search').locator('input').fill('wei');
      await page.getByTestId('sharing-search').locator('input').press('Enter');
      await rowsAre(page, 'sharing-people', wei.slice(0, 15));
      expect(param(page, 'q')).toBe('wei');

      // A period from a shared link: the rows, and the period line, are the link's.
      const half = await apiOrder({ from: '2026-01-01', to: '2026-06-30', sort: { field: 'INDEX', direction: 'DESC' } });
      await page.goto('/knowledge/index?from=2026-01-01&to=2026-06-30');
      await rowsAre(page, 'sharing-people', half.slice(0, 15));
      await page.getByText(language === 'en-US' ? 'Period 2026-01-01 – 2026-06-30.' : '统计期 2026-01-01 – 2026-06-30。').first().waitFor();
      await page.context().close();
    });
  }
});
