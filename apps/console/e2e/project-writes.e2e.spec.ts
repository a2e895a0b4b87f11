// Projects and skill levels written through the console, each checked through the GraphQL API:
// HR creates a project with headcount, priority (whose scale the form explains) and skill
// requirements, then edits it; a manager sets the level of a skill of someone who reports to
// them. Labels are checked in Chinese; an employee is offered neither.
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

const PROJECT = 'query($id: ID!) { project(id: $id) { name ownerUnitName priority headcountMin headcountMax status requirements { skillName minLevel weight } } }';
const TEXT = {
  'en-US': { create: 'Create', save: 'Save', owner: 'Owner unit', scale: 'Priority 1 (nice to have) … 5 (company critical)', help: 'The staffing optimiser adds a priority part', p4: 'P4 · business critical', remove: 'Remove this requirement' },
  'zh-CN': { create: '创建', save: '保存', owner: '所属部门', scale: '优先级 1（锦上添花）… 5（公司级关键）', help: '人员配置优化会在每个人的得分中加入优先级分项', p4: 'P4 · 业务关键', remove: '删除此要求' },
} as const;

async function signedIn(email: string, language: Language = 'en-US'): Promise<Page> {
  const page = await (await newContext(browser, baseURL, language)).newPage();
  await signIn(page, email);
  return page;
}

describe.each(['en-US', 'zh-CN'] as const)('projects as HR in %s', (language) => {
  it('creates a project with requirements, headcount and priority, then edits it', async () => {
    const text = TEXT[language];
    const { skillCategories } = await gqlAs(baseURL, 'hr@demo.local', '{ skillCategories { skills { name } } }');
    const [first, second] = skillCategories.flatMap((c: { skills: Array<{ name: string }> }) => c.skills.map((s) => s.name)) as string[];
    const page = await signedIn('hr@demo.local', language);
    await page.goto('/structure/projects');
    await page.getByTestId('project-new').click();
    const form = modal(page);
    await form.getByText(text.owner, { exact: true }).waitFor();
    expect(await rawKeys(form)).toEqual([]);
    // What the priority scale means: the scale under the field, the optimiser's use on its help icon.
    await form.getByText(text.scale).waitFor();
    // Hovered again until the tooltip shows: under load a hover during the modal's motion is lost.
    await expect.poll(async () => {
      await form.locator('.ant-form-item-tooltip').hover();
      return page.locator('.ant-tooltip:visible', { hasText: text.help }).count();
    }).toBeGreaterThan(0);

    const name = `E2E Eval harness ${language}`;
    await form.locator('#name').fill(name);
    await choose(page, form, 'ownerUnitId', 'Data Platform');
    await choose(page, form, 'priority', text.p4);
    await form.locator('#headcountMin').fill('2');
    await form.locator('#headcountMax').fill('4');
    await form.getByTestId('add-requirement').click();
    await choose(page, form, 'requirements_0_skillId', first);
    await form.locator('#requirements_0_minLevel').fill('4');
    await form.getByTestId('add-requirement').click();
    await choose(page, form, 'requirements_1_skillId', second);
    await form.locator('#requirements_1_weight').fill('2');
    await screenshot(page, language, 'structure-project-new');
    await form.getByRole('button', { name: buttonName(text.create) }).click();
    await page.waitForURL(/\/structure\/projects\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    const read = async () => (await gqlAs(baseURL, 'hr@demo.local', PROJECT, { id })).project;
    expect(await read()).toMatchObject({
      name, ownerUnitName: 'Data Platform', priority: 4, headcountMin: 2, headcountMax: 4, status: 'PLANNED',
      requirements: expect.arrayContaining([{ skillName: first, minLevel: 4, weight: 1 }, { skillName: second, minLevel: 3, weight: 2 }]),
    });

    await page.getByTestId('project-edit').click();
    const edit = modal(page);
    await edit.locator('#headcountMax').fill('6');
    await edit.getByTestId('requirement-row').filter({ hasText: second }).getByRole('button', { name: text.remove }).click();
    await edit.getByRole('button', { name: buttonName(text.save) }).click();
    await edit.waitFor({ state: 'hidden' });
    expect(await read()).toMatchObject({ headcountMax: 6, requirements: [{ skillName: first, minLevel: 4, weight: 1 }] });
  });
});

describe('skill levels', () => {
  it("lets a manager set the level of a report's skill", async () => {
    const manager = (q: string, v: Record<string, unknown> = {}) => gqlAs(baseURL, 'manager@demo.local', q, v);
    const zhu = (await manager('{ people(filter: { search: "Zhu Chen" }) { nodes { id } } }')).people.nodes[0].id as string;
    const PROFILE = 'query($p: ID) { skillProfile(personId: $p) { entries { skill { id name } level levelSource } } }';
    const entries = async () => (await manager(PROFILE, { p: zhu })).skillProfile.entries as Array<{ skill: { name: string }; level: number; levelSource: string }>;
    const entry = (await entries())[0]!;
    const target = entry.level === 5 ? 4 : 5;

    const page = await signedIn('manager@demo.local', 'zh-CN');
    await page.goto(`/people/${zhu}`);
    await page.getByRole('tab', { name: '技能与项目' }).click();
    const row = page.getByTestId('person-structure').locator('tr', { hasText: entry.skill.name }).first();
    await row.getByTestId('assess-skill').click();
    const form = modal(page);
    await form.getByText('设置技能等级').waitFor();
    expect(await rawKeys(form)).toEqual([]);
    await choose(page, form, 'level', new RegExp(`^${target} · `));
    await form.locator('#note').fill('Led the checkpoint format migration');
    await form.getByRole('button', { name: buttonName('保存') }).click();
    await form.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await entries()).find((e) => e.skill.name === entry.skill.name)).toMatchObject({ level: target, levelSource: 'MANAGER' });
  });

  it('offers an employee neither project nor skill writes', async () => {
    const page = await signedIn('employee@demo.local');
    await page.goto('/structure/projects');
    await page.getByTestId('project-link').first().waitFor();
    expect(await page.getByTestId('project-new').count()).toBe(0);
    await page.getByTestId('project-link').first().click();
    await page.getByTestId('project-name').waitFor();
    expect(await page.getByTestId('project-edit').count()).toBe(0);
    const zhu = (await gqlAs(baseURL, 'employee@demo.local', '{ people(filter: { search: "Zhu Chen" }) { nodes { id } } }')).people.nodes[0].id as string;
    await page.goto(`/people/${zhu}`);
    await page.getByRole('tab', { name: 'Skills & projects' }).click();
    await page.getByTestId('skill-sources').first().waitFor();
    expect(await page.getByTestId('assess-new').count() + await page.getByTestId('assess-skill').count()).toBe(0);
  });
});
