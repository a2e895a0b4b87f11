// Innovation awards through the console, each step checked through the GraphQL API: HR finds the
// page in the navigation, nominates someone, approves the nomination with an amount and marks it
// paid; rejects another (a reason of blanks, which the API refuses, shows the API's message on
// the reason field), in both languages. An employee may nominate but is offered no decision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlAs } from './support/api';
import { buttonName, choose, modal, pick, rawKeys } from './support/forms';
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

interface ApiAward { id: string; title: string; status: string; personId: string; nominatedById: string | null; amount: number | null; currency: string | null; decisionNote: string | null; paidAt: string | null }
const AWARDS = '{ awards { id title status personId nominatedById amount currency decisionNote paidAt } }';
const TEXT = {
  'en-US': { nav: 'Innovation awards', nominate: 'Nominate', approve: 'Approve', reject: 'Reject', patent: /^Patent$/, nominated: 'Nominated', approved: 'Approved', paid: 'Paid', rejected: 'Rejected', mustSayWhy: 'must say why' },
  'zh-CN': { nav: '创新奖励', nominate: '提交提名', approve: '批准', reject: '驳回', patent: /^专利$/, nominated: '已提名', approved: '已批准', paid: '已发放', rejected: '已驳回', mustSayWhy: '须说明原因' },
} as const;

async function signedIn(email: string, language: Language): Promise<Page> {
  const page = await (await newContext(browser, baseURL, language)).newPage();
  await signIn(page, email);
  return page;
}

/** The award with this title as the API shows it to HR (who sees every award and amount). */
async function awardTitled(title: string): Promise<ApiAward | undefined> {
  return ((await gqlAs(baseURL, 'hr@demo.local', AWARDS)).awards as ApiAward[]).find((a) => a.title === title);
}

const row = (page: Page, title: string) => page.locator('tr.ant-table-row', { has: page.getByTestId('award-title').filter({ hasText: title }) });

