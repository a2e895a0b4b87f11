// Shared Vitest preset for server-side packages. Two files at a time, each e2e file booting its
// own server on its own database (SQLite file or PostgreSQL schema), so they cannot meet. Files
// share their worker's module cache (isolate: false): importing Nest, TypeORM and a plugin's
// modules anew for every file cost more than most files' tests on two cores. Nothing here keeps
// per-file state at module level; a spy a test sets is restored in the test.
import { defineConfig } from 'vitest/config';

export function nodePreset(overrides = {}) {
  return defineConfig({
    test: {
      environment: 'node',
      include: ['src/**/*.spec.ts', 'e2e/**/*.e2e.spec.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      pool: 'forks',
      isolate: false,
      fileParallelism: true,
      maxWorkers: 2,
      ...overrides,
    },
  });
}
