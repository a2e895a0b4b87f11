import { createTestServer, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incentivesPlugin } from '../src/index.js';
import { createCycle, demoPeople, submit, taskFor, type Client } from './helpers.js';

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
  let cycleId: string;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [incentivesPlugin] });
    [hr, manager, employee, kevin, owner] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee'), server.loginAs('recruiter'), server.loginAs('owner')]);
    const people = await demoPeople(server);
    p = { hr: people.byEmail('hr').id, manager: people.byEmail('manager').id, employee: people.byEmail('employee').id, kevin: people.byEmail('kevin.wu').id, owner: people.byEmail('owner').id };
    names = Object.fromEntries(Object.values(p).map((id) => [id, people.all.find((x) => x.id === id)!.name]));

    // Manager reviews plus hand-picked peers: the manager has three peer reviewers (hr, kevin, owner),
    // the employee only two (hr, kevin), and hr three (employee, manager, kevin).
    cycleId = await createCycle(hr, Object.values(p), ', kinds: ["manager", "peer"], peerCount: 0, kindWeights: [{ kind: "manager", weight: 0.5 }, { kind: "peer", weight: 0.5 }]');
    const assign = (reviewee: string, reviewers: string[]) =>
      hr.data('mutation($c: ID!, $r: ID!, $ids: [ID!]!) { assignReviewers(input: { cycleId: $c, revieweeId: $r, kind: "peer", reviewerIds: $ids }) { id } }', { c: cycleId, r: reviewee, ids: reviewers });
    await assign(p.manager, [p.hr, p.kevin, p.owner]);
    await assign(p.employee, [p.hr, p.kevin]);
    await assign(p.hr, [p.employee, p.manager, p.kevin]);
    await hr.data('mutation($id: ID!) { openReviewCycle(id: $id) { id } }', { id: cycleId });

    const write = async (client: Client, reviewee: string, rating: number, comment: string) => {
      const r = await submit(client, await taskFor(client, cycleId, reviewee, 'peer'), rating, rating, comment);
      expect(r.errors).toBeUndefined();
    };
    await write(hr, p.manager, 5, 'Unblocks the whole infra team');
    await write(kevin, p.manager, 4, 'Great partner in hiring loops');
    await write(owner, p.manager, 3, 'Should delegate more');
    await write(hr, p.employee, 5, 'Always helpful');
    await write(kevin, p.employee, 1, 'Missed our interview slots');
    await write(employee, p.hr, 4, 'Clear about promotions');
    await write(manager, p.hr, 4, 'Fast on offers');
    await write(kevin, p.hr, 5, 'Best lead I have had');
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

  it("hides authors from the reviewee's manager, shows them to their author and to hr — except about hr herself", async () => {
    const aboutEmployee = (await manager.data('query($c: ID!, $r: ID!) { cycleReviews(cycleId: $c, revieweeId: $r) { kind reviewerId reviewerName comment submittedAt } }', { c: cycleId, r: p.employee })).cycleReviews;
    const peers = aboutEmployee.filter((r: { kind: string }) => r.kind === 'peer');
    expect(peers).toHaveLength(2);
    expect(peers.every((r: { reviewerId: unknown; reviewerName: unknown; submittedAt: unknown }) => r.reviewerId === null && r.reviewerName === null && r.submittedAt === null)).toBe(true);
    expect(peers.map((r: { comment: string }) => r.comment).sort()).toEqual(['Always helpful', 'Missed our interview slots']);

    const mine = (await kevin.data('query($c: ID!) { myReviewTasks(cycleId: $c) { revieweeId reviewerId kind status } }', { c: cycleId })).myReviewTasks;
    expect(mine.filter((t: { kind: string }) => t.kind === 'peer').every((t: { reviewerId: string }) => t.reviewerId === p.kevin)).toBe(true);

    const all = (await hr.data('query($c: ID!) { cycleReviews(cycleId: $c, kind: "peer") { revieweeId reviewerId } }', { c: cycleId })).cycleReviews;
    expect(all).toHaveLength(8);
    const aboutManager = all.filter((r: { revieweeId: string }) => r.revieweeId === p.manager).map((r: { reviewerId: string }) => r.reviewerId).sort();
    expect(aboutManager).toEqual([p.hr, p.kevin, p.owner].sort());
    const aboutHr = all.filter((r: { revieweeId: string }) => r.revieweeId === p.hr);
    expect(aboutHr).toHaveLength(3);
    expect(aboutHr.every((r: { reviewerId: unknown }) => r.reviewerId === null)).toBe(true);
    const hrText = JSON.stringify(await hr.request(AS_REVIEWEE[2], { c: cycleId }));
    for (const author of [p.employee, p.manager, p.kevin]) expect(hrText).not.toContain(author);
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
    expect(byKevin).toHaveLength(3);
    for (const entry of byKevin) expect(entry).toEqual({ actorEmail: 'kevin.wu@demo.local', targetType: 'IncentivesReviewCycle', targetId: cycleId, before: null, after: null });
    const managerReview = auditLog.nodes.find((n: { actorEmail: string; targetType: string }) => n.actorEmail === 'manager@demo.local' && n.targetType === 'IncentivesReview');
    expect(JSON.parse(managerReview.after)).toMatchObject({ kind: 'manager', revieweeId: p.employee, score: 4 });
  });
});
