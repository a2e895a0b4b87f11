// Shared Vitest preset for server-side packages: one fork at a time so e2e suites that boot
// the real server do not fight over the two cores; long hook timeouts for server boot.
import { defineConfig } from 'vitest/config';

export function nodePreset(overrides = {}) {
  return defineConfig({
    test: {
      environment: 'node',
      include: ['src/**/*.spec.ts', 'e2e/**/*.e2e.spec.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      pool: 'forks',
      fileParallelism: false,
      ...overrides,
    },
  });
}
