// Research outputs and conference budgets written through the console, each step checked through
// the GraphQL API, in both languages: HR records a paper linked to the knowledge base for a
// colleague and moves it on; an employee records their own and may edit only theirs. HR sets a
// budget, an expense over what remains is refused on its field, one that fits is recorded; an
// employee sees only their own budget and cannot set one. The budgets list is paged, sorted and
// searched on the server, its year in the URL, and its totals line is the server's over all pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { allPages, gqlAs } from './support/api';
import { buttonName, choose, modal, rawKeys } from './support/forms';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { header, param, rowsAre, total } from './support/lists';
import { sharedServerURL } from './support/server';

let browser: Browser;
let baseURL: string;
beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const OUTPUTS = 'query($personId: ID) { researchOutputs(personId: $personId) { id kind title venue status date url authors { id name } knowledgeItem { id } canEdit } }';
const BUDGET = 'query($personId: ID!, $year: Int!) { conferenceBudget(personId: $personId, year: $year) { allocated { amount currency } spent { amount } remaining { amount } expenses { conference amount { amount } } } }';
const TEXT = {
  'en-US': { create: 'Create', save: 'Save', submitted: /^Submitted$/, accepted: /^Accepted$/ },
  'zh-CN': { create: '创建', save: '保存', submitted: /^已投稿$/, accepted: /^已录用$/ },
} as const;
const thisYear = new Date().getFullYear();
const BUDGETS_PAGE = `query($year: Int!, $filter: DevelopmentBudgetFilter, $sort: DevelopmentBudgetSort, $first: Int!, $after: String) {
  conferenceBudgetsPage(year: $year, filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount allocatedTotals { amount currency } spentTotals { amount currency } pageInfo { endCursor hasNextPage } nodes { id person { name } } } }`;
type Money = { amount: number; currency: string };
type BudgetsPage = { totalCount: number; allocatedTotals: Money[]; spentTotals: Money[] };

/** The API's page of budgets (its totals are of every page). */
const budgetsPage = async (variables: Record<string, unknown>): Promise<BudgetsPage> => (await gqlAs(baseURL, 'hr@demo.local', BUDGETS_PAGE, { first: 1, ...variables })).conferenceBudgetsPage;

/**
 * The totals line as the API's totals say it reads: the count first, then each allocated and each
 * spent sum as the console writes them (12,000.00; both languages group digits alike), in order.
 */
