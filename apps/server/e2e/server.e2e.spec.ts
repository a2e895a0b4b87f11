import { createTestServer, probeOperations, type TestServer } from '@cadre/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_PARTY_PLUGINS } from '../src/plugins.js';

describe('the server with every first-party plugin', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ plugins: FIRST_PARTY_PLUGINS });
  });
  afterAll(() => server?.close());

  it('boots with the five plugins enabled, in dependency order', async () => {
    const owner = await server.loginAs('owner');
    const { plugins } = await owner.data('{ plugins { id version enabled dependencies } }');
    expect(plugins.map((p: { id: string }) => p.id).sort()).toEqual(['attraction', 'development', 'incentives', 'insights', 'knowledge', 'structure']);
    expect(plugins.every((p: { enabled: boolean }) => p.enabled)).toBe(true);
    expect(server.app.enabled.map((p) => p.id).indexOf('structure')).toBeLessThan(server.app.enabled.map((p) => p.id).indexOf('development'));
  });

  it("grants plugin permissions to the built-in roles by their declared defaults", async () => {
    const employee = await server.loginAs('employee');
    const { me } = await employee.data('{ me { permissions } }');
    expect(me.permissions).toContain('knowledge.items.read');
    expect(me.permissions).not.toContain('incentives.pools.read');
    const owner = await server.loginAs('owner');
    const { permissions } = await owner.data('{ permissions { id owner } }');
    expect(permissions.find((p: { id: string }) => p.id === 'incentives.pools.write').owner).toBe('incentives');
  });

  it('guards every operation of the core and the plugins', async () => {
    const anonymous = server.client();
    const ops = await probeOperations(anonymous);
    // Signing in (a password, or single sign-on's provider lookup and code exchange) is public.
    for (const op of ops.filter((o) => !['login', 'refreshToken', 'ssoProvider', 'ssoExchange'].includes(o.name))) {
      const r = await anonymous.request(op.document);
      expect(r.errors?.[0]?.extensions?.code, op.document).toBe('UNAUTHENTICATED');
    }
  });
});

describe('a deployment with a subset of plugins', () => {
  it('runs only the enabled ones and refuses a subset that breaks a dependency', async () => {
    const server = await createTestServer({ plugins: FIRST_PARTY_PLUGINS, enabled: ['structure', 'incentives'], seed: false });
    try {
      const owner = await server.createTenant('subset');
      const { plugins } = await owner.data('{ plugins { id enabled } }');
      expect(plugins.filter((p: { enabled: boolean }) => p.enabled).map((p: { id: string }) => p.id).sort()).toEqual(['incentives', 'structure']);
    } finally {
      await server.close();
    }
    await expect(createTestServer({ plugins: FIRST_PARTY_PLUGINS, enabled: ['development'], seed: false })).rejects.toThrow(/Plugin "development" cannot be loaded: it depends on "structure", which is not enabled/);
  });
});
