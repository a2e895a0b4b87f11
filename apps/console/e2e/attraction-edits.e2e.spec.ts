// The attraction writes that used to exist only in the API, done in the console (#17): pay bands
// added, edited and deleted and market data typed in (both languages), a candidate's profile
// edited and an offer's terms revised — each checked through the GraphQL API, each with a bad value
// refused by the API on the field it names and nothing changed. Accounts without the write
// permissions the API checks see none of the buttons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { gqlAs } from './support/api';
import { buttonName, modal, pick, rawKeys } from './support/forms';
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

const hr = (query: string, variables: Record<string, unknown> = {}) => gqlAs(baseURL, 'hr@demo.local', query, variables);
const BANDS = 'query($f: AttractionBandFilter) { compBands(filter: $f) { id jobFamily level currency minBase midBase maxBase bonusTargetPct equityMin equityMax } }';
const MARKETS = 'query($f: AttractionBandFilter) { marketRates(filter: $f) { level currency p25 p50 p75 p90 source asOf } }';
const CANDIDATE = 'query($id: ID!) { candidate(id: $id) { name email phone headline source profileUrl } }';
const OFFER = 'query($id: ID!) { offer(id: $id) { status version base innovationTimePct careerPath missingApprovals } }';
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function signedIn(email: string, language: Language = 'en-US'): Promise<Page> {
  const page = await (await newContext(browser, baseURL, language)).newPage();
  await signIn(page, email);
  return page;
}
/** Types into a form field (antd gives each input its field name as id). */
const fill = (form: Locator, field: string, value: string | number) => form.locator(`#${field}`).fill(String(value));
/** The API's message shown under a form field. */
const fieldError = (form: Locator, field: string) =>
  form.locator('.ant-form-item', { has: form.page().locator(`#${field}`) }).locator('.ant-form-item-explain-error').first();

const TEXT = {
  'en-US': { addBand: 'Add band', addMarket: 'Add market rate', create: 'Create', save: 'Save', confirm: 'Confirm', deleteBand: 'Delete band P5?', deleteMarket: 'Delete the market data of P5?', noBand: 'No band yet', midBelowMin: 'must not be below minBase', equity: 'must not be below equityMin', p50: 'must be greater than p25' },
  'zh-CN': { addBand: '新增带宽', addMarket: '新增市场数据', create: '创建', save: '保存', confirm: '确认', deleteBand: '删除带宽 P5？', deleteMarket: '删除 P5 的市场数据？', noBand: '尚无带宽', midBelowMin: '不得低于 minBase', equity: '不能低于 equityMin', p50: '必须大于 p25' },
} as const;

