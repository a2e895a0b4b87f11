import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SelectQueryBuilder } from 'typeorm';
import { PeopleService } from '../src/people/people.service.js';
import { RequestContexts } from '../src/context/request-context.js';
import { createTestServer, type TestServer } from '../src/testing/index.js';

/**
 * The people list orders by name, then id. Its index must cover both, or every page reads the
 * whole tenant and sorts it (the 20 000-people last page of #10): checked on the query the list
 * really runs, by the database's own plan.
 */
describe('the people list reads a page through its index', () => {
  let server: TestServer;
  let demo: string;
  const postgres = process.env.DATABASE_URL?.startsWith('postgres') ?? false;

  beforeAll(async () => {
    server = await createTestServer();
    const tenants: Array<{ id: string; slug: string }> = await server.app.dataSource.query('SELECT "id", "slug" FROM "tenants"');
    demo = tenants.find((t) => t.slug === 'demo')!.id;
  });
  afterAll(() => server?.close());

  /** The SQL and parameters of the list's page query (the one with a LIMIT), for the first page or the one after `after`. */
  async function pageQuery(after?: string | null): Promise<[string, unknown[]]> {
    const seen: Array<[string, unknown[]]> = [];
    const original = SelectQueryBuilder.prototype.getQueryAndParameters;
    const record = vi.spyOn(SelectQueryBuilder.prototype, 'getQueryAndParameters').mockImplementation(function (this: SelectQueryBuilder<object>) {
      const result = original.call(this) as [string, unknown[]];
      seen.push(result);
      return result;
    });
    try {
      const people = server.app.app.get(PeopleService);
      const page = await RequestContexts.run(RequestContexts.system(demo, []), () => people.list({}, 5, after));
      expect(page.nodes).toHaveLength(5);
    } finally {
      record.mockRestore();
    }
    const limited = seen.filter(([sql]) => /\bLIMIT\b/i.test(sql) && /ORDER BY/i.test(sql));
    expect(limited.length).toBeGreaterThan(0);
    return limited[0];
  }

  it.runIf(!postgres)('SQLite: no temporary sort, and a later page seeks to its cursor', async () => {
    for (const after of [null, (await RequestContexts.run(RequestContexts.system(demo, []), () => server.app.app.get(PeopleService).list({}, 5))).pageInfo.endCursor]) {
      const [sql, params] = await pageQuery(after);
      const plan: Array<{ detail: string }> = await server.app.dataSource.query(`EXPLAIN QUERY PLAN ${sql}`, params);
      const details = plan.map((p) => p.detail);
      expect(details.join('\n')).toMatch(/USING (COVERING )?INDEX idx_people_tenantId_name_id/);
      expect(details.join('\n')).not.toMatch(/TEMP B-TREE/);
      // A later page seeks to its first name instead of walking the tenant from the start.
      if (after) expect(details.join('\n')).toMatch(/\(tenantId=\? AND name>\?\)/);
    }
  });

  it('the index covers tenant, name and id in that order on both databases', async () => {
    // Only this server's schema: other test files' servers hold the same index in theirs at the same time.
    const rows: Array<{ column: string }> = postgres
      ? await server.app.dataSource.query(`SELECT a.attname AS "column" FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
          WHERE c.relname = 'idx_people_tenantId_name_id' AND c.relnamespace = current_schema()::regnamespace ORDER BY array_position(i.indkey::int[], a.attnum::int)`)
      : await server.app.dataSource.query(`SELECT name AS "column" FROM pragma_index_info('idx_people_tenantId_name_id') ORDER BY seqno`);
    expect(rows.map((r) => r.column)).toEqual(['tenantId', 'name', 'id']);
  });
});
