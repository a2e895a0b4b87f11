// Racing requests over HTTP, on the real structure and knowledge plugins: each test fires 8–16
// requests at once and checks that every answer is a success or an expected refusal, that exactly
// as many succeed as may, and the invariant. The races only show on PostgreSQL: run with
// DATABASE_URL too.
import { knowledgePlugin } from '@cadre/plugin-knowledge';
import { structurePlugin } from '@cadre/plugin-structure';
import { createTestServer, type GraphQLClient, type GraphQLResult, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentPlugin } from '../src/index.js';
import { outbox, personIds } from './support/demo.js';

const ENROL = 'mutation($c: ID!, $p: ID) { enrol(courseId: $c, personId: $p) { id status } }';
const EXPENSE = 'mutation($i: ConferenceExpenseInput!) { recordConferenceExpense(input: $i) { spent { amount } } }';
const SET_BUDGET = 'mutation($p: ID!, $y: Int!, $a: DevelopmentMoneyInput!) { setConferenceBudget(personId: $p, year: $y, amount: $a) { allocated { amount } } }';
const BUDGET = 'query($p: ID!, $y: Int!) { conferenceBudget(personId: $p, year: $y) { allocated { amount } spent { amount } expenses { amount { amount } } } }';
const CREATE_PLAN = 'mutation($i: CreateDevelopmentPlanInput!) { createDevelopmentPlan(input: $i) { id status } }';
const UPDATE_PLAN = 'mutation($id: ID!, $i: UpdateDevelopmentPlanInput!) { updateDevelopmentPlan(id: $id, input: $i) { id status } }';
const UPDATE_GOAL = 'mutation($id: ID!, $i: UpdateDevelopmentGoalInput!) { updateDevelopmentGoal(goalId: $id, input: $i) { id } }';

/** The code of each answer ('OK' for a success); fails on any code outside `allowed`. */
function outcomes(results: Array<GraphQLResult<unknown>>, allowed: string[]): string[] {
  const codes = results.map((r) => (r.errors?.length ? String(r.errors[0].extensions?.code) : 'OK'));
  expect(codes.filter((c) => c !== 'OK' && !allowed.includes(c))).toEqual([]);
  return codes;
}

const ok = (codes: string[]) => codes.filter((c) => c === 'OK').length;

