import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, signIn, takeCspViolations } from './support/browser';
import { sharedServerURL } from './support/server';

// Every console e2e fails on a Content-Security-Policy violation (see support/browser.ts); this
// suite shows the policy is really sent and that a violation would be caught.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the console under its Content-Security-Policy', () => {
  it('is served with a strict policy and runs under it, solver included', async () => {
    const context = await newContext(browser, sharedServerURL());
    const page = await context.newPage();
    const response = await page.goto('/login');
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(response?.headers()['x-frame-options']).toBe('DENY');
    await signIn(page, 'hr@demo.local');
    // The bonus modeller runs the WebAssembly solver in the page.
    await page.goto('/incentives/pools');
    await page.getByRole('link', { name: 'H1 2026 Bonus' }).first().click();
    await page.getByTestId('open-modeller').click();
    await page.getByTestId('model-amount').first().waitFor();
    expect(takeCspViolations()).toEqual([]);
    await context.close();
  });

  it('catches a violation: an injected inline script is refused and reported', async () => {
    const context = await newContext(browser, sharedServerURL());
    const page = await context.newPage();
    await page.goto('/login');
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 200));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await page.waitForTimeout(200);
    expect(takeCspViolations().join('\n')).toMatch(/script-src/);
    await context.close();
  });
});
