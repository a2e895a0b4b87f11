// Staffing preferences in the console (#17: setStaffingPreference had no page). On their own page an
// employee says how much they want a project with the slider's keys, checked through the API, and
// takes it back (0 removes it); their manager sees and sets them too; on a colleague's page there is
// no such card, as the API refuses. In both languages; the employee's preferences are left as found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlAs } from './support/api';
import { pick, rawKeys } from './support/forms';
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

const PREFS = 'query($p: ID) { staffingPreferences(personId: $p) { projectId strength } }';
const SET = 'mutation($i: SetStaffingPreferenceInput!) { setStaffingPreference(input: $i) { projectId } }';
const TAB = { 'en-US': 'Skills & projects', 'zh-CN': /技能与项目|技能和项目/ } as const;
const TITLE = { 'en-US': 'Project preferences', 'zh-CN': '项目意向' } as const;

/** The person's "Skills & projects" tab, once the API has answered whether the viewer may see their preferences. */
async function personPage(email: string, personId: string, language: Language): Promise<Page> {
  const page = await (await newContext(browser, baseURL, language)).newPage();
  await signIn(page, email);
  await page.goto(`/people/${personId}`);
  const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('StructureStaffingPreferences'));
  await page.getByRole('tab', { name: TAB[language] }).click();
  await page.getByTestId('person-structure').waitFor();
  await answered;
  return page;
}

describe('staffing preferences', () => {
  let employeeId: string;
  let hrId: string;
  let projectId: string;
  let before: number | undefined;
  beforeAll(async () => {
    employeeId = (await gqlAs(baseURL, 'employee@demo.local', '{ me { person { id } } }')).me.person.id;
    hrId = (await gqlAs(baseURL, 'hr@demo.local', '{ me { person { id } } }')).me.person.id;
    const { projects } = await gqlAs(baseURL, 'employee@demo.local', '{ projects { id status } }');
    const project = projects.find((p: { status: string }) => p.status !== 'CLOSED');
    projectId = project.id;
    before = (await gqlAs(baseURL, 'employee@demo.local', PREFS, {})).staffingPreferences.find((p: { projectId: string }) => p.projectId === projectId)?.strength;
    await gqlAs(baseURL, 'employee@demo.local', SET, { i: { projectId, strength: 0 } });
  });
  afterAll(async () => {
    await gqlAs(baseURL, 'employee@demo.local', SET, { i: { projectId, strength: before ?? 0 } });
  });

  const strength = async () => (await gqlAs(baseURL, 'employee@demo.local', PREFS, {})).staffingPreferences.find((p: { projectId: string }) => p.projectId === projectId)?.strength;

  for (const language of ['en-US', 'zh-CN'] as const) {
    it(`an employee states and withdraws their own preference for a project (${language})`, async () => {
      const page = await personPage('employee@demo.local', employeeId, language);
      const card = page.getByTestId('staffing-preferences');
      await card.waitFor();
      await page.getByRole('heading', { name: TITLE[language] }).waitFor();
      const select = card.getByTestId(`preference-${projectId}`);
      expect(await select.getAttribute('data-strength')).toBe('0');
      await pick(page, select, /^\+1 · /);
      await expect.poll(strength).toBe(1);
      await expect.poll(() => select.getAttribute('data-strength')).toBe('1');
      expect(await rawKeys(page.locator('main').first())).toEqual([]);
      await screenshot(page, language, 'structure-staffing-preferences');
      await pick(page, select, /^-1 · /);
      await expect.poll(strength).toBe(-1);
      // 0 takes the preference back: the API holds none.
      await pick(page, select, /^0 · /);
      await expect.poll(strength).toBe(undefined);
      await page.context().close();
    });
  }

  it("an employee's manager sets it for them; on a colleague's page there is no card", async () => {
    const manager = (await gqlAs(baseURL, 'employee@demo.local', '{ me { person { manager { email } } } }')).me.person.manager.email;
    expect(manager).toBe('manager@demo.local');
    const page = await personPage(manager, employeeId, 'en-US');
    await pick(page, page.getByTestId(`preference-${projectId}`), /^-0.5 · /);
    await expect.poll(strength).toBe(-0.5);
    await page.context().close();

    // The API refuses the employee hr's preferences; the page shows no card for them.
    const refused = await gqlAs(baseURL, 'employee@demo.local', PREFS, { p: hrId }).catch((e: Error) => e.message);
    expect(refused).toMatch(/FORBIDDEN/);
    const colleague = await personPage('employee@demo.local', hrId, 'en-US');
    await colleague.getByTestId('person-structure').getByRole('table').first().waitFor();
    expect(await colleague.getByTestId('staffing-preferences').count()).toBe(0);
    expect(await colleague.getByText('Project preferences').count()).toBe(0);
    await colleague.context().close();
  });
});
