import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structurePlugin } from '../src/index.js';
import { codeOf, fieldOf, personId, projectByName, skillId, unitId } from './support.js';

const PROJECT = 'id name ownerUnitId ownerUnitName status startDate endDate priority headcountMin headcountMax headcount staffing requirements { skillId skillName minLevel weight } assignments { personId person { name } unitId allocation } unitIds crossUnit';

describe('projects', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin] });
    [owner, hr, manager, employee] = await Promise.all([server.loginAs('owner'), server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
  });
  afterAll(() => server?.close());

  it('seeds fifteen projects, highest priority first, some spanning units', async () => {
    const { projects } = await employee.data(`{ projects { ${PROJECT} } }`);
    expect(projects).toHaveLength(15);
    expect(projects.map((p: { priority: number }) => p.priority)).toEqual([...projects.map((p: { priority: number }) => p.priority)].sort((a, b) => b - a));
    const atlas = projects.find((p: { name: string }) => p.name === 'Atlas-2 pre-training run');
    expect(atlas).toMatchObject({ ownerUnitName: 'Pre-training', status: 'ACTIVE', priority: 5, headcountMin: 3, headcountMax: 8, headcount: 5, staffing: 'STAFFED', crossUnit: true });
    expect(atlas.requirements[0]).toMatchObject({ skillName: 'Pre-training', minLevel: 4, weight: 3 });
    expect(atlas.unitIds).toHaveLength(2);
    const harness = projects.find((p: { name: string }) => p.name === 'Evaluation harness');
    expect(harness).toMatchObject({ headcount: 0, staffing: 'UNDERSTAFFED', status: 'PLANNED' });
    const { projects: cross } = await employee.data('{ projects(filter: { crossUnit: true }) { name } }');
    expect(cross.map((p: { name: string }) => p.name).sort()).toEqual(['Atlas-2 pre-training run', 'Consumer app redesign', 'Public API platform', 'RLHF pipeline v3']);
  });

  it('filters by unit (with or without sub-units), status and person', async () => {
    const engineering = await unitId(employee, 'Engineering');
    const sub = await employee.data('query($u: ID) { projects(filter: { unitId: $u }) { name } }', { u: engineering });
    expect(sub.projects).toHaveLength(6);
    const own = await employee.data('query($u: ID) { projects(filter: { unitId: $u, includeSubunits: false }) { name } }', { u: engineering });
    expect(own.projects).toEqual([]);
    const planned = await employee.data('{ projects(filter: { status: PLANNED }) { name } }');
    expect(planned.projects.map((p: { name: string }) => p.name).sort()).toEqual(['Evaluation harness', 'Speech interface prototype']);
    const me = await personId(employee, 'employee@demo.local');
    const mine = await employee.data('query($p: ID) { projects(filter: { personId: $p }) { name } }', { p: me });
    expect(mine.projects.map((p: { name: string }) => p.name)).toEqual(['Atlas-2 pre-training run']);
    const bad = await employee.request('{ projects(filter: { unitId: "nope" }) { name } }');
    expect(fieldOf(bad)).toBe('filter.unitId');
  });

  it('lets a manager create and staff projects of their unit, not of others', async () => {
    const infra = await unitId(manager, 'ML Infrastructure');
    const research = await unitId(manager, 'Research');
    const { createProject } = await manager.data(`mutation($u: ID) { createProject(input: { name: "Elastic training", ownerUnitId: $u, priority: 3, headcountMin: 1, headcountMax: 2, startDate: "2026-09-01" }) { ${PROJECT} } }`, { u: infra });
    expect(createProject).toMatchObject({ name: 'Elastic training', status: 'PLANNED', headcount: 0, staffing: 'UNDERSTAFFED', startDate: '2026-09-01' });
    const kube = await skillId(manager, 'Kubernetes');
    const dist = await skillId(manager, 'Distributed training');
    const { setProjectRequirements } = await manager.data(
      'mutation($p: ID!, $a: ID!, $b: ID!) { setProjectRequirements(input: { projectId: $p, requirements: [{ skillId: $a, minLevel: 3, weight: 2 }, { skillId: $b, minLevel: 4 }] }) { requirements { skillName minLevel weight } } }',
      { p: createProject.id, a: kube, b: dist },
    );
    expect(setProjectRequirements.requirements).toEqual([
      { skillName: 'Kubernetes', minLevel: 3, weight: 2 },
      { skillName: 'Distributed training', minLevel: 4, weight: 1 },
    ]);
    const han = await personId(manager, 'han.xue@demo.local');
    await manager.data('mutation($p: ID!) { updateProject(id: $p, input: { status: ACTIVE }) { id } }', { p: createProject.id });
    // Han Xue is fully on Checkpoint storage: adding 30% would be 130%.
    const over = await manager.request('mutation($p: ID!, $h: ID!) { assignToProject(input: { projectId: $p, personId: $h, allocation: 30 }) { id } }', { p: createProject.id, h: han });
    expect([codeOf(over), fieldOf(over)]).toEqual(['BAD_USER_INPUT', 'input.allocation']);
    expect(over.errors?.[0].message).toMatch(/130%/);
    const checkpoint = await projectByName(manager, 'Checkpoint storage tier');
    await manager.data('mutation($p: ID!, $h: ID!) { assignToProject(input: { projectId: $p, personId: $h, allocation: 70 }) { id } }', { p: checkpoint.id, h: han });
    const { assignToProject } = await manager.data(`mutation($p: ID!, $h: ID!) { assignToProject(input: { projectId: $p, personId: $h, allocation: 30 }) { ${PROJECT} } }`, { p: createProject.id, h: han });
    expect(assignToProject.assignments).toEqual([{ personId: han, person: { name: '韩雪 Han Xue' }, unitId: infra, allocation: 30 }]);
    const { unassignFromProject } = await manager.data('mutation($p: ID!, $h: ID!) { unassignFromProject(projectId: $p, personId: $h) { headcount } }', { p: createProject.id, h: han });
    expect(unassignFromProject.headcount).toBe(0);

    const foreign = await manager.request('mutation($u: ID) { createProject(input: { name: "Not mine", ownerUnitId: $u, headcountMax: 2 }) { id } }', { u: research });
    expect(codeOf(foreign)).toBe('FORBIDDEN');
    const atlas = await projectByName(manager, 'Atlas-2 pre-training run');
    expect(codeOf(await manager.request('mutation($p: ID!) { updateProject(id: $p, input: { priority: 1 }) { id } }', { p: atlas.id }))).toBe('FORBIDDEN');
    expect(codeOf(await manager.request('mutation { createProject(input: { name: "Company-wide", headcountMax: 2 }) { id } }'))).toBe('FORBIDDEN');
    const { createProject: hrs } = await hr.data('mutation { createProject(input: { name: "Company-wide offsite", headcountMax: 2 }) { ownerUnitId } }');
    expect(hrs.ownerUnitId).toBeNull();
    const { auditLog } = await owner.data('{ auditLog(filter: { operation: "assignToProject" }) { nodes { actorEmail targetType after } } }');
    expect(auditLog.nodes[0]).toMatchObject({ actorEmail: 'manager@demo.local', targetType: 'StructureAssignment' });
  });

  it('refuses employees every project write', async () => {
    const atlas = await projectByName(employee, 'Atlas-2 pre-training run');
    const me = await personId(employee, 'employee@demo.local');
    for (const [query, vars] of [
      ['mutation { createProject(input: { name: "Mine", headcountMax: 1 }) { id } }', {}],
      ['mutation($p: ID!) { updateProject(id: $p, input: { priority: 1 }) { id } }', { p: atlas.id }],
      ['mutation($p: ID!, $m: ID!) { assignToProject(input: { projectId: $p, personId: $m, allocation: 10 }) { id } }', { p: atlas.id, m: me }],
      ['mutation($p: ID!, $m: ID!) { unassignFromProject(projectId: $p, personId: $m) { id } }', { p: atlas.id, m: me }],
      ['mutation($p: ID!) { setProjectRequirements(input: { projectId: $p, requirements: [] }) { id } }', { p: atlas.id }],
    ] as Array<[string, Record<string, unknown>]>) {
      expect(codeOf(await employee.request(query, vars)), query).toBe('FORBIDDEN');
    }
    expect((await projectByName(employee, 'Atlas-2 pre-training run')).headcount).toBe(5);
  });

  it('keeps headcount within the maximum and closed projects closed', async () => {
    const speech = await projectByName(hr, 'Speech interface prototype');
    await hr.data('mutation($p: ID!) { updateProject(id: $p, input: { headcountMax: 1 }) { id } }', { p: speech.id });
    // Mia Fischer is on no project, so only the headcount can stop her.
    const other = await personId(hr, 'mia.fischer@demo.local');
    const full = await hr.request('mutation($p: ID!, $m: ID!) { assignToProject(input: { projectId: $p, personId: $m, allocation: 10 }) { id } }', { p: speech.id, m: other });
    expect(codeOf(full)).toBe('CONFLICT');
    expect(full.errors?.[0].message).toMatch(/full/);
    const shrink = await hr.request('mutation($p: ID!) { updateProject(id: $p, input: { headcountMin: 0, headcountMax: 0 }) { id } }', { p: speech.id });
    expect(fieldOf(shrink)).toBe('input.headcountMax');
    await hr.data('mutation($p: ID!) { updateProject(id: $p, input: { status: CLOSED, headcountMax: 3 }) { id } }', { p: speech.id });
    const closed = await hr.request('mutation($p: ID!, $m: ID!) { assignToProject(input: { projectId: $p, personId: $m, allocation: 10 }) { id } }', { p: speech.id, m: other });
    expect(codeOf(closed)).toBe('CONFLICT');
    await hr.data('mutation($p: ID!) { updateProject(id: $p, input: { status: PLANNED }) { id } }', { p: speech.id });
  });

  it('keeps staffing preferences private to the person, their managers and project admins', async () => {
    const inference = await projectByName(employee, 'Inference runtime 2.0');
    const harness = await projectByName(employee, 'Evaluation harness');
    const mine = await employee.data('{ staffingPreferences { projectName strength } }');
    expect(mine.staffingPreferences).toEqual([{ projectName: 'Inference runtime 2.0', strength: 0.5 }]);
    const set = await employee.data('mutation($p: ID!) { setStaffingPreference(input: { projectId: $p, strength: 0.9 }) { projectName strength } }', { p: harness.id });
    expect(set.setStaffingPreference).toEqual([{ projectName: 'Evaluation harness', strength: 0.9 }, { projectName: 'Inference runtime 2.0', strength: 0.5 }]);
    const cleared = await employee.data('mutation($p: ID!) { setStaffingPreference(input: { projectId: $p, strength: 0 }) { projectName } }', { p: inference.id });
    expect(cleared.setStaffingPreference.map((p: { projectName: string }) => p.projectName)).toEqual(['Evaluation harness']);

    const me = await personId(employee, 'employee@demo.local');
    expect((await manager.data('query($p: ID) { staffingPreferences(personId: $p) { strength } }', { p: me })).staffingPreferences).toEqual([{ strength: 0.9 }]);
    expect((await hr.data('query($p: ID) { staffingPreferences(personId: $p) { strength } }', { p: me })).staffingPreferences).toHaveLength(1);
    const colleague = await personId(employee, 'lucas.silva@demo.local');
    expect(codeOf(await employee.request('query($p: ID) { staffingPreferences(personId: $p) { strength } }', { p: colleague }))).toBe('FORBIDDEN');
    expect(codeOf(await employee.request('mutation($p: ID!, $q: ID!) { setStaffingPreference(input: { personId: $p, projectId: $q, strength: 1 }) { strength } }', { p: colleague, q: harness.id }))).toBe('FORBIDDEN');
    const bad = await employee.request('mutation($q: ID!) { setStaffingPreference(input: { projectId: $q, strength: 2 }) { strength } }', { q: harness.id });
    expect(fieldOf(bad)).toBe('input.strength');
    expect(fieldOf(await employee.request('mutation { setStaffingPreference(input: { projectId: "nope", strength: 1 }) { strength } }'))).toBe('input.projectId');
  });

  it('draws the collaboration graph from shared projects, rolled up on request', async () => {
    const { collaborationGraph } = await employee.data('{ collaborationGraph { nodes { unitId name headcount projects } edges { sourceUnitId targetUnitId weight projectNames sources { source } } sources } }');
    const name = new Map(collaborationGraph.nodes.map((n: { unitId: string; name: string }) => [n.unitId, n.name]));
    expect(collaborationGraph.nodes).toHaveLength(13);
    const pairs = collaborationGraph.edges.map((e: { sourceUnitId: string; targetUnitId: string }) => [name.get(e.sourceUnitId), name.get(e.targetUnitId)].sort().join(' + '));
    expect(pairs).toContain('ML Infrastructure + Pre-training');
    expect(pairs).toContain('Alignment + Data Platform');
    expect(pairs).toContain('Inference + Product');
    const atlasEdge = collaborationGraph.edges.find((e: { projectNames: string[] }) => e.projectNames.includes('Atlas-2 pre-training run'));
    expect(atlasEdge.weight).toBe(1);
    expect(collaborationGraph.sources).toEqual([]);
    const top = await employee.data('{ collaborationGraph(depth: 1) { nodes { name headcount } edges { weight projectNames } } }');
    const topNames = top.collaborationGraph.nodes.map((n: { name: string }) => n.name);
    expect(topNames).toEqual(['Leadership', 'Research', 'Engineering', 'Product', 'Operations']);
    expect(top.collaborationGraph.nodes.find((n: { name: string }) => n.name === 'Research').headcount).toBe(17);
    const researchEngineering = top.collaborationGraph.edges.find((e: { projectNames: string[] }) => e.projectNames.includes('RLHF pipeline v3'));
    expect(researchEngineering.projectNames.sort()).toEqual(['Atlas-2 pre-training run', 'RLHF pipeline v3']);
    expect(researchEngineering.weight).toBe(2);
    expect(fieldOf(await employee.request('{ collaborationGraph(depth: -1) { nodes { name } } }'))).toBe('depth');
  });

  it('forgets people the core deleted: off their projects and out of plans', async () => {
    const olivia = await personId(hr, 'olivia.martin@demo.local');
    const speech = await projectByName(hr, 'Speech interface prototype');
    expect(speech.assignments.map((a) => a.personId)).toContain(olivia);
    expect((await hr.data('mutation($id: ID!) { deletePerson(id: $id) }', { id: olivia })).deletePerson).toBe(true);
    expect((await projectByName(hr, 'Speech interface prototype')).assignments.map((a) => a.personId)).not.toContain(olivia);
    const { proposeStaffingPlan } = await hr.data('mutation { proposeStaffingPlan { assignments { person { id } } changes { person { id } } } }');
    expect(JSON.stringify(proposeStaffingPlan)).not.toContain(olivia);
  });

  it('names bad project input and writes nothing', async () => {
    const before = (await hr.data('{ projects { id } }')).projects.length;
    const cases: Array<[string, string]> = [
      ['{ name: "", headcountMax: 1 }', 'input.name'],
      ['{ name: "X", headcountMax: 0 }', 'input.headcountMax'],
      ['{ name: "X", headcountMin: 3, headcountMax: 2 }', 'input.headcountMax'],
      ['{ name: "X", headcountMax: 2, priority: 6 }', 'input.priority'],
      ['{ name: "X", headcountMax: 2, startDate: "2026-02-30" }', 'input.startDate'],
      ['{ name: "X", headcountMax: 2, startDate: "2026-05-01", endDate: "2026-04-01" }', 'input.endDate'],
      ['{ name: "X", headcountMax: 2, ownerUnitId: "nope" }', 'input.ownerUnitId'],
      ['{ name: "atlas-2 PRE-TRAINING run", headcountMax: 2 }', 'input.name'],
    ];
    for (const [input, field] of cases) {
      const r = await hr.request(`mutation { createProject(input: ${input}) { id } }`);
      expect(fieldOf(r), input).toBe(field);
    }
    const atlas = await projectByName(hr, 'Atlas-2 pre-training run');
    const rlhf = await skillId(hr, 'RLHF');
    const reqs = await hr.request('mutation($p: ID!, $s: ID!) { setProjectRequirements(input: { projectId: $p, requirements: [{ skillId: $s, minLevel: 3 }, { skillId: $s, minLevel: 2 }] }) { id } }', { p: atlas.id, s: rlhf });
    expect(fieldOf(reqs)).toBe('input.requirements.1.skillId');
    const level = await hr.request('mutation($p: ID!, $s: ID!) { setProjectRequirements(input: { projectId: $p, requirements: [{ skillId: $s, minLevel: 9 }] }) { id } }', { p: atlas.id, s: rlhf });
    expect(fieldOf(level)).toBe('input.requirements.0.minLevel');
    const allocation = await hr.request('mutation($p: ID!) { assignToProject(input: { projectId: $p, personId: "x", allocation: 0 }) { id } }', { p: atlas.id });
    expect(fieldOf(allocation)).toBe('input.allocation');
    const nobody = await hr.request('mutation($p: ID!) { assignToProject(input: { projectId: $p, personId: "nope", allocation: 10 }) { id } }', { p: atlas.id });
    expect(fieldOf(nobody)).toBe('input.personId');
    expect((await hr.data('{ projects { id } }')).projects.length).toBe(before);
    expect((await hr.data('query($id: ID!) { project(id: $id) { requirements { skillName } } }', { id: atlas.id })).project.requirements).toHaveLength(4);
  });
});
