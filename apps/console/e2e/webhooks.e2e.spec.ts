// Outbound webhooks from Settings: the owner subscribes a local receiver to person-created in the
// UI and copies the secret shown once; a person created through the API arrives signed with that
// secret, the page's delivery log shows it succeeded, Replay sends it again (same delivery id), and
// switching the webhook off in the UI turns it off in the API. Then the page once in Chinese.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlAs } from './support/api';
import { launchBrowser, newContext, screenshot, signIn } from './support/browser';
import { clickOption } from './support/forms';
import { sharedServerURL } from './support/server';

interface Received { headers: IncomingHttpHeaders; body: string }

/** A receiver on a random local port that answers 200 and lets a test wait for a matching request. */
async function receiver() {
  const received: Received[] = [];
  const waiting: Array<{ match: (r: Received) => boolean; resolve: (r: Received) => void }> = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const got = { headers: req.headers, body };
      received.push(got);
      for (const w of waiting.filter((w) => w.match(got))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(got);
      }
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    /** The `nth` (1-based) request matching, now or when it arrives; the test timeout bounds the wait. */
    nth(match: (r: Received) => boolean, nth = 1): Promise<Received> {
      const seen = received.filter(match);
      if (seen.length >= nth) return Promise.resolve(seen[nth - 1]!);
      let skip = nth - 1 - seen.length;
      return new Promise((resolve) => waiting.push({ match: (r) => match(r) && skip-- <= 0, resolve }));
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Checks Cadre-Signature (t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>) as a receiver would. */
function signedWith(secret: string, got: Received): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(got.headers['cadre-signature']));
  return !!match && createHmac('sha256', secret).update(`${match[1]}.${got.body}`).digest('hex') === match[2];
}

const DELIVERIES = 'query($s: ID!) { webhookDeliveries(subscriptionId: $s, first: 10) { id status } }';

let browser: Browser;
let baseURL: string;
let hook: Awaited<ReturnType<typeof receiver>>;

beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
  hook = await receiver();
});
afterAll(async () => {
  await browser?.close();
  await hook?.close();
});

async function openWebhooks(page: Page): Promise<void> {
  await signIn(page, 'owner@demo.local');
  await page.goto('/settings');
  await page.getByTestId('settings-webhooks-link').click();
  await page.waitForURL(/\/settings\/webhooks$/);
}

describe('outbound webhooks in the console', () => {
  it('creates a webhook, delivers and replays a signed event, and turns it off', async () => {
    const page = await (await newContext(browser, baseURL, 'en-US')).newPage();
    await openWebhooks(page);

    await page.getByRole('button', { name: 'New webhook' }).click();
    await page.getByLabel('URL').fill(hook.url);
    const events = page.getByRole('combobox', { name: 'Events' });
    await events.click();
    await events.fill('people.person-created');
    await clickOption(page, /^people\.person-created$/);
    await page.keyboard.press('Escape');
    await page.getByLabel('Description').fill('console e2e receiver');
    await page.getByRole('button', { name: 'Create webhook' }).click();

    const shown = page.getByTestId('webhook-secret');
    await shown.waitFor();
    const secret = (await shown.innerText()).trim();
    expect(secret).toMatch(/^whsec_/);
    expect(await page.locator('.ant-modal').innerText()).toContain('Cadre-Signature');
    await screenshot(page, 'en-US', 'webhook-created');
    await page.getByRole('button', { name: /^Done$/ }).click();
    await shown.waitFor({ state: 'hidden' });

    const row = page.locator('tr.ant-table-row', { hasText: hook.url });
    await row.getByText('people.person-created').waitFor();
    const { webhookSubscriptions } = await gqlAs(baseURL, 'owner@demo.local', '{ webhookSubscriptions { id url active } }');
    const subscription = webhookSubscriptions.find((s: { url: string }) => s.url === hook.url);
    expect(subscription).toMatchObject({ active: true });

    const email = `webhook.${new URL(hook.url).port}@demo.local`;
    const { createPerson } = await gqlAs(baseURL, 'hr@demo.local', 'mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: { name: 'Webhook Person', email } });
    const forPerson = (r: Received) => JSON.parse(r.body).data?.personId === createPerson.id;
    const first = await hook.nth(forPerson);
    expect(signedWith(secret, first)).toBe(true);
    expect(first.headers['cadre-event']).toBe('people.person-created');

    // The receiver's answer is recorded just after it is sent; wait for the log to have it before opening it.
    const deliveryId = String(first.headers['cadre-delivery']);
    for (;;) {
      const { webhookDeliveries } = await gqlAs(baseURL, 'owner@demo.local', DELIVERIES, { s: subscription.id });
      if (webhookDeliveries.some((d: { id: string; status: string }) => d.id === deliveryId && d.status === 'succeeded')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await row.locator('.ant-table-row-expand-icon').click();
    const log = page.getByTestId('webhook-deliveries');
    const entry = log.locator('tr.ant-table-row', { hasText: 'people.person-created' });
    await entry.getByTestId('delivery-status').getByText('Succeeded').waitFor();
    expect(await entry.count()).toBe(1);
    expect(await entry.innerText()).toContain('200');
    await screenshot(page, 'en-US', 'webhook-deliveries');

    await entry.getByRole('button', { name: 'Replay' }).click();
    const again = await hook.nth(forPerson, 2);
    expect(again.headers['cadre-delivery']).toBe(deliveryId);
    expect(again.body).toBe(first.body);
    expect(signedWith(secret, again)).toBe(true);
    await log.getByRole('button', { name: 'Refresh' }).click();
    await entry.getByTestId('delivery-status').waitFor();

    const toggle = row.getByTestId('webhook-active');
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await page.waitForFunction((url) => {
      const tr = [...document.querySelectorAll('tr.ant-table-row')].find((r) => r.textContent?.includes(url));
      return tr?.querySelector('[data-testid="webhook-active"]')?.getAttribute('aria-checked') === 'false';
    }, hook.url);
    const after = await gqlAs(baseURL, 'owner@demo.local', '{ webhookSubscriptions { id active } }');
    expect(after.webhookSubscriptions.find((s: { id: string }) => s.id === subscription.id)).toMatchObject({ active: false });
    await page.context().close();
  });

  it('shows the page in Chinese', async () => {
    const page = await (await newContext(browser, baseURL, 'zh-CN')).newPage();
    await openWebhooks(page);
    await page.getByText('外发 Webhook').waitFor();
    await page.getByRole('columnheader', { name: '连续失败次数' }).waitFor();
    await page.getByRole('button', { name: '新建 Webhook' }).click();
    await page.getByLabel('地址').waitFor();
    await page.getByRole('combobox', { name: '事件' }).waitFor();
    expect(await page.locator('.ant-modal').innerText()).toContain('创建 Webhook');
    await screenshot(page, 'zh-CN', 'webhook-new');
    await page.context().close();
  });
});
