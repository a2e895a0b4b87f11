// The surveys list paged, sorted and filtered on the server with its state in the URL (the kit's
// useServerList), as hr@demo.local in both languages. The drafts that make it longer than a page
// are made here through the API with a unique title; every expectation is the API's own answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { allPages, gqlAs } from './support/api';
import { pick } from './support/forms';
import { rowsAre, param, total, header } from './support/lists';
import { sharedServerURL } from './support/server';

const SURVEYS = `query($filter: InsightsSurveyListFilter, $sort: InsightsSurveySort, $first: Int!, $after: String) {
  surveysPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id } } }`;
const HR = 'hr@demo.local';
const unique = `E2E surveys ${Date.now().toString(36)}`;

let browser: Browser;
let baseURL: string;
beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
  for (let i = 0; i < 12; i += 1) {
    await gqlAs(baseURL, HR, 'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id } }', { i: { title: `${unique} ${String(i).padStart(2, '0')}`, kind: i % 3 ? 'PULSE' : 'ENGAGEMENT' } });
  }
});
afterAll(async () => {
  await browser?.close();
});

const ids = async (variables: Record<string, unknown>): Promise<string[]> => (await allPages(baseURL, HR, SURVEYS, 'surveysPage', variables)).map((n: { id: string }) => n.id);
/** No message key shown raw (the shared RAW_KEY check does not know insights' keys). */
const rawInsightsKeys = async (p: import('playwright-core').Page) => (await p.locator('main').first().innerText()).match(/\binsights\.[a-zA-Z]+(?:\.[\w.]+)?\b/g) ?? [];

describe('the surveys list, paged on the server', () => {
  for (const language of ['en-US', 'zh-CN'] as Language[]) {
    const en = language === 'en-US';
    it(`page, sort, filter and search through the URL (${language})`, async () => {
      const p = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(p, HR);
      const newest = await ids({});
      expect(newest.length).toBeGreaterThan(20); // more than one page of 20

      await p.goto('/insights/surveys');
      await rowsAre(p, 'surveys-table', newest.slice(0, 20));
      expect(await total(p)).toContain(String(newest.length));
      await p.locator('main .ant-pagination-item-2').first().click();
      await rowsAre(p, 'surveys-table', newest.slice(20, 40));
      expect(param(p, 'page')).toBe('2');

      // The title column asks the server for its order, from page 1.
      const byTitle = await ids({ sort: { field: 'TITLE', direction: 'ASC' } });
      await header(p, 'surveys-table', en ? 'Title' : '标题').click();
      await rowsAre(p, 'surveys-table', byTitle.slice(0, 20));
      expect(param(p, 'sort')).toBe('TITLE');
      expect(param(p, 'page')).toBeNull();

      // A shared link to page 2 of another order, and a reload, show exactly those rows.
      const byOpened = await ids({ sort: { field: 'OPENED_AT', direction: 'DESC' } });
      await p.goto('/insights/surveys?sort=-OPENED_AT&page=2');
      await rowsAre(p, 'surveys-table', byOpened.slice(20, 40));
      await p.reload();
      await rowsAre(p, 'surveys-table', byOpened.slice(20, 40));

      // The status filter narrows on the server; the total is the API's count.
      await pick(p, p.locator('[data-testid=survey-status-filter]'), en ? 'Draft' : '草稿');
      const drafts = await ids({ filter: { status: 'DRAFT' }, sort: { field: 'OPENED_AT', direction: 'DESC' } });
      expect(drafts.length).toBeGreaterThanOrEqual(12);
      await rowsAre(p, 'surveys-table', drafts.slice(0, 20));
      expect(param(p, 'status')).toBe('DRAFT');
      expect(param(p, 'sort')).toBe('-OPENED_AT');
      expect(await total(p)).toContain(String(drafts.length));

      // A title search, with the kind filter, from the URL after a reload.
      await p.getByTestId('survey-search').locator('input').fill(unique.toUpperCase());
      await p.getByTestId('survey-search').locator('input').press('Enter');
      const found = await ids({ filter: { status: 'DRAFT', search: unique.toUpperCase() }, sort: { field: 'OPENED_AT', direction: 'DESC' } });
      expect(found).toHaveLength(12);
      await rowsAre(p, 'surveys-table', found);
      expect(param(p, 'q')).toBe(unique.toUpperCase());
      await pick(p, p.locator('[data-testid=survey-kind-filter]'), en ? 'Engagement' : '敬业度调查');
      const engagement = await ids({ filter: { status: 'DRAFT', kind: 'ENGAGEMENT', search: unique.toUpperCase() }, sort: { field: 'OPENED_AT', direction: 'DESC' } });
      expect(engagement).toHaveLength(4);
      await rowsAre(p, 'surveys-table', engagement);
      expect(param(p, 'kind')).toBe('ENGAGEMENT');
      await p.reload();
      await rowsAre(p, 'surveys-table', engagement);
      expect(await total(p)).toContain('4');
      expect(await rawInsightsKeys(p)).toEqual([]);
      await screenshot(p, language, 'insights-surveys-list');
      await p.context().close();
    });
  }
});
