// Equity grants through the console, each step checked through the GraphQL API, with four eyes on:
// HR finds the page in the navigation and proposes a grant through the form (a cliff longer than
// the vesting is refused by the API on its field first); HR's own approval is refused (four eyes,
// shown as a message) and the owner, a second holder of incentives.equity.write, approves it; the
// person's vesting schedule in the drawer is the API's, date by date. HR cancels another grant.
// In both languages. An employee and a manager see what the API lets them and no write actions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlAs } from './support/api';
import { buttonName, choose, modal, rawKeys } from './support/forms';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { sharedServerURL } from './support/server';

let browser: Browser;
let baseURL: string;
let fourEyesBefore: string | null = null;
const FOUR_EYES = 'approvals.fourEyes';
const SET = 'mutation($k: String!, $v: String!) { setSetting(key: $k, value: $v) { key } }';

beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
  // Four eyes is off by default: turn it on for these tests, and put back what was there after.
  const { settings } = await gqlAs(baseURL, 'owner@demo.local', '{ settings { key value } }');
  fourEyesBefore = (settings as Array<{ key: string; value: string }>).find((s) => s.key === FOUR_EYES)?.value ?? null;
  await gqlAs(baseURL, 'owner@demo.local', SET, { k: FOUR_EYES, v: 'true' });
});
afterAll(async () => {
  if (baseURL) await gqlAs(baseURL, 'owner@demo.local', SET, { k: FOUR_EYES, v: fourEyesBefore ?? 'false' });
  await browser?.close();
});

interface ApiGrant {
  id: string; personId: string; personName: string; kind: string; units: number | null; strikePrice: number | null; currency: string | null; grantDate: string;
  vestingStart: string; cliffMonths: number; vestingMonths: number; frequencyMonths: number; status: string; note: string; vestedUnits: number | null;
  createdBy: string | null; approvedBy: string | null; approvedAt: string | null;
  schedule: Array<{ date: string; units: number; cumulative: number }> | null;
}
const GRANTS = `query($p: ID) { equityGrants(personId: $p) { id personId personName kind units strikePrice currency grantDate vestingStart cliffMonths vestingMonths
  frequencyMonths status note createdBy approvedBy approvedAt vestedUnits schedule { date units cumulative } } }`;
const CREATE = 'mutation($input: CreateEquityGrantInput!) { createEquityGrant(input: $input) { id } }';
const TEXT = {
  'en-US': {
    nav: 'Equity grants', propose: 'Propose', promotion: /^Promotion$/, proposed: 'Proposed', granted: 'Granted', cancelled: 'Cancelled',
    cliffTooLong: 'must not exceed vestingMonths (48)', fourEyes: /Four eyes.*someone else must approve this equity grant/, approved: 'Grant approved', grantsOf: 'Equity of',
  },
  'zh-CN': {
    nav: '股权授予', propose: '提交', promotion: /^晋升授予$/, proposed: '拟授予', granted: '已授予', cancelled: '已取消',
    cliffTooLong: '不能超过 vestingMonths（48）', fourEyes: /双人复核.*需由他人审批这项股权授予/, approved: '授予已批准', grantsOf: '的股权',
  },
} as const;

async function signedIn(email: string, language: Language): Promise<Page> {
  const page = await (await newContext(browser, baseURL, language)).newPage();
  await signIn(page, email);
  return page;
}

/** The grants as the API shows them to `email` (HR sees every grant and amount). */
async function grantsAs(email: string, personId: string | null = null): Promise<ApiGrant[]> {
  return (await gqlAs(baseURL, email, GRANTS, { p: personId })).equityGrants as ApiGrant[];
}
const grantNoted = async (note: string) => (await grantsAs('hr@demo.local')).find((g) => g.note === note);
const row = (page: Page, id: string) => page.locator(`tr.ant-table-row[data-row-key="${id}"]`);

async function person(search: string): Promise<{ id: string; name: string }> {
  const { people } = await gqlAs(baseURL, 'hr@demo.local', 'query($s: String) { people(filter: { search: $s }) { nodes { id name } } }', { s: search });
  return people.nodes[0] as { id: string; name: string };
}

