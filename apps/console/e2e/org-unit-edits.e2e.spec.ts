// Deleting org units and moving people between units through the console, each checked through
// the GraphQL API, as HR: a unit with members is refused (the API's reason shown, nothing
// deleted); a person moves from a unit's member list to another unit, to none and back; a unit
// deleted while the form was open is refused on the unit field and moves no one; the emptied unit
// is deleted. The org page once in zh-CN; an employee sees none of these actions.
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

const hr = (query: string, variables: Record<string, unknown> = {}) => gqlAs(baseURL, 'hr@demo.local', query, variables);
interface Unit { id: string; name: string; memberCount: number }
const units = async (): Promise<Unit[]> => (await hr('{ orgUnits { id name memberCount } }')).orgUnits;
const unitNamed = async (name: string) => (await units()).find((u) => u.name === name);
const unitOf = async (personId: string): Promise<string | null> => (await hr('query($id: ID!) { person(id: $id) { orgUnitId } }', { id: personId })).person.orgUnitId;
const createUnit = async (name: string, parent: string): Promise<string> =>
  (await hr('mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id } }', { i: { name, kind: 'TECHNICAL', parentId: (await unitNamed(parent))!.id } })).createOrgUnit.id;

async function signedIn(email: string, language: Language = 'en-US'): Promise<Page> {
  const page = await (await newContext(browser, baseURL, language)).newPage();
  await signIn(page, email);
  return page;
}

/** Deletes the unit chosen in the toolbar, confirming the question. */
async function deleteChosen(page: Page): Promise<void> {
  await page.getByTestId('unit-delete').click();
  await page.getByTestId('unit-delete-ok').click();
}

describe('org units and their members as HR', () => {
  let page: Page;
  let person: { id: string; name: string };
  let multimodal: string;
  let landing: string;
  beforeAll(async () => {
    multimodal = (await unitNamed('Multimodal'))!.id;
    const { orgUnit } = await hr('query($id: ID!) { orgUnit(id: $id) { members { id name } } }', { id: multimodal });
    person = orgUnit.members.find((m: { name: string }) => /[A-Za-z]+$/.test(m.name));
    landing = await createUnit('E2E Landing', 'Research');
    page = await signedIn('hr@demo.local');
    await page.goto('/structure/org');
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('refuses to delete a unit with members, showing why, and deletes nothing', async () => {
    const before = await unitNamed('Multimodal');
    await pick(page, page.getByTestId('unit-pick'), 'Multimodal');
    await deleteChosen(page);
    const refusal = page.getByTestId('unit-delete-error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/Multimodal still has .*member\(s\)/);
    expect(await unitNamed('Multimodal')).toEqual(before);
  });

  it("moves a person from the unit's member list to another unit, to none, and back", async () => {
    const members = page.getByTestId('unit-members');
    await members.getByTestId('unit-member').filter({ hasText: person.name }).getByTestId('member-move').click();
    let form = modal(page);
    expect(await rawKeys(form)).toEqual([]);
    await choose(page, form, 'unitId', 'E2E Landing');
    await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0); // the picked option's list closed
    await screenshot(page, 'en-US', 'structure-member-move');
    await form.getByRole('button', { name: buttonName('Save') }).click();
    await form.waitFor({ state: 'hidden' });
    expect(await unitOf(person.id)).toBe(landing);
    await members.getByTestId('unit-member').filter({ hasText: person.name }).waitFor({ state: 'detached' });

    // From the new unit's list: out of every unit.
    await pick(page, page.getByTestId('unit-pick'), 'E2E Landing');
    await members.getByTestId('unit-member').filter({ hasText: person.name }).getByTestId('member-move').click();
    form = modal(page);
    await form.locator('.ant-select', { has: page.locator('#unitId') }).hover();
    await form.locator('.ant-select', { has: page.locator('#unitId') }).locator('.ant-select-clear').click();
    await form.getByRole('button', { name: buttonName('Save') }).click();
    await form.waitFor({ state: 'hidden' });
    expect(await unitOf(person.id)).toBeNull();

    // Back into Multimodal, picked from the directory on Multimodal's list.
    await pick(page, page.getByTestId('unit-pick'), 'Multimodal');
    await members.getByTestId('member-add').click();
    form = modal(page);
    await choose(page, form, 'personId', person.name, person.name.split(' ').pop());
    await form.getByRole('button', { name: buttonName('Save') }).click();
    await form.waitFor({ state: 'hidden' });
    expect(await unitOf(person.id)).toBe(multimodal);
    await members.getByTestId('unit-member').filter({ hasText: person.name }).waitFor();
  });

  it('refuses a unit deleted while the form was open, on the unit field, and moves no one', async () => {
    const vanishing = await createUnit('E2E Vanishing', 'Research');
    await page.reload();
    await pick(page, page.getByTestId('unit-pick'), 'Multimodal');
    await page.getByTestId('unit-members').getByTestId('unit-member').filter({ hasText: person.name }).getByTestId('member-move').click();
    const form = modal(page);
    await choose(page, form, 'unitId', 'E2E Vanishing');
    await hr('mutation($id: ID!) { deleteOrgUnit(id: $id) }', { id: vanishing });
    await form.getByRole('button', { name: buttonName('Save') }).click();
    const problem = form.locator('.ant-form-item-has-error', { has: page.locator('#unitId') }).locator('.ant-form-item-explain-error');
    await problem.waitFor();
    expect(await problem.innerText()).toContain(`no org unit has the id ${vanishing}`);
    expect(await unitOf(person.id)).toBe(multimodal);
    await form.getByRole('button', { name: buttonName('Cancel') }).click();
    await form.waitFor({ state: 'hidden' });
  });

  it('deletes an empty unit after the confirm', async () => {
    await pick(page, page.getByTestId('unit-pick'), 'E2E Landing');
    await page.getByTestId('unit-members').getByText('No one is directly in this unit').waitFor();
    await deleteChosen(page);
    await page.getByTestId('unit-members').waitFor({ state: 'detached' });
    expect(await unitNamed('E2E Landing')).toBeUndefined();
    expect(await page.getByTestId('unit-delete-error').count()).toBe(0);
  });
});

describe('the org page in zh-CN', () => {
  it("labels the member list and shows the API's refusal in Chinese", async () => {
    const page = await signedIn('hr@demo.local', 'zh-CN');
    await page.goto('/structure/org');
    await pick(page, page.getByTestId('unit-pick'), 'Multimodal');
    const members = page.getByTestId('unit-members');
    await members.getByText(/Multimodal 的直属成员（\d+）/).waitFor();
    expect(await rawKeys(page.getByTestId('org-unit-toolbar'))).toEqual([]);
    expect(await rawKeys(members)).toEqual([]);
    await page.getByTestId('unit-delete').click();
    await page.getByText('删除“Multimodal”？').waitFor();
    await page.getByTestId('unit-delete-ok').click();
    const refusal = page.getByTestId('unit-delete-error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('Multimodal 仍有');
    await screenshot(page, 'zh-CN', 'structure-unit-delete-refused');
    expect(await unitNamed('Multimodal')).toBeTruthy();
    await page.context().close();
  });
});

describe('the org page as an employee', () => {
  it('offers no unit delete and no member moves', async () => {
    const page = await signedIn('employee@demo.local');
    await page.goto('/structure/org');
    await page.getByTestId('org-chart').locator('canvas').waitFor();
    for (const id of ['org-unit-toolbar', 'unit-delete', 'unit-members', 'member-move', 'member-add']) expect(await page.getByTestId(id).count()).toBe(0);
    await page.context().close();
  });
});
