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
});
