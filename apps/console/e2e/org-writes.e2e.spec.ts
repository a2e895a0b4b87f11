// Writes of the structure plugin through the console, each checked through the GraphQL API: org
// units (create, rename, set the lead, move; a duplicate name refused on its field), as HR in
// both languages; and who sees the actions (an employee none).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gqlAs } from './support/api';
import { buttonName, choose, modal, pick, rawKeys } from './support/forms';
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

interface Unit { id: string; name: string; kind: string; parentId: string | null; lead: { name: string } | null }
const units = async (): Promise<Unit[]> => (await gqlAs(baseURL, 'hr@demo.local', '{ orgUnits { id name kind parentId lead { name } } }')).orgUnits;
const unitNamed = async (name: string) => (await units()).find((u) => u.name === name);

const TEXT = {
  'en-US': { create: 'Create', save: 'Save', name: 'Name', parent: 'Parent unit', lead: 'Lead', kind: 'Product', toolbar: 'New unit' },
  'zh-CN': { create: '创建', save: '保存', name: '名称', parent: '上级部门', lead: '负责人', kind: '产品', toolbar: '新建部门' },
} as const;

describe.each(['en-US', 'zh-CN'] as const)('org units as HR in %s', (language: Language) => {
  let page: Page;
  const text = TEXT[language];
  const name = `E2E Evals ${language}`;
  beforeAll(async () => {
    page = await (await newContext(browser, baseURL, language)).newPage();
    await signIn(page, 'hr@demo.local');
  });

  it('creates a unit under a parent with a lead', async () => {
    await page.goto('/structure/org');
    await page.getByTestId('unit-new').click();
    const form = modal(page);
    // The fields are labelled in the console's language.
    for (const label of [text.name, text.parent, text.lead]) await form.getByText(label, { exact: true }).waitFor();
    expect(await rawKeys(form)).toEqual([]);
    await form.getByLabel(text.name).fill(name);
    await choose(page, form, 'kind', text.kind);
    await choose(page, form, 'leadId', 'Gao Fei', 'Gao');
    await choose(page, form, 'parentId', 'Data Platform');
    await screenshot(page, language, 'structure-unit-new');
    await form.getByRole('button', { name: buttonName(text.create) }).click();
    await form.waitFor({ state: 'hidden' });

    const created = await unitNamed(name);
    const parent = await unitNamed('Data Platform');
    expect(created).toMatchObject({ kind: 'PRODUCT', parentId: parent!.id, lead: { name: '高飞 Gao Fei' } });
  });

  it('refuses a name a sibling already has, on the name field', async () => {
    await page.getByTestId('unit-new').click();
    const form = modal(page);
    await form.getByLabel(text.name).fill('Inference');
    await choose(page, form, 'parentId', 'Engineering');
    await form.getByRole('button', { name: buttonName(text.create) }).click();
    const problem = form.locator('.ant-form-item-explain-error');
    await problem.waitFor();
    expect(await problem.innerText()).toContain(language === 'zh-CN' ? '同级已有名为 Inference 的部门' : 'already called Inference');
    await form.getByRole('button', { name: buttonName(language === 'zh-CN' ? '取消' : 'Cancel') }).click();
    expect((await units()).filter((u) => u.name === 'Inference')).toHaveLength(1);
  });

  it('renames the unit, changes its lead, then moves it', async () => {
    await pick(page, page.getByTestId('unit-pick'), name);
    await page.getByTestId('unit-edit').click();
    let form = modal(page);
    await form.getByLabel(text.name).fill(`${name} renamed`);
    await choose(page, form, 'leadId', 'Zhu Chen', 'Zhu');
    await form.getByRole('button', { name: buttonName(text.save) }).click();
    await form.waitFor({ state: 'hidden' });
    expect(await unitNamed(`${name} renamed`)).toMatchObject({ kind: 'PRODUCT', lead: { name: '朱晨 Zhu Chen' } });

    await page.getByTestId('unit-move').click();
    form = modal(page);
    await form.getByText(text.parent, { exact: true }).waitFor();
    await choose(page, form, 'parentId', 'Research');
    await form.getByRole('button', { name: buttonName(text.save) }).click();
    await form.waitFor({ state: 'hidden' });
    const research = await unitNamed('Research');
    expect((await unitNamed(`${name} renamed`))!.parentId).toBe(research!.id);
  });
});

it('shows no org unit actions to an employee', async () => {
  const page = await (await newContext(browser, baseURL)).newPage();
  await signIn(page, 'employee@demo.local');
  await page.goto('/structure/org');
  await page.getByTestId('org-chart').locator('canvas').waitFor();
  expect(await page.getByTestId('org-unit-toolbar').count()).toBe(0);
});
