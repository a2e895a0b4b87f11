import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type GraphQLClient, type TestServer } from '../src/testing/index.js';

const CREATE = 'mutation($input: CreateTenantInput!) { createTenant(input: $input) { id slug name activePeople activeAccounts } }';
const input = (slug: string, over: Record<string, string> = {}) => ({ slug, name: `Tenant ${slug}`, ownerEmail: `boss@${slug}.test`, ownerPassword: 'a-long-password-1', ...over });
type Result = { errors?: Array<{ extensions?: { code?: string; field?: string } }> };
const code = (r: Result) => r.errors?.[0]?.extensions?.code;

/** The demo tenant is the oldest, so its owner owns the installation (no CADRE_HOME_TENANT). */
describe('tenants for the installation owner', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let hr: GraphQLClient;
  let otherOwner: GraphQLClient;

  beforeAll(async () => {
    server = await createTestServer();
    owner = await server.loginAs('owner');
    hr = await server.loginAs('hr');
    otherOwner = await server.createTenant('second');
  });
  afterAll(() => server?.close());

  it('tells who owns the installation', async () => {
    expect((await owner.data('{ me { installationOwner } }')).me.installationOwner).toBe(true);
    expect((await hr.data('{ me { installationOwner } }')).me.installationOwner).toBe(false);
    expect((await otherOwner.data('{ me { installationOwner } }')).me.installationOwner).toBe(false);
  });

  it('lists tenants with their active people and accounts', async () => {
    const { tenants } = await owner.data('{ tenants { slug name createdAt activePeople activeAccounts } }');
    expect(tenants.map((t: { slug: string }) => t.slug)).toEqual(['demo', 'second']);
    expect(tenants[0].activePeople).toBeGreaterThan(0);
    expect(tenants[0].activeAccounts).toBeGreaterThan(1);
    expect(tenants[1]).toMatchObject({ activePeople: 0, activeAccounts: 1 });
  });

  it('creates a tenant whose owner signs in to it, audited in the home tenant without the password', async () => {
    const { createTenant } = await owner.data(CREATE, { input: input('acme') });
    expect(createTenant).toMatchObject({ slug: 'acme', name: 'Tenant acme', activePeople: 0, activeAccounts: 1 });
    const acme = await server.login('boss@acme.test', 'a-long-password-1', 'acme');
    const { me } = await acme.data('{ me { roles tenant { slug } installationOwner } }');
    expect(me).toMatchObject({ roles: ['owner'], tenant: { slug: 'acme' }, installationOwner: false });
    const { auditLog } = await owner.data('{ auditLog(filter: { operation: "createTenant" }) { nodes { actorEmail targetId after } } }');
    expect(auditLog.nodes).toHaveLength(1);
    expect(auditLog.nodes[0]).toMatchObject({ actorEmail: 'owner@demo.local', targetId: createTenant.id });
    expect(JSON.stringify(auditLog.nodes[0].after)).toContain('acme');
    expect(JSON.stringify(auditLog.nodes[0].after)).not.toContain('a-long-password-1');
    const own = await acme.data('{ auditLog { nodes { operation } } }');
    expect(own.auditLog.nodes.map((n: { operation: string }) => n.operation)).not.toContain('createTenant');
  });

  it('refuses hr and the owner of another tenant', async () => {
    for (const client of [hr, otherOwner]) {
      expect(code(await client.request('{ tenants { slug } }'))).toBe('FORBIDDEN');
      expect(code(await client.request(CREATE, { input: input('nope') }))).toBe('FORBIDDEN');
    }
    const { tenants } = await owner.data('{ tenants { slug } }');
    expect(tenants.map((t: { slug: string }) => t.slug)).not.toContain('nope');
  });

  it('refuses API tokens, even the owner’s', async () => {
    const { createApiToken } = await owner.data('mutation { createApiToken(input: { name: "t", scopes: ["people.read"] }) { token } }');
    const viaToken = server.client(createApiToken.token);
    expect(code(await viaToken.request('{ tenants { slug } }'))).toBe('FORBIDDEN');
    expect((await viaToken.data('{ me { installationOwner } }')).me.installationOwner).toBe(false);
  });

  it('names the bad field and creates nothing', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [input('Bad Slug!'), 'slug'],
      [input('okslug', { ownerEmail: 'not-an-email' }), 'ownerEmail'],
      [input('okslug', { ownerPassword: 'short' }), 'ownerPassword'],
    ];
    for (const [bad, field] of cases) {
      const r = await owner.request(CREATE, { input: bad });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const { tenants } = await owner.data('{ tenants { slug } }');
    expect(tenants.map((t: { slug: string }) => t.slug)).not.toContain('okslug');
  });

  it('creates one of two parallel tenants with the same slug; the other gets CONFLICT on slug', async () => {
    const results = await Promise.all([owner.request(CREATE, { input: input('twin') }), owner.request(CREATE, { input: input('twin', { ownerEmail: 'other@twin.test' }) })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const failed = results.find((r) => r.errors)!;
    expect(failed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'slug' });
    const { tenants } = await owner.data('{ tenants { slug } }');
    expect(tenants.filter((t: { slug: string }) => t.slug === 'twin')).toHaveLength(1);
  });
});

describe('CADRE_HOME_TENANT', () => {
  let server: TestServer;
  afterAll(() => server?.close());

  it('makes the owners of the named tenant the installation owners instead of the oldest tenant’s', async () => {
    server = await createTestServer({ env: { CADRE_HOME_TENANT: 'home' } });
    const home = await server.createTenant('home');
    const demoOwner = await server.loginAs('owner');
    expect((await home.data('{ me { installationOwner } }')).me.installationOwner).toBe(true);
    expect((await demoOwner.data('{ me { installationOwner } }')).me.installationOwner).toBe(false);
    expect(code(await demoOwner.request('{ tenants { slug } }'))).toBe('FORBIDDEN');
    expect((await home.data('{ tenants { slug } }')).tenants.map((t: { slug: string }) => t.slug)).toEqual(['demo', 'home']);
  });
});
