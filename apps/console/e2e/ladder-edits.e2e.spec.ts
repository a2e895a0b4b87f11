// Career ladders edited through the console, each step checked through the GraphQL API: HR creates
// a ladder and renames it, adds a level with an expected skill (a skill named twice and a code of another ladder
// are refused on their fields and change nothing), then edits the level, in both languages; deleting the
// ladder (it has a level) and the level (a plan targets it) is refused with the API's words, then both go;
// an employee is offered none of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlAs } from './support/api';
import { buttonName, choose, modal, rawKeys } from './support/forms';
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

interface Level { id: string; code: string; rank: number; title: string; description: string; expectations: Array<{ skillName: string; level: number }> }
interface Ladder { id: string; name: string; track: string; description: string; levels: Level[] }
const LADDERS = '{ careerLadders { id name track description levels { id code rank title description expectations { skillName level } } } }';
const ladders = async (): Promise<Ladder[]> => (await gqlAs(baseURL, 'hr@demo.local', LADDERS)).careerLadders;
const ladderNamed = async (name: string) => (await ladders()).find((l) => l.name === name);

const TEXT = {
  'en-US': { create: 'Create', save: 'Save', cancel: 'Cancel', management: 'Management', conflict: 'P5 already belongs to another ladder', twice: 'names a skill twice', removeSkill: 'Remove this skill', stale: 'was changed by someone else after you opened it', editLevel: (code: string) => `Edit level ${code}`,
    ladderHasLevels: (ladder: string, code: string) => `${ladder} still has 1 level(s) (${code}): delete them first`, levelTargeted: (code: string) => `${code} (Senior research lead) is the target level of 1 development plan(s)` },
  'zh-CN': { create: '创建', save: '保存', cancel: '取消', management: '管理序列', conflict: 'P5 已属于另一个职级阶梯', twice: '重复指定了同一技能', removeSkill: '移除该技能', stale: '在你打开后已被他人修改', editLevel: (code: string) => `编辑职级 ${code}`,
    ladderHasLevels: (ladder: string, code: string) => `${ladder} 仍有 1 个职级（${code}）：请先删除这些职级`, levelTargeted: (code: string) => `${code}（Senior research lead）是 1 个发展计划的目标职级` },
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

  it('renames the ladder; its track stays', async () => {
    const ladder = (await ladderNamed(name))!;
    const pane = page.getByRole('tabpanel');
    await pane.getByTestId('ladder-edit').click();
    const form = modal(page);
    await form.locator('#name').waitFor();
    expect(await form.locator('#name').inputValue()).toBe(name);
    expect(await form.locator('input[type=radio]').first().isDisabled()).toBe(true);
    expect(await rawKeys(form)).toEqual([]);
    await form.locator('#name').fill(`${name} (renamed)`);
    await form.locator('#description').fill('Leads of research groups and their programmes');
    await form.getByRole('button', { name: buttonName(text.save) }).click();
    await form.waitFor({ state: 'hidden' });
    expect((await ladders()).find((l) => l.id === ladder.id)).toMatchObject({ name: `${name} (renamed)`, track: 'MANAGEMENT', description: 'Leads of research groups and their programmes' });
    await page.locator('.ant-tabs-tab-active', { hasText: `${name} (renamed)` }).waitFor();
    // Back to the name the next steps use.
    await gqlAs(baseURL, 'hr@demo.local', 'mutation($id: ID!, $n: String!) { updateCareerLadder(id: $id, input: { name: $n }) { id } }', { id: ladder.id, n: name });
    await page.reload();
    await page.locator('.ant-tabs-tab', { hasText: name }).first().click();
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
  });

  it('refuses to save a level over an edit someone else saved meanwhile, keeping theirs', async () => {
    const pane = page.getByRole('tabpanel');
    const LEVEL = 'query { careerLadders { id levels { code rank title description expectations { skillId level } } } }';
    const before = (await gqlAs(baseURL, 'hr@demo.local', LEVEL)).careerLadders.flatMap((l: { levels: unknown[] }) => l.levels).find((l: { code: string }) => l.code === code);
    await pane.getByRole('button', { name: text.editLevel(code) }).click();
    const form = modal(page);
    await form.locator('#title').waitFor();
    const upsert = 'mutation($i: CareerLevelInput!) { upsertCareerLevel(input: $i) { id } }';
    const ladderId = (await ladderNamed(name))!.id;
    await gqlAs(baseURL, 'hr@demo.local', upsert, { i: { ladderId, ...before, description: 'Changed elsewhere' } });

    await form.locator('#description').fill('Changed here');
    await form.getByRole('button', { name: buttonName(text.save) }).click();
    const refusal = form.getByTestId('level-form-error');
    await expect.poll(async () => (await refusal.count()) && refusal.innerText()).toContain(text.stale);
    expect(await refusal.innerText()).not.toContain('expectedUpdatedAt');
    expect((await ladderNamed(name))!.levels[0]).toMatchObject({ title: before.title, description: 'Changed elsewhere' });
    await form.getByRole('button', { name: buttonName(text.cancel) }).click();
    await form.waitFor({ state: 'hidden' });
    await gqlAs(baseURL, 'hr@demo.local', upsert, { i: { ladderId, ...before } });
  });

  it('refuses to delete the ladder while it has a level and the level while a plan targets it (the API\'s words shown, nothing changed), then deletes both', async () => {
    const level = (await ladderNamed(name))!.levels[0]!;
    const pane = page.getByRole('tabpanel');
    // A development plan aims at the level (through the API, for someone without an active plan).
    const active = new Set((await gqlAs(baseURL, 'hr@demo.local', '{ developmentPlans(status: ACTIVE) { person { id } } }')).developmentPlans.map((p: { person: { id: string } }) => p.person.id));
    const person = (await gqlAs(baseURL, 'hr@demo.local', '{ people(first: 100) { nodes { id } } }')).people.nodes.map((p: { id: string }) => p.id).find((id: string) => !active.has(id));
    const plan = (await gqlAs(baseURL, 'hr@demo.local', 'mutation($i: CreateDevelopmentPlanInput!) { createDevelopmentPlan(input: $i) { id } }', { i: { personId: person, targetLevelId: level.id, summary: `E2E ${language}` } })).createDevelopmentPlan;

    // The ladder still has the level.
    await pane.getByTestId('ladder-delete').click();
    await page.getByTestId('ladder-delete-confirm').click();
    await expect.poll(async () => (await pane.getByTestId('ladder-delete-error').count()) && pane.getByTestId('ladder-delete-error').innerText()).toContain(text.ladderHasLevels(name, code));
    expect((await ladderNamed(name))!.levels.map((l) => l.id)).toEqual([level.id]);

    // The level is a plan's target.
    await pane.getByRole('button', { name: text.editLevel(code) }).click();
    const form = modal(page);
    await form.getByTestId('level-delete').click();
    await page.getByTestId('level-delete-confirm').click();
    const refusal = form.getByTestId('level-form-error');
    await expect.poll(async () => (await refusal.count()) && refusal.innerText()).toContain(text.levelTargeted(code));
    expect((await ladderNamed(name))!.levels.map((l) => l.id)).toEqual([level.id]);
    await screenshot(page, language, 'development-level-delete-refused');

    // Once the plan aims at another level, the level goes, and then the empty ladder.
    const other = (await ladders()).find((l) => l.track === 'IC')!.levels[0]!.id;
    await gqlAs(baseURL, 'hr@demo.local', 'mutation($id: ID!, $i: UpdateDevelopmentPlanInput!) { updateDevelopmentPlan(id: $id, input: $i) { id } }', { id: plan.id, i: { targetLevelId: other, status: 'CANCELLED' } });
    await form.getByTestId('level-delete').click();
    await page.getByTestId('level-delete-confirm').last().click();
    await form.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await ladderNamed(name))!.levels).toEqual([]);
    await pane.getByRole('button', { name: text.editLevel(code) }).waitFor({ state: 'detached' });

    await pane.getByTestId('ladder-delete').click();
    await page.getByTestId('ladder-delete-confirm').last().click();
    await expect.poll(async () => await ladderNamed(name)).toBeUndefined();
    await page.locator('.ant-tabs-tab', { hasText: name }).waitFor({ state: 'detached' });
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
    expect(await page.getByTestId('ladder-delete').count()).toBe(0);
    expect(await page.getByTestId('ladder-edit').count()).toBe(0);
    await page.context().close();
  });
});
