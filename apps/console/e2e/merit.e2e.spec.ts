// Merit matrices through the console (#17), each step checked through the GraphQL API: HR finds the
// page in the navigation and creates a matrix through the form (breaks that do not ascend are
// refused by the API on their field first), edits a cell of the grid, is refused approval while it
// is a draft (the API's CONFLICT shown in place), computes the increases (the table and the budget
// figures are the API's) and approves. In both languages. An employee is offered no menu entry, no
// New matrix, and the API's answer only: approved matrices without budgets, nothing of a draft.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { gqlAs } from './support/api';
import { buttonName, choose, modal, rawKeys } from './support/forms';
import { launchBrowser, navLabels, newContext, screenshot, signIn, type Language } from './support/browser';
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

interface ApiMatrix {
  id: string; cycleId: string; name: string; budget: number | null; currency: string; positionBreaks: number[]; cells: number[][]; status: string;
  totalProposed: number | null; totalAmount: number | null; withinBudget: boolean | null; increaseCount: number;
}
interface ApiIncrease { id: string; name: string; band: number | null; positionInRange: number | null; matrixPercent: number | null; baseSalary: number | null; amount: number | null }
const MATRICES = '{ meritMatrices { id cycleId name budget currency positionBreaks cells status totalProposed totalAmount withinBudget increaseCount } }';
const INCREASES = 'query($id: ID!) { meritIncreases(matrixId: $id) { id name band positionInRange matrixPercent baseSalary amount } }';
const TEXT = {
  'en-US': { nav: 'Merit matrices', create: 'Create', computed: 'Computed', approved: 'Approved', draft: 'Draft', notAscending: 'positionBreaks must ascend', notComputed: 'compute the increases before approving', stale: 'was changed by someone else after you opened it' },
  'zh-CN': { nav: '调薪矩阵', create: '创建', computed: '已计算', approved: '已批准', draft: '草稿', notAscending: 'positionBreaks 须递增', notComputed: '请先计算调薪再批准', stale: '在你打开后已被他人修改' },
} as const;

async function signedIn(email: string, language: Language): Promise<Page> {
  const page = await (await newContext(browser, baseURL, language)).newPage();
  await signIn(page, email);
  return page;
}
const matricesAs = async (email: string) => (await gqlAs(baseURL, email, MATRICES)).meritMatrices as ApiMatrix[];
const matrixNamed = async (name: string) => (await matricesAs('hr@demo.local')).find((m) => m.name === name);
/** The number input of a grid cell (band from 1, column from 0). */
const cell = (scope: Locator, band: number, column: number) => scope.locator(`[data-testid="merit-cell-${band}-${column}"]`).locator('xpath=descendant-or-self::input').first();
const attrs = (scope: Locator, testId: string, name: string) => scope.getByTestId(testId).evaluateAll((els, n) => els.map((e) => Number(e.getAttribute(n))), name);