describe.each(['en-US', 'zh-CN'] as const)('pay bands and market data as HR in %s', (language: Language) => {
  const text = TEXT[language];
  const family = `e2e-lab-${language === 'en-US' ? 'en' : 'zh'}`;
  const bands = async () => (await hr(BANDS, { f: { jobFamily: family } })).compBands as Array<Record<string, unknown>>;
  const markets = async () => (await hr(MARKETS, { f: { jobFamily: family } })).marketRates as Array<Record<string, unknown>>;
  let page: Page;
  beforeAll(async () => {
    page = await signedIn('hr@demo.local', language);
  });

  it('adds a band (a mid below the min is refused on the mid), edits it (a bad equity range is refused), types its market data (a P50 below P25 is refused), deletes it after a confirm (refused while a requisition uses it)', async () => {
    await page.goto('/attraction/bands');
    await page.getByTestId('bands-table').waitFor();
    expect(await page.getByTestId('add-band').innerText()).toMatch(buttonName(text.addBand));
    await page.getByTestId('add-band').click();
    let form = modal(page);
    await fill(form, 'jobFamily', family);
    await fill(form, 'level', 'P5');
    await fill(form, 'minBase', 300000);
    await fill(form, 'midBase', 250000);
    await fill(form, 'maxBase', 400000);
    await fill(form, 'bonusTargetPct', 12);
    await fill(form, 'equityMin', 100);
    await fill(form, 'equityMax', 500);
    expect(await rawKeys(form)).toEqual([]);
    await page.getByTestId('band-form-ok').click();
    await expect.poll(() => fieldError(form, 'midBase').textContent()).toContain(text.midBelowMin);
    expect(await bands()).toEqual([]);

    await fill(form, 'midBase', 350000);
    await screenshot(page, language, 'attraction-band-add');
    await page.getByTestId('band-form-ok').click();
    await form.waitFor({ state: 'hidden' });
    expect(await bands()).toMatchObject([{ level: 'P5', currency: 'CNY', minBase: 30_000_000, midBase: 35_000_000, maxBase: 40_000_000, bonusTargetPct: 12, equityMin: 100, equityMax: 500 }]);

    // The new family is offered by the page; its band is a row there.
    await pick(page, page.locator('.ant-card-extra .ant-select').first(), family);
    await page.getByTestId('edit-band-P5').click();
    form = modal(page);
    expect(await form.locator('#level').isDisabled()).toBe(true);
    await fill(form, 'maxBase', 450000);
    await fill(form, 'equityMax', 50);
    await page.getByTestId('band-form-ok').click();
    await expect.poll(() => fieldError(form, 'equityMax').textContent()).toContain(text.equity);
    expect((await bands())[0]).toMatchObject({ maxBase: 40_000_000, equityMax: 500 });

    await fill(form, 'equityMax', 800);
    await page.getByTestId('band-form-ok').click();
    await form.waitFor({ state: 'hidden' });
    expect((await bands())[0]).toMatchObject({ minBase: 30_000_000, midBase: 35_000_000, maxBase: 45_000_000, equityMax: 800 });

    // Market data: added with the header's button (the level typed), edited from the row.
    await page.getByTestId('add-market-rate').click();
    form = modal(page);
    expect(await form.locator('#jobFamily').inputValue()).toBe(family);
    await fill(form, 'level', 'P5');
    await fill(form, 'p25', 300000);
    await fill(form, 'p50', 290000);
    await fill(form, 'p75', 420000);
    await fill(form, 'p90', 500000);
    await fill(form, 'source', 'E2E survey');
    expect(await rawKeys(form)).toEqual([]);
    await page.getByTestId('market-form-ok').click();
    await expect.poll(() => fieldError(form, 'p50').textContent()).toContain(text.p50);
    expect(await markets()).toEqual([]);

    await fill(form, 'p50', 360000);
    await page.getByTestId('market-form-ok').click();
    await form.waitFor({ state: 'hidden' });
    expect(await markets()).toMatchObject([{ level: 'P5', currency: 'CNY', p25: 30_000_000, p50: 36_000_000, p75: 42_000_000, p90: 50_000_000, source: 'E2E survey', asOf: null }]);
    // The row shows the market data it got.
    await expect.poll(() => page.getByTestId('bands-table').locator('tbody tr.ant-table-row').first().innerText()).toMatch(/360,000/);

    await page.getByTestId('edit-market-P5').click();
    form = modal(page);
    expect(await form.locator('#p50').inputValue()).toMatch(/^360,?000$/);
    await fill(form, 'p90', 520000);
    await fill(form, 'asOf', '2026-11-30');
    await page.getByTestId('market-form-ok').click();
    await form.waitFor({ state: 'hidden' });
    expect(await markets()).toMatchObject([{ p50: 36_000_000, p90: 52_000_000, asOf: '2026-11-30' }]);

    // Refused while a draft requisition hires against the band: the API's message, the band stays.
    const { createRequisition } = await hr('mutation($i: CreateAttractionRequisitionInput!) { createRequisition(input: $i) { id } }', { i: { title: `E2E band in use ${language}`, jobFamily: family, level: 'P5' } });
    const deleteBand = async () => {
      await page.getByTestId('delete-band-P5').click();
      const confirm = page.locator('.ant-popover:visible');
      expect(await confirm.innerText()).toContain(text.deleteBand);
      await confirm.getByRole('button', { name: buttonName(text.confirm) }).click();
    };
    await deleteBand();
    await expect.poll(() => page.locator('.ant-message-error').last().innerText()).toContain(`${family} × P5`);
    expect(await bands()).toHaveLength(1);

    await hr('mutation($id: ID!) { closeRequisition(id: $id, reason: "E2E: frees the band") { status } }', { id: createRequisition.id });
    await deleteBand();
    await expect.poll(bands).toEqual([]);
    await page.getByTestId('delete-band-P5').waitFor({ state: 'detached' });
  });

  it('lists market data of a level without a band (offering "Add band"), deletes market data after a confirm', async () => {
    // P5 kept its market data when its band went; P6 gets market data only, through the API.
    await hr('mutation($i: AttractionMarketRateInput!) { upsertMarketRate(input: $i) { id } }', { i: { jobFamily: family, level: 'P6', currency: 'CNY', p25: 40_000_000, p50: 47_000_000, p75: 55_000_000, p90: 60_000_000, source: 'E2E' } });
    await page.reload();
    await pick(page, page.locator('.ant-card-extra .ant-select').first(), family);
    const table = page.getByTestId('bands-table');
    await table.getByTestId('no-band-P6').waitFor();
    expect(await table.getByTestId('no-band-P5').innerText()).toBe(text.noBand);
    await expect.poll(() => table.locator('tbody tr.ant-table-row', { has: page.getByTestId('no-band-P6') }).innerText()).toMatch(/470,000/);
    expect(await table.getByTestId('add-band-P6').innerText()).toMatch(buttonName(text.addBand));
    expect(await table.getByTestId('delete-band-P6').count()).toBe(0);
    expect((await markets()).map((m) => m.level)).toEqual(['P5', 'P6']);
    expect(await bands()).toEqual([]);

    // Delete P5's market data: confirmed, then gone from the API and the table.
    await table.getByTestId('delete-market-P5').click();
    const confirm = page.locator('.ant-popover:visible');
    expect(await confirm.innerText()).toContain(text.deleteMarket);
    await confirm.getByRole('button', { name: buttonName(text.confirm) }).click();
    await expect.poll(async () => (await markets()).map((m) => m.level)).toEqual(['P6']);
    await table.getByTestId('no-band-P5').waitFor({ state: 'detached' });

    // "Add band" beside P6's market data opens the band form at P6.
    await table.getByTestId('add-band-P6').click();
    const form = modal(page);
    expect(await form.locator('#level').inputValue()).toBe('P6');
    expect(await form.locator('#jobFamily').inputValue()).toBe(family);
    await fill(form, 'minBase', 400000);
    await fill(form, 'midBase', 460000);
    await fill(form, 'maxBase', 520000);
    await page.getByTestId('band-form-ok').click();
    await form.waitFor({ state: 'hidden' });
    expect(await bands()).toMatchObject([{ level: 'P6', midBase: 46_000_000 }]);
    await table.getByTestId('edit-band-P6').waitFor();
    await table.getByTestId('no-band-P6').waitFor({ state: 'detached' });
    await screenshot(page, language, 'attraction-market-without-band');
  });
});

