// The skill taxonomy edited through the console, each step checked through the GraphQL API: HR
// creates a category and a skill in it, renames the skill (a name already taken is refused on its
// field), merges it into another skill (the level moves with it), deletes a skill, and sees why a
// skill a project requires is not deleted, then renames the category and deletes it once it is
// empty (while it holds a skill the API's refusal shows); in both languages. An employee reads the
// taxonomy and is offered no editing.
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

const HR = 'hr@demo.local';
const TAXONOMY = '{ skillCategories { id name skills { id name description categoryName } } }';
const TEXT = {
  'en-US': { create: 'Create', save: 'Save', taken: /already called Rust/, required: /RLHF is required by \d+ project/, deleteWarning: /everyone's level in it and all the evidence/, categoryWarning: /Only an empty category can be deleted/, holds: /still holds 1 skill\(s\)/ },
  'zh-CN': { create: '创建', save: '保存', taken: /已有名为 Rust 的技能/, required: /RLHF 被 \d+ 个项目所需要/, deleteWarning: /每个人在该技能上的等级和支撑这些等级的全部证据/, categoryWarning: /只能删除空类别/, holds: /下还有 1 项技能/ },
} as const;

async function signedIn(email: string, language: Language): Promise<Page> {
  const page = await (await newContext(browser, baseURL, language)).newPage();
  await signIn(page, email);
  return page;
}

const taxonomy = async () => (await gqlAs(baseURL, HR, TAXONOMY)).skillCategories as Array<{ id: string; name: string; skills: Array<{ id: string; name: string; description: string | null; categoryName: string }> }>;
const skillNamed = async (name: string) => (await taxonomy()).flatMap((c) => c.skills).find((s) => s.name === name);
const row = (page: Page, id: string) => page.locator(`tr[data-row-key="${id}"]`);
// antd may put the test id on the input or on its wrapper.
const searchBox = (page: Page) => page.locator('input[data-testid="taxonomy-search"], [data-testid="taxonomy-search"] input').first();

describe.each(['en-US', 'zh-CN'] as const)('the skill taxonomy as HR in %s', (language) => {
  it('creates a category and a skill, renames, merges and deletes skills, and shows a refused delete', async () => {
    const text = TEXT[language];
    const page = await signedIn(HR, language);
    await page.goto('/structure/skills/taxonomy');
    const card = page.locator('.ant-card').first();
    await page.getByTestId('new-category').waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    expect(await rawKeys(card)).toEqual([]);

    // A category.
    const categoryName = `E2E taxonomy ${language}`;
    await page.getByTestId('new-category').click();
    const c = modal(page);
    await c.locator('#name').waitFor();
    expect(await rawKeys(c)).toEqual([]);
    await c.locator('#name').fill(categoryName);
    await c.getByRole('button', { name: buttonName(text.create) }).click();
    await c.waitFor({ state: 'hidden' });
    const category = (await taxonomy()).find((x) => x.name === categoryName);
    expect(category).toBeTruthy();

    // A skill in it, from the category's row (the category is filled in).
    const skillName = `E2E skill ${language}`;
    await row(page, category!.id).getByTestId('category-add-skill').click();
    const s = modal(page);
    await s.locator('#name').waitFor();
    expect(await rawKeys(s)).toEqual([]);
    await s.locator('#name').fill(skillName);
    await s.getByRole('button', { name: buttonName(text.create) }).click();
    await s.waitFor({ state: 'hidden' });
    const created = await skillNamed(skillName);
    expect(created).toMatchObject({ categoryName, description: null });

    // Renaming: a name another skill has is refused on the field, then a new name and a description.
    await row(page, created!.id).getByTestId('skill-edit').click();
    const e = modal(page);
    await e.locator('#name').fill('Rust');
    await e.getByRole('button', { name: buttonName(text.save) }).click();
    await e.locator('.ant-form-item-has-error', { has: page.locator('#name') }).filter({ hasText: text.taken }).waitFor();
    expect((await skillNamed(skillName))?.id).toBe(created!.id);
    const renamed = `E2E renamed ${language}`;
    await e.locator('#name').fill(renamed);
    await e.locator('#description').fill('Checked by the e2e suite');
    await e.getByRole('button', { name: buttonName(text.save) }).click();
    await e.waitFor({ state: 'hidden' });
    expect(await skillNamed(renamed)).toMatchObject({ id: created!.id, description: 'Checked by the e2e suite', categoryName });

    // Merging it into another skill: an employee's level in it moves to that skill.
    const targetName = `E2E merge target ${language}`;
    const target = (await gqlAs(baseURL, HR, 'mutation($c: ID!, $n: String!) { createSkill(input: { categoryId: $c, name: $n }) { id } }', { c: category!.id, n: targetName })).createSkill.id as string;
    const { people } = await gqlAs(baseURL, HR, '{ people(filter: { search: "employee@demo.local" }) { nodes { id email } } }');
    const employee = people.nodes.find((p: { email: string }) => p.email === 'employee@demo.local').id as string;
    await gqlAs(baseURL, HR, 'mutation($p: ID!, $s: ID!) { setSkillLevel(input: { personId: $p, skillId: $s, level: 4 }) { person { id } } }', { p: employee, s: created!.id });
    await page.reload();
    await row(page, created!.id).getByTestId('skill-merge').click();
    const m = modal(page);
    await m.getByTestId('merge-explain').waitFor();
    expect(await rawKeys(m)).toEqual([]);
    expect(await m.getByTestId('merge-explain').innerText()).toContain(renamed);
    await choose(page, m, 'targetSkillId', targetName, targetName);
    await screenshot(page, language, 'structure-taxonomy-merge');
    await m.getByTestId('merge-ok').click();
    await m.waitFor({ state: 'hidden' });
    expect(await skillNamed(renamed)).toBeUndefined();
    const profile = (await gqlAs(baseURL, HR, 'query($p: ID) { skillProfile(personId: $p) { entries { skill { id } level } } }', { p: employee })).skillProfile;
    expect(profile.entries.find((x: { skill: { id: string } }) => x.skill.id === target)?.level).toBe(4);
    await row(page, created!.id).waitFor({ state: 'detached' });

    // Deleting: the confirmation says what goes with the skill.
    await row(page, target).getByTestId('skill-delete').click();
    const confirm = page.locator('.ant-modal-confirm:visible');
    await confirm.waitFor();
    expect(await confirm.innerText()).toMatch(text.deleteWarning);
    expect(await rawKeys(confirm)).toEqual([]);
    await page.getByTestId('delete-skill-ok').click();
    await row(page, target).waitFor({ state: 'detached' });
    expect(await skillNamed(targetName)).toBeUndefined();

    // A skill a project requires is refused, with the API's reason on the page.
    await searchBox(page).fill('RLHF');
    const rlhf = (await skillNamed('RLHF'))!;
    await row(page, rlhf.id).getByTestId('skill-delete').click();
    await page.getByTestId('delete-skill-ok').click();
    const refusal = page.getByTestId('taxonomy-refusal');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(text.required);
    expect(await rawKeys(refusal)).toEqual([]);
    expect((await skillNamed('RLHF'))?.id).toBe(rlhf.id);
    await searchBox(page).fill(categoryName);
    await screenshot(page, language, 'structure-taxonomy');

    // The category: renamed from its row, refused while it holds a skill, deleted once empty.
    const keeper = (await gqlAs(baseURL, HR, 'mutation($c: ID!, $n: String!) { createSkill(input: { categoryId: $c, name: $n }) { id } }', { c: category!.id, n: `E2E keeper ${language}` })).createSkill.id as string;
    await searchBox(page).fill('');
    await page.reload();
    await row(page, category!.id).getByTestId('category-edit').click();
    const ce = modal(page);
    await ce.locator('#name').waitFor();
    expect(await ce.locator('#name').inputValue()).toBe(categoryName);
    expect(await rawKeys(ce)).toEqual([]);
    const categoryRenamed = `E2E category renamed ${language}`;
    await ce.locator('#name').fill(categoryRenamed);
    await ce.getByRole('button', { name: buttonName(text.save) }).click();
    await ce.waitFor({ state: 'hidden' });
    expect((await taxonomy()).find((x) => x.id === category!.id)).toMatchObject({ name: categoryRenamed, skills: [{ id: keeper }] });

    const deleteCategory = async () => {
      await row(page, category!.id).getByTestId('category-delete').click();
      const dialog = page.locator('.ant-modal-confirm:visible');
      await dialog.waitFor();
      expect(await dialog.innerText()).toMatch(text.categoryWarning);
      expect(await rawKeys(dialog)).toEqual([]);
      await page.getByTestId('delete-category-ok').click();
    };
    await deleteCategory();
    await page.getByTestId('taxonomy-refusal').filter({ hasText: text.holds }).waitFor();
    expect((await taxonomy()).some((x) => x.id === category!.id)).toBe(true);
    await gqlAs(baseURL, HR, 'mutation($id: ID!) { deleteSkill(id: $id) }', { id: keeper });
    await page.reload();
    await deleteCategory();
    await row(page, category!.id).waitFor({ state: 'detached' });
    expect((await taxonomy()).some((x) => x.id === category!.id)).toBe(false);
  });
});

describe('the skill taxonomy as an employee', () => {
  it('shows the categories and skills, and offers no editing', async () => {
    const page = await signedIn('employee@demo.local', 'en-US');
    await page.goto('/structure/skills/taxonomy');
    const first = (await taxonomy())[0]!;
    await row(page, first.skills[0]!.id).waitFor();
    expect(await rawKeys(page.locator('.ant-card').first())).toEqual([]);
    for (const id of ['new-category', 'new-skill', 'category-add-skill', 'category-edit', 'category-delete', 'skill-edit', 'skill-merge', 'skill-delete']) expect(await page.getByTestId(id).count(), id).toBe(0);
  });
});
