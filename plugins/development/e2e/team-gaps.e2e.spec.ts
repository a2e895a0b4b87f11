import { knowledgePlugin } from '@cadre/plugin-knowledge';
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEAM_GAP_RULE, developmentPlugin } from '../src/index.js';
import { count, outbox, personIds } from './support/demo.js';
import { createFakeStructure } from '@cadre/plugin-structure/testing';

const ANALYSIS = `unitId unitName memberCount rule
  projects { projectId name requirements { skillId minLevel recommendation reason coveredBy { person { id } level } candidates { person { id } level } courses { title reason } } }
  gaps { projectId skillId recommendation }
  requisitions { skillId skillName level projects reason alreadySuggested }`;
type Req = { skillId: string; minLevel: number; recommendation: string; reason: string; coveredBy: Array<{ person: { id: string }; level: number }>; candidates: Array<{ person: { id: string }; level: number }>; courses: Array<{ title: string }> };

describe('team gap analysis', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let ids: Record<string, string>;
  const analyse = async (c: GraphQLClient, unitId?: string) => (await c.data(`query($u: ID) { teamGapAnalysis(unitId: $u) { ${ANALYSIS} } }`, { u: unitId })).teamGapAnalysis;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [createFakeStructure().plugin, knowledgePlugin, developmentPlugin] });
    [hr, manager, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
    ids = await personIds(hr);
  });
  afterAll(() => server?.close());

  it('judges each requirement of the unit’s projects against its members’ skills', async () => {
    const a = await analyse(manager, 'u-infra');
    expect(a).toMatchObject({ unitId: 'u-infra', unitName: 'ML Infrastructure', memberCount: 7, rule: String(TEAM_GAP_RULE) });
    expect(a.projects.map((p: { name: string }) => p.name)).toEqual(['GPU scheduler v2', 'RLHF training platform']); // Serving belongs to Inference
    const req = (project: string, skill: string): Req => a.projects.find((p: { projectId: string }) => p.projectId === project).requirements.find((r: Req) => r.skillId === skill);
    // GPU ≥ 4: Alex Novak has 5.
    expect(req('p-gpu', 'sk-gpu')).toMatchObject({ recommendation: 'COVERED', coveredBy: [{ person: { id: ids['alex.novak'] }, level: 5 }], candidates: [] });
    expect(req('p-gpu', 'sk-gpu').reason).toBe('Alex Novak has GPU scheduling at level 4 or above');
    // Kubernetes ≥ 5: nobody; Alex is at 4 (within 1) → train.
    expect(req('p-gpu', 'sk-k8s')).toMatchObject({ recommendation: 'TRAINING', coveredBy: [], candidates: [{ person: { id: ids['alex.novak'] }, level: 4 }] });
    expect(req('p-gpu', 'sk-k8s').reason).toBe('No one in ML Infrastructure has Kubernetes at level 5; Alex Novak is within 1 level: train them');
    // Distributed training ≥ 4: Tang Yu has 5.
    expect(req('p-rlhf-infra', 'sk-dist')).toMatchObject({ recommendation: 'COVERED', coveredBy: [{ person: { id: ids['tang.yu'] }, level: 5 }] });
    // RLHF ≥ 3: nobody at 2 or more → hire.
    expect(req('p-rlhf-infra', 'sk-rlhf')).toMatchObject({ recommendation: 'REQUISITION', coveredBy: [], candidates: [] });
    expect(req('p-rlhf-infra', 'sk-rlhf').reason).toBe('No one in ML Infrastructure has RLHF at level 2 or more (RLHF training platform needs 3): hire');
    expect(a.gaps.map((g: { skillId: string; recommendation: string }) => [g.skillId, g.recommendation])).toEqual([['sk-k8s', 'TRAINING'], ['sk-rlhf', 'REQUISITION']]);
    // A zh-CN reader gets the same verdicts explained in Chinese, names and numbers as they are.
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${manager.token}`, 'accept-language': 'zh-CN' },
      body: JSON.stringify({ query: `query($u: ID) { teamGapAnalysis(unitId: $u) { ${ANALYSIS} } }`, variables: { u: 'u-infra' } }),
    });
    const zh = ((await response.json()) as { data: { teamGapAnalysis: typeof a } }).data.teamGapAnalysis;
    const zhReq = (project: string, skill: string): Req => zh.projects.find((p: { projectId: string }) => p.projectId === project).requirements.find((r: Req) => r.skillId === skill);
    expect(zhReq('p-gpu', 'sk-gpu').reason).toBe('Alex Novak 的 GPU scheduling 达到 4 级或以上');
    expect(zhReq('p-gpu', 'sk-k8s').reason).toBe('ML Infrastructure 中没有人的 Kubernetes 达到 5 级；Alex Novak 相差不超过 1 级：培训此人');
    expect(zhReq('p-rlhf-infra', 'sk-rlhf').reason).toBe('ML Infrastructure 中没有人的 RLHF 达到 2 级或以上（RLHF training platform 需要 3 级）：招聘');
    expect(zh.rule).toMatch(/^当部门（含下级部门）有成员/);
    expect(a.requisitions).toEqual([
      { skillId: 'sk-rlhf', skillName: 'RLHF', level: 3, projects: ['RLHF training platform'], reason: 'No one in ML Infrastructure is within 1 level of RLHF 3 (needed by RLHF training platform)', alreadySuggested: false },
    ]);
  });

  it('recommends courses for training candidates when the catalogue has them', async () => {
    await hr.data('mutation { createCourse(input: { title: "Kubernetes for ML platforms", kind: EXTERNAL, skills: [{ skillId: "sk-k8s", level: 5 }] }) { id } }');
    const a = await analyse(manager, 'u-infra');
    const k8s = a.gaps.find((g: { skillId: string }) => g.skillId === 'sk-k8s');
    const full: Req = a.projects[0].requirements.find((r: Req) => r.skillId === 'sk-k8s');
    expect(k8s.recommendation).toBe('TRAINING');
    expect(full.courses.map((c) => c.title)).toEqual(['Kubernetes for ML platforms']);
    expect(full.reason).toBe('No one in ML Infrastructure has Kubernetes at level 5; Alex Novak is within 1 level: train them (e.g. "Kubernetes for ML platforms")');
  });

  it('widens to parent units and the whole company', async () => {
    const eng = await analyse(hr, 'u-eng');
    expect(eng.memberCount).toBe(20); // the VP, three managers and 16 engineers
    expect(eng.projects.map((p: { projectId: string }) => p.projectId).sort()).toEqual(['p-gpu', 'p-rlhf-infra', 'p-serving']);
    const serving = eng.projects.find((p: { projectId: string }) => p.projectId === 'p-serving').requirements[0];
    expect(serving.coveredBy.map((c: Req['coveredBy'][number]) => [c.person.id, c.level])).toEqual([[ids['peng.bo'], 5], [ids['feng.jia'], 4]]);
    expect(eng.requisitions.map((r: { skillId: string }) => r.skillId)).toEqual(['sk-rlhf']);
    const company = await analyse(hr);
    expect(company).toMatchObject({ unitId: null, unitName: 'the company', memberCount: 60 });
    const rlhf = company.projects.find((p: { projectId: string }) => p.projectId === 'p-rlhf-infra').requirements.find((r: Req) => r.skillId === 'sk-rlhf');
    expect(rlhf.recommendation).toBe('COVERED'); // Guo Ting (5) and Priya Sharma (4) in Alignment
    expect(rlhf.coveredBy.map((c: Req['coveredBy'][number]) => [c.person.id, c.level])).toEqual([[ids['guo.ting'], 5], [ids['priya.sharma'], 4]]);
    expect(company.requisitions).toEqual([]);
  });

  it('publishes development.requisition-suggested once per unit, skill and level', async () => {
    const suggest = `mutation($u: ID) { suggestRequisitions(unitId: $u) { requisitions { skillId alreadySuggested } } }`;
    const first = (await manager.data(suggest, { u: 'u-infra' })).suggestRequisitions;
    expect(first.requisitions).toEqual([{ skillId: 'sk-rlhf', alreadySuggested: false }]);
    const events = await outbox(server, 'development.requisition-suggested');
    // The unit's lead hires; no career level expects RLHF, so the job level is left to HR.
    expect(events).toEqual([{ unitId: 'u-infra', skillId: 'sk-rlhf', skillName: 'RLHF', level: 3, reason: 'No one in ML Infrastructure is within 1 level of RLHF 3 (needed by RLHF training platform)', hiringManagerId: ids.manager, jobLevel: null }]);
    const second = (await manager.data(suggest, { u: 'u-infra' })).suggestRequisitions;
    expect(second.requisitions).toEqual([{ skillId: 'sk-rlhf', alreadySuggested: true }]);
    expect(await outbox(server, 'development.requisition-suggested')).toHaveLength(1);
    expect((await analyse(manager, 'u-infra')).requisitions[0].alreadySuggested).toBe(true);
    // Another unit is its own suggestion; the whole company has nothing to hire for.
    await hr.data(suggest, { u: 'u-eng' });
    await hr.data(suggest, {});
    expect((await outbox(server, 'development.requisition-suggested')).map((e) => e.unitId)).toEqual(['u-infra', 'u-eng']);
    await server.flushEvents();
  });

  it('is for managers and hr, and names a bad unit', async () => {
    expect((await employee.request('{ teamGapAnalysis { unitName } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await employee.request('mutation { suggestRequisitions { unitName } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const before = await count(server, 'development_requisition_suggestions');
    expect((await hr.request('mutation { suggestRequisitions(unitId: "u-nowhere") { unitName } }')).errors?.[0].extensions?.field).toBe('unitId');
    expect(await count(server, 'development_requisition_suggestions')).toBe(before);
    const other = await server.createTenant('other-gaps');
    expect(await other.data('{ teamGapAnalysis { memberCount projects { projectId } requisitions { skillId } } }')).toEqual({ teamGapAnalysis: { memberCount: 0, projects: [], requisitions: [] } });
  });

  // Last: it changes the roster.
  it('leaves leavers out of the whole company, as a unit does', async () => {
    const before = await analyse(hr);
    await hr.data('mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { status } }', { id: ids['priya.sharma'], input: { status: 'terminated', departure: { type: 'voluntary' } } });
    const after = await analyse(hr);
    expect(after.memberCount).toBe(before.memberCount - 1);
    const rlhf = after.projects.find((p: { projectId: string }) => p.projectId === 'p-rlhf-infra').requirements.find((r: Req) => r.skillId === 'sk-rlhf');
    expect(rlhf.coveredBy.map((c: Req['coveredBy'][number]) => [c.person.id, c.level])).toEqual([[ids['guo.ting'], 5]]);
  });
});
