import { createTestServer, type TestServer, byKeyThenId, expectBadArgsNamed, expectSortsAgree, idsOnce, walkPages } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incentivesPlugin } from '../src/index.js';
import { createCycle, demoPeople, submit, taskFor, type Client } from './helpers.js';

// cycleReviewsPage: a cycle's reviews as keyset pages — the assignments and, in an anonymous
// cycle, the content rows kept apart from their authors, merged in one order — with exactly
// cycleReviews' rows and rules: who reads what, and which peer or upward group is withheld.
const FIELDS = 'id revieweeId reviewerId reviewerName kind anonymous status withheld comment score dueDate overdue submittedAt';
const PAGE = `query($cycleId: ID!, $filter: IncentivesReviewFilter, $sort: IncentivesReviewSort, $first: Int!, $after: String) {
  cycleReviewsPage(cycleId: $cycleId, filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ${FIELDS} } } }`;
const ARRAY = `query($c: ID!, $r: ID, $k: String) { cycleReviews(cycleId: $c, revieweeId: $r, kind: $k) { ${FIELDS} } }`;
type Review = { id: string; revieweeId: string; reviewerId: string | null; kind: string; status: string; withheld: boolean; comment: string | null; score: number | null };
const SORTS: Array<[string, (r: Review) => string]> = [['REVIEWEE', (r) => `${r.revieweeId}|${r.kind}`], ['KIND', (r) => r.kind], ['STATUS', (r) => r.status]];

