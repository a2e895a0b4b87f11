// No table collapses at laptop widths: on every main page with a table, at 1280 and 1440 px and in
// both languages, each header and body cell is at least MIN_CELL px wide and no text in a cell
// is squeezed to a few characters per line (the requisitions table once showed titles one
// letter per line at 1440 px). Measured in the page with getBoundingClientRect and the line
// boxes of each text node; a screenshot of each page at each width under e2e-output/<lang>/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot, signIn, type Language } from './support/browser';
import { sharedServerURL } from './support/server';

const MIN_CELL = 48;
const WIDTHS = [1280, 1440] as const;
const PAGES = [
  '/attraction/requisitions', '/attraction/offers', '/attraction/bands', '/attraction/pay-positions', '/people', '/structure/projects', '/structure/skills/taxonomy', '/incentives/cycles', '/incentives/pools', '/incentives/awards', '/incentives/equity',
  '/development/courses', '/development/plans', '/development/ladders', '/development/research', '/development/budgets', '/knowledge/talks', '/knowledge/index', '/audit', '/jobs', '/roles', '/settings', '/plugins',
];

interface Problem { cell: string; width: number; lines?: number; text: string }

/** Cells narrower than the minimum, and texts broken into lines of fewer than three characters. */
async function collapsedCells(page: Page, min: number): Promise<Problem[]> {
  return page.evaluate((minWidth) => {
    const problems: Array<{ cell: string; width: number; lines?: number; text: string }> = [];
    const skip = ['ant-table-selection-column', 'ant-table-row-expand-icon-cell', 'ant-table-cell-scrollbar'];
    const cells = [...document.querySelectorAll<HTMLElement>('.ant-table-thead th, .ant-table-tbody tr:not(.ant-table-measure-row) > td')]
      .filter((c) => !skip.some((s) => c.classList.contains(s)) && c.getBoundingClientRect().height > 0);
    for (const cell of cells) {
      const { width } = cell.getBoundingClientRect();
      const text = (cell.innerText || '').trim().slice(0, 60);
      if (width < minWidth) problems.push({ cell: cell.tagName, width: Math.round(width), text });
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = (node.textContent ?? '').trim();
        if (value.length < 4) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size >= 3 && value.length / tops.size < 3) problems.push({ cell: cell.tagName, width: Math.round(width), lines: tops.size, text: value.slice(0, 60) });
      }
    }
    return problems;
  }, min);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['en-US', 'zh-CN'] as const)('tables at laptop widths in %s', (language: Language) => {
  it.each(WIDTHS)('no collapsed column at %i px', async (width) => {
    const context = await newContext(browser, sharedServerURL(), language);
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, 'owner@demo.local');
    const found: Record<string, Problem[]> = {};
    for (const path of PAGES) {
      await page.goto(path);
      await page.locator('.ant-table').first().waitFor();
      await page.waitForFunction(() => !document.querySelector('.ant-skeleton, .ant-spin-spinning'));
      const name = `table${path.replaceAll('/', '-')}-${width}`;
      await screenshot(page, language, name);
      const problems = await collapsedCells(page, MIN_CELL);
      if (problems.length) found[path] = problems;
    }
    expect(found).toEqual({});
    await context.close();
  });
});
