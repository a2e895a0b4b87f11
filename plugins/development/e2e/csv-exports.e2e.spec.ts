import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { structurePlugin } from '@cadre/plugin-structure';
import { knowledgePlugin } from '@cadre/plugin-knowledge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentPlugin } from '../src/index.js';

// Enrolments export: course admins get everyone's, anyone else their own and their reports'.
describe('development CSV export', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let employee: GraphQLClient;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin, knowledgePlugin, developmentPlugin] });
    [hr, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('employee')]);
  });
  afterAll(() => server?.close());

  const key = (r: { course: string; person: string }) => `${r.course}|${r.person}`;

  it('exports the enrolments each person may see', async () => {
    const { courseEnrolments } = await hr.data('{ courseEnrolments { courseTitle person { name } } }');
    const all = (await hr.exportCsv('development.enrolments')).rows;
    expect(all.map(key).sort()).toEqual(courseEnrolments.map((e: { courseTitle: string; person: { name: string } }) => key({ course: e.courseTitle, person: e.person.name })).sort());
    const own = (await employee.exportCsv('development.enrolments')).rows;
    const { me } = await employee.data('{ me { person { name } } }');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => r.person === me.person.name)).toBe(true);
    expect(own.length).toBeLessThan(all.length);
  });

  it("exports what a course page's list shows: its course, status filter and order", async () => {
    const PAGE = 'query($f: DevelopmentEnrolmentFilter, $s: DevelopmentEnrolmentSort) { courseEnrolmentsPage(filter: $f, sort: $s, first: 100) { nodes { courseTitle person { name } status } } }';
    const { courseEnrolments } = await hr.data('{ courseEnrolments { courseId status } }');
    const counts = new Map<string, number>();
    for (const e of courseEnrolments as Array<{ courseId: string }>) counts.set(e.courseId, (counts.get(e.courseId) ?? 0) + 1);
    const courseId = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const sort = { field: 'STATUS', direction: 'DESC' };
    for (const status of [null, 'ENROLLED']) {
      const { courseEnrolmentsPage } = await hr.data(PAGE, { f: { courseId, status }, s: sort });
      const csv = (await hr.exportCsv('development.enrolments', { courseId, status, sort })).rows;
      expect(csv.map((r) => `${r.course}|${r.person}|${r.status}`)).toEqual(
        courseEnrolmentsPage.nodes.map((e: { courseTitle: string; person: { name: string }; status: string }) => `${e.courseTitle}|${e.person.name}|${e.status}`));
      expect(csv.length).toBeGreaterThan(0);
      if (status) expect(csv.every((r) => r.status === status)).toBe(true);
      else expect(csv.length).toBe(counts.get(courseId));
    }
    const bad = await hr.exportCsv('development.enrolments', { courseId, status: 'NAPPING' });
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(/NAPPING/);
  });
});
