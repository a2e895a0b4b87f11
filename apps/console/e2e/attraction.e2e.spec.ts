// The hiring loop end to end in the console, as HR: a requisition is created and approved, a
// candidate is added and dragged through the pipeline (an illegal move shows the API's
// CONFLICT message), an offer is built with its compa-ratio live, approved and accepted — and
// the new person appears in People.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { choose } from './support/forms';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { sharedServerURL } from './support/server';

let browser: Browser;
let page: Page;
let baseURL: string;
beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
  page = await (await newContext(browser, baseURL)).newPage();
  await signIn(page, 'hr@demo.local');
});
afterAll(async () => {
  await browser?.close();
});

const REQ_TITLE = 'E2E Research Engineer, Evaluation';
const CANDIDATE = 'Ada Byron';
let requisitionId = '';
let candidateId = '';
let offerId = '';

async function confirmClick(button: Locator) {
  await button.click();
  await page.locator('.ant-popover:visible').getByRole('button', { name: 'Confirm' }).click();
}
const card = () => page.locator(`[data-name="${CANDIDATE}"]`);
const column = (stage: string) => page.getByTestId(`column-${stage}`);

describe('the hiring loop as HR', () => {
  it('creates a requisition and approves it', async () => {
    await page.goto('/attraction/requisitions');
    await page.getByRole('button', { name: 'New requisition' }).click();
    const modal = page.locator('.ant-modal:visible');
    await modal.locator('#title').fill(REQ_TITLE);
    await modal.locator('#team').fill('Evaluation');
    await modal.locator('#location').fill('Beijing');
    await choose(page, modal, 'jobFamily', 'Research engineer');
    await choose(page, modal, 'level', 'P5');
    await choose(page, modal, 'hiringManagerId', 'Gao Fei', 'Gao');
    await modal.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/\/attraction\/requisitions\/[0-9a-f-]{36}$/);
    requisitionId = page.url().split('/').pop()!;
    await page.locator('.ant-card-head-title', { hasText: REQ_TITLE }).waitFor();
    expect(await page.getByTestId('requisition-status').innerText()).toBe('Awaiting approval');

    await confirmClick(page.getByTestId('approve-requisition'));
    await page.getByTestId('requisition-status').getByText('Open').waitFor();
  });

  it('adds a candidate, refuses an illegal drag with the API message, then moves them by drag and drop and by keyboard', async () => {
    await page.getByRole('button', { name: 'Add candidate' }).click();
    const modal = page.locator('.ant-modal:visible');
    await modal.locator('#name').fill(CANDIDATE);
    await modal.locator('#email').fill('ada.byron@example.com');
    await modal.locator('#headline').fill('Evaluation infrastructure at a frontier lab; built LLM benchmark harnesses');
    await modal.getByRole('button', { name: 'Create' }).click();
    await column('sourced').locator(`[data-name="${CANDIDATE}"]`).waitFor();
    candidateId = (await card().getAttribute('data-testid'))!.replace('candidate-', '');

    // Sourced → interviews skips a stage: the server says no, and the board shows why.
    await card().dragTo(column('interviews'));
    const problem = page.getByTestId('move-error');
    await problem.waitFor();
    expect(await problem.innerText()).toContain('cannot move from sourced to interviews: stages advance one at a time');
    expect(await column('sourced').locator(`[data-name="${CANDIDATE}"]`).count()).toBe(1);
    await screenshot(page, 'en-US', 'attraction-pipeline-error');

    // Sourced → screen by drag and drop.
    await card().dragTo(column('screen'));
    await column('screen').locator(`[data-name="${CANDIDATE}"]`).waitFor();

    // Screen → interviews with the keyboard: "Move to…" then the menu.
    const moveTo = card().getByTestId('move-to');
    await moveTo.focus();
    await moveTo.press('Enter');
    await page.locator('.ant-dropdown:visible').getByRole('menuitem', { name: 'Interviews' }).click();
    await column('interviews').locator(`[data-name="${CANDIDATE}"]`).waitFor();

    // Interviews → offer by drag and drop again.
    await card().dragTo(column('offer'));
    await column('offer').locator(`[data-name="${CANDIDATE}"]`).waitFor();
    await screenshot(page, 'en-US', 'attraction-requisition');
  });

  it('records a scorecard and a note on the candidate page', async () => {
    await page.goto(`/attraction/candidates/${candidateId}`);
    await page.getByRole('button', { name: 'Add note' }).waitFor();
    await page.getByRole('textbox', { name: 'Notes' }).fill('Strong references from the benchmark team.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Strong references from the benchmark team.').waitFor();

    await page.getByRole('button', { name: 'Add scorecard' }).click();
    const modal = page.locator('.ant-modal:visible');
    await modal.locator('#round').fill('Technical 1');
    const rates = modal.locator('.ant-rate');
    for (let i = 0; i < (await rates.count()); i += 1) await rates.nth(i).locator('.ant-rate-star').nth(2).locator('.ant-rate-star-second').click();
    await modal.locator('#summary').fill('Clear thinking about evaluation leakage.');
    await modal.getByRole('button', { name: 'Save' }).click();
    const scorecard = page.locator('.ant-card-small', { hasText: 'Technical 1' });
    await scorecard.waitFor();
    expect(await scorecard.innerText()).toContain('Clear thinking about evaluation leakage.');
  });

  it('builds an offer with compa-ratio and market percentile live as the base is typed', async () => {
    await page.getByTestId('make-offer').click();
    await page.waitForURL(/\/offer$/);
    await page.locator('.ant-card-head-title', { hasText: `Offer for ${CANDIDATE}` }).waitFor();
    const base = page.getByTestId('offer-base');
    const compa = page.getByTestId('live-compa');
    // The builder starts at the band mid: compa-ratio 1.00.
    await compa.getByText('1.00').waitFor();
    // research-engineer P5: mid CN¥690,000, band CN¥552,000–828,000.
    await base.fill('759000');
    await compa.getByText('1.10').waitFor();
    const percentile = await page.getByTestId('live-percentile').innerText();
    expect(percentile).toMatch(/P\d+/);
    expect(await page.getByTestId('live-band-position').innerText()).toBe('Within');
    await base.fill('900000');
    await compa.getByText('1.30').waitFor();
    expect(await page.getByTestId('live-band-position').innerText()).toBe('Above');
    await page.getByTestId('needs-exception').waitFor();
    // Back inside the band, so HR's signature is enough.
    await base.fill('720000');
    await compa.getByText('1.04').waitFor();
    expect(await page.getByTestId('needs-exception').count()).toBe(0);
    await screenshot(page, 'en-US', 'attraction-offer-builder');

    await page.getByTestId('submit-offer').click();
    await page.waitForURL(/\/attraction\/offers\/[0-9a-f-]{36}$/);
    offerId = page.url().split('/').pop()!;
    await page.locator('.ant-card-head-title', { hasText: `Offer for ${CANDIDATE}` }).waitFor();
    expect(await page.getByTestId('offer-status').innerText()).toBe('Pending approval');
  });

  it('approves the offer, records the acceptance, and the person appears in People', async () => {
    await confirmClick(page.getByTestId('approve-offer'));
    await page.getByTestId('offer-status').getByText('Approved').waitFor();
    await confirmClick(page.getByTestId('accept-offer'));
    await page.getByTestId('offer-status').getByText('Accepted').waitFor();

    // The core creates the person from the HireRequested event; the offer links to them once it has.
    for (let i = 0; i < 20 && !(await page.getByTestId('open-person').count()); i += 1) {
      await page.waitForTimeout(500);
      await page.reload();
      await page.getByTestId('offer-status').waitFor();
    }
    await screenshot(page, 'en-US', 'attraction-offer');
    await page.getByTestId('open-person').click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    await page.getByText(CANDIDATE, { exact: true }).first().waitFor();

    await page.goto(`/people?search=${encodeURIComponent(CANDIDATE)}`);
    await page.getByRole('link', { name: CANDIDATE, exact: true }).waitFor();
    await page.goto(`/attraction/candidates/${candidateId}`);
    await page.getByTestId('stage').getByText('Hired').waitFor();
  });

  it('shows the funnel with the acceptance rate on the dashboard', async () => {
    await page.goto('/');
    const widget = page.getByTestId('funnel-widget');
    await widget.locator('canvas').first().waitFor();
    expect(await widget.getByTestId('acceptance-rate').innerText()).toMatch(/\d+%/);
  });
});

