// API tokens from the account menu: an employee creates a personal token, sees it once, the token
// works as a Bearer against the API, and revoking it (after a confirmation) ends it at once. In
// both languages, each with its own token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, openAccountMenu, screenshot, signIn, type Language } from './support/browser';
import { clickOption } from './support/forms';
import { sharedServerURL } from './support/server';

let browser: Browser;
let baseURL: string;

const LABELS = {
  'en-US': { menu: 'API tokens', create: 'Create token', revoke: /^Revoke$/, done: /^Done$/, active: 'Active', revoked: 'Revoked', permissions: 'Permissions', name: 'Name' },
  // Ant Design spaces out two-character Chinese button labels ("吊 销").
  'zh-CN': { menu: 'API 令牌', create: '创建令牌', revoke: /^吊\s?销$/, done: /^完\s?成$/, active: '有效', revoked: '已吊销', permissions: '权限', name: '名称' },
} as const;

/** What the API says to a bearer token: the signed-in email, or the error code. */
async function whoIs(token: string): Promise<string> {
  const response = await fetch(`${baseURL}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ me { account { email } } }' }) });
  const body = (await response.json()) as { data?: { me: { account: { email: string } } }; errors?: Array<{ extensions?: { code?: string } }> };
  return body.data?.me.account.email ?? body.errors?.[0]?.extensions?.code ?? 'no answer';
}

beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['en-US', 'zh-CN'] as const)('API tokens in %s', (language: Language) => {
  it('creates a token shown once, which works until it is revoked', async () => {
    const l = LABELS[language];
    const page = await (await newContext(browser, baseURL, language)).newPage();
    await signIn(page, 'employee@demo.local');
    await openAccountMenu(page, page.getByRole('link', { name: l.menu }));
    await page.getByRole('link', { name: l.menu }).click();
    await page.waitForURL(/\/profile\/tokens$/);

    const name = `console ${language}`;
    await page.getByLabel(l.name).fill(name);
    await page.getByLabel(l.permissions).click();
    await page.getByLabel(l.permissions).fill('people.read');
    await clickOption(page, /^people\.read$/);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: l.create }).click();

    const shown = page.getByTestId('new-token');
    await shown.waitFor();
    const token = (await shown.innerText()).trim();
    expect(token).toMatch(/^cadre_pat_[A-Za-z0-9_-]{43}$/);
    await screenshot(page, language, 'api-token-created');
    await page.getByRole('button', { name: l.done }).click();
    await shown.waitFor({ state: 'hidden' });
    expect(await whoIs(token)).toBe('employee@demo.local');

    const row = page.locator('tr', { hasText: name });
    await row.getByTestId('token-status').getByText(l.active).waitFor();
    expect(await row.innerText()).toContain(token.slice(0, 14));
    await row.getByRole('button', { name: l.revoke }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: l.revoke }).click();
    await row.getByTestId('token-status').getByText(l.revoked).waitFor();
    expect(await whoIs(token)).toBe('UNAUTHENTICATED');
    await page.context().close();
  });
});
