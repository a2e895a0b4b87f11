import { definePlugin, EventHandler, type EventHandlerInstance } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { createTestServer, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AllocationPublished, incentivesPlugin } from '../src/index.js';
import { createCycle, demoPeople, type Client } from './helpers.js';

// The founding document's worked example: 10 people, c = [2, 1.5, 1, 0.5, 0.3, 0.2, 0.1, 0.05, 0.03, 0.01],
// ω_1 = 0.3 and the other nine 0.7/9, D = 10 (1000 minor units).
const C = [2, 1.5, 1, 0.5, 0.3, 0.2, 0.1, 0.05, 0.03, 0.01];
const W = [0.3, ...Array(9).fill(0.7 / 9)];
const THRESHOLDS = [4.6, 4.2, 3.8, 3.4, 3.0, 2.6, 2.2, 1.8, 1.4];
const SCORES = [4.8, 4.4, 4.0, 3.6, 3.2, 2.8, 2.4, 2.0, 1.6, 1.2];
const D = 1000;

/** Largest-remainder rounding of D · ω_i c_i / Σ ω_j c_j, computed independently of the solver. */
function largestRemainder(weights: number[], coefficients: number[], pool: number): number[] {
  const wc = weights.map((w, i) => w * coefficients[i]!);
  const sum = wc.reduce((a, b) => a + b, 0);
  const exact = wc.map((x) => (pool * x) / sum);
  const floors = exact.map(Math.floor);
  let left = pool - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) if (left-- > 0) floors[i]!++;
  return floors;
}

// A consumer plugin, as another plugin would subscribe to new allocation versions.
const published: Array<{ poolId: string; version: number }> = [];
@Injectable()
@EventHandler(AllocationPublished, 'listener.allocation-published')
class Listener implements EventHandlerInstance<{ poolId: string; version: number }> {
  async handle(payload: { poolId: string; version: number }): Promise<void> {
    published.push({ poolId: payload.poolId, version: payload.version });
  }
}
const listener = definePlugin({ id: 'listener', version: '0.1.0', sdk: '^0.1.0', dependencies: ['incentives'], eventHandlers: [Listener] });

const ALLOCATIONS = 'query($p: ID!, $v: Int) { bonusAllocations(poolId: $p, version: $v) { personId version weight score band coefficient amount exactAmount bound previousAmount delta } }';

