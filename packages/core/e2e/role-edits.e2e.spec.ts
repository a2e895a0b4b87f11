import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../src/testing/index.js';

// Two admins change the same custom role at once. The matrix's boxes grant or revoke one
// permission each (setRolePermission), so every tick survives; the role form sends back the
// version it was filled from, so a save over a newer change is CONFLICT and writes nothing.
const ROLE = 'query { roles { id key name permissions updatedAt } }';
const SET = 'mutation($id: ID!, $permission: String!, $granted: Boolean!) { setRolePermission(id: $id, permission: $permission, granted: $granted) { permissions updatedAt } }';
const UPDATE = 'mutation($id: ID!, $input: RoleInput!) { updateRole(id: $id, input: $input) { name permissions updatedAt } }';

describe('two admins changing one role', () => {
  let server: TestServer;
  let owner: Awaited<ReturnType<TestServer['loginAs']>>;
  let known: string[];
  let id: string;
  const role = async () => ((await owner.data(ROLE)).roles as Array<{ id: string; key: string; name: string; permissions: string[]; updatedAt: string }>).find((r) => r.id === id)!;

  beforeAll(async () => {
    server = await createTestServer();
    owner = await server.loginAs('owner');
    known = ((await owner.data('{ permissions { id } }')).permissions as Array<{ id: string }>).map((p) => p.id).sort();
    id = (await owner.data('mutation { createRole(input: { key: "team-lead", name: "Team lead", permissions: [] }) { id } }')).createRole.id;
  });
  afterAll(() => server?.close());

  it('keeps every one of eight permissions granted at the same moment', async () => {
    const eight = known.slice(0, 8);
    expect(eight).toHaveLength(8);
    const results = await Promise.all(eight.map((permission) => owner.request(SET, { id, permission, granted: true })));
    expect(results.map((r) => r.errors)).toEqual(eight.map(() => undefined));
    expect((await role()).permissions).toEqual(eight);
    // Each grant is audited with the role's permissions before and after it: one added each.
    const { auditLog } = await owner.data('{ auditLog(filter: { operation: "setRolePermission" }, first: 50) { nodes { targetId before after } } }');
    const added = (auditLog.nodes as Array<{ targetId: string; before: string; after: string }>).map((n) => {
      expect(n.targetId).toBe(id);
      const [before, after] = [JSON.parse(n.before).permissions as string[], JSON.parse(n.after).permissions as string[]];
      return after.filter((p) => !before.includes(p));
    });
    expect(added.flat().sort()).toEqual(eight);
    expect(added.every((a) => a.length === 1)).toBe(true);

    // Revoking four at once while granting two others: each box ends as its last click said.
    const [more, fewer] = [known.slice(8, 10), eight.slice(0, 4)];
    await Promise.all([
      ...more.map((permission) => owner.data(SET, { id, permission, granted: true })),
      ...fewer.map((permission) => owner.data(SET, { id, permission, granted: false })),
    ]);
    expect((await role()).permissions).toEqual([...eight.slice(4), ...more].sort());
  });

  it('writes nothing for a box already as asked, an unknown permission or a built-in role', async () => {
    const before = await role();
    const same = (await owner.data(SET, { id, permission: before.permissions[0], granted: true })).setRolePermission;
    expect(same).toEqual({ permissions: before.permissions, updatedAt: before.updatedAt });

    const unknown = await owner.request(SET, { id, permission: 'nobody.everything', granted: true });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'permission' });
    expect(unknown.errors?.[0].message).toContain('nobody.everything');

    const builtIn = ((await owner.data(ROLE)).roles as Array<{ id: string; key: string }>).find((r) => r.key === 'employee')!;
    const refused = await owner.request(SET, { id: builtIn.id, permission: known[0], granted: true });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await role()).toEqual(before);
  });

  it('lets only role writers tick a box', async () => {
    const hr = await server.loginAs('hr');
    const denied = await hr.request(SET, { id, permission: known[0], granted: true });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a save from a stale role form, naming the role, and keeps the other change', async () => {
    const seen = await role();
    await owner.data(SET, { id, permission: known[12], granted: true });
    const stale = await owner.request(UPDATE, { id, input: { name: 'Team lead (old form)', permissions: seen.permissions, expectedUpdatedAt: seen.updatedAt } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.expectedUpdatedAt' });
    expect(stale.errors?.[0].message).toContain(`"${seen.name}" was changed by someone else`);
    const after = await role();
    expect(after.name).toBe(seen.name);
    expect(after.permissions).toContain(known[12]);
    expect(after.updatedAt > seen.updatedAt).toBe(true);

    const fresh = (await owner.data(UPDATE, { id, input: { name: 'Team lead', description: 'Leads a team', permissions: after.permissions, expectedUpdatedAt: after.updatedAt } })).updateRole;
    expect(fresh.permissions).toEqual(after.permissions);
  });

  it('lets exactly one of eight parallel form saves from one read through', async () => {
    const seen = await role();
    const names = Array.from({ length: 8 }, (_, i) => `Lead ${i}`);
    const results = await Promise.all(names.map((name) => owner.request(UPDATE, { id, input: { name, permissions: seen.permissions, expectedUpdatedAt: seen.updatedAt } })));
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(7);
    expect((await role()).name).toBe(ok[0].data!.updateRole.name);
  });
});
