// Research outputs and conference budgets written through the console, each step checked through
// the GraphQL API, in both languages: HR records a paper linked to the knowledge base for a
// colleague and moves it on; an employee records their own and may edit only theirs. HR sets a
// budget, an expense over what remains is refused on its field, one that fits is recorded; an
// employee sees only their own budget and cannot set one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlAs } from './support/api';
import { buttonName, choose, modal, rawKeys } from './support/forms';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
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
