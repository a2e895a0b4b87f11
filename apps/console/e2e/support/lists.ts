// What the list specs ask of a table paged on the server (the kit's useServerList).
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Waits until the table's rows are exactly these ids, in this order. */
export async function rowsAre(p: Page, table: string, want: string[]): Promise<void> {
  const selector = `[data-testid=${table}] tr.ant-table-row[data-row-key]`;
  await p.waitForFunction(([sel, w]) => JSON.stringify([...document.querySelectorAll(sel)].map((r) => r.getAttribute('data-row-key'))) === w, [selector, JSON.stringify(want)] as const);
  expect(await p.locator(selector).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key')))).toEqual(want);
}

/** A URL parameter of the page (the list's state). */
export const param = (p: Page, name: string): string | null => new URL(p.url()).searchParams.get(name);

/** The pager's total ("61 in total", "共 61 条"). */
export const total = (p: Page): Promise<string> => p.locator('main .ant-pagination-total-text').first().innerText();

/** A sortable column's header. */
export const header = (p: Page, table: string, title: string) => p.locator(`[data-testid=${table}] th.ant-table-column-has-sorters`, { hasText: title }).first();