function totalsLine(p: BudgetsPage): RegExp {
  const figure = (m: Money) => (m.amount / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const whole = (f: string) => `(?<![\\d,.])${f.replace(/[.,]/g, '\\$&')}(?!\\d)`;
  return new RegExp(`^${[String(p.totalCount), ...p.allocatedTotals.map(figure), ...p.spentTotals.map(figure)].map(whole).join('[^]*')}`);
}

async function signedIn(email: string, language: Language): Promise<Page> {
  const page = await (await newContext(browser, baseURL, language)).newPage();
  await signIn(page, email);
  return page;
}

async function personOf(email: string): Promise<{ id: string; name: string }> {
  return (await gqlAs(baseURL, email, '{ me { person { id name } } }')).me.person;
}

describe.each(['en-US', 'zh-CN'] as const)('research outputs as HR in %s', (language) => {
  it('records a paper for a colleague, linked to the knowledge base, then moves it on', async () => {
    const text = TEXT[language];
    const author = await personOf('employee@demo.local');
    const { knowledgeItems } = await gqlAs(baseURL, 'hr@demo.local', '{ knowledgeItems(filter: { kinds: [PAPER], visibility: TENANT }, first: 100) { nodes { id title } } }');
    const paper = knowledgeItems.nodes[0] as { id: string; title: string };
    const page = await signedIn('hr@demo.local', language);
    // Newest first: other specs add outputs, and the list is paged.
    await page.goto('/development/research?sort=-CREATED_AT');
    await page.getByTestId('research-title').first().waitFor();

    const title = `E2E paper ${language}`;
    await page.getByTestId('new-research').click();
    const form = modal(page);
    await form.locator('#title').waitFor();
    expect(await rawKeys(form)).toEqual([]);
    await form.locator('#title').fill(title);
    await choose(page, form, 'status', text.submitted);
    await form.locator('#venue').fill('ICLR 2027');
    await form.locator('#date').fill(`${thisYear}-01-15`);
    await choose(page, form, 'knowledgeItemId', paper.title);
    await choose(page, form, 'authorIds', author.name, author.name);
    await form.locator('.ant-modal-title').click(); // closes the multiple select's list, which stays open
    await form.locator('#url').fill('https://arxiv.org/abs/2601.00001');
    await screenshot(page, language, 'development-research-new');
    await form.getByRole('button', { name: buttonName(text.create) }).click();
    await form.waitFor({ state: 'hidden' });
    await page.getByTestId('research-title').filter({ hasText: title }).waitFor();
    const read = async () => ((await gqlAs(baseURL, 'hr@demo.local', OUTPUTS, {})).researchOutputs as Array<{ title: string }>).find((o) => o.title === title);
    expect(await read()).toMatchObject({
      kind: 'PUBLICATION', venue: 'ICLR 2027', status: 'SUBMITTED', date: `${thisYear}-01-15`, url: 'https://arxiv.org/abs/2601.00001',
      authors: [{ id: author.id }], knowledgeItem: { id: paper.id }, canEdit: true,
    });

    const row = page.locator('tr', { has: page.getByTestId('research-title').filter({ hasText: title }) });
    await row.getByTestId('edit-research').click();
    const edit = modal(page);
    // A date the form's pattern lets through and the API refuses: the API's message is on the field.
    await edit.locator('#date').fill(`${thisYear}-02-30`);
    await edit.getByRole('button', { name: buttonName(text.save) }).click();
    await edit.locator('.ant-form-item-has-error', { has: page.locator('#date') }).waitFor();
    expect((await read()) as unknown).toMatchObject({ date: `${thisYear}-01-15`, status: 'SUBMITTED' });
    await edit.locator('#date').fill(`${thisYear}-03-01`);
    await choose(page, edit, 'status', text.accepted);
    await edit.getByRole('button', { name: buttonName(text.save) }).click();
    await edit.waitFor({ state: 'hidden' });
    await row.getByTestId('research-status').filter({ hasText: text.accepted }).waitFor();
    expect(await read()).toMatchObject({ status: 'ACCEPTED', date: `${thisYear}-03-01` });
    await screenshot(page, language, 'development-research');
  });
});

describe('research outputs as an employee', () => {
  it('records their own output and may edit only outputs they wrote', async () => {
    const me = await personOf('employee@demo.local');
    const page = await signedIn('employee@demo.local', 'en-US');
    // Newest first: other specs add outputs, and the list is paged.
    await page.goto('/development/research?sort=-CREATED_AT');
    await page.getByTestId('research-title').first().waitFor();
    await page.getByTestId('new-research').click();
    const form = modal(page);
    await form.locator('#title').waitFor();
    await choose(page, form, 'kind', /^Patent$/);
    await form.locator('#title').fill('E2E own patent');
    await form.getByRole('button', { name: buttonName('Create') }).click();
    await form.waitFor({ state: 'hidden' });
    await page.getByTestId('research-title').filter({ hasText: 'E2E own patent' }).waitFor();
    const outputs = (await gqlAs(baseURL, 'employee@demo.local', OUTPUTS, {})).researchOutputs as Array<{ title: string; kind: string; status: string; authors: Array<{ id: string }>; canEdit: boolean }>;
    expect(outputs.find((o) => o.title === 'E2E own patent')).toMatchObject({ kind: 'PATENT', status: 'DRAFT', authors: [{ id: me.id }], canEdit: true });
    // An edit button on exactly the rows of the page the API says this employee may edit.
    expect(outputs.some((o) => !o.canEdit)).toBe(true);
    const shown = (await gqlAs(baseURL, 'employee@demo.local', 'query { researchOutputsPage(sort: { field: CREATED_AT, direction: DESC }, first: 20) { nodes { canEdit } } }')).researchOutputsPage.nodes as Array<{ canEdit: boolean }>;
    expect(shown.some((o) => o.canEdit)).toBe(true);
    expect(await page.getByTestId('edit-research').count()).toBe(shown.filter((o) => o.canEdit).length);
  });
});

describe.each([['en-US', thisYear + 1], ['zh-CN', thisYear + 2]] as const)('conference budgets as HR in %s', (language, year) => {
  it('sets a budget, refuses an expense over what remains on its field, records one that fits', async () => {
    const text = TEXT[language];
    const person = await personOf('employee@demo.local');
    const page = await signedIn('hr@demo.local', language);
    await page.goto('/development/budgets');
    await page.getByTestId('budget-person').first().waitFor();
    await choose(page, page.locator('body'), 'budget-year', String(year));
    await expect.poll(() => param(page, 'year')).toBe(String(year));

    await page.getByTestId('new-budget').click();
    const form = modal(page);
    await form.locator('#amount_amount').waitFor();
    expect(await rawKeys(form)).toEqual([]);
    await choose(page, form, 'personId', person.name, person.name);
    await form.locator('#amount_amount').fill('5000');
    await form.getByRole('button', { name: buttonName(text.save) }).click();
    await form.waitFor({ state: 'hidden' });
    const read = async () => (await gqlAs(baseURL, 'hr@demo.local', BUDGET, { personId: person.id, year })).conferenceBudget;
    expect(await read()).toMatchObject({ allocated: { amount: 500_000, currency: 'CNY' }, spent: { amount: 0 }, expenses: [] });

    const row = page.locator('tr', { has: page.getByTestId('budget-person').filter({ hasText: person.name }) });
    await row.getByTestId('record-expense').click();
    const spend = modal(page);
    await spend.locator('#conference').fill('NeurIPS');
    await spend.locator('#date').fill(`${year}-05-01`);
    await spend.locator('#amount_amount').fill('6000');
    await spend.getByRole('button', { name: buttonName(text.save) }).click();
    await spend.locator('.ant-form-item-has-error', { has: page.locator('#amount_amount') }).waitFor();
    expect((await read()).expenses).toEqual([]);
    await spend.locator('#amount_amount').fill('1200');
    await spend.getByRole('button', { name: buttonName(text.save) }).click();
    await spend.waitFor({ state: 'hidden' });
    expect(await read()).toMatchObject({ spent: { amount: 120_000 }, remaining: { amount: 380_000 }, expenses: [{ conference: 'NeurIPS', amount: { amount: 120_000 } }] });
    await row.getByTestId('budget-remaining').filter({ hasText: '3,800' }).waitFor();
    // This spec alone uses the year: the totals line holds that one budget, its budget and its spending.
    const totals = await budgetsPage({ year });
    expect(totals).toMatchObject({ totalCount: 1, allocatedTotals: [{ amount: 500_000, currency: 'CNY' }], spentTotals: [{ amount: 120_000, currency: 'CNY' }] });
    await expect.poll(() => page.getByTestId('budget-totals').innerText()).toMatch(totalsLine(totals));

    // Below what was spent: refused on the amount field, the budget unchanged.
    await row.getByTestId('set-budget').click();
    const lower = modal(page);
    await lower.locator('#amount_amount').fill('1000');
    await lower.getByRole('button', { name: buttonName(text.save) }).click();
    await lower.locator('.ant-form-item-has-error', { has: page.locator('#amount_amount') }).waitFor();
    expect((await read()).allocated.amount).toBe(500_000);
    await screenshot(page, language, 'development-budgets');
  });
});

describe('conference budgets as an employee', () => {
  it('shows only their own budget and offers no budget setting', async () => {
    const me = await personOf('employee@demo.local');
    const page = await signedIn('employee@demo.local', 'en-US');
    await page.goto('/development/budgets');
    await page.getByTestId('budget-person').first().waitFor();
    expect(await page.getByTestId('budget-person').allInnerTexts()).toEqual([me.name]);
    expect(await page.getByTestId('new-budget').count()).toBe(0);
    expect(await page.getByTestId('set-budget').count()).toBe(0);
    expect(await page.getByTestId('record-expense').count()).toBe(1);
  });
});

// A year no other spec uses (the seed fills this year; the specs above the next two), with more
// budgets than a page holds: every expectation is the API's answer for that year.
const PAGED_YEAR = thisYear - 2;

describe('conference budgets, paged on the server', () => {
  beforeAll(async () => {
    const { people } = await gqlAs(baseURL, 'hr@demo.local', '{ people(first: 100) { nodes { id } } }');
    const set = 'mutation($p: ID!, $y: Int!, $a: DevelopmentMoneyInput!) { setConferenceBudget(personId: $p, year: $y, amount: $a) { id } }';
    const spend = 'mutation($i: ConferenceExpenseInput!) { recordConferenceExpense(input: $i) { id } }';
    // 26 budgets, amounts repeating (ties), three in USD; every fifth has spent some of it (one in USD).
    for (const [i, { id }] of (people.nodes as Array<{ id: string }>).slice(0, 26).entries()) {
      const currency = i % 8 === 5 ? 'USD' : 'CNY';
      await gqlAs(baseURL, 'hr@demo.local', set, { p: id, y: PAGED_YEAR, a: { amount: (1 + (i % 6)) * 150_000, currency } });
      if (i % 5 === 0) await gqlAs(baseURL, 'hr@demo.local', spend, { i: { personId: id, conference: `E2E conference ${i}`, date: `${PAGED_YEAR}-03-0${1 + (i % 9)}`, amount: { amount: 40_000 + i * 1_000, currency } } });
    }
  });

  const ids = async (variables: Record<string, unknown>): Promise<string[]> =>
    (await allPages(baseURL, 'hr@demo.local', BUDGETS_PAGE, 'conferenceBudgetsPage', { year: PAGED_YEAR, ...variables })).map((n: { id: string }) => n.id);

  for (const language of ['en-US', 'zh-CN'] as Language[]) {
    const en = language === 'en-US';
    it(`pages, sorts and searches a year of budgets, the totals line the API's over every page (${language})`, async () => {
      const page = await signedIn('hr@demo.local', language);
      const largest = await ids({});
      expect(largest.length).toBeGreaterThan(20); // more than one page of 20
      const all = await budgetsPage({ year: PAGED_YEAR });
      expect(all.allocatedTotals.map((m) => m.currency)).toEqual(['CNY', 'USD']);
      expect(all.spentTotals.every((m) => m.amount > 0)).toBe(true);

      // A shared link to the year: largest budgets first, and the totals of all of them.
      await page.goto(`/development/budgets?year=${PAGED_YEAR}`);
      await rowsAre(page, 'budgets-table', largest.slice(0, 20));
      expect(await total(page)).toContain(String(largest.length));
      await expect.poll(() => page.getByTestId('budget-totals').innerText()).toMatch(totalsLine(all));
      expect(await page.locator('.ant-select', { has: page.locator('#budget-year') }).innerText()).toContain(String(PAGED_YEAR));

      // Page 2: the rest of the rows, the same totals (they are not the page's).
      await page.locator('main .ant-pagination-item-2').first().click();
      await rowsAre(page, 'budgets-table', largest.slice(20, 40));
      expect(param(page, 'page')).toBe('2');
      expect(param(page, 'year')).toBe(String(PAGED_YEAR));
      expect(await page.getByTestId('budget-totals').innerText()).toMatch(totalsLine(all));
      expect(await rawKeys(page.locator('main').first())).toEqual([]);
      await screenshot(page, language, 'development-budgets-page-2');

      // The budget column sorts on the server, smallest first, from page 1 (ties by id).
      const smallest = await ids({ sort: { field: 'ALLOCATED', direction: 'ASC' } });
      expect(smallest).toEqual([...largest].reverse());
      await header(page, 'budgets-table', en ? 'Budget' : '预算').click();
      await rowsAre(page, 'budgets-table', smallest.slice(0, 20));
      expect(param(page, 'sort')).toBe('ALLOCATED');
      expect(param(page, 'page')).toBeNull();
      await page.reload();
      await rowsAre(page, 'budgets-table', smallest.slice(0, 20));

      // What was spent sorts on the server too (the sum of each budget's expenses, in SQL).
      const leastSpent = await ids({ sort: { field: 'SPENT', direction: 'ASC' } });
      expect(leastSpent).not.toEqual(smallest);
      await header(page, 'budgets-table', en ? 'Spent' : '已用').click();
      await rowsAre(page, 'budgets-table', leastSpent.slice(0, 20));
      expect(param(page, 'sort')).toBe('SPENT');

      // A part of a name, in another case: the matching budgets and their totals only.
      const { nodes } = (await gqlAs(baseURL, 'hr@demo.local', BUDGETS_PAGE, { year: PAGED_YEAR, first: 200 })).conferenceBudgetsPage;
      const term = (nodes as Array<{ person: { name: string } }>)[4].person.name.split(' ').pop()!.toUpperCase();
      const found = await ids({ filter: { search: term }, sort: { field: 'ALLOCATED', direction: 'ASC' } });
      expect(found.length).toBeGreaterThan(0);
      expect(found.length).toBeLessThan(largest.length);
      await page.getByTestId('budget-search').locator('input').fill(term);
      await page.getByTestId('budget-search').locator('input').press('Enter');
      await rowsAre(page, 'budgets-table', found.slice(0, 20));
      expect(param(page, 'q')).toBe(term);
      expect(param(page, 'year')).toBe(String(PAGED_YEAR));
      await expect.poll(async () => page.getByTestId('budget-totals').innerText()).toMatch(totalsLine(await budgetsPage({ year: PAGED_YEAR, filter: { search: term } })));
      await page.context().close();
    });
  }
});
