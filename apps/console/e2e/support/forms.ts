// Filling Ant Design forms the way a person does: by clicking and typing into labelled fields.
import type { Locator, Page } from 'playwright-core';

/** The modal on top. */
export const modal = (page: Page): Locator => page.locator('.ant-modal-wrap:visible .ant-modal').last();

/** Picks an option of the antd Select whose input has this id (typing `search` first, for server-side search). */
export async function choose(page: Page, scope: Locator, id: string, option: string | RegExp, search?: string): Promise<void> {
  const input = scope.locator(`#${id}`);
  await input.click();
  if (search) await input.fill(search);
  await clickOption(page, option);
  // The select shows the choice (checked here, so that a lost click fails at this step).
  await scope.locator('.ant-select', { has: page.locator(`#${id}`) }).filter({ hasText: option }).first().waitFor();
}

/** Picks an option of an antd Select found by a locator (one without an id of its own). */
export async function pick(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await select.click();
  await clickOption(page, option);
  await select.filter({ hasText: option }).waitFor();
}

/** Clicks an option of the open dropdown once its opening motion has ended (clicks during it are dropped). */
export async function clickOption(page: Page, option: string | RegExp): Promise<void> {
  const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first();
  await item.waitFor();
  await page.waitForFunction(() => !document.querySelector('.ant-select-dropdown[class*="-enter"], .ant-select-dropdown[class*="-appear"]'));
  await item.click();
}

/** Waits until no dialog, popconfirm or dropdown is in its opening motion (antd drops a click made during it). */
export async function motionEnded(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector(['.ant-modal', '.ant-popover', '.ant-select-dropdown'].flatMap((c) => [`${c}[class*="-enter"]`, `${c}[class*="-appear"]`]).join(', ')));
}

/** Clicks OK in the confirm dialog on top, once it has opened. */
export async function confirmDialog(page: Page): Promise<void> {
  const dialog = page.locator('.ant-modal-confirm:visible').last();
  await dialog.waitFor();
  await motionEnded(page);
  await dialog.locator('.ant-btn-primary').click();
}

export const RAW_KEY = /\b(?:structure|attraction|incentives|development|knowledge)\.[a-zA-Z]+(?:\.[\w.]+)?\b/g;

/** Every message key left untranslated on screen (texts like "structure.unit.name"). */
export async function rawKeys(scope: Locator): Promise<string[]> {
  return (await scope.innerText()).match(RAW_KEY) ?? [];
}

/**
 * A button's accessible name as a pattern: antd puts a space between two CJK characters ("保 存"),
 * and a button that was loading keeps its spinner (img "loading") in the name until the icon's
 * leave motion ends, which headless Chromium may never finish: after a refused submit the modal's
 * OK button read "loading 提 交" (no longer loading, clickable) and a strict name never matched.
 */
export const buttonName = (text: string): RegExp => new RegExp(`^(?:loading\\s)?${[...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s?')}$`);
