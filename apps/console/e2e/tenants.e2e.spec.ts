// Settings → Tenants, for the installation owner (the demo tenant is the oldest, so its owner):
// the list, the New tenant form showing the server's field error on a bad slug, then a tenant
// created in the UI and found through the API, whose owner signs in to it. Once in English, once
// in Chinese; hr gets no link and the page refuses them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlAs } from './support/api';
import { launchBrowser, newContext, signIn, type Language } from './support/browser';
import { modal } from './support/forms';
import { sharedServerURL } from './support/server';

let browser: Browser;
let baseURL: string;

beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const TEXT = {
  'en-US': { title: 'Tenants', new: 'New tenant' },
  'zh-CN': { title: '租户', new: '新建租户' },
} as const;

async function login(email: string, password: string, tenant: string) {
  const res = await fetch(`${baseURL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!, $t: String) { login(email: $e, password: $p, tenant: $t) { accessToken } }', variables: { e: email, p: password, t: tenant } }),
  });
  return (await res.json()) as { data?: { login: { accessToken: string } }; errors?: unknown };
}

async function createThroughUi(page: Page, language: Language, slug: string): Promise<void> {
  await signIn(page, 'owner@demo.local');
  await page.goto('/settings');
  await page.getByTestId('settings-tenants-link').click();
  await page.waitForURL(/\/settings\/tenants$/);
  await page.getByTestId('tenants-table').getByText('demo', { exact: true }).waitFor();
  expect(await page.getByTestId('tenant-new').textContent()).toContain(TEXT[language].new);
  expect(await page.locator('.ant-card-head-title').first().textContent()).toBe(TEXT[language].title);

  await page.getByTestId('tenant-new').click();
  const dialog = modal(page);
  await dialog.locator('#tenant-slug').waitFor();
  await dialog.locator('#tenant-slug').fill('Not A Slug');
  await dialog.locator('#tenant-name').fill(`Console ${language}`);
  await dialog.locator('#tenant-ownerEmail').fill(`boss@${slug}.test`);
  await dialog.locator('#tenant-ownerPassword').fill('a-long-password-1');
  await page.locator('#tenant-create').click();
  // The server's message, under the slug field.
  const slugError = dialog.locator('.ant-form-item').filter({ has: page.locator('#tenant-slug') }).locator('.ant-form-item-explain-error');
  // The server's refusal, in the console's language (the API answers in it).
  await expect.poll(() => slugError.textContent()).toMatch(language === 'zh-CN' ? /小写字母/ : /lower-case/);

  await dialog.locator('#tenant-slug').fill(slug);
  await page.locator('#tenant-create').click();
  await page.getByTestId('tenants-table').getByText(slug, { exact: true }).waitFor();
}

describe('tenants in the console', () => {
  for (const language of ['en-US', 'zh-CN'] as const) {
    it(`lets the installation owner create a tenant (${language})`, async () => {
      const slug = `console-${language.toLowerCase()}`;
      const page = await (await newContext(browser, baseURL, language)).newPage();
      await createThroughUi(page, language, slug);
      const { tenants } = await gqlAs(baseURL, 'owner@demo.local', '{ tenants { slug name activeAccounts } }');
      expect(tenants).toContainEqual({ slug, name: `Console ${language}`, activeAccounts: 1 });
      expect(tenants.map((t: { slug: string }) => t.slug)).not.toContain('not a slug');
      const signedIn = await login(`boss@${slug}.test`, 'a-long-password-1', slug);
      expect(signedIn.data?.login.accessToken).toBeTruthy();
      await page.context().close();
    });
  }

  it('shows hr neither the link nor the page', async () => {
    const page = await (await newContext(browser, baseURL, 'en-US')).newPage();
    await signIn(page, 'hr@demo.local');
    await page.goto('/settings');
    await page.getByTestId('settings-sso-link').waitFor();
    expect(await page.getByTestId('settings-tenants-link').count()).toBe(0);
    await page.goto('/settings/tenants');
    await page.getByTestId('tenants-forbidden').waitFor();
    await expect.poll(() => page.getByTestId('tenants-forbidden').textContent()).toContain('You do not have access to this page');
    expect(await page.getByTestId('tenant-new').count()).toBe(0);
    await page.context().close();
  });
});
