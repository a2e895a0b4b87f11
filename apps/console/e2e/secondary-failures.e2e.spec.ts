// A page whose side query fails (a filter's options, a chart, a setting) says so with the reason
// and a retry, and keeps the rest usable: before, the pipeline's requisition filter, the skill-gap
// page's people and ladder levels and the surveys page's threshold and trend were silently empty.
// The failure is the server's answer replaced in the browser (a failed training job too) (the server cannot be made to fail one
// query on demand); the retry goes to the real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, signIn } from './support/browser';
import { sharedServerURL } from './support/server';

let baseURL: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
  page = await (await newContext(browser, baseURL)).newPage();
  await signIn(page, 'hr@demo.local');
});
afterAll(async () => {
  await browser?.close();
});

/** Until `release()`, the named operations get `answer(name)` instead of the server's; everything else reaches the server. */
async function answering(operations: string[], answer: (name: string) => object): Promise<{ release(): Promise<void> }> {
  const handler = async (route: import('playwright-core').Route) => {
    const query = String((route.request().postDataJSON() as { query?: string } | null)?.query ?? '');
    const name = operations.find((op) => new RegExp(`\\bquery ${op}\\b`).test(query));
    if (!name) return route.continue();
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(answer(name)) });
  };
  await page.route('**/graphql', handler);
  return { release: () => page.unroute('**/graphql', handler) };
}

const failing = (operations: string[]) =>
  answering(operations, (name) => ({ data: null, errors: [{ message: `${name} is down for maintenance`, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));

const alerts = () => page.getByTestId('load-failed');

describe('side queries that fail', () => {
  it('pipeline: the requisition filter failed, the board still shows, retry brings the filter back', async () => {
    const outage = await failing(['AttractionRequisitions']);
    await page.goto('/attraction/pipeline');
    await alerts().first().waitFor();
    expect(await alerts().first().innerText()).toContain('AttractionRequisitions is down for maintenance');
    await page.getByTestId('pipeline-board').waitFor();
    await outage.release();
    await alerts().first().getByRole('button').click();
    await alerts().first().waitFor({ state: 'detached' });
    await page.getByLabel('Requisition').click();
    expect(await page.locator('.ant-select-dropdown .ant-select-item-option').count()).toBeGreaterThan(0);
  });

  it('skill gaps: people and ladder levels failed, each named', async () => {
    const outage = await failing(['DevelopmentMe', 'DevelopmentLadders']);
    await page.goto('/development/gaps');
    await expect.poll(() => alerts().count()).toBe(2);
    const texts = await alerts().allInnerTexts();
    expect(texts.join('\n')).toContain('DevelopmentMe is down for maintenance');
    expect(texts.join('\n')).toContain('DevelopmentLadders is down for maintenance');
    await outage.release();
    await alerts().first().getByRole('button').click();
    await expect.poll(() => alerts().count()).toBe(1);
  });

  it('surveys: the threshold and the trend failed, the survey list still shows and no empty threshold is offered', async () => {
    const outage = await failing(['InsightsThreshold', 'InsightsTrend']);
    await page.goto('/insights/surveys');
    await expect.poll(() => alerts().count()).toBe(2);
    expect(await page.getByTestId('threshold-input').count()).toBe(0);
    await page.locator('main .ant-table-row').first().waitFor();
    await outage.release();
    await alerts().first().getByRole('button').click();
    await expect.poll(() => alerts().count()).toBe(1);
    await alerts().first().getByRole('button').click();
    await expect.poll(() => alerts().count()).toBe(0);
    await page.getByTestId('threshold-input').waitFor();
  });

  it("risk model: a failed training job shows why, not only a red bar", async () => {
    const at = new Date().toISOString();
    const job = { id: 'job-failed-training', type: 'insights.train-risk-model', state: 'failed', progress: 40, result: null, error: 'The training data could not be read: the database is read-only', errorCode: null, errorDetails: null, attempts: 3, createdAt: at, finishedAt: at };
    const outage = await answering(['CadreJob'], () => ({ data: { job } }));
    await page.goto(`/insights/risk?job=${job.id}`);
    const failed = page.getByTestId('train-failed');
    await failed.waitFor();
    expect(await failed.innerText()).toContain('Training failed');
    expect(await failed.innerText()).toContain(job.error);
    expect(await page.getByTestId('train-progress').getAttribute('class')).toContain('ant-progress-status-exception');
    await outage.release();
  });
});