describe("a cycle's reviews, a page at a time", () => {
  let server: TestServer;
  let hr: Client;
  let owner: Client;
  let manager: Client;
  let employee: Client;
  let kevin: Client;
  let readers: Array<[string, Client]>;
  let demoCycle: string;
  let p: Record<'hr' | 'manager' | 'employee' | 'kevin' | 'owner', string>;
  const reviews = async (client: Client, c: string, r?: string, k?: string): Promise<Review[]> => (await client.data(ARRAY, { c, r, k })).cycleReviews;
  /** Walks every page and expects cycleReviews' rows, in its order, with each page's total right. */
  const expectPagesAsArray = async (client: Client, cycleId: string, first: number, label: string) => {
    const rows = await reviews(client, cycleId);
    const { rows: paged, pages, totals } = await walkPages<Review>(client, PAGE, 'cycleReviewsPage', { cycleId }, first);
    expect(pages, label).toBe(Math.max(1, Math.ceil(rows.length / first)));
    expect(totals.every((n) => n === rows.length), label).toBe(true);
    expect(idsOnce(paged), label).toEqual(rows.map((r) => r.id));
    expect(paged, label).toEqual(rows);
    return rows;
  };

  beforeAll(async () => {
    server = await createTestServer({ plugins: [incentivesPlugin] });
    [hr, owner, manager, employee, kevin] = await Promise.all(['hr', 'owner', 'manager', 'employee', 'recruiter'].map((a) => server.loginAs(a as 'hr')));
    readers = [['hr', hr], ['owner', owner], ['manager', manager], ['employee', employee], ['recruiter', kevin]];
    const people = await demoPeople(server);
    p = { hr: people.byEmail('hr').id, manager: people.byEmail('manager').id, employee: people.byEmail('employee').id, kevin: people.byEmail('kevin.wu').id, owner: people.byEmail('owner').id };
    demoCycle = (await hr.data('{ reviewCycles(status: "finalised") { id name } }')).reviewCycles.find((c: { name: string }) => c.name === 'H1 2026 Performance Review').id;
  });
  afterAll(() => server?.close());

  /** An anonymous (or confidential) cycle: the manager's peer group of four, the employee's of two (under the threshold of 3). */
  const peerCycle = async (extra = '') => {
    const id = await createCycle(hr, Object.values(p), `, kinds: ["self", "manager", "peer"], peerCount: 0 ${extra}`);
    const assign = 'mutation($c: ID!, $r: ID!, $ids: [ID!]!) { assignReviewers(input: { cycleId: $c, revieweeId: $r, kind: "peer", reviewerIds: $ids }) { id } }';
    await hr.data(assign, { c: id, r: p.manager, ids: [p.hr, p.kevin, p.owner, p.employee] });
    await hr.data(assign, { c: id, r: p.employee, ids: [p.hr, p.kevin] });
    await hr.data('mutation($id: ID!) { openReviewCycle(id: $id) { id } }', { id });
    for (const [client, author] of [[hr, 'hr'], [kevin, 'kevin'], [owner, 'owner'], [employee, 'employee']] as const) {
      expect((await submit(client, await taskFor(client, id, p.manager, 'peer'), 4, 3, `About the manager from ${author}`)).errors).toBeUndefined();
    }
    for (const [client, author] of [[hr, 'hr'], [kevin, 'kevin']] as const) {
      expect((await submit(client, await taskFor(client, id, p.employee, 'peer'), 3, 4, `About the employee from ${author}`)).errors).toBeUndefined();
    }
    expect((await submit(employee, await taskFor(employee, id, p.employee, 'self'), 4, 4, 'My own half-year')).errors).toBeUndefined();
    return id;
  };

  it("pages through the demo's finalised cycle exactly as cycleReviews lists it, for every reader", async () => {
    const seen = new Map<string, number>();
    for (const [name, client] of readers) seen.set(name, (await expectPagesAsArray(client, demoCycle, name === 'hr' ? 23 : 7, name)).length);
    expect(seen.get('hr')).toBeGreaterThan(200); // more than the largest page holds
    expect(seen.get('owner')).toBe(seen.get('hr'));
    expect(seen.get('manager')).toBeGreaterThan(0);
    expect(seen.get('manager')).toBeLessThan(seen.get('hr')!);
    expect(seen.get('recruiter')).toBeLessThan(seen.get('hr')!);
    // Both kinds of row are on hr's pages: assignments with their reviewer, and content without one.
    const rows = await reviews(hr, demoCycle);
    expect(rows.some((r) => r.kind === 'peer' && r.reviewerId === null && r.score !== null)).toBe(true);
    expect(rows.some((r) => r.kind === 'manager' && r.reviewerId !== null)).toBe(true);
  });

  it('withholds what cycleReviews withholds, page by page: everything while open, then the groups under the threshold', async () => {
    const id = await peerCycle();
    for (const [name, client] of readers) await expectPagesAsArray(client, id, 2, `open, ${name}`);
    const open = (await hr.data(PAGE, { cycleId: id, filter: { kind: 'peer' }, first: 50 })).cycleReviewsPage.nodes as Review[];
    expect(open).toHaveLength(6);
    expect(open.every((r) => r.withheld && r.comment === null && r.reviewerId === null)).toBe(true);

    await hr.data('mutation($id: ID!) { startReviewCycleCalibration(id: $id) { id } }', { id });
    for (const [name, client] of readers) await expectPagesAsArray(client, id, 2, `calibration, ${name}`);
    // A page of one row still counts the row's whole group (four about the manager, two about the employee).
    const one = async (revieweeId: string) => (await walkPages<Review>(hr, PAGE, 'cycleReviewsPage', { cycleId: id, filter: { revieweeId, kind: 'peer' } }, 1)).rows;
    expect((await one(p.manager)).map((r) => [r.withheld, r.reviewerId, r.comment]).sort()).toEqual(['hr', 'kevin', 'owner', 'employee'].map((a) => [false, null, `About the manager from ${a}`]).sort());
    expect((await one(p.employee)).map((r) => [r.withheld, r.comment])).toEqual([[true, null], [true, null]]);
    // The employee's manager reads the released group, never their own; the employee reads no peer content.
    const managers = await reviews(manager, id);
    expect(managers.filter((r) => r.kind === 'peer' && r.revieweeId === p.manager)).toEqual([]);
    expect(managers.filter((r) => r.kind === 'peer' && r.revieweeId === p.employee).every((r) => r.withheld)).toBe(true);
    expect((await reviews(employee, id)).filter((r) => r.kind === 'peer' && r.comment !== null && r.revieweeId === p.employee)).toEqual([]);
  });

  it('shows hr the authors of a confidential cycle on its pages as in the array', async () => {
    const id = await peerCycle(', anonymity: "confidential"');
    await hr.data('mutation($id: ID!) { startReviewCycleCalibration(id: $id) { id } }', { id });
    for (const [name, client] of readers) await expectPagesAsArray(client, id, 3, `confidential, ${name}`);
    const aboutManager = (await owner.data(PAGE, { cycleId: id, filter: { revieweeId: p.manager, kind: 'peer' }, first: 10 })).cycleReviewsPage.nodes as Review[];
    expect(aboutManager.map((r) => r.reviewerId).sort()).toEqual([p.hr, p.kevin, p.owner, p.employee].sort());
  });

  it('sorts by reviewee, kind and status both ways, ties split by id, across both tables', async () => {
    const id = await peerCycle();
    await hr.data('mutation($id: ID!) { startReviewCycleCalibration(id: $id) { id } }', { id });
    const rows = await reviews(hr, id);
    expect(rows.length).toBeGreaterThan(10);
    await expectSortsAgree(hr, PAGE, 'cycleReviewsPage', SORTS.map(([f]) => f), 3, { cycleId: id });
    for (const [field, key] of SORTS) {
      for (const direction of ['ASC', 'DESC'] as const) {
        const whole = (await hr.data(PAGE, { cycleId: id, sort: { field, direction }, first: 200 })).cycleReviewsPage.nodes as Review[];
        expect(whole.map((r) => r.id), `${field} ${direction}`).toEqual(byKeyThenId(rows, key, direction));
      }
    }
    // The default order is cycleReviews' own.
    expect(((await hr.data(PAGE, { cycleId: id, first: 200 })).cycleReviewsPage.nodes as Review[]).map((r) => r.id)).toEqual(rows.map((r) => r.id));
  });

  it('filters by reviewee, kind and status on the server, counted on every page', async () => {
    const rows = await reviews(hr, demoCycle);
    const cases: Array<[Record<string, string>, Review[]]> = [
      ...['pending', 'submitted', 'expired'].map((status): [Record<string, string>, Review[]] => [{ status }, rows.filter((r) => r.status === status)]),
      ...['self', 'manager', 'peer', 'upward'].map((kind): [Record<string, string>, Review[]] => [{ kind }, rows.filter((r) => r.kind === kind)]),
      [{ revieweeId: p.employee }, rows.filter((r) => r.revieweeId === p.employee)],
      [{ kind: 'peer', status: 'submitted' }, rows.filter((r) => r.kind === 'peer' && r.status === 'submitted')],
    ];
    expect(cases.filter(([, expected]) => expected.length > 0).length).toBeGreaterThan(6);
    for (const [filter, expected] of cases) {
      const { rows: paged, totals } = await walkPages<Review>(hr, PAGE, 'cycleReviewsPage', { cycleId: demoCycle, filter }, 40);
      expect(idsOnce(paged), JSON.stringify(filter)).toEqual(expected.map((r) => r.id));
      expect(totals.every((n) => n === expected.length), JSON.stringify(filter)).toBe(true);
    }
    expect((await hr.request(PAGE, { cycleId: demoCycle, filter: { status: 'lost' }, first: 5 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await hr.request(PAGE, { cycleId: 'no-such-cycle', first: 5 })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses bad arguments by name', async () => {
    await expectBadArgsNamed(hr, PAGE, 'cycleReviewsPage', { field: 'KIND', direction: 'DESC' }, { cycleId: demoCycle });
  });
});
