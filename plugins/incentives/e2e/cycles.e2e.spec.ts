import { createTestServer, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incentivesPlugin } from '../src/index.js';
import { CRITERIA, createCycle, demoPeople, submit, taskFor, type Client } from './helpers.js';

const CYCLE = 'query($id: ID!) { reviewCycle(id: $id) { id name status peerCount participantCount selfDue thresholds coefficients bands { band condition coefficient } kindWeights { kind weight } progress { total submitted pending expired byKind { kind total submitted } } } }';
const PARTICIPANTS = 'query($c: ID!) { reviewCycleParticipants(cycleId: $c) { personId name score finalScore potential band coefficient aggregates { kind reviewers withheld score } } }';

describe('review cycles: setup, reviews, status flow', () => {
  let server: TestServer;
  let hr: Client;
  let manager: Client;
  let employee: Client;
  let team: string[];
  let ids: Awaited<ReturnType<typeof demoPeople>>;
  let cycleId: string;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [incentivesPlugin] });
    [hr, manager, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
    ids = await demoPeople(server);
    const m = ids.byEmail('manager');
    team = [m.id, ...ids.all.filter((p) => p.managerId === m.id).map((p) => p.id)];
  });
  afterAll(() => server?.close());

  it('names the bad field and writes nothing', async () => {
    const count = async () => (await hr.data('{ reviewCycles { id } }')).reviewCycles.length;
    const before = await count();
    const base = 'name: "C", periodStart: "2026-07-01", periodEnd: "2026-12-31"';
    const cases: Array<[string, string]> = [
      [`name: "", periodStart: "2026-07-01", periodEnd: "2026-12-31", criteria: ${CRITERIA}`, 'input.name'],
      [`name: "C", periodStart: "2026-07-01", periodEnd: "2026-06-30", criteria: ${CRITERIA}`, 'input.periodEnd'],
      [`name: "C", periodStart: "2026-02-30", periodEnd: "2026-06-30", criteria: ${CRITERIA}`, 'input.periodStart'],
      [`${base}, criteria: []`, 'input.criteria'],
      [`${base}, criteria: [{ key: "a", name: "A", weight: 1 }, { key: "a", name: "B", weight: 1 }]`, 'input.criteria.1.key'],
      [`${base}, criteria: [{ key: "a", name: "A", weight: -1 }]`, 'input.criteria.0.weight'],
      [`${base}, criteria: [{ key: "a", name: "A", weight: 0 }]`, 'input.criteria'],
      [`${base}, criteria: ${CRITERIA}, kinds: ["boss"]`, 'input.kinds'],
      [`${base}, criteria: ${CRITERIA}, peerCount: 11`, 'input.peerCount'],
      [`${base}, criteria: ${CRITERIA}, thresholds: [3, 4], coefficients: [1, 1, 1]`, 'input.thresholds'],
      [`${base}, criteria: ${CRITERIA}, thresholds: [4, 3], coefficients: [1, 1]`, 'input.coefficients'],
      [`${base}, criteria: ${CRITERIA}, thresholds: [4, 3], coefficients: [1, -1, 1]`, 'input.coefficients'],
      [`${base}, criteria: ${CRITERIA}, participantIds: ["no-such-person"]`, 'input.participantIds'],
      [`${base}, criteria: ${CRITERIA}, kindWeights: [{ kind: "self", weight: 0 }, { kind: "manager", weight: 0 }, { kind: "peer", weight: 0 }, { kind: "upward", weight: 0 }]`, 'input.kindWeights'],
    ];
    for (const [input, field] of cases) {
      const r = await hr.request(`mutation { createReviewCycle(input: { ${input} }) { id } }`);
      expect(r.errors?.[0].extensions, input).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await count()).toBe(before);
    const denied = await employee.request(`mutation { createReviewCycle(input: { ${base}, criteria: ${CRITERIA} }) { id } }`);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('sets up a draft cycle: participants, criteria, due dates and the k bands', async () => {
    cycleId = await createCycle(hr, team, ', peerCount: 3');
    const updated = await hr.data(`mutation($id: ID!) { updateReviewCycle(id: $id, input: { name: "H2 2026 Infra review", peerCount: 2, selfDue: "2027-01-10", upwardDue: "2026-06-30" }) { name peerCount selfDue upwardDue } }`, { id: cycleId });
    expect(updated.updateReviewCycle).toEqual({ name: 'H2 2026 Infra review', peerCount: 2, selfDue: '2027-01-10', upwardDue: '2026-06-30' });
    const banded = await hr.data('mutation($id: ID!) { setReviewCycleBands(id: $id, input: { thresholds: [4, 3], coefficients: [1.5, 1, 0.5] }) { bands { band condition coefficient } } }', { id: cycleId });
    expect(banded.setReviewCycleBands.bands).toEqual([
      { band: 1, condition: 's > 4', coefficient: 1.5 },
      { band: 2, condition: '4 ≥ s > 3', coefficient: 1 },
      { band: 3, condition: 's ≤ 3', coefficient: 0.5 },
    ]);
    const bad = await hr.request('mutation($id: ID!) { setReviewCycleBands(id: $id, input: { thresholds: [3, 3], coefficients: [1, 1, 1] }) { id } }', { id: cycleId });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.thresholds' });
    expect(bad.errors?.[0].message).toBe('input.thresholds: thresholds must be strictly descending: thresholds[1] (3) is not below thresholds[0] (3)');
    // In the reader's language, as the console's form shows it.
    const zh = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${hr.token}`, 'accept-language': 'zh-CN' },
      body: JSON.stringify({ query: 'mutation($id: ID!) { setReviewCycleBands(id: $id, input: { thresholds: [4, 3], coefficients: [1, 1] }) { id } }', variables: { id: cycleId } }),
    });
    expect(((await zh.json()) as { errors: Array<{ message: string }> }).errors[0].message).toMatch(/系数须有 3 个（比阈值多一个），实际有 2 个$/);
    const { reviewCycle } = await employee.data(CYCLE, { id: cycleId });
    expect(reviewCycle).toMatchObject({ status: 'draft', participantCount: 7, thresholds: [4, 3], kindWeights: [{ kind: 'self', weight: 0.1 }, { kind: 'manager', weight: 0.5 }, { kind: 'peer', weight: 0.3 }, { kind: 'upward', weight: 0.1 }] });
    expect((await employee.request('mutation($id: ID!) { openReviewCycle(id: $id) { id } }', { id: cycleId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('opens the cycle and assigns self, manager, peer and upward reviews', async () => {
    const { openReviewCycle } = await hr.data('mutation($id: ID!) { openReviewCycle(id: $id) { status progress { total pending overdue byKind { kind total overdue } } } }', { id: cycleId });
    // 7 self + 7 manager (the manager's own from the VP) + 6 × 2 peers (reports are never the manager's peers) + 6 upward
    expect(openReviewCycle.status).toBe('open');
    // Upward reviews were due before today: pending and past due, so overdue.
    expect(openReviewCycle.progress.byKind).toEqual([{ kind: 'self', total: 7, overdue: 0 }, { kind: 'manager', total: 7, overdue: 0 }, { kind: 'peer', total: 12, overdue: 0 }, { kind: 'upward', total: 6, overdue: 6 }]);
    expect(openReviewCycle.progress).toMatchObject({ total: 32, pending: 32, overdue: 6 });
    const { myReviewTasks } = await manager.data('query($c: ID) { myReviewTasks(cycleId: $c) { kind revieweeId status dueDate } }', { c: cycleId });
    expect(myReviewTasks.filter((t: { kind: string }) => t.kind === 'manager')).toHaveLength(6);
    expect(myReviewTasks.find((t: { kind: string }) => t.kind === 'self').dueDate).toBe('2027-01-10');
    for (const op of ['openReviewCycle(id: $id) { id }', 'updateReviewCycle(id: $id, input: { name: "x" }) { id }', 'finaliseReviewCycle(id: $id) { id }']) {
      expect((await hr.request(`mutation($id: ID!) { ${op} }`, { id: cycleId })).errors?.[0].extensions?.code, op).toBe('CONFLICT');
    }
  });

  it('lets each reviewer submit only their own review, once, with every criterion rated', async () => {
    const me = ids.byEmail('employee').id;
    const self = await taskFor(employee, cycleId, me, 'self');
    const bad: Array<[string, string]> = [
      ['ratings: [{ criterionKey: "impact", rating: 4 }]', 'input.ratings'],
      ['ratings: [{ criterionKey: "nope", rating: 4 }, { criterionKey: "collab", rating: 4 }]', 'input.ratings.0.criterionKey'],
      ['ratings: [{ criterionKey: "impact", rating: 6 }, { criterionKey: "collab", rating: 4 }]', 'input.ratings.0.rating'],
      ['ratings: [{ criterionKey: "impact", rating: 4 }, { criterionKey: "collab", rating: 4 }], potential: 2', 'input.potential'],
    ];
    for (const [input, field] of bad) {
      const r = await employee.request(`mutation($id: ID!) { submitReview(input: { reviewId: $id, ${input} }) { id } }`, { id: self });
      expect(r.errors?.[0].extensions, input).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const stillPending = (await employee.data('query($c: ID) { myReviewTasks(cycleId: $c) { id status } }', { c: cycleId })).myReviewTasks.find((t: { id: string }) => t.id === self);
    expect(stillPending.status).toBe('pending');

    const ok = await submit(employee, self, 4, 5, 'Shipped the elastic checkpointing');
    expect(ok.data?.submitReview).toMatchObject({ status: 'submitted', score: 4.333, reviewerId: me });
    expect((await submit(employee, self, 4, 5)).errors?.[0].extensions?.code).toBe('CONFLICT');

    const managerTask = await taskFor(manager, cycleId, me, 'manager');
    expect((await submit(employee, managerTask, 5, 5)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const r = await manager.request('mutation($id: ID!) { submitReview(input: { reviewId: $id, ratings: [{ criterionKey: "impact", rating: 3 }, { criterionKey: "collab", rating: 3 }], potential: 3 }) { status score } }', { id: managerTask });
    expect(r.data?.submitReview).toEqual({ status: 'submitted', score: 3 });
  });

  it('lets hr add and remove reviewers while the cycle is open', async () => {
    const me = ids.byEmail('employee').id;
    const kevin = ids.byEmail('kevin.wu').id;
    const { assignReviewers } = await hr.data('mutation($c: ID!, $r: ID!, $k: ID!) { assignReviewers(input: { cycleId: $c, revieweeId: $r, kind: "peer", reviewerIds: [$k] }) { id reviewerId status } }', { c: cycleId, r: me, k: kevin });
    const added = assignReviewers.find((x: { reviewerId: string }) => x.reviewerId === kevin);
    expect(added.status).toBe('pending');
    expect(assignReviewers.length).toBe(3);
    const errors: Array<[string, string]> = [
      [`{ cycleId: "${cycleId}", revieweeId: "${me}", kind: "self", reviewerIds: ["${kevin}"] }`, 'input.reviewerIds.0'],
      [`{ cycleId: "${cycleId}", revieweeId: "${kevin}", kind: "peer", reviewerIds: ["${me}"] }`, 'input.revieweeId'],
      [`{ cycleId: "${cycleId}", revieweeId: "${me}", kind: "peer", reviewerIds: ["nobody"] }`, 'input.reviewerIds.0'],
      [`{ cycleId: "${cycleId}", revieweeId: "${me}", kind: "boss", reviewerIds: ["${kevin}"] }`, 'input.kind'],
    ];
    for (const [input, field] of errors) expect((await hr.request(`mutation { assignReviewers(input: ${input}) { id } }`)).errors?.[0].extensions, input).toMatchObject({ field });
    expect((await hr.data('mutation($id: ID!) { removeReviewAssignment(id: $id) }', { id: added.id })).removeReviewAssignment).toBe(true);
    const submitted = await taskFor(employee, cycleId, me, 'self');
    expect((await hr.request('mutation($id: ID!) { removeReviewAssignment(id: $id) }', { id: submitted })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await employee.request('mutation($id: ID!) { removeReviewAssignment(id: $id) }', { id: submitted })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('computes scores when calibration starts, hiding them from the person until the cycle is finalised', async () => {
    const me = ids.byEmail('employee').id;
    const { startReviewCycleCalibration } = await hr.data('mutation($id: ID!) { startReviewCycleCalibration(id: $id) { status progress { submitted pending expired } } }', { id: cycleId });
    expect(startReviewCycleCalibration).toEqual({ status: 'calibrating', progress: { submitted: 2, pending: 0, expired: 30 } });
    const late = await taskFor(employee, cycleId, ids.byEmail('manager').id, 'upward');
    expect((await submit(employee, late, 4, 4)).errors?.[0].extensions?.code).toBe('CONFLICT');

    const all = (await hr.data(PARTICIPANTS, { c: cycleId })).reviewCycleParticipants;
    expect(all).toHaveLength(7);
    // (0.1 × 4.333 + 0.5 × 3) / 0.6; the peer kind has no reviews
    expect(all.find((p: { personId: string }) => p.personId === me)).toMatchObject({ score: 3.22, finalScore: 3.22, potential: 3, band: 2, coefficient: 1 });
    const mgrView = (await manager.data(PARTICIPANTS, { c: cycleId })).reviewCycleParticipants;
    expect(mgrView).toHaveLength(7);
    expect(mgrView.find((p: { personId: string }) => p.personId === me).score).toBe(3.22);
    const own = (await employee.data(PARTICIPANTS, { c: cycleId })).reviewCycleParticipants;
    expect(own).toEqual([expect.objectContaining({ personId: me, score: null, band: null, aggregates: [] })]);
    const mine = await employee.data('query($c: ID) { myReview(cycleId: $c) { resultsAvailable finalScore managerReviews { id } selfReview { status score } pendingTasks } }', { c: cycleId });
    expect(mine.myReview).toEqual({ resultsAvailable: false, finalScore: null, managerReviews: [], selfReview: { status: 'submitted', score: 4.333 }, pendingTasks: 0 });
  });

  it('rates potential and refuses bad values', async () => {
    const me = ids.byEmail('employee').id;
    const { setPotential } = await hr.data('mutation($c: ID!, $p: ID!) { setPotential(input: { cycleId: $c, personId: $p, potential: 2 }) { personId potential } }', { c: cycleId, p: me });
    expect(setPotential).toEqual({ personId: me, potential: 2 });
    expect((await hr.request('mutation($c: ID!, $p: ID!) { setPotential(input: { cycleId: $c, personId: $p, potential: 4 }) { potential } }', { c: cycleId, p: me })).errors?.[0].extensions?.field).toBe('input.potential');
    expect((await hr.request('mutation($c: ID!) { setPotential(input: { cycleId: $c, personId: "nobody", potential: 1 }) { potential } }', { c: cycleId })).errors?.[0].extensions?.field).toBe('input.personId');
    expect((await manager.request('mutation($c: ID!, $p: ID!) { setPotential(input: { cycleId: $c, personId: $p, potential: 1 }) { potential } }', { c: cycleId, p: me })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('finalises, after which each person sees their own results', async () => {
    const me = ids.byEmail('employee').id;
    expect((await hr.data('mutation($id: ID!) { finaliseReviewCycle(id: $id) { status } }', { id: cycleId })).finaliseReviewCycle.status).toBe('finalised');
    expect((await hr.request('mutation($id: ID!) { finaliseReviewCycle(id: $id) { status } }', { id: cycleId })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await hr.request('mutation($id: ID!) { setReviewCycleBands(id: $id, input: { thresholds: [4], coefficients: [1, 0] }) { id } }', { id: cycleId })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const { myReview } = await employee.data('query($c: ID) { myReview(cycleId: $c) { resultsAvailable finalScore band coefficient calibrated bands { band } managerReviews { reviewerId kind score } aggregates { kind reviewers withheld score } } }', { c: cycleId });
    expect(myReview).toMatchObject({ resultsAvailable: true, finalScore: 3.22, band: 2, coefficient: 1, calibrated: false, bands: [{ band: 1 }, { band: 2 }, { band: 3 }] });
    expect(myReview.managerReviews).toEqual([{ reviewerId: ids.byEmail('manager').id, kind: 'manager', score: 3 }]);
    expect(myReview.aggregates.find((a: { kind: string }) => a.kind === 'peer')).toEqual({ kind: 'peer', reviewers: 0, withheld: true, score: null });
    const own = (await employee.data(PARTICIPANTS, { c: cycleId })).reviewCycleParticipants;
    expect(own).toEqual([expect.objectContaining({ personId: me, score: 3.22, band: 2 })]);
    // Everyone can list cycles; the seeded finished cycle comes after this newer one.
    const { reviewCycles } = await employee.data('{ reviewCycles(status: "finalised") { name participantCount progress { total submitted } } }');
    expect(reviewCycles.map((c: { name: string }) => c.name)).toEqual(['H2 2026 Infra review', 'H1 2026 Performance Review']);
    expect(reviewCycles[1]).toMatchObject({ participantCount: 60, progress: { total: 358, submitted: 358 } });
    expect((await hr.data(CYCLE, { id: cycleId })).reviewCycle.progress.byKind[0]).toEqual({ kind: 'self', total: 7, submitted: 1 });
  });
});
