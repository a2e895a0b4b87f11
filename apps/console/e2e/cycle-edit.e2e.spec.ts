// Editing a draft review cycle in the console (#17: updateReviewCycle had no page). HR opens a draft
// this spec made, sees the form filled with the cycle as it is, is refused bands that do not descend
// on their field (the API's answer; nothing changes), then saves a new name, peer count and
// anonymity mode — each checked through the API. A cycle that has opened offers no edit. In both
// languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { gqlAs } from './support/api';
import { buttonName, modal, motionEnded, rawKeys } from './support/forms';
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

const CYCLE = 'query($id: ID!) { reviewCycle(id: $id) { name status peerCount anonymity thresholds criteria { key weight } } }';
const TEXT = { 'en-US': { edit: 'Edit', save: 'Save' }, 'zh-CN': { edit: '编辑', save: '保存' } } as const;

describe('a draft review cycle edited in the console', () => {
  for (const language of ['en-US', 'zh-CN'] as const satisfies readonly Language[]) {
    const text = TEXT[language];
    it(`fills the form from the draft, refuses bad bands on their field, saves the changes (${language})`, async () => {
      const name = `Edit ${language} ${Date.now().toString(36)}`;
      const { people } = await gqlAs(baseURL, 'hr@demo.local', '{ people(first: 2) { nodes { id } } }');
      const { createReviewCycle: created } = await gqlAs(baseURL, 'hr@demo.local', 'mutation($i: CreateReviewCycleInput!) { createReviewCycle(input: $i) { id } }', {
        i: { name, periodStart: '2027-01-01', periodEnd: '2027-06-30', participantIds: people.nodes.map((p: { id: string }) => p.id),
          criteria: [{ key: 'impact', name: 'Impact', description: '', weight: 0.6 }, { key: 'craft', name: 'Craft', description: '', weight: 0.4 }] },
      });
      const page = await (await newContext(browser, baseURL, language)).newPage();
      await signIn(page, 'hr@demo.local');
      await page.goto(`/incentives/cycles/${created.id}`);
      await page.getByTestId('edit-cycle').click();
      const form = modal(page);
      await form.waitFor();
      await motionEnded(page);
      const nameField = form.locator('#name');
      expect(await nameField.inputValue()).toBe(name);
      expect(await form.locator('#thresholds').inputValue()).toBe('4.5, 4, 3, 2');
      expect(await form.getByRole('textbox').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(expect.arrayContaining(['impact', 'Impact', 'craft', 'Craft']));

      // Bands that do not descend: the API refuses them on the thresholds field, and the cycle keeps its own.
      await form.locator('#thresholds').fill('3, 4');
      await form.getByRole('button', { name: buttonName(text.save) }).click();
      await form.locator('.ant-form-item-has-error #thresholds').waitFor();
      expect((await gqlAs(baseURL, 'hr@demo.local', CYCLE, { id: created.id })).reviewCycle.thresholds).toEqual([4.5, 4, 3, 2]);

      await form.locator('#thresholds').fill('4.5, 3.5, 2.5, 1.5');
      expect(await form.locator('.ant-form-item-has-error').count()).toBe(0);
      await nameField.fill(`${name} (edited)`);
      await form.locator('#peerCount').fill('2');
      await form.locator('label', { has: page.locator('input[value="confidential"]') }).click();
      expect(await rawKeys(form)).toEqual([]);
      await screenshot(page, language, 'incentives-cycle-edit');
      await form.getByRole('button', { name: buttonName(text.save) }).click();
      await form.waitFor({ state: 'hidden' });
      await page.getByText(`${name} (edited)`).first().waitFor();
      expect((await gqlAs(baseURL, 'hr@demo.local', CYCLE, { id: created.id })).reviewCycle).toEqual({
        name: `${name} (edited)`, status: 'draft', peerCount: 2, anonymity: 'confidential', thresholds: [4.5, 3.5, 2.5, 1.5],
        criteria: [{ key: 'impact', weight: 0.6 }, { key: 'craft', weight: 0.4 }],
      });

      // A cycle that has opened is not edited here.
      const { reviewCycles } = await gqlAs(baseURL, 'hr@demo.local', '{ reviewCycles { id status } }');
      const opened = reviewCycles.find((c: { status: string }) => c.status !== 'draft');
      await page.goto(`/incentives/cycles/${opened.id}`);
      await page.getByTestId('cycle-anonymity-mode').waitFor();
      expect(await page.getByTestId('edit-cycle').count()).toBe(0);
      expect(await page.getByRole('button', { name: buttonName(text.edit) }).count()).toBe(0);
      await page.context().close();
    });
  }
});
