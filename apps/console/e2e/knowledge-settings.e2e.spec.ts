// The knowledge plugin's code-review settings as the owner (holding knowledge.reviews.admin): a
// repository's skills set with the skill select and found through the API, and the forge webhook
// secret rotated with its confirmation — the secret shown once signs a delivery the server
// accepts, and after a second rotation (in Chinese) the first one is refused.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlAs } from './support/api';
import { launchBrowser, newContext, signIn, type Language } from './support/browser';
import { choose, modal, rawKeys } from './support/forms';
import { sharedServerURL } from './support/server';

let browser: Browser;
let baseURL: string;
const OWNER = 'owner@demo.local';
const api = (query: string, variables: Record<string, unknown> = {}) => gqlAs(baseURL, OWNER, query, variables);

beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openPage(language: Language): Promise<Page> {
  const page = await (await newContext(browser, baseURL, language)).newPage();
  await signIn(page, OWNER);
  await page.goto('/knowledge/code-reviews');
  await page.getByTestId('review-repositories').locator('tbody tr').first().waitFor();
  await page.getByTestId('review-webhook-url').waitFor();
  return page;
}

async function rotate(page: Page): Promise<string> {
  await page.getByTestId('review-rotate').click();
  await page.locator('#review-rotate-confirm').click();
  const shown = page.getByTestId('review-new-secret');
  await shown.waitFor();
  const secret = (await shown.locator('code').innerText()).trim();
  return secret;
}

/** Posts one review to the forge webhook signed with `secret`; the server's status. */
async function deliver(secret: string, id: string): Promise<number> {
  const body = JSON.stringify({ reviews: [{ id, reviewer: 'manager@demo.local', author: 'employee@demo.local', repository: 'lab/e2e-webhook', pullRequest: '1', state: 'approved', comments: 1, submittedAt: '2026-03-01T10:00:00Z', url: 'https://forge.example/lab/e2e-webhook/pull/1' }] });
  const res = await fetch(`${baseURL}/hooks/knowledge/code-reviews`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-cadre-tenant': 'demo', 'x-cadre-signature': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}` },
    body,
  });
  return res.status;
}

describe('code-review settings in the console', () => {
  let firstSecret = '';

  it('sets a repository’s skills and rotates the webhook secret (en-US)', async () => {
    const { codeReviewRepositories } = await api('{ codeReviewRepositories { name skills { id } } }');
    const repo = codeReviewRepositories[0] as { name: string; skills: Array<{ id: string }> };
    const { knowledgeSkillTags } = await api('{ knowledgeSkillTags { id name } }');
    const skill = (knowledgeSkillTags as Array<{ id: string; name: string }>).find((s) => !repo.skills.some((x) => x.id === s.id))!;

    const page = await openPage('en-US');
    expect(await rawKeys(page.locator('main').last())).toEqual([]);
    expect(await page.getByTestId('review-webhook-url').innerText()).toContain('/hooks/knowledge/code-reviews');
    await page.getByTestId(`review-repo-edit-${repo.name}`).click();
    const dialog = modal(page);
    await choose(page, dialog, 'review-skills', skill.name, skill.name);
    // A multiple select stays open after a pick: close it by clicking elsewhere in the dialog.
    await dialog.locator('.ant-modal-title').click();
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await page.locator('#review-skills-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('review-repositories').locator('tr', { hasText: repo.name }).getByText(skill.name, { exact: true }).waitFor();
    const after = await api('{ codeReviewRepositories { name skills { id } } }');
    const saved = (after.codeReviewRepositories as Array<{ name: string; skills: Array<{ id: string }> }>).find((r) => r.name === repo.name)!;
    expect(saved.skills.map((s) => s.id).sort()).toEqual([...repo.skills.map((s) => s.id), skill.id].sort());

    firstSecret = await rotate(page);
    expect(await modal(page).innerText()).toContain('will not be shown again');
    expect(firstSecret.length).toBeGreaterThanOrEqual(24);
    expect(await deliver(firstSecret, 'e2e-review-1')).toBe(202);
    const { codeReviewWebhook } = await api('{ codeReviewWebhook { configured recentDeliveries { accepted reviews } } }');
    expect(codeReviewWebhook.configured).toBe(true);
    expect(codeReviewWebhook.recentDeliveries[0]).toMatchObject({ accepted: true, reviews: 1 });
    await page.context().close();
  });

  it('rotates again in Chinese, and the first secret stops working (zh-CN)', async () => {
    expect(firstSecret).not.toBe('');
    const page = await openPage('zh-CN');
    expect(await page.locator('main').last().innerText()).toContain('代码仓库');
    expect(await rawKeys(page.locator('main').last())).toEqual([]);
    const second = await rotate(page);
    expect(await modal(page).innerText()).toContain('不会再次显示');
    expect(second).not.toBe(firstSecret);
    expect(await deliver(firstSecret, 'e2e-review-2')).toBe(401);
    expect(await deliver(second, 'e2e-review-3')).toBe(202);
    await page.context().close();
  });
});