describe('a candidate and an offer as HR', () => {
  let page: Page;
  let candidateId = '';
  let offerId = '';
  beforeAll(async () => {
    page = await signedIn('hr@demo.local');
    const manager = (await hr('query($s: String) { people(filter: { search: $s }) { nodes { id } } }', { s: 'Gao Fei' })).people.nodes[0].id as string;
    const { createRequisition } = await hr('mutation($i: CreateAttractionRequisitionInput!) { createRequisition(input: $i) { id } }', {
      i: { title: 'E2E Attraction Edits', team: 'Evaluation', jobFamily: 'research-engineer', level: 'P5', headcount: 1, hiringManagerId: manager },
    });
    await hr('mutation($id: ID!) { approveRequisition(id: $id) { status } }', { id: createRequisition.id });
    const { createCandidate } = await hr('mutation($i: CreateAttractionCandidateInput!) { createCandidate(input: $i) { id } }', {
      i: { requisitionId: createRequisition.id, name: 'Grace Edits', email: 'grace.edits@example.com', source: 'linkedin' },
    });
    candidateId = createCandidate.id;
    for (const stage of ['screen', 'interviews', 'offer']) await hr('mutation($id: ID!, $s: String!) { moveCandidate(id: $id, stage: $s) { stage } }', { id: candidateId, s: stage });
    const { createOffer } = await hr('mutation($i: CreateAttractionOfferInput!) { createOffer(input: $i) { id } }', { i: { candidateId, base: 90_000_000, startDate: inDays(30) } });
    offerId = createOffer.id;
  });

  it("edits a candidate's profile; an email that is not one is refused on the email field", async () => {
    await page.goto(`/attraction/candidates/${candidateId}`);
    await page.getByTestId('edit-candidate').click();
    const form = modal(page);
    expect(await form.locator('#name').inputValue()).toBe('Grace Edits');
    await fill(form, 'email', 'not-an-email');
    await fill(form, 'headline', 'Evaluation lead');
    await page.getByTestId('candidate-form-ok').click();
    await expect.poll(() => fieldError(form, 'email').textContent()).toContain('must be an email address');
    expect((await hr(CANDIDATE, { id: candidateId })).candidate).toMatchObject({ email: 'grace.edits@example.com', headline: '' });

    await fill(form, 'email', 'grace.h@example.com');
    await fill(form, 'phone', '+86 10 5555 0101');
    await page.getByTestId('candidate-form-ok').click();
    await form.waitFor({ state: 'hidden' });
    expect((await hr(CANDIDATE, { id: candidateId })).candidate).toMatchObject({ name: 'Grace Edits', email: 'grace.h@example.com', headline: 'Evaluation lead', phone: '+86 10 5555 0101', source: 'linkedin' });
    await page.getByText('Evaluation lead', { exact: true }).waitFor();
  });

  it("revises an offer's terms into a new version needing approval again; a base that is not positive is refused on the base", async () => {
    await page.goto(`/attraction/offers/${offerId}`);
    await page.getByTestId('revise-offer').click();
    const form = modal(page);
    expect(await form.locator('#base').inputValue()).toMatch(/^900,?000$/);
    await fill(form, 'base', -1);
    await page.getByTestId('revise-offer-ok').click();
    await expect.poll(() => fieldError(form, 'base').textContent()).toContain('must be positive');
    expect((await hr(OFFER, { id: offerId })).offer).toMatchObject({ version: 1, base: 90_000_000 });

    await fill(form, 'base', 950000);
    await fill(form, 'innovationTimePct', 20);
    await fill(form, 'careerPath', 'P6 review in a year');
    await screenshot(page, 'en-US', 'attraction-offer-revise');
    await page.getByTestId('revise-offer-ok').click();
    await form.waitFor({ state: 'hidden' });
    expect((await hr(OFFER, { id: offerId })).offer).toMatchObject({ status: 'pending-approval', version: 2, base: 95_000_000, innovationTimePct: 20, careerPath: 'P6 review in a year' });
    await page.getByText('v2', { exact: false }).first().waitFor();
  });

  it("shows the API's refusal when the offer can no longer be revised (withdrawn meanwhile), and changes nothing", async () => {
    await page.goto(`/attraction/offers/${offerId}`);
    await page.getByTestId('revise-offer').click();
    const form = modal(page);
    await form.locator('#base').waitFor();
    await hr('mutation($id: ID!) { withdrawOffer(id: $id, reason: "E2E: withdrawn while being revised") { status } }', { id: offerId });
    await fill(form, 'base', 990000);
    await page.getByTestId('revise-offer-ok').click();
    await expect.poll(() => form.locator('.ant-alert-error').innerText()).toContain('a withdrawn offer cannot be revised');
    expect((await hr(OFFER, { id: offerId })).offer).toMatchObject({ status: 'withdrawn', version: 2, base: 95_000_000 });
  });
});