describe.each(['en-US', 'zh-CN'] as const)('merit matrices in %s', (language) => {
  const text = TEXT[language];

  it('HR creates a matrix through the form, edits the grid, computes the increases and approves', async () => {
    const demo = (await matrixNamed('2026 merit round'))!;
    const { reviewCycle } = await gqlAs(baseURL, 'hr@demo.local', 'query($id: ID!) { reviewCycle(id: $id) { id name coefficients } }', { id: demo.cycleId });
    const name = `E2E merit ${language}`;
    const page = await signedIn('hr@demo.local', language);
    await page.goto('/incentives/cycles');
    await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: text.nav }).click();
    await page.waitForURL(/\/incentives\/merit$/);
    await page.getByTestId('merit-name').first().waitFor();
    expect(await rawKeys(page.locator('main').first())).toEqual([]);

    await page.getByTestId('new-merit').click();
    const form = modal(page);
    await form.locator('#name').waitFor();
    // Typed: a company with many cycles has more than the dropdown shows at once.
    await choose(page, form, 'cycleId', reviewCycle.name, reviewCycle.name);
    await form.locator('#name').fill(name);
    await form.locator('#budget').fill('50000');
    // One row per band of the cycle, one column per bucket of the breaks.
    await cell(form, reviewCycle.coefficients.length, 2).waitFor();
    expect(await form.locator('[data-testid^="merit-cell-"]').count()).toBe(reviewCycle.coefficients.length * 3);
    await cell(form, 1, 0).fill('8');
    await cell(form, 1, 1).fill('6');
    // Breaks that do not ascend: the API refuses them on that field.
    await form.locator('#positionBreaks').fill('0.66, 0.33');
    await form.getByRole('button', { name: buttonName(text.create) }).click();
    const breaks = form.locator('.ant-form-item-has-error', { has: page.locator('#positionBreaks') });
    await breaks.waitFor();
    expect(await breaks.locator('.ant-form-item-explain').innerText()).toContain(text.notAscending);
    expect(await matrixNamed(name)).toBeUndefined();
    expect(await rawKeys(form)).toEqual([]);
    await form.locator('#positionBreaks').fill('0.33, 0.66');
    await breaks.waitFor({ state: 'detached' });
    await screenshot(page, language, 'incentives-merit-new');
    await form.getByRole('button', { name: buttonName(text.create) }).click();
    await form.waitFor({ state: 'hidden' });
    const created = (await matrixNamed(name))!;
    expect(created).toMatchObject({ cycleId: demo.cycleId, budget: 5_000_000, currency: 'CNY', positionBreaks: [0.33, 0.66], status: 'draft' });
    expect(created.cells).toHaveLength(reviewCycle.coefficients.length);
    expect(created.cells[0]).toEqual([8, 6, 0]);

    // The detail page: the API's budget, and the grid edited and saved.
    await page.waitForURL(new RegExp(`/incentives/merit/${created.id}$`));
    expect(await page.getByTestId('merit-summary-budget').locator('[data-minor]').getAttribute('data-minor')).toBe('5000000');
    await cell(page.locator('main'), 2, 1).fill('4.5');
    await page.getByTestId('save-merit-grid').click();
    await expect.poll(async () => (await matrixNamed(name))!.cells[1]).toEqual([0, 4.5, 0]);

    // Approving a draft: the API's CONFLICT shows in place, nothing changes.
    await page.getByTestId('approve-merit').click();
    await page.getByTestId('approve-merit-confirm').click();
    await page.getByTestId('merit-refusal').filter({ hasText: text.notComputed }).waitFor();
    expect((await matrixNamed(name))!.status).toBe('draft');

    await page.getByTestId('compute-merit').click();
    await page.getByTestId('merit-status').filter({ hasText: text.computed }).waitFor();
    await page.getByTestId('merit-budget-chart').waitFor();
    const computed = (await matrixNamed(name))!;
    expect(computed.status).toBe('computed');
    expect(computed.increaseCount).toBeGreaterThan(0);
    expect(computed.totalAmount).toBeLessThanOrEqual(5_000_000);
    const increases = (await gqlAs(baseURL, 'hr@demo.local', INCREASES, { id: created.id })).meritIncreases as ApiIncrease[];
    const table = page.getByTestId('merit-increases');
    await table.locator('tr.ant-table-row').first().waitFor();
    const shown = increases.slice(0, 20);
    expect(await table.locator('tr.ant-table-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-row-key')))).toEqual(shown.map((i) => i.id));
    expect(await attrs(table, 'merit-base', 'data-minor')).toEqual(shown.filter((i) => i.baseSalary !== null).map((i) => i.baseSalary));
    expect(await attrs(table, 'merit-amount', 'data-minor')).toEqual(shown.filter((i) => i.amount !== null).map((i) => i.amount));
    expect(await attrs(table, 'merit-increase-percent', 'data-value')).toEqual(shown.filter((i) => i.baseSalary && i.amount !== null).map((i) => (i.amount! / i.baseSalary!) * 100));
    expect(await page.getByTestId('merit-summary-used').locator('[data-minor]').getAttribute('data-minor')).toBe(String(computed.totalAmount));
    expect(await rawKeys(page.locator('main').first())).toEqual([]);
    await page.getByTestId('merit-budget-chart').scrollIntoViewIfNeeded();
    await screenshot(page, language, 'incentives-merit');

    await page.getByTestId('approve-merit').click();
    await page.getByTestId('approve-merit-confirm').click();
    await page.getByTestId('merit-status').filter({ hasText: text.approved }).waitFor();
    expect((await matrixNamed(name))!.status).toBe('approved');
    // Approved: final, nothing left to edit, compute or approve.
    expect(await page.getByTestId('save-merit-grid').count()).toBe(0);
    expect(await page.getByTestId('compute-merit').count()).toBe(0);
    expect(await page.getByTestId('approve-merit').count()).toBe(0);
    await page.context().close();
  });

  it('refuses to save a grid over a grid someone else saved meanwhile, keeping theirs', async () => {
    const demo = (await matrixNamed('2026 merit round'))!;
    const name = `Stale grid ${language}`;
    const grid = (top: number) => demo.cells.map((row, i) => row.map((v, j) => (i === 0 && j === 0 ? top : v)));
    const { createMeritMatrix: created } = await gqlAs(baseURL, 'hr@demo.local', 'mutation($i: CreateMeritMatrixInput!) { createMeritMatrix(input: $i) { id } }',
      { i: { cycleId: demo.cycleId, name, budget: 100000, currency: 'CNY', positionBreaks: demo.positionBreaks, cells: grid(5) } });
    const page = await signedIn('hr@demo.local', language);
    await page.goto(`/incentives/merit/${created.id}`);
    await cell(page.locator('main'), 1, 0).waitFor();

    await gqlAs(baseURL, 'hr@demo.local', 'mutation($id: ID!, $cells: [[Float!]!]!) { updateMeritMatrix(id: $id, input: { cells: $cells }) { id } }', { id: created.id, cells: grid(7) });
    await cell(page.locator('main'), 2, 1).fill('9.5');
    await page.getByTestId('save-merit-grid').click();
    const refusal = page.getByTestId('merit-refusal').filter({ hasText: text.stale });
    await refusal.waitFor();
    expect(await refusal.innerText()).not.toContain('expectedUpdatedAt');
    expect((await matrixNamed(name))!.cells).toEqual(grid(7));

    // Reloaded, the page shows their grid, and an edit on top of it saves.
    await page.reload();
    await expect.poll(async () => Number(await cell(page.locator('main'), 1, 0).inputValue())).toBe(7);
    await cell(page.locator('main'), 2, 1).fill('9.5');
    await page.getByTestId('save-merit-grid').click();
    await expect.poll(async () => (await matrixNamed(name))!.cells[1][1]).toBe(9.5);
    expect((await matrixNamed(name))!.cells[0][0]).toBe(7);
    await page.context().close();
  });
});

