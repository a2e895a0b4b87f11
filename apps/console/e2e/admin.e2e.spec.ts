import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, signIn } from './support/browser';
import { gqlAs } from './support/api';
import { sharedServerURL } from './support/server';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await newContext(browser, sharedServerURL())).newPage();
  await signIn(page, 'owner@demo.local');
});
afterAll(async () => {
  await browser?.close();
});

describe('administration as the owner', () => {
  it('creates a custom role and grants it a permission from the matrix', async () => {
    await page.goto('/roles');
    await page.getByRole('button', { name: 'New role' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#key').fill('team-lead');
    await dialog.locator('#name').fill('Team lead');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Role Team lead saved').waitFor();

    const cell = page.getByRole('checkbox', { name: 'team-lead audit.read' });
    expect(await cell.isChecked()).toBe(false);
    // The box follows the server: it turns on once updateRole has answered and the matrix reloaded.
    await cell.click();
    await page.waitForFunction(() => (document.querySelector('[aria-label="team-lead audit.read"]') as HTMLInputElement | null)?.checked === true);
    await page.reload();
    expect(await page.getByRole('checkbox', { name: 'team-lead audit.read' }).isChecked()).toBe(true);
    // Built-in roles follow the defaults: their boxes cannot be changed.
    expect(await page.getByRole('checkbox', { name: 'hr audit.read' }).isDisabled()).toBe(true);
  });

  it('keeps both ticks when two admins grant different permissions of one role from matrices loaded together', async () => {
    const other = await (await newContext(browser, sharedServerURL())).newPage();
    await signIn(other, 'owner@demo.local');
    await Promise.all([page.goto('/roles'), other.goto('/roles')]);
    const box = (p: Page, permission: string) => p.getByRole('checkbox', { name: `team-lead ${permission}` });
    await box(other, 'jobs.read').waitFor();
    expect(await box(page, 'settings.read').isChecked()).toBe(false);
    expect(await box(other, 'jobs.read').isChecked()).toBe(false);

    // The second matrix still shows settings.read unticked when jobs.read is ticked there.
    await box(page, 'settings.read').click();
    await expect.poll(() => box(page, 'settings.read').isChecked()).toBe(true);
    await box(other, 'jobs.read').click();
    await expect.poll(() => box(other, 'jobs.read').isChecked()).toBe(true);
    const { roles } = await gqlAs(sharedServerURL(), 'owner@demo.local', '{ roles { key permissions } }');
    expect(roles.find((r: { key: string }) => r.key === 'team-lead').permissions).toEqual(expect.arrayContaining(['audit.read', 'jobs.read', 'settings.read']));
    await other.context().close();
  });

  it("stores a setting, and shows the API's message for a bad one on its field", async () => {
    await page.goto('/settings');
    await page.getByRole('button', { name: 'New setting' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#key').fill('console.welcome-note');
    await dialog.locator('#value').fill('not json');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const error = dialog.locator('.ant-form-item', { has: page.locator('#value') }).locator('.ant-form-item-explain-error');
    await error.waitFor();
    expect(await error.innerText()).toBe('is not valid JSON');
    await dialog.locator('#value').fill('"Welcome to the lab"');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: 'console.welcome-note' }).waitFor();
    expect(await page.getByRole('cell', { name: '"Welcome to the lab"' }).count()).toBe(1);
  });

  it('filters the audit log by operation and actor', async () => {
    await page.goto('/audit');
    // The owner's own: suites sharing this server create roles as other admins (jobs.e2e).
    await page.locator('#operation').fill('createRole');
    await page.locator('#actorEmail').fill('owner@demo.local');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByText('1 in total', { exact: true }).waitFor();
    const rows = await page.locator('tbody tr.ant-table-row').allInnerTexts();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('owner@demo.local');
    expect(rows[0]).toContain('createRole');

    await page.locator('#operation').fill('');
    await page.locator('#actorEmail').fill('nobody@demo.local');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.locator('[data-testid=audit-table] .ant-table-placeholder').waitFor();
    expect(await page.locator('tbody tr.ant-table-row').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('actorEmail')).toBe('nobody@demo.local');
  });

  it('pages the audit log on the server, its filters and page in the URL', async () => {
    const baseURL = sharedServerURL();
    for (let i = 0; i < 23; i++) await gqlAs(baseURL, 'owner@demo.local', 'mutation($v: String!) { setSetting(key: "console.welcome-note", value: $v) { key } }', { v: JSON.stringify(`Note ${i}`) });
    const { auditLog } = await gqlAs(baseURL, 'owner@demo.local', '{ auditLog(filter: { operation: "setSetting", actorEmail: "owner@demo.local" }, first: 200) { totalCount nodes { id } } }');
    expect(auditLog.totalCount).toBeGreaterThan(20); // more than the first page holds
    const ids = auditLog.nodes.map((n: { id: string }) => n.id);
    const rowsAre = async (want: string[]) => {
      await page.waitForFunction((w) => JSON.stringify([...document.querySelectorAll('[data-testid=audit-table] tr.ant-table-row[data-row-key]')].map((r) => r.getAttribute('data-row-key'))) === JSON.stringify(w), want);
    };

    await page.goto('/audit?operation=setSetting&actorEmail=owner%40demo.local');
    expect(await page.locator('#operation').inputValue()).toBe('setSetting');
    await rowsAre(ids.slice(0, 20));
    await page.getByText(`${auditLog.totalCount} in total`, { exact: true }).waitFor();
    await page.locator('.ant-pagination-item-2').click();
    await rowsAre(ids.slice(20, 40));
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    await page.reload();
    await rowsAre(ids.slice(20, 40));
    expect(await page.locator('#actorEmail').inputValue()).toBe('owner@demo.local');
  });

  it('changes a password and stays signed in (the console signs in again with the new one)', async () => {
    const own = await (await newContext(browser, sharedServerURL())).newPage();
    await signIn(own, 'kevin.wu@demo.local');
    const change = async (from: string, to: string) => {
      await own.goto('/profile');
      await own.locator('#currentPassword').fill(from);
      await own.locator('#newPassword').fill(to);
      await own.locator('#confirm').fill(to);
      await own.getByRole('button', { name: 'Save' }).click();
    };
    await change('wrong-password', 'kevin-new-pass');
    const error = own.locator('.ant-form-item', { has: own.locator('#currentPassword') }).locator('.ant-form-item-explain-error');
    await error.waitFor();
    expect(await error.innerText()).toBe('is wrong');

    await change('demo1234', 'kevin-new-pass');
    await own.getByText('Password changed').waitFor();
    await own.reload();
    await own.getByText('Change password').waitFor();
    expect(new URL(own.url()).pathname).toBe('/profile');
    // Put it back for the other suites that sign in as the recruiter.
    await change('kevin-new-pass', 'demo1234');
    await own.getByText('Password changed').waitFor();
    await own.context().close();
  });
});
