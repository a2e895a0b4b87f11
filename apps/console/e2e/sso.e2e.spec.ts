// OIDC single sign-on through the browser: the owner configures a real provider (oidc-provider on
// a local port) on the SSO settings page and tests the connection; then a person who has no
// account yet opens the login page, clicks "Sign in with Acme ID", passes the provider and lands
// in the console signed in (account made just in time, role from a group). A refused sign-in
// comes back with its reason; both languages. SSO is switched off again at the end because the
// server is shared with the other suites.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestIdp, type TestIdp } from '../../../packages/core/e2e/support/test-idp';
import { gqlAs } from './support/api';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { buttonName, pick } from './support/forms';
import { sharedServerURL } from './support/server';

let browser: Browser;
let baseURL: string;
let idp: TestIdp;

beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
  idp = await startTestIdp([`${baseURL}/auth/sso/callback`]);
});
afterAll(async () => {
  await gqlAs(baseURL, 'owner@demo.local', 'mutation { setSsoConfig(input: { enabled: false }) { enabled } }').catch(() => undefined);
  await browser?.close();
  await idp?.close();
});

/** The session the console keeps after signing in: whose it is, asked of the API with its token. */
async function signedInAs(page: Page): Promise<{ email: string; roles: string[] }> {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('cadre.session') ?? '{}').accessToken as string);
  const response = await fetch(`${baseURL}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ me { account { email roles } } }' }) });
  return ((await response.json()) as { data: { me: { account: { email: string; roles: string[] } } } }).data.me.account;
}

describe('single sign-on in the console', () => {
  it('configures the provider on the SSO settings page and tests the connection', async () => {
    const page = await (await newContext(browser, baseURL, 'en-US')).newPage();
    await signIn(page, 'owner@demo.local');
    await page.goto('/settings');
    await page.getByTestId('settings-sso-link').click();
    await page.waitForURL(/\/settings\/sso$/);
    expect(await page.getByTestId('sso-redirect-uri').innerText()).toContain(`${baseURL}/auth/sso/callback`);

    await page.locator('#sso-issuer').fill(`${baseURL}/no-provider-here`);
    await page.getByTestId('sso-test').click();
    const result = page.getByTestId('sso-test-result');
    await result.getByText('The connection test failed').waitFor();
    expect(await result.innerText()).toContain('Discovery');

    await page.locator('#sso-issuer').fill(idp.issuer);
    await page.getByTestId('sso-test').click();
    await result.getByText('The provider answers').waitFor();
    expect(await result.innerText()).toContain('Signing keys');

    await page.locator('#sso-enabled').click();
    await page.locator('#sso-displayName').fill('Acme ID');
    await page.locator('#sso-clientId').fill(idp.clientId);
    await page.locator('#sso-clientSecret').fill(idp.clientSecret);
    await page.locator('#sso-allowedDomains').fill('demo.local');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Add a mapping' }).click();
    await page.getByLabel('Group').fill('people-team');
    await pick(page, page.locator('.ant-select', { has: page.getByLabel('Role') }), 'HR');
    await page.locator('#sso-jit').click();
    await page.getByTestId('sso-save').click();
    await page.getByText('Saved').waitFor();
    await screenshot(page, 'en-US', 'sso-settings');

    const { ssoConfig } = await gqlAs(baseURL, 'owner@demo.local', '{ ssoConfig { enabled displayName issuer clientId clientSecretSet allowedDomains roleMappings { group role } jit ssoOnly } }');
    expect(ssoConfig).toEqual({
      enabled: true, displayName: 'Acme ID', issuer: idp.issuer, clientId: idp.clientId, clientSecretSet: true, allowedDomains: ['demo.local'],
      roleMappings: [{ group: 'people-team', role: 'hr' }], jit: true, ssoOnly: false,
    });
    // The secret is write-only: the page shows that one is stored, never its value.
    await page.reload();
    await page.getByText('A secret is stored and never shown').waitFor();
    expect(await page.locator('#sso-clientSecret').inputValue()).toBe('');
    expect(await page.content()).not.toContain(idp.clientSecret);
  });

  it('shows the SSO settings page and its connection test in Chinese', async () => {
    const page = await (await newContext(browser, baseURL, 'zh-CN')).newPage();
    await signIn(page, 'owner@demo.local');
    await page.goto('/settings/sso');
    await page.getByText('已保存密钥且不再显示').waitFor();
    expect(await page.locator('#sso-issuer').inputValue()).toBe(idp.issuer);
    await page.getByTestId('sso-test').click();
    const result = page.getByTestId('sso-test-result');
    await result.getByText('身份提供方应答正常').waitFor();
    expect(await result.innerText()).toContain('签名密钥');
    expect((await page.locator('main, .ant-layout-content').first().innerText()).match(/\bsso\.[a-zA-Z.]+/g)).toBeNull();
    await screenshot(page, 'zh-CN', 'sso-settings');
  });

  const cases: Array<{ language: Language; email: string; button: string; ask: string; refusal: string }> = [
    { language: 'en-US', email: 'sarah.chen@demo.local', button: 'Sign in with Acme ID', ask: 'Use single sign-on', refusal: 'Your email address is not in a domain this organisation allows.' },
    { language: 'zh-CN', email: 'anna.kowalski@demo.local', button: '使用 Acme ID 登录', ask: '使用单点登录', refusal: '您的邮箱不在本组织允许的域名内。' },
  ];
  for (const c of cases) {
    it(`signs a new person in through the provider (${c.language})`, async () => {
      const page = await (await newContext(browser, baseURL, c.language)).newPage();
      // Without ?tenant= the person names the organisation once; the browser remembers it.
      await page.goto('/login');
      await page.getByTestId('sso-ask').getByText(c.ask).waitFor();
      await page.getByTestId('sso-ask').click();
      await page.locator('#sso-tenant').fill('demo');
      await page.keyboard.press('Enter');
      const start = page.getByTestId('sso-start');
      await start.getByText(c.button).waitFor();
      await screenshot(page, c.language, 'sso-login');

      idp.as({ sub: `browser-${c.language}`, email: c.email, groups: ['people-team'] });
      await start.click();
      await page.getByRole('navigation', { name: 'main' }).waitFor();
      expect(new URL(page.url()).hash).toBe('');
      expect(await signedInAs(page)).toEqual({ email: c.email, roles: ['hr'] });

      // Signed out (and out of the provider: its session cookie is gone), the remembered
      // organisation offers SSO at once; a refused sign-in says why.
      await page.evaluate(() => localStorage.removeItem('cadre.session'));
      await page.context().clearCookies();
      await page.goto('/login');
      idp.as({ sub: `outsider-${c.language}`, email: 'someone@elsewhere.test' });
      await page.getByTestId('sso-start').click();
      await page.getByRole('alert').getByText(c.refusal).waitFor();
      expect(await page.getByRole('button', { name: buttonName(c.language === 'en-US' ? 'Sign in' : '登录') }).count()).toBe(1);
    });
  }
});
