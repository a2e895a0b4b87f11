// axe-core over the console's main pages as hr@demo.local, in both languages: no serious or
// critical violation (WCAG 2 A/AA rules). axe comes from npm and runs inside the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, newContext, signIn, type Language } from './support/browser';
import { gqlAs } from './support/api';
import { sharedServerURL } from './support/server';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Each page with what shows once its data is in.
const PAGES: Array<{ path: string; ready: string }> = [
  { path: '/', ready: '.ant-card' },
  { path: '/people', ready: 'tr.ant-table-row' },
  { path: '/people/new', ready: 'form' },
  { path: '/roles', ready: 'table' },
  { path: '/accounts', ready: 'tr.ant-table-row' },
  { path: '/structure/org', ready: '.ant-tree, .ant-card' },
  { path: '/structure/skills', ready: '.ant-card' },
  { path: '/knowledge', ready: '[data-testid=item-link]' },
  { path: '/knowledge/talks?when=ALL', ready: '[data-testid=talk-link]' },
  { path: '/attraction/requisitions', ready: 'tr.ant-table-row' },
  { path: '/attraction/bands', ready: 'tr.ant-table-row' },
  { path: '/attraction/pay-positions', ready: 'tr.ant-table-row' },
  { path: '/incentives/cycles', ready: 'tr.ant-table-row' },
  { path: '/incentives/pools', ready: 'tr.ant-table-row' },
  { path: '/development/courses', ready: 'tr.ant-table-row' },
  { path: '/development/ladders', ready: '.ant-tabs' },
  { path: '/insights/surveys', ready: '.ant-card' },
];

type Violation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[]; failureSummary?: string }> };

async function scan(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: [...n.target, n.failureSummary?.slice(0, 200) ?? ''] })) }));
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  // Enough custom roles that the roles matrix scrolls sideways (a scroll region must be keyboard-reachable).
  // Made by an admin of their own: admin.e2e counts the owner's createRole entries.
  const base = sharedServerURL();
  const { roles } = await gqlAs(base, 'owner@demo.local', '{ roles { key } }');
  if (roles.some((r: { key: string }) => r.key.startsWith('a11y-role-'))) return;
  await gqlAs(base, 'owner@demo.local', 'mutation($a: CreateAccountInput!) { createAccount(input: $a) { id } }', { a: { email: 'a11y-admin@demo.local', password: DEMO_PASSWORD, roles: ['admin'] } });
  for (let i = 1; i <= 8; i++) {
    await gqlAs(base, 'a11y-admin@demo.local', 'mutation($i: RoleInput!) { createRole(input: $i) { key } }', { i: { key: `a11y-role-${i}`, name: `A11y role ${i}`, permissions: [] } });
  }
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility of the main pages (axe-core)', () => {
  for (const language of ['en-US', 'zh-CN'] as Language[]) {
    it(`finds no serious or critical violation (${language})`, async () => {
      const page = await (await newContext(browser, sharedServerURL(), language)).newPage();
      await signIn(page, 'hr@demo.local');
      const found: string[] = [];
      for (const { path, ready } of PAGES) {
        await page.goto(path);
        await page.locator(ready).first().waitFor().catch((e: Error) => {
          throw new Error(`${path} did not show ${ready}: ${e.message}`);
        });
        await page.waitForLoadState('networkidle');
        for (const v of await scan(page)) {
          if (v.impact === 'serious' || v.impact === 'critical') found.push(`${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
        }
      }
      expect(found).toEqual([]);
      await page.context().close();
    });
  }
});
