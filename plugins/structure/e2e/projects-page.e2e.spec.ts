import { createTestServer, type GraphQLClient, type TestServer, expectBadArgsNamed, expectSortsAgree, idsOnce, pageQuery, walkPages } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structurePlugin } from '../src/index.js';

// projectsPage: the projects as keyset pages. Every filter, cross-unit included, is in the query,
// so pages and totalCount agree with the array query and with each project's own crossUnit.
const PAGE = pageQuery('projectsPage', 'ProjectFilterInput', 'StructureProjectSort', 'id name priority status crossUnit createdAt updatedAt');
const CREATE = 'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }';
const ASSIGN = 'mutation($p: ID!, $who: ID!) { assignToProject(input: { projectId: $p, personId: $who, allocation: 5 }) { id } }';
type Project = { id: string; name: string; priority: number; status: string; crossUnit: boolean; createdAt: string; updatedAt: string };
type Person = { id: string; orgUnitId: string | null; status: string; managerId: string | null };

describe('projects, a page at a time', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let units: Array<{ id: string; name: string }>;
  let people: Person[];
  const made: Record<string, string> = {};

  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin] });
    [hr, manager, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
    units = (await hr.data('{ orgUnits { id name } }')).orgUnits;
    // Active people of a unit with time to spare (a person's allocations stay within 100%).
    const busy = new Map<string, number>();
    for (const p of (await hr.data('{ projects { assignments { personId allocation } } }')).projects) for (const a of p.assignments) busy.set(a.personId, (busy.get(a.personId) ?? 0) + a.allocation);
    // Nobody's manager either, so that one of them can be deleted below.
    const everyone: Person[] = (await hr.data('{ people(first: 200) { nodes { id orgUnitId status managerId } } }')).people.nodes;
    const managers = new Set(everyone.map((p) => p.managerId));
    people = everyone.filter((p) => p.status === 'active' && p.orgUnitId && !managers.has(p.id) && (busy.get(p.id) ?? 0) <= 80);
    // Six projects of one priority: a page boundary of 2 falls inside the tie, which the id breaks.
    for (const n of [1, 2, 3, 4, 5, 6]) made[`tie${n}`] = (await hr.data(CREATE, { i: { name: `Paging tie ${n}`, priority: 2, headcountMax: 4, ownerUnitId: units[0].id } })).createProject.id;
    // Cross-unit cases the seed lacks: no owner and two people of different units (spans), no
    // owner and one person (does not), an owner and one person of that same unit (does not).
    const [a, b] = [people[0], people.find((p) => p.orgUnitId !== people[0].orgUnitId)!];
    made.ownerless2 = (await hr.data(CREATE, { i: { name: 'Paging ownerless two units', headcountMax: 4 } })).createProject.id;
    await hr.data(ASSIGN, { p: made.ownerless2, who: a.id });
    await hr.data(ASSIGN, { p: made.ownerless2, who: b.id });
    made.ownerless1 = (await hr.data(CREATE, { i: { name: 'Paging ownerless one person', headcountMax: 4 } })).createProject.id;
    await hr.data(ASSIGN, { p: made.ownerless1, who: a.id });
    made.sameUnit = (await hr.data(CREATE, { i: { name: 'Paging same unit', headcountMax: 4, ownerUnitId: b.orgUnitId } })).createProject.id;
    await hr.data(ASSIGN, { p: made.sameUnit, who: b.id });
  });
  afterAll(() => server?.close());

  it('pages through every project, highest priority first, exactly the array query’s rows', async () => {
    const { projects } = await hr.data('{ projects { id priority } }');
    expect(projects.length).toBeGreaterThan(20);
    const { rows, pages, totals } = await walkPages<Project>(hr, PAGE, 'projectsPage', {}, 2);
    expect(pages).toBe(Math.ceil(projects.length / 2));
    expect(new Set(totals)).toEqual(new Set([projects.length]));
    expect(idsOnce(rows).sort()).toEqual(projects.map((p: Project) => p.id).sort());
    const expected = [...rows].sort((x, y) => y.priority - x.priority || (x.id < y.id ? 1 : -1));
    expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    // The tie of six, in id order (descending with the sort), split across pages of two.
    const ties = rows.filter((r) => r.name.startsWith('Paging tie ')).map((r) => r.id);
    expect(ties).toEqual(Object.entries(made).filter(([k]) => k.startsWith('tie')).map(([, id]) => id).sort().reverse());
    const firstTie = rows.findIndex((r) => r.name.startsWith('Paging tie '));
    expect(Math.floor(firstTie / 2)).not.toBe(Math.floor((firstTie + 5) / 2));
  });

  it('sorts by every field both ways, pages agreeing with one big page', async () => {
    await expectSortsAgree(hr, PAGE, 'projectsPage', ['PRIORITY', 'NAME', 'UPDATED_AT', 'CREATED_AT'], 3);
    const byName = (await hr.data(PAGE, { sort: { field: 'NAME', direction: 'ASC' }, first: 200 })).projectsPage.nodes as Project[];
    const names = byName.filter((p) => p.name.startsWith('Paging tie ')).map((p) => p.name);
    expect(names).toEqual(['Paging tie 1', 'Paging tie 2', 'Paging tie 3', 'Paging tie 4', 'Paging tie 5', 'Paging tie 6']);
  });

  it('filters by status, unit and person on the server, counted on every page', async () => {
    for (const filter of [{ status: 'ACTIVE' }, { status: 'PLANNED' }, { unitId: units[0].id }, { unitId: units[0].id, includeSubunits: false }, { personId: people[0].id }]) {
      const { projects } = await hr.data('query($f: ProjectFilterInput) { projects(filter: $f) { id } }', { f: filter });
      const { rows, totals } = await walkPages<Project>(hr, PAGE, 'projectsPage', { filter }, 2);
      expect(idsOnce(rows).sort(), JSON.stringify(filter)).toEqual(projects.map((p: Project) => p.id).sort());
      expect(totals.every((n) => n === projects.length), JSON.stringify(filter)).toBe(true);
    }
    expect((await hr.request(PAGE, { filter: { unitId: 'nope' }, first: 2 })).errors?.[0].extensions?.field).toBe('filter.unitId');
  });

  it('filters cross-unit projects in SQL with the meaning each project’s crossUnit shows', async () => {
    const all = (await walkPages<Project>(hr, PAGE, 'projectsPage', {}, 50)).rows;
    const spanning = all.filter((p) => p.crossUnit).map((p) => p.id).sort();
    expect(spanning).toContain(made.ownerless2);
    expect(spanning).not.toContain(made.ownerless1);
    expect(spanning).not.toContain(made.sameUnit);
    const { rows, totals } = await walkPages<Project>(hr, PAGE, 'projectsPage', { filter: { crossUnit: true } }, 2);
    expect(idsOnce(rows).sort()).toEqual(spanning);
    expect(totals.every((n) => n === spanning.length)).toBe(true);
    const active = await walkPages<Project>(hr, PAGE, 'projectsPage', { filter: { crossUnit: true, status: 'ACTIVE' } }, 2);
    expect(active.rows.map((p) => p.id).sort()).toEqual(all.filter((p) => p.crossUnit && p.status === 'ACTIVE').map((p) => p.id).sort());
    expect(active.totals.every((n) => n === active.rows.length)).toBe(true);
  });

  it('forgets a deleted person: their project no longer spans units nor lists under them', async () => {
    const gone = people.find((p) => p.orgUnitId !== people[0].orgUnitId)!;
    expect((await hr.data('mutation($id: ID!) { deletePerson(id: $id) }', { id: gone.id })).deletePerson).toBe(true);
    const cross = (await walkPages<Project>(hr, PAGE, 'projectsPage', { filter: { crossUnit: true } }, 5)).rows.map((p) => p.id);
    expect(cross).not.toContain(made.ownerless2);
    const theirs = (await hr.data(PAGE, { filter: { personId: gone.id }, first: 5 })).projectsPage;
    expect(theirs).toMatchObject({ totalCount: 0, nodes: [] });
    expect((await hr.data('query($f: ProjectFilterInput) { projects(filter: $f) { id } }', { f: { personId: gone.id } })).projects).toEqual([]);
  });

  it('gives a manager and an employee what their array query gives them, in pages and counts', async () => {
    for (const client of [manager, employee]) {
      const { projects } = await client.data('{ projects { id } }');
      const { rows, totals } = await walkPages<Project>(client, PAGE, 'projectsPage', {}, 4);
      expect(idsOnce(rows).sort()).toEqual(projects.map((p: Project) => p.id).sort());
      expect(new Set(totals)).toEqual(new Set([projects.length]));
    }
  });

  it('refuses a bad page size and foreign or garbage cursors, naming the argument', async () => {
    await expectBadArgsNamed(hr, PAGE, 'projectsPage', { field: 'NAME', direction: 'ASC' });
  });
});
