// The insights console: hr runs a pulse survey, employees answer it in the browser, hr reads a
// seeded survey's results (small groups hidden, with the reason), attrition, trains the risk
// model and opens the explained risks and the four-measure dashboard; screenshots in both
// languages; an employee sees only "My surveys".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, navLabels, newContext, screenshot, signIn, type Language } from './support/browser';
import { pick } from './support/forms';
import { sharedServerURL } from './support/server';

let browser: Browser;
let baseURL: string;
const TITLE = 'Console pulse';

async function answerAll(page: Page, surveyTitle: string) {
  await page.goto('/insights/my-surveys');
  await page.getByRole('link', { name: surveyTitle }).click();
  const form = page.getByTestId('survey-form');
  await form.waitFor();
  expect(await page.getByTestId('anonymity-note').innerText()).toMatch(/at least 5 people/);
  const groups = form.locator('.ant-radio-group');
  for (let i = 0; i < (await groups.count()); i++) {
    const options = groups.nth(i).locator('label.ant-radio-button-wrapper');
    await options.nth((await options.count()) - 2).click();
  }
  await page.getByTestId('submit-answers').click();
  await page.getByTestId('survey-answered').waitFor();
}

beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('insights as hr and employees', () => {
  let hr: Page;
  beforeAll(async () => {
    hr = await (await newContext(browser, baseURL)).newPage();
    await signIn(hr, 'hr@demo.local');
  });

  it('drafts and opens a pulse survey, which employees answer once in the browser', async () => {
    await hr.goto('/insights/surveys');
    await hr.getByTestId('new-survey').click();
    const modal = hr.getByTestId('survey-form-modal');
    await modal.getByLabel('Title').fill(TITLE);
    await hr.locator('.ant-modal-footer').getByRole('button', { name: 'Save' }).click();
    const row = hr.locator('tr', { hasText: TITLE });
    await row.getByTestId('survey-status').filter({ hasText: 'Draft' }).waitFor();
    await row.getByTestId('open-survey').click();
    await hr.locator('.ant-popconfirm').getByRole('button', { name: 'Open' }).click();
    await row.getByTestId('survey-status').filter({ hasText: 'Open' }).waitFor();
    await screenshot(hr, 'en-US', 'insights-surveys');

    for (const email of ['employee@demo.local', 'manager@demo.local']) {
      const page = await (await newContext(browser, baseURL)).newPage();
      await signIn(page, email);
      await page.goto('/');
      await page.getByTestId('insights-widget').getByText(TITLE).waitFor();
      await answerAll(page, TITLE);
      await page.goto('/insights/my-surveys');
      expect(await page.locator('[data-testid=my-survey]', { hasText: TITLE }).innerText()).toContain('Answered');
      if (email === 'employee@demo.local') {
        expect(await navLabels(page)).toContain('Insights');
        // The group is open already on one of its pages; a click would close it.
        const mine = page.getByRole('navigation', { name: 'main' }).getByText('My surveys');
        if (!(await mine.isVisible())) await page.getByRole('navigation', { name: 'main' }).getByText('Insights').click();
        await mine.waitFor();
        const menu = await page.getByRole('navigation', { name: 'main' }).innerText();
        for (const hidden of ['Surveys', 'Attrition', 'Attrition risk', 'Effectiveness']) expect(menu.split('\n').map((s) => s.trim())).not.toContain(hidden);
        for (const path of ['/insights/surveys', '/insights/attrition', '/insights/effectiveness']) {
          await page.goto(path);
          await page.getByText('You do not have access to this page').waitFor();
        }
      }
      await page.context().close();
    }
    // Two answers are fewer than k: the list shows no count yet.
    await hr.reload();
    expect(await hr.locator('tr', { hasText: TITLE }).innerText()).toMatch(/< k \/ \d+/);
  });

  it('shows a seeded survey by unit: figures for groups of at least k, the reason for the others', async () => {
    await hr.goto('/insights/surveys');
    await hr.getByRole('link', { name: 'Engagement survey, summer' }).click();
    // The headline renders while the results load: wait for its figures, not only for it.
    await hr.getByTestId('headline').filter({ hasText: /\d+\s*\/\s*\d+/ }).waitFor();
    expect(await hr.getByTestId('headline').innerText()).toMatch(/Respondents[\s\S]*\d+\s*\/\s*\d+/);
    await pick(hr, hr.getByTestId('group-by'), 'org unit');
    await hr.waitForURL(/groupBy=UNIT/);
    const groups = hr.getByTestId('groups');
    await groups.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await groups.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(2);
    expect(await groups.getByTestId('suppressed').count()).toBeGreaterThan(0);
    expect(await groups.getByTestId('suppressed').first().innerText()).toMatch(/Fewer than the threshold|subtracting/);
    expect(await groups.innerText()).toMatch(/\d+ \/ \d+/);
    await screenshot(hr, 'en-US', 'insights-results');
  });

  it('reads attrition, trains the risk model with progress and explains the highest risks', async () => {
    await hr.goto('/insights/attrition');
    await hr.getByTestId('attrition-chart').locator('canvas').waitFor();
    expect(await hr.getByTestId('attrition-totals').innerText()).toMatch(/Leavers\s*\n?\s*[1-9]/);
    expect(await hr.getByTestId('attrition-units').getByTestId('suppressed').count()).toBeGreaterThan(0);
    await screenshot(hr, 'en-US', 'insights-attrition');

    await hr.goto('/insights/risk');
    await hr.getByTestId('no-model').waitFor();
    await hr.getByTestId('train-model').click();
    await hr.waitForURL(/job=/);
    await hr.getByTestId('risk-model').waitFor({ timeout: 60_000 });
    expect(await hr.getByTestId('train-progress').getAttribute('class')).toContain('ant-progress-status-success');
    expect(await hr.getByTestId('risk-model').innerText()).toMatch(/AUC on held-out people\s*0\.\d{3}/);
    const rows = hr.getByTestId('risks').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    await rows.first().locator('.ant-table-row-expand-icon').click();
    const factors = await hr.getByTestId('risk-factors').first().innerText();
    expect(factors).toMatch(/(raises|lowers) the risk by \d+\.\d points/);
    await screenshot(hr, 'en-US', 'insights-risk');

    await hr.goto('/insights/effectiveness');
    for (const id of ['satisfaction', 'performance', 'knowledge', 'incentives']) await hr.getByTestId(`measure-${id}`).waitFor();
    await hr.getByTestId('measure-satisfaction').getByText('The numbers behind it').click();
    expect(await hr.getByTestId('measure-satisfaction').getByTestId('measure-numbers').innerText()).toMatch(/eNPS[\s\S]*Engagement[\s\S]*Voluntary attrition/);
    await screenshot(hr, 'en-US', 'insights-effectiveness');
  });
});

