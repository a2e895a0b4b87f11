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


  it('exports the allocation HR sees, amounts in yuan', async () => {
    const { status, rows: csv } = await hr.exportCsv('incentives.bonus-allocations', { poolId });
    expect(status).toBe(200);
    const { bonusAllocations } = await hr.data('query($p: ID!) { bonusAllocations(poolId: $p) { name amount currency } }', { p: poolId });
    expect(csv).toHaveLength(bonusAllocations.length);
    expect(bonusAllocations.length).toBeGreaterThan(5);
    for (const [i, a] of bonusAllocations.entries()) {
      expect(csv[i].name).toBe(a.name);
      expect(csv[i].amount).toBe((a.amount / 100).toFixed(2));
    }
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
