import { createTestServer, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incentivesPlugin } from '../src/index.js';
import { AnonymousReviewFeedback20261204000000, detachAnonymousContent } from '../src/migrations/20261204000000-anonymous-review-feedback.migration.js';
import { createCycle, demoPeople, everyRow, submit, taskFor, type Client } from './helpers.js';

const REVIEWS = 'query($c: ID!, $r: ID, $k: String) { cycleReviews(cycleId: $c, revieweeId: $r, kind: $k) { revieweeId reviewerId reviewerName kind withheld comment } }';

describe('anonymity modes: confidential cycles, fixed once open, and the move of existing content', () => {
  let server: TestServer;
  let hr: Client;
  let manager: Client;
  let employee: Client;
  let kevin: Client;
  let owner: Client;
  let p: Record<'hr' | 'manager' | 'employee' | 'kevin' | 'owner', string>;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [incentivesPlugin] });
    [hr, manager, employee, kevin, owner] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee'), server.loginAs('recruiter'), server.loginAs('owner')]);
    const people = await demoPeople(server);
    p = { hr: people.byEmail('hr').id, manager: people.byEmail('manager').id, employee: people.byEmail('employee').id, kevin: people.byEmail('kevin.wu').id, owner: people.byEmail('owner').id };
  });
  afterAll(() => server?.close());

  const peerCycle = async (extra: string, peers: Array<[string, string[]]>) => {
    const id = await createCycle(hr, Object.values(p), `, kinds: ["manager", "peer"], peerCount: 0 ${extra}`);
    for (const [reviewee, ids] of peers) {
      await hr.data('mutation($c: ID!, $r: ID!, $ids: [ID!]!) { assignReviewers(input: { cycleId: $c, revieweeId: $r, kind: "peer", reviewerIds: $ids }) { id } }', { c: id, r: reviewee, ids });
    }
    await hr.data('mutation($id: ID!) { openReviewCycle(id: $id) { id } }', { id });
    return id;
  };

  it('refuses a bad mode or a threshold under 3, naming the field', async () => {
    const bad = async (extra: string) => (await hr.request(`mutation { createReviewCycle(input: { name: "Bad", periodStart: "2026-07-01", periodEnd: "2026-12-31", criteria: [{ key: "impact", name: "Impact", weight: 1 }] ${extra} }) { id } }`)).errors?.[0];
    expect(await bad(', anonymity: "secret"')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.anonymity' } });
    expect(await bad(', anonymityThreshold: 2')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.anonymityThreshold' } });
  });

  it('fixes the mode and the threshold once the cycle opens', async () => {
    const id = await createCycle(hr, [p.manager, p.employee]);
    const set = (input: string) => hr.request(`mutation($id: ID!) { updateReviewCycle(id: $id, input: { ${input} }) { anonymity anonymityThreshold } }`, { id });
    expect((await set('anonymity: "confidential", anonymityThreshold: 4')).data).toEqual({ updateReviewCycle: { anonymity: 'confidential', anonymityThreshold: 4 } });
    await hr.data('mutation($id: ID!) { openReviewCycle(id: $id) { id } }', { id });
    for (const [input, field] of [['anonymity: "anonymous"', 'input.anonymity'], ['anonymityThreshold: 3', 'input.anonymityThreshold']] as const) {
      const r = await set(input);
      expect(r.errors?.[0], input).toMatchObject({ extensions: { code: 'CONFLICT', field } });
    }
    expect((await hr.data('query($id: ID!) { reviewCycle(id: $id) { anonymity anonymityThreshold } }', { id })).reviewCycle).toEqual({ anonymity: 'confidential', anonymityThreshold: 4 });
  });

  it('shows hr the authors of a confidential cycle, never the reviewee, and still withholds small aggregates', async () => {
    const id = await peerCycle(', anonymity: "confidential", anonymityThreshold: 4', [[p.manager, [p.hr, p.kevin, p.owner]], [p.hr, [p.employee, p.manager, p.kevin]]]);
    const authors: Array<[Client, string]> = [[hr, p.hr], [kevin, p.kevin], [owner, p.owner]];
    for (const [client, author] of authors) expect((await submit(client, await taskFor(client, id, p.manager, 'peer'), 4, 4, `Confidential from ${author}`)).errors).toBeUndefined();
    for (const client of [employee, manager, kevin]) expect((await submit(client, await taskFor(client, id, p.hr, 'peer'), 3, 3, 'About hr')).errors).toBeUndefined();

    for (const admin of [hr, owner]) {
      const aboutManager = (await admin.data(REVIEWS, { c: id, r: p.manager, k: 'peer' })).cycleReviews;
      expect(aboutManager.map((r: { reviewerId: string; comment: string }) => [r.reviewerId, r.comment]).sort()).toEqual(authors.map(([, a]) => [a, `Confidential from ${a}`]).sort());
    }
    // hr is the reviewee here: no author, and the group of 3 is under this cycle's threshold of 4.
    const aboutHr = (await hr.data(REVIEWS, { c: id, r: p.hr, k: 'peer' })).cycleReviews;
    expect(aboutHr).toHaveLength(3);
    for (const row of aboutHr) expect(row).toMatchObject({ reviewerId: null, reviewerName: null, withheld: true, comment: null });
    // The reviewee sees no individual peer review, and no author anywhere.
    const own = await manager.data('query($c: ID!) { cycleReviews(cycleId: $c) { revieweeId reviewerId kind comment } myReview(cycleId: $c) { aggregates { kind reviewers withheld comments } } }', { c: id });
    expect(own.cycleReviews.filter((r: { revieweeId: string; kind: string }) => r.revieweeId === p.manager && r.kind === 'peer')).toEqual([]);
    const ownText = JSON.stringify(own.myReview) + JSON.stringify(own.cycleReviews.map((r: { reviewerId: string }) => r.reviewerId));
    for (const [, author] of authors) expect(ownText).not.toContain(author);
    const participants = (await owner.data('query($c: ID!) { reviewCycleParticipants(cycleId: $c) { personId aggregates { kind reviewers withheld } } }', { c: id })).reviewCycleParticipants;
    expect(participants.find((x: { personId: string }) => x.personId === p.manager).aggregates.find((a: { kind: string }) => a.kind === 'peer')).toEqual({ kind: 'peer', reviewers: 3, withheld: true });
  });

  it('holds anonymous content until reviewing closes, and rewrites a group with new ids on every submission', async () => {
    const id = await peerCycle('', [[p.manager, [p.hr, p.kevin, p.owner, p.employee]]]);
    const ds = server.app.dataSource;
    const groupIds = async () => ((await ds.query(`SELECT id FROM incentives_review_feedback WHERE "cycleId" = ${ds.options.type === 'postgres' ? '$1' : '?'}`, [id])) as Array<{ id: string }>).map((r) => r.id).sort();
    const writers: Array<[Client, string]> = [[hr, 'Open one'], [kevin, 'Open two'], [owner, 'Open three'], [employee, 'Open four']];
    let before: string[] = [];
    for (const [client, comment] of writers) {
      expect((await submit(client, await taskFor(client, id, p.manager, 'peer'), 4, 4, comment)).errors).toBeUndefined();
      const after = await groupIds();
      expect(after).toHaveLength(before.length + 1);
      // No id survives a submission: comparing two snapshots cannot single out the new row.
      expect(after.filter((x) => before.includes(x))).toEqual([]);
      before = after;
    }
    // Four of four submitted, over the threshold — still withheld from everyone while the cycle is open.
    for (const client of [hr, owner]) {
      const rows = (await client.data(REVIEWS, { c: id, r: p.manager, k: 'peer' })).cycleReviews;
      expect(rows).toHaveLength(4);
      for (const row of rows) expect(row).toMatchObject({ reviewerId: null, withheld: true, comment: null });
      const participants = (await client.data('query($c: ID!, $r: ID) { reviewCycleParticipants(cycleId: $c, personId: $r) { aggregates { kind reviewers withheld comments } } }', { c: id, r: p.manager })).reviewCycleParticipants;
      expect(participants[0].aggregates.find((a: { kind: string }) => a.kind === 'peer')).toEqual({ kind: 'peer', reviewers: 4, withheld: true, comments: [] });
    }
    await hr.data('mutation($id: ID!) { startReviewCycleCalibration(id: $id) { id } }', { id });
    const released = (await owner.data(REVIEWS, { c: id, r: p.manager, k: 'peer' })).cycleReviews;
    expect(released.map((r: { reviewerId: unknown; withheld: boolean; comment: string }) => [r.reviewerId, r.withheld, r.comment]).sort()).toEqual(writers.map(([, c]) => [null, false, c]).sort());
  });

  it('moves content written before the fix off the assignments, in a way that cannot be undone by joining', async () => {
    const id = await peerCycle('', [[p.manager, [p.hr, p.kevin, p.owner]]]);
    // Reviews stored the old way: content on the assignment row, next to its reviewer.
    const ds = server.app.dataSource;
    const at = (i: number) => (ds.options.type === 'postgres' ? `$${i}` : '?');
    const legacy: Record<string, string> = { [p.hr]: 'Legacy note one', [p.kevin]: 'Legacy note two', [p.owner]: 'Legacy note three' };
    for (const [reviewer, comment] of Object.entries(legacy)) {
      await ds.query(
        `UPDATE incentives_reviews SET status = 'submitted', ratings = ${at(1)}, comment = ${at(2)}, score = 4, "submittedAt" = '2026-07-05T08:30:00.000Z' WHERE "cycleId" = ${at(3)} AND "reviewerId" = ${at(4)} AND kind = 'peer'`,
        ['[{"criterionKey":"impact","rating":4},{"criterionKey":"collab","rating":4}]', comment, id, reviewer],
      );
    }
    const runner = ds.createQueryRunner();
    try {
      expect(await detachAnonymousContent(runner)).toBe(3);
      expect(await detachAnonymousContent(runner)).toBe(0);
    } finally {
      await runner.release();
    }
    const rows = await everyRow(server);
    for (const [reviewer, comment] of Object.entries(legacy)) {
      const holders = rows.filter((r) => r.text.includes(comment));
      expect(holders.map((r) => r.table)).toEqual(['incentives_review_feedback']);
      expect(holders[0]!.text).not.toContain(reviewer);
    }
    await hr.data('mutation($id: ID!) { startReviewCycleCalibration(id: $id) { id } }', { id });
    const listed = (await owner.data(REVIEWS, { c: id, r: p.manager, k: 'peer' })).cycleReviews;
    expect(listed.map((r: { reviewerId: unknown; comment: string }) => [r.reviewerId, r.comment]).sort()).toEqual(Object.values(legacy).map((c) => [null, c]).sort());
    const tasks = (await kevin.data('query($c: ID) { myReviewTasks(cycleId: $c) { kind status comment score submittedAt } }', { c: id })).myReviewTasks;
    expect(tasks).toEqual([{ kind: 'peer', status: 'submitted', comment: null, score: null, submittedAt: null }]);
  });
  // Last: it takes the schema back to before the fix and up again.
  it("upgrades a database written before the fix: the demo cycle's anonymous content leaves its authors", async () => {
    const ds = server.app.dataSource;
    const at = (i: number) => (ds.options.type === 'postgres' ? `$${i}` : '?');
    const demo = (await hr.data('{ reviewCycles(status: "finalised") { id name } }')).reviewCycles.find((c: { name: string }) => c.name === 'H1 2026 Performance Review');
    const migration = new AnonymousReviewFeedback20261204000000();
    const runner = ds.createQueryRunner();
    try {
      await runner.startTransaction();
      await migration.down(runner);
      // What the old code stored: every peer and upward review's content on its assignment row.
      const rows = (await runner.query(`SELECT id FROM incentives_reviews WHERE "cycleId" = ${at(1)} AND kind IN ('peer', 'upward') AND status = 'submitted'`, [demo.id])) as Array<{ id: string }>;
      expect(rows.length).toBeGreaterThan(200);
      for (const r of rows) {
        await runner.query(`UPDATE incentives_reviews SET ratings = ${at(1)}, comment = ${at(2)}, score = 4, "submittedAt" = '2026-07-09T08:30:00.000Z' WHERE id = ${at(3)}`,
          ['[{"criterionKey":"technical-impact","rating":4}]', `Old note ${r.id}`, r.id]);
      }
      await migration.up(runner);
      await runner.commitTransaction();
      const moved = (await runner.query(`SELECT comment FROM incentives_review_feedback WHERE "cycleId" = ${at(1)}`, [demo.id])) as Array<{ comment: string }>;
      expect(moved.map((m) => m.comment).sort()).toEqual(rows.map((r) => `Old note ${r.id}`).sort());
      const left = (await runner.query(`SELECT COUNT(*) AS n FROM incentives_reviews WHERE "cycleId" = ${at(1)} AND (comment IS NOT NULL OR score IS NOT NULL OR "submittedAt" IS NOT NULL) AND kind IN ('peer', 'upward')`, [demo.id])) as Array<{ n: number | string }>;
      expect(Number(left[0]!.n)).toBe(0);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    // No stored row puts an author next to an old note; the API lists them with no author.
    for (const r of (await everyRow(server)).filter((x) => x.text.includes('Old note '))) expect(r.table).toBe('incentives_review_feedback');
    const cycle = (await owner.data('query($id: ID!) { reviewCycle(id: $id) { anonymity anonymityThreshold } }', { id: demo.id })).reviewCycle;
    expect(cycle).toEqual({ anonymity: 'anonymous', anonymityThreshold: 3 });
    const listed = (await owner.data('query($c: ID!) { cycleReviews(cycleId: $c, kind: "peer") { reviewerId comment } }', { c: demo.id })).cycleReviews;
    expect(listed.filter((x: { reviewerId: unknown }) => x.reviewerId !== null)).toEqual([]);
    expect(listed.filter((x: { comment: string | null }) => x.comment?.startsWith('Old note ')).length).toBeGreaterThan(100);
  });
});
