// People imports run as background jobs: HR imports a CSV and follows the job to its report (the
// link keeps it across a reload), then finds it on the jobs page. A job that really fails: an
// account that may import people but not set pay sends a CSV with pay columns; the file passes
// the page's preview, the job refuses it (a refusal is not retried), and the owner retries it from /jobs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { gqlAs as api } from './support/api';
import { rawKeys } from './support/forms';
import { sharedServerURL } from './support/server';

let browser: Browser;
let baseURL: string;

const gqlAs = (email: string, query: string, variables: Record<string, unknown> = {}) => api(baseURL, email, query, variables);

async function as(email: string): Promise<Page> {
  const page = await (await newContext(browser, baseURL)).newPage();
  await signIn(page, email);
  return page;
}

async function upload(page: Page, name: string, csv: string) {
  await page.goto('/people/import');
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('import-file').waitFor();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
}

/** The job id the import page put into the address (?job=). */
async function jobIdOf(page: Page): Promise<string> {
  await page.waitForURL(/[?&]job=[0-9a-f-]{36}/);
  return new URL(page.url()).searchParams.get('job')!;
}

beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('people imports as background jobs', () => {
  it('HR imports a CSV, follows the job to its report, finds the people and the job', async () => {
    const page = await as('hr@demo.local');
    await upload(page, 'new-hires.csv', 'name,email,level\nAda Job,ada.job@demo.local,P6\nLin Job,lin.job@demo.local,P5\nMo Job,mo.job@demo.local,P4\n');
    const id = await jobIdOf(page);
    await page.getByText('Imported 3 of 3 rows').waitFor();
    // A reload (or the link sent to someone) shows the same job's report.
    await page.reload();
    await page.getByText('Imported 3 of 3 rows').waitFor();
    expect(new URL(page.url()).searchParams.get('job')).toBe(id);
    await screenshot(page, 'en-US', 'people-import-job');

    await page.goto('/people?search=Job');
    await page.getByText('3 in total', { exact: true }).waitFor();
    for (const name of ['Ada Job', 'Lin Job', 'Mo Job']) expect(await page.getByRole('link', { name, exact: true }).count()).toBe(1);

    await page.goto('/jobs');
    const row = page.locator(`tr[data-row-key="${id}"]`);
    await row.waitFor();
    expect(await row.getByTestId('job-state').innerText()).toBe('Completed');
    expect(await row.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    // HR reads jobs but may not retry them (jobs.manage is the admins').
    expect(await page.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    await row.getByRole('link', { name: 'People import' }).click();
    await page.getByText('Imported 3 of 3 rows').waitFor();
    await page.context().close();
  });

  it('a job that fails shows its error to the importer and on /jobs, where the owner retries it', async () => {
    // The role comes from an admin of this suite's own: the audit suite counts the owner's createRole entries.
    const createAccount = 'mutation($a: CreateAccountInput!) { createAccount(input: $a) { id } }';
    await gqlAs('owner@demo.local', createAccount, { a: { email: 'jobs-admin@demo.local', password: DEMO_PASSWORD, roles: ['admin'] } });
    await gqlAs('jobs-admin@demo.local', 'mutation($r: RoleInput!) { createRole(input: $r) { key } }', { r: { key: 'importer', name: 'Importer', permissions: ['people.read', 'people.import'] } });
    await gqlAs('jobs-admin@demo.local', createAccount, { a: { email: 'importer@demo.local', password: DEMO_PASSWORD, roles: ['importer'] } });

    const importer = await as('importer@demo.local');
    // Pay columns pass the page's preview; the job finds the account may not set pay.
    await upload(importer, 'with-pay.csv', 'name,email,comp_base,comp_currency\nPay Job,pay.job@demo.local,50000000,CNY\n');
    const id = await jobIdOf(importer);
    // A refusal fails the same way every time: the queue does not try it again.
    await importer.getByText('The import failed (attempts: 1); nothing was imported').waitFor({ timeout: 60_000 });
    expect(await importer.getByTestId('import-job-error').innerText()).toBe('Importing compensation needs the permission people.compensation.write');
    await screenshot(importer, 'en-US', 'people-import-job-failed');
    await importer.context().close();

    const owner = await as('owner@demo.local');
    await owner.goto('/jobs?state=failed');
    const row = owner.locator(`tr[data-row-key="${id}"]`);
    await row.waitFor();
    expect(await row.getByTestId('job-error').innerText()).toBe('Importing compensation needs the permission people.compensation.write');
    expect(await row.getByTestId('job-state').innerText()).toBe('Failed');
    await screenshot(owner, 'en-US', 'jobs-failed');

    // Retry runs it once more, as the importer: it fails the same way, on its second attempt.
    await owner.getByText('All', { exact: true }).click();
    await owner.waitForURL((url) => !url.searchParams.has('state'));
    await row.getByRole('button', { name: 'Retry' }).click();
    await owner.getByText('People import queued again').waitFor();
    await owner.waitForFunction((key) => {
      const tr = document.querySelector(`tr[data-row-key="${key}"]`);
      return tr?.querySelector('[data-testid=job-state]')?.textContent === 'Failed' && [...tr.querySelectorAll('td')].some((td) => td.textContent === '2');
    }, id, { timeout: 30_000 });
    expect(await row.getByTestId('job-error').innerText()).toContain('people.compensation.write');
    await owner.context().close();
    const { people } = await gqlAs('owner@demo.local', '{ people(filter: { search: "pay.job" }, first: 1) { totalCount } }');
    expect(people.totalCount).toBe(0);
  });

  // The plugins' job names are shell messages: the jobs page is the core's and loads no plugin page texts.
  it("names the plugins' jobs in the console's language, never by their type", async () => {
    const proposal = (await gqlAs('hr@demo.local', 'mutation { startStaffingPlan(input: {}) { id } }')).startStaffingPlan.id;
    const { reviewCycles } = await gqlAs('hr@demo.local', '{ reviewCycles(status: "finalised") { id } }');
    const pool = (await gqlAs('hr@demo.local', 'mutation($c: ID!) { createBonusPool(input: { cycleId: $c, name: "Jobs page names", amount: 1000000, currency: "CNY", weightRule: "equal" }) { id } }', { c: reviewCycles[0].id })).createBonusPool.id;
    const allocation = (await gqlAs('hr@demo.local', 'mutation($id: ID!) { startBonusPoolAllocation(id: $id) { id } }', { id: pool })).startBonusPoolAllocation.id;
    const names: Record<Language, [string, string]> = { 'en-US': ['Staffing plan proposal', 'Bonus pool allocation'], 'zh-CN': ['人员配置方案生成', '奖金池分配'] };
    for (const language of ['en-US', 'zh-CN'] as Language[]) {
      const page = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(page, 'hr@demo.local');
      await page.goto('/jobs');
      for (const [id, name] of [[proposal, names[language][0]], [allocation, names[language][1]]]) {
        const row = page.locator(`tr[data-row-key="${id}"]`);
        await row.waitFor();
        expect(await row.innerText(), language).toContain(name);
      }
      expect(await rawKeys(page.locator('main').first())).toEqual([]);
      await page.context().close();
    }
  });
});
