import { knowledgePlugin } from '@cadre/plugin-knowledge';
import { createTestServer, type GraphQLClient, type TestServer, expectBadArgsNamed, expectSortsAgree, idsOnce, pageQuery, walkPages } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentPlugin } from '../src/index.js';
import { personIds } from './support/demo.js';
import { createFakeStructure } from '@cadre/plugin-structure/testing';

// courseEnrolmentsPage: enrolments as keyset pages, visible as in courseEnrolments (own and
// reports', all for course admins) through the query, so pages and totalCount agree.
const PAGE = pageQuery('courseEnrolmentsPage', 'DevelopmentEnrolmentFilter', 'DevelopmentEnrolmentSort', 'id status courseId enrolledAt person { id }');
type Enrolment = { id: string; status: string; courseId: string; enrolledAt: string; person: { id: string } };
const ARRAY = 'query($c: ID, $p: ID) { courseEnrolments(courseId: $c, personId: $p) { id status courseId person { id } } }';
const ENROL = 'mutation($c: ID!, $p: ID) { enrol(courseId: $c, personId: $p) { id } }';

describe('course enrolments, a page at a time', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let recruiter: GraphQLClient;
  let ids: Record<string, string>;
  const courseIds: string[] = [];

  beforeAll(async () => {
    server = await createTestServer({ plugins: [createFakeStructure().plugin, knowledgePlugin, developmentPlugin] });
    [hr, manager, employee, recruiter] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee'), server.loginAs('recruiter')]);
    ids = await personIds(hr);
    for (const title of ['Paging course A', 'Paging course B']) {
      courseIds.push((await hr.data('mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }', { i: { title, kind: 'INTERNAL', skills: [] } })).createCourse.id);
    }
    // Learners inside and outside the manager's chain; some complete, some withdraw.
    const learners = ['employee', 'han.xue', 'alex.novak', 'priya.sharma', 'isabella.costa', 'hr'];
    for (const [i, key] of learners.entries()) {
      for (const course of courseIds) {
        const { enrol } = await hr.data(ENROL, { c: course, p: ids[key] });
        if (i % 3 === 1) await hr.data('mutation($e: ID!) { completeCourse(enrolmentId: $e) { id } }', { e: enrol.id });
        if (i % 3 === 2) await hr.data('mutation($e: ID!) { withdrawEnrolment(enrolmentId: $e) { id } }', { e: enrol.id });
      }
    }
  });
  afterAll(() => server?.close());

  it('pages through every enrolment, newest first, exactly as the array query lists them', async () => {
    const { courseEnrolments } = await hr.data(ARRAY);
    expect(courseEnrolments.length).toBeGreaterThanOrEqual(12);
    const { rows, pages, totals } = await walkPages<Enrolment>(hr, PAGE, 'courseEnrolmentsPage', {}, 2);
    expect(pages).toBe(Math.ceil(courseEnrolments.length / 2));
    expect(new Set(totals)).toEqual(new Set([courseEnrolments.length]));
    expect(idsOnce(rows)).toEqual(courseEnrolments.map((e: Enrolment) => e.id));
  });

  it('sorts by every field both ways, pages agreeing with one big page, status ties split across pages', async () => {
    await expectSortsAgree(hr, PAGE, 'courseEnrolmentsPage', ['ENROLLED_AT', 'UPDATED_AT', 'STATUS'], 2);
    const byStatus = (await hr.data(PAGE, { sort: { field: 'STATUS', direction: 'DESC' }, first: 200 })).courseEnrolmentsPage.nodes as Enrolment[];
    expect(byStatus.map((e) => e.status)).toEqual([...byStatus.map((e) => e.status)].sort().reverse());
    const completed = byStatus.filter((e) => e.status === 'COMPLETED').map((e) => e.id);
    expect(completed.length).toBeGreaterThan(2);
    expect(completed).toEqual([...completed].sort().reverse());
  });

  it('filters by course, person and status on the server, counted on every page', async () => {
    const all = (await hr.data(ARRAY)).courseEnrolments as Enrolment[];
    const cases: Array<[Record<string, unknown>, (e: Enrolment) => boolean]> = [
      [{ courseId: courseIds[0] }, (e) => e.courseId === courseIds[0]],
      [{ personId: ids['han.xue'] }, (e) => e.person.id === ids['han.xue']],
      [{ status: 'WITHDRAWN' }, (e) => e.status === 'WITHDRAWN'],
      [{ courseId: courseIds[1], status: 'COMPLETED' }, (e) => e.courseId === courseIds[1] && e.status === 'COMPLETED'],
    ];
    for (const [filter, match] of cases) {
      const expected = all.filter(match);
      expect(expected.length).toBeGreaterThan(0);
      const { rows, totals } = await walkPages<Enrolment>(hr, PAGE, 'courseEnrolmentsPage', { filter }, 1);
      expect(idsOnce(rows), JSON.stringify(filter)).toEqual(expected.map((e) => e.id));
      expect(totals.every((n) => n === expected.length)).toBe(true);
    }
  });

  it('gives a manager their chain’s enrolments, an employee their own and a recruiter none, in pages and counts', async () => {
    const mine = await walkPages<Enrolment>(employee, PAGE, 'courseEnrolmentsPage', {}, 1);
    expect(idsOnce(mine.rows)).toEqual((await employee.data(ARRAY)).courseEnrolments.map((e: Enrolment) => e.id));
    expect(mine.rows.every((e) => e.person.id === ids.employee)).toBe(true);
    expect(new Set(mine.totals)).toEqual(new Set([mine.rows.length]));
    const outside = new Set([ids['priya.sharma'], ids['isabella.costa'], ids.hr]);
    const { courseEnrolments } = await manager.data(ARRAY);
    const { rows, totals } = await walkPages<Enrolment>(manager, PAGE, 'courseEnrolmentsPage', {}, 2);
    expect(idsOnce(rows)).toEqual(courseEnrolments.map((e: Enrolment) => e.id));
    expect(rows.some((e) => outside.has(e.person.id))).toBe(false);
    const ours = rows.filter((e) => courseIds.includes(e.courseId)).map((e) => e.person.id);
    expect(new Set(ours)).toEqual(new Set([ids.employee, ids['han.xue'], ids['alex.novak']]));
    expect(ours).toHaveLength(6);
    expect(new Set(totals)).toEqual(new Set([rows.length]));
    const hrTotal = (await hr.data(PAGE, { first: 1 })).courseEnrolmentsPage.totalCount;
    expect(rows.length).toBeLessThan(hrTotal);
    expect((await manager.data(PAGE, { filter: { personId: ids['priya.sharma'] }, first: 5 })).courseEnrolmentsPage.totalCount).toBe(0);
    expect((await recruiter.data(PAGE, { first: 5 })).courseEnrolmentsPage.totalCount).toBe((await recruiter.data(ARRAY)).courseEnrolments.length);
  });

  it('refuses bad arguments by name', async () => {
    await expectBadArgsNamed(hr, PAGE, 'courseEnrolmentsPage', { field: 'STATUS', direction: 'ASC' });
  });
});