describe.each(['en-US', 'zh-CN'] as const)('screenshots in %s', (language: Language) => {
  it('the main hiring pages', async () => {
    const context = await newContext(browser, baseURL, language);
    const hr = await context.newPage();
    await signIn(hr, 'hr@demo.local');
    const shots: Array<[string, string, string]> = [
      ['attraction-requisitions', '/attraction/requisitions', 'tbody tr.ant-table-row'],
      ['attraction-pipeline', '/attraction/pipeline', '[data-testid="pipeline-board"] [role="listitem"]'],
      ['attraction-requisition', `/attraction/requisitions/${requisitionId}`, '[data-testid="pipeline-board"] [role="listitem"]'],
      ['attraction-candidate', `/attraction/candidates/${candidateId}`, '.ant-timeline'],
      ['attraction-offers', '/attraction/offers?all', '.ant-table'],
      ['attraction-offer', `/attraction/offers/${offerId}`, '[data-testid="offer-status"]'],
      ['attraction-bands', '/attraction/bands', '[data-testid="bands-table"] tbody tr.ant-table-row'],
    ];
    for (const [name, path, ready] of shots) {
      await hr.goto(path);
      await hr.locator(ready).first().waitFor();
      await screenshot(hr, language, name);
    }
    // The offer builder of a seeded candidate who is in the offer stage without an open offer, if any; else the dashboard.
    await hr.goto('/');
    await hr.getByTestId('funnel-widget').locator('canvas').first().waitFor();
    await screenshot(hr, language, 'attraction-dashboard');
    await context.close();
  });
});
