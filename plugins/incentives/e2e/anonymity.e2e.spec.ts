import { createTestServer, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incentivesPlugin } from '../src/index.js';
import { createCycle, demoPeople, everyRow, rowsHolding, submit, taskFor, type Client } from './helpers.js';

// Every query the reviewee could use to look at their own review, with every field that could carry an author.
const AS_REVIEWEE = [
  'query($c: ID!) { cycleReviews(cycleId: $c) { id revieweeId reviewerId reviewerName kind anonymous comment submittedAt ratings { criterionKey rating comment } } }',
  'query($c: ID!, $me: ID!) { cycleReviews(cycleId: $c, revieweeId: $me, kind: "peer") { id reviewerId reviewerName } }',
  'query($c: ID!) { myReview(cycleId: $c) { selfReview { id reviewerId } managerReviews { id reviewerId reviewerName } aggregates { kind reviewers withheld score comments criteria { key average } } } }',
  'query($c: ID!) { myReviewTasks(cycleId: $c) { id revieweeId reviewerId kind } }',
  'query($c: ID!) { reviewCycleParticipants(cycleId: $c) { personId name aggregates { kind reviewers withheld comments } } }',
  'query($c: ID!, $me: ID!) { reviewCycleParticipants(cycleId: $c, personId: $me) { personId aggregates { kind comments } } }',
];

