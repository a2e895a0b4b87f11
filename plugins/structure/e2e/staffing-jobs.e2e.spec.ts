import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structurePlugin } from '../src/index.js';
import { codeOf, fieldOf, unitId } from './support.js';

const PLAN = 'id status total unitId summary { moves new unchanged unstaffed } assignments { person { id } projectId allocation }';

describe('a staffing plan as a background job', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin] });
    [hr, manager, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
  });
  afterAll(() => server?.close());

  it('stores the plan the mutation would propose, and names it in the result', async () => {
    const infra = await unitId(manager, 'ML Infrastructure');
    const { startStaffingPlan } = await manager.data('mutation($u: ID) { startStaffingPlan(input: { unitId: $u }) { id type } }', { u: infra });
    expect(startStaffingPlan.type).toBe('structure.propose-staffing-plan');
    const job = await manager.finishedJob(startStaffingPlan.id);
    expect(job).toMatchObject({ state: 'completed', progress: 100, error: null });
    const { planId, total } = JSON.parse(job.result!);
    const { staffingPlan } = await manager.data(`query($id: ID!) { staffingPlan(id: $id) { ${PLAN} } }`, { id: planId });
    expect(staffingPlan).toMatchObject({ id: planId, status: 'PROPOSED', unitId: infra, total });
    // Same data, same optimum: the job runs the same optimiser as the mutation.
    const { proposeStaffingPlan } = await manager.data(`mutation($u: ID) { proposeStaffingPlan(input: { unitId: $u }) { ${PLAN} } }`, { u: infra });
    expect(proposeStaffingPlan.total).toBeCloseTo(total, 9);
  });

  it('refuses at once a unit the caller may not plan', async () => {
    const research = await unitId(hr, 'Research');
    expect(codeOf(await manager.request('mutation($u: ID) { startStaffingPlan(input: { unitId: $u }) { id } }', { u: research }))).toBe('FORBIDDEN');
    expect(codeOf(await employee.request('mutation { startStaffingPlan { id } }'))).toBe('FORBIDDEN');
    const unknown = await hr.request('mutation { startStaffingPlan(input: { unitId: "no-such-unit" }) { id } }');
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(fieldOf(unknown)).toBe('input.unitId');
  });

  it('fails an unsolvable plan at once, with the code and the projects a request would have had', async () => {
    const infra = await unitId(manager, 'ML Infrastructure');
    const { createProject } = await manager.data('mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }', {
      i: { name: 'Job moonshot', ownerUnitId: infra, status: 'ACTIVE', priority: 5, headcountMin: 40, headcountMax: 50 },
    });
    try {
      const { startStaffingPlan } = await manager.data('mutation($u: ID) { startStaffingPlan(input: { unitId: $u }) { id } }', { u: infra });
      const failed = await manager.finishedJob(startStaffingPlan.id);
      // No retry makes headcounts fit: one attempt, not five over fifteen seconds.
      expect(failed).toMatchObject({ state: 'failed', attempts: 1 });
      expect(failed.error).toMatch(/Minimum headcounts add up to \d+/);
      const { job: view } = await manager.data('query($id: ID!) { job(id: $id) { errorCode errorDetails } }', { id: startStaffingPlan.id });
      expect(view.errorCode).toBe('CONFLICT');
      expect(JSON.parse(view.errorDetails).projects).toContain('Job moonshot');
      // A zh-CN reader of the job gets the refusal in Chinese, with the numbers and project names it had.
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${manager.token}`, 'accept-language': 'zh-CN' },
        body: JSON.stringify({ query: 'query($id: ID!) { job(id: $id) { error errorCode } }', variables: { id: startStaffingPlan.id } }),
      });
      const zh = ((await response.json()) as { data: { job: { error: string; errorCode: string } } }).data.job;
      expect(zh.errorCode).toBe('CONFLICT');
      expect(zh.error).toMatch(/^最低编制合计 \d+ 人，但只有 \d+ 人可供规划：.*Job moonshot \(≥ 40\)/);
    } finally {
      await manager.data('mutation($id: ID!) { updateProject(id: $id, input: { status: CLOSED }) { id } }', { id: createProject.id });
    }
  });
});
