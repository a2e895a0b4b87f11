import { RequestContexts } from '@cadre/sdk';
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Typed as dependants type them (the contracts file, types only) and looked up by the published ids.
import type { StructureCollaboration, StructureOrg, StructureProjects, StructureSkills } from '../src/contracts.js';
import { structurePlugin } from '../src/index.js';
import { codeOf, personId, skillId, unitId } from './support.js';


describe('published services', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let tenantId: string;
  const token = <T>(name: string) => server.app.app.get<string, T>(name, { strict: false });
  const asSystem = <T>(fn: () => Promise<T>) => RequestContexts.run(RequestContexts.system(tenantId), fn);
  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin] });
    hr = await server.loginAs('hr');
    tenantId = (await hr.data('{ me { tenant { id } } }')).me.tenant.id;
  });
  afterAll(() => server?.close());

  it("'structure.org' gives the tree and membership, as the GraphQL API does", async () => {
    const org = token<StructureOrg>('structure.org');
    const units = await asSystem(() => org.units());
    const { orgUnits } = await hr.data('{ orgUnits { id name kind parentId leadId } }');
    expect(units).toEqual(orgUnits.map((u: { kind: string }) => ({ ...u, kind: u.kind.toLowerCase() })));
    const infra = await unitId(hr, 'ML Infrastructure');
    const me = await personId(hr, 'employee@demo.local');
    expect(await asSystem(() => org.unitOfPerson(me))).toBe(infra);
    expect(await asSystem(() => org.membersOf(infra))).toHaveLength(7);
    const engineering = await unitId(hr, 'Engineering');
    expect(await asSystem(() => org.membersOf(engineering, true))).toHaveLength(20);
    expect(await asSystem(() => org.membersOf('nope'))).toEqual([]);
    // Every unit's members from one read: each list as membersOf(unit, true) gives it, in its order.
    const byUnit = await asSystem(() => org.membersByUnit());
    expect([...byUnit.keys()].sort()).toEqual(units.map((u) => u.id).sort());
    for (const u of units) expect(byUnit.get(u.id), u.name).toEqual(await asSystem(() => org.membersOf(u.id, true)));
    expect(byUnit.get(engineering)).toHaveLength(20);
  });

  it("'structure.skills' reads profiles and takes knowledge evidence that raises a level", async () => {
    const skills = token<StructureSkills>('structure.skills');
    const all = await asSystem(() => skills.skills());
    expect(all.length).toBeGreaterThanOrEqual(80);
    expect(all.find((s) => s.name === 'RLHF')).toMatchObject({ categoryName: 'ML research' });
    const me = await personId(hr, 'employee@demo.local');
    const triton = await skillId(hr, 'Triton kernels');
    const before = await asSystem(() => skills.profile(me));
    expect(before.find((e) => e.skillId === triton)).toBeUndefined();
    await asSystem(() => skills.addEvidence(me, triton, 4, 'knowledge', 'Authored "Fused attention in Triton" (tech_blog)'));
    const after = await asSystem(() => skills.profile(me));
    expect(after.find((e) => e.skillId === triton)).toEqual({ skillId: triton, level: 4, evidence: ['knowledge'] });
    const { skillProfile } = await hr.data('query($p: ID) { skillProfile(personId: $p) { entries { skill { id } level evidenceKinds evidence { note } } } }', { p: me });
    expect(skillProfile.entries.find((e: { skill: { id: string } }) => e.skill.id === triton)).toMatchObject({ level: 4, evidenceKinds: ['KNOWLEDGE'], evidence: [{ note: 'Authored "Fused attention in Triton" (tech_blog)' }] });
    const profiles = await asSystem(() => skills.profiles([me]));
    expect(profiles.get(me)!.find((e) => e.skillId === triton)!.level).toBe(4);
    expect((await asSystem(() => skills.profiles())).size).toBe(60);
    await expect(asSystem(() => skills.addEvidence(me, triton, 9, 'knowledge'))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(asSystem(() => skills.addEvidence(me, 'nope', 3, 'knowledge'))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it("'structure.projects' lists open projects with needs and people", async () => {
    const projects = await asSystem(() => token<StructureProjects>('structure.projects').projects());
    expect(projects).toHaveLength(15);
    const atlas = projects.find((p) => p.name === 'Atlas-2 pre-training run')!;
    expect(atlas).toMatchObject({ priority: 5, headcountMin: 3, headcountMax: 8 });
    expect(atlas.requirements).toHaveLength(4);
    expect(atlas.assignedPersonIds).toContain(await personId(hr, 'employee@demo.local'));
  });

  it("'structure.collaboration' lets a plugin add edges to the collaboration graph", async () => {
    const research = await unitId(hr, 'Pre-training');
    const product = await unitId(hr, 'Design');
    token<StructureCollaboration>('structure.collaboration').register('knowledge', { coAuthorEdges: async () => [{ unitA: research, unitB: product, weight: 2 }] });
    const { collaborationGraph } = await hr.data('{ collaborationGraph { edges { sourceUnitId targetUnitId weight projectIds sources { source weight } } sources } }');
    expect(collaborationGraph.sources).toEqual(['knowledge']);
    const edge = collaborationGraph.edges.find((e: { sourceUnitId: string; targetUnitId: string }) => [e.sourceUnitId, e.targetUnitId].sort().join() === [research, product].sort().join());
    expect(edge).toEqual({ sourceUnitId: edge.sourceUnitId, targetUnitId: edge.targetUnitId, weight: 2, projectIds: [], sources: [{ source: 'knowledge', weight: 2 }] });
    const without = await hr.data('{ collaborationGraph(includeSources: false) { edges { projectIds } } }');
    expect(without.collaborationGraph.edges.every((e: { projectIds: string[] }) => e.projectIds.length > 0)).toBe(true);
  });

  // Last: it changes the roster.
  it("'structure.org' membership by unit leaves a leaver out, as membersOf does", async () => {
    const org = token<StructureOrg>('structure.org');
    const leaver = await personId(hr, 'peng.bo@demo.local');
    await hr.data('mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { status } }', { id: leaver, input: { status: 'terminated', departure: { type: 'voluntary' } } });
    const byUnit = await asSystem(() => org.membersByUnit());
    expect([...byUnit.values()].some((ids) => ids.includes(leaver))).toBe(false);
    const engineering = await unitId(hr, 'Engineering');
    expect(byUnit.get(engineering)).toEqual(await asSystem(() => org.membersOf(engineering, true)));
    expect(byUnit.get(engineering)).toHaveLength(19);
  });
});

describe('tenant isolation', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin] });
  });
  afterAll(() => server?.close());

  it("shows another tenant nothing of the demo's structure and refuses its ids", async () => {
    const hr = await server.loginAs('hr');
    const other = await server.createTenant('other-structure');
    const empty = await other.data('{ orgUnits { id } skills { id } skillCategories { id } projects { id } staffingPlans { id } collaborationGraph { nodes { unitId } } spanOfControl { managers { directReports } } }');
    expect(empty).toEqual({ orgUnits: [], skills: [], skillCategories: [], projects: [], staffingPlans: [], collaborationGraph: { nodes: [] }, spanOfControl: { managers: [] } });
    const unit = await unitId(hr, 'Research');
    const plan = (await hr.data('mutation { proposeStaffingPlan { id } }')).proposeStaffingPlan;
    const { projects } = await hr.data('{ projects { id } }');
    const rust = await skillId(hr, 'Rust');
    expect(codeOf(await other.request('query($id: ID!) { orgUnit(id: $id) { id } }', { id: unit }))).toBe('NOT_FOUND');
    expect(codeOf(await other.request('query($id: ID!) { staffingPlan(id: $id) { id } }', { id: plan.id }))).toBe('NOT_FOUND');
    expect(codeOf(await other.request('mutation($id: ID!) { applyStaffingPlan(id: $id) { id } }', { id: plan.id }))).toBe('NOT_FOUND');
    expect(codeOf(await other.request('query($id: ID!) { project(id: $id) { id } }', { id: projects[0].id }))).toBe('NOT_FOUND');
    expect(codeOf(await other.request('mutation($id: ID!) { updateSkill(id: $id, input: { name: "Mine" }) { id } }', { id: rust }))).toBe('NOT_FOUND');
    const moved = await other.request('mutation($p: ID) { createOrgUnit(input: { name: "Sub", kind: TECHNICAL, parentId: $p }) { id } }', { p: unit });
    expect(codeOf(moved)).toBe('BAD_USER_INPUT');
    const none = await other.request('mutation { proposeStaffingPlan { id } }');
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitId' });
    expect(none.errors?.[0].message).toMatch(/no open projects/);
    // The demo is untouched.
    expect((await hr.data('{ orgUnits { id } }')).orgUnits).toHaveLength(13);
    expect((await hr.data('{ skills { name } }')).skills.some((s: { name: string }) => s.name === 'Rust')).toBe(true);
  });
});
