// The development plugin on the real structure and knowledge plugins: structure's taxonomy,
// skill profiles, org tree and projects instead of the fake the other e2e files use.
import { knowledgePlugin } from '@cadre/plugin-knowledge';
import { structurePlugin } from '@cadre/plugin-structure';
import { RequestContexts } from '@cadre/sdk';
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentPlugin } from '../src/index.js';
import { outbox, personIds } from './support/demo.js';

describe('development with the real structure plugin', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let ids: Record<string, string>;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin, knowledgePlugin, developmentPlugin] });
    [hr, manager, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
    ids = await personIds(hr);
  });
  afterAll(() => server?.close());

  it('builds the ladders from structure’s taxonomy', async () => {
    const { careerLadders } = await employee.data('{ careerLadders { track levels { code expectations { skillName level } } } }');
    const p6 = careerLadders.find((l: { track: string }) => l.track === 'IC').levels.find((l: { code: string }) => l.code === 'P6');
    expect(p6.expectations.map((e: { skillName: string }) => e.skillName).sort()).toEqual(['Distributed training', 'GPU scheduling', 'Model evaluation & benchmarks', 'Python', 'Technical writing']);
    const m7 = careerLadders.find((l: { track: string }) => l.track === 'MANAGEMENT').levels.at(-1);
    expect(m7.expectations).toContainEqual({ skillName: 'People management', level: 5 });
  });

  it('computes the employee’s gaps from their real profile, with explained recommendations', async () => {
    const { skillGaps } = await employee.data(`query($p: ID!) { skillGaps(personId: $p) { target { code } targetSource expectations { skillName expected current met }
      gaps { skillName expected current gap courses { title reason } mentors { person { id } level reason } } } }`, { p: ids.employee });
    expect(skillGaps).toMatchObject({ target: { code: 'P6' }, targetSource: 'plan' });
    for (const g of skillGaps.gaps) {
      expect(g.gap).toBe(g.expected - g.current);
      for (const c of g.courses) expect(c.reason).toContain(`you are at ${g.current} and P6 expects ${g.expected}`);
      for (const m of g.mentors) {
        expect(m.level).toBeGreaterThanOrEqual(g.expected);
        expect(m.person.id).not.toBe(ids.employee);
        expect(m.reason).toContain(`${g.skillName} level ${m.level}`);
      }
    }
    const unmet = skillGaps.expectations.filter((e: { met: boolean }) => !e.met).map((e: { skillName: string }) => e.skillName).sort();
    expect(skillGaps.gaps.map((g: { skillName: string }) => g.skillName).sort()).toEqual(unmet);
  });

  it('analyses the manager’s unit against structure’s projects and announces requisitions once', async () => {
    const [tenant] = await server.app.dataSource.query(`SELECT id FROM tenants WHERE slug = 'demo'`);
    const org = server.app.app.get<{ unitOfPerson(id: string): Promise<string | null> }>('structure.org', { strict: false });
    const unitId = await RequestContexts.run(RequestContexts.system(tenant.id), () => org.unitOfPerson(ids.manager));
    // A project the unit cannot staff: storage at 5 (two people are at 4: train) and image generation at 4 (nobody close: hire).
    const skills = await RequestContexts.run(RequestContexts.system(tenant.id), () => server.app.app.get<{ skills(): Promise<Array<{ id: string; name: string }>> }>('structure.skills', { strict: false }).skills());
    const skill = (name: string) => skills.find((x) => x.name === name)!.id;
    const { createProject } = await hr.data('mutation($u: ID) { createProject(input: { name: "Vision data loader", ownerUnitId: $u, priority: 1, headcountMin: 1, headcountMax: 3 }) { id } }', { u: unitId });
    await hr.data('mutation($i: SetProjectRequirementsInput!) { setProjectRequirements(input: $i) { id } }', {
      i: { projectId: createProject.id, requirements: [{ skillId: skill('Storage systems'), minLevel: 5, weight: 2 }, { skillId: skill('Image generation'), minLevel: 4, weight: 1 }] },
    });
    const query = `query($u: ID) { teamGapAnalysis(unitId: $u) { unitId unitName memberCount projects { name requirements { skillName minLevel recommendation reason coveredBy { level } candidates { level } } } gaps { skillName } requisitions { skillId level alreadySuggested } } }`;
    const { teamGapAnalysis } = await manager.data(query, { u: unitId });
    const loader = teamGapAnalysis.projects.find((p: { name: string }) => p.name === 'Vision data loader').requirements;
    expect(loader.map((r: { skillName: string; recommendation: string }) => [r.skillName, r.recommendation])).toEqual([['Storage systems', 'TRAINING'], ['Image generation', 'REQUISITION']]);
    expect(loader[0].candidates.map((c: { level: number }) => c.level)).toEqual([4, 4]);
    expect(teamGapAnalysis.requisitions).toEqual([{ skillId: skill('Image generation'), level: 4, alreadySuggested: false }]);
    expect(teamGapAnalysis).toMatchObject({ unitId, unitName: 'ML Infrastructure', memberCount: 7 });
    expect(teamGapAnalysis.projects.length).toBeGreaterThan(0);
    for (const p of teamGapAnalysis.projects) {
      for (const r of p.requirements) {
        if (r.recommendation === 'COVERED') expect(r.coveredBy.length > 0 && r.coveredBy.every((c: { level: number }) => c.level >= r.minLevel)).toBe(true);
        if (r.recommendation === 'TRAINING') expect(r.candidates.length > 0 && r.candidates.every((c: { level: number }) => c.level === r.minLevel - 1)).toBe(true);
        if (r.recommendation === 'REQUISITION') expect(r.coveredBy.length + r.candidates.length).toBe(0);
        expect(r.reason).toContain(r.skillName);
      }
    }
    const wanted = teamGapAnalysis.requisitions.length;
    const result = (await manager.data('mutation($u: ID) { suggestRequisitions(unitId: $u) { requisitions { skillId alreadySuggested } } }', { u: unitId })).suggestRequisitions;
    expect(result.requisitions).toHaveLength(wanted);
    const events = await outbox(server, 'development.requisition-suggested');
    expect(events).toHaveLength(wanted);
    expect(events).toEqual([{ unitId, skillId: skill('Image generation'), skillName: 'Image generation', level: 4, reason: 'No one in ML Infrastructure is within 1 level of Image generation 4 (needed by Vision data loader)', hiringManagerId: ids.manager, jobLevel: null }]);
    await manager.data('mutation($u: ID) { suggestRequisitions(unitId: $u) { unitName } }', { u: unitId });
    expect(await outbox(server, 'development.requisition-suggested')).toHaveLength(wanted);
  });

  it('turns a completed course into course skill evidence, under the manager’s assessment (#18)', async () => {
    const profile = async () => (await hr.data('query($p: ID) { skillProfile(personId: $p) { entries { skill { id name } level levelSource claimedLevel evidence { kind level note } } } }', { p: ids.employee })).skillProfile.entries;
    const before = await profile();
    const assessed = before.find((e: { skill: { name: string } }) => e.skill.name === 'Distributed training');
    expect(assessed).toMatchObject({ level: 4, levelSource: 'MANAGER' });
    const { skills } = await hr.data('{ skills { id name } }');
    const fresh = skills.find((s: { id: string }) => !before.some((e: { skill: { id: string } }) => e.skill.id === s.id));
    const { createCourse } = await hr.data('mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }', {
      i: { title: 'Scaling laws in practice', kind: 'INTERNAL', skills: [{ skillId: assessed.skill.id, level: 5 }, { skillId: fresh.id, level: 3 }] },
    });
    const { enrol } = await employee.data('mutation($c: ID!) { enrol(courseId: $c) { id } }', { c: createCourse.id });
    await employee.data('mutation($e: ID!) { completeCourse(enrolmentId: $e) { status } }', { e: enrol.id });
    const [event] = await outbox(server, 'development.course-completed');
    expect(event).toMatchObject({ enrolmentId: enrol.id, personId: ids.employee, courseId: createCourse.id, courseTitle: 'Scaling laws in practice', skills: [{ skillId: assessed.skill.id, level: 5 }, { skillId: fresh.id, level: 3 }] });
    await server.flushEvents();
    const after = await profile();
    const note = 'Completed the course "Scaling laws in practice"';
    // Without an assessment the course sets the level; under the manager's 4 it is a claim to confirm.
    expect(after.find((e: { skill: { id: string } }) => e.skill.id === fresh.id)).toMatchObject({ level: 3, levelSource: 'COURSE', evidence: [{ kind: 'COURSE', level: 3, note }] });
    const underManager = after.find((e: { skill: { id: string } }) => e.skill.id === assessed.skill.id);
    expect(underManager).toMatchObject({ level: 4, levelSource: 'MANAGER', claimedLevel: 5 });
    expect(underManager.evidence[0]).toEqual({ kind: 'COURSE', level: 5, note });
    await server.flushEvents();
    expect((await profile()).flatMap((e: { evidence: Array<{ kind: string }> }) => e.evidence).filter((e: { kind: string }) => e.kind === 'COURSE')).toHaveLength(2);
  });
});
