// The header's bell: the employee was told when the demo's bonus pool was published (the seed
// publishes it through the same event). The notice reads in the console's language, opens the
// person's own bonus page, and "mark all read" clears the count — checked against the API too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { sharedServerURL } from './support/server';

let browser: Browser;
let baseURL: string;

const LABELS = {
  'en-US': { notice: 'Your bonus from H1 2026 Bonus is published', markAll: 'Mark all read' },
  'zh-CN': { notice: '你在「H1 2026 Bonus」中的奖金已发布', markAll: '全部标为已读' },
} as const;

/** Someone's notices by the API (the seed's events are delivered in the background after start). */
async function noticesOf(email: string): Promise<() => Promise<{ unreadNotificationCount: number; myNotifications: Array<{ kind: string }> }>> {
  const post = (query: string, token?: string) => fetch(`${baseURL}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query }) }).then((r) => r.json());
  const login = await post(`mutation { login(email: "${email}", password: "demo1234") { accessToken } }`);
  return async () => {
    const answer = await post('{ unreadNotificationCount myNotifications(first: 100) { kind } }', login.data.login.accessToken);
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  };
}

beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['en-US', 'zh-CN'] as const)('notifications in %s', (language: Language) => {
  it('shows the bonus notice in the header, opens the bonus page, and marks all read', async () => {
    const l = LABELS[language];
    const notices = await noticesOf('employee@demo.local');
    for (let i = 0; i < 100 && !(await notices()).myNotifications.some((n) => n.kind === 'incentives.allocation-published'); i++) await new Promise((r) => setTimeout(r, 200));
    const page = await (await newContext(browser, baseURL, language)).newPage();
    await signIn(page, 'employee@demo.local');
    await page.getByTestId('notification-bell').click();
    const notice = page.getByTestId('notification').filter({ hasText: l.notice });
    await notice.first().waitFor();
    await screenshot(page, language, 'notifications');
    await notice.first().click();
    await page.waitForURL(/\/incentives\/me$/);

    await page.getByTestId('notification-bell').click();
    const markAll = page.getByRole('button', { name: l.markAll });
    await markAll.waitFor();
    if (await markAll.isEnabled()) await markAll.click(); // disabled when opening the notice read the last one
    await page.locator('[data-testid="notification-bell"] .ant-scroll-number').waitFor({ state: 'detached' });
    expect((await notices()).unreadNotificationCount).toBe(0);
  });
});
