// The Pay positions page (personCompPositionsPage): hr pages, sorts and filters everyone's place in
// band on the server with the state in the URL, in both languages; a manager sees only their chain;
// an employee has no such page. The export holds the filtered rows.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { allPages, gqlAs } from './support/api';
import { clickOption, rawKeys } from './support/forms';
import { header, param, rowsAre, total } from './support/lists';
import { sharedServerURL } from './support/server';

const PAGE = `query($filter: AttractionPayPositionFilter, $sort: AttractionPayPositionSort, $first: Int!, $after: String) {
  personCompPositionsPage(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } bandPositionCounts { bandPosition count } nodes { personId name } } }`;

let browser: Browser;
let baseURL: string;
beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The API's order for `email`: every person id the variables match. */
const apiOrder = async (variables: Record<string, unknown>, email = 'hr@demo.local'): Promise<string[]> =>
  (await allPages(baseURL, email, PAGE, 'personCompPositionsPage', variables)).map((n: { personId: string }) => n.personId);

describe('pay positions, paged on the server', () => {
  for (const language of ['en-US', 'zh-CN'] as Language[]) {
    const en = language === 'en-US';
    it(`hr pages, sorts and filters everyone's place in band through the URL (${language})`, async () => {
      const p = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(p, 'hr@demo.local');
      const byName = await apiOrder({ sort: { field: 'NAME', direction: 'ASC' } });
      expect(byName.length).toBeGreaterThan(40); // more than two pages of 20

      // From the menu: Hiring, then Pay positions.
      const nav = p.getByRole('navigation', { name: 'main' });
      await nav.getByText(en ? 'Hiring' : '人才吸引', { exact: true }).click();
      const link = nav.locator('a[href="/attraction/pay-positions"]');
      expect(await link.innerText()).toBe(en ? 'Pay positions' : '薪酬定位总览');
      await link.click();
      await rowsAre(p, 'pay-positions-table', byName.slice(0, 20));
      expect(await total(p)).toContain(String(byName.length));
      await p.locator('main .ant-pagination-item-3').first().click();
      await rowsAre(p, 'pay-positions-table', byName.slice(40, 60));
      expect(param(p, 'page')).toBe('3');
      expect(await rawKeys(p.locator('main').first())).toEqual([]);

      // Highest compa-ratio first: one click for ascending, a second for descending.
      const highest = await apiOrder({ sort: { field: 'COMPA_RATIO', direction: 'DESC' } });
      const compa = header(p, 'pay-positions-table', en ? 'Compa-ratio' : '薪酬比率');
      await compa.click();
      await rowsAre(p, 'pay-positions-table', (await apiOrder({ sort: { field: 'COMPA_RATIO', direction: 'ASC' } })).slice(0, 20));
      await compa.click();
      await rowsAre(p, 'pay-positions-table', highest.slice(0, 20));
      expect([param(p, 'sort'), param(p, 'page')]).toEqual(['-COMPA_RATIO', null]);

      // The place-in-band choices carry the server's counts; one narrows the rows on the server.
      const counts = (await gqlAs(baseURL, 'hr@demo.local', PAGE, { first: 1 })).personCompPositionsPage.bandPositionCounts as Array<{ bandPosition: string; count: number }>;
      // The demo pays everyone with a band within it; those without one make the difference.
      const place = 'within';
      const count = counts.find((c) => c.bandPosition === place)!.count;
      expect(count).toBeGreaterThan(20);
      expect(count).toBeLessThan(byName.length);
      const label = en ? 'Within' : '带宽内';
      await p.locator('[data-testid=pay-place] .ant-segmented-item', { hasText: `${label} (${count})` }).click();
      const inBand = await apiOrder({ filter: { bandPosition: place }, sort: { field: 'COMPA_RATIO', direction: 'DESC' } });
      expect(inBand).toHaveLength(count);
      // The first 20 match the unfiltered order too (no number sorts last): the count and the
      // last page tell the filtered list apart.
      await p.locator('main .ant-pagination-total-text', { hasText: String(count) }).first().waitFor();
      await rowsAre(p, 'pay-positions-table', inBand.slice(0, 20));
      expect(param(p, 'position')).toBe(place);
      await p.locator('main .ant-pagination-item-3').first().click();
      await rowsAre(p, 'pay-positions-table', inBand.slice(40, 60));
      expect(await p.locator('[data-testid=pay-row-place]').allInnerTexts()).toEqual(inBand.slice(40, 60).map(() => label));
      await screenshot(p, language, 'attraction-pay-positions-within');

      // The export holds what the filtered list shows, in its order (every page, not only this one).
      const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('export-attraction.pay-positions').click()]);
      const [head, ...lines] = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\n');
      expect(head.split(',').slice(0, 3)).toEqual(['name', 'title', 'level']);
      const names = (await gqlAs(baseURL, 'hr@demo.local', PAGE, { filter: { bandPosition: place }, sort: { field: 'COMPA_RATIO', direction: 'DESC' }, first: 200 })).personCompPositionsPage.nodes.map((n: { name: string }) => n.name);
      expect(lines.map((line) => line.split(',')[0])).toEqual(names);

      // The team filter: a manager chosen by name narrows to their reports, direct and indirect.
      const lead = (await gqlAs(baseURL, 'manager@demo.local', '{ me { person { id name } } }')).me.person as { id: string; name: string };
      const team = await apiOrder({ filter: { managerId: lead.id }, sort: { field: 'NAME', direction: 'ASC' } });
      expect(team.length).toBeGreaterThan(1);
      await p.goto('/attraction/pay-positions');
      await rowsAre(p, 'pay-positions-table', byName.slice(0, 20));
      const teamSelect = p.getByTestId('pay-team');
      await teamSelect.click();
      await teamSelect.locator('input').fill(lead.name);
      await clickOption(p, lead.name);
      await rowsAre(p, 'pay-positions-table', team.slice(0, 20));
      expect(param(p, 'team')).toBe(lead.id);

      // A shared link with a search shows that one person, and survives a reload.
      await p.goto('/attraction/pay-positions?q=wei%20ran');
      const weiRan = await apiOrder({ filter: { search: 'wei ran' } });
      expect(weiRan).toHaveLength(1);
      await rowsAre(p, 'pay-positions-table', weiRan);
      await p.reload();
      await rowsAre(p, 'pay-positions-table', weiRan);
      await p.context().close();
    });
  }

  it('a manager sees only their chain; an employee has no such page', async () => {
    const manager = await (await newContext(browser, baseURL)).newPage();
    await signIn(manager, 'manager@demo.local');
    const chain = await apiOrder({}, 'manager@demo.local');
    expect(chain.length).toBeGreaterThan(1);
    expect(chain.length).toBeLessThan(20);
    await manager.goto('/attraction/pay-positions');
    await rowsAre(manager, 'pay-positions-table', chain);
    await manager.context().close();

    const employee = await (await newContext(browser, baseURL)).newPage();
    await signIn(employee, 'employee@demo.local');
    const nav = employee.getByRole('navigation', { name: 'main' });
    await nav.getByText('Hiring', { exact: true }).click();
    await nav.locator('a[href="/attraction/my-pay"]').waitFor();
    expect(await nav.locator('a[href="/attraction/pay-positions"]').count()).toBe(0);
    await employee.goto('/attraction/pay-positions');
    await employee.getByText('You do not have access to this page').waitFor();
    await employee.context().close();
  });
});
