// The incentives lists paged, sorted and filtered on the server with their state in the URL (the
// kit's useServerList): a pool's allocation, the pools list, innovation awards, equity grants and
// review cycles as hr@demo.local in both languages, and a manager, whose pages and counts the API
// narrows and whom the console keeps off pool pages. The pools, scenarios, awards, grants and
// cycles are made here through the API with unique names; every expectation is the API's own answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { allPages, gqlAs } from './support/api';
import { pick, rawKeys } from './support/forms';
import { rowsAre, param, total, header } from './support/lists';
import { sharedServerURL } from './support/server';

const ALLOCATIONS = `query($poolId: ID!, $filter: IncentivesAllocationFilter, $sort: IncentivesAllocationSort, $first: Int!, $after: String) {
  bonusAllocationsPage(poolId: $poolId, filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id band } } }`;
const POOLS = `query($filter: IncentivesBonusPoolFilter, $sort: IncentivesBonusPoolSort, $first: Int!, $after: String) {
  bonusPoolsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id status } } }`;
const HR = 'hr@demo.local';

let browser: Browser;
let baseURL: string;
let poolId: string;
beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
  // A draft pool of a finalised cycle's people, and enough what-if scenarios of it for two pages of pools.
  const { reviewCycles } = await gqlAs(baseURL, HR, '{ reviewCycles { id status participantCount } }');
  const cycle = reviewCycles.find((c: { status: string; participantCount: number }) => c.status === 'finalised' && c.participantCount > 40);
  const unique = `E2E lists ${Date.now().toString(36)}`;
  poolId = (await gqlAs(baseURL, HR, 'mutation($c: ID!, $n: String!) { createBonusPool(input: { cycleId: $c, name: $n, amount: 50000000, currency: "CNY", weightRule: "equal" }) { id } }', { c: cycle.id, n: unique })).createBonusPool.id;
  // Scenarios of two members each: cheap to allocate, and still rows of the pools list.
  const members = (await gqlAs(baseURL, HR, 'query($id: ID!) { bonusAllocationsPage(poolId: $id, first: 2) { nodes { personId } } }', { id: poolId })).bonusAllocationsPage.nodes.map((n: { personId: string }) => ({ personId: n.personId }));
  for (let i = 0; i < 21; i += 1) {
    await gqlAs(baseURL, HR, 'mutation($id: ID!, $n: String!, $a: Float!, $m: [IncentivesPoolMemberInput!]) { createBonusScenario(poolId: $id, input: { name: $n, amount: $a, members: $m }) { id } }', { id: poolId, n: `${unique} what-if ${i}`, a: 40000000 + i * 100000, m: members });
  }
});
afterAll(async () => {
  await browser?.close();
});

const ids = async (query: string, field: string, variables: Record<string, unknown>, email = HR): Promise<string[]> => (await allPages(baseURL, email, query, field, variables)).map((n: { id: string }) => n.id);


