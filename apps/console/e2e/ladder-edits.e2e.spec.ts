// Career ladders edited through the console, each step checked through the GraphQL API: HR creates
// a ladder, adds a level with an expected skill (a skill named twice and a code of another ladder
// are refused on their fields and change nothing), then edits the level, in both languages; an employee is offered none
// of it.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlAs } from './support/api';
import { buttonName, choose, modal, rawKeys } from './support/forms';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';

let browser: Browser;
let baseURL: string;
beforeAll(async () => {
  baseURL = inject('baseURL');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Level { id: string; code: string; rank: number; title: string; description: string; expectations: Array<{ skillName: string; level: number }> }
interface Ladder { id: string; name: string; track: string; description: string; levels: Level[] }
const LADDERS = '{ careerLadders { id name track description levels { id code rank title description expectations { skillName level } } } }';
const ladders = async (): Promise<Ladder[]> => (await gqlAs(baseURL, 'hr@demo.local', LADDERS)).careerLadders;
const ladderNamed = async (name: string) => (await ladders()).find((l) => l.name === name);

const TEXT = {
  'en-US': { create: 'Create', save: 'Save', cancel: 'Cancel', management: 'Management', conflict: 'P5 already belongs to another ladder', twice: 'names a skill twice', removeSkill: 'Remove this skill', editLevel: (code: string) => `Edit level ${code}` },
  'zh-CN': { create: '创建', save: '保存', cancel: '取消', management: '管理序列', conflict: 'P5 已属于另一个职级阶梯', twice: '重复指定了同一技能', removeSkill: '移除该技能', editLevel: (code: string) => `编辑职级 ${code}` },
} as const;

async function signedIn(email: string, language: Language): Promise<Page> {
  const page = await (await newContext(browser, baseURL, language)).newPage();
  await signIn(page, email);
  return page;
}

describe.each(['en-US', 'zh-CN'] as const)('career ladders as HR in %s', (language) => {
  const text = TEXT[language];
  const name = `E2E ladder ${language}`;
  const code = language === 'zh-CN' ? 'E2E-ZH1' : 'E2E-EN1';
  let page: Page;
  let skills: string[];
  beforeAll(async () => {
    skills = (await gqlAs(baseURL, 'hr@demo.local', '{ skills { name } }')).skills.map((s: { name: string }) => s.name).slice(0, 2);
    page = await signedIn('hr@demo.local', language);
  });

  it('creates a ladder', async () => {
    await page.goto('/development/ladders');
    await page.getByTestId('ladder-new').click();
    const form = modal(page);
    await form.locator('#name').waitFor();
    expect(await rawKeys(form)).toEqual([]);
    await form.locator('#name').fill(name);
    await form.getByText(text.management, { exact: true }).click();
    await form.locator('#description').fill('Leads of research groups');
    await form.getByRole('button', { name: buttonName(text.create) }).click();
    await form.waitFor({ state: 'hidden' });
    expect(await ladderNamed(name)).toMatchObject({ track: 'MANAGEMENT', description: 'Leads of research groups', levels: [] });
    // The new ladder's tab is the one shown.
    await page.locator('.ant-tabs-tab-active', { hasText: name }).waitFor();
  });

  it("refuses a skill named twice and another ladder's level code, each on its field, and changes nothing", async () => {
    const before = (await ladders()).flatMap((l) => l.levels.map((v) => ({ ladder: l.name, ...v })));
    const pane = page.getByRole('tabpanel');
    await pane.getByTestId('level-new').click();
    const form = modal(page);
    await form.locator('#code').fill('P5');
    await form.locator('#title').fill('Research lead');
    await form.getByTestId('add-level-skill').click();
    await choose(page, form, 'expectations_0_skillId', skills[0]!);
    // First a skill named twice: refused on the list of expected skills.
    await form.getByTestId('add-level-skill').click();
    await choose(page, form, 'expectations_1_skillId', skills[0]!);
    await form.getByRole('button', { name: buttonName(text.create) }).click();
    const twice = form.getByTestId('level-skills-error');
    await expect.poll(async () => (await twice.count()) && twice.innerText()).toContain(text.twice);
    await form.getByTestId('level-skill-row').nth(1).getByRole('button', { name: text.removeSkill }).click();
    await form.getByRole('button', { name: buttonName(text.create) }).click();
    const problem = form.locator('.ant-form-item-has-error', { has: page.locator('#code') }).locator('.ant-form-item-explain-error');
    await problem.waitFor();
    expect(await problem.innerText()).toContain(text.conflict);
    const after = (await ladders()).flatMap((l) => l.levels.map((v) => ({ ladder: l.name, ...v })));
    expect(after).toEqual(before);
    expect((await ladderNamed(name))!.levels).toEqual([]);
    await form.getByRole('button', { name: buttonName(text.cancel) }).click();
    await form.waitFor({ state: 'hidden' });
  });

  it('adds a level with an expected skill, then edits it', async () => {
    const pane = page.getByRole('tabpanel');
    await pane.getByTestId('level-new').click();
    let form = modal(page);
    await form.locator('#code').fill(code);
    await form.locator('#title').fill('Research lead');
    await form.getByTestId('add-level-skill').click();
    await choose(page, form, 'expectations_0_skillId', skills[0]!);
    await choose(page, form, 'expectations_0_level', /^3$/);
    await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0); // the picked option's list closed
    await screenshot(page, language, 'development-level-new');
    await form.getByRole('button', { name: buttonName(text.create) }).click();
    await form.waitFor({ state: 'hidden' });
    const created = (await ladderNamed(name))!.levels;
    expect(created).toMatchObject([{ code, rank: 1, title: 'Research lead', expectations: [{ skillName: skills[0], level: 3 }] }]);
    await pane.getByTestId('ladder-matrix').getByText(skills[0]!, { exact: true }).waitFor();

    await pane.getByRole('button', { name: text.editLevel(code) }).click();
    form = modal(page);
    expect(await form.locator('#code').isDisabled()).toBe(true);
    await form.locator('#title').fill('Senior research lead');
    await choose(page, form, 'expectations_0_level', /^4$/);
    await form.getByTestId('add-level-skill').click();
    await choose(page, form, 'expectations_1_skillId', skills[1]!);
    await choose(page, form, 'expectations_1_level', /^2$/);
    await form.getByRole('button', { name: buttonName(text.save) }).click();
    await form.waitFor({ state: 'hidden' });
    // Replaced in place: the same level (same id), not a second one.
    expect((await ladderNamed(name))!.levels).toEqual([{
      ...created[0], title: 'Senior research lead', expectations: [{ skillName: skills[0], level: 4 }, { skillName: skills[1], level: 2 }],
    }]);
    await pane.getByTestId('ladder-matrix').getByText(skills[1]!, { exact: true }).waitFor();
    await page.context().close();
  });
});

describe('career ladders as an employee', () => {
  it('offers no ladder or level edits', async () => {
    const page = await signedIn('employee@demo.local', 'en-US');
    await page.goto('/development/ladders');
    await page.getByTestId('ladder-matrix').first().waitFor();
    expect(await page.getByTestId('ladder-new').count()).toBe(0);
    expect(await page.getByTestId('level-new').count()).toBe(0);
    expect(await page.getByTestId('level-edit').count()).toBe(0);
    await page.context().close();
  });
});
