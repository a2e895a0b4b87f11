import { createTestServer, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incentivesPlugin } from '../src/index.js';
import { demoPeople, type Client } from './helpers.js';

const POOLS = 'query($s: Boolean!) { bonusPools(includeScenarios: $s) { id name status amount currency weightRule scenarioOfId scenarioIds memberCount currentVersion { version status total atCap atFloor } } }';
const SUM = (rows: Array<{ amount: number }>) => rows.reduce((s, r) => s + r.amount, 0);

describe('bonus pools: the seeded H1 pool, scenarios, approval and bounds', () => {
  let server: TestServer;
  let hr: Client;
  let owner: Client;
  let manager: Client;
  let employee: Client;
  let cycleId: string;
  let poolId: string;
  let scenarioId: string;
  let demo: Awaited<ReturnType<typeof demoPeople>>;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [incentivesPlugin] });
    [hr, owner, manager, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('owner'), server.loginAs('manager'), server.loginAs('employee')]);
    demo = await demoPeople(server);
    cycleId = (await hr.data('{ reviewCycles { id name } }')).reviewCycles.find((c: { name: string }) => c.name === 'H1 2026 Performance Review').id;
  });
  afterAll(() => server?.close());

  it('seeds a published CNY pool weighted by salary × target % and a what-if scenario', async () => {
    const { bonusPools } = await hr.data(POOLS, { s: true });
    const pool = bonusPools.find((p: { name: string }) => p.name === 'H1 2026 Bonus');
    const scenario = bonusPools.find((p: { status: string }) => p.status === 'scenario');
    poolId = pool.id;
    scenarioId = scenario.id;
    expect(pool).toMatchObject({ status: 'published', currency: 'CNY', weightRule: 'salary-target-percent', memberCount: 59, scenarioIds: [scenario.id], currentVersion: { version: 1, status: 'published' } });
    expect(pool.currentVersion.total).toBe(pool.amount);
    expect(pool.currentVersion.atCap).toBeGreaterThan(0);
    expect(scenario).toMatchObject({ name: 'What-if: steeper top bands', scenarioOfId: pool.id });
    const rows = (await hr.data('query($p: ID!) { bonusAllocations(poolId: $p) { personId weight amount cap bound } }', { p: poolId })).bonusAllocations;
    expect(rows).toHaveLength(59);
    expect(SUM(rows)).toBe(pool.amount);
    // The counts the list shows (counted in the database) are the rows' own.
    const bound = (b: number) => rows.filter((r: { bound: number }) => r.bound === b).length;
    expect(pool.currentVersion).toMatchObject({ atCap: bound(1), atFloor: bound(-1) });
    const { bonusPoolVersions } = await hr.data('query($p: ID!) { bonusPoolVersions(poolId: $p) { version people atFloor atCap } }', { p: poolId });
    expect(bonusPoolVersions).toEqual([{ version: 1, people: 59, atFloor: bound(-1), atCap: bound(1) }]);
    expect(rows.filter((r: { bound: number }) => r.bound === 1).every((r: { amount: number; cap: number }) => r.amount === r.cap)).toBe(true);
    // ω = base × target %: the employee is a P5 on CNY 620,000 with a 12% target.
    expect(rows.find((r: { personId: string }) => r.personId === demo.byEmail('employee').id).weight).toBe(7_440_000);
    expect((await hr.data('query($s: Boolean!) { bonusPools(includeScenarios: $s) { id } }', { s: false })).bonusPools).toHaveLength(1);
  });

  it('shows others only published pools and only their own and their chain’s allocations', async () => {
    const { bonusPools } = await employee.data(POOLS, { s: true });
    expect(bonusPools.map((p: { id: string }) => p.id)).toEqual([poolId]);
    expect((await employee.request('query($id: ID!) { bonusPool(id: $id) { id } }', { id: scenarioId })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const mine = (await employee.data('query($p: ID!) { bonusAllocations(poolId: $p) { personId amount } }', { p: poolId })).bonusAllocations;
    expect(mine.map((r: { personId: string }) => r.personId)).toEqual([demo.byEmail('employee').id]);
    const chain = new Set(demo.all.filter((x) => x.managerId === demo.byEmail('manager').id).map((x) => x.id).concat(demo.byEmail('manager').id));
    const team = (await manager.data('query($p: ID!) { bonusAllocations(poolId: $p) { personId amount } }', { p: poolId })).bonusAllocations;
    expect(team).toHaveLength(7);
    expect(team.every((r: { personId: string; amount: number }) => chain.has(r.personId) && r.amount > 0)).toBe(true);
    expect((await manager.request('query($p: ID!) { compareBonusScenarios(poolIds: [$p]) { rows { personId } } }', { p: poolId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await employee.data('{ myBonus { poolName amount } }')).myBonus).toHaveLength(1);
    const { bonusPool } = await employee.data('query($id: ID!) { bonusPool(id: $id) { name status thresholds bands { band condition coefficient } scenarioIds currentVersion { version } } }', { id: poolId });
    expect(bonusPool).toMatchObject({ name: 'H1 2026 Bonus', status: 'published', thresholds: [4.5, 4, 3.5, 3, 2.5], scenarioIds: [], currentVersion: { version: 1 } });
    expect(bonusPool.bands[5]).toEqual({ band: 6, condition: 's ≤ 2.5', coefficient: 0.2 });
  });

  it('compares the pool and its scenario side by side', async () => {
    const { compareBonusScenarios } = await hr.data('query($ids: [ID!]!) { compareBonusScenarios(poolIds: $ids) { pools { poolId name coefficients total amount atCap min median max bandCounts } rows { personId score amounts coefficients } } }', { ids: [poolId, scenarioId] });
    const [base, what] = compareBonusScenarios.pools;
    expect(base.poolId).toBe(poolId);
    expect(what.coefficients).toEqual([2.5, 1.8, 1.2, 0.9, 0.5, 0]);
    expect(base.total).toBe(base.amount);
    expect(what.total).toBe(what.amount);
    expect(base.bandCounts.reduce((a: number, b: number) => a + b, 0)).toBe(59);
    expect(compareBonusScenarios.rows).toHaveLength(59);
    const top = compareBonusScenarios.rows.find((r: { coefficients: number[] }) => r.coefficients[0] === 2);
    expect(top.coefficients[1]).toBe(2.5);
    expect(base.min).toBeLessThanOrEqual(base.median);
    expect(base.median).toBeLessThanOrEqual(base.max);
    expect((await hr.request('query { compareBonusScenarios(poolIds: []) { rows { personId } } }')).errors?.[0].extensions?.field).toBe('poolIds');
  });

  it('names the bad field of a pool and writes nothing', async () => {
    const count = async () => (await hr.data(POOLS, { s: true })).bonusPools.length;
    const before = await count();
    const base = `cycleId: "${cycleId}", name: "P", currency: "CNY", weightRule: "equal"`;
    const cases: Array<[string, string, string]> = [
      [`${base}, amount: 10.5`, 'input.amount', 'BAD_USER_INPUT'],
      [`${base}, amount: -1`, 'input.amount', 'BAD_USER_INPUT'],
      [`cycleId: "${cycleId}", name: "P", currency: "yuan", weightRule: "equal", amount: 1`, 'input.currency', 'BAD_USER_INPUT'],
      [`cycleId: "${cycleId}", name: "P", currency: "CNY", weightRule: "vibes", amount: 1`, 'input.weightRule', 'BAD_USER_INPUT'],
      [`${base}, amount: 100, thresholds: [3, 4], coefficients: [1, 1, 1]`, 'input.thresholds', 'BAD_USER_INPUT'],
      [`${base}, amount: 100, members: [{ personId: "nobody" }]`, 'input.members.0.personId', 'BAD_USER_INPUT'],
      [`${base}, amount: 100, members: [{ personId: "${demo.byEmail('employee').id}", floor: 5, cap: 2 }]`, 'input.members.0.cap', 'BAD_USER_INPUT'],
      [`${base}, amount: 100, defaultFloor: 10`, 'input.defaultFloor', 'CONFLICT'],
      [`${base}, amount: 100000, defaultCap: 10`, 'input.defaultCap', 'CONFLICT'],
      [`cycleId: "${cycleId}", name: "P", currency: "CNY", weightRule: "custom", amount: 100`, 'input.members', 'BAD_USER_INPUT'],
      [`cycleId: "nope", name: "P", currency: "CNY", weightRule: "equal", amount: 100`, 'input.cycleId', 'BAD_USER_INPUT'],
    ];
    for (const [input, field, code] of cases) {
      const r = await hr.request(`mutation { createBonusPool(input: { ${input} }) { id } }`);
      expect(r.errors?.[0].extensions, input).toMatchObject({ code, field });
    }
    const floors = await hr.request(`mutation { createBonusPool(input: { ${base}, amount: 100, defaultFloor: 10 }) { id } }`);
    expect(floors.errors?.[0].message).toMatch(/the floors add up to CNY 6\.00, more than the pool of CNY 1\.00/); // money for people, not minor units
    expect(await count()).toBe(before);
    expect((await employee.request(`mutation { createBonusPool(input: { ${base}, amount: 100 }) { id } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('holds floors and caps and still adds up to the pool exactly', async () => {
    const team = demo.all.filter((x) => x.managerId === demo.byEmail('manager').id).map((x) => x.id);
    const members = team.map((personId, i) => ({ personId, floor: i === 0 ? 30_000 : null, cap: i === 1 ? 1_000 : null }));
    const { createBonusPool } = await hr.data(
      'mutation($c: ID!, $m: [IncentivesPoolMemberInput!]) { createBonusPool(input: { cycleId: $c, name: "Spot bonus", amount: 100001, currency: "CNY", weightRule: "equal", members: $m }) { id currentVersion { total atFloor atCap } } }',
      { c: cycleId, m: members },
    );
    expect(createBonusPool.currentVersion).toEqual({ total: 100_001, atFloor: expect.any(Number), atCap: 1 });
    const rows = (await hr.data('query($p: ID!) { bonusAllocations(poolId: $p) { personId amount floor cap bound exactAmount } }', { p: createBonusPool.id })).bonusAllocations;
    expect(SUM(rows)).toBe(100_001);
    expect(rows.every((r: { amount: number }) => Number.isInteger(r.amount))).toBe(true);
    const capped = rows.find((r: { personId: string }) => r.personId === team[1]);
    expect(capped).toMatchObject({ amount: 1_000, cap: 1_000, bound: 1 });
    expect(rows.find((r: { personId: string }) => r.personId === team[0]).amount).toBeGreaterThanOrEqual(30_000);
    for (const r of rows) expect(Math.abs(r.amount - r.exactAmount)).toBeLessThan(1);

    // approve → reopen → update → allocate; hr models and approves, a manager may do neither.
    const id = createBonusPool.id;
    expect((await owner.data('mutation($id: ID!) { approveBonusPool(id: $id) { status } }', { id })).approveBonusPool.status).toBe('approved');
    expect((await hr.request('mutation($id: ID!) { updateBonusPool(id: $id, input: { amount: 5 }) { id } }', { id })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const manager = await server.loginAs('manager');
    expect((await manager.request('mutation($id: ID!) { reopenBonusPool(id: $id) { status } }', { id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await hr.data('mutation($id: ID!) { reopenBonusPool(id: $id) { status approvedAt } }', { id })).reopenBonusPool).toEqual({ status: 'draft', approvedAt: null });
    const updated = await hr.data('mutation($id: ID!) { updateBonusPool(id: $id, input: { amount: 200000, defaultCap: 50000 }) { amount defaultCap currentVersion { total } } }', { id });
    expect(updated.updateBonusPool).toEqual({ amount: 200_000, defaultCap: 50_000, currentVersion: { total: 200_000 } });
    expect((await hr.data('mutation($id: ID!) { allocateBonusPool(id: $id) { currentVersion { version total } } }', { id })).allocateBonusPool.currentVersion).toEqual({ version: 1, total: 200_000 });
  });

  it('creates, applies and deletes scenarios', async () => {
    const spot = (await hr.data(POOLS, { s: false })).bonusPools.find((p: { name: string }) => p.name === 'Spot bonus');
    const { createBonusScenario } = await hr.data('mutation($id: ID!) { createBonusScenario(poolId: $id, input: { name: "Bigger pot", amount: 300000, defaultCap: null, thresholds: [4], coefficients: [2, 1] }) { id status scenarioOfId amount thresholds memberCount currentVersion { total } } }', { id: spot.id });
    expect(createBonusScenario).toMatchObject({ status: 'scenario', scenarioOfId: spot.id, amount: 300_000, thresholds: [4], memberCount: 6, currentVersion: { total: 300_000 } });
    const bad = await hr.request('mutation($id: ID!) { createBonusScenario(poolId: $id, input: { name: "x", coefficients: [1] }) { id } }', { id: spot.id });
    expect(bad.errors?.[0].extensions?.field).toBe('input.coefficients');
    const edited = await hr.data('mutation($id: ID!) { updateBonusPool(id: $id, input: { amount: 250000 }) { status currentVersion { total } } }', { id: createBonusScenario.id });
    expect(edited.updateBonusPool).toEqual({ status: 'scenario', currentVersion: { total: 250_000 } });
    const applied = await hr.data('mutation($id: ID!) { applyBonusScenario(id: $id) { id status amount thresholds coefficients currentVersion { total } } }', { id: createBonusScenario.id });
    expect(applied.applyBonusScenario).toEqual({ id: spot.id, status: 'draft', amount: 250_000, thresholds: [4], coefficients: [2, 1], currentVersion: { total: 250_000 } });
    expect((await hr.request('mutation($id: ID!) { applyBonusScenario(id: $id) { id } }', { id: scenarioId })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await hr.request('mutation($id: ID!) { deleteBonusScenario(id: $id) }', { id: spot.id })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await hr.data('mutation($id: ID!) { deleteBonusScenario(id: $id) }', { id: createBonusScenario.id })).deleteBonusScenario).toBe(true);
    expect((await hr.request('query($id: ID!) { bonusPool(id: $id) { id } }', { id: createBonusScenario.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // A published pool can still be explored with a scenario, but not changed by one.
    const capFree = await hr.data('mutation($id: ID!) { createBonusScenario(poolId: $id, input: { name: "Cap-free", members: null }) { id status amount currentVersion { total } } }', { id: poolId });
    expect(capFree.createBonusScenario.status).toBe('scenario');
    expect(capFree.createBonusScenario.currentVersion.total).toBe(capFree.createBonusScenario.amount);
    expect((await hr.request('mutation($id: ID!) { applyBonusScenario(id: $id) { id } }', { id: capFree.createBonusScenario.id })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const empty = await hr.request('mutation($id: ID!) { createBonusScenario(poolId: $id, input: { name: "Nobody", members: [] }) { id } }', { id: poolId });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.members' });
    expect((await hr.request('mutation($id: ID!) { createBonusScenario(poolId: $id, input: { name: "Nested" }) { id } }', { id: scenarioId })).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('after a calibrated score change: published pools get a new version to approve, an approved draft goes back to draft', async () => {
    const spot = (await hr.data(POOLS, { s: false })).bonusPools.find((p: { name: string }) => p.name === 'Spot bonus');
    expect((await owner.data('mutation($id: ID!) { approveBonusPool(id: $id) { status } }', { id: spot.id })).approveBonusPool.status).toBe('approved');
    const alex = demo.byEmail('alex.novak').id;
    const before = (await hr.data('query($p: ID!) { bonusAllocations(poolId: $p) { personId amount } }', { p: poolId })).bonusAllocations;
    const { calibrateScore } = await hr.data('mutation($c: ID!, $p: ID!) { calibrateScore(input: { cycleId: $c, personId: $p, score: 1.5, reason: "Post-cycle correction after an HR investigation" }) { newVersions { poolId version } } }', { c: cycleId, p: alex });
    expect(calibrateScore.newVersions).toEqual([{ poolId, version: 2 }]);
    expect((await hr.data('query($p: ID!) { bonusAllocations(poolId: $p) { personId amount } }', { p: poolId })).bonusAllocations).toEqual(before);
    await server.flushEvents();
    const NOTICES = '{ unreadNotificationCount myNotifications { id kind params link readAt } }';
    // Told of the first publication only: a proposed version nobody approved tells nobody.
    const shown = (await employee.data(NOTICES)).myNotifications.map((n: { kind: string; params: string }) => [n.kind, JSON.parse(n.params).version]);
    expect(shown).toEqual([['incentives.allocation-published', 1]]);
    expect(await employee.data('mutation { markNotificationsRead }')).toEqual({ markNotificationsRead: 1 });
    await hr.data('mutation { markNotificationsRead }');
    await hr.data('mutation($id: ID!) { publishBonusPoolRevision(id: $id) { id } }', { id: poolId });
    await server.flushEvents();
    // Approved: the people whose amount moved are told, in the console's words, with no amount in the notice.
    const told = await employee.data(NOTICES);
    expect(told.unreadNotificationCount).toBe(1);
    expect(told.myNotifications[0]).toMatchObject({ kind: 'incentives.allocation-republished', link: '/incentives/me', readAt: null });
    expect(JSON.parse(told.myNotifications[0].params)).toEqual({ pool: 'H1 2026 Bonus', version: 2 });
    const hrNotice = (await hr.data(NOTICES)).myNotifications[0];
    expect(await employee.data('mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', { ids: [hrNotice.id] })).toEqual({ markNotificationsRead: 0 });
    expect((await hr.data(NOTICES)).unreadNotificationCount).toBe(1);
    expect(await employee.data('mutation { markNotificationsRead }')).toEqual({ markNotificationsRead: 1 });
    expect((await employee.data(NOTICES)).unreadNotificationCount).toBe(0);
    const back = (await hr.data('query($id: ID!) { bonusPool(id: $id) { status approvedAt currentVersion { status total } } }', { id: spot.id })).bonusPool;
    expect(back).toEqual({ status: 'draft', approvedAt: null, currentVersion: { status: 'draft', total: 250_000 } });
    const after = (await hr.data('query($p: ID!) { bonusAllocations(poolId: $p) { personId amount delta band } }', { p: poolId })).bonusAllocations;
    expect(SUM(after)).toBe(SUM(before));
    const mine = after.find((r: { personId: string }) => r.personId === alex);
    expect(mine.band).toBe(6);
    expect(mine.delta).toBeLessThan(0);
    expect(after.reduce((s: number, r: { delta: number }) => s + r.delta, 0)).toBe(0);
    const unchanged = (await hr.data('query($p: ID!) { bonusAllocations(poolId: $p, version: 1) { personId amount } }', { p: poolId })).bonusAllocations;
    expect(unchanged).toEqual(before);
    const scenario = (await hr.data('query($ids: [ID!]!) { compareBonusScenarios(poolIds: $ids) { rows { personId coefficients } } }', { ids: [poolId, scenarioId] })).compareBonusScenarios;
    expect(scenario.rows.find((r: { personId: string }) => r.personId === alex).coefficients).toEqual([0.2, 0]);
  });
});
