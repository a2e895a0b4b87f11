import { attractionPlugin } from '@cadre/plugin-attraction';
import { createTestServer, type GraphQLResult, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incentivesPlugin } from '../src/index.js';
import { createCycle, demoPeople, submit, type Client } from './helpers.js';

// Many people acting on the same cycle, review, pool, matrix, award or grant at the same moment,
// over HTTP. Every answer is a success or an expected refusal (never an internal error), exactly
// as many succeed as may, and the numbers add up afterwards. Races show on PostgreSQL; on SQLite
// the same tests run with the writers queued. (Pool allocate/approve races: apps/server e2e.)

const CYCLE = 'id status progress { total submitted pending expired }';
const POOL = 'id status amount currentVersion { version status amount total }';
const VERSIONS = 'query($p: ID!) { bonusPoolVersions(poolId: $p) { version status amount total } }';
const REASON = 'Calibration committee: evidence reviewed with the manager';
const CALIBRATE = 'mutation($c: ID!, $p: ID!, $s: Float!, $r: String!) { calibrateScore(input: { cycleId: $c, personId: $p, score: $s, reason: $r }) { newVersions { poolId version } } }';

type Answer = GraphQLResult<any>;
type Version = { version: number; status: string; amount: number; total: number };
const codeOf = (a: Answer) => a.errors?.[0]?.extensions?.code ?? 'OK';
const ok = (answers: Answer[]) => answers.filter((a) => !a.errors?.length);

/** Only successes and the given refusals: never INTERNAL_SERVER_ERROR. */
function expectOnly(answers: Answer[], ...refusals: string[]): void {
  const unexpected = answers.filter((a) => codeOf(a) !== 'OK' && !refusals.includes(codeOf(a)));
  expect(unexpected.map((a) => a.errors), 'unexpected answers').toEqual([]);
}

/** `n` requests at once (the argument says which one it is). */
const race = (n: number, request: (i: number) => Promise<Answer>) => Promise.all(Array.from({ length: n }, (_, i) => request(i)));

/** Version numbers never repeat, and at most one draft and one published version exist. */
function expectVersionsConsistent(versions: Version[]): void {
  expect(new Set(versions.map((v) => v.version)).size).toBe(versions.length);
  expect(versions.filter((v) => v.status === 'draft').length).toBeLessThanOrEqual(1);
  expect(versions.filter((v) => v.status === 'published').length).toBeLessThanOrEqual(1);
  expect(versions.filter((v) => v.status === 'proposed').length).toBeLessThanOrEqual(1);
  for (const v of versions) expect(v.total, `version ${v.version}`).toBe(v.amount);
}