describe.each(['en-US', 'zh-CN'] as const)('innovation awards as HR in %s', (language) => {
  const text = TEXT[language];

  it('nominates someone, approves the nomination with an amount, then marks it paid', async () => {
    const { me } = await gqlAs(baseURL, 'hr@demo.local', '{ me { person { id name } } }');
    const { people } = await gqlAs(baseURL, 'hr@demo.local', '{ people(filter: { search: "Zhu Chen" }) { nodes { id name } } }');
    const nominee = people.nodes[0] as { id: string; name: string };
    const page = await signedIn('hr@demo.local', language);
    // The entry is in the incentives group of the navigation (open on an incentives page).
    await page.goto('/incentives/cycles');
    await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: text.nav }).click();
    await page.waitForURL(/\/incentives\/awards$/);
    await page.getByTestId('award-title').first().waitFor();
    expect(await rawKeys(page.locator('main').first())).toEqual([]);

    const title = `E2E patent award ${language}`;
    await page.getByTestId('nominate-award').click();
    const form = modal(page);
    await form.locator('#title').waitFor();
    expect(await rawKeys(form)).toEqual([]);
    await choose(page, form, 'personId', nominee.name, nominee.name);
    await choose(page, form, 'kind', text.patent);
    await form.locator('#title').fill(title);
    await form.locator('#description').fill('Filed a patent on elastic checkpoint restore.');
    await form.locator('#link').fill('https://patents.google.com/');
    await screenshot(page, language, 'incentives-awards-nominate');
    await form.getByRole('button', { name: buttonName(text.nominate) }).click();
    await form.waitFor({ state: 'hidden' });
    expect(await awardTitled(title)).toMatchObject({ status: 'nominated', personId: nominee.id, nominatedById: me.person.id, amount: null });
    await row(page, title).getByTestId('award-status').filter({ hasText: text.nominated }).waitFor();
    expect(await row(page, title).getByTestId('award-nominee').innerText()).toBe(nominee.name);
    expect(await row(page, title).getByTestId('award-nominator').innerText()).toContain(me.person.name);

    await row(page, title).getByTestId('approve-award').click();
    const approve = modal(page);
    await approve.locator('#amount').waitFor();
    expect(await rawKeys(approve)).toEqual([]);
    await approve.locator('#amount').fill('8000');
    await approve.locator('#note').fill('Committee decision');
    await approve.getByRole('button', { name: buttonName(text.approve) }).click();
    await approve.waitFor({ state: 'hidden' });
    expect(await awardTitled(title)).toMatchObject({ status: 'approved', amount: 800_000, currency: 'CNY', decisionNote: 'Committee decision', paidAt: null });
    await row(page, title).getByTestId('award-status').filter({ hasText: text.approved }).waitFor();
    const amount = row(page, title).getByTestId('award-amount');
    expect(await amount.getAttribute('data-minor')).toBe('800000');
    expect(await amount.innerText()).toContain('8,000.00');

    await row(page, title).getByTestId('pay-award').click();
    await page.getByTestId('pay-award-confirm').click();
    await row(page, title).getByTestId('award-status').filter({ hasText: text.paid }).waitFor();
    const paid = await awardTitled(title);
    expect(paid).toMatchObject({ status: 'paid', amount: 800_000 });
    expect(paid?.paidAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await row(page, title).getByTestId('award-paid-on').innerText()).toContain(paid!.paidAt!.slice(0, 10));
    // Paid: nothing left to decide on this row.
    expect(await row(page, title).getByRole('button').count()).toBe(0);
    await page.getByTestId('nominate-award').scrollIntoViewIfNeeded();
    await screenshot(page, language, 'incentives-awards');

    // The filters the API has (status, nominee): the rows are exactly what the API answers for them.
    await pick(page, page.getByTestId('award-status-filter'), text.paid);
    await choose(page, page.locator('main').first(), 'award-person-filter', nominee.name, nominee.name);
    const expected = ((await gqlAs(baseURL, 'hr@demo.local', 'query($p: ID) { awards(status: "paid", personId: $p) { title } }', { p: nominee.id })).awards as Array<{ title: string }>).map((a) => a.title);
    expect(expected).toContain(title);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="award-title"]').length === n, expected.length);
    expect(await page.getByTestId('award-title').allInnerTexts()).toEqual(expected);
    expect(new Set(await page.getByTestId('award-status').allInnerTexts())).toEqual(new Set([text.paid]));
    await page.context().close();
  });

  it('rejects a nomination; a reason of blanks is refused by the API on the reason field', async () => {
    const { me } = await gqlAs(baseURL, 'employee@demo.local', '{ me { person { id } } }');
    const title = `E2E idea to reject ${language}`;
    await gqlAs(baseURL, 'employee@demo.local', 'mutation($input: NominateAwardInput!) { nominateAward(input: $input) { id } }',
      { input: { personId: me.person.id, kind: 'idea', title, description: 'Cache tokenizer output between runs.' } });
    const page = await signedIn('hr@demo.local', language);
    await page.goto('/incentives/awards');
    await row(page, title).getByTestId('reject-award').click();
    const form = modal(page);
    await form.locator('#reason').waitFor();
    expect(await rawKeys(form)).toEqual([]);
    await form.locator('#reason').fill('   ');
    await form.getByRole('button', { name: buttonName(text.reject) }).click();
    const field = form.locator('.ant-form-item-has-error', { has: page.locator('#reason') });
    await field.waitFor();
    expect(await field.locator('.ant-form-item-explain').innerText()).toContain(text.mustSayWhy);
    expect((await awardTitled(title))?.status).toBe('nominated');

    await form.locator('#reason').fill('Already covered by the evaluation-jobs nomination');
    await form.getByRole('button', { name: buttonName(text.reject) }).click();
    await form.waitFor({ state: 'hidden' });
    await row(page, title).getByTestId('award-status').filter({ hasText: text.rejected }).waitFor();
    expect(await awardTitled(title)).toMatchObject({ status: 'rejected', amount: null, decisionNote: 'Already covered by the evaluation-jobs nomination' });
    await page.context().close();
  });
});

describe('innovation awards as an employee', () => {
  it('finds the page and may nominate, but is offered neither approve, reject nor pay', async () => {
    const page = await signedIn('employee@demo.local', 'en-US');
    await page.goto('/incentives/me');
    await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: TEXT['en-US'].nav }).click();
    await page.waitForURL(/\/incentives\/awards$/);
    // Their own open nomination (seeded) and someone else's approved, unpaid award are both listed.
    const own = row(page, 'Pre-emptible evaluation jobs on idle training nodes');
    const approved = row(page, 'GPU scheduler plugin upstreamed to Volcano');
    await own.getByTestId('award-status').filter({ hasText: 'Nominated' }).waitFor();
    await approved.getByTestId('award-status').filter({ hasText: 'Approved' }).waitFor();
    expect(await page.getByTestId('nominate-award').count()).toBe(1);
    expect(await page.getByTestId('approve-award').count()).toBe(0);
    expect(await page.getByTestId('reject-award').count()).toBe(0);
    expect(await page.getByTestId('pay-award').count()).toBe(0);
    // Someone else's amount is withheld by the API: a lock, not a number.
    expect(await approved.getByTestId('hidden-value').count()).toBe(1);
    expect(await approved.getByTestId('award-amount').count()).toBe(0);
    await page.context().close();
  });
});