describe('anonymity of peer and upward reviews', () => {
  let server: TestServer;
  let hr: Client;
  let manager: Client;
  let employee: Client;
  let kevin: Client;
  let owner: Client;
  let p: Record<'hr' | 'manager' | 'employee' | 'kevin' | 'owner', string>;
  let names: Record<string, string>;
  let emails: Record<string, string>;
  let cycleId: string;
  /** Who wrote which anonymous comment: nothing but its author may ever put them side by side. */
  let written: Array<{ author: string; reviewee: string; kind: string; comment: string }>;
  const authorMarks = (author: string) => [author, names[author]!, emails[author]!];

  beforeAll(async () => {
    server = await createTestServer({ plugins: [incentivesPlugin] });
    [hr, manager, employee, kevin, owner] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee'), server.loginAs('recruiter'), server.loginAs('owner')]);
    const people = await demoPeople(server);
    p = { hr: people.byEmail('hr').id, manager: people.byEmail('manager').id, employee: people.byEmail('employee').id, kevin: people.byEmail('kevin.wu').id, owner: people.byEmail('owner').id };
    names = Object.fromEntries(Object.values(p).map((id) => [id, people.all.find((x) => x.id === id)!.name]));
    emails = Object.fromEntries(Object.values(p).map((id) => [id, people.all.find((x) => x.id === id)!.email]));
    written = [];

    // Manager reviews plus hand-picked peers: the manager has three peer reviewers (hr, kevin, owner),
    // the employee only two (hr, kevin), and hr three (employee, manager, kevin). Upward reviews
    // (weight 0, so the scores below stay as they were): three of the manager (the employee — his
    // report — kevin and owner), one of hr (kevin, her report). The cycle is anonymous by default.
    cycleId = await createCycle(hr, Object.values(p), ', kinds: ["manager", "peer", "upward"], peerCount: 0, kindWeights: [{ kind: "manager", weight: 0.5 }, { kind: "peer", weight: 0.5 }, { kind: "upward", weight: 0 }]');
    const assign = (reviewee: string, kind: string, reviewers: string[]) =>
      hr.data('mutation($c: ID!, $r: ID!, $k: String!, $ids: [ID!]!) { assignReviewers(input: { cycleId: $c, revieweeId: $r, kind: $k, reviewerIds: $ids }) { id } }', { c: cycleId, r: reviewee, k: kind, ids: reviewers });
    await assign(p.manager, 'peer', [p.hr, p.kevin, p.owner]);
    await assign(p.employee, 'peer', [p.hr, p.kevin]);
    await assign(p.hr, 'peer', [p.employee, p.manager, p.kevin]);
    await assign(p.manager, 'upward', [p.employee, p.kevin, p.owner]);
    await assign(p.hr, 'upward', [p.kevin]);
    await hr.data('mutation($id: ID!) { openReviewCycle(id: $id) { id } }', { id: cycleId });

    const write = async (client: Client, author: string, reviewee: string, rating: number, comment: string, kind = 'peer') => {
      const r = await submit(client, await taskFor(client, cycleId, reviewee, kind), rating, rating, comment);
      expect(r.errors).toBeUndefined();
      written.push({ author, reviewee, kind, comment });
    };
    await write(hr, p.hr, p.manager, 5, 'Unblocks the whole infra team');
    await write(kevin, p.kevin, p.manager, 4, 'Great partner in hiring loops');
    await write(owner, p.owner, p.manager, 3, 'Should delegate more');
    await write(hr, p.hr, p.employee, 5, 'Always helpful');
    await write(kevin, p.kevin, p.employee, 1, 'Missed our interview slots');
    await write(employee, p.employee, p.hr, 4, 'Clear about promotions');
    await write(manager, p.manager, p.hr, 4, 'Fast on offers');
    await write(kevin, p.kevin, p.hr, 5, 'Best lead I have had');
    await write(employee, p.employee, p.manager, 2, 'Shields the team from churn', 'upward');
    await write(kevin, p.kevin, p.manager, 3, 'Hard to reach on Fridays', 'upward');
    await write(owner, p.owner, p.manager, 4, 'Runs tight incident reviews', 'upward');
    await write(kevin, p.kevin, p.hr, 2, 'Coaches me every week', 'upward');
    const managerOf = async (client: Client, reviewee: string, rating: number) => submit(client, await taskFor(client, cycleId, reviewee, 'manager'), rating, rating);
    await managerOf(manager, p.employee, 4);
    await hr.data('mutation($id: ID!) { startReviewCycleCalibration(id: $id) { id } }', { id: cycleId });
    await hr.data('mutation($id: ID!) { finaliseReviewCycle(id: $id) { id } }', { id: cycleId });
  });
  afterAll(() => server?.close());

  it('never shows the reviewee who wrote their peer reviews, through any query', async () => {
    for (const [client, me, authors] of [[manager, p.manager, [p.hr, p.kevin, p.owner]], [employee, p.employee, [p.hr, p.kevin]]] as const) {
      // Views of oneself: no author's id or name anywhere in the response.
      for (const query of [AS_REVIEWEE[2], AS_REVIEWEE[4], AS_REVIEWEE[5]]) {
        const text = JSON.stringify(await client.request(query, { c: cycleId, me }));
        for (const author of authors) {
          expect(text, query).not.toContain(author);
          expect(text, query).not.toContain(names[author]);
        }
      }
      // Review lists: nothing anonymous about oneself, and an anonymous author is only ever oneself.
      for (const query of [AS_REVIEWEE[0], AS_REVIEWEE[1], AS_REVIEWEE[3]]) {
        const r = await client.request(query, { c: cycleId, me });
        expect(r.errors, query).toBeUndefined();
        const rows: Array<{ revieweeId?: string; reviewerId: string | null; reviewerName?: string | null; kind?: string }> = Object.values(r.data!)[0] as never;
        for (const row of rows) {
          if (row.revieweeId === me) expect(['self', 'manager'], query).toContain(row.kind);
          if (row.reviewerId !== null) expect(row.revieweeId === me ? true : row.reviewerId === me || row.kind === 'manager', query).toBe(true);
          for (const author of authors) expect(row.reviewerName ?? '', query).not.toBe(names[author]);
        }
      }
    }
  });

  it('shows the reviewee a peer aggregate only from three reviewers, and leaves a smaller group out of the score', async () => {
    const agg = async (client: Client) => (await client.data(AS_REVIEWEE[2], { c: cycleId })).myReview.aggregates.find((a: { kind: string }) => a.kind === 'peer');
    expect(await agg(manager)).toEqual({
      kind: 'peer', reviewers: 3, withheld: false, score: 4,
      comments: ['Great partner in hiring loops', 'Should delegate more', 'Unblocks the whole infra team'],
      criteria: [{ key: 'impact', average: 4 }, { key: 'collab', average: 4 }],
    });
    expect(await agg(employee)).toEqual({ kind: 'peer', reviewers: 2, withheld: true, score: null, comments: [], criteria: [] });
    // Withheld for everyone, hr included; the employee's score is the manager review alone.
    const rows = (await hr.data('query($c: ID!) { reviewCycleParticipants(cycleId: $c) { personId score aggregates { kind withheld score } } }', { c: cycleId })).reviewCycleParticipants;
    const emp = rows.find((r: { personId: string }) => r.personId === p.employee);
    expect(emp.aggregates.find((a: { kind: string }) => a.kind === 'peer')).toEqual({ kind: 'peer', withheld: true, score: null });
    expect(emp.score).toBe(4);
    // The manager has no manager review in this cycle (his manager has no account), so his score is the peer aggregate.
    expect(rows.find((r: { personId: string }) => r.personId === p.manager).score).toBe(4);
  });

  it("withholds a group of two peers from everyone, the reviewee's manager and the owner included", async () => {
    const aboutEmployee = async (client: Client) => (await client.data('query($c: ID!, $r: ID!) { cycleReviews(cycleId: $c, revieweeId: $r, kind: "peer") { reviewerId reviewerName status withheld comment score ratings { rating } submittedAt } }', { c: cycleId, r: p.employee })).cycleReviews;
    for (const client of [manager, hr, owner]) {
      const peers = await aboutEmployee(client);
      // Listed, and said to be withheld — not silently dropped.
      expect(peers).toHaveLength(2);
      for (const row of peers) expect(row).toEqual({ reviewerId: null, reviewerName: null, status: 'submitted', withheld: true, comment: null, score: null, ratings: [], submittedAt: null });
    }
    // The upward group of one about hr is withheld too, in the list and in the aggregates.
    const aboutHr = (await owner.data('query($c: ID!, $r: ID!) { cycleReviews(cycleId: $c, revieweeId: $r, kind: "upward") { withheld comment } }', { c: cycleId, r: p.hr })).cycleReviews;
    expect(aboutHr).toEqual([{ withheld: true, comment: null }]);
    const participants = (await owner.data('query($c: ID!) { reviewCycleParticipants(cycleId: $c) { personId aggregates { kind reviewers withheld score comments } } }', { c: cycleId })).reviewCycleParticipants;
    const upwardOfHr = participants.find((x: { personId: string }) => x.personId === p.hr).aggregates.find((a: { kind: string }) => a.kind === 'upward');
    expect(upwardOfHr).toEqual({ kind: 'upward', reviewers: 1, withheld: true, score: null, comments: [] });
  });

  it('shows owner and hr the content of anonymous reviews without any author — the demo cycle included', async () => {
    for (const client of [owner, hr]) {
      for (const kind of ['peer', 'upward']) {
        const rows = (await client.data('query($c: ID!, $k: String) { cycleReviews(cycleId: $c, kind: $k) { revieweeId reviewerId reviewerName status comment submittedAt } }', { c: cycleId, k: kind })).cycleReviews;
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) expect({ reviewerId: row.reviewerId, reviewerName: row.reviewerName, submittedAt: row.submittedAt }).toEqual({ reviewerId: null, reviewerName: null, submittedAt: null });
        // Content is still there for groups that reach the threshold.
        const about = written.filter((w) => w.kind === kind && w.reviewee === p.manager).map((w) => w.comment).sort();
        expect(rows.filter((r: { revieweeId: string }) => r.revieweeId === p.manager).map((r: { comment: string }) => r.comment).sort()).toEqual(about);
      }
      // The finished demo cycle of the issue: 180 peer and 59 upward reviews, no author on any of them.
      const demo = (await client.data('{ reviewCycles(status: "finalised") { id name } }')).reviewCycles.find((c: { name: string }) => c.name === 'H1 2026 Performance Review');
      for (const kind of ['peer', 'upward']) {
        const rows = (await client.data('query($c: ID!, $k: String) { cycleReviews(cycleId: $c, kind: $k) { reviewerId reviewerName score } }', { c: demo.id, k: kind })).cycleReviews;
        expect(rows.length).toBeGreaterThan(50);
        expect(rows.filter((r: { reviewerId: unknown; reviewerName: unknown }) => r.reviewerId !== null || r.reviewerName !== null)).toEqual([]);
        expect(rows.filter((r: { score: unknown }) => r.score !== null).length).toBeGreaterThan(50);
      }
    }
  });

  it('puts no author next to anonymous content in any answer: reviews, participants, my review, tasks, the audit log', async () => {
    const queries = [
      'query($c: ID!) { cycleReviews(cycleId: $c) { id revieweeId reviewerId reviewerName kind status comment score submittedAt ratings { criterionKey rating comment } } }',
      'query($c: ID!) { reviewCycleParticipants(cycleId: $c) { personId name managerId aggregates { kind reviewers withheld score comments } } }',
      'query($c: ID!) { myReview(cycleId: $c) { selfReview { id reviewerId comment } managerReviews { id reviewerId reviewerName comment } aggregates { kind comments } } }',
      'query($c: ID!) { myReviewTasks(cycleId: $c) { id revieweeId reviewerId reviewerName kind status comment ratings { comment } } }',
      '{ auditLog(first: 200) { nodes { actorId actorEmail operation targetType targetId before after } } }',
    ];
    for (const client of [owner, hr, manager, employee, kevin]) {
      for (const query of queries) {
        const answer = await client.request(query, { c: cycleId });
        for (const w of written) {
          for (const row of rowsHolding(answer.data, w.comment)) {
            for (const mark of authorMarks(w.author)) expect(row, `${query} — "${w.comment}"`).not.toContain(mark);
          }
        }
      }
    }
    // The audit log holds no anonymous content at all.
    const audit = JSON.stringify(await owner.request(queries[4]!));
    for (const w of written) expect(audit).not.toContain(w.comment);
  });

  it('lets the author see their own submitted reviews as tasks, without the content that is no longer linked to them', async () => {
    const mine = (await kevin.data('query($c: ID!) { myReviewTasks(cycleId: $c) { revieweeId reviewerId reviewerName kind status comment score } }', { c: cycleId })).myReviewTasks;
    const anonymous = mine.filter((t: { kind: string }) => t.kind === 'peer' || t.kind === 'upward');
    expect(anonymous).toHaveLength(5);
    for (const t of anonymous) expect(t).toMatchObject({ reviewerId: p.kevin, reviewerName: names[p.kevin], status: 'submitted', comment: null, score: null });
  });

  it('keeps no row in the database that holds both an author and what they wrote', async () => {
    const rows = await everyRow(server);
    for (const w of written) {
      const holders = rows.filter((r) => r.text.includes(w.comment));
      expect(holders.map((r) => r.table), w.comment).toEqual(['incentives_review_feedback']);
      for (const r of holders) for (const mark of authorMarks(w.author)) expect(r.text, w.comment).not.toContain(mark);
    }
    // Feedback rows can't be joined back by id or time: random (v4) ids, one timestamp per cycle.
    const feedback = rows.filter((r) => r.table === 'incentives_review_feedback').map((r) => JSON.parse(r.text)).filter((f) => f.cycleId === cycleId);
    expect(feedback).toHaveLength(written.length);
    for (const f of feedback) expect(f.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/);
    expect(new Set(feedback.flatMap((f) => [f.createdAt, f.updatedAt])).size).toBe(1);
    expect(Object.keys(feedback[0]).sort()).toEqual(['comment', 'createdAt', 'cycleId', 'id', 'kind', 'ratings', 'revieweeId', 'score', 'tenantId', 'updatedAt']);
  });

  it('keeps an outsider to the chain from reading the reviews at all', async () => {
    const rows = (await kevin.data('query($c: ID!) { cycleReviews(cycleId: $c) { revieweeId reviewerId } }', { c: cycleId })).cycleReviews;
    expect(rows.every((r: { reviewerId: string }) => r.reviewerId === p.kevin)).toBe(true);
    const participants = (await kevin.data('query($c: ID!) { reviewCycleParticipants(cycleId: $c) { personId } }', { c: cycleId })).reviewCycleParticipants;
    expect(participants.map((x: { personId: string }) => x.personId)).toEqual([p.kevin]);
  });

  it('points the audit entry of an anonymous review at the cycle, not at the review or the reviewee', async () => {
    const { auditLog } = await owner.data('{ auditLog(filter: { operation: "submitReview" }, first: 50) { nodes { actorEmail targetType targetId before after } } }');
    const byKevin = auditLog.nodes.filter((n: { actorEmail: string }) => n.actorEmail === 'kevin.wu@demo.local');
    expect(byKevin).toHaveLength(5);
    for (const entry of byKevin) expect(entry).toEqual({ actorEmail: 'kevin.wu@demo.local', targetType: 'IncentivesReviewCycle', targetId: cycleId, before: null, after: null });
    const managerReview = auditLog.nodes.find((n: { actorEmail: string; targetType: string }) => n.actorEmail === 'manager@demo.local' && n.targetType === 'IncentivesReview');
    expect(JSON.parse(managerReview.after)).toMatchObject({ kind: 'manager', revieweeId: p.employee, score: 4 });
  });
});
