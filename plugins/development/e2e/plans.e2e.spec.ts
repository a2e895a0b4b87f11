import { knowledgePlugin } from '@cadre/plugin-knowledge';
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GAP_METHOD, developmentPlugin } from '../src/index.js';
import { count, personIds } from './support/demo.js';
import { createFakeStructure } from '@cadre/plugin-structure/testing';

const PLAN = 'id person { id } mentor { id } targetLevel { id code } status dueOn summary progress canEdit createdBy { id } goals { id title skillId skillName targetLevel status doneAt }';
const GAPS = `query($p: ID!, $t: ID) { skillGaps(personId: $p, targetLevelId: $t) {
  person { id } target { code } targetSource method expectations { skillId expected current met }
  gaps { skillId skillName expected current gap courses { courseId title reachesLevel reason } mentors { person { id } score level evidence reason } } } }`;

describe('development plans and skill gaps', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let recruiter: GraphQLClient;
  let ids: Record<string, string>;
  let levels: Record<string, string>;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [createFakeStructure().plugin, knowledgePlugin, developmentPlugin] });
    [owner, hr, manager, employee, recruiter] = await Promise.all([server.loginAs('owner'), server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee'), server.loginAs('recruiter')]);
    ids = await personIds(hr);
    const { careerLadders } = await hr.data('{ careerLadders { levels { id code } } }');
    levels = Object.fromEntries(careerLadders.flatMap((l: { levels: Array<{ id: string; code: string }> }) => l.levels.map((v) => [v.code, v.id])));
  });
  afterAll(() => server?.close());

  it('shows employees their own plan, managers their chain’s and hr all', async () => {
    const who = async (c: GraphQLClient) => (await c.data('{ developmentPlans { person { id } } }')).developmentPlans.map((p: { person: { id: string } }) => p.person.id).sort();
    expect(await who(employee)).toEqual([ids.employee]);
    expect(await who(manager)).toEqual([ids.employee, ids['han.xue']].sort());
    expect(await who(hr)).toEqual([ids.employee, ids['han.xue'], ids['lin.xiao'], ids['shen.tao']].sort());
    expect(await who(recruiter)).toEqual([]);
    const { developmentPlans } = await employee.data(`{ developmentPlans { ${PLAN} } }`);
    expect(developmentPlans[0]).toMatchObject({ mentor: { id: ids['tang.yu'] }, targetLevel: { code: 'P6' }, createdBy: { id: ids.manager }, status: 'ACTIVE', canEdit: false, progress: 0 });
    expect(developmentPlans[0].goals.map((g: { skillName: string }) => g.skillName)).toEqual(['Distributed training', 'GPU scheduling', 'Evaluation']);
    const linPlan = (await hr.data('query($p: ID) { developmentPlans(personId: $p) { id } }', { p: ids['lin.xiao'] })).developmentPlans[0];
    for (const c of [manager, employee]) expect((await c.request('query($id: ID!) { developmentPlan(id: $id) { id } }', { id: linPlan.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await manager.data('query($p: ID) { developmentPlans(personId: $p) { id } }', { p: ids['lin.xiao'] })).developmentPlans).toEqual([]);
  });

  it('lets managers plan for their chain and hr for anyone, one active plan at a time', async () => {
    const create = `mutation($i: CreateDevelopmentPlanInput!) { createDevelopmentPlan(input: $i) { ${PLAN} } }`;
    const plan = (await manager.data(create, { i: { personId: ids['alex.novak'], mentorId: ids['tang.yu'], targetLevelId: levels.P7, dueOn: '2027-06-30', summary: 'Towards staff', goals: [{ title: 'Lead the scheduler v2 design', skillId: 'sk-gpu', targetLevel: 5 }] } })).createDevelopmentPlan;
    expect(plan).toMatchObject({ person: { id: ids['alex.novak'] }, targetLevel: { code: 'P7' }, canEdit: true, createdBy: { id: ids.manager }, goals: [{ title: 'Lead the scheduler v2 design', skillName: 'GPU scheduling', targetLevel: 5, status: 'OPEN' }] });
    expect((await manager.request(create, { i: { personId: ids['alex.novak'] } })).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.personId' });
    expect((await manager.request(create, { i: { personId: ids['priya.sharma'] } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await manager.request(create, { i: { personId: ids.manager } })).errors?.[0].extensions?.code).toBe('FORBIDDEN'); // not their own
    expect((await employee.request(create, { i: { personId: ids.employee } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await hr.data(create, { i: { personId: ids['priya.sharma'], targetLevelId: levels.P7 } })).createDevelopmentPlan.person.id).toBe(ids['priya.sharma']);

    const before = await count(server, 'development_plans');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ personId: ids['lucas.silva'], mentorId: ids['lucas.silva'] }, 'input.mentorId'],
      [{ personId: ids['lucas.silva'], mentorId: 'nobody' }, 'input.mentorId'],
      [{ personId: ids['lucas.silva'], targetLevelId: 'nope' }, 'input.targetLevelId'],
      [{ personId: ids['lucas.silva'], goals: [{ title: 'ok' }, { title: 'x', skillId: 'nope' }] }, 'input.goals.1.skillId'],
      [{ personId: ids['lucas.silva'], goals: [{ title: '' }] }, 'input.goals.0.title'],
      [{ personId: ids['lucas.silva'], dueOn: '2027-02-30' }, 'input.dueOn'],
      [{ personId: 'nobody' }, 'input.personId'],
    ];
    for (const [i, field] of cases) expect((await manager.request(create, { i })).errors?.[0].extensions?.field, field).toBe(field);
    expect(await count(server, 'development_plans')).toBe(before);
  });

  it('lets the person move their goals and their managers change the rest, with an audit trail', async () => {
    const { developmentPlans } = await employee.data(`{ developmentPlans { ${PLAN} } }`);
    const plan = developmentPlans[0];
    const goal = plan.goals[1];
    const updGoal = `mutation($g: ID!, $i: UpdateDevelopmentGoalInput!) { updateDevelopmentGoal(goalId: $g, input: $i) { ${PLAN} } }`;
    const done = (await employee.data(updGoal, { g: goal.id, i: { status: 'DONE' } })).updateDevelopmentGoal;
    expect(done.goals[1].status).toBe('DONE');
    expect(done.goals[1].doneAt).not.toBeNull();
    expect(done.progress).toBe(0.33);
    expect((await employee.request(updGoal, { g: goal.id, i: { title: 'Renamed by me' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await manager.data(updGoal, { g: goal.id, i: { title: 'Give two tech talks' } })).updateDevelopmentGoal.goals[1].title).toBe('Give two tech talks');
    expect((await recruiter.request(updGoal, { g: goal.id, i: { status: 'OPEN' } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const added = (await hr.data(`mutation($p: ID!) { addDevelopmentGoal(planId: $p, input: { title: "Mentor an intern", dueOn: "2027-03-01" }) { ${PLAN} } }`, { p: plan.id })).addDevelopmentGoal;
    expect(added.goals).toHaveLength(4);
    expect(added.progress).toBe(0.25);
    expect((await employee.request('mutation($p: ID!) { addDevelopmentGoal(planId: $p, input: { title: "x" }) { id } }', { p: plan.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const upd = (await manager.data(`mutation($id: ID!) { updateDevelopmentPlan(id: $id, input: { mentorId: "${ids['alex.novak']}", dueOn: "2027-09-30" }) { ${PLAN} } }`, { id: plan.id })).updateDevelopmentPlan;
    expect(upd).toMatchObject({ mentor: { id: ids['alex.novak'] }, dueOn: '2027-09-30' });
    const { auditLog } = await owner.data('query($id: String) { auditLog(filter: { targetId: $id, operation: "updateDevelopmentPlan" }) { nodes { before after } } }', { id: plan.id });
    expect(JSON.parse(auditLog.nodes[0].before).mentorId).toBe(ids['tang.yu']);
    expect(JSON.parse(auditLog.nodes[0].after).mentorId).toBe(ids['alex.novak']);
  });

  it('computes skill gaps towards the plan’s target level with courses and mentors, each explained', async () => {
    const { skillGaps } = await employee.data(GAPS, { p: ids.employee });
    expect(skillGaps).toMatchObject({ person: { id: ids.employee }, target: { code: 'P6' }, targetSource: 'plan', method: String(GAP_METHOD) });
    // Fake profile of employee@: dist 2, pytorch 3, gpu 1; P6 expects dist 4, pytorch 4, eval 3, writing 3, gpu 3.
    expect(skillGaps.gaps.map((g: { skillId: string; expected: number; current: number; gap: number }) => [g.skillId, g.expected, g.current, g.gap])).toEqual([
      ['sk-eval', 3, 0, 3],
      ['sk-writing', 3, 0, 3],
      ['sk-dist', 4, 2, 2],
      ['sk-gpu', 3, 1, 2],
      ['sk-pytorch', 4, 3, 1],
    ]);
    expect(skillGaps.expectations.every((e: { met: boolean; expected: number; current: number }) => e.met === e.current >= e.expected)).toBe(true);
    const gap = (id: string) => skillGaps.gaps.find((g: { skillId: string }) => g.skillId === id);
    expect(gap('sk-dist').courses.map((c: { title: string; reachesLevel: number }) => [c.title, c.reachesLevel])).toEqual([
      ['Large-scale training in practice', 4],
      ['Distributed training fundamentals', 3],
      ['Stanford CS336: language modeling from scratch (online)', 3],
    ]);
    expect(gap('sk-dist').courses[0].reason).toBe('Teaches Distributed training up to level 4: you are at 2 and P6 expects 4');
    expect(gap('sk-dist').courses[1].reason).toBe('Teaches Distributed training up to level 3: you are at 2 and P6 expects 4 — a step towards it');
    expect(gap('sk-writing').courses.map((c: { title: string }) => c.title)).toEqual(['Technical writing for engineers', 'Design docs that get read']);
    expect(gap('sk-pytorch').courses).toEqual([]); // the only course beyond level 3 was already completed
    expect(gap('sk-writing').mentors).toEqual([]); // nobody has technical writing at 3
    const gpuMentors = gap('sk-gpu').mentors;
    expect(gpuMentors.map((m: { person: { id: string } }) => m.person.id)).toEqual(expect.arrayContaining([ids['alex.novak'], ids['tang.yu'], ids.manager]));
    expect(gpuMentors.every((m: { level: number; person: { id: string } }) => m.level >= 3 && m.person.id !== ids.employee)).toBe(true);
    expect(gpuMentors.map((m: { score: number }) => m.score)).toEqual([...gpuMentors.map((m: { score: number }) => m.score)].sort((a: number, b: number) => b - a));
    const alex = gpuMentors.find((m: { person: { id: string } }) => m.person.id === ids['alex.novak']);
    expect(alex.reason).toMatch(new RegExp(`^GPU scheduling level 5 \\(≥ 3 expected\\), expertise score ${alex.score}: GPU scheduling level 5/5 \\(evidence: manager\\)`));
    const { experts } = await hr.data('{ experts(skillId: "sk-gpu", limit: 10) { experts { person { id } score } } }');
    expect(experts.experts.find((e: { person: { id: string } }) => e.person.id === ids['alex.novak']).score).toBe(alex.score);
  });

  it('takes a given target or the next rung, and keeps gaps private', async () => {
    const given = (await employee.data(GAPS, { p: ids.employee, t: levels.P5 })).skillGaps;
    expect(given).toMatchObject({ targetSource: 'given', target: { code: 'P5' } });
    expect(given.gaps.map((g: { skillId: string }) => g.skillId)).toEqual(['sk-eval', 'sk-writing', 'sk-dist', 'sk-gpu']); // P5: eval 2, writing 2, dist 3, gpu 2
    const next = (await manager.data(GAPS, { p: ids['lucas.silva'] })).skillGaps; // P5, no plan
    expect(next).toMatchObject({ targetSource: 'next-level', target: { code: 'P6' } });
    expect((await employee.request(GAPS, { p: ids['alex.novak'] })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await manager.request(GAPS, { p: ids['lin.xiao'] })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await hr.data(GAPS, { p: ids['lin.xiao'] })).skillGaps.targetSource).toBe('plan');
    expect((await hr.request(GAPS, { p: ids['wang.jianguo'] })).errors?.[0].extensions?.field).toBe('targetLevelId'); // E8: no ladder
    expect((await hr.request(GAPS, { p: ids.employee, t: 'nope' })).errors?.[0].extensions?.field).toBe('targetLevelId');
  });
});
