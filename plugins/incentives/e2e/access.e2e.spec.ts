import { RequestContexts } from '@cadre/sdk';
import { createTestServer, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incentivesPlugin, PerformanceService } from '../src/index.js';
import { CRITERIA, MUTATIONS, probeDocuments, QUERIES, SIGNED_IN_QUERIES, type Client } from './helpers.js';

describe('access to incentives', () => {
  let server: TestServer;
  let hr: Client;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [incentivesPlugin] });
    hr = await server.loginAs('hr');
  });
  afterAll(() => server?.close());

  it('refuses every operation to an account without roles, and an anonymous caller everything', async () => {
    const owner = await server.createTenant('guarded');
    await owner.data('mutation { createAccount(input: { email: "e@guarded.test", password: "password-123", roles: [] }) { id } }');
    const nobody = await server.login('e@guarded.test', 'password-123', 'guarded');
    const docs = await probeDocuments(nobody, [...QUERIES, ...SIGNED_IN_QUERIES, ...MUTATIONS]);
    expect([...docs.keys()].sort()).toEqual([...QUERIES, ...SIGNED_IN_QUERIES, ...MUTATIONS].sort());
    for (const name of [...QUERIES, ...MUTATIONS]) {
      const r = await nobody.request(docs.get(name)!);
      expect(r.errors?.[0]?.extensions?.code, docs.get(name)).toBe('FORBIDDEN');
    }
    // "My" queries need only a sign-in and answer with the caller's own (here: no) data.
    const mine = await nobody.data('{ myReview { finalScore } myBonus { amount } myReviewTasks { id } }');
    expect(mine).toEqual({ myReview: null, myBonus: [], myReviewTasks: [] });
    const anonymous = server.client();
    for (const name of [...QUERIES, ...SIGNED_IN_QUERIES, ...MUTATIONS]) {
      expect((await anonymous.request(docs.get(name)!)).errors?.[0]?.extensions?.code, name).toBe('UNAUTHENTICATED');
    }
  });

  it('keeps tenants apart', async () => {
    const other = await server.createTenant('other-incentives');
    const demoCycle = (await hr.data('{ reviewCycles { id } }')).reviewCycles[0].id;
    const demoPool = (await hr.data('{ bonusPools { id } }')).bonusPools[0].id;
    const empty = await other.data('{ reviewCycles { id } bonusPools(includeScenarios: true) { id } meritMatrices { id } awards { id } equityGrants { id } myBonus { amount } }');
    expect(empty).toEqual({ reviewCycles: [], bonusPools: [], meritMatrices: [], awards: [], equityGrants: [], myBonus: [] });
    for (const [query, vars] of [
      ['query($id: ID!) { reviewCycle(id: $id) { id } }', { id: demoCycle }],
      ['query($id: ID!) { bonusPool(id: $id) { id } }', { id: demoPool }],
      ['query($id: ID!) { bonusAllocations(poolId: $id) { id } }', { id: demoPool }],
      ['query($id: ID!) { calibrationView(cycleId: $id) { cycleId } }', { id: demoCycle }],
      ['mutation($id: ID!) { openReviewCycle(id: $id) { id } }', { id: demoCycle }],
    ] as const) {
      expect((await other.request(query, vars)).errors?.[0].extensions?.code, query).toBe('NOT_FOUND');
    }
    const person = (await hr.data('{ people(first: 1) { nodes { id } } }')).people.nodes[0].id;
    const r = await other.request(`mutation($p: ID!) { createReviewCycle(input: { name: "x", periodStart: "2026-01-01", periodEnd: "2026-06-30", criteria: ${CRITERIA}, participantIds: [$p] }) { id } }`, { p: person });
    expect(r.errors?.[0].extensions?.field).toBe('input.participantIds');
    expect((await other.data('{ reviewCycles { id } }')).reviewCycles).toEqual([]);
  });

  it("publishes finalised scores to other plugins as 'incentives.performance'", async () => {
    const service = server.get<PerformanceService>(PerformanceService);
    const tenantId = (await hr.data('{ me { tenant { id } } }')).me.tenant.id;
    const huang = (await hr.data('{ people(filter: { search: "huang.lei@demo.local" }) { nodes { id } } }')).people.nodes[0].id;
    const [history, latest] = await RequestContexts.run(RequestContexts.system(tenantId), () => Promise.all([service.scoreHistory(huang), service.latestScores()]));
    expect(history).toEqual([expect.objectContaining({ cycleName: 'H1 2026 Performance Review', periodEnd: '2026-06-30', score: 4.8 })]);
    expect(latest.size).toBe(60);
    expect(server.app.app.get('incentives.performance', { strict: false })).toBe(service);
  });
});
