// A person's pay position on their page (#17: personCompPosition and setPersonJobFamily had no page).
// hr@demo.local sees the job family with where it comes from, the base, band and compa-ratio the API
// gives, sets another job family (read back through the API as set) and goes back to the title's.
// A manager sees the tab, with pay the API withholds shown as hidden; an employee has no such tab,
// but finds their own position under "My pay" in the menu (myCompPosition). In both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlAs } from './support/api';
import { rawKeys } from './support/forms';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { sharedServerURL } from './support/server';

let browser: Browser;
let baseURL: string;
beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const POSITION = 'query($p: ID!) { personCompPosition(personId: $p) { jobFamily jobFamilySource base compaRatio } }';
const TAB = { 'en-US': 'Pay position', 'zh-CN': '薪酬定位' } as const;
const TEXT = { 'en-US': { mapped: 'set', inferred: 'from the title', none: 'unknown', save: 'Save' }, 'zh-CN': { mapped: '已设置', inferred: '按职位名称', none: '未知', save: '保存' } } as const;
const SET_FAMILY = 'mutation($p: ID!, $f: String) { setPersonJobFamily(personId: $p, jobFamily: $f) { jobFamily } }';

async function payTab(email: string, personId: string, language: Language): Promise<Page> {
  const page = await (await newContext(browser, baseURL, language)).newPage();
  await signIn(page, email);
  await page.goto(`/people/${personId}`);
  await page.getByRole('tab', { name: TAB[language] }).click();
  await page.getByTestId('person-pay').waitFor();
  return page;
}

describe("a person's pay position", () => {
  let personId: string;
  let hrId: string;
  beforeAll(async () => {
    personId = (await gqlAs(baseURL, 'employee@demo.local', '{ me { person { id } } }')).me.person.id;
    hrId = (await gqlAs(baseURL, 'hr@demo.local', '{ me { person { id } } }')).me.person.id;
  });

  for (const language of ['en-US', 'zh-CN'] as const) {
    it(`hr reads it and sets the job family, then goes back to the title's (${language})`, async () => {
      const text = TEXT[language];
      const before = (await gqlAs(baseURL, 'hr@demo.local', POSITION, { p: personId })).personCompPosition;
      const source = (v: string) => text[v as keyof typeof text];
      const page = await payTab('hr@demo.local', personId, language);
      expect(await page.getByTestId('job-family').innerText()).toBe(before.jobFamily);
      expect(await page.getByTestId('job-family-source').innerText()).toBe(source(before.jobFamilySource));
      expect(Number(await page.getByTestId('pay-base').getAttribute('data-minor'))).toBe(before.base);
      expect(await page.getByTestId('pay-compa').innerText()).toContain(before.compaRatio.toFixed(2));
      expect(await rawKeys(page.locator('main').first())).toEqual([]);
      await screenshot(page, language, 'attraction-person-pay');

      const { compBands } = await gqlAs(baseURL, 'hr@demo.local', '{ compBands { jobFamily } }');
      const other = compBands.map((b: { jobFamily: string }) => b.jobFamily).find((f: string) => f !== before.jobFamily);
      await page.getByTestId('edit-job-family').click();
      await page.getByTestId('job-family-input').locator('input').fill(other);
      await page.getByRole('button', { name: new RegExp(`^${[...text.save].join('\\s?')}$`) }).click();
      await expect.poll(() => page.getByTestId('job-family-source').innerText().catch(() => '')).toBe(text.mapped);
      expect(await page.getByTestId('job-family').innerText()).toBe(other);
      expect((await gqlAs(baseURL, 'hr@demo.local', POSITION, { p: personId })).personCompPosition).toMatchObject({ jobFamily: other, jobFamilySource: 'mapped' });

      // Back to what the title says: the mapping is gone.
      await page.getByTestId('edit-job-family').click();
      await page.getByTestId('job-family-infer').click();
      await expect.poll(() => page.getByTestId('job-family-source').innerText().catch(() => '')).not.toBe(text.mapped);
      const inferred = (await gqlAs(baseURL, 'hr@demo.local', POSITION, { p: personId })).personCompPosition;
      expect(inferred.jobFamilySource).not.toBe('mapped');
      expect(await page.getByTestId('job-family-source').innerText()).toBe(source(inferred.jobFamilySource));
      if (before.jobFamilySource === 'mapped') await gqlAs(baseURL, 'hr@demo.local', SET_FAMILY, { p: personId, f: before.jobFamily });
      await page.context().close();
    });
  }

  it("a manager sees the tab, pay the API withholds as hidden and no edit; an employee has no tab", async () => {
    const page = await payTab('manager@demo.local', hrId, 'en-US');
    await page.getByTestId('job-family').waitFor();
    expect(await page.getByTestId('edit-job-family').count()).toBe(0);
    const { personCompPosition: seen } = await gqlAs(baseURL, 'manager@demo.local', POSITION, { p: hrId });
    expect(seen.jobFamilySource).toBeTruthy();
    expect(seen.base).toBeNull();
    expect(await page.getByTestId('person-pay').getByTestId('hidden-value').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('pay-base').count()).toBe(0);
    await page.context().close();

    const employee = await (await newContext(browser, baseURL)).newPage();
    await signIn(employee, 'employee@demo.local');
    await employee.goto(`/people/${personId}`);
    await employee.getByRole('tab').first().waitFor();
    expect(await employee.getByRole('tab', { name: TAB['en-US'] }).count()).toBe(0);
    await employee.context().close();
  });
});

describe('an employee reads their own pay position under My pay', () => {
  const MINE = '{ myCompPosition { jobFamily jobFamilySource base compaRatio } }';
  const LINK = { 'en-US': 'My pay', 'zh-CN': '我的薪酬' } as const;
  const GROUP = { 'en-US': 'Hiring', 'zh-CN': '人才吸引' } as const;

  for (const language of ['en-US', 'zh-CN'] as const) {
    it(`from the menu, the figures the API gives them and no way to edit (${language})`, async () => {
      const mine = (await gqlAs(baseURL, 'employee@demo.local', MINE)).myCompPosition;
      expect(mine.base).toBeGreaterThan(0);
      const page = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(page, 'employee@demo.local');
      const nav = page.getByRole('navigation', { name: 'main' });
      await nav.getByText(GROUP[language], { exact: true }).click();
      const link = nav.locator('a[href="/attraction/my-pay"]');
      await link.waitFor();
      expect(await link.innerText()).toBe(LINK[language]);
      // The employee holds no attraction permission: the hiring pages stay out of the menu.
      expect(await nav.locator('a[href^="/attraction/"]').count()).toBe(1);
      await link.click();
      await page.getByTestId('my-pay').waitFor();
      await page.getByTestId('job-family').waitFor();
      expect(await page.getByTestId('job-family').innerText()).toBe(mine.jobFamily);
      expect(await page.getByTestId('job-family-source').innerText()).toBe(TEXT[language][mine.jobFamilySource as 'mapped']);
      expect(Number(await page.getByTestId('pay-base').getAttribute('data-minor'))).toBe(mine.base);
      if (mine.compaRatio !== null) expect(await page.getByTestId('pay-compa').innerText()).toContain(mine.compaRatio.toFixed(2));
      expect(await page.getByTestId('edit-job-family').count()).toBe(0);
      expect(await rawKeys(page.locator('main').first())).toEqual([]);
      await screenshot(page, language, 'attraction-my-pay');
      await page.context().close();
    });
  }
});
