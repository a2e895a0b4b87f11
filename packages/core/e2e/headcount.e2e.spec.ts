import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../src/testing/index.js';

// The dashboard's aggregates come from the database's GROUP BY, whatever the tenant's size.
describe('headcount', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server?.close());

  it('counts people by status, and active people by level, location and track, agreeing with the directory', async () => {
    const hr = await server.loginAs('hr');
    const { people } = await hr.data('{ people(first: 200) { totalCount nodes { status level location track } } }');
    const active = people.nodes.filter((p: { status: string }) => p.status === 'active');
    const tally = (rows: Array<Record<string, string>>, key: string) => rows.reduce((m, r) => m.set(r[key], (m.get(r[key]) ?? 0) + 1), new Map<string, number>());
    const { headcount } = await hr.data('{ headcount { total byStatus { key count } byLevel { key count } byLocation { key count } byTrack { key count } } }');
    expect(headcount.total).toBe(people.totalCount);
    expect(new Map(headcount.byStatus.map((g: { key: string; count: number }) => [g.key, g.count]))).toEqual(tally(people.nodes, 'status'));
    for (const dim of ['level', 'location', 'track'] as const) {
      const key = `by${dim[0].toUpperCase()}${dim.slice(1)}`;
      expect(new Map(headcount[key].map((g: { key: string; count: number }) => [g.key, g.count])), dim).toEqual(tally(active, dim));
    }
    // A person on leave leaves the active counts, not the total.
    const someone = (await hr.data('{ people(first: 1, filter: { search: "employee@demo.local" }) { nodes { id level } } }')).people.nodes[0];
    await hr.data('mutation($id: ID!) { updatePerson(id: $id, input: { status: "leave" }) { id } }', { id: someone.id });
    const after = (await hr.data('{ headcount { total byLevel { key count } } }')).headcount;
    expect(after.total).toBe(headcount.total);
    const level = (h: { byLevel: Array<{ key: string; count: number }> }) => h.byLevel.find((g) => g.key === someone.level)?.count ?? 0;
    expect(level(after)).toBe(level(headcount) - 1);
  });
});