describe.each(['en-US', 'zh-CN'] as const)('equity grants in %s', (language) => {
  const text = TEXT[language];

  it('HR proposes a grant, may not approve it (four eyes), the owner approves it, and the vesting schedule is the API\'s', async () => {
    const grantee = await person('Zhu Chen');
    const note = `E2E promotion grant ${language}`;
    const page = await signedIn('hr@demo.local', language);
    await page.goto('/incentives/cycles');
    await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: text.nav }).click();
    await page.waitForURL(/\/incentives\/equity$/);
    await page.getByTestId('grant-person').first().waitFor();
    expect(await rawKeys(page.locator('main').first())).toEqual([]);

    await page.getByTestId('new-grant').click();
    const form = modal(page);
    await form.locator('#units').waitFor();
    expect(await rawKeys(form)).toEqual([]);
    await choose(page, form, 'personId', grantee.name, grantee.name);
    await choose(page, form, 'kind', text.promotion);
    await form.locator('#units').fill('4800');
    await form.locator('#strikePrice').fill('2.5');
    await choose(page, form, 'currency', 'USD');
    await form.locator('#grantDate').fill('2026-01-15');
    await form.locator('#note').fill(note);
    // A cliff longer than the vesting: the form lets it through, the API refuses it on that field.
    await form.locator('#cliffMonths').fill('60');
    await form.getByRole('button', { name: buttonName(text.propose) }).click();
    const cliff = form.locator('.ant-form-item-has-error', { has: page.locator('#cliffMonths') });
    await cliff.waitFor();
    expect(await cliff.locator('.ant-form-item-explain').innerText()).toContain(text.cliffTooLong);
    expect(await grantNoted(note)).toBeUndefined();

    await form.locator('#cliffMonths').fill('12');
    // Corrected: the API's message leaves the field.
    await cliff.waitFor({ state: 'detached' });
    await screenshot(page, language, 'incentives-equity-new');
    await form.getByRole('button', { name: buttonName(text.propose) }).click();
    await form.waitFor({ state: 'hidden' });
    const proposed = await grantNoted(note);
    expect(proposed).toMatchObject({
      personId: grantee.id, kind: 'promotion', units: 4800, strikePrice: 250, currency: 'USD', grantDate: '2026-01-15', vestingStart: '2026-01-15',
      cliffMonths: 12, vestingMonths: 48, frequencyMonths: 3, status: 'proposed', vestedUnits: 0, createdBy: 'hr@demo.local', approvedBy: null,
    });
    const mine = row(page, proposed!.id);
    await mine.getByTestId('grant-status').filter({ hasText: text.proposed }).waitFor();
    // The list turned to the grantee's grants, where the new one is, whatever page it sorts to.
    expect(new URL(page.url()).searchParams.get('person')).toBe(grantee.id);
    expect(await mine.getByTestId('grant-units').getAttribute('data-units')).toBe('4800');
    expect(await mine.getByTestId('grant-strike').getAttribute('data-minor')).toBe('250');
    expect(await mine.getByTestId('grant-created-by').innerText()).toContain('hr@demo.local');
    expect(await mine.getByTestId('grant-approved-by').count()).toBe(0);

    // The proposer approves: refused by the API (four eyes), shown as a message; nothing changes.
    await mine.getByTestId('approve-grant').click();
    await page.getByTestId('approve-grant-confirm').click();
    await page.locator('.ant-message').filter({ hasText: text.fourEyes }).waitFor();
    expect((await grantNoted(note))?.status).toBe('proposed');
    await page.context().close();

    // A second holder of incentives.equity.write approves it.
    const owner = await signedIn('owner@demo.local', language);
    // A shared link to the grantee's grants (the list holds more grants than one page).
    await owner.goto(`/incentives/equity?person=${grantee.id}`);
    const theirs = row(owner, proposed!.id);
    await theirs.getByTestId('approve-grant').click();
    await owner.getByTestId('approve-grant-confirm').click();
    await theirs.getByTestId('grant-status').filter({ hasText: text.granted }).waitFor();
    const granted = await grantNoted(note);
    expect(granted).toMatchObject({ status: 'granted', units: 4800, createdBy: 'hr@demo.local', approvedBy: 'owner@demo.local' });
    expect(await theirs.getByTestId('grant-approved-by').innerText()).toContain('owner@demo.local');
    expect(granted!.schedule!.length).toBeGreaterThan(1);
    expect(await theirs.getByTestId('grant-vested').innerText()).toContain(new Intl.NumberFormat(language).format(granted!.vestedUnits!));
    await owner.getByTestId('equity-company-chart').waitFor();
    await owner.getByTestId('new-grant').scrollIntoViewIfNeeded();
    await screenshot(owner, language, 'incentives-equity');

    // The person's vesting schedule: the API's dates, units and running totals, in order.
    await theirs.getByTestId('grant-person').click();
    const drawer = owner.locator('.equity-person-drawer');
    await drawer.getByText(text.grantsOf).first().waitFor();
    const card = drawer.locator(`[data-grant-id="${granted!.id}"]`);
    await card.getByTestId('vest-date').first().waitFor();
    expect(await rawKeys(drawer)).toEqual([]);
    const shown = {
      dates: await card.getByTestId('vest-date').allInnerTexts(),
      units: await card.getByTestId('vest-units').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-units')))),
      cumulative: await card.getByTestId('vest-cumulative').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-units')))),
    };
    expect(shown).toEqual({ dates: granted!.schedule!.map((e) => e.date), units: granted!.schedule!.map((e) => e.units), cumulative: granted!.schedule!.map((e) => e.cumulative) });
    // 4800 over 48 months, quarterly after a 12-month cliff: 1200 at the cliff, then 300 a quarter.
    expect(shown.dates[0]).toBe('2027-01-15');
    expect(shown.units.slice(0, 2)).toEqual([1200, 300]);
    expect(shown.cumulative.at(-1)).toBe(4800);
    // The drawer lists every grant of this person the API has, no more.
    const personGrants = await grantsAs('owner@demo.local', grantee.id);
    expect(await drawer.getByTestId('person-grant').evaluateAll((els) => els.map((e) => e.getAttribute('data-grant-id')))).toEqual(personGrants.map((g) => g.id));
    await drawer.getByTestId('equity-person-chart').waitFor();
    await screenshot(owner, language, 'incentives-equity-person');
    await owner.context().close();
  });

  it('HR cancels a proposed grant', async () => {
    const grantee = await person('Zhu Chen');
    const note = `E2E grant to cancel ${language}`;
    await gqlAs(baseURL, 'hr@demo.local', CREATE, { input: { personId: grantee.id, kind: 'refresh', units: 1000, grantDate: '2026-03-01', cliffMonths: 0, vestingMonths: 12, frequencyMonths: 1, note } });
    const { id } = (await grantNoted(note))!;
    const page = await signedIn('hr@demo.local', language);
    await page.goto('/incentives/equity');
    await row(page, id).getByTestId('cancel-grant').click();
    await page.getByTestId('cancel-grant-confirm').click();
    await row(page, id).getByTestId('grant-status').filter({ hasText: text.cancelled }).waitFor();
    expect((await grantNoted(note))?.status).toBe('cancelled');
    // Cancelled: nothing left to do on this row.
    expect(await row(page, id).getByRole('button').count()).toBe(0);
    await page.context().close();
  });
});

describe.each([['employee@demo.local'], ['manager@demo.local']] as const)('equity grants as %s', (email) => {
  it('lists exactly the grants the API lets them see, and offers no new grant, approve or cancel', async () => {
    const page = await signedIn(email, 'en-US');
    await page.goto('/incentives/me');
    await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: TEXT['en-US'].nav }).click();
    await page.waitForURL(/\/incentives\/equity$/);
    const visible = await grantsAs(email);
    const everyone = await grantsAs('hr@demo.local');
    // The API shows them fewer grants than HR sees: the page is no window onto the rest.
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(everyone.length);
    await page.waitForFunction((n) => document.querySelectorAll('tr.ant-table-row[data-row-key]').length === n, visible.length);
    expect(await page.locator('tr.ant-table-row[data-row-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-row-key')))).toEqual(visible.map((g) => g.id));
    expect(await page.getByTestId('new-grant').count()).toBe(0);
    expect(await page.getByTestId('approve-grant').count()).toBe(0);
    expect(await page.getByTestId('cancel-grant').count()).toBe(0);
    expect(await rawKeys(page.locator('main').first())).toEqual([]);
    await page.context().close();
  });
});
