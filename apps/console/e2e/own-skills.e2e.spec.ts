// A person rating their own skills on their own page (setOwnSkillLevel, evidence SELF), checked
// through the GraphQL API, as employee@demo.local: a skill not yet in their profile, then one from
// its row; the manager's assessment actions are absent, and no one rates someone else's skills.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlAs } from './support/api';
import { buttonName, choose, modal, rawKeys } from './support/forms';
import { launchBrowser, newContext, screenshot, signIn } from './support/browser';
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

interface Entry { skill: { id: string; name: string }; level: number; levelSource: string | null; evidence: Array<{ kind: string; level: number; note: string | null }> }
const me = (query: string, variables: Record<string, unknown> = {}) => gqlAs(baseURL, 'employee@demo.local', query, variables);
const PROFILE = '{ skillProfile { entries { skill { id name } level levelSource evidence { kind level note } } } }';
const entries = async (): Promise<Entry[]> => (await me(PROFILE)).skillProfile.entries;
const entryOf = async (name: string) => (await entries()).find((e) => e.skill.name === name);

describe('own skills as an employee', () => {
  let page: Page;
  let personId: string;
  let skill: string;
  beforeAll(async () => {
    personId = (await me('{ me { person { id } } }')).me.person.id;
    const held = new Set((await entries()).map((e) => e.skill.id));
    // A skill not in the profile yet, with a plain name to type into the picker's search.
    skill = (await me('{ skills { id name } }')).skills.find((s: { id: string; name: string }) => !held.has(s.id) && /^[\w ]+$/.test(s.name)).name;
    page = await (await newContext(browser, baseURL)).newPage();
    await signIn(page, 'employee@demo.local');
    await page.goto(`/people/${personId}`);
    await page.getByRole('tab', { name: 'Skills & projects' }).click();
    await page.getByTestId('skill-sources').first().waitFor();
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it("offers rating one's own skills, not the manager's assessment", async () => {
    const tab = page.getByTestId('person-structure');
    await tab.getByTestId('self-assess-new').waitFor();
    expect(await tab.getByTestId('self-assess-skill').count()).toBe((await entries()).length);
    expect(await tab.getByTestId('assess-new').count() + await tab.getByTestId('assess-skill').count()).toBe(0);
  });

  it('rates a skill not yet in the profile', async () => {
    await page.getByTestId('self-assess-new').click();
    const form = modal(page);
    await form.locator('#skillId').waitFor();
    expect(await rawKeys(form)).toEqual([]);
    await choose(page, form, 'skillId', skill, skill);
    await choose(page, form, 'level', /^2 · /);
    await form.locator('#note').fill('Built the evaluation harness');
    await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0); // the picked option's list closed
    await screenshot(page, 'en-US', 'structure-own-skill');
    await form.getByRole('button', { name: buttonName('Save') }).click();
    await form.waitFor({ state: 'hidden' });
    expect(await entryOf(skill)).toMatchObject({ level: 2, levelSource: 'SELF', evidence: [{ kind: 'SELF', level: 2, note: 'Built the evaluation harness' }] });
    await page.getByTestId('person-structure').locator('tr', { hasText: skill }).first().waitFor();
  });

  it("re-rates it from the skill's row", async () => {
    const row = page.getByTestId('person-structure').locator('tr', { hasText: skill }).first();
    await row.getByTestId('self-assess-skill').click();
    const form = modal(page);
    // The skill is fixed and the form starts from the latest own rating.
    expect(await form.locator('#skillId').isDisabled()).toBe(true);
    await form.locator('.ant-select', { has: page.locator('#level') }).filter({ hasText: /^2 · / }).waitFor();
    await choose(page, form, 'level', /^3 · /);
    await form.getByRole('button', { name: buttonName('Save') }).click();
    await form.waitFor({ state: 'hidden' });
    const entry = await entryOf(skill);
    expect(entry).toMatchObject({ level: 3, levelSource: 'SELF' });
    expect(entry!.evidence.map((e) => [e.kind, e.level])).toEqual([['SELF', 3], ['SELF', 2]]);
  });

  it("offers no rating on someone else's page", async () => {
    const other = (await me('{ people(filter: { search: "Gao Fei" }) { nodes { id } } }')).people.nodes[0].id as string;
    await page.goto(`/people/${other}`);
    await page.getByRole('tab', { name: 'Skills & projects' }).click();
    await page.getByTestId('skill-sources').first().waitFor();
    expect(await page.getByTestId('self-assess-new').count() + await page.getByTestId('self-assess-skill').count()).toBe(0);
  });
});