describe('the founding worked example, end to end through the API', () => {
  let server: TestServer;
  let hr: Client;
  let owner: Client;
  let employee: Client;
  let manager: Client;
  let people: string[];
  let cycleId: string;
  let poolId: string;
  let v1: Array<{ personId: string; amount: number }>;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [incentivesPlugin, listener] });
    [hr, owner, employee, manager] = await Promise.all([server.loginAs('hr'), server.loginAs('owner'), server.loginAs('employee'), server.loginAs('manager')]);
    const demo = await demoPeople(server);
    // Person 1 (ω = 0.3, top band) is the demo employee; the others are researchers outside the manager's chain.
    const researchers = demo.all.filter((x) => x.email.startsWith('rs-') || /^(huang|anna|wu\.hao|sun\.yue|david|guo|priya|ma\.chao|lin\.xiao)/.test(x.email)).slice(0, 9);
    people = [demo.byEmail('employee').id, ...researchers.map((x) => x.id)];
    expect(new Set(people).size).toBe(10);
  });
  afterAll(() => server?.close());

  it('scores ten people into the ten bands through calibration', async () => {
    cycleId = await createCycle(hr, people, `, kinds: ["manager"], thresholds: [${THRESHOLDS}], coefficients: [${C}]`);
    await hr.data('mutation($id: ID!) { openReviewCycle(id: $id) { id } }', { id: cycleId });
    await hr.data('mutation($id: ID!) { startReviewCycleCalibration(id: $id) { id } }', { id: cycleId });
    for (const [i, personId] of people.entries()) {
      await hr.data('mutation($c: ID!, $p: ID!, $s: Float!) { calibrateScore(input: { cycleId: $c, personId: $p, score: $s, reason: "Founding example" }) { participant { finalScore } } }', { c: cycleId, p: personId, s: SCORES[i] });
    }
    await hr.data('mutation($id: ID!) { finaliseReviewCycle(id: $id) { id } }', { id: cycleId });
    const rows = (await hr.data('query($c: ID!) { reviewCycleParticipants(cycleId: $c) { personId finalScore band coefficient } }', { c: cycleId })).reviewCycleParticipants;
    for (const [i, personId] of people.entries()) {
      expect(rows.find((r: { personId: string }) => r.personId === personId)).toEqual({ personId, finalScore: SCORES[i], band: i + 1, coefficient: C[i] });
    }
  });

  it('allocates D = 1000 minor units as round(1000 · ω_i c_i / Σ ω_j c_j) by largest remainder, adding up exactly', async () => {
    const members = people.map((personId, i) => ({ personId, weight: W[i] }));
    const { createBonusPool } = await hr.data(
      'mutation($c: ID!, $m: [IncentivesPoolMemberInput!]) { createBonusPool(input: { cycleId: $c, name: "Founding example", amount: 1000, currency: "CNY", weightRule: "custom", members: $m }) { id status thresholds coefficients currentVersion { version status total weightedSum lambda } } }',
      { c: cycleId, m: members },
    );
    poolId = createBonusPool.id;
    const weightedSum = W.reduce((s, w, i) => s + w * C[i]!, 0);
    expect(createBonusPool).toMatchObject({ status: 'draft', thresholds: THRESHOLDS, coefficients: C, currentVersion: { version: 1, status: 'draft', total: D } });
    expect(createBonusPool.currentVersion.weightedSum).toBeCloseTo(weightedSum, 12);
    expect(createBonusPool.currentVersion.lambda).toBeCloseTo(weightedSum / D, 12);

    // The inputs the console needs to recompute in the browser with the same solver.
    const { bonusPoolInputs } = await hr.data('query($id: ID!) { bonusPoolInputs(id: $id) { amount unit thresholds coefficients people { personId weight score band coefficient floor cap error } } }', { id: poolId });
    expect(bonusPoolInputs).toMatchObject({ amount: D, unit: 1, thresholds: THRESHOLDS, coefficients: C });
    for (const [i, personId] of people.entries()) {
      expect(bonusPoolInputs.people.find((r: { personId: string }) => r.personId === personId)).toEqual({ personId, weight: W[i], score: SCORES[i], band: i + 1, coefficient: C[i], floor: 0, cap: null, error: null });
    }

    const manager = await server.loginAs('manager');
    expect((await manager.request('mutation($id: ID!) { approveBonusPool(id: $id) { id } }', { id: poolId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await owner.request('mutation($id: ID!) { publishBonusPool(id: $id) { id } }', { id: poolId })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await hr.data('mutation($id: ID!) { approveBonusPool(id: $id) { status approvedBy } }', { id: poolId })).approveBonusPool).toEqual({ status: 'approved', approvedBy: 'hr@demo.local' });
    expect((await hr.data('mutation($id: ID!) { publishBonusPool(id: $id) { status publishedVersion } }', { id: poolId })).publishBonusPool).toEqual({ status: 'published', publishedVersion: 1 });

    const rows = (await hr.data(ALLOCATIONS, { p: poolId })).bonusAllocations;
    const expected = largestRemainder(W, C, D);
    expect(expected).toEqual([676, 131, 88, 44, 26, 18, 9, 4, 3, 1]);
    for (const [i, personId] of people.entries()) {
      const row = rows.find((r: { personId: string }) => r.personId === personId);
      expect(row).toMatchObject({ version: 1, weight: W[i], band: i + 1, coefficient: C[i], amount: expected[i], bound: 0, previousAmount: null, delta: null });
      expect(row.exactAmount).toBeCloseTo((D * W[i] * C[i]!) / weightedSum, 9);
    }
    expect(rows.reduce((s: number, r: { amount: number }) => s + r.amount, 0)).toBe(D);
    v1 = rows.map((r: { personId: string; amount: number }) => ({ personId: r.personId, amount: r.amount }));
  });

  it('shows the employee their own result and formula with their numbers — nobody else’s', async () => {
    const { myBonus } = await employee.data('query($p: ID) { myBonus(poolId: $p) { poolName version score band coefficient weight floor cap bound amount exactAmount poolAmount weightedSum lambda formula calculation bands { band condition coefficient } history { version amount delta } } }', { p: poolId });
    expect(myBonus).toHaveLength(1);
    const mine = myBonus[0];
    expect(mine).toMatchObject({ poolName: 'Founding example', version: 1, score: 4.8, band: 1, coefficient: 2, weight: 0.3, floor: null, cap: null, bound: 0, amount: 676, poolAmount: 1000 });
    expect(mine.formula).toContain('y_i = D · ω_i c_i / Σ_j ω_j c_j');
    expect(mine.calculation).toBe('s = 4.8 is in band 1 (s > 4.6), so c = 2; y = D · ω · c / Σ ω_j c_j = 1000 × 0.3 × 2 / 0.887 = 676.437; rounded by largest remainder: 676 minor units = CNY 6.76');
    expect(mine.bands).toHaveLength(10);
    expect(mine.history).toEqual([{ version: 1, amount: 676, delta: null }]);
    const text = JSON.stringify(myBonus);
    for (const other of people.slice(1)) expect(text).not.toContain(other);
    for (const amount of [131, 88, 44]) expect(text).not.toMatch(new RegExp(`"amount":${amount}\\b`));

    const visible = (await employee.data(ALLOCATIONS, { p: poolId })).bonusAllocations;
    expect(visible.map((r: { personId: string }) => r.personId)).toEqual([people[0]]);
    expect((await employee.request('query($id: ID!) { bonusPoolInputs(id: $id) { amount } }', { id: poolId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await employee.request('query($p: ID!) { bonusPoolVersions(poolId: $p) { version } }', { p: poolId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The manager sees his report and nobody outside his chain.
    expect((await manager.data(ALLOCATIONS, { p: poolId })).bonusAllocations.map((r: { personId: string; amount: number }) => [r.personId, r.amount])).toEqual([[people[0], 676]]);
  });

  it('versions a published allocation when a calibrated score changes, visible once approved; the old version stays as it was', async () => {
    const last = people[9]!;
    const { calibrateScore } = await hr.data(
      'mutation($c: ID!, $p: ID!) { calibrateScore(input: { cycleId: $c, personId: $p, score: 4.9, reason: "Late-breaking result: the distillation paper was accepted" }) { participant { finalScore band coefficient } calibration { fromScore toScore reason actorEmail } newVersions { version status total reason } } }',
      { c: cycleId, p: last },
    );
    expect(calibrateScore.participant).toEqual({ finalScore: 4.9, band: 1, coefficient: 2 });
    expect(calibrateScore.calibration).toEqual({ fromScore: 1.2, toScore: 4.9, reason: 'Late-breaking result: the distillation paper was accepted', actorEmail: 'hr@demo.local' });
    expect(calibrateScore.newVersions).toHaveLength(1);
    expect(calibrateScore.newVersions[0]).toMatchObject({ version: 2, status: 'proposed', total: D });
    // The reason is for people: the cycle and the day, no raw id and nobody's name.
    expect(calibrateScore.newVersions[0].reason).toMatch(/^Recalculated after a calibrated score change in ".+" on \d{4}-\d{2}-\d{2}$/);

    // Until an approver publishes it, people see the published numbers and cannot read the proposal.
    expect((await employee.data('query($p: ID) { myBonus(poolId: $p) { version amount } }', { p: poolId })).myBonus[0]).toEqual({ version: 1, amount: 676 });
    expect((await employee.request(ALLOCATIONS, { p: poolId, v: 2 })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await hr.data('query($id: ID!) { bonusPool(id: $id) { publishedVersion currentVersion { version } proposedVersion { version status } } }', { id: poolId })).bonusPool)
      .toEqual({ publishedVersion: 1, currentVersion: { version: 1 }, proposedVersion: { version: 2, status: 'proposed' } });
    await server.flushEvents();
    expect(published.filter((e) => e.poolId === poolId)).toEqual([{ poolId, version: 1 }]);
    expect((await employee.request('mutation($id: ID!) { publishBonusPoolRevision(id: $id) { id } }', { id: poolId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await owner.data('mutation($id: ID!) { publishBonusPoolRevision(id: $id) { publishedVersion proposedVersion { version } } }', { id: poolId })).publishBonusPoolRevision)
      .toEqual({ publishedVersion: 2, proposedVersion: null });
    expect((await owner.request('mutation($id: ID!) { publishBonusPoolRevision(id: $id) { id } }', { id: poolId })).errors?.[0].extensions?.code).toBe('CONFLICT');

    const old = (await hr.data(ALLOCATIONS, { p: poolId, v: 1 })).bonusAllocations;
    expect(old.map((r: { personId: string; amount: number }) => ({ personId: r.personId, amount: r.amount }))).toEqual(v1);
    const now = (await hr.data(ALLOCATIONS, { p: poolId })).bonusAllocations;
    const c2 = [...C.slice(0, 9), 2];
    const expected = largestRemainder(W, c2, D);
    for (const [i, personId] of people.entries()) {
      const row = now.find((r: { personId: string }) => r.personId === personId);
      const before = v1.find((r) => r.personId === personId)!.amount;
      expect(row).toMatchObject({ version: 2, coefficient: c2[i], amount: expected[i], previousAmount: before, delta: expected[i]! - before });
    }
    expect(now.reduce((s: number, r: { amount: number }) => s + r.amount, 0)).toBe(D);

    const { bonusAllocationDiff } = await hr.data('query($p: ID!) { bonusAllocationDiff(poolId: $p, fromVersion: 1, toVersion: 2) { totalBefore totalAfter rows { personId before after delta scoreBefore scoreAfter } } }', { p: poolId });
    expect(bonusAllocationDiff).toMatchObject({ totalBefore: D, totalAfter: D });
    expect(bonusAllocationDiff.rows[0]).toMatchObject({ personId: last, before: 1, scoreBefore: 1.2, scoreAfter: 4.9 });
    expect(bonusAllocationDiff.rows.reduce((s: number, r: { delta: number }) => s + r.delta, 0)).toBe(0);
    const { bonusPoolVersions } = await hr.data('query($p: ID!) { bonusPoolVersions(poolId: $p) { version status total } }', { p: poolId });
    expect(bonusPoolVersions).toEqual([{ version: 1, status: 'superseded', total: D }, { version: 2, status: 'published', total: D }]);
    await server.flushEvents();
    expect(published.filter((e) => e.poolId === poolId)).toEqual([{ poolId, version: 1 }, { poolId, version: 2 }]);

    const { myBonus } = await employee.data('query($p: ID) { myBonus(poolId: $p) { version amount previousAmount delta history { version status amount delta reason } } }', { p: poolId });
    expect(myBonus[0]).toMatchObject({ version: 2, amount: expected[0], previousAmount: 676, delta: expected[0]! - 676 });
    expect(myBonus[0].history.map((h: { version: number; status: string; amount: number }) => [h.version, h.status, h.amount])).toEqual([[1, 'superseded', 676], [2, 'published', expected[0]]]);
    expect(JSON.stringify(myBonus)).not.toContain(last);

    const { auditLog } = await owner.data('{ auditLog(filter: { operation: "calibrateScore" }, first: 1) { nodes { actorEmail targetType before after } } }');
    expect(auditLog.nodes[0]).toMatchObject({ actorEmail: 'hr@demo.local', targetType: 'IncentivesParticipant' });
    expect(JSON.parse(auditLog.nodes[0].before)).toEqual({ personId: last, score: 1.2 });
    expect(JSON.parse(auditLog.nodes[0].after)).toEqual({ personId: last, score: 4.9, reason: 'Late-breaking result: the distillation paper was accepted', newVersions: [2] });
    const history = (await hr.data('query($c: ID!, $p: ID) { scoreCalibrations(cycleId: $c, personId: $p) { fromScore toScore reason } }', { c: cycleId, p: last })).scoreCalibrations;
    expect(history.map((h: { toScore: number }) => h.toScore)).toEqual([4.9, 1.2]);
  });

  it('never recomputes a published pool in place', async () => {
    for (const op of ['allocateBonusPool(id: $id) { id }', 'updateBonusPool(id: $id, input: { amount: 2000 }) { id }', 'approveBonusPool(id: $id) { id }']) {
      const r = await owner.request(`mutation($id: ID!) { ${op} }`, { id: poolId });
      expect(r.errors?.[0].extensions?.code, op).toBe('CONFLICT');
    }
    expect((await hr.data(ALLOCATIONS, { p: poolId, v: 1 })).bonusAllocations.map((r: { amount: number }) => r.amount).reduce((a: number, b: number) => a + b, 0)).toBe(D);
    const missing = await hr.request(ALLOCATIONS, { p: poolId, v: 9 });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
