import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, navLabels, newContext, openAccountMenu, signIn } from './support/browser';
import { sharedServerURL } from './support/server';

const CORE_ADMIN = ['Roles & permissions', 'Accounts', 'Audit log', 'Background jobs', 'Plugins', 'Settings'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function as(email: string): Promise<Page> {
  const context = await newContext(browser, sharedServerURL());
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** The compensation cell of a person's row in the directory, found by searching for them. */
async function payCell(page: Page, name: string) {
  await page.goto(`/people?search=${encodeURIComponent(name)}`);
  const row = page.locator('tr', { has: page.getByRole('link', { name, exact: true }) });
  await row.waitFor();
  return row.locator('td').last();
}

describe('what each demo role sees', () => {
  it('owner: every core page', async () => {
    const page = await as('owner@demo.local');
    const plugins = ['Team structure', 'Knowledge sharing', 'Hiring', 'Incentives', 'Talent development', 'Insights'];
    expect(await navLabels(page)).toEqual(['Dashboard', 'People', ...plugins, ...CORE_ADMIN, 'My profile']);
    await page.context().close();
  });

  it('hr: roles, accounts, background jobs, plugins and settings, but not the audit log', async () => {
    const page = await as('hr@demo.local');
    const labels = await navLabels(page);
    expect(labels).toEqual(expect.arrayContaining(['People', 'Roles & permissions', 'Accounts', 'Background jobs', 'Plugins', 'Settings']));
    expect(labels).not.toContain('Audit log');
    await page.context().close();
  });

  for (const [role, email] of [['manager', 'manager@demo.local'], ['recruiter', 'kevin.wu@demo.local'], ['employee', 'employee@demo.local']]) {
    it(`${role}: the directory and their profile, no admin pages`, async () => {
      const page = await as(email);
      const labels = await navLabels(page);
      expect(labels).toEqual(expect.arrayContaining(['Dashboard', 'People', 'My profile']));
      for (const admin of CORE_ADMIN) expect(labels).not.toContain(admin);
      await page.context().close();
    });
  }

  it('employee: an admin page typed into the address bar is refused', async () => {
    const page = await as('employee@demo.local');
    for (const path of ['/roles', '/audit', '/jobs', '/plugins', '/settings']) {
      await page.goto(path);
      await page.getByText('You do not have access to this page').waitFor();
    }
    await page.context().close();
  });

  it("employee: others' pay is hidden, their own is shown", async () => {
    const page = await as('employee@demo.local');
    const other = await payCell(page, 'Alex Novak');
    expect(await other.getByTestId('hidden-value').innerText()).toContain('Hidden');
    const own = await payCell(page, '朱晨 Zhu Chen');
    expect(await own.getByTestId('money').innerText()).toBe('CN¥620,000.00');
    await page.goto('/profile');
    expect(await page.getByTestId('money').innerText()).toBe('CN¥620,000.00');
    await page.context().close();
  });

  it("manager: their reports' pay is shown, others' hidden", async () => {
    const page = await as('manager@demo.local');
    const report = await payCell(page, '朱晨 Zhu Chen');
    expect(await report.getByTestId('money').innerText()).toBe('CN¥620,000.00');
    const outsider = await payCell(page, 'Anna Kowalski');
    await outsider.getByTestId('hidden-value').waitFor();
    await page.context().close();
  });
});

describe('language and session', () => {
  it('switches to Chinese and keeps it after a reload', async () => {
    const page = await as('hr@demo.local');
    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('navigation', { name: 'main' }).getByText('人员').waitFor();
    expect(await navLabels(page)).toContain('角色与权限');
    await page.reload();
    await page.getByRole('navigation', { name: 'main' }).getByText('人员').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('cadre.locale'))).toBe('zh-CN');
    await page.context().close();
  });

  it('refreshes an expired access token without leaving the page', async () => {
    const page = await as('employee@demo.local');
    await page.goto('/people?search=Alex');
    await page.getByRole('link', { name: 'Alex Novak' }).waitFor();
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem('cadre.session')!);
      localStorage.setItem('cadre.session', JSON.stringify({ ...s, accessToken: 'not-a-valid-token' }));
    });
    await page.reload();
    await page.getByRole('link', { name: 'Alex Novak' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/people');
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('cadre.session')!).accessToken as string);
    expect(token).not.toBe('not-a-valid-token');
    await page.context().close();
  });

  it('says when the session has expired and returns to the page after signing in', async () => {
    const page = await as('employee@demo.local');
    await page.goto('/profile');
    await page.getByText('Change password').waitFor();
    await page.evaluate(() => localStorage.setItem('cadre.session', JSON.stringify({ accessToken: 'expired', refreshToken: 'revoked.secret' })));
    await page.reload();
    await page.getByTestId('session-expired').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.locator('#email').fill('employee@demo.local');
    await page.locator('#password').fill('demo1234');
    await page.locator('button[type=submit]').click();
    await page.getByText('Change password').waitFor();
    expect(new URL(page.url()).pathname).toBe('/profile');
    await page.context().close();
  });

  it('signs out: back to the login page, and the old refresh token no longer works', async () => {
    const page = await as('employee@demo.local');
    const refreshToken = await page.evaluate(() => JSON.parse(localStorage.getItem('cadre.session')!).refreshToken as string);
    await openAccountMenu(page, page.getByText('Sign out'));
    await page.getByText('Sign out').click();
    await page.getByText('You have signed out.').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('cadre.session'))).toBeNull();
    const answer = await page.evaluate(async (token) => {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }', variables: { t: token } }) });
      return (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    }, refreshToken);
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await page.context().close();
  });
});
