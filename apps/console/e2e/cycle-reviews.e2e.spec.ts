// A review cycle's reviews on its page, paged, sorted and filtered on the server with their state
// in the URL: the demo's finalised cycle (over 350 reviews) as hr@demo.local in both languages,
// then as a manager and an employee, whose rows and counts the API narrows. Every expectation is
// the API's own answer (cycleReviewsPage), so anonymity and withholding are the server's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { allPages, gqlAs } from './support/api';
import { pick, rawKeys } from './support/forms';
import { header, param, rowsAre, total } from './support/lists';
import { sharedServerURL } from './support/server';

const PAGE = `query($cycleId: ID!, $filter: IncentivesReviewFilter, $sort: IncentivesReviewSort, $first: Int!, $after: String) {
  cycleReviewsPage(cycleId: $cycleId, filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id revieweeId revieweeName reviewerName } } }`;
const HR = 'hr@demo.local';

let browser: Browser;
let baseURL: string;
let cycleId: string;
beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
  const { reviewCycles } = await gqlAs(baseURL, HR, '{ reviewCycles(status: "finalised") { id name } }');
  cycleId = reviewCycles.find((c: { name: string }) => c.name === 'H1 2026 Performance Review').id;
});
afterAll(async () => {
  await browser?.close();
});

type Row = { id: string; revieweeId: string; revieweeName: string; reviewerName: string | null };
const rows = (variables: Record<string, unknown>, email = HR): Promise<Row[]> => allPages(baseURL, email, PAGE, 'cycleReviewsPage', { cycleId, ...variables });
const ids = async (variables: Record<string, unknown>, email = HR) => (await rows(variables, email)).map((r) => r.id);
const open = async (language: Language, email: string, query = '') => {
  const p = await (await newContext(browser, baseURL, language)).newPage();
  await signIn(p, email);
  await p.goto(`/incentives/cycles/${cycleId}${query}`);
  return p;
};

describe("a review cycle's reviews, paged on the server", () => {
  for (const language of ['en-US', 'zh-CN'] as Language[]) {
    const en = language === 'en-US';
    it(`pages, sorts and filters through the URL (${language})`, async () => {
      const all = await ids({});
      expect(all.length).toBeGreaterThan(40); // more than two pages of 20
      const p = await open(language, HR);
      await rowsAre(p, 'cycle-reviews', all.slice(0, 20));
      expect(await total(p)).toContain(String(all.length));
      await p.locator('main .ant-pagination-item-2').first().click();
      await rowsAre(p, 'cycle-reviews', all.slice(20, 40));
      expect(param(p, 'page')).toBe('2');
      expect(await rawKeys(p.locator('main').first())).toEqual([]);
      await screenshot(p, language, 'incentives-cycle-reviews-page-2');

      // The kind column asks the server for its order, from page 1.
      const byKind = await ids({ sort: { field: 'KIND', direction: 'ASC' } });
      await header(p, 'cycle-reviews', en ? 'Kind' : '类型').click();
      await rowsAre(p, 'cycle-reviews', byKind.slice(0, 20));
      expect(param(p, 'sort')).toBe('KIND');
      expect(param(p, 'page')).toBeNull();

      // A shared link: peer reviews, newest status last, page 2 — and a reload — show exactly those rows.
      const peers = await ids({ filter: { kind: 'peer' }, sort: { field: 'STATUS', direction: 'DESC' } });
      expect(peers.length).toBeGreaterThan(20);
      await p.goto(`/incentives/cycles/${cycleId}?kind=peer&sort=-STATUS&page=2`);
      await rowsAre(p, 'cycle-reviews', peers.slice(20, 40));
      await p.reload();
      await rowsAre(p, 'cycle-reviews', peers.slice(20, 40));
      expect(await total(p)).toContain(String(peers.length));
      // Anonymous content comes without its author, as the API sends it.
      expect(await p.locator('[data-testid=cycle-reviews] tbody').innerText()).toContain(en ? 'anonymous' : '匿名');

      // The kind filter from its select: manager reviews, counted by the server, page 1 again.
      const managers = await ids({ filter: { kind: 'manager' }, sort: { field: 'STATUS', direction: 'DESC' } });
      await pick(p, p.getByTestId('reviews-kind-filter'), en ? 'Manager' : '上级评');
      await rowsAre(p, 'cycle-reviews', managers.slice(0, 20));
      expect(param(p, 'kind')).toBe('manager');
      expect(param(p, 'page')).toBeNull();
      expect(await total(p)).toContain(String(managers.length));
      await p.context().close();
    });
  }

  it("narrows to one reviewee from a shared link, naming them in the picker", async () => {
    const someone = (await rows({}))[30]!;
    const theirs = await ids({ filter: { revieweeId: someone.revieweeId } });
    const p = await open('en-US', HR, `?reviewee=${someone.revieweeId}`);
    await rowsAre(p, 'cycle-reviews', theirs.slice(0, 20));
    expect(await p.getByTestId('reviews-reviewee-filter').innerText()).toContain(someone.revieweeName);
    await p.context().close();
  });

  it('shows a manager and an employee only the rows the API gives them', async () => {
    const everyone = await ids({});
    for (const email of ['manager@demo.local', 'employee@demo.local']) {
      const theirs = await ids({}, email);
      expect(theirs.length, email).toBeGreaterThan(0);
      expect(theirs.length, email).toBeLessThan(everyone.length);
      const p = await open('en-US', email);
      await rowsAre(p, 'cycle-reviews', theirs.slice(0, 20));
      expect(await total(p)).toContain(String(theirs.length));
      await p.context().close();
    }
  });
});
