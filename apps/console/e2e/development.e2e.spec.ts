// The development plugin's console as manager@demo.local: the development plan of a report
// (employee@demo.local, 朱晨 Zhu Chen) with skill gaps and explained course and mentor
// recommendations, the same on the gaps page and the person tab, and screenshots in both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { pick } from './support/forms';
import { sharedServerURL } from './support/server';

let browser: Browser;
let page: Page;
let baseURL: string;
const REPORT = '朱晨 Zhu Chen';

/** Every gap card shows a gap, at least one explained recommendation, and the method. */
async function expectGapsWithRecommendations(p: Page) {
  const report = p.getByTestId('gap-report').first();
  await report.waitFor();
  const gaps = report.getByTestId('skill-gap');
  await gaps.first().waitFor();
  expect(await gaps.count()).toBeGreaterThan(0);
  const first = await gaps.first().innerText();
  expect(first).toMatch(/level \d → \d \(gap \d\)/);
  const reasons = await report.getByTestId('recommendation-reason').allInnerTexts();
  expect(reasons.length).toBeGreaterThan(0);
  for (const r of reasons) expect(r.trim().length).toBeGreaterThan(10);
  expect(await report.getByTestId('gap-courses').count()).toBeGreaterThan(0);
  expect(await report.getByTestId('gap-mentors').count()).toBeGreaterThan(0);
}

beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
  page = await (await newContext(browser, baseURL)).newPage();
  await signIn(page, 'manager@demo.local');
});
afterAll(async () => {
  await browser?.close();
});

describe('development as a manager', () => {
  it("shows a report's development plan with skill gaps and explained recommendations", async () => {
    await page.goto('/development/plans');
    await page.getByTestId('plan-link').first().waitFor();
    const people = await page.getByTestId('plan-link').allInnerTexts();
    expect(people).toContain(REPORT);
    await screenshot(page, 'en-US', 'development-plans');
    await page.getByRole('link', { name: REPORT }).click();
    await page.getByTestId('plan').waitFor();
    expect(await page.getByTestId('plan').innerText()).toMatch(/Development plan of 朱晨 Zhu Chen[\s\S]*P6/);
    expect(await page.getByTestId('plan-goals').locator('tbody tr').count()).toBe(3);
    await expectGapsWithRecommendations(page);
    const report = page.getByTestId('gap-report');
    expect(await report.innerText()).toContain("the plan's target");
    expect(await page.getByTestId('method').innerText()).toMatch(/gap = level expected by the target career level − current level/);
    await page.getByTestId('gap-chart').locator('canvas').waitFor();
    await screenshot(page, 'en-US', 'development-plan');
  });

  it("shows the report's gaps on the gaps page and the person tab", async () => {
    await page.goto('/development/gaps');
    await pick(page, page.getByTestId('gaps-person'), REPORT);
    await expectGapsWithRecommendations(page);
    await screenshot(page, 'en-US', 'development-gaps');

    await page.goto('/people?search=Zhu%20Chen');
    await page.getByRole('link', { name: REPORT }).click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    await page.getByRole('tab', { name: 'Development', exact: true }).click();
    const tab = page.getByTestId('person-development');
    await tab.getByText('Open the plan').waitFor();
    await expectGapsWithRecommendations(page);
    await screenshot(page, 'en-US', 'development-person-tab');
  });
});

const PAGES: Array<{ name: string; path: string; ready: string }> = [
  { name: 'development-ladders', path: '/development/ladders', ready: '[data-testid=ladder-matrix]' },
  { name: 'development-courses', path: '/development/courses', ready: '[data-testid=course-link]' },
  { name: 'development-plans', path: '/development/plans', ready: '[data-testid=plan-link]' },
  { name: 'development-my-gaps', path: '/development/gaps', ready: '[data-testid=gap-report]' },
  { name: 'development-team-gaps', path: '/development/team-gaps', ready: '[data-testid=team-gaps] .ant-table-row' },
];

describe.each(['en-US', 'zh-CN'] as const)('development pages in %s', (language: Language) => {
  it('shows each main page in the language', async () => {
    const p = await (await newContext(browser, baseURL, language)).newPage();
    await signIn(p, 'manager@demo.local');
    for (const { name, path, ready } of PAGES) {
      await p.goto(path);
      await p.locator(ready).first().waitFor();
      await screenshot(p, language, name);
    }
    await p.goto('/development/plans');
    await p.getByRole('link', { name: REPORT }).click();
    await p.getByTestId('skill-gap').first().waitFor();
    expect(await p.getByTestId('plan').innerText()).toContain(language === 'zh-CN' ? '朱晨 Zhu Chen 的发展计划' : 'Development plan of 朱晨 Zhu Chen');
    await screenshot(p, language, 'development-plan');
    await p.goto('/development/courses');
    await p.getByTestId('course-link').first().click();
    await p.getByTestId('course-title').waitFor();
    await screenshot(p, language, 'development-course');
    await p.context().close();
  });
});
