import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incentivesPlugin } from '../src/index.js';

// The incentives exports through the real server: each person gets the rows the API gives them
// (pay is never widened by exporting), amounts as decimal currency, and a missing id is refused.
describe('incentives CSV exports', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let employee: GraphQLClient;
  let poolId: string;
  let cycleId: string;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [incentivesPlugin] });
    [hr, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('employee')]);
    const { bonusPools } = await hr.data('{ bonusPools { id status cycleId } }');
    const published = bonusPools.find((p: { status: string }) => p.status === 'published');
    expect(published).toBeTruthy();
    [poolId, cycleId] = [published.id, published.cycleId];
  });
  afterAll(() => server?.close());


  const PAGE = `query($p: ID!, $f: IncentivesAllocationFilter, $s: IncentivesAllocationSort, $after: String) {
    bonusAllocationsPage(poolId: $p, filter: $f, sort: $s, first: 100, after: $after) { nodes { name amount bound band } pageInfo { hasNextPage endCursor } }
  }`;
  /** Every row of the paged list the pool page shows, in its order. */
  async function allRows(filter?: object, sort?: object): Promise<Array<{ name: string; amount: number; bound: number; band: number }>> {
    const rows = [];
    for (let after: string | null = null; ;) {
      const { bonusAllocationsPage: page } = await hr.data(PAGE, { p: poolId, f: filter, s: sort, after });
      rows.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return rows;
      after = page.pageInfo.endCursor;
    }
  }

  it('exports the allocation HR sees, in the page\'s order (largest amount first), amounts in yuan', async () => {
    const { status, rows: csv } = await hr.exportCsv('incentives.bonus-allocations', { poolId });
    expect(status).toBe(200);
    const shown = await allRows();
    const { bonusAllocations } = await hr.data('query($p: ID!) { bonusAllocations(poolId: $p) { name } }', { p: poolId });
    expect(shown).toHaveLength(bonusAllocations.length);
    expect(csv).toHaveLength(shown.length);
    expect(shown.length).toBeGreaterThan(5);
    for (const [i, a] of shown.entries()) {
      expect(csv[i].name).toBe(a.name);
      expect(csv[i].amount).toBe((a.amount / 100).toFixed(2));
    }
  });

  it("exports exactly the rows the page's filters and order show", async () => {
    const all = await allRows();
    const band = all.find((a) => a.band != null)!.band;
    const filter = { band };
    const sort = { field: 'SCORE', direction: 'ASC' };
    const shown = await allRows(filter, sort);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all.length);
    const csv = (await hr.exportCsv('incentives.bonus-allocations', { poolId, filter, sort })).rows;
    expect(csv.map((r) => r.name)).toEqual(shown.map((a) => a.name));
    expect(csv.every((r) => Number(r.band) === band)).toBe(true);
    const bad = await hr.exportCsv('incentives.bonus-allocations', { poolId, sort: { field: 'SHOE_SIZE', direction: 'ASC' } });
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(/SHOE_SIZE/);
  });

  it("gives an employee only their own share, as the API does", async () => {
    const { bonusAllocations } = await employee.data('query($p: ID!) { bonusAllocations(poolId: $p) { name } }', { p: poolId });
    const csv = (await employee.exportCsv('incentives.bonus-allocations', { poolId })).rows;
    expect(csv.map((r) => r.name)).toEqual(bonusAllocations.map((a: { name: string }) => a.name));
    expect(csv.length).toBeLessThanOrEqual(1);
  });

  it("exports a cycle's results to HR, and refuses without the cycle", async () => {
    const { reviewCycleParticipants } = await hr.data('query($c: ID!) { reviewCycleParticipants(cycleId: $c) { name finalScore } }', { c: cycleId });
    const csv = (await hr.exportCsv('incentives.review-results', { cycleId })).rows;
    expect(csv.map((r) => r.name)).toEqual(reviewCycleParticipants.map((p: { name: string }) => p.name));
    expect(csv.map((r) => (r.final_score === '' ? null : Number(r.final_score)))).toEqual(reviewCycleParticipants.map((p: { finalScore: number | null }) => p.finalScore));
    const missing = await hr.exportCsv('incentives.review-results');
    expect(missing.status).toBe(400);
    expect(missing.text).toMatch(/cycleId/);
  });
});