describe('the incentives lists, paged on the server', () => {
  for (const language of ['en-US', 'zh-CN'] as Language[]) {
    const en = language === 'en-US';
    it(`a pool's allocation: page, sort and filter through the URL (${language})`, async () => {
      const p = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(p, HR);
      const byAmount = await ids(ALLOCATIONS, 'bonusAllocationsPage', { poolId, sort: { field: 'AMOUNT', direction: 'DESC' } });
      expect(byAmount.length).toBeGreaterThan(40); // more than two pages of 20

      await p.goto(`/incentives/pools/${poolId}`);
      await rowsAre(p, 'allocation-table', byAmount.slice(0, 20));
      expect(await total(p)).toContain(String(byAmount.length));
      await p.locator('main .ant-pagination-item-2').first().click();
      await rowsAre(p, 'allocation-table', byAmount.slice(20, 40));
      expect(param(p, 'page')).toBe('2');
      expect(await rawKeys(p.locator('main').first())).toEqual([]);
      await screenshot(p, language, 'incentives-allocation-page-2');

      // The score column asks the server for its order, from page 1.
      const byScore = await ids(ALLOCATIONS, 'bonusAllocationsPage', { poolId, sort: { field: 'SCORE', direction: 'ASC' } });
      await header(p, 'allocation-table', en ? 'Score' : '分数').click();
      await rowsAre(p, 'allocation-table', byScore.slice(0, 20));
      expect(param(p, 'sort')).toBe('SCORE');
      expect(param(p, 'page')).toBeNull();

      // A shared link to page 3 of that order, and a reload, show exactly those rows.
      await p.goto(`/incentives/pools/${poolId}?sort=SCORE&page=3`);
      await rowsAre(p, 'allocation-table', byScore.slice(40, 60));
      await p.reload();
      await rowsAre(p, 'allocation-table', byScore.slice(40, 60));

      // A band filter narrows on the server; the total is the API's count.
      const band = (await allPages(baseURL, HR, ALLOCATIONS, 'bonusAllocationsPage', { poolId }))[0].band as number;
      await pick(p, p.locator('[data-testid=allocation-band-filter]'), en ? `Band ${band}` : `第 ${band} 档`);
      const inBand = await ids(ALLOCATIONS, 'bonusAllocationsPage', { poolId, filter: { band }, sort: { field: 'SCORE', direction: 'ASC' } });
      await rowsAre(p, 'allocation-table', inBand.slice(0, 20));
      expect(param(p, 'band')).toBe(String(band));
      expect(await total(p)).toContain(String(inBand.length));
      expect(await rawKeys(p.locator('main').first())).toEqual([]);
      await p.context().close();
    });

    it(`the pools list: scenarios, page, sort and status through the URL (${language})`, async () => {
      const p = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(p, HR);
      await p.goto('/incentives/pools');
      await rowsAre(p, 'pools-table', (await ids(POOLS, 'bonusPoolsPage', {})).slice(0, 20));

      await p.getByTestId('pool-scenarios-switch').click();
      const withScenarios = await ids(POOLS, 'bonusPoolsPage', { filter: { includeScenarios: true } });
      expect(withScenarios.length).toBeGreaterThan(20);
      await rowsAre(p, 'pools-table', withScenarios.slice(0, 20));
      expect(param(p, 'scenarios')).toBe('1');
      expect(await total(p)).toContain(String(withScenarios.length));
      await p.locator('main .ant-pagination-item-2').first().click();
      await rowsAre(p, 'pools-table', withScenarios.slice(20, 40));

      const byName = await ids(POOLS, 'bonusPoolsPage', { filter: { includeScenarios: true }, sort: { field: 'NAME', direction: 'ASC' } });
      await header(p, 'pools-table', en ? 'Pool' : '奖金池').click();
      await rowsAre(p, 'pools-table', byName.slice(0, 20));
      expect(param(p, 'sort')).toBe('NAME');

      const byAmount = await ids(POOLS, 'bonusPoolsPage', { filter: { includeScenarios: true }, sort: { field: 'AMOUNT', direction: 'DESC' } });
      await p.goto('/incentives/pools?scenarios=1&sort=-AMOUNT&page=2');
      await rowsAre(p, 'pools-table', byAmount.slice(20, 40));
      await p.reload();
      await rowsAre(p, 'pools-table', byAmount.slice(20, 40));

      await pick(p, p.locator('[data-testid=pool-status-filter]'), en ? 'Draft' : '草稿');
      const drafts = await ids(POOLS, 'bonusPoolsPage', { filter: { includeScenarios: true, status: 'draft' }, sort: { field: 'AMOUNT', direction: 'DESC' } });
      expect(drafts).toContain(poolId);
      await rowsAre(p, 'pools-table', drafts.slice(0, 20));
      expect(param(p, 'status')).toBe('draft');
      expect(await total(p)).toContain(String(drafts.length));
      expect(await rawKeys(p.locator('main').first())).toEqual([]);
      await screenshot(p, language, 'incentives-pools-list');
      await p.context().close();
    });
  }

  it('a manager: the API pages only their chain’s allocations and published pools, the console keeps pool pages to pool readers', async () => {
    const manager = 'manager@demo.local';
    const published = await ids(POOLS, 'bonusPoolsPage', {}, manager);
    expect(published.length).toBeGreaterThan(0);
    expect(published).not.toContain(poolId);
    const all = await ids(POOLS, 'bonusPoolsPage', { filter: { includeScenarios: true } });
    expect(published.length).toBeLessThan(all.length);
    let shown: { id: string; mine: number; all: number } | undefined;
    for (const id of published) {
      const mine = (await gqlAs(baseURL, manager, ALLOCATIONS, { poolId: id, first: 1 })).bonusAllocationsPage.totalCount as number;
      if (mine) shown = { id, mine, all: (await gqlAs(baseURL, HR, ALLOCATIONS, { poolId: id, first: 1 })).bonusAllocationsPage.totalCount };
      if (shown) break;
    }
    expect(shown).toBeDefined();
    expect(shown!.mine).toBeLessThan(shown!.all);
    // The pool pages are for pool readers (route permission): a manager gets the 403 page, no rows.
    const p = await (await newContext(browser, baseURL, 'en-US')).newPage();
    await signIn(p, manager);
    await p.goto(`/incentives/pools/${shown!.id}`);
    await p.getByText('You do not have access to this page').waitFor();
    expect(await p.locator('[data-testid=allocation-table]').count()).toBe(0);
    await p.context().close();
  });
});

