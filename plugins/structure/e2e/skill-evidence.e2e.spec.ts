// How evidence combines (#18): a manager's or review assessment decides the level; the person's
// own evidence (self, knowledge, course) cannot lift it, and is shown as a claim to confirm.
import { DataService, EventBus, RequestContexts } from '@cadre/sdk';
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StructureSkills } from '../src/contracts.js';
import { structurePlugin } from '../src/index.js';
import { recomputeSkillLevels } from '../src/migrations/20261204100000-skill-evidence-precedence.migration.js';
import { CourseCompleted } from '../src/skills/course-completed.event.js';
import { personId, skillId } from './support.js';

const entryOf = (profile: { entries: Array<{ skill: { id: string } }> }, id: string) => profile.entries.find((e) => e.skill.id === id) as Record<string, any> | undefined;
const LEVEL = 'entries { skill { id } level evidenceKinds evidence { kind level } }';
const SOURCES = 'entries { skill { id } level levelSource claimedLevel sources { kind level decides claimAboveAssessed recordedAt } evidence { kind level note } }';

describe('skill evidence precedence', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let me: string;
  let tenantId: string;
  let skills: StructureSkills;
  const asSystem = <T>(fn: () => Promise<T>) => RequestContexts.run(RequestContexts.system(tenantId), fn);
  const profile = async (fields: string) => (await hr.data(`query($p: ID) { skillProfile(personId: $p) { ${fields} } }`, { p: me })).skillProfile;
  // Skills the employee has no evidence in yet (the demo seeds a profile for everyone).
  const freshSkill = async (name: string) => {
    const id = await skillId(hr, name);
    expect(entryOf(await profile(LEVEL), id)).toBeUndefined();
    return id;
  };

  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin] });
    [hr, manager, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
    me = await personId(hr, 'employee@demo.local');
    tenantId = (await hr.data('{ me { tenant { id } } }')).me.tenant.id;
    skills = server.app.app.get<string, StructureSkills>('structure.skills', { strict: false });
  });
  afterAll(() => server?.close());

  it("keeps the manager's level when the person's own knowledge and self-assessment claim more (#18)", async () => {
    const triton = await freshSkill('Triton kernels');
    const atLeast3 = async () => (await hr.data('query($s: [ID!]) { skillHeatmap(input: { skillIds: $s, threshold: 3, recursive: false }) { cells { atLeast } } }', { s: [triton] })).skillHeatmap.cells.reduce((n: number, c: { atLeast: number }) => n + c.atLeast, 0);
    const before = await atLeast3();
    await manager.data('mutation($p: ID!, $s: ID!) { setSkillLevel(input: { personId: $p, skillId: $s, level: 2, evidence: MANAGER }) { person { id } } }', { p: me, s: triton });
    // The knowledge plugin records an authored item through 'structure.skills', as it does on publication.
    await asSystem(() => skills.addEvidence(me, triton, 4, 'knowledge', 'Authored "Fused attention in Triton" (paper)'));
    await employee.data('mutation($s: ID!) { setOwnSkillLevel(input: { skillId: $s, level: 4 }) { person { id } } }', { s: triton });
    const entry = entryOf(await profile(LEVEL), triton)!;
    expect(entry.level).toBe(2);
    expect(entry.evidenceKinds).toEqual(['SELF', 'MANAGER', 'KNOWLEDGE']);
    // Staffing, the expertise finder and gap analysis read this level.
    const levels = await asSystem(() => skills.profiles([me]));
    expect(levels.get(me)!.find((l) => l.skillId === triton)!.level).toBe(2);
    expect(await atLeast3()).toBe(before);
  });

  it('names the deciding source and shows each source, with the claims above the assessed level', async () => {
    const triton = await skillId(hr, 'Triton kernels');
    const entry = entryOf(await profile(SOURCES), triton)!;
    expect(entry).toMatchObject({ level: 2, levelSource: 'MANAGER', claimedLevel: 4 });
    expect(entry.sources.map((s: Record<string, unknown>) => [s.kind, s.level, s.decides, s.claimAboveAssessed])).toEqual([
      ['SELF', 4, false, true],
      ['MANAGER', 2, true, false],
      ['KNOWLEDGE', 4, false, true],
    ]);
    expect(entry.sources.every((s: { recordedAt: string }) => /^\d{4}-\d\d-\d\dT/.test(s.recordedAt))).toBe(true);
    // The manager looks again and confirms 4: the claims are settled.
    await manager.data('mutation($p: ID!, $s: ID!) { setSkillLevel(input: { personId: $p, skillId: $s, level: 4 }) { person { id } } }', { p: me, s: triton });
    expect(entryOf(await profile(SOURCES), triton)).toMatchObject({ level: 4, levelSource: 'MANAGER', claimedLevel: null });
  });

  it('lets self and knowledge evidence decide when no manager or review assessed the skill', async () => {
    const cuda = await freshSkill('CUDA kernels');
    await employee.data('mutation($s: ID!) { setOwnSkillLevel(input: { skillId: $s, level: 2 }) { person { id } } }', { s: cuda });
    expect(entryOf(await profile(SOURCES), cuda)).toMatchObject({ level: 2, levelSource: 'SELF', claimedLevel: null });
    await asSystem(() => skills.addEvidence(me, cuda, 3, 'knowledge', 'Authored "Warp-level reductions" (design_doc)'));
    expect(entryOf(await profile(SOURCES), cuda)).toMatchObject({ level: 3, levelSource: 'KNOWLEDGE', claimedLevel: null });
  });

  it('records a completed course as course evidence once, however often the event is delivered', async () => {
    const jax = await skillId(hr, 'Kubernetes');
    const payload = { enrolmentId: 'enrolment-1', personId: me, courseId: 'course-1', courseTitle: 'Kubernetes for ML', skills: [{ skillId: jax, level: 3 }, { skillId: 'gone', level: 2 }], completedAt: new Date().toISOString() };
    const bus = server.get(EventBus);
    await asSystem(() => bus.emit(CourseCompleted, payload));
    await asSystem(() => bus.emit(CourseCompleted, payload)); // the same completion announced twice
    await server.flushEvents();
    const entry = entryOf(await profile(SOURCES), jax)!;
    expect(entry.evidence.filter((e: { kind: string }) => e.kind === 'COURSE')).toEqual([{ kind: 'COURSE', level: 3, note: 'Completed the course "Kubernetes for ML"' }]);
    expect(entry.sources.map((s: { kind: string }) => s.kind)).toContain('COURSE');
  });

  it('recomputes levels stored under the old rule (the migration)', async () => {
    const rust = await skillId(hr, 'Rust');
    await manager.data('mutation($p: ID!, $s: ID!) { setSkillLevel(input: { personId: $p, skillId: $s, level: 1 }) { person { id } } }', { p: me, s: rust });
    await asSystem(() => skills.addEvidence(me, rust, 4, 'knowledge', 'Authored "Rust sidecars" (paper)'));
    const data = server.get(DataService);
    // What the old rule stored: knowledge lifted the manager's 1 to 4.
    const sql = data.postgres ? 'UPDATE structure_person_skills SET level = 4 WHERE "personId" = $1 AND "skillId" = $2' : 'UPDATE structure_person_skills SET level = 4 WHERE "personId" = ? AND "skillId" = ?';
    await data.dataSource.query(sql, [me, rust]);
    expect(entryOf(await profile(LEVEL), rust)!.level).toBe(4);
    const runner = data.dataSource.createQueryRunner();
    try {
      expect(await recomputeSkillLevels(runner)).toBeGreaterThanOrEqual(1);
      expect(await recomputeSkillLevels(runner)).toBe(0);
    } finally {
      await runner.release();
    }
    expect(entryOf(await profile(LEVEL), rust)!.level).toBe(1);
  });
});
