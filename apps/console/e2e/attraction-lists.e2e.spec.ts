// The attraction lists paged, sorted and filtered on the server with their state in the URL (the
// kit's useServerList): candidates (more than a page), requisitions and offers as hr@demo.local in
// both languages, and a hiring manager who sees only their requisitions' rows and counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { allPages, gqlAs } from './support/api';
import { pick, rawKeys } from './support/forms';
import { rowsAre, param, total } from './support/lists';
import { sharedServerURL } from './support/server';

const page = (name: string, type: string) => `query($filter: Attraction${type}Filter, $sort: Attraction${type}Sort, $first: Int!, $after: String) {
  ${name}(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id } } }`;
const LISTS = { candidatesPage: page('candidatesPage', 'Candidate'), requisitionsPage: page('requisitionsPage', 'Requisition'), offersPage: page('offersPage', 'Offer') };

let browser: Browser;
let baseURL: string;
beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The API's order of a list for `email`: every id the variables match. */
const apiOrder = async (list: keyof typeof LISTS, variables: Record<string, unknown>, email = 'hr@demo.local'): Promise<string[]> =>
  (await allPages(baseURL, email, LISTS[list], list, variables)).map((n: { id: string }) => n.id);

describe('the attraction lists, paged on the server', () => {
  for (const language of ['en-US', 'zh-CN'] as Language[]) {
    const en = language === 'en-US';
    it(`candidates page, sort and filter through the URL (${language})`, async () => {
      const p = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(p, 'hr@demo.local');
      const all = await apiOrder('candidatesPage', { sort: { field: 'CREATED_AT', direction: 'DESC' } });
      expect(all.length).toBeGreaterThan(20); // more than one page of 20

      await p.goto('/attraction/candidates');
      await rowsAre(p, 'candidates-table', all.slice(0, 20));
      expect(await total(p)).toContain(String(all.length));
      await p.locator('main .ant-pagination-item-2').first().click();
      await rowsAre(p, 'candidates-table', all.slice(20, 40));
      expect(param(p, 'page')).toBe('2');
      expect(await rawKeys(p.locator('main').first())).toEqual([]);
      await screenshot(p, language, 'attraction-candidates-page-2');

      // Sorting by the name column asks the server and starts again at page 1.
      const byName = await apiOrder('candidatesPage', { sort: { field: 'NAME', direction: 'ASC' } });
      await p.locator('[data-testid=candidates-table] th.ant-table-column-has-sorters').first().click();
      await rowsAre(p, 'candidates-table', byName.slice(0, 20));
      expect(param(p, 'sort')).toBe('NAME');
      expect(param(p, 'page')).toBeNull();

      // A shared link to page 2 of that order, and a reload, show exactly those rows.
      await p.goto('/attraction/candidates?sort=NAME&page=2');
      await rowsAre(p, 'candidates-table', byName.slice(20, 40));
      await p.reload();
      await rowsAre(p, 'candidates-table', byName.slice(20, 40));

      // A stage filter narrows on the server; the total is the API's count.
      await pick(p, p.locator('.ant-select', { has: p.getByLabel(en ? 'Stage' : '阶段') }), en ? 'Interviews' : '面试');
      const interviews = await apiOrder('candidatesPage', { filter: { stage: 'interviews' }, sort: { field: 'NAME', direction: 'ASC' } });
      await rowsAre(p, 'candidates-table', interviews.slice(0, 20));
      expect(param(p, 'stage')).toBe('interviews');
      expect(await total(p)).toContain(String(interviews.length));
      await p.context().close();
    });

    it(`requisitions and offers sort and filter through the URL (${language})`, async () => {
      const p = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(p, 'hr@demo.local');
      await p.goto('/attraction/requisitions');
      await rowsAre(p, 'requisitions-table', (await apiOrder('requisitionsPage', { sort: { field: 'CREATED_AT', direction: 'DESC' } })).slice(0, 20));
      await p.locator('[data-testid=requisitions-table] th.ant-table-column-has-sorters').first().click();
      await rowsAre(p, 'requisitions-table', (await apiOrder('requisitionsPage', { sort: { field: 'TITLE', direction: 'ASC' } })).slice(0, 20));
      expect(param(p, 'sort')).toBe('TITLE');
      await p.locator('.ant-segmented-item').filter({ hasText: en ? /^Open$/ : /^开放中$/ }).click();
      await rowsAre(p, 'requisitions-table', (await apiOrder('requisitionsPage', { filter: { status: 'open' }, sort: { field: 'TITLE', direction: 'ASC' } })).slice(0, 20));
      expect(param(p, 'status')).toBe('open');
      await p.reload();
      await rowsAre(p, 'requisitions-table', (await apiOrder('requisitionsPage', { filter: { status: 'open' }, sort: { field: 'TITLE', direction: 'ASC' } })).slice(0, 20));

      await p.goto('/attraction/offers?status=all&sort=STATUS');
      await rowsAre(p, 'offers-table', (await apiOrder('offersPage', { sort: { field: 'STATUS', direction: 'ASC' } })).slice(0, 20));
      await p.goto('/attraction/offers');
      await rowsAre(p, 'offers-table', await apiOrder('offersPage', { filter: { status: 'pending-approval' }, sort: { field: 'CREATED_AT', direction: 'DESC' } }));
      expect(await rawKeys(p.locator('main').first())).toEqual([]);
      await p.context().close();
    });

    it(`the pipeline board pages each stage on the server and moves a card from a later page (${language})`, async () => {
      const { requisitions } = await gqlAs(baseURL, 'hr@demo.local', '{ requisitions(filter: { status: "open" }) { id } }');
      const requisitionId = requisitions[en ? 0 : 1].id as string;
      const stageOrder = (stage: string) => apiOrder('candidatesPage', { filter: { requisitionId, stage }, sort: { field: 'STAGE_ENTERED_AT', direction: 'ASC' } });
      const CREATE = 'mutation($i: CreateAttractionCandidateInput!) { createCandidate(input: $i) { id } }';
      for (let i = 0; i < 21; i++) {
        await gqlAs(baseURL, 'hr@demo.local', CREATE, { i: { requisitionId, name: `Board ${language} ${i}`, email: `board-${language}-${i}@example.com`, source: 'linkedin' } });
      }
      const sourced = await stageOrder('sourced');
      expect(sourced.length).toBeGreaterThan(20);
      const p = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(p, 'hr@demo.local');
      const cards = (stage: string) => p.locator(`[data-testid=column-${stage}] [role=listitem]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.replace('candidate-', '')));
      // The badge's number (its title: the text itself rolls digit by digit while it changes).
      const count = (stage: string) => p.getByTestId(`column-count-${stage}`).locator('sup').getAttribute('title');
      await p.goto(`/attraction/pipeline?requisition=${requisitionId}`);
      await expect.poll(() => cards('sourced')).toEqual(sourced.slice(0, 20));
      expect(await count('sourced')).toBe(String(sourced.length));
      await p.getByTestId('column-more-sourced').click();
      await expect.poll(() => cards('sourced')).toEqual(sourced);
      expect(await p.getByTestId('column-more-sourced').count()).toBe(0);
      await screenshot(p, language, 'attraction-pipeline-paged');

      // The last card (on the second page) to screening by its menu: both columns follow the server.
      const last = sourced.at(-1)!;
      const screenBefore = await stageOrder('screen');
      await p.getByTestId(`candidate-${last}`).getByTestId('move-to').click();
      await p.locator('.ant-dropdown:visible').getByRole('menuitem', { name: en ? 'Screen' : '简历筛选' }).click();
      await expect.poll(() => cards('screen')).toEqual((await stageOrder('screen')).slice(0, 20));
      expect(await stageOrder('screen')).toEqual([...screenBefore, last]);
      await expect.poll(() => cards('sourced')).toEqual(sourced.slice(0, -1));
      await expect.poll(() => count('sourced')).toBe(String(sourced.length - 1));
      expect(await rawKeys(p.locator('main').first())).toEqual([]);
      await p.context().close();
    });
  }

  it('shows a hiring manager only the candidates and offers of their requisitions, counted alike', async () => {
    const p = await (await newContext(browser, baseURL, 'en-US')).newPage();
    await signIn(p, 'manager@demo.local');
    const mine = await apiOrder('candidatesPage', { sort: { field: 'CREATED_AT', direction: 'DESC' } }, 'manager@demo.local');
    const everyone = await apiOrder('candidatesPage', {});
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(everyone.length);
    await p.goto('/attraction/candidates');
    await rowsAre(p, 'candidates-table', mine.slice(0, 20));
    expect(await total(p)).toContain(String(mine.length));
    const titles = await p.locator('[data-testid=candidates-table] tr.ant-table-row td:nth-child(2)').allInnerTexts();
    // Only the manager's requisitions (other suites on this server may add some): the API's titles, without hr's others.
    const { candidatesPage: theirs } = await gqlAs(baseURL, 'manager@demo.local', '{ candidatesPage(first: 200) { nodes { requisitionTitle } } }');
    const { candidatesPage: all } = await gqlAs(baseURL, 'hr@demo.local', '{ candidatesPage(first: 200) { nodes { requisitionTitle } } }');
    const allowed = new Set(theirs.nodes.map((n: { requisitionTitle: string }) => n.requisitionTitle));
    expect(allowed.has('ML Infrastructure Engineer')).toBe(true);
    expect(all.nodes.some((n: { requisitionTitle: string }) => !allowed.has(n.requisitionTitle))).toBe(true);
    expect(titles.every((title) => allowed.has(title))).toBe(true);

    const offers = await apiOrder('offersPage', { sort: { field: 'CREATED_AT', direction: 'DESC' } }, 'manager@demo.local');
    expect(offers.length).toBeLessThan((await apiOrder('offersPage', {})).length);
    await p.goto('/attraction/offers?status=all');
    await rowsAre(p, 'offers-table', offers);
    await p.context().close();
  });
});