const PAGES: Array<{ name: string; path: string; ready: string; text: Record<Language, string> }> = [
  { name: 'insights-my-surveys', path: '/insights/my-surveys', ready: '[data-testid=my-survey]', text: { 'en-US': 'My surveys', 'zh-CN': '我的调查' } },
  { name: 'insights-surveys', path: '/insights/surveys', ready: '[data-testid=survey-status]', text: { 'en-US': 'Anonymity threshold k', 'zh-CN': '匿名阈值 k' } },
  { name: 'insights-attrition', path: '/insights/attrition', ready: '[data-testid=attrition-chart] canvas', text: { 'en-US': 'Annualised attrition', 'zh-CN': '年化流失率' } },
  { name: 'insights-risk', path: '/insights/risk', ready: '[data-testid=risk-model]', text: { 'en-US': 'Highest risks', 'zh-CN': '风险最高的人员' } },
  { name: 'insights-effectiveness', path: '/insights/effectiveness', ready: '[data-testid=measure-incentives]', text: { 'en-US': 'Incentive effect', 'zh-CN': '激励效果' } },
];

describe.each(['en-US', 'zh-CN'] as const)('insights pages in %s', (language: Language) => {
  it('shows each page in the language', async () => {
    const p = await (await newContext(browser, baseURL, language)).newPage();
    await signIn(p, 'hr@demo.local');
    for (const { name, path, ready, text } of PAGES) {
      await p.goto(path);
      await p.locator(ready).first().waitFor();
      expect(await p.locator('body').innerText(), name).toContain(text[language]);
      await screenshot(p, language, name);
    }
    await p.goto('/insights/surveys');
    await p.getByRole('link', { name: 'Engagement survey, summer' }).click();
    // The threshold note renders with "…" until the results arrive: wait for the figure itself.
    await p.getByText(language === 'zh-CN' ? '仅展示至少 5 人的群体' : 'Shown only for groups of at least 5').waitFor();
    await p.getByTestId('headline').filter({ hasText: /\d+\s*\/\s*\d+/ }).waitFor();
    await screenshot(p, language, 'insights-results');
    await p.goto('/insights/my-surveys');
    await p.getByTestId('my-survey-link').first().click();
    await p.locator('[data-testid=survey-form], [data-testid=survey-answered]').first().waitFor();
    await screenshot(p, language, 'insights-answer');
    await p.context().close();
  });
});
