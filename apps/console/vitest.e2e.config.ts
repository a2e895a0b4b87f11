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
    fileParallelism: false,
  },
});
