// Component tests: the shell's logic in jsdom with a fake GraphQL server (no network).
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['src/**/*.spec.{ts,tsx}'],
      setupFiles: ['src/test/setup.ts'],
      testTimeout: 20_000,
      // Two shared cores: one worker keeps antd-heavy suites from starving each other.
      fileParallelism: false,
    },
  }),
);
