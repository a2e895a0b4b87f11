// The research outputs list paged, sorted and filtered on the server with its state in the URL
// (the kit's useServerList), as hr@demo.local in both languages. The outputs that make it longer
// than a page are made here through the API with a unique title; every expectation is the API's
// own answer at that moment, since other specs share the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { allPages, gqlAs } from './support/api';
import { pick, rawKeys } from './support/forms';
import { rowsAre, param, total, header } from './support/lists';
import { sharedServerURL } from './support/server';

const OUTPUTS = `query($filter: DevelopmentResearchFilter, $sort: DevelopmentResearchSort, $first: Int!, $after: String) {
  researchOutputsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id } } }`;
const HR = 'hr@demo.local';
const unique = `E2E research ${Date.now().toString(36)}`;
const YEAR = new Date().getFullYear() - 3;

let browser: Browser;
let baseURL: string;
beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
  for (let i = 0; i < 22; i += 1) {
    const i2 = String(i).padStart(2, '0');
    const input = i % 4 ? { kind: 'PUBLICATION', status: 'SUBMITTED', venue: `Venue ${i2}` } : { kind: 'PATENT', status: 'GRANTED', venue: 'CNIPA' };
    await gqlAs(baseURL, HR, 'mutation($i: CreateResearchOutputInput!) { createResearchOutput(input: $i) { id } }', { i: { ...input, title: `${unique} ${i2}`, date: `${YEAR}-${String((i % 12) + 1).padStart(2, '0')}-10` } });
  }
});
afterAll(async () => {
  await browser?.close();
});

const ids = async (variables: Record<string, unknown>): Promise<string[]> => (await allPages(baseURL, HR, OUTPUTS, 'researchOutputsPage', variables)).map((n: { id: string }) => n.id);
const count = async (filter: Record<string, unknown>): Promise<number> => (await gqlAs(baseURL, HR, OUTPUTS, { filter, first: 1 })).researchOutputsPage.totalCount;

describe('the research outputs list, paged on the server', () => {
  for (const language of ['en-US', 'zh-CN'] as Language[]) {
    const en = language === 'en-US';
    it(`page, sort, filter and search through the URL (${language})`, async () => {
      const p = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(p, HR);
      const newest = await ids({});
      expect(newest.length).toBeGreaterThan(20); // more than one page of 20

      await p.goto('/development/research');
      await rowsAre(p, 'research-table', newest.slice(0, 20));
      expect(await total(p)).toContain(String(newest.length));
      // The counts above the list are the server's, not the page's.
      const counts = p.getByTestId('research-counts');
      await counts.getByText(String(await count({ kind: 'PUBLICATION' })), { exact: true }).first().waitFor();
      await p.locator('main .ant-pagination-item-2').first().click();
      await rowsAre(p, 'research-table', newest.slice(20, 40));
      expect(param(p, 'page')).toBe('2');

      // The status column asks the server for its order, from page 1.
      const byStatus = await ids({ sort: { field: 'STATUS', direction: 'ASC' } });
      await header(p, 'research-table', en ? 'Status' : '状态').click();
      await rowsAre(p, 'research-table', byStatus.slice(0, 20));
      expect(param(p, 'sort')).toBe('STATUS');
      expect(param(p, 'page')).toBeNull();

      // A shared link to page 2 of another order, and a reload, show exactly those rows.
      const byTitle = await ids({ sort: { field: 'TITLE', direction: 'DESC' } });
      await p.goto('/development/research?sort=-TITLE&page=2');
      await rowsAre(p, 'research-table', byTitle.slice(20, 40));
      await p.reload();
      await rowsAre(p, 'research-table', byTitle.slice(20, 40));

      // Kind and year filters and a search narrow on the server; the totals are the API's counts.
      await pick(p, p.locator('[data-testid=research-kind-filter]'), en ? 'Patent' : '专利');
      const patents = await ids({ filter: { kind: 'PATENT' }, sort: { field: 'TITLE', direction: 'DESC' } });
      await rowsAre(p, 'research-table', patents.slice(0, 20));
      expect(param(p, 'kind')).toBe('PATENT');
      await pick(p, p.locator('[data-testid=research-year-filter]'), String(YEAR));
      await expect.poll(() => param(p, 'year')).toBe(String(YEAR));
      await p.getByTestId('research-search').locator('input').fill(unique.toUpperCase());
      await p.getByTestId('research-search').locator('input').press('Enter');
      const found = await ids({ filter: { kind: 'PATENT', year: YEAR, search: unique.toUpperCase() }, sort: { field: 'TITLE', direction: 'DESC' } });
      expect(found).toHaveLength(6);
      await rowsAre(p, 'research-table', found);
      expect([param(p, 'year'), param(p, 'q')]).toEqual([String(YEAR), unique.toUpperCase()]);
      await p.reload();
      await rowsAre(p, 'research-table', found);
      expect(await total(p)).toContain('6');
      await counts.getByText('6', { exact: true }).first().waitFor();
      expect(await rawKeys(p.locator('main').first())).toEqual([]);
      await screenshot(p, language, 'development-research-list');
      await p.context().close();
    });
  }
});
