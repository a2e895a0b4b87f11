import { Query, Resolver } from '@nestjs/graphql';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../src/database/migration-runner.js';
import { CORE_MIGRATIONS } from '../src/app/core-parts.js';
import type { PluginDefinition } from '../src/plugins/plugin-definition.js';
import { createTestServer } from '../src/testing/index.js';

@Resolver()
class OpenDoor {
  @Query(() => String)
  secrets() {
    return 'everything';
  }
}

describe('boot', () => {
  it('refuses to start with an invalid plugin set, naming the plugin', async () => {
    const bad: PluginDefinition = { id: 'leaky', version: '1.0.0', sdk: '^0.1.0', resolvers: [OpenDoor] };
    await expect(createTestServer({ plugins: [bad], seed: false })).rejects.toThrow(/Plugin "leaky" cannot be loaded: OpenDoor.secrets declare no permission/);
    const orphan: PluginDefinition = { id: 'orphan', version: '1.0.0', sdk: '^0.1.0', dependencies: ['structure'] };
    await expect(createTestServer({ plugins: [orphan], seed: false })).rejects.toThrow(/Plugin "orphan" cannot be loaded: it depends on "structure"/);
  });

  it('records migrations so a second run does nothing', async () => {
    const server = await createTestServer({ seed: false });
    try {
      const report = await runMigrations(server.app.dataSource, [{ owner: 'core', migrations: CORE_MIGRATIONS }]);
      expect(report).toEqual({ applied: [], skipped: CORE_MIGRATIONS.length });
      const health = await fetch(`${server.url}/health`).then((r) => r.json());
      expect(health).toEqual({ status: 'ok', database: process.env.DATABASE_URL?.startsWith('postgres') ? 'postgres' : 'sqlite', checks: { database: 'up', redis: 'not configured' } });
      expect(await fetch(`${server.url}/health/live`).then((r) => r.json())).toEqual({ status: 'ok' });
      const metrics = await fetch(`${server.url}/metrics`).then((r) => r.text());
      expect(metrics).toMatch(/cadre_http_requests_total\{method="GET",route="\/health",status="200"\} 1/);
    } finally {
      await server.close();
    }
  });
});
