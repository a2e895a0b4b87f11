import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structurePlugin } from '../src/index.js';
import { codeOf, fieldOf, personId, skillId, unitId } from './support.js';

const PROFILE = 'person { id name } entries { skill { id name categoryName } level evidenceKinds evidence { kind level note recordedById } }';

describe('skills', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let me: string;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin] });
    [owner, hr, manager, employee] = await Promise.all([server.loginAs('owner'), server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
    me = await personId(employee, 'employee@demo.local');
  });
  afterAll(() => server?.close());

  it('has a taxonomy of about eighty skills in five categories', async () => {
    const { skillCategories } = await employee.data('{ skillCategories { name skills { id name categoryName } } }');
    expect(skillCategories.map((c: { name: string }) => c.name)).toEqual(['ML research', 'Systems', 'Data', 'Product & design', 'People & operations']);
    const total = skillCategories.reduce((n: number, c: { skills: unknown[] }) => n + c.skills.length, 0);
    expect(total).toBeGreaterThanOrEqual(80);
    expect(skillCategories[0].skills.every((s: { categoryName: string }) => s.categoryName === 'ML research')).toBe(true);
    const { skills } = await employee.data('{ skills(search: "kernel") { name } }');
    expect(skills.map((s: { name: string }) => s.name)).toEqual(['CUDA kernels', 'Triton kernels']);
    const systems = skillCategories[1].skills.length;
    const cat = await employee.data('{ skillCategories { id name } }');
    const byCat = await employee.data('query($c: ID) { skills(categoryId: $c) { id } }', { c: cat.skillCategories[1].id });
    expect(byCat.skills).toHaveLength(systems);
  });

  it('gives everyone a profile with manager evidence; the employee sees their own notes', async () => {
    const { skillProfile } = await employee.data(`{ skillProfile { ${PROFILE} } }`);
    expect(skillProfile.person.id).toBe(me);
    const byName = new Map(skillProfile.entries.map((e: { skill: { name: string } }) => [e.skill.name, e]));
    expect((byName.get('Distributed training') as { level: number }).level).toBe(4);
    const entry = byName.get('Distributed training') as { evidence: Array<{ kind: string; note: string | null; recordedById: string }> };
    const managerId = await personId(employee, 'manager@demo.local');
    expect(entry.evidence.find((e) => e.kind === 'MANAGER')).toMatchObject({ note: 'Assessed in the 2026 H1 review', recordedById: managerId });
  });

  it("hides other people's evidence notes from employees, not from their managers or skills admins", async () => {
    const other = await personId(employee, 'alex.novak@demo.local');
    const seen = await employee.request(`query($p: ID) { skillProfile(personId: $p) { ${PROFILE} } }`, { p: other });
    expect(seen.data.skillProfile.entries.length).toBeGreaterThan(3);
    expect(seen.data.skillProfile.entries[0].level).toBeGreaterThan(0);
    expect(seen.data.skillProfile.entries[0].evidence[0].note).toBeNull();
    expect(codeOf(seen)).toBe('FORBIDDEN');
    for (const client of [manager, hr]) {
      const r = await client.request(`query($p: ID) { skillProfile(personId: $p) { ${PROFILE} } }`, { p: other });
      expect(r.errors).toBeUndefined();
      expect(r.data.skillProfile.entries[0].evidence.some((e: { note: string | null }) => e.note)).toBe(true);
    }
  });

  it('lets people assess themselves; a self-assessment does not override the manager', async () => {
    const rust = await skillId(employee, 'Rust');
    const first = await employee.data(`mutation($s: ID!) { setOwnSkillLevel(input: { skillId: $s, level: 2, note: "side project" }) { ${PROFILE} } }`, { s: rust });
    const entry = first.setOwnSkillLevel.entries.find((e: { skill: { name: string } }) => e.skill.name === 'Rust');
    expect(entry).toMatchObject({ level: 2, evidenceKinds: ['SELF'] });
    const dist = await skillId(employee, 'Distributed training');
    const again = await employee.data(`mutation($s: ID!) { setOwnSkillLevel(input: { skillId: $s, level: 5 }) { ${PROFILE} } }`, { s: dist });
    const d = again.setOwnSkillLevel.entries.find((e: { skill: { name: string } }) => e.skill.name === 'Distributed training');
    expect(d.level).toBe(4);
    expect(d.evidenceKinds).toContain('SELF');
  });

  it("lets a manager assess their reports only, and skills admins anyone", async () => {
    const rust = await skillId(manager, 'Rust');
    const r = await manager.data(`mutation($p: ID!, $s: ID!) { setSkillLevel(input: { personId: $p, skillId: $s, level: 3, evidence: MANAGER, note: "owns the Rust sidecar" }) { ${PROFILE} } }`, { p: me, s: rust });
    expect(r.setSkillLevel.entries.find((e: { skill: { name: string } }) => e.skill.name === 'Rust')).toMatchObject({ level: 3, evidenceKinds: ['SELF', 'MANAGER'] });
    const researcher = await personId(manager, 'huang.lei@demo.local');
    const denied = await manager.request('mutation($p: ID!, $s: ID!) { setSkillLevel(input: { personId: $p, skillId: $s, level: 3 }) { person { id } } }', { p: researcher, s: rust });
    expect(codeOf(denied)).toBe('FORBIDDEN');
    const review = await hr.data(`mutation($p: ID!, $s: ID!) { setSkillLevel(input: { personId: $p, skillId: $s, level: 1, evidence: REVIEW }) { ${PROFILE} } }`, { p: researcher, s: rust });
    expect(review.setSkillLevel.entries.find((e: { skill: { name: string } }) => e.skill.name === 'Rust').level).toBe(1);
    expect(codeOf(await employee.request('mutation($p: ID!, $s: ID!) { setSkillLevel(input: { personId: $p, skillId: $s, level: 5 }) { person { id } } }', { p: me, s: rust }))).toBe('FORBIDDEN');
    const { auditLog } = await owner.data('{ auditLog(filter: { operation: "setSkillLevel" }) { nodes { actorEmail targetType before after } } }');
    expect(auditLog.nodes.map((n: { actorEmail: string }) => n.actorEmail).sort()).toEqual(['hr@demo.local', 'manager@demo.local']);
    expect(auditLog.nodes[0].targetType).toBe('PersonSkill');
  });

  it('draws the heatmap: units × skills with averages and counts at a threshold', async () => {
    const research = await unitId(employee, 'Research');
    const engineering = await unitId(employee, 'Engineering');
    const pre = await skillId(employee, 'Pre-training');
    const kube = await skillId(employee, 'Kubernetes');
    const { skillHeatmap } = await employee.data(
      'query($u: [ID!], $s: [ID!]) { skillHeatmap(input: { unitIds: $u, skillIds: $s, threshold: 3 }) { threshold units { id name headcount } skills { name } cells { unitId skillId average atLeast assessed } } }',
      { u: [research, engineering], s: [pre, kube] },
    );
    expect(skillHeatmap.units.map((u: { name: string; headcount: number }) => [u.name, u.headcount])).toEqual([['Research', 17], ['Engineering', 20]]);
    expect(skillHeatmap.cells).toHaveLength(4);
    const cell = (u: string, s: string) => skillHeatmap.cells.find((c: { unitId: string; skillId: string }) => c.unitId === u && c.skillId === s);
    expect(cell(research, pre).average).toBeGreaterThan(cell(engineering, pre).average);
    expect(cell(engineering, kube).atLeast).toBeGreaterThan(cell(research, kube).atLeast);
    expect(cell(research, pre).atLeast).toBeGreaterThanOrEqual(10);
    expect(cell(research, pre).assessed).toBeGreaterThanOrEqual(cell(research, pre).atLeast);
    const direct = await employee.data('query($u: [ID!]) { skillHeatmap(input: { unitIds: $u, recursive: false }) { units { headcount } skills { id } cells { unitId } } }', { u: [research] });
    expect(direct.skillHeatmap.units[0].headcount).toBe(1);
    expect(direct.skillHeatmap.cells).toHaveLength(direct.skillHeatmap.skills.length);
    const all = await employee.data('{ skillHeatmap { units { id } skills { id } cells { unitId } } }');
    expect(all.skillHeatmap.cells).toHaveLength(all.skillHeatmap.units.length * all.skillHeatmap.skills.length);
  });

  it('edits the taxonomy (skills admins only) and refuses to delete a skill a project requires', async () => {
    const { createSkillCategory } = await hr.data('mutation { createSkillCategory(input: { name: "Research infrastructure" }) { id name skills { id } } }');
    const { createSkill } = await hr.data('mutation($c: ID!) { createSkill(input: { categoryId: $c, name: "JAX" }) { id name categoryName } }', { c: createSkillCategory.id });
    expect(createSkill).toMatchObject({ name: 'JAX', categoryName: 'Research infrastructure' });
    const { updateSkill } = await hr.data('mutation($id: ID!) { updateSkill(id: $id, input: { name: "JAX & XLA", description: "Compilers" }) { name description } }', { id: createSkill.id });
    expect(updateSkill).toEqual({ name: 'JAX & XLA', description: 'Compilers' });
    expect((await hr.data('mutation($id: ID!) { deleteSkill(id: $id) }', { id: createSkill.id })).deleteSkill).toBe(true);
    const rlhf = await skillId(hr, 'RLHF');
    const refused = await hr.request('mutation($id: ID!) { deleteSkill(id: $id) }', { id: rlhf });
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toMatch(/RLHF is required by 1 project/);
    for (const client of [manager, employee]) {
      expect(codeOf(await client.request('mutation { createSkillCategory(input: { name: "Nope" }) { id } }'))).toBe('FORBIDDEN');
    }
  });

  it('renames a category and deletes it only once it is empty (skills admins only)', async () => {
    const { createSkillCategory: cat } = await hr.data('mutation { createSkillCategory(input: { name: "Evals" }) { id } }');
    const { createSkill } = await hr.data('mutation($c: ID!) { createSkill(input: { categoryId: $c, name: "Benchmark design" }) { id } }', { c: cat.id });
    const { updateSkillCategory } = await hr.data('mutation($id: ID!) { updateSkillCategory(id: $id, input: { name: " Evaluation ", description: "Measuring models" }) { name description skills { name categoryName } } }', { id: cat.id });
    expect(updateSkillCategory).toEqual({ name: 'Evaluation', description: 'Measuring models', skills: [{ name: 'Benchmark design', categoryName: 'Evaluation' }] });

    const taken = await hr.request('mutation($id: ID!) { updateSkillCategory(id: $id, input: { name: "systems" }) { id } }', { id: cat.id });
    expect([codeOf(taken), fieldOf(taken)]).toEqual(['CONFLICT', 'input.name']);
    const blank = await hr.request('mutation($id: ID!) { updateSkillCategory(id: $id, input: { name: "  " }) { id } }', { id: cat.id });
    expect(fieldOf(blank)).toBe('input.name');
    expect(codeOf(await hr.request('mutation { updateSkillCategory(id: "nope", input: { name: "X" }) { id } }'))).toBe('NOT_FOUND');
    for (const client of [manager, employee]) {
      expect(codeOf(await client.request('mutation($id: ID!) { updateSkillCategory(id: $id, input: { name: "Mine" }) { id } }', { id: cat.id }))).toBe('FORBIDDEN');
      expect(codeOf(await client.request('mutation($id: ID!) { deleteSkillCategory(id: $id) }', { id: cat.id }))).toBe('FORBIDDEN');
    }

    const full = await hr.request('mutation($id: ID!) { deleteSkillCategory(id: $id) }', { id: cat.id });
    expect(codeOf(full)).toBe('CONFLICT');
    expect(full.errors?.[0].message).toBe('Evaluation still holds 1 skill(s): move or delete them first');
    const { skillCategories } = await hr.data('{ skillCategories { id name } }');
    expect(skillCategories.find((c: { id: string }) => c.id === cat.id)?.name).toBe('Evaluation');

    await hr.data('mutation($id: ID!) { deleteSkill(id: $id) }', { id: createSkill.id });
    expect((await hr.data('mutation($id: ID!) { deleteSkillCategory(id: $id) }', { id: cat.id })).deleteSkillCategory).toBe(true);
    expect((await hr.data('{ skillCategories { id } }')).skillCategories.some((c: { id: string }) => c.id === cat.id)).toBe(false);
    const { auditLog } = await owner.data('query($id: String) { auditLog(filter: { targetId: $id }) { nodes { operation actorEmail before after } } }', { id: cat.id });
    const ops = auditLog.nodes.map((n: { operation: string }) => n.operation);
    expect(ops).toEqual(expect.arrayContaining(['createSkillCategory', 'updateSkillCategory', 'deleteSkillCategory']));
    const renamed = auditLog.nodes.find((n: { operation: string }) => n.operation === 'updateSkillCategory');
    expect([JSON.parse(renamed.before).name, JSON.parse(renamed.after).name]).toEqual(['Evals', 'Evaluation']);
  });

  it('names bad input and writes nothing', async () => {
    const rust = await skillId(hr, 'Rust');
    const before = (await hr.data('query($p: ID) { skillProfile(personId: $p) { entries { level evidence { id } } } }', { p: me })).skillProfile;
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['mutation($p: ID!, $s: ID!) { setSkillLevel(input: { personId: $p, skillId: $s, level: 7 }) { person { id } } }', { p: me, s: rust }, 'input.level'],
      ['mutation($p: ID!, $s: ID!) { setSkillLevel(input: { personId: $p, skillId: $s, level: 3, evidence: SELF }) { person { id } } }', { p: me, s: rust }, 'input.evidence'],
      ['mutation($p: ID!) { setSkillLevel(input: { personId: $p, skillId: "nope", level: 3 }) { person { id } } }', { p: me }, 'input.skillId'],
      ['mutation($s: ID!) { setSkillLevel(input: { personId: "nope", skillId: $s, level: 3 }) { person { id } } }', { s: rust }, 'input.personId'],
      ['mutation { createSkill(input: { categoryId: "nope", name: "X" }) { id } }', {}, 'input.categoryId'],
      ['mutation { createSkill(input: { categoryId: "nope", name: "" }) { id } }', {}, 'input.name'],
      ['{ skillHeatmap(input: { threshold: 9 }) { threshold } }', {}, 'input.threshold'],
      ['{ skillHeatmap(input: { unitIds: ["nope"] }) { threshold } }', {}, 'input.unitIds'],
    ];
    for (const [query, vars, field] of cases) {
      const r = await hr.request(query, vars);
      expect(fieldOf(r), query).toBe(field);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
    }
    const dup = await hr.request('mutation { createSkillCategory(input: { name: "data" }) { id } }');
    expect([codeOf(dup), fieldOf(dup)]).toEqual(['CONFLICT', 'input.name']);
    const after = (await hr.data('query($p: ID) { skillProfile(personId: $p) { entries { level evidence { id } } } }', { p: me })).skillProfile;
    expect(after).toEqual(before);
  });
});
