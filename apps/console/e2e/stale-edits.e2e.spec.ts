// Two people edit the same record: hr has the form open while someone else saves the same person
// (or draft review cycle, or project, or an author the same knowledge item) through the API. hr's save is refused with the API's words in the page's
// language, the other change stays, and hr can load it and save again. In both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { gqlAs } from './support/api';
import { buttonName, modal, motionEnded } from './support/forms';
import { DEMO_PASSWORD, launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { sharedServerURL } from './support/server';

let browser: Browser;
let baseURL: string;
// Roles are changed by an admin of this suite's own: the audit suite counts the owner's createRole entries.
const ADMIN = 'stale-admin@demo.local';
beforeAll(async () => {
  baseURL = sharedServerURL();
  browser = await launchBrowser();
  await gqlAs(baseURL, 'owner@demo.local', 'mutation($a: CreateAccountInput!) { createAccount(input: $a) { id } }', { a: { email: ADMIN, password: DEMO_PASSWORD, roles: ['admin'] } });
});
afterAll(async () => {
  await browser?.close();
});

const TEXT = {
  'en-US': { save: 'Save', edit: 'Edit', stale: 'was changed by someone else after you opened it', reload: 'Load their version' },
  'zh-CN': { save: '保存', edit: '编辑', stale: '在你打开后已被他人修改', reload: '载入对方的版本' },
} as const;
const PERSON = 'query($id: ID!) { person(id: $id) { title location } }';
const UPDATE_PERSON = 'mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { id } }';

describe('a save over someone else\'s change is refused, not lost', () => {
  for (const language of ['en-US', 'zh-CN'] as const satisfies readonly Language[]) {
    const text = TEXT[language];

    it(`a person edited meanwhile (${language})`, async () => {
      const { people } = await gqlAs(baseURL, 'hr@demo.local', '{ people(first: 30) { nodes { id } } }');
      const id = people.nodes[language === 'en-US' ? 24 : 25].id;
      const before = (await gqlAs(baseURL, 'hr@demo.local', PERSON, { id })).person;
      const page = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(page, 'hr@demo.local');
      await page.goto(`/people/${id}/edit`);
      await expect.poll(() => page.locator('#title').inputValue()).toBe(before.title);

      const theirs = `Changed elsewhere ${Date.now().toString(36)}`;
      await gqlAs(baseURL, 'hr@demo.local', UPDATE_PERSON, { id, input: { title: theirs } });
      await page.locator('#location').fill('Suzhou');
      await page.getByRole('button', { name: buttonName(text.save) }).click();
      const alert = page.getByRole('alert').filter({ hasText: text.stale });
      await alert.waitFor();
      expect(await alert.innerText()).not.toContain('expectedUpdatedAt');
      await screenshot(page, language, 'person-stale-edit');
      expect((await gqlAs(baseURL, 'hr@demo.local', PERSON, { id })).person).toEqual({ title: theirs, location: before.location });

      // Their version fills the form; hr's change made again on top of it goes through.
      await page.getByTestId('reload-person').click();
      await expect.poll(() => page.locator('#title').inputValue()).toBe(theirs);
      expect(await alert.count()).toBe(0);
      await page.locator('#location').fill('Suzhou');
      await page.getByRole('button', { name: buttonName(text.save) }).click();
      await page.waitForURL(`**/people/${id}`);
      expect((await gqlAs(baseURL, 'hr@demo.local', PERSON, { id })).person).toEqual({ title: theirs, location: 'Suzhou' });
      await gqlAs(baseURL, 'hr@demo.local', UPDATE_PERSON, { id, input: { title: before.title, location: before.location } });
      await page.context().close();
    });

    it(`a knowledge item edited meanwhile by a co-author (${language})`, async () => {
      const { createKnowledgeItem: item } = await gqlAs(baseURL, 'employee@demo.local', 'mutation($i: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $i) { id } }', {
        i: { kind: 'DESIGN_DOC', title: `Stale doc ${language} ${Date.now().toString(36)}`, body: 'First draft' },
      });
      const page = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(page, 'employee@demo.local');
      await page.goto(`/knowledge/items/${item.id}/edit`);
      const body = page.locator('#body');
      await expect.poll(() => body.inputValue()).toBe('First draft');

      await gqlAs(baseURL, 'employee@demo.local', 'mutation($id: ID!) { updateKnowledgeItem(id: $id, input: { body: "Their rewrite" }) { id } }', { id: item.id });
      await body.fill('My rewrite');
      await page.getByRole('button', { name: buttonName(text.save) }).click();
      const error = page.getByTestId('form-error');
      await error.waitFor();
      expect(await error.innerText()).toContain(text.stale);
      expect(await error.innerText()).not.toContain('expectedUpdatedAt');
      const stored = 'query($id: ID!) { knowledgeItem(id: $id) { body version } }';
      expect((await gqlAs(baseURL, 'employee@demo.local', stored, { id: item.id })).knowledgeItem).toEqual({ body: 'Their rewrite', version: 2 });
      await page.context().close();
    });

    it(`a project whose requirements changed meanwhile (${language})`, async () => {
      const { createProject: project } = await gqlAs(baseURL, 'hr@demo.local', 'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }', {
        i: { name: `Stale project ${language} ${Date.now().toString(36)}`, headcountMax: 3 },
      });
      const { skills } = await gqlAs(baseURL, 'hr@demo.local', '{ skills { id } }');
      const page = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(page, 'hr@demo.local');
      await page.goto(`/structure/projects/${project.id}`);
      await page.getByTestId('project-edit').click();
      const form = modal(page);
      await form.waitFor();
      await motionEnded(page);

      // Someone sets the requirements on their own; hr's form (with none) would wipe them.
      await gqlAs(baseURL, 'hr@demo.local', 'mutation($p: ID!, $s: ID!) { setProjectRequirements(input: { projectId: $p, requirements: [{ skillId: $s, minLevel: 3 }] }) { id } }', { p: project.id, s: skills[0].id });
      await form.locator('#headcountMax').fill('5');
      await form.getByRole('button', { name: buttonName(text.save) }).click();
      await form.getByTestId('project-form-error').filter({ hasText: text.stale }).waitFor();
      const stored = (await gqlAs(baseURL, 'hr@demo.local', 'query($id: ID!) { project(id: $id) { headcountMax requirements { skillId } } }', { id: project.id })).project;
      expect(stored).toEqual({ headcountMax: 3, requirements: [{ skillId: skills[0].id }] });
      await page.context().close();
    });

    it(`a custom role changed meanwhile (${language})`, async () => {
      const key = `stale-${language.toLowerCase()}-${Date.now().toString(36)}`;
      const name = `Stale role ${language}`;
      const ROLE = 'query { roles { id key name permissions } }';
      const { createRole: created } = await gqlAs(baseURL, ADMIN, 'mutation($i: RoleInput!) { createRole(input: $i) { id } }', { i: { key, name, permissions: ['people.read'] } });
      const page = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(page, ADMIN);
      await page.goto('/roles');
      await page.getByRole('button', { name: `${text.edit} ${name}` }).click();
      const form = modal(page);
      await form.waitFor();
      await motionEnded(page);
      expect(await form.locator('#name').inputValue()).toBe(name);

      // Another admin grants a permission; the form, filled before, would have dropped it.
      await gqlAs(baseURL, ADMIN, 'mutation($id: ID!) { setRolePermission(id: $id, permission: "audit.read", granted: true) { id } }', { id: created.id });
      await form.locator('#name').fill(`${name} renamed`);
      await form.getByRole('button', { name: buttonName(text.save) }).click();
      await form.getByText(text.stale).waitFor();
      expect(await form.getByText(text.stale).innerText()).not.toContain('expectedUpdatedAt');
      const role = (await gqlAs(baseURL, ADMIN, ROLE)).roles.find((r: { id: string }) => r.id === created.id);
      expect(role).toMatchObject({ name, permissions: ['audit.read', 'people.read'] });
      await gqlAs(baseURL, ADMIN, 'mutation($id: ID!) { deleteRole(id: $id) }', { id: created.id });
      await page.context().close();
    });

    it(`a draft review cycle edited meanwhile (${language})`, async () => {
      const name = `Stale ${language} ${Date.now().toString(36)}`;
      const { people } = await gqlAs(baseURL, 'hr@demo.local', '{ people(first: 2) { nodes { id } } }');
      const { createReviewCycle: created } = await gqlAs(baseURL, 'hr@demo.local', 'mutation($i: CreateReviewCycleInput!) { createReviewCycle(input: $i) { id } }', {
        i: { name, periodStart: '2027-01-01', periodEnd: '2027-06-30', participantIds: people.nodes.map((p: { id: string }) => p.id),
          criteria: [{ key: 'impact', name: 'Impact', description: '', weight: 1 }] },
      });
      const page = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(page, 'hr@demo.local');
      await page.goto(`/incentives/cycles/${created.id}`);
      await page.getByTestId('edit-cycle').click();
      const form = modal(page);
      await form.waitFor();
      await motionEnded(page);
      expect(await form.locator('#name').inputValue()).toBe(name);

      await gqlAs(baseURL, 'hr@demo.local', 'mutation($id: ID!) { updateReviewCycle(id: $id, input: { name: "Renamed elsewhere" }) { id } }', { id: created.id });
      await form.locator('#peerCount').fill('5');
      await form.getByRole('button', { name: buttonName(text.save) }).click();
      await form.getByText(text.stale).waitFor();
      expect(await form.getByText(text.stale).innerText()).not.toContain('expectedUpdatedAt');
      const cycle = 'query($id: ID!) { reviewCycle(id: $id) { name peerCount } }';
      expect((await gqlAs(baseURL, 'hr@demo.local', cycle, { id: created.id })).reviewCycle).toEqual({ name: 'Renamed elsewhere', peerCount: 3 });

      // Closed and opened again, the form starts from the change that won, and saves.
      await page.keyboard.press('Escape');
      await form.waitFor({ state: 'hidden' });
      await page.getByText('Renamed elsewhere').first().waitFor();
      await page.getByTestId('edit-cycle').click();
      await modal(page).waitFor();
      await motionEnded(page);
      expect(await modal(page).locator('#name').inputValue()).toBe('Renamed elsewhere');
      await modal(page).locator('#peerCount').fill('5');
      await modal(page).getByRole('button', { name: buttonName(text.save) }).click();
      await modal(page).waitFor({ state: 'hidden' });
      expect((await gqlAs(baseURL, 'hr@demo.local', cycle, { id: created.id })).reviewCycle).toEqual({ name: 'Renamed elsewhere', peerCount: 5 });
      await page.context().close();
    });
  }
});
