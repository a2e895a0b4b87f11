// End-to-end: the real server (apps/server/dist) serving this app's build, driven by Debian's
// Chromium through playwright-core. Needs `pnpm --filter @cadre/console... build` first
// (turbo does it: `test` depends on `build`, and @cadre/server is a dev dependency).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.spec.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Two files at a time, each worker on its own server (global-setup).
    fileParallelism: true,
    maxWorkers: 2,
    // The browser's waits allow 20 s (support/browser.ts); a poll of the API after a click gets as
    // long, not vitest's 1 s, which a loaded CI machine overran.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
