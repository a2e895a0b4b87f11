import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config.js';
import { createCadreApp, type CadreApp } from '../app/create-app.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seed/demo-people.js';
import { seedDemo } from '../seed/demo-seed.js';
import { EventBus } from '../events/event-bus.service.js';
import { TenantService } from '../tenancy/tenant.service.js';
import type { PluginDefinition } from '../plugins/plugin-definition.js';
import { GraphQLClient } from './graphql-client.js';

export type DemoRole = 'owner' | 'hr' | 'manager' | 'employee' | 'recruiter';

export interface TestServerOptions {
  plugins?: PluginDefinition[];
  /** Enabled plugin ids (default: all given). */
  enabled?: string[];
  /** Seed the demo tenant (default true). */
  seed?: boolean;
  env?: Record<string, string>;
}

export interface TestServer {
  url: string;
  app: CadreApp;
  /** An anonymous client. */
  client(token?: string): GraphQLClient;
  login(email: string, password: string, tenant?: string): Promise<GraphQLClient & { refreshToken: string }>;
  loginAs(role: DemoRole): Promise<GraphQLClient & { refreshToken: string }>;
  get<T>(token: abstract new (...args: any[]) => T): T;
  /** Creates another tenant with an owner account and returns a client signed in as that owner. */
  createTenant(slug: string): Promise<GraphQLClient & { refreshToken: string }>;
  /** Waits until every pending outbox event has been delivered. */
  flushEvents(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Boots the real server on a fresh database — a new SQLite file, or a new schema in the
 * PostgreSQL of DATABASE_URL — seeded with the demo tenant, listening on a random port.
 */
export async function createTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-test-'));
  const pgUrl = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined;
  const schema = pgUrl ? `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}` : undefined;
  if (pgUrl) await withPg(pgUrl, (ds) => ds.query(`CREATE SCHEMA "${schema}"`));
  const plugins = options.plugins ?? [];
  const config = loadConfig({
    CADRE_DATA_DIR: dir,
    DATABASE_URL: pgUrl ?? `sqlite:${join(dir, 'test.sqlite')}`,
    DATABASE_SCHEMA: schema,
    CADRE_JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    CADRE_WEBHOOK_SECRET: 'test-webhook-secret-test-webhook-secret-01',
    CADRE_PLUGINS: (options.enabled ?? plugins.map((p) => p.id)).join(','),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    ...options.env,
  } as Record<string, string>);
  const app = await createCadreApp({ config, plugins });
  if (options.seed !== false) await seedDemo(app.app, app.enabled);
  const url = await app.listen(0, '127.0.0.1');

  const login = async (email: string, password: string, tenant?: string) => {
    const client = new GraphQLClient(url);
    const result = await client.request<{ login: { accessToken: string; refreshToken: string } }>(
      'mutation($email: String!, $password: String!, $tenant: String) { login(email: $email, password: $password, tenant: $tenant) { accessToken refreshToken } }',
      { email, password, tenant },
    );
    if (!result.data) throw new Error(`login as ${email} failed: ${JSON.stringify(result.errors)}`);
    return Object.assign(new GraphQLClient(url, result.data.login.accessToken), { refreshToken: result.data.login.refreshToken });
  };

  return {
    url,
    app,
    client: (token) => new GraphQLClient(url, token),
    login,
    loginAs: (role) => {
      const account = DEMO_ACCOUNTS.find((a) => a.email.startsWith(`${role === 'recruiter' ? 'kevin.wu' : role}@`))!;
      return login(account.email, DEMO_PASSWORD, 'demo');
    },
    get: (token) => app.app.get(token, { strict: false }),
    async createTenant(slug) {
      await app.app.get(TenantService).create(slug, `Tenant ${slug}`, { email: `owner@${slug}.test`, password: 'password-123' });
      return login(`owner@${slug}.test`, 'password-123', slug);
    },
    flushEvents: () => app.app.get(EventBus).flush(),
    async close() {
      await app.close();
      if (pgUrl) await withPg(pgUrl, (ds) => ds.query(`DROP SCHEMA "${schema}" CASCADE`));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function withPg(url: string, fn: (ds: DataSource) => Promise<unknown>): Promise<void> {
  const ds = new DataSource({ type: 'postgres', url });
  await ds.initialize();
  try {
    await fn(ds);
  } finally {
    await ds.destroy();
  }
}
