import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataService } from '../src/database/data.service.js';
import { PersonEntity } from '../src/people/person.entity.js';
import { PeopleService } from '../src/people/people.service.js';
import { RequestContexts } from '../src/context/request-context.js';
import { createTestServer, type TestServer } from '../src/testing/index.js';

/** Projections skip TypeORM's entity hydration; they must still be tenant-scoped and typed like the entity. */
describe('projections (ScopedRepository.project, PeopleService.summaries)', () => {
  let server: TestServer;
  let demo: string;
  let other: string;
  let ids: string[];

  beforeAll(async () => {
    server = await createTestServer();
    const hr = await server.loginAs('hr');
    ids = (await hr.data('{ people(first: 5) { nodes { id } } }')).people.nodes.map((p: { id: string }) => p.id);
    await server.createTenant('tenant-p');
    const tenants: Array<{ id: string; slug: string }> = await server.app.dataSource.query('SELECT "id", "slug" FROM "tenants"');
    demo = tenants.find((t) => t.slug === 'demo')!.id;
    other = tenants.find((t) => t.slug === 'tenant-p')!.id;
  });
  afterAll(() => server?.close());

  const as = <T>(tenantId: string, fn: () => Promise<T>) => RequestContexts.run(RequestContexts.system(tenantId, []), fn);

  it('reads only the columns asked for, with the entity\'s types (money as numbers on both databases)', async () => {
    const data = server.app.app.get(DataService);
    const rows = await as(demo, () => data.repo(PersonEntity).project(['id', 'compBase', 'leaveRegretted'] as const, (q) => q.andWhere('r.id IN (:...ids)', { ids })));
    expect(rows).toHaveLength(ids.length);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['compBase', 'id', 'leaveRegretted']);
      expect(typeof row.compBase).toBe('number');
      expect(row.leaveRegretted).toBe(false);
    }
    await expect(as(demo, () => data.repo(PersonEntity).project(['id', 'nope' as 'id'], (q) => q))).rejects.toThrow(/PersonEntity has no column nope/);
  });

  it('summarises people of the current tenant only', async () => {
    const people = server.app.app.get(PeopleService);
    const mine = await as(demo, () => people.summaries([...ids, ids[0]!, 'missing']));
    expect([...mine.keys()].sort()).toEqual([...ids].sort());
    expect(Object.keys(mine.get(ids[0]!)!).sort()).toEqual(['id', 'level', 'managerId', 'name', 'orgUnitId', 'status', 'title']);
    expect((await as(other, () => people.summaries(ids))).size).toBe(0);
    // More ids than one statement binds at once: read in chunks, the real people still found.
    const many = [...Array.from({ length: 10_050 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`), ...ids];
    expect([...(await as(demo, () => people.summaries(many))).keys()].sort()).toEqual([...ids].sort());
  });

  it("reads everyone's named columns in the current tenant only, as the whole people hold them", async () => {
    const people = server.app.app.get(PeopleService);
    const columns = ['compBase', 'compCurrency', 'hireDate', 'id', 'leaveDate', 'leaveRegretted', 'level', 'managerId', 'name', 'status'] as const;
    const [pay, whole] = await as(demo, () => Promise.all([people.allColumns(columns), people.all()]));
    expect(pay.map((p) => p.id)).toEqual(whole.map((p) => p.id));
    for (const [i, row] of pay.entries()) {
      expect(Object.keys(row).sort()).toEqual([...columns]);
      expect(row).toEqual(Object.fromEntries(columns.map((c) => [c, whole[i]![c]])));
    }
    expect(pay.some((p) => typeof p.compBase === 'number')).toBe(true);
    const [theirPay, theirs] = await as(other, () => Promise.all([people.allColumns(columns), people.all()]));
    expect(theirPay.map((p) => p.id)).toEqual(theirs.map((p) => p.id));
    expect(theirPay.filter((p) => whole.some((w) => w.id === p.id))).toEqual([]);
  });

  it("gives plugins' SQL a person's column by id, in the query's tenant only, and refuses anything but a column reference", async () => {
    const people = server.app.app.get(PeopleService);
    const data = server.app.app.get(DataService);
    // As a plugin does: its own scoped query (here over people itself, to have ids) reading the column through columnSql.
    const read = (tenantId: string) => as(tenantId, () => data.repo(PersonEntity).query('t').select('t.id', 'id').addSelect(people.columnSql('name', 't."id"'), 'viaSql')
      .addSelect(people.columnSql('orgUnitId', 't."managerId"'), 'managerUnit').andWhere('t.id IN (:...ids)', { ids }).getRawMany<{ id: string; viaSql: string; managerUnit: string | null }>());
    const summaries = await as(demo, () => people.summaries(ids));
    const rows = await read(demo);
    expect(rows).toHaveLength(ids.length);
    for (const row of rows) {
      const me = summaries.get(row.id)!;
      expect(row.viaSql).toBe(me.name);
      const manager = me.managerId ? (await as(demo, () => people.summaries([me.managerId!]))).get(me.managerId!) : undefined;
      expect(row.managerUnit ?? null).toBe(manager?.orgUnitId ?? null);
    }
    // Bound to another tenant, the same ids name nobody: the subquery is scoped by the query's tenant.
    const bound = (tenantId: string) => server.app.dataSource.createQueryBuilder(PersonEntity, 't').select(people.columnSql('name', 't."id"'), 'n')
      .where('t.id IN (:...ids)', { ids }).setParameter('__tenantId', tenantId).getRawMany<{ n: string | null }>();
    expect((await bound(demo)).map((r) => r.n).sort()).toEqual([...summaries.values()].map((p) => p.name).sort());
    expect((await bound(other)).map((r) => r.n)).toEqual(ids.map(() => null));
    expect(() => people.columnSql('name', "t.id OR 1=1")).toThrow(/not an alias.column reference/);
    expect(() => people.columnSql('compBase' as 'name', 't.id')).toThrow(/not a person column plugins may read/);
  });
});
