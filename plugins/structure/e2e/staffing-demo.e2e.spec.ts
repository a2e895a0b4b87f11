import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structurePlugin } from '../src/index.js';
import { PLAN, sumParts } from './staffing-support.js';
import { assignmentSnapshot, codeOf, fieldOf, outboxEvents, personId, projectByName, unitId } from './support.js';

describe('staffing optimiser on the demo lab', () => {
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

  it('plans the whole lab: explained assignments, headcounts within bounds, a diff that matches today', async () => {
    const today = new Map<string, string[]>();
    const { projects } = await hr.data('{ projects { id name status assignments { personId } } }');
    for (const p of projects) for (const a of p.assignments) today.set(a.personId, [...(today.get(a.personId) ?? []), p.id]);
    const { proposeStaffingPlan: plan } = await hr.data(`mutation { proposeStaffingPlan { ${PLAN} } }`);
    expect(plan.status).toBe('PROPOSED');
    expect(plan.unitId).toBeNull();
    expect(plan.projects).toHaveLength(15);
    for (const p of plan.projects) {
      expect(p.after, p.name).toBeGreaterThanOrEqual(p.headcountMin);
      expect(p.after, p.name).toBeLessThanOrEqual(p.headcountMax);
    }
    expect(plan.projects.find((p: { name: string }) => p.name === 'Evaluation harness')).toMatchObject({ before: 0, unstaffed: false });
    let total = 0;
    for (const a of plan.assignments) {
      total += a.score;
      expect(sumParts(a.parts)).toBeCloseTo(a.score, 6);
      expect(a.parts.total).toBeCloseTo(a.score, 6);
      expect(a.covers.length).toBeGreaterThan(0);
      for (const c of a.covers) expect(c.covered).toBe(c.level >= c.minLevel);
      const mine = today.get(a.person.id) ?? [];
      const expected = mine.length === 0 ? 'NEW' : mine.length === 1 && mine[0] === a.projectId ? 'UNCHANGED' : 'MOVE';
      expect(a.change, a.person.name).toBe(expected);
    }
    expect(total).toBeCloseTo(plan.total, 4);
    const counts = { MOVE: 0, NEW: 0, UNCHANGED: 0, UNSTAFFED: 0 } as Record<string, number>;
    for (const c of plan.changes) counts[c.kind]++;
    expect(plan.summary).toMatchObject({ moves: counts.MOVE, new: counts.NEW, unchanged: counts.UNCHANGED, unstaffed: counts.UNSTAFFED });
    expect(counts.UNCHANGED).toBeGreaterThan(20);
    // People who manage others stay out of the pool unless already on a planned project.
    const sarah = await personId(hr, 'sarah.chen@demo.local');
    expect(plan.assignments.some((a: { person: { id: string } }) => a.person.id === sarah)).toBe(false);
    const withManagers = (await hr.data('mutation { proposeStaffingPlan(input: { includeManagers: true }) { includeManagers stats { people } } }')).proposeStaffingPlan;
    expect(withManagers.includeManagers).toBe(true);
    expect(withManagers.stats.people).toBeGreaterThan(plan.stats.people);
    const stored = (await hr.data('query($id: ID!) { staffingPlan(id: $id) { total assignments { projectId } } }', { id: plan.id })).staffingPlan;
    expect(stored.total).toBe(plan.total);
    expect(stored.assignments).toHaveLength(plan.assignments.length);
  });

  it("lets a manager plan their unit's projects from its people, and nothing else", async () => {
    const infra = await unitId(manager, 'ML Infrastructure');
    const { proposeStaffingPlan: plan } = await manager.data(`mutation($u: ID) { proposeStaffingPlan(input: { unitId: $u }) { ${PLAN} } }`, { u: infra });
    expect(plan.unitId).toBe(infra);
    expect(plan.projects.map((p: { name: string }) => p.name).sort()).toEqual(['Checkpoint storage tier', 'GPU scheduler rewrite']);
    // Zhu Chen is fully on Atlas (outside the scope): no time left, so not planned.
    const zhu = await personId(manager, 'employee@demo.local');
    expect(plan.assignments.some((a: { person: { id: string } }) => a.person.id === zhu)).toBe(false);
    // Tang Yu spends half their time on Atlas: the plan can only use the other half.
    const tang = plan.assignments.find((a: { person: { name: string } }) => a.person.name === '唐宇 Tang Yu');
    expect(tang).toMatchObject({ projectName: 'GPU scheduler rewrite', allocation: 50, change: 'UNCHANGED', person: { available: 50 } });
    expect(plan.stats.people).toBe(6);
    const research = await unitId(manager, 'Research');
    expect(codeOf(await manager.request('mutation($u: ID) { proposeStaffingPlan(input: { unitId: $u }) { id } }', { u: research }))).toBe('FORBIDDEN');
    expect(codeOf(await manager.request('mutation { proposeStaffingPlan { id } }'))).toBe('FORBIDDEN');
    expect(codeOf(await employee.request('mutation { proposeStaffingPlan { id } }'))).toBe('FORBIDDEN');
    expect(codeOf(await employee.request('{ staffingPlans { id } }'))).toBe('FORBIDDEN');

    const hrPlan = (await hr.data('mutation { proposeStaffingPlan { id } }')).proposeStaffingPlan;
    expect(codeOf(await manager.request('query($id: ID!) { staffingPlan(id: $id) { id } }', { id: hrPlan.id }))).toBe('FORBIDDEN');
    expect(codeOf(await manager.request('mutation($id: ID!) { applyStaffingPlan(id: $id) { id } }', { id: hrPlan.id }))).toBe('FORBIDDEN');
    const visible = (await manager.data('{ staffingPlans { id unitId } }')).staffingPlans;
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((p: { unitId: string }) => p.unitId === infra)).toBe(true);
    expect((await hr.data('{ staffingPlans { id } }')).staffingPlans.length).toBeGreaterThan(visible.length);
  });

  it("lets a VP plan the units their managers lead, through the lead's reporting line", async () => {
    const vp = await personId(owner, 'wang.jianguo@demo.local');
    await owner.data('mutation($p: String) { createAccount(input: { email: "wang.jianguo@demo.local", password: "vp-password-1", personId: $p, roles: ["manager"] }) { id } }', { p: vp });
    const client = await server.login('wang.jianguo@demo.local', 'vp-password-1', 'demo');
    const inference = await unitId(client, 'Inference');
    const engineering = await unitId(client, 'Engineering');
    expect((await client.data('mutation($u: ID) { proposeStaffingPlan(input: { unitId: $u }) { projects { name } } }', { u: inference })).proposeStaffingPlan.projects).toHaveLength(2);
    expect((await client.data('mutation($u: ID) { proposeStaffingPlan(input: { unitId: $u }) { projects { name } } }', { u: engineering })).proposeStaffingPlan.projects).toHaveLength(6);
    expect(codeOf(await client.request('mutation($u: ID) { proposeStaffingPlan(input: { unitId: $u }) { id } }', { u: await unitId(client, 'Alignment') }))).toBe('FORBIDDEN');
    // The plan list holds exactly the plans of units the VP may manage, newest first, `first` of them.
    const alignment = await unitId(client, 'Alignment');
    await hr.data('mutation($u: ID) { proposeStaffingPlan(input: { unitId: $u }) { id } }', { u: alignment });
    const all = (await hr.data('{ staffingPlans(first: 200) { id unitId createdAt } }')).staffingPlans;
    const listed = (await client.data('{ staffingPlans(first: 200) { id unitId } }')).staffingPlans;
    const units = (await hr.data('{ orgUnits { id parentId } }')).orgUnits as Array<{ id: string; parentId: string | null }>;
    const manageable = new Set([engineering]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const u of units) if (u.parentId && manageable.has(u.parentId) && !manageable.has(u.id)) (manageable.add(u.id), (grew = true));
    }
    expect(listed.length).toBeGreaterThanOrEqual(2);
    expect(listed.every((p: { unitId: string }) => manageable.has(p.unitId))).toBe(true);
    expect(listed.some((p: { unitId: string }) => p.unitId === alignment)).toBe(false);
    expect(all.some((p: { unitId: string }) => p.unitId === alignment)).toBe(true);
    expect(listed.map((p: { id: string }) => p.id)).toEqual(all.filter((p: { id: string }) => listed.some((l: { id: string }) => l.id === p.id)).map((p: { id: string }) => p.id));
    expect((await client.data('{ staffingPlans(first: 1) { id } }')).staffingPlans).toEqual([{ id: listed[0].id }]);
  });

  it('applies exactly the plan in one transaction, audited, with an event; never twice', async () => {
    const { proposeStaffingPlan: plan } = await hr.data(`mutation { proposeStaffingPlan { ${PLAN} } }`);
    expect(plan.summary.moves + plan.summary.new).toBeGreaterThan(0);
    const { applyStaffingPlan } = await hr.data('mutation($id: ID!) { applyStaffingPlan(id: $id) { id status appliedBy } }', { id: plan.id });
    expect(applyStaffingPlan).toMatchObject({ status: 'APPLIED', appliedBy: 'hr@demo.local' });
    const { projects } = await hr.data('{ projects { id assignments { personId allocation } } }');
    for (const p of plan.projects) {
      const now = projects.find((x: { id: string }) => x.id === p.projectId);
      const planned = plan.assignments.filter((a: { projectId: string }) => a.projectId === p.projectId);
      expect(now.assignments.map((a: { personId: string; allocation: number }) => `${a.personId}:${a.allocation}`).sort(), p.name).toEqual(
        planned.map((a: { person: { id: string }; allocation: number }) => `${a.person.id}:${a.allocation}`).sort(),
      );
    }
    const events = await outboxEvents(server, 'structure.staffing-applied');
    const event = events.find((e) => e.payload.planId === plan.id)!;
    expect(event.payload).toMatchObject({ unitId: null, moves: plan.summary.moves, new: plan.summary.new, unchanged: plan.summary.unchanged, unstaffed: plan.summary.unstaffed });
    expect(event.payload.projectIds).toHaveLength(15);
    expect(event.payload.assignments).toHaveLength(plan.assignments.length);
    const { auditLog } = await owner.data('query($id: String) { auditLog(filter: { targetId: $id, operation: "applyStaffingPlan" }) { nodes { actorEmail targetType before after } } }', { id: plan.id });
    expect(auditLog.nodes[0]).toMatchObject({ actorEmail: 'hr@demo.local', targetType: 'StaffingPlan' });
    expect(JSON.parse(auditLog.nodes[0].after).assignments).toHaveLength(plan.assignments.length);
    const again = await hr.request('mutation($id: ID!) { applyStaffingPlan(id: $id) { id } }', { id: plan.id });
    expect(codeOf(again)).toBe('CONFLICT');
    // Planning again right away changes nothing: the applied plan is the optimum.
    const { proposeStaffingPlan: next } = await hr.data('mutation { proposeStaffingPlan { summary { moves new unstaffed } } }');
    expect(next.summary).toEqual({ moves: 0, new: 0, unstaffed: 0 });
  });

  it('lets a manager apply a plan for their own unit', async () => {
    const infra = await unitId(manager, 'ML Infrastructure');
    const plan = (await manager.data('mutation($u: ID) { proposeStaffingPlan(input: { unitId: $u }) { id } }', { u: infra })).proposeStaffingPlan;
    expect((await manager.data('mutation($id: ID!) { applyStaffingPlan(id: $id) { status } }', { id: plan.id })).applyStaffingPlan.status).toBe('APPLIED');
  });

  it('refuses a plan when assignments changed since it was made, changing nothing', async () => {
    const inference = await unitId(hr, 'Inference');
    const plan = (await hr.data('mutation($u: ID) { proposeStaffingPlan(input: { unitId: $u }) { id } }', { u: inference })).proposeStaffingPlan;
    const api = await projectByName(hr, 'Public API platform');
    const grace = await personId(hr, 'grace.hall@demo.local');
    await hr.data('mutation($p: ID!, $m: ID!) { assignToProject(input: { projectId: $p, personId: $m, allocation: 20 }) { id } }', { p: api.id, m: grace });
    const before = await assignmentSnapshot(hr);
    const stale = await hr.request('mutation($id: ID!) { applyStaffingPlan(id: $id) { id } }', { id: plan.id });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toMatch(/changed since this plan was made/);
    expect(await assignmentSnapshot(hr)).toEqual(before);
    // A change to someone in the plan's pool, on a project outside it, counts too (availability).
    const plan2 = (await hr.data('mutation($u: ID) { proposeStaffingPlan(input: { unitId: $u }) { id } }', { u: inference })).proposeStaffingPlan;
    const speech = await projectByName(hr, 'Speech interface prototype');
    const sophie = await personId(hr, 'sophie.dubois@demo.local');
    await hr.data('mutation($p: ID!, $m: ID!) { unassignFromProject(projectId: $p, personId: $m) { id } }', { p: api.id, m: sophie });
    await hr.data('mutation($p: ID!, $m: ID!) { assignToProject(input: { projectId: $p, personId: $m, allocation: 10 }) { id } }', { p: speech.id, m: sophie });
    expect(codeOf(await hr.request('mutation($id: ID!) { applyStaffingPlan(id: $id) { id } }', { id: plan2.id }))).toBe('CONFLICT');
  });

  it('discards a plan, which then cannot be applied', async () => {
    const plan = (await hr.data('mutation { proposeStaffingPlan { id } }')).proposeStaffingPlan;
    expect((await hr.data('mutation($id: ID!) { discardStaffingPlan(id: $id) { status } }', { id: plan.id })).discardStaffingPlan.status).toBe('DISCARDED');
    expect(codeOf(await hr.request('mutation($id: ID!) { applyStaffingPlan(id: $id) { id } }', { id: plan.id }))).toBe('CONFLICT');
  });

  it('takes weights from the tenant setting and from the run', async () => {
    await owner.data('mutation { setSetting(key: "structure.staffingWeights", value: "{\\"continuity\\": 40}") { key } }');
    const { proposeStaffingPlan: plan } = await hr.data('mutation { proposeStaffingPlan(input: { weights: { preference: 0 }, topK: 3, minFit: 0.5 }) { weights { skillFit continuity preference } topK minFit stats { edges } } }');
    expect(plan.weights).toEqual({ skillFit: 50, continuity: 40, preference: 0 });
    expect(plan).toMatchObject({ topK: 3, minFit: 0.5 });
  });

  it('names bad optimiser input', async () => {
    const cases: Array<[string, string]> = [
      ['{ topK: 0 }', 'input.topK'],
      ['{ minFit: 2 }', 'input.minFit'],
      ['{ weights: { skillFit: -1 } }', 'input.weights.skillFit'],
      ['{ unitId: "nope" }', 'input.unitId'],
    ];
    for (const [input, field] of cases) {
      const r = await hr.request(`mutation { proposeStaffingPlan(input: ${input}) { id } }`);
      expect([codeOf(r), fieldOf(r)], input).toEqual(['BAD_USER_INPUT', field]);
    }
    const plan = (await hr.data('mutation { proposeStaffingPlan { id } }')).proposeStaffingPlan;
    expect(fieldOf(await hr.request('query($id: ID!) { staffingPlan(id: $id) { candidates(first: 0) { score } } }', { id: plan.id }))).toBe('first');
    expect(codeOf(await hr.request('mutation { applyStaffingPlan(id: "nope") { id } }'))).toBe('NOT_FOUND');
  });
});
