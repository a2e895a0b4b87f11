import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlAs } from './support/api';
import { launchBrowser, newContext, screenshot, signIn } from './support/browser';
import { choose } from './support/forms';
import { sharedServerURL } from './support/server';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await newContext(browser, sharedServerURL())).newPage();
  await signIn(page, 'hr@demo.local');
});
afterAll(async () => {
  await browser?.close();
});

/** The antd form item that holds the input with this id, and its error text. */
const fieldError = (id: string) => page.locator('.ant-form-item', { has: page.locator(`#${id}`) }).locator('.ant-form-item-explain-error');

/** The directory's total, read from the table footer ("61 in total"). */
async function directoryTotal(): Promise<number> {
  await page.goto('/people');
  const total = page.getByText(/^\d+ in total$/);
  await total.waitFor();
  return Number((await total.innerText()).split(' ')[0]);
}

describe('people as HR', () => {
  it("creates a person: the API's message lands on the bad field, fixing it saves", async () => {
    const before = await directoryTotal();
    await page.getByRole('button', { name: 'New person' }).click();
    await page.locator('#name').fill('Ada Lovelace');
    await page.locator('#email').fill('ada.lovelace@demo.local');
    await page.locator('#level').fill('L 5');
    await page.locator('#title').fill('Research Scientist');
    await page.getByRole('button', { name: 'Create' }).click();
    await fieldError('level').waitFor();
    expect(await fieldError('level').innerText()).toBe('must be a short code such as L5');
    expect(await fieldError('email').count()).toBe(0);
    await screenshot(page, 'en-US', 'person-new-error');

    await page.locator('#level').fill('P6');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText('Ada Lovelace', { exact: true }).first().waitFor();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    expect(await page.locator('.ant-descriptions').innerText()).toContain('Research Scientist');
    expect(await directoryTotal()).toBe(before + 1);
  });

  it('refuses a duplicate email on the email field', async () => {
    await page.goto('/people/new');
    await page.locator('#name').fill('Second Chen Jing');
    await page.locator('#email').fill('hr@demo.local');
    await page.getByRole('button', { name: 'Create' }).click();
    await fieldError('email').waitFor();
    expect(await fieldError('email').innerText()).toMatch(/already exists/);
  });

  it('imports nothing from a CSV with a bad row, and names the row', async () => {
    const before = await directoryTotal();
    await page.goto('/people/import');
    const csv = ['name,email,title,level', 'Grace Hopper,grace@demo.local,Engineer,P6', 'Bad Row,not-an-email,Engineer,P5', 'Alan Turing,alan@demo.local,Researcher,P7', ''].join('\n');
    await page.locator('input[type=file]').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-file').waitFor();
    expect(await page.getByTestId('import-file').innerText()).toContain('people.csv: 3 data rows');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    expect(await report.innerText()).toContain('Nothing was imported. Problems found: 1 (in 3 rows)');
    const rows = await report.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^3\s+email\s+must be an email address/);
    await screenshot(page, 'en-US', 'people-import-report');
    expect(await directoryTotal()).toBe(before);
  });

  it('imports a good CSV completely', async () => {
    const before = await directoryTotal();
    await page.goto('/people/import');
    const csv = 'name,email,level\nGrace Hopper,grace@demo.local,P6\nAlan Turing,alan@demo.local,P7\n';
    await page.locator('input[type=file]').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported 2 of 2 rows').waitFor();
    expect(await directoryTotal()).toBe(before + 2);
  });

  it('exports exactly what the filtered list shows as CSV', async () => {
    await page.goto('/people?search=engineer');
    const total = page.getByText(/^\d+ in total$/);
    await total.waitFor();
    const shown = Number((await total.innerText()).split(' ')[0]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-people.people').click()]);
    expect(download.suggestedFilename()).toMatch(/^people-people-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim();
    const [header, ...rows] = text.split('\n');
    expect(header).toBe('name,email,title,level,track,manager_email,org_unit_id,location,hire_date,status,leave_date,leave_type,leave_regretted,leave_reason,comp_base,comp_currency');
    expect(rows).toHaveLength(shown);
    expect(rows.every((r) => /engineer/i.test(r))).toBe(true);
  });

  it('records that someone left and why; an empty leave date means today', async () => {
    const baseURL = sharedServerURL();
    const find = '{ people(filter: { search: "alan@demo.local" }) { nodes { id leaveDate departure { type regretted reason } } } }';
    const { id } = (await gqlAs(baseURL, 'hr@demo.local', find)).people.nodes[0];
    await page.goto(`/people/${id}/edit`);
    const form = page.locator('form');
    await choose(page, form, 'status', 'Left');
    await choose(page, form, 'departure_type', 'Voluntary');
    await page.locator('#departure_regretted').click();
    await page.locator('#departure_reason').fill('Joined a research lab');
    await screenshot(page, 'en-US', 'person-leaving');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(`**/people/${id}`);
    const today = new Date().toISOString().slice(0, 10);
    await page.getByText('Voluntary · Regretted · Joined a research lab').waitFor();
    expect(await page.locator('.ant-descriptions').innerText()).toContain(today);
    const stored = (await gqlAs(baseURL, 'hr@demo.local', find)).people.nodes[0];
    expect(stored).toMatchObject({ leaveDate: today, departure: { type: 'voluntary', regretted: true, reason: 'Joined a research lab' } });
  });
});
