import { knowledgePlugin } from '@cadre/plugin-knowledge';
import { createTestServer, type GraphQLClient, type TestServer, expectBadArgsNamed, expectSortsAgree, idsOnce, pageQuery, walkPages } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentPlugin } from '../src/index.js';
import { createFakeStructure } from '@cadre/plugin-structure/testing';

// coursesPage: the course catalogue as keyset pages, every filter of `courses` in SQL (the skill
// filter too, which used to be applied after loading), so pages and counts agree.
const PAGE = pageQuery('coursesPage', 'DevelopmentCourseFilter', 'DevelopmentCourseSort', 'id title kind durationHours active skills { skillId }');
type Course = { id: string; title: string; kind: string; durationHours: number; active: boolean; skills: { skillId: string }[] };
const CREATE = 'mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }';

describe('courses, a page at a time', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let employee: GraphQLClient;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [createFakeStructure().plugin, knowledgePlugin, developmentPlugin] });
    [hr, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('employee')]);
    // Three courses of one title (the id breaks the tie), some teaching writing, one closed.
    for (const [i, title] of ['Paging tie', 'Paging tie', 'Paging tie', 'Paging writing A', 'Paging writing B', 'Paging closed'].entries()) {
      const skills = title.includes('writing') || i === 0 ? [{ skillId: 'sk-writing', level: 3 }] : [];
      const { createCourse } = await hr.data(CREATE, { i: { title, kind: i % 2 ? 'EXTERNAL' : 'INTERNAL', skills, durationHours: 4 + (i % 3) } });
      if (title === 'Paging closed') await hr.data('mutation($id: ID!) { updateCourse(id: $id, input: { active: false }) { id } }', { id: createCourse.id });
    }
  });
  afterAll(() => server?.close());

  it('pages through every course by title, exactly as the array query lists them', async () => {
    const { courses } = await employee.data('{ courses { id title } }');
    expect(courses.length).toBeGreaterThan(6);
    const { rows, pages, totals } = await walkPages<Course>(employee, PAGE, 'coursesPage', {}, 2);
    expect(pages).toBe(Math.ceil(courses.length / 2));
    expect(new Set(totals)).toEqual(new Set([courses.length]));
    expect(idsOnce(rows)).toEqual(courses.map((c: Course) => c.id));
    const ties = rows.filter((r) => r.title === 'Paging tie').map((r) => r.id);
    expect(ties).toEqual([...ties].sort());
  });

  it('sorts by every field both ways, pages agreeing with one big page, ties split across pages', async () => {
    await expectSortsAgree(hr, PAGE, 'coursesPage', ['TITLE', 'KIND', 'DURATION', 'CREATED_AT'], 2);
    const byDuration = (await hr.data(PAGE, { sort: { field: 'DURATION', direction: 'DESC' }, first: 200 })).coursesPage.nodes as Course[];
    expect(byDuration.map((c) => c.durationHours)).toEqual([...byDuration.map((c) => c.durationHours)].sort((a, b) => b - a));
  });

  it('filters on the server (kind, skill, active) and counts what they match on every page', async () => {
    const cases: Array<Record<string, unknown>> = [{ skillId: 'sk-writing' }, { activeOnly: true }, { kind: 'EXTERNAL' }, { kind: 'INTERNAL', skillId: 'sk-writing', activeOnly: true }];
    for (const filter of cases) {
      const { courses } = await hr.data('query($f: DevelopmentCourseFilter) { courses(filter: $f) { id } }', { f: filter });
      const { rows, totals } = await walkPages<Course>(hr, PAGE, 'coursesPage', { filter }, 2);
      expect(idsOnce(rows), JSON.stringify(filter)).toEqual(courses.map((c: Course) => c.id));
      expect(totals.every((n) => n === courses.length)).toBe(true);
    }
    const writing = (await walkPages<Course>(hr, PAGE, 'coursesPage', { filter: { skillId: 'sk-writing' } }, 3)).rows;
    expect(writing.every((c) => c.skills.some((s) => s.skillId === 'sk-writing'))).toBe(true);
    expect(writing.map((c) => c.title)).toEqual(expect.arrayContaining(['Paging writing A', 'Paging writing B', 'Paging tie']));
    const active = (await walkPages<Course>(hr, PAGE, 'coursesPage', { filter: { activeOnly: true } }, 50)).rows;
    expect(active.every((c) => c.active)).toBe(true);
    expect(active.some((c) => c.title === 'Paging closed')).toBe(false);
    // The skill id matches exactly: neither another case nor LIKE's wildcards match it.
    expect((await hr.data(PAGE, { filter: { skillId: 'SK-WRITING' }, first: 5 })).coursesPage.totalCount).toBe(0);
    expect((await hr.data(PAGE, { filter: { skillId: '%' }, first: 5 })).coursesPage.totalCount).toBe(0);
    expect((await hr.data(PAGE, { filter: { skillId: 'sk_writing' }, first: 5 })).coursesPage.totalCount).toBe(0);
  });

  it('refuses bad arguments by name', async () => {
    await expectBadArgsNamed(hr, PAGE, 'coursesPage', { field: 'KIND', direction: 'DESC' });
  });
});
