import { createTestServer, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incentivesPlugin } from '../src/index.js';
import { demoPeople, type Client } from './helpers.js';

describe('allocating a bonus pool as a background job', () => {
  let server: TestServer;
  let hr: Client;
  let employee: Client;
  let cycleId: string;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [incentivesPlugin] });
    [hr, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('employee')]);
    cycleId = (await hr.data('{ reviewCycles { id name } }')).reviewCycles.find((c: { name: string }) => c.name === 'H1 2026 Performance Review').id;
  });
  afterAll(() => server?.close());

  it('computes the draft in a job with the same result as the mutation, audited', async () => {
    const members = (await demoPeople(server)).all.slice(0, 20).map((p) => ({ personId: p.id }));
    const create = 'mutation($c: ID!, $m: [IncentivesPoolMemberInput!]) { createBonusPool(input: { cycleId: $c, name: "Job pool", amount: 2000000, currency: "CNY", weightRule: "equal", members: $m }) { id } }';
    const id = (await hr.data(create, { c: cycleId, m: members })).createBonusPool.id;
    const { startBonusPoolAllocation } = await hr.data('mutation($id: ID!) { startBonusPoolAllocation(id: $id) { id type state } }', { id });
    expect(startBonusPoolAllocation.type).toBe('incentives.allocate-pool');
    const job = await hr.finishedJob(startBonusPoolAllocation.id);
    expect(job).toMatchObject({ state: 'completed', progress: 100, error: null });
    const result = JSON.parse(job.result!);
    const { bonusPool } = await hr.data('query($id: ID!) { bonusPool(id: $id) { currentVersion { version status total } } }', { id });
    expect(result).toEqual({ poolId: id, version: bonusPool.currentVersion.version, members: 20 });
    expect(bonusPool.currentVersion).toMatchObject({ status: 'draft', total: 2_000_000 });

    // The same pool through the mutation gives the same allocation.
    const byJob = (await hr.data('query($p: ID!) { bonusAllocations(poolId: $p) { personId amount } }', { p: id })).bonusAllocations;
    await hr.data('mutation($id: ID!) { allocateBonusPool(id: $id) { id } }', { id });
    expect((await hr.data('query($p: ID!) { bonusAllocations(poolId: $p) { personId amount } }', { p: id })).bonusAllocations).toEqual(byJob);
    const { auditLog } = await server.loginAs('owner').then((o) => o.data('query($t: String) { auditLog(filter: { targetId: $t, operation: "allocateBonusPool" }, first: 5) { nodes { operation after } } }', { t: id }));
    expect(auditLog.nodes.some((n: { after: string | null }) => n.after && JSON.parse(n.after).job === startBonusPoolAllocation.id)).toBe(true);
  });

  it('refuses at once what the job could not do, and who may not allocate', async () => {
    const published = (await hr.data('{ bonusPools { id status } }')).bonusPools.find((p: { status: string }) => p.status === 'published').id;
    expect((await hr.request('mutation($id: ID!) { startBonusPoolAllocation(id: $id) { id } }', { id: published })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await hr.request('mutation { startBonusPoolAllocation(id: "no-such-pool") { id } }')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await employee.request('mutation($id: ID!) { startBonusPoolAllocation(id: $id) { id } }', { id: published })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
