// CSV imports from the pages that show what they import (#17: importCompBands, importMarketData and
// importCodeReviews had no page). hr@demo.local uploads a file with mistakes and gets every problem by
// row and column with nothing written (checked through the API), then a good file whose rows the API
// then holds; code reviews imported twice are skipped the second time. An employee has no import.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlAs } from './support/api';
import { modal, motionEnded, rawKeys } from './support/forms';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { sharedServerURL } from './support/server';

let browser: Browser;
let baseURL: string;
const RUN = Date.now().toString(36);
beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signedIn(email: string, language: Language = 'en-US'): Promise<Page> {
  const page = await (await newContext(browser, baseURL, language)).newPage();
  await signIn(page, email);
  return page;
}

/** Opens the import `id`, drops `csv` into it and runs it; the dialog with its report. */
async function importFile(page: Page, id: string, csv: string) {
  await page.getByTestId(`import-${id}`).click();
  const dialog = modal(page);
  await dialog.waitFor();
  await motionEnded(page);
  await dialog.locator('input[type=file]').setInputFiles({ name: `${id}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await dialog.getByTestId(`import-${id}-file`).waitFor();
  await dialog.getByTestId(`import-${id}-run`).click();
  await dialog.getByTestId(`import-${id}-report`).waitFor();
  return dialog;
}

const BANDS_HEADER = 'job_family,level,currency,min_base,mid_base,max_base,bonus_target_pct,equity_min,equity_max';
const MARKET_HEADER = 'job_family,level,currency,p25,p50,p75,p90,source,as_of';
const REVIEWS_HEADER = 'external_id,reviewer_email,author_email,repository,pull_request,state,comments,submitted_at,url';

describe('CSV imports in the console', () => {
  // Sorted after the demo's families, so the bands page still opens on a demo family for the other specs.
  const family = `zz-e2e-import-${RUN}`;

  for (const language of ['en-US', 'zh-CN'] as const) {
    it(`pay bands and market data: mistakes by row with nothing written, then a good file (${language})`, async () => {
      const fam = `${family}-${language === 'en-US' ? 'en' : 'zh'}`;
      const bands = async () => (await gqlAs(baseURL, 'hr@demo.local', 'query($f: String) { compBands(filter: { jobFamily: $f }) { level minBase maxBase market { p50 } } }', { f: fam })).compBands;
      const page = await signedIn('hr@demo.local', language);
      await page.goto('/attraction/bands');
      await page.getByTestId('import-bands').waitFor();

      let dialog = await importFile(page, 'bands', `${BANDS_HEADER}\n${fam},P3,CNY,30000000,36000000,42000000,10,0,100\n${fam},P4,CNY,abc,45000000,40000000,10,0,100\n`);
      const problems = await dialog.locator('tbody tr').allInnerTexts();
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((row) => row.startsWith('3'))).toBe(true);
      expect(problems.join('\n')).toContain('min_base');
      expect(await rawKeys(dialog)).toEqual([]);
      await screenshot(page, language, 'attraction-bands-import-refused');
      expect(await bands()).toEqual([]);

      await dialog.getByRole('button', { name: language === 'en-US' ? 'Import another file' : /导\s?入\s?其\s?他\s?文\s?件/ }).click();
      await dialog.locator('input[type=file]').setInputFiles({ name: 'bands.csv', mimeType: 'text/csv', buffer: Buffer.from(`${BANDS_HEADER}\n${fam},P3,CNY,30000000,36000000,42000000,10,0,100\n`) });
      await dialog.getByTestId('import-bands-run').click();
      await dialog.getByTestId('import-bands-report').waitFor();
      expect(await dialog.getByTestId('import-bands-report').innerText()).toMatch(language === 'en-US' ? /Imported 1 of 1 rows[\s\S]*1 created, 0 updated/ : /已导入 1 \/ 1 行[\s\S]*新增 1，更新 0/);
      expect(await bands()).toEqual([{ level: 'P3', minBase: 30000000, maxBase: 42000000, market: null }]);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });

      dialog = await importFile(page, 'market', `${MARKET_HEADER}\n${fam},P3,CNY,31000000,35500000,40000000,46000000,E2E survey,2026-07-01\n`);
      expect(await dialog.getByTestId('import-market-report').innerText()).toMatch(language === 'en-US' ? /Imported 1 of 1 rows[\s\S]*1 created, 0 updated/ : /已导入 1 \/ 1 行[\s\S]*新增 1，更新 0/);
      expect(await bands()).toEqual([{ level: 'P3', minBase: 30000000, maxBase: 42000000, market: { p50: 35500000 } }]);
      await page.context().close();
    });
  }

  it('code reviews: a bad row refused by line, a good file imported, the same file again skipped', async () => {
    const page = await signedIn('hr@demo.local');
    await page.goto('/knowledge/index');
    const row = (id: string, state: string) => `e2e-${RUN}-${id},employee@demo.local,manager@demo.local,e2e/${RUN},${id.length},${state},2,2026-11-30T10:15:00Z,https://git.example.com/e2e/${RUN}/pull/1`;
    let dialog = await importFile(page, 'code-reviews', `${REVIEWS_HEADER}\n${row('a', 'approved')}\n${row('b', 'napping')}\n`);
    const problems = await dialog.locator('tbody tr').allInnerTexts();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^3\s+state/);
    const employeeId = (await gqlAs(baseURL, 'employee@demo.local', '{ me { person { id } } }')).me.person.id;
    const count = async () => (await gqlAs(baseURL, 'hr@demo.local', '{ codeReviewActivity { person { id } reviews } }')).codeReviewActivity.find((a: { person: { id: string } }) => a.person.id === employeeId)?.reviews ?? 0;
    const before = await count();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    const good = `${REVIEWS_HEADER}\n${row('a', 'approved')}\n${row('bb', 'commented')}\n`;
    dialog = await importFile(page, 'code-reviews', good);
    expect(await dialog.getByTestId('import-code-reviews-report').innerText()).toMatch(/Imported 2 of 2 rows[\s\S]*0 already stored, skipped/);
    expect(await count()).toBe(before + 2);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    dialog = await importFile(page, 'code-reviews', good);
    expect(await dialog.getByTestId('import-code-reviews-report').innerText()).toMatch(/Imported 0 of 2 rows[\s\S]*2 already stored, skipped/);
    expect(await count()).toBe(before + 2);
    await page.context().close();

    const employee = await signedIn('employee@demo.local');
    await employee.goto('/knowledge/index');
    await employee.getByTestId('sharing-people').waitFor();
    expect(await employee.getByTestId('import-code-reviews').count()).toBe(0);
    await employee.goto('/attraction/bands');
    expect(await employee.getByTestId('import-bands').count()).toBe(0);
    await employee.context().close();
  });
});