describe(`incentives under concurrent requests (${process.env.DATABASE_URL?.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'})`, () => {
  let server: TestServer;
  let hr: Client;
  let owner: Client;
  let manager: Client;
  let employee: Client;
  let team: string[];
  let finalised: string;

  const op = (client: Client, mutation: string, variables: Record<string, unknown>) => client.request(`mutation($id: ID!) { ${mutation} }`, variables);
  const audited = async (operation: string, targetId: string) =>
    (await owner.data('query($o: String, $t: String) { auditLog(filter: { operation: $o, targetId: $t }) { nodes { id } } }', { o: operation, t: targetId })).auditLog.nodes.length;

  /** A cycle of the manager's team, taken through the status flow up to `status`. */
  async function cycle(status: 'draft' | 'open' | 'calibrating' | 'finalised'): Promise<string> {
    const id = await createCycle(hr, team);
    const steps = ['openReviewCycle', 'startReviewCycleCalibration', 'finaliseReviewCycle'].slice(0, ['draft', 'open', 'calibrating', 'finalised'].indexOf(status));
    for (const step of steps) await hr.data(`mutation($id: ID!) { ${step}(id: $id) { id } }`, { id });
    return id;
  }

  const statusOf = async (client: Client, cycleId: string, task: string): Promise<string> =>
    (await client.data('query($c: ID) { myReviewTasks(cycleId: $c) { id status } }', { c: cycleId })).myReviewTasks.find((t: { id: string }) => t.id === task)?.status;

  const tasksOf = async (client: Client, cycleId: string): Promise<string[]> =>
    (await client.data('query($c: ID) { myReviewTasks(cycleId: $c) { id status } }', { c: cycleId })).myReviewTasks.filter((t: { status: string }) => t.status === 'pending').map((t: { id: string }) => t.id);

  /** A draft pool of the team on the finalised seeded cycle. */
  async function pool(amount = 1_000_000): Promise<string> {
    const members = team.map((personId) => ({ personId }));
    return (await hr.data('mutation($c: ID!, $m: [IncentivesPoolMemberInput!], $a: Float!) { createBonusPool(input: { cycleId: $c, name: "Race pool", amount: $a, currency: "CNY", weightRule: "equal", members: $m }) { id } }', { c: finalised, m: members, a: amount })).createBonusPool.id;
  }

  const versions = async (poolId: string): Promise<Version[]> => (await hr.data(VERSIONS, { p: poolId })).bonusPoolVersions;

  beforeAll(async () => {
    // attraction too: merit matrices read their salary ranges from its compensation bands.
    server = await createTestServer({ plugins: [attractionPlugin, incentivesPlugin] });
    [hr, owner, manager, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('owner'), server.loginAs('manager'), server.loginAs('employee')]);
    const demo = await demoPeople(server);
    const m = demo.byEmail('manager');
    team = [m.id, ...demo.all.filter((p) => p.managerId === m.id).map((p) => p.id)];
    finalised = (await hr.data('{ reviewCycles { id name } }')).reviewCycles.find((c: { name: string }) => c.name === 'H1 2026 Performance Review').id;
  });
  afterAll(() => server?.close());

  it('opens a cycle once, assigning its reviews once, when it is opened eight times at once', async () => {
    const id = await cycle('draft');
    const answers = await race(8, () => op(hr, `openReviewCycle(id: $id) { ${CYCLE} }`, { id }));
    expectOnly(answers, 'CONFLICT');
    expect(ok(answers)).toHaveLength(1);
    const { reviewCycle } = await hr.data(`query($id: ID!) { reviewCycle(id: $id) { ${CYCLE} } }`, { id });
    expect(reviewCycle.progress).toEqual(ok(answers)[0].data.openReviewCycle.progress);
    expect(await audited('openReviewCycle', id)).toBe(1);
  });

  it('saves a draft cycle once when eight forms opened on the same version save at once; the others change nothing', async () => {
    const id = await cycle('draft');
    const seen = (await hr.data('query($id: ID!) { reviewCycle(id: $id) { name updatedAt } }', { id })).reviewCycle;
    const answers = await race(8, (i) => hr.request('mutation($id: ID!, $input: UpdateReviewCycleInput!) { updateReviewCycle(id: $id, input: $input) { name updatedAt } }',
      { id, input: { name: `Edited ${i}`, peerCount: 1 + i, expectedUpdatedAt: seen.updatedAt } }));
    expectOnly(answers, 'CONFLICT');
    expect(ok(answers)).toHaveLength(1);
    expect(answers.filter((a) => codeOf(a) === 'CONFLICT').every((a) => a.errors![0].extensions!.field === 'input.expectedUpdatedAt')).toBe(true);
    const after = (await hr.data('query($id: ID!) { reviewCycle(id: $id) { name peerCount updatedAt } }', { id })).reviewCycle;
    const won = ok(answers)[0].data.updateReviewCycle;
    expect(after).toMatchObject({ name: won.name, peerCount: 1 + Number(won.name.split(' ')[1]), updatedAt: won.updatedAt });
    expect(after.updatedAt > seen.updatedAt).toBe(true);
    expect(await audited('updateReviewCycle', id)).toBe(1);

    // Changing only the participants is an edit too: a form opened before it is stale.
    await hr.data('mutation($id: ID!, $input: UpdateReviewCycleInput!) { updateReviewCycle(id: $id, input: $input) { id } }', { id, input: { participantIds: team.slice(0, 2), expectedUpdatedAt: after.updatedAt } });
    const stale = await hr.request('mutation($id: ID!, $input: UpdateReviewCycleInput!) { updateReviewCycle(id: $id, input: $input) { id } }', { id, input: { name: 'Stale', expectedUpdatedAt: after.updatedAt } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.expectedUpdatedAt' });
    expect((await hr.data('query($id: ID!) { reviewCycle(id: $id) { name participantCount } }', { id })).reviewCycle).toEqual({ name: after.name, participantCount: 2 });
  });

  it('submits a review once when it is sent eight times at once', async () => {
    const id = await cycle('open');
    const [task] = await tasksOf(employee, id);
    const answers = await race(8, (i) => submit(employee, task, 1 + (i % 5), 3));
    expectOnly(answers, 'CONFLICT');
    expect(ok(answers)).toHaveLength(1);
    expect(await statusOf(employee, id, task)).toBe('submitted');
    // The task is a peer review of an anonymous cycle: its content is one feedback row, apart from the task.
    const won = answers.findIndex((a) => !a.errors?.length);
    const ds = server.app.dataSource;
    const stored = await ds.query(`SELECT score FROM incentives_review_feedback WHERE "cycleId" = ${ds.options.type === 'postgres' ? '$1' : '?'}`, [id]);
    expect(stored.map((r: { score: number }) => Number(r.score))).toEqual([Math.round(((2 * (1 + (won % 5)) + 3) / 3) * 1000) / 1000]);
  });

  it('ends reviewing once; every review submitted meanwhile counts, every other one expires', async () => {
    const id = await cycle('open');
    const tasks = [...(await tasksOf(manager, id)).map((t) => [manager, t] as const), ...(await tasksOf(employee, id)).map((t) => [employee, t] as const)];
    expect(tasks.length).toBeGreaterThanOrEqual(8);
    const answers = await Promise.all([
      ...tasks.map(([client, task]) => submit(client, task, 4, 4)),
      ...[0, 1, 2, 3].map(() => op(hr, 'startReviewCycleCalibration(id: $id) { id }', { id })),
    ]);
    expectOnly(answers, 'CONFLICT');
    expect(ok(answers.slice(tasks.length))).toHaveLength(1);
    // Each author's own task list: a submitted anonymous review is no longer listed with its assignment to hr.
    for (const [i, [client, task]] of tasks.entries()) expect(await statusOf(client, id, task), task).toBe(answers[i]!.errors ? 'expired' : 'submitted');
    const { reviewCycle } = await hr.data(`query($id: ID!) { reviewCycle(id: $id) { ${CYCLE} } }`, { id });
    expect(reviewCycle).toMatchObject({ status: 'calibrating', progress: { pending: 0, submitted: ok(answers.slice(0, tasks.length)).length } });
  });

  it('moves a cycle to calibration once and finalises it once when each is asked eight times at once', async () => {
    const id = await cycle('open');
    const started = await race(8, () => op(hr, 'startReviewCycleCalibration(id: $id) { id }', { id }));
    expectOnly(started, 'CONFLICT');
    expect(ok(started)).toHaveLength(1);
    const done = await race(8, () => op(hr, 'finaliseReviewCycle(id: $id) { id }', { id }));
    expectOnly(done, 'CONFLICT');
    expect(ok(done)).toHaveLength(1);
    expect([await audited('startReviewCycleCalibration', id), await audited('finaliseReviewCycle', id)]).toEqual([1, 1]);
  });

  it('publishes an approved pool once when it is published eight times at once', async () => {
    const id = await pool();
    await op(hr, 'approveBonusPool(id: $id) { id }', { id });
    const answers = await race(8, () => op(hr, `publishBonusPool(id: $id) { ${POOL} }`, { id }));
    expectOnly(answers, 'CONFLICT');
    expect(ok(answers)).toHaveLength(1);
    const rows = await versions(id);
    expectVersionsConsistent(rows);
    expect(rows.map((v) => v.status)).toEqual(['published']);
  });

  it('either publishes or reopens an approved pool when both are asked at once', async () => {
    for (let round = 0; round < 3; round++) {
      const id = await pool();
      await op(hr, 'approveBonusPool(id: $id) { id }', { id });
      const answers = await race(8, (i) => op(hr, `${i % 2 ? 'reopenBonusPool' : 'publishBonusPool'}(id: $id) { ${POOL} }`, { id }));
      expectOnly(answers, 'CONFLICT');
      expect(ok(answers)).toHaveLength(1);
      const { bonusPool } = await hr.data(`query($id: ID!) { bonusPool(id: $id) { ${POOL} } }`, { id });
      const rows = await versions(id);
      expectVersionsConsistent(rows);
      expect(rows.map((v) => v.status)).toEqual([bonusPool.status === 'published' ? 'published' : 'draft']);
    }
  });

  it('applies scenarios one after another: one draft, computed from the parameters the pool ends with', async () => {
    const id = await pool();
    const scenarios = await Promise.all([2_000_000, 3_000_000].map(async (amount) => (await hr.data('mutation($id: ID!, $a: Float!) { createBonusScenario(poolId: $id, input: { name: "What-if", amount: $a }) { id } }', { id, a: amount })).createBonusScenario.id));
    const answers = await race(16, (i) => op(hr, `applyBonusScenario(id: $id) { ${POOL} }`, { id: scenarios[i % 2] }));
    expectOnly(answers, 'CONFLICT');
    expect(ok(answers)).toHaveLength(16);
    const { bonusPool } = await hr.data(`query($id: ID!) { bonusPool(id: $id) { ${POOL} } }`, { id });
    expect([2_000_000, 3_000_000]).toContain(bonusPool.amount);
    expect(bonusPool.currentVersion).toMatchObject({ status: 'draft', amount: bonusPool.amount, total: bonusPool.amount });
    expectVersionsConsistent(await versions(id));
  });

  it('recomputes pools from the parameters they end with when scores are calibrated while the pool is edited', async () => {
    const id = await pool();
    const seeded = (await hr.data('{ bonusPools { id name } }')).bonusPools.find((p: { name: string }) => p.name === 'H1 2026 Bonus').id;
    const amounts = [1_100_000, 1_200_000, 1_300_000, 1_400_000];
    const answers = await race(8, (i) =>
      i % 2
        ? hr.request('mutation($id: ID!, $a: Float!) { updateBonusPool(id: $id, input: { amount: $a }) { id } }', { id, a: amounts[(i - 1) / 2] })
        : hr.request(CALIBRATE, { c: finalised, p: team[i / 2 + 1], s: 1.1 + i / 10, r: REASON }),
    );
    expectOnly(answers, 'CONFLICT');
    const { bonusPool } = await hr.data(`query($id: ID!) { bonusPool(id: $id) { ${POOL} } }`, { id });
    expect(amounts.filter((_, j) => !answers[2 * j + 1].errors)).toContain(bonusPool.amount);
    expect(bonusPool.currentVersion).toMatchObject({ status: 'draft', amount: bonusPool.amount, total: bonusPool.amount });
    expectVersionsConsistent(await versions(id));
    // The calibrations of its members left the seeded (published) pool one proposal to approve, computed from the last.
    const published = await versions(seeded);
    expectVersionsConsistent(published);
    const proposed = ok(answers).flatMap((a) => a.data.calibrateScore?.newVersions ?? []).filter((v: { poolId: string }) => v.poolId === seeded);
    expect(proposed.length).toBeGreaterThan(0);
    expect(published.filter((v) => v.status === 'proposed')).toHaveLength(1);
    expect(published.filter((v) => v.status === 'superseded')).toHaveLength(0);
  });

  it('publishes a proposed version once, however many approvers click at the same time', async () => {
    const seeded = (await hr.data('{ bonusPools { id name } }')).bonusPools.find((p: { name: string }) => p.name === 'H1 2026 Bonus').id;
    await hr.data(CALIBRATE, { c: finalised, p: team[0], s: 2.2, r: REASON });
    const answers = await race(8, (i) => op(i % 2 ? owner : hr, 'publishBonusPoolRevision(id: $id) { publishedVersion }', { id: seeded }));
    expectOnly(answers, 'CONFLICT');
    expect(ok(answers)).toHaveLength(1);
    const after = await versions(seeded);
    expectVersionsConsistent(after);
    expect(after.filter((v) => v.status === 'proposed')).toHaveLength(0);
    expect(after.find((v) => v.status === 'published')!.version).toBe(ok(answers)[0].data.publishBonusPoolRevision.publishedVersion);
  });

  it('computes merit increases once per person and approves the matrix once', async () => {
    const cells = '[[8, 6, 4], [6, 5, 3], [5, 4, 2.5], [3, 2, 1], [1, 0, 0], [0, 0, 0]]';
    const { createMeritMatrix } = await hr.data(`mutation($c: ID!) { createMeritMatrix(input: { cycleId: $c, name: "Race merit", budget: 5000000, currency: "CNY", positionBreaks: [0.33, 0.66], cells: ${cells} }) { id } }`, { c: finalised });
    const id = createMeritMatrix.id;
    const MATRIX = 'status totalAmount increaseCount';
    const computed = await race(8, () => op(hr, `computeMeritIncreases(id: $id) { ${MATRIX} }`, { id }));
    expectOnly(computed, 'CONFLICT');
    expect(ok(computed)).toHaveLength(8);
    const participants = (await hr.data('query($c: ID!) { reviewCycleParticipants(cycleId: $c) { personId } }', { c: finalised })).reviewCycleParticipants.length;
    const expected = { status: 'computed', totalAmount: ok(computed)[0].data.computeMeritIncreases.totalAmount, increaseCount: participants };
    expect((await hr.data(`query($id: ID!) { meritMatrix(id: $id) { ${MATRIX} } }`, { id })).meritMatrix).toEqual(expected);

    const answers = await race(8, (i) => op(hr, `${i % 2 ? 'computeMeritIncreases' : 'approveMeritMatrix'}(id: $id) { ${MATRIX} }`, { id }));
    expectOnly(answers, 'CONFLICT');
    expect(ok(answers.filter((_, i) => i % 2 === 0))).toHaveLength(1);
    expect((await hr.data(`query($id: ID!) { meritMatrix(id: $id) { ${MATRIX} } }`, { id })).meritMatrix).toEqual({ ...expected, status: 'approved' });
    expect(await audited('approveMeritMatrix', id)).toBe(1);
  });

  it('saves a merit grid once when eight editors opened on the same version save at once; a computation makes older grids stale', async () => {
    const grid = (top: number) => `[[${top}, 6, 4], [6, 5, 3], [5, 4, 2.5], [3, 2, 1], [1, 0, 0], [0, 0, 0]]`;
    const { createMeritMatrix: m } = await hr.data(`mutation($c: ID!) { createMeritMatrix(input: { cycleId: $c, name: "Grid race", budget: 5000000, currency: "CNY", positionBreaks: [0.33, 0.66], cells: ${grid(8)} }) { id updatedAt } }`, { c: finalised });
    const UPDATE = 'mutation($id: ID!, $input: UpdateMeritMatrixInput!) { updateMeritMatrix(id: $id, input: $input) { cells updatedAt } }';
    const answers = await race(8, (i) => hr.request(UPDATE, { id: m.id, input: { cells: JSON.parse(grid(10 + i)), expectedUpdatedAt: m.updatedAt } }));
    expectOnly(answers, 'CONFLICT');
    expect(ok(answers)).toHaveLength(1);
    expect(answers.filter((a) => codeOf(a) === 'CONFLICT').every((a) => a.errors![0].extensions!.field === 'input.expectedUpdatedAt')).toBe(true);
    const won = ok(answers)[0].data.updateMeritMatrix;
    const MATRIX = 'query($id: ID!) { meritMatrix(id: $id) { cells status updatedAt } }';
    expect((await hr.data(MATRIX, { id: m.id })).meritMatrix).toEqual({ cells: won.cells, status: 'draft', updatedAt: won.updatedAt });
    expect(won.updatedAt > m.updatedAt).toBe(true);

    // Computing the increases moves the version: a grid edited before it would silently drop them.
    const computed = (await hr.data('mutation($id: ID!) { computeMeritIncreases(id: $id) { updatedAt } }', { id: m.id })).computeMeritIncreases;
    expect(computed.updatedAt > won.updatedAt).toBe(true);
    const stale = await hr.request(UPDATE, { id: m.id, input: { cells: JSON.parse(grid(9)), expectedUpdatedAt: won.updatedAt } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.expectedUpdatedAt' });
    expect((await hr.data(MATRIX, { id: m.id })).meritMatrix).toMatchObject({ cells: won.cells, status: 'computed' });
  });

  it('approves an award once, with the amount of the approval that won, and pays it once', async () => {
    const { nominateAward } = await employee.data('mutation($p: ID!) { nominateAward(input: { personId: $p, kind: "idea", title: "Race award" }) { id } }', { p: team[1] });
    const id = nominateAward.id;
    const approved = await race(8, (i) => hr.request('mutation($id: ID!, $a: Float!) { approveAward(id: $id, input: { amount: $a, currency: "CNY" }) { amount } }', { id, a: 100_000 * (i + 1) }));
    expectOnly(approved, 'CONFLICT');
    expect(ok(approved)).toHaveLength(1);
    expect((await hr.data('query($id: ID!) { award(id: $id) { status amount } }', { id })).award).toEqual({ status: 'approved', amount: ok(approved)[0].data.approveAward.amount });
    const paid = await race(8, () => op(hr, 'payAward(id: $id) { status }', { id }));
    expectOnly(paid, 'CONFLICT');
    expect(ok(paid)).toHaveLength(1);
    expect(await audited('payAward', id)).toBe(1);
  });

  it('approves an equity grant once, and cancels a grant once whether or not it was approved first', async () => {
    const create = async () => (await hr.data('mutation($p: ID!) { createEquityGrant(input: { personId: $p, kind: "refresh", units: 1200, grantDate: "2026-12-01" }) { id } }', { p: team[1] })).createEquityGrant.id;
    const id = await create();
    const approved = await race(8, () => op(hr, 'approveEquityGrant(id: $id) { status }', { id }));
    expectOnly(approved, 'CONFLICT');
    expect(ok(approved)).toHaveLength(1);
    expect(await audited('approveEquityGrant', id)).toBe(1);

    const other = await create();
    const answers = await race(8, (i) => op(hr, `${i % 2 ? 'cancelEquityGrant' : 'approveEquityGrant'}(id: $id) { status }`, { id: other }));
    expectOnly(answers, 'CONFLICT');
    expect(ok(answers.filter((_, i) => i % 2 === 1))).toHaveLength(1);
    expect(ok(answers.filter((_, i) => i % 2 === 0)).length).toBeLessThanOrEqual(1);
    expect((await hr.data('query($id: ID!) { equityGrant(id: $id) { status } }', { id: other })).equityGrant.status).toBe('cancelled');
  });
});
