import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataService } from '../src/database/data.service.js';
import { PersonEntity } from '../src/people/person.entity.js';
import { RequestContexts, type RequestContext } from '../src/context/request-context.js';
import { createTestServer, type TestServer } from '../src/testing/index.js';

/** DataService.shared: one load for every request of a tenant until a write to that tenant commits. */
describe('DataService.shared', () => {
  let server: TestServer;
  let data: DataService;
  let demo: string;
  let other: string;
  let person: string;
  let stranger: string;

  beforeAll(async () => {
    server = await createTestServer();
    data = server.app.app.get(DataService);
    await server.createTenant('tenant-s');
    const tenants: Array<{ id: string; slug: string }> = await server.app.dataSource.query('SELECT "id", "slug" FROM "tenants"');
    demo = tenants.find((t) => t.slug === 'demo')!.id;
    other = tenants.find((t) => t.slug === 'tenant-s')!.id;
    person = (await as(demo, () => data.repo(PersonEntity).find({ take: 1, order: { name: 'ASC' } })))[0]!.id;
    stranger = await as(other, async () => (await data.transaction(() => data.repo(PersonEntity).save(data.repo(PersonEntity).create({ name: 'Stranger', email: 'stranger@tenant-s.local', title: 'Engineer', level: 'L3', status: 'active' })))).id);
  });
  afterAll(() => server?.close());

  const request = (tenantId: string): RequestContext => ({ requestId: `r-${Math.random()}`, tenantId, roles: [], permissions: new Set() });
  const as = <T>(tenantId: string, fn: () => Promise<T>) => RequestContexts.run(request(tenantId), fn);
  const counter = () => {
    let calls = 0;
    return { load: async () => ++calls, get calls() { return calls; } };
  };
  const retitle = (tenantId: string, id: string, title: string) => as(tenantId, () => data.transaction(async () => {
    const p = await data.repo(PersonEntity).get(id);
    p.title = title;
    await data.repo(PersonEntity).save(p);
  }));

  it('loads once for every request of a tenant, concurrent callers included, and apart per tenant', async () => {
    const c = counter();
    expect(await Promise.all([as(demo, () => data.shared('a', c.load)), as(demo, () => data.shared('a', c.load))])).toEqual([1, 1]);
    expect(await as(demo, () => data.shared('a', c.load))).toBe(1);
    expect(await as(other, () => data.shared('a', c.load))).toBe(2);
    expect(await as(demo, () => data.shared('b', c.load))).toBe(3);
  });

  it('loads again after a committed write to the tenant, and only to that tenant', async () => {
    const c = counter();
    const [d1, o1] = [await as(demo, () => data.shared('w', c.load)), await as(other, () => data.shared('w', c.load))];
    const before = await as(demo, () => data.dataVersion());
    await retitle(demo, person, 'Shared-read tester');
    expect(await as(demo, () => data.dataVersion())).toBe(before + 1);
    expect(await as(demo, () => data.shared('w', c.load))).toBe(3);
    expect(await as(other, () => data.shared('w', c.load))).toBe(o1);
    expect(d1).toBe(1);
    // An update outside any transaction (a query builder, no entity in hand) counts too.
    await as(other, () => data.manager.update(PersonEntity, { id: stranger }, { title: 'Staff engineer' }));
    expect(await as(other, () => data.shared('w', c.load))).toBe(4);
    expect(await as(demo, () => data.shared('w', c.load))).toBe(3);
  });

  it('keeps its value when a transaction rolls back, and loads afresh inside a transaction', async () => {
    const c = counter();
    await as(demo, () => data.shared('r', c.load));
    await expect(as(demo, () => data.transaction(async () => {
      const p = await data.repo(PersonEntity).get(person);
      await data.repo(PersonEntity).save(Object.assign(p, { title: 'Never kept' }));
      throw new Error('undo');
    }))).rejects.toThrow('undo');
    expect(await as(demo, () => data.shared('r', c.load))).toBe(1);
    expect(await as(demo, () => data.transaction(() => data.shared('r', c.load)))).toBe(2);
    expect(await as(demo, () => data.shared('r', c.load))).toBe(1);
  });

  it('forgets a failed load, so the next caller tries again', async () => {
    let calls = 0;
    const load = async () => { calls++; if (calls === 1) throw new Error('boom'); return calls; };
    await expect(as(demo, () => data.shared('f', load))).rejects.toThrow('boom');
    expect(await as(demo, () => data.shared('f', load))).toBe(2);
    expect(await as(demo, () => data.shared('f', load))).toBe(2);
  });
});
