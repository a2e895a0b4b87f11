import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    // The browser smoke test starts Chromium; a timeout is not a speed assertion.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