describe('merit matrices as employee@demo.local', () => {
  it('offers no menu entry and no new matrix, and shows only what the API lets them see', async () => {
    const page = await signedIn('employee@demo.local', 'en-US');
    await page.goto('/incentives/me');
    expect(await navLabels(page)).not.toContain(TEXT['en-US'].nav);
    expect(await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: TEXT['en-US'].nav }).count()).toBe(0);

    const visible = await matricesAs('employee@demo.local');
    const everyone = await matricesAs('hr@demo.local');
    expect(visible.every((m) => m.status === 'approved' && m.budget === null)).toBe(true);
    expect(visible.length).toBeLessThan(everyone.length);
    await page.goto('/incentives/merit');
    await page.getByTestId('merit-table').waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('tr.ant-table-row[data-row-key]').length === n, visible.length);
    expect(await page.locator('tr.ant-table-row[data-row-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-row-key')))).toEqual(visible.map((m) => m.id));
    expect(await page.getByTestId('merit-budget').count()).toBe(0);
    expect(await page.getByTestId('new-merit').count()).toBe(0);

    // A matrix still awaiting approval: the API answers NOT_FOUND, and the page shows nothing of it.
    const demo = everyone.find((m) => m.name === '2026 merit round')!;
    await page.goto(`/incentives/merit/${demo.id}`);
    await page.locator('.ant-result-warning').waitFor();
    expect(await page.getByTestId('merit-title').count()).toBe(0);
    expect(await page.getByTestId('compute-merit').count()).toBe(0);
    expect(await rawKeys(page.locator('main').first())).toEqual([]);
    await page.context().close();
  });
});
