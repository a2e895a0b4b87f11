import { byKeyThenId, createTestServer, expectBadArgsNamed, expectSortsAgree, idsOnce, pageQuery, walkPages, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attractionPlugin } from '../src/index.js';
import { personId } from './helpers.js';

// personCompPositionsPage: the Pay positions page. Positions are computed in JavaScript (bands by
// a job family that may be inferred from the title), so the page, sorts, filters and counts are
// checked against the array query that lists the same positions.
const PAGE = pageQuery('personCompPositionsPage', 'AttractionPayPositionFilter', 'AttractionPayPositionSort', 'id: personId name level jobFamily compaRatio marketPercentile bandPosition');
const COUNTS = 'query($filter: AttractionPayPositionFilter) { personCompPositionsPage(filter: $filter, first: 1) { totalCount bandPositionCounts { bandPosition count } } }';
const ALL = '{ personCompPositions { id: personId name level jobFamily compaRatio marketPercentile bandPosition } }';
type Row = { id: string; name: string; level: string; jobFamily: string | null; compaRatio: number | null; marketPercentile: number | null; bandPosition: string | null };

describe('pay positions, a page at a time', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let recruiter: GraphQLClient;
  let everyone: Row[];

  beforeAll(async () => {
    server = await createTestServer({ plugins: [attractionPlugin] });
    [hr, manager, employee, recruiter] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee'), server.loginAs('recruiter')]);
    everyone = (await hr.data(ALL)).personCompPositions;
  });
  afterAll(() => server?.close());

  it('pages through every position by name, as the array query lists them', async () => {
    const { rows, pages, totals } = await walkPages<Row>(hr, PAGE, 'personCompPositionsPage', {}, 7);
    expect(pages).toBe(Math.ceil(everyone.length / 7));
    expect(totals.every((t) => t === everyone.length)).toBe(true);
    expect(idsOnce(rows)).toEqual(byKeyThenId(everyone, (p) => p.name.toLowerCase(), 'ASC'));
    expect(rows).toEqual(expect.arrayContaining(everyone));
  });

  it('sorts by every field both ways, people without the number last either way', async () => {
    await expectSortsAgree(hr, PAGE, 'personCompPositionsPage', ['NAME', 'COMPA_RATIO', 'MARKET_PERCENTILE'], 6);
    for (const direction of ['ASC', 'DESC'] as const) {
      const { rows } = await walkPages<Row>(hr, PAGE, 'personCompPositionsPage', { sort: { field: 'COMPA_RATIO', direction } }, 9);
      const known = rows.filter((r) => r.compaRatio !== null);
      expect(known.length).toBeGreaterThan(40);
      expect(rows.slice(known.length).every((r) => r.compaRatio === null)).toBe(true);
      expect(known.map((r) => r.id)).toEqual(byKeyThenId(known, (r) => r.compaRatio!, direction));
    }
  });

  it('filters by name, level, job family and place in band, and counts each place in band', async () => {
    const designers = (await walkPages<Row>(hr, PAGE, 'personCompPositionsPage', { filter: { jobFamily: 'designer' } }, 2)).rows;
    expect(designers.map((p) => p.name)).toEqual(['Chloe Martin', 'Laura Rossi', '魏然 Wei Ran']);
    const p6 = everyone.filter((p) => p.level === 'P6');
    expect(p6.length).toBeGreaterThan(1);
    expect((await hr.data(PAGE, { filter: { level: 'p6' }, first: 200 })).personCompPositionsPage.totalCount).toBe(p6.length);
    expect((await hr.data(PAGE, { filter: { search: 'WEI ran' }, first: 5 })).personCompPositionsPage.nodes.map((p: Row) => p.name)).toEqual(['魏然 Wei Ran']);

    const counts = (await hr.data(COUNTS)).personCompPositionsPage.bandPositionCounts as Array<{ bandPosition: string; count: number }>;
    expect(counts.map((c) => c.bandPosition)).toEqual(['below', 'within', 'above', 'none']);
    for (const { bandPosition, count } of counts) {
      expect(count).toBe(everyone.filter((p) => (p.bandPosition ?? 'none') === bandPosition).length);
      const { rows, totals } = await walkPages<Row>(hr, PAGE, 'personCompPositionsPage', { filter: { bandPosition } }, 10);
      expect(totals[0]).toBe(count);
      expect(rows.every((r) => (r.bandPosition ?? 'none') === bandPosition)).toBe(true);
    }
    expect(counts.find((c) => c.bandPosition === 'none')!.count).toBeGreaterThanOrEqual(5); // the E-level leaders have no band
    // The place-in-band filter leaves the counts alone, so every choice can show its own.
    expect((await hr.data(COUNTS, { filter: { bandPosition: 'above' } })).personCompPositionsPage.bandPositionCounts).toEqual(counts);
  });

  it("filters to a manager's team, direct and indirect reports, for hr and within a manager's own chain", async () => {
    const me = (await manager.data('{ me { person { id } } }')).me.person.id;
    const chain = ((await manager.data(ALL)).personCompPositions as Row[]).map((p) => p.id).filter((id) => id !== me);
    expect(chain.length).toBeGreaterThan(1);
    const team = await walkPages<Row>(hr, PAGE, 'personCompPositionsPage', { filter: { managerId: me } }, 4);
    expect(idsOnce(team.rows).sort()).toEqual([...chain].sort());
    const counts = (await hr.data(COUNTS, { filter: { managerId: me } })).personCompPositionsPage.bandPositionCounts as Array<{ count: number }>;
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(chain.length);
    // The manager filtering their own chain by one of their reports gets that report's team only.
    const lead = (await hr.data('query($id: ID!) { person(id: $id) { reports { id } } }', { id: me })).person.reports.map((r: { id: string }) => r.id);
    const hrRows = (await walkPages<Row>(hr, PAGE, 'personCompPositionsPage', { filter: { managerId: lead[0] } }, 50)).rows.map((r) => r.id).sort();
    expect((await walkPages<Row>(manager, PAGE, 'personCompPositionsPage', { filter: { managerId: lead[0] } }, 50)).rows.map((r) => r.id).sort()).toEqual(hrRows);
    // An employee asking for their manager's team sees only themselves: the filter narrows, never widens.
    const self = (await employee.data('{ me { person { id } } }')).me.person.id;
    expect(chain).toContain(self);
    expect((await employee.data(PAGE, { filter: { managerId: me }, first: 5 })).personCompPositionsPage.nodes.map((r: Row) => r.id)).toEqual([self]);
    expect((await hr.data(PAGE, { filter: { managerId: 'no-such-person' }, first: 5 })).personCompPositionsPage.totalCount).toBe(0);
  });

  it('leaves out people who have left', async () => {
    const id = await personId(hr, 'chloe.martin@demo.local');
    await hr.data('mutation($id: ID!) { updatePerson(id: $id, input: { status: "terminated" }) { id } }', { id });
    const { rows, totals } = await walkPages<Row>(hr, PAGE, 'personCompPositionsPage', {}, 50);
    expect(totals[0]).toBe(everyone.length - 1);
    expect(rows.map((r) => r.id)).not.toContain(id);
    await hr.data('mutation($id: ID!) { updatePerson(id: $id, input: { status: "active" }) { id } }', { id });
  });

  it('shows hr everyone, managers their chain, employees and recruiters themselves, with the pay they may see', async () => {
    for (const client of [manager, employee, recruiter]) {
      const own = (await client.data(ALL)).personCompPositions as Row[];
      const { rows, totals } = await walkPages<Row>(client, PAGE, 'personCompPositionsPage', {}, 3);
      expect(totals[0]).toBe(own.length);
      expect(idsOnce(rows).sort()).toEqual(own.map((p) => p.id).sort());
      // The same figures as the array query gives this reader, pay included, row by row.
      const byId = (a: Row, b: Row) => a.id.localeCompare(b.id);
      expect([...rows].sort(byId)).toEqual([...own].sort(byId));
    }
    expect((await manager.data(PAGE, { first: 200 })).personCompPositionsPage.totalCount).toBe(7);
    expect((await employee.data(PAGE, { first: 200 })).personCompPositionsPage.nodes.map((r: Row) => r.name)).toEqual(['朱晨 Zhu Chen']);
    const kevin = (await recruiter.data(PAGE, { first: 5 })).personCompPositionsPage.nodes;
    expect(kevin).toEqual([expect.objectContaining({ name: 'Kevin Wu', compaRatio: expect.any(Number) })]);
  });

  it('refuses bad arguments by name and changes nothing', async () => {
    await expectBadArgsNamed(hr, PAGE, 'personCompPositionsPage', { field: 'COMPA_RATIO', direction: 'DESC' });
    const r = await hr.request(PAGE, { filter: { bandPosition: 'sideways' }, first: 5 });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(String(r.errors?.[0]?.extensions?.field)).toMatch(/bandPosition/);
    expect(r.errors?.[0]?.message).toMatch(/below, within, above, none/);
  });
});