describe('development under concurrent requests', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let employee: GraphQLClient;
  let ids: Record<string, string>;
  const course = async (title: string, capacity?: number) =>
    (await hr.data('mutation($t: String!, $c: Int) { createCourse(input: { title: $t, kind: INTERNAL, skills: [], capacity: $c }) { id } }', { t: title, c: capacity ?? null })).createCourse.id as string;
  const plansOf = async (personId: string) => (await hr.data('query($p: ID) { developmentPlans(personId: $p) { id status } }', { p: personId })).developmentPlans as Array<{ id: string; status: string }>;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin, knowledgePlugin, developmentPlugin] });
    [hr, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('employee')]);
    ids = await personIds(hr);
  });
  afterAll(() => server?.close());

  it('one person enrolling in one course many times at once is enrolled once', async () => {
    const id = await course('Racing 101');
    const codes = outcomes(await Promise.all(Array.from({ length: 10 }, () => employee.request(ENROL, { c: id }))), ['CONFLICT']);
    expect(ok(codes)).toBe(1);
    const { courseEnrolments } = await hr.data('query($c: ID) { courseEnrolments(courseId: $c) { personId: person { id } status } }', { c: id });
    expect(courseEnrolments).toEqual([{ personId: { id: ids.employee }, status: 'ENROLLED' }]);
  });

  it('a course never takes more learners than its capacity', async () => {
    const id = await course('Small seminar', 3);
    const learners = Object.values(ids).slice(0, 12);
    const codes = outcomes(await Promise.all(learners.map((p) => hr.request(ENROL, { c: id, p }))), ['CONFLICT']);
    expect(ok(codes)).toBe(3);
    const { courseEnrolments } = await hr.data('query($c: ID) { courseEnrolments(courseId: $c) { status } }', { c: id });
    expect(courseEnrolments.filter((e: { status: string }) => e.status === 'ENROLLED')).toHaveLength(3);
  });

  it('withdrawing and completing one enrolment at once: exactly one happens', async () => {
    const id = await course('Either or');
    const enrolment = (await employee.data(ENROL, { c: id })).enrol.id;
    const calls = Array.from({ length: 12 }, (_, i) =>
      i % 2 ? 'mutation($e: ID!) { withdrawEnrolment(enrolmentId: $e) { status } }' : 'mutation($e: ID!) { completeCourse(enrolmentId: $e) { status } }',
    );
    const codes = outcomes(await Promise.all(calls.map((q) => employee.request(q, { e: enrolment }))), ['CONFLICT']);
    expect(ok(codes)).toBe(1);
    const { courseEnrolments } = await hr.data('query($c: ID) { courseEnrolments(courseId: $c) { status } }', { c: id });
    expect(courseEnrolments).toEqual([{ status: calls[codes.indexOf('OK')].includes('withdraw') ? 'WITHDRAWN' : 'COMPLETED' }]);
  });

  it('saves a course once when eight forms opened on the same version save at once; the others change nothing', async () => {
    const id = await course('Edited at once', 5);
    const UPDATE = 'mutation($id: ID!, $i: UpdateCourseInput!) { updateCourse(id: $id, input: $i) { title capacity updatedAt } }';
    const READ = 'query($id: ID!) { course(id: $id) { title capacity updatedAt } }';
    const seen = (await hr.data(READ, { id })).course;
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => hr.request(UPDATE, { id, i: { title: `Edited ${i}`, capacity: 10 + i, expectedUpdatedAt: seen.updatedAt } })));
    const codes = outcomes(answers, ['CONFLICT']);
    expect(ok(codes)).toBe(1);
    expect(answers.filter((a) => a.errors?.length).every((a) => a.errors![0].extensions?.field === 'input.expectedUpdatedAt')).toBe(true);
    const won = (answers[codes.indexOf('OK')].data as { updateCourse: { title: string; capacity: number; updatedAt: string } }).updateCourse;
    const after = (await hr.data(READ, { id })).course;
    expect(after).toEqual(won);
    expect(after.capacity).toBe(10 + Number(won.title.split(' ')[1]));
    expect(after.updatedAt > seen.updatedAt).toBe(true);

    // The form opened before that save is stale; a save that sends no version still overwrites.
    const stale = await hr.request(UPDATE, { id, i: { title: 'Stale', expectedUpdatedAt: seen.updatedAt } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.expectedUpdatedAt' });
    const blind = (await hr.data(UPDATE, { id, i: { title: 'Overwritten' } })).updateCourse;
    expect(blind).toMatchObject({ title: 'Overwritten', capacity: after.capacity });
    expect(blind.updatedAt > after.updatedAt).toBe(true);
    expect((await hr.data(READ, { id })).course).toEqual(blind);
  });

  it('saves a career level once when eight forms opened on the same version replace it at once; the others change nothing', async () => {
    const ladderId = (await hr.data('mutation { createCareerLadder(input: { track: IC, name: "Edited ladder" }) { id } }')).createCareerLadder.id;
    const UPSERT = 'mutation($i: CareerLevelInput!) { upsertCareerLevel(input: $i) { id title rank updatedAt } }';
    const seen = (await hr.data(UPSERT, { i: { ladderId, code: 'EDIT1', rank: 1, title: 'Level one', expectations: [] } })).upsertCareerLevel;
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => hr.request(UPSERT, { i: { ladderId, code: 'EDIT1', rank: 10 + i, title: `Edited ${i}`, expectations: [], expectedUpdatedAt: seen.updatedAt } })));
    const codes = outcomes(answers, ['CONFLICT']);
    expect(ok(codes)).toBe(1);
    expect(answers.filter((a) => a.errors?.length).every((a) => a.errors![0].extensions?.field === 'input.expectedUpdatedAt')).toBe(true);
    const won = (answers[codes.indexOf('OK')].data as { upsertCareerLevel: { id: string; title: string; rank: number; updatedAt: string } }).upsertCareerLevel;
    expect(won.id).toBe(seen.id);
    expect(won.rank).toBe(10 + Number(won.title.split(' ')[1]));
    const LADDER = '{ careerLadders { id levels { code title rank updatedAt } } }';
    const levels = (await hr.data(LADDER)).careerLadders.find((l: { id: string }) => l.id === ladderId).levels;
    expect(levels).toEqual([{ code: 'EDIT1', title: won.title, rank: won.rank, updatedAt: won.updatedAt }]);
    expect(won.updatedAt > seen.updatedAt).toBe(true);

    // The form opened before that save is stale; a new level's form (no version) still replaces it.
    const stale = await hr.request(UPSERT, { i: { ladderId, code: 'EDIT1', rank: 1, title: 'Stale', expectations: [], expectedUpdatedAt: seen.updatedAt } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.expectedUpdatedAt' });
    expect((await hr.data(UPSERT, { i: { ladderId, code: 'EDIT1', rank: 2, title: 'Replaced', expectations: [] } })).upsertCareerLevel).toMatchObject({ id: seen.id, title: 'Replaced' });
  });

  it('conference expenses recorded at once never spend more than the budget, nor does a cut go below the spending', async () => {
    const person = ids['alex.novak'];
    await hr.data(SET_BUDGET, { p: person, y: 2031, a: { amount: 10_000, currency: 'CNY' } });
    const expense = (amount: number) => hr.request(EXPENSE, { i: { personId: person, conference: 'RaceConf', date: '2031-06-01', amount: { amount, currency: 'CNY' } } });
    const codes = outcomes(await Promise.all(Array.from({ length: 12 }, () => expense(3000))), ['CONFLICT']);
    expect(ok(codes)).toBe(3);
    expect((await hr.data(BUDGET, { p: person, y: 2031 })).conferenceBudget.spent.amount).toBe(9000);

    // A budget cut racing more spending: whatever wins, the spending fits the budget.
    await hr.data(SET_BUDGET, { p: person, y: 2032, a: { amount: 20_000, currency: 'CNY' } });
    const calls = [
      ...Array.from({ length: 6 }, () => hr.request(EXPENSE, { i: { personId: person, conference: 'RaceConf', date: '2032-06-01', amount: { amount: 2000, currency: 'CNY' } } })),
      hr.request(SET_BUDGET, { p: person, y: 2032, a: { amount: 5000, currency: 'CNY' } }),
      ...Array.from({ length: 6 }, () => hr.request(EXPENSE, { i: { personId: person, conference: 'RaceConf', date: '2032-07-01', amount: { amount: 2000, currency: 'CNY' } } })),
    ];
    const mixed = outcomes(await Promise.all(calls), ['CONFLICT']);
    const { conferenceBudget } = await hr.data(BUDGET, { p: person, y: 2032 });
    expect(conferenceBudget.spent.amount).toBeLessThanOrEqual(conferenceBudget.allocated.amount);
    expect(conferenceBudget.expenses).toHaveLength(ok(mixed) - (mixed[6] === 'OK' ? 1 : 0));
    expect(conferenceBudget.allocated.amount).toBe(mixed[6] === 'OK' ? 5000 : 20_000);
  });

  it('one active development plan per person, however many are created or reactivated at once', async () => {
    const person = ids['alex.novak'];
    const codes = outcomes(await Promise.all(Array.from({ length: 10 }, (_, i) => hr.request(CREATE_PLAN, { i: { personId: person, summary: `Plan ${i}` } }))), ['CONFLICT']);
    expect(ok(codes)).toBe(1);
    expect((await plansOf(person)).filter((p) => p.status === 'ACTIVE')).toHaveLength(1);

    // Two cancelled plans, each reactivated five times at once: only one of them may win.
    const other = ids['guo.ting'];
    const made: string[] = [];
    for (const summary of ['First', 'Second']) {
      const plan = (await hr.data(CREATE_PLAN, { i: { personId: other, summary } })).createDevelopmentPlan.id;
      await hr.data(UPDATE_PLAN, { id: plan, i: { status: 'CANCELLED' } });
      made.push(plan);
    }
    const targets = Array.from({ length: 10 }, (_, i) => made[i % 2]);
    const again = outcomes(await Promise.all(targets.map((id) => hr.request(UPDATE_PLAN, { id, i: { status: 'ACTIVE' } }))), ['CONFLICT']);
    const winners = new Set(targets.filter((_, i) => again[i] === 'OK'));
    expect(winners.size).toBe(1);
    expect(ok(again)).toBe(5);
    expect((await plansOf(other)).filter((p) => p.status === 'ACTIVE').map((p) => p.id)).toEqual([...winners]);
  });

  it('concurrent edits of a plan and its goals, each of other fields, are all kept', async () => {
    const [plan] = (await plansOf(ids.employee)).filter((p) => p.status === 'ACTIVE');
    const goals: string[] = [];
    for (let g = 0; g < 3; g++) {
      const { addDevelopmentGoal } = await hr.data('mutation($p: ID!, $t: String!) { addDevelopmentGoal(planId: $p, input: { title: $t }) { goals { id title } } }', { p: plan.id, t: `Goal ${g}` });
      goals.push(addDevelopmentGoal.goals.find((x: { title: string }) => x.title === `Goal ${g}`).id);
    }
    const { careerLadders } = await hr.data('{ careerLadders { levels { id code } } }');
    const p7 = careerLadders.flatMap((l: { levels: Array<{ id: string; code: string }> }) => l.levels).find((l: { code: string }) => l.code === 'P7').id;
    const calls = [
      ...goals.flatMap((id, g) => [
        hr.request(UPDATE_GOAL, { id, i: { title: `Renamed ${g}` } }),
        hr.request(UPDATE_GOAL, { id, i: { description: `Described ${g}` } }),
        hr.request(UPDATE_GOAL, { id, i: { dueOn: `2027-0${g + 1}-15` } }),
        employee.request(UPDATE_GOAL, { id, i: { status: 'DONE' } }),
      ]),
      hr.request(UPDATE_PLAN, { id: plan.id, i: { mentorId: ids['tang.yu'] } }),
      hr.request(UPDATE_PLAN, { id: plan.id, i: { dueOn: '2027-12-31' } }),
      hr.request(UPDATE_PLAN, { id: plan.id, i: { summary: 'Edited at once' } }),
      hr.request(UPDATE_PLAN, { id: plan.id, i: { targetLevelId: p7 } }),
    ];
    const codes = outcomes(await Promise.all(calls), []);
    expect(ok(codes)).toBe(16);
    const { developmentPlan } = await hr.data('query($id: ID!) { developmentPlan(id: $id) { mentor { id } dueOn summary targetLevel { id } goals { id title description dueOn status } } }', { id: plan.id });
    expect(developmentPlan).toMatchObject({ mentor: { id: ids['tang.yu'] }, dueOn: '2027-12-31', summary: 'Edited at once', targetLevel: { id: p7 } });
    goals.forEach((id, g) => {
      expect(developmentPlan.goals.find((x: { id: string }) => x.id === id)).toEqual({ id, title: `Renamed ${g}`, description: `Described ${g}`, dueOn: `2027-0${g + 1}-15`, status: 'DONE' });
    });
  });

  it('requisitions suggested by many at once are announced once each', async () => {
    const { createSkillCategory } = await hr.data('mutation { createSkillCategory(input: { name: "Rare" }) { id } }');
    const skill = (await hr.data('mutation($c: ID!) { createSkill(input: { categoryId: $c, name: "Quantum compilers" }) { id } }', { c: createSkillCategory.id })).createSkill.id;
    const { orgUnits } = await hr.data('{ orgUnits { id name } }');
    const unit = orgUnits.find((u: { name: string }) => u.name === 'Inference').id;
    const project = (await hr.data('mutation($u: ID) { createProject(input: { name: "Quantum serving", ownerUnitId: $u, priority: 4, headcountMin: 1, headcountMax: 2, status: ACTIVE }) { id } }', { u: unit })).createProject.id;
    await hr.data('mutation($p: ID!, $s: ID!) { setProjectRequirements(input: { projectId: $p, requirements: [{ skillId: $s, minLevel: 5, weight: 1 }] }) { id } }', { p: project, s: skill });
    // For the unit and for the whole company (unitId null), eight times each.
    const scopes = Array.from({ length: 16 }, (_, i) => (i % 2 ? unit : null));
    const calls = scopes.map((u) => hr.request('mutation($u: ID) { suggestRequisitions(unitId: $u) { requisitions { skillId alreadySuggested } } }', { u }));
    const codes = outcomes(await Promise.all(calls), []);
    expect(ok(codes)).toBe(16);
    for (const scope of [unit, null]) {
      const events = (await outbox(server, 'development.requisition-suggested')).filter((e) => e.unitId === scope);
      expect(events.filter((e) => e.skillId === skill)).toHaveLength(1);
      expect(new Set(events.map((e) => `${e.skillId}|${e.level}`)).size).toBe(events.length);
    }
  });

  it('a level being deleted while plans are pointed at it: the delete refuses or no plan targets it, never a plan aiming at a deleted level', async () => {
    const ladderId = (await hr.data('mutation { createCareerLadder(input: { track: IC, name: "Racing ladder" }) { id } }')).createCareerLadder.id;
    const active = (await hr.data('{ developmentPlans(status: ACTIVE) { person { id } } }')).developmentPlans.map((p: { person: { id: string } }) => p.person.id);
    const free = Object.values(ids).filter((id) => !active.includes(id)).slice(0, 3);
    expect(free).toHaveLength(3);
    const deletes: string[] = [];
    for (let round = 0; round < 8; round++) {
      const levelId = (await hr.data('mutation($i: CareerLevelInput!) { upsertCareerLevel(input: $i) { id } }', { i: { ladderId, code: `RACE${round}`, rank: round + 1, title: `Race ${round}`, expectations: [] } })).upsertCareerLevel.id;
      const creates = free.map((personId) => () => hr.request(CREATE_PLAN, { i: { personId, targetLevelId: levelId, summary: `round ${round}` } }));
      const remove = () => hr.request('mutation($id: ID!) { deleteCareerLevel(id: $id) }', { id: levelId });
      // The delete goes first, in the middle or last, so both orders of commit are tried.
      const order = [...creates];
      order.splice(round % (creates.length + 1), 0, remove);
      const results = await Promise.all(order.map((f) => f()));
      const deleteAt = round % (creates.length + 1);
      const [deleted] = outcomes([results[deleteAt]], ['CONFLICT']);
      const planCodes = outcomes(results.filter((_, i) => i !== deleteAt), ['BAD_USER_INPUT']);
      deletes.push(deleted);
      const { careerLadders } = await hr.data('{ careerLadders { id levels { id } } }');
      const levelExists = careerLadders.find((l: { id: string }) => l.id === ladderId).levels.some((l: { id: string }) => l.id === levelId);
      const plans = (await hr.data('{ developmentPlans { id status targetLevel { id } } }')).developmentPlans;
      const aiming = plans.filter((p: { targetLevel: { id: string } | null }) => p.targetLevel?.id === levelId);
      const [row] = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM development_plans WHERE "targetLevelId" = '${levelId}'`);
      if (deleted === 'OK') {
        expect(levelExists).toBe(false);
        expect(ok(planCodes)).toBe(0);
        expect(Number(row.n)).toBe(0); // no row points at the deleted level
      } else {
        expect(levelExists).toBe(true);
        expect(ok(planCodes)).toBeGreaterThan(0);
        expect(aiming).toHaveLength(ok(planCodes));
      }
      // Free the people for the next round.
      for (const p of aiming) await hr.data(UPDATE_PLAN, { id: p.id, i: { status: 'CANCELLED' } });
    }
    expect(deletes.length).toBe(8);
  });
});