const AWARDS = `query($filter: IncentivesAwardFilter, $sort: IncentivesAwardSort, $first: Int!, $after: String) {
  awardsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id status amount } } }`;
const GRANTS = `query($filter: IncentivesEquityGrantFilter, $sort: IncentivesEquityGrantSort, $first: Int!, $after: String) {
  equityGrantsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id status units } } }`;
const CYCLES = `query($filter: IncentivesReviewCycleFilter, $sort: IncentivesReviewCycleSort, $first: Int!, $after: String) {
  reviewCyclesPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id status } } }`;

describe('awards, equity grants and review cycles, paged on the server', () => {
  beforeAll(async () => {
    // More than one page of 20 of each: open nominations, proposed grants and draft cycles.
    const unique = `E2E paged ${Date.now().toString(36)}`;
    const { people } = await gqlAs(baseURL, HR, '{ people(first: 3) { nodes { id } } }');
    const ids = people.nodes.map((n: { id: string }) => n.id);
    for (let i = 0; i < 21; i += 1) {
      await gqlAs(baseURL, HR, 'mutation($p: ID!, $t: String!) { nominateAward(input: { personId: $p, kind: "idea", title: $t }) { id } }', { p: ids[i % 3], t: `${unique} award ${i}` });
      await gqlAs(baseURL, HR, 'mutation($p: ID!) { createEquityGrant(input: { personId: $p, kind: "refresh", units: 500, grantDate: "2026-02-01" }) { id } }', { p: ids[i % 3] });
      await gqlAs(baseURL, HR, `mutation($n: String!, $ids: [ID!]) { createReviewCycle(input: { name: $n, periodStart: "2027-01-01", periodEnd: "2027-06-30", criteria: [{ key: "impact", name: "Impact", weight: 1 }], participantIds: $ids }) { id } }`, { n: `${unique} cycle ${i}`, ids });
    }
  });

  for (const language of ['en-US', 'zh-CN'] as Language[]) {
    const en = language === 'en-US';
    it(`innovation awards: page, sort and status through the URL (${language})`, async () => {
      const p = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(p, HR);
      const newest = await ids(AWARDS, 'awardsPage', {});
      expect(newest.length).toBeGreaterThan(20);
      await p.goto('/incentives/awards');
      await rowsAre(p, 'awards-table', newest.slice(0, 20));
      await expect.poll(() => total(p)).toContain(String(newest.length));
      await p.locator('main .ant-pagination-item-2').first().click();
      await rowsAre(p, 'awards-table', newest.slice(20, 40));
      expect(param(p, 'page')).toBe('2');

      const byStatus = await ids(AWARDS, 'awardsPage', { sort: { field: 'STATUS', direction: 'ASC' } });
      await header(p, 'awards-table', en ? 'Status' : '状态').click();
      await rowsAre(p, 'awards-table', byStatus.slice(0, 20));
      expect(param(p, 'sort')).toBe('STATUS');
      expect(param(p, 'page')).toBeNull();

      const byTitle = await ids(AWARDS, 'awardsPage', { sort: { field: 'TITLE', direction: 'DESC' } });
      await p.goto('/incentives/awards?sort=-TITLE&page=2');
      await rowsAre(p, 'awards-table', byTitle.slice(20, 40));
      await p.reload();
      await rowsAre(p, 'awards-table', byTitle.slice(20, 40));

      await pick(p, p.locator('[data-testid=award-status-filter]'), en ? 'Nominated' : '已提名');
      const open = await ids(AWARDS, 'awardsPage', { filter: { status: 'nominated' }, sort: { field: 'TITLE', direction: 'DESC' } });
      expect(open.length).toBeGreaterThan(20);
      expect(open.length).toBeLessThan(byTitle.length);
      await rowsAre(p, 'awards-table', open.slice(0, 20));
      expect(param(p, 'status')).toBe('nominated');
      await expect.poll(() => total(p)).toContain(String(open.length));
      expect(await rawKeys(p.locator('main').first())).toEqual([]);
      await screenshot(p, language, 'incentives-awards-list');
      await p.context().close();
    });

    it(`equity grants: page, sort and status through the URL, the vesting totals of every grant (${language})`, async () => {
      const p = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(p, HR);
      const latest = await allPages(baseURL, HR, GRANTS, 'equityGrantsPage', {});
      expect(latest.length).toBeGreaterThan(20);
      await p.goto('/incentives/equity');
      await rowsAre(p, 'grants-table', latest.slice(0, 20).map((g) => g.id));
      await expect.poll(() => total(p)).toContain(String(latest.length));
      // The chart sums every granted grant, not the page's: the same total on page 1 and page 2.
      const granted = latest.filter((g) => g.status === 'granted').reduce((n, g) => n + (g.units as number), 0);
      const totalGranted = async () => Number((await p.getByTestId('total-granted').innerText()).replace(/\D/g, ''));
      await expect.poll(totalGranted).toBe(granted);
      await p.locator('main .ant-pagination-item-2').first().click();
      await rowsAre(p, 'grants-table', latest.slice(20, 40).map((g) => g.id));
      expect(await totalGranted()).toBe(granted);

      const byStatus = await ids(GRANTS, 'equityGrantsPage', { sort: { field: 'STATUS', direction: 'ASC' } });
      await header(p, 'grants-table', en ? 'Status' : '状态').click();
      await rowsAre(p, 'grants-table', byStatus.slice(0, 20));
      expect(param(p, 'sort')).toBe('STATUS');

      await pick(p, p.locator('[data-testid=grant-status-filter]'), en ? 'Proposed' : '拟授予');
      const proposed = await ids(GRANTS, 'equityGrantsPage', { filter: { status: 'proposed' }, sort: { field: 'STATUS', direction: 'ASC' } });
      expect(proposed.length).toBeGreaterThan(20);
      expect(proposed.length).toBeLessThan(latest.length);
      await rowsAre(p, 'grants-table', proposed.slice(0, 20));
      expect(param(p, 'status')).toBe('proposed');
      await expect.poll(() => total(p)).toContain(String(proposed.length));
      await p.goto('/incentives/equity?status=proposed&sort=STATUS&page=2');
      await rowsAre(p, 'grants-table', proposed.slice(20, 40));
      await p.reload();
      await rowsAre(p, 'grants-table', proposed.slice(20, 40));
      expect(await rawKeys(p.locator('main').first())).toEqual([]);
      await p.context().close();
    });

    it(`review cycles: page, sort and status through the URL (${language})`, async () => {
      const p = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(p, HR);
      const newest = await ids(CYCLES, 'reviewCyclesPage', {});
      expect(newest.length).toBeGreaterThan(20);
      await p.goto('/incentives/cycles');
      await rowsAre(p, 'cycles-table', newest.slice(0, 20));
      await expect.poll(() => total(p)).toContain(String(newest.length));
      await p.locator('main .ant-pagination-item-2').first().click();
      await rowsAre(p, 'cycles-table', newest.slice(20, 40));
      expect(param(p, 'page')).toBe('2');

      const byName = await ids(CYCLES, 'reviewCyclesPage', { sort: { field: 'NAME', direction: 'ASC' } });
      await header(p, 'cycles-table', en ? 'Name' : '名称').click();
      await rowsAre(p, 'cycles-table', byName.slice(0, 20));
      expect(param(p, 'sort')).toBe('NAME');

      await pick(p, p.locator('[data-testid=cycle-status-filter]'), en ? 'Draft' : '草稿');
      const drafts = await ids(CYCLES, 'reviewCyclesPage', { filter: { status: 'draft' }, sort: { field: 'NAME', direction: 'ASC' } });
      expect(drafts.length).toBeGreaterThan(20);
      expect(drafts.length).toBeLessThan(newest.length);
      await rowsAre(p, 'cycles-table', drafts.slice(0, 20));
      expect(param(p, 'status')).toBe('draft');
      await expect.poll(() => total(p)).toContain(String(drafts.length));
      await p.goto('/incentives/cycles?status=draft&sort=NAME&page=2');
      await rowsAre(p, 'cycles-table', drafts.slice(20, 40));
      await p.reload();
      await rowsAre(p, 'cycles-table', drafts.slice(20, 40));
      expect(await rawKeys(p.locator('main').first())).toEqual([]);
      await p.context().close();
    });
  }

  it('an employee: the awards page shows the API’s rows and a lock where the API withholds an amount', async () => {
    const employee = 'employee@demo.local';
    const paid = (await allPages(baseURL, employee, AWARDS, 'awardsPage', { filter: { status: 'paid' } }));
    const withheld = paid.filter((a) => a.amount === null).length;
    expect(withheld).toBeGreaterThan(0);
    expect(paid.length).toBeLessThanOrEqual(20);
    const p = await (await newContext(browser, baseURL, 'en-US')).newPage();
    await signIn(p, employee);
    await p.goto('/incentives/awards?status=paid');
    await rowsAre(p, 'awards-table', paid.map((a) => a.id));
    expect(await p.locator('[data-testid=awards-table] [data-testid=hidden-value]').count()).toBe(withheld);
    // Open nominations of people outside their chain stay out of their pages.
    const mine = await ids(AWARDS, 'awardsPage', { filter: { status: 'nominated' } }, employee);
    const all = await ids(AWARDS, 'awardsPage', { filter: { status: 'nominated' } });
    expect(mine.length).toBeLessThan(all.length);
    await p.context().close();
  });
});