describe('accounts without the write permissions', () => {
  const WRITES = '[data-testid="add-band"], [data-testid="add-market-rate"], [data-testid^="edit-band-"], [data-testid^="delete-band-"], [data-testid^="edit-market-"], [data-testid^="delete-market-"], [data-testid^="add-band-"], [data-testid="edit-candidate"], [data-testid="revise-offer"]';
  let pages: { candidate: string; offer: string };
  beforeAll(async () => {
    // A demo candidate with an approved offer, on a requisition manager@demo.local hires for.
    const { offers } = await hr('{ offers(filter: { status: "approved" }) { id candidateId requisitionTitle } }');
    const offer = offers.find((o: { requisitionTitle: string }) => o.requisitionTitle === 'ML Infrastructure Engineer');
    pages = { candidate: `/attraction/candidates/${offer.candidateId}`, offer: `/attraction/offers/${offer.id}` };
  });

  it('a manager (bands and candidates readable, not writable) sees the pages without the write buttons', async () => {
    const page = await signedIn('manager@demo.local');
    await page.goto('/attraction/bands');
    await page.getByTestId('bands-table').locator('tbody tr.ant-table-row').first().waitFor();
    expect(await page.locator(WRITES).count()).toBe(0);
    await page.goto(pages.candidate);
    await page.locator('.ant-descriptions').first().waitFor();
    expect(await page.locator(WRITES).count()).toBe(0);
    await page.goto(pages.offer);
    await page.locator('.ant-descriptions').first().waitFor();
    expect(await page.locator(WRITES).count()).toBe(0);
  });

  it('employee@demo.local sees none of the write buttons', async () => {
    const page = await signedIn('employee@demo.local');
    for (const path of ['/attraction/bands', pages.candidate, pages.offer]) {
      await page.goto(path);
      await page.locator('.ant-result, .ant-alert, .ant-descriptions').first().waitFor();
      expect(await page.locator(WRITES).count()).toBe(0);
    }
  });
});
