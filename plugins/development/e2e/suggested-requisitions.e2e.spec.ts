// #18 "plugins that connect": a requisition suggested by team-gap analysis arrives in attraction
// with org unit, hiring manager (the unit's lead), job level (the career level expecting the
// skill) and job family (most of the unit's people) filled — a draft to complete, not to start.
import { attractionPlugin } from '@cadre/plugin-attraction';
import { knowledgePlugin } from '@cadre/plugin-knowledge';
import { structurePlugin } from '@cadre/plugin-structure';
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentPlugin } from '../src/index.js';
import { personIds } from './support/demo.js';

describe('gap-suggested requisitions in attraction', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let ids: Record<string, string>;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin, knowledgePlugin, attractionPlugin, developmentPlugin] });
    [hr, manager] = await Promise.all([server.loginAs('hr'), server.loginAs('manager')]);
    ids = await personIds(hr);
  });
  afterAll(() => server?.close());

  it('fills family, level, org unit and hiring manager where known', async () => {
    const { orgUnits } = await hr.data('{ orgUnits { id name leadId } }');
    const unit = orgUnits.find((u: { name: string }) => u.name === 'ML Infrastructure');
    expect(unit.leadId).toBe(ids.manager);
    const { skills } = await hr.data('{ skills { id name } }');
    const imageGen = skills.find((s: { name: string }) => s.name === 'Image generation').id;

    // The IC ladder expects image generation from P7 (4) and P8 (5): a hire at 4 is a P7.
    const { careerLadders } = await hr.data('{ careerLadders { id track levels { code rank title description expectations { skillId level } } } }');
    const ic = careerLadders.find((l: { track: string }) => l.track === 'IC');
    for (const [code, level] of [['P7', 4], ['P8', 5]] as const) {
      const l = ic.levels.find((x: { code: string }) => x.code === code);
      await hr.data('mutation($i: CareerLevelInput!) { upsertCareerLevel(input: $i) { code } }', {
        i: { ladderId: ic.id, code, rank: l.rank, title: l.title, description: l.description, expectations: [...l.expectations, { skillId: imageGen, level }] },
      });
    }
    // A project the unit cannot staff: nobody is near image generation 4.
    const { createProject } = await hr.data('mutation($u: ID) { createProject(input: { name: "Diffusion serving", ownerUnitId: $u, priority: 1, headcountMin: 1, headcountMax: 2 }) { id } }', { u: unit.id });
    await hr.data('mutation($i: SetProjectRequirementsInput!) { setProjectRequirements(input: $i) { id } }', { i: { projectId: createProject.id, requirements: [{ skillId: imageGen, minLevel: 4, weight: 1 }] } });

    await manager.data('mutation($u: ID) { suggestRequisitions(unitId: $u) { requisitions { skillId } } }', { u: unit.id });
    await server.flushEvents();
    await server.flushEvents();
    const { requisitions } = await hr.data('{ requisitions(filter: { status: "draft" }) { title origin orgUnitId jobFamily level hiringManagerId missingForApproval } }');
    const drafted = requisitions.filter((r: { origin: string; title: string }) => r.origin === 'development' && r.title === 'Image generation specialist');
    expect(drafted).toEqual([{
      title: 'Image generation specialist', origin: 'development', orgUnitId: unit.id, jobFamily: 'software-engineer', level: 'P7', hiringManagerId: ids.manager, missingForApproval: [],
    }]);
  });
});
