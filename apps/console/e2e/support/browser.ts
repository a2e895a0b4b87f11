// Debian's Chromium driven by playwright-core: never a downloaded browser. Playwright's launch()
// gives every run a fresh --user-data-dir of its own; each test signs in in its own context.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const OUTPUT_DIR = resolve(import.meta.dirname, '../../e2e-output');

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Content-Security-Policy violations seen in any page of this run: closing the browser fails the
// suite when there were some, so every page the e2e visits is checked against the server's CSP.
const violations: string[] = [];

/** The violations recorded so far, forgetting them (for a test that provokes one on purpose). */
export function takeCspViolations(): string[] {
  return violations.splice(0);
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const close = browser.close.bind(browser);
  browser.close = async (options) => {
    await close(options);
    const seen = takeCspViolations();
    if (seen.length) throw new Error(`Content-Security-Policy violations in the console:\n${seen.join('\n')}`);
  };
  return browser;
}

export type Language = 'en-US' | 'zh-CN';

/**
 * A fresh context (own localStorage) at a laptop-sized viewport, in the given console language.
 * The system asks for reduced motion, so the console draws no animations and no step waits for
 * one; `motion: true` gives the default experience, animations included (the screenshot tour).
 */
export async function newContext(browser: Browser, baseURL: string, language: Language = 'en-US', { motion = false } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 }, locale: language, reducedMotion: motion ? 'no-preference' : 'reduce' });
  context.setDefaultTimeout(20_000);
  context.on('console', (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) violations.push(`${message.page()?.url() ?? ''}: ${message.text()}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
  });
  await context.addInitScript((lang) => {
    if (!localStorage.getItem('cadre.locale')) localStorage.setItem('cadre.locale', lang);
    if (!localStorage.getItem('cadre.theme')) localStorage.setItem('cadre.theme', 'light');
  }, language);
  return context;
}

export const DEMO_PASSWORD = 'demo1234';

/** Signs in through the login form and waits for the shell. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
  await page.getByRole('navigation', { name: 'main' }).waitFor();
}

/** The labels of the main navigation, in order. */
export async function navLabels(page: Page): Promise<string[]> {
  const items = page.getByRole('navigation', { name: 'main' }).getByRole('menuitem');
  return (await items.allInnerTexts()).map((s) => s.trim()).filter(Boolean);
}

export async function screenshot(page: Page, language: Language, name: string): Promise<string> {
  const dir = resolve(OUTPUT_DIR, language);
  mkdirSync(dir, { recursive: true });
  const path = resolve(dir, `${name}.png`);
  // Let charts and lazy parts settle: wait until no skeleton or spinner is left.
  await page.waitForFunction(() => !document.querySelector('.ant-skeleton, .ant-spin-spinning'), undefined, { timeout: 20_000 });
  await page.screenshot({ path });
  return path;
}

/**
 * Opens the header's account menu (it opens on hover) until `item` shows: a hover that lands while
 * the page is still settling can leave the menu closed, so the mouse leaves and hovers again.
 */
export async function openAccountMenu(page: Page, item: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.getByTestId('account-menu').hover();
    try {
      await item.waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.mouse.move(0, 0);
    }
  }
}
