import { knowledgePlugin } from '@cadre/plugin-knowledge';
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentPlugin } from '../src/index.js';
import { count, personIds } from './support/demo.js';
import { createFakeStructure } from '@cadre/plugin-structure/testing';

const COURSE = 'id title kind provider hostUnitId skills { skillId skillName level } durationHours capacity cost { amount currency } startsOn endsOn programmeId active enrolledCount completedCount averageRating feedbackCount myEnrolment { id status }';
const ENROLMENT = 'id courseId courseTitle person { id } status completedAt rating feedback';

describe('career ladders, courses and programmes', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let recruiter: GraphQLClient;
  let ids: Record<string, string>;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [createFakeStructure().plugin, knowledgePlugin, developmentPlugin] });
    [owner, hr, manager, employee, recruiter] = await Promise.all([server.loginAs('owner'), server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee'), server.loginAs('recruiter')]);
    ids = await personIds(hr);
  });
  afterAll(() => server?.close());

  it('seeds the IC ladder P3–P8 and the management ladder M4–M7 with rising expectations', async () => {
    const { careerLadders } = await employee.data('{ careerLadders { id track name levels { id code rank expectations { skillId skillName level } } } }');
    const byTrack = Object.fromEntries(careerLadders.map((l: { track: string }) => [l.track, l]));
    expect(byTrack.IC.levels.map((l: { code: string }) => l.code)).toEqual(['P3', 'P4', 'P5', 'P6', 'P7', 'P8']);
    expect(byTrack.MANAGEMENT.levels.map((l: { code: string }) => l.code)).toEqual(['M4', 'M5', 'M6', 'M7']);
    const dist = (code: string) => byTrack.IC.levels.find((l: { code: string }) => l.code === code).expectations.find((e: { skillId: string }) => e.skillId === 'sk-dist').level;
    expect(['P3', 'P4', 'P5', 'P6', 'P7', 'P8'].map(dist)).toEqual([1, 2, 3, 4, 4, 5]);
    expect(byTrack.MANAGEMENT.levels[3].expectations).toContainEqual({ skillId: 'sk-people', skillName: 'People management', level: 5 });
  });

  it('lets hr build a ladder and replace a level by its code; refuses others and bad input', async () => {
    const { createCareerLadder } = await hr.data('mutation { createCareerLadder(input: { track: IC, name: "Research scientist" }) { id levels { id } } }');
    const upsert = 'mutation($i: CareerLevelInput!) { upsertCareerLevel(input: $i) { id code rank title expectations { skillId level } } }';
    const first = (await hr.data(upsert, { i: { ladderId: createCareerLadder.id, code: 'R1', rank: 1, title: 'Research scientist I', expectations: [{ skillId: 'sk-rlhf', level: 2 }] } })).upsertCareerLevel;
    const again = (await hr.data(upsert, { i: { ladderId: createCareerLadder.id, code: 'R1', rank: 1, title: 'Research scientist I (revised)', expectations: [{ skillId: 'sk-rlhf', level: 3 }, { skillId: 'sk-eval', level: 2 }] } })).upsertCareerLevel;
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ title: 'Research scientist I (revised)', expectations: [{ skillId: 'sk-rlhf', level: 3 }, { skillId: 'sk-eval', level: 2 }] });
    const before = await count(server, 'development_ladder_levels');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ladderId: createCareerLadder.id, code: 'R2', rank: 2, title: 'x', expectations: [{ skillId: 'nope', level: 2 }] }, 'input.expectations'],
      [{ ladderId: createCareerLadder.id, code: 'R2', rank: 2, title: 'x', expectations: [{ skillId: 'sk-rlhf', level: 2 }, { skillId: 'sk-rlhf', level: 3 }] }, 'input.expectations'],
      [{ ladderId: createCareerLadder.id, code: 'R2', rank: 2, title: 'x', expectations: [{ skillId: 'sk-rlhf', level: 6 }] }, 'input.expectations.0.level'],
      [{ ladderId: createCareerLadder.id, code: 'P5', rank: 2, title: 'x', expectations: [] }, 'input.code'],
      [{ ladderId: 'nope', code: 'R2', rank: 2, title: 'x', expectations: [] }, 'input.ladderId'],
      [{ ladderId: createCareerLadder.id, code: 'not a code!', rank: 2, title: 'x', expectations: [] }, 'input.code'],
    ];
    for (const [i, field] of cases) expect((await hr.request(upsert, { i })).errors?.[0].extensions?.field, field).toBe(field);
    expect(await count(server, 'development_ladder_levels')).toBe(before);
    expect((await manager.request('mutation { createCareerLadder(input: { track: IC, name: "x" }) { id } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('renames a ladder keeping its levels, audited; refuses others, blank names and unknown ids', async () => {
    const { careerLadders } = await hr.data('{ careerLadders { id name description levels { id } } }');
    const ic = careerLadders.find((l: { name: string }) => l.name !== 'Research scientist' && l.levels.length === 6);
    const RENAME = 'mutation($id: ID!, $i: UpdateCareerLadderInput!) { updateCareerLadder(id: $id, input: $i) { id name description levels { id } } }';
    const { updateCareerLadder } = await hr.data(RENAME, { id: ic.id, i: { name: '  Individual contributor  ', description: 'Research and engineering' } });
    expect(updateCareerLadder).toEqual({ id: ic.id, name: 'Individual contributor', description: 'Research and engineering', levels: ic.levels });
    const { auditLog } = await owner.data('query($id: String) { auditLog(filter: { targetId: $id, operation: "updateCareerLadder" }) { nodes { actorEmail before after } } }', { id: ic.id });
    expect(auditLog.nodes[0].actorEmail).toBe('hr@demo.local');
    expect([JSON.parse(auditLog.nodes[0].before).name, JSON.parse(auditLog.nodes[0].after).name]).toEqual([ic.name, 'Individual contributor']);

    expect((await hr.request(RENAME, { id: ic.id, i: { name: '   ' } })).errors?.[0].extensions?.field).toBe('input.name');
    expect((await hr.request(RENAME, { id: 'nope', i: { name: 'X' } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    for (const client of [manager, employee]) expect((await client.request(RENAME, { id: ic.id, i: { name: 'Mine' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await hr.data('{ careerLadders { id name } }')).careerLadders.find((l: { id: string }) => l.id === ic.id).name).toBe('Individual contributor');
    await hr.data(RENAME, { id: ic.id, i: { name: ic.name, description: ic.description } });
  });

  it('lists courses of every kind with skills, cost in minor units and ratings, and filters them', async () => {
    const { courses } = await employee.data(`{ courses { ${COURSE} } }`);
    expect(courses.length).toBe(14);
    expect(new Set(courses.map((c: { kind: string }) => c.kind))).toEqual(new Set(['INTERNAL', 'EXTERNAL', 'EXPERT_SESSION', 'CROSS_TRAINING']));
    const cross = courses.filter((c: { kind: string }) => c.kind === 'CROSS_TRAINING');
    expect(cross.map((c: { hostUnitId: string }) => c.hostUnitId).sort()).toEqual(['u-data', 'u-infer']);
    const cuda = courses.find((c: { title: string }) => c.title.startsWith('CUDA'));
    expect(cuda.cost).toEqual({ amount: 450000, currency: 'CNY' });
    const clinic = courses.find((c: { title: string }) => c.title === 'PyTorch performance clinic');
    expect(clinic).toMatchObject({ completedCount: 1, averageRating: 5, feedbackCount: 1, myEnrolment: { status: 'COMPLETED' } });
    const writing = (await employee.data('{ courses(filter: { skillId: "sk-writing" }) { title } }')).courses.map((c: { title: string }) => c.title);
    expect(writing).toEqual(['Design docs that get read', 'Technical writing for engineers']);
    const { programmes } = await employee.data('{ programmes { title courses { title } } }');
    expect(programmes.find((p: { title: string }) => p.title === 'First-time managers programme').courses.map((c: { title: string }) => c.title).sort()).toEqual(['Leading leaders (external)', 'New manager foundations']);
  });

  it('creates courses and programmes (hr), naming bad fields', async () => {
    const { createProgramme } = await hr.data('mutation { createProgramme(title: "Inference track", description: "Serving at scale") { id title courses { id } } }');
    const create = `mutation($i: CreateCourseInput!) { createCourse(input: $i) { ${COURSE} } }`;
    const { createCourse } = await hr.data(create, { i: { title: 'Kernel fusion lab', kind: 'CROSS_TRAINING', hostUnitId: 'u-infer', skills: [{ skillId: 'sk-infer', level: 4 }], durationHours: 40, capacity: 1, cost: { amount: 0, currency: 'CNY' }, startsOn: '2027-01-10', endsOn: '2027-01-20', programmeId: createProgramme.id } });
    expect(createCourse).toMatchObject({ kind: 'CROSS_TRAINING', hostUnitId: 'u-infer', capacity: 1, programmeId: createProgramme.id, skills: [{ skillId: 'sk-infer', skillName: 'Inference optimisation', level: 4 }], enrolledCount: 0, myEnrolment: null });
    const before = await count(server, 'development_courses');
    const base = { title: 'x', kind: 'INTERNAL', skills: [] };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...base, title: '' }, 'input.title'],
      [{ ...base, kind: 'CROSS_TRAINING' }, 'input.hostUnitId'],
      [{ ...base, hostUnitId: 'u-nowhere' }, 'input.hostUnitId'],
      [{ ...base, skills: [{ skillId: 'nope', level: 2 }] }, 'input.skills'],
      [{ ...base, cost: { amount: 1.5, currency: 'CNY' } }, 'input.cost.amount'],
      [{ ...base, cost: { amount: 100, currency: 'rmb' } }, 'input.cost.currency'],
      [{ ...base, startsOn: '2027-02-01', endsOn: '2027-01-01' }, 'input.endsOn'],
      [{ ...base, programmeId: 'nope' }, 'input.programmeId'],
      [{ ...base, durationHours: 0 }, 'input.durationHours'],
    ];
    for (const [i, field] of cases) expect((await hr.request(create, { i })).errors?.[0].extensions?.field, field).toBe(field);
    expect(await count(server, 'development_courses')).toBe(before);
    expect((await employee.request(create, { i: base })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const upd = await hr.data('mutation($id: ID!) { updateCourse(id: $id, input: { active: false, capacity: 3 }) { active capacity } }', { id: createCourse.id });
    expect(upd.updateCourse).toEqual({ active: false, capacity: 3 });
  });

  it('enrols, enforces capacity, completes with the learner’s feedback and keeps enrolments private', async () => {
    const { createCourse } = await hr.data('mutation { createCourse(input: { title: "Profiling night", kind: INTERNAL, skills: [{ skillId: "sk-pytorch", level: 4 }], capacity: 2 }) { id } }');
    const enrol = 'mutation($c: ID!, $p: ID) { enrol(courseId: $c, personId: $p) { ' + ENROLMENT + ' } }';
    const mine = (await employee.data(enrol, { c: createCourse.id })).enrol;
    expect(mine).toMatchObject({ person: { id: ids.employee }, status: 'ENROLLED', courseTitle: 'Profiling night' });
    expect((await employee.request(enrol, { c: createCourse.id })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await employee.request(enrol, { c: createCourse.id, p: ids['alex.novak'] })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byManager = (await manager.data(enrol, { c: createCourse.id, p: ids['han.xue'] })).enrol;
    expect(byManager.person.id).toBe(ids['han.xue']);
    const full = await hr.request(enrol, { c: createCourse.id, p: ids['alex.novak'] });
    expect(full.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'courseId' });
    // Withdrawing frees a place; the learner completes and rates; a manager may complete but not rate.
    await manager.data('mutation($e: ID!) { withdrawEnrolment(enrolmentId: $e) { status } }', { e: byManager.id });
    expect((await hr.data(enrol, { c: createCourse.id, p: ids['alex.novak'] })).enrol.status).toBe('ENROLLED');
    const rated = await manager.request('mutation($e: ID!) { completeCourse(enrolmentId: $e, rating: 5) { status } }', { e: mine.id });
    expect(rated.errors?.[0].extensions?.field).toBe('rating');
    expect((await employee.request('mutation($e: ID!) { completeCourse(enrolmentId: $e, rating: 6) { status } }', { e: mine.id })).errors?.[0].extensions?.field).toBe('rating');
    const done = (await employee.data('mutation($e: ID!) { completeCourse(enrolmentId: $e, rating: 4, comment: "Great") { ' + ENROLMENT + ' } }', { e: mine.id })).completeCourse;
    expect(done).toMatchObject({ status: 'COMPLETED', rating: 4, feedback: 'Great' });
    expect(done.completedAt).not.toBeNull();
    expect((await employee.request('mutation($e: ID!) { completeCourse(enrolmentId: $e) { id } }', { e: mine.id })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const changed = (await employee.data('mutation($e: ID!) { giveCourseFeedback(enrolmentId: $e, feedback: { rating: 2, comment: "On reflection, too short" }) { rating } }', { e: mine.id })).giveCourseFeedback;
    expect(changed.rating).toBe(2);
    expect((await manager.request('mutation($e: ID!) { giveCourseFeedback(enrolmentId: $e, feedback: { rating: 5 }) { rating } }', { e: mine.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await employee.request('mutation($e: ID!) { giveCourseFeedback(enrolmentId: $e, feedback: { rating: 9 }) { rating } }', { e: mine.id })).errors?.[0].extensions?.field).toBe('feedback.rating');
    const course = (await employee.data('query($id: ID!) { course(id: $id) { enrolledCount completedCount averageRating feedbackCount } }', { id: createCourse.id })).course;
    expect(course).toEqual({ enrolledCount: 1, completedCount: 1, averageRating: 2, feedbackCount: 1 });

    const seen = async (c: GraphQLClient) => (await c.data('query($c: ID) { courseEnrolments(courseId: $c) { person { id } } }', { c: createCourse.id })).courseEnrolments.map((e: { person: { id: string } }) => e.person.id).sort();
    expect(await seen(employee)).toEqual([ids.employee]);
    expect(await seen(manager)).toEqual([ids.employee, ids['han.xue'], ids['alex.novak']].sort()); // all three report to manager@
    const { courses } = await hr.data('{ courses(filter: { activeOnly: true }) { id title } }');
    await hr.data(enrol, { c: courses.find((c: { title: string }) => c.title === 'Evaluation design workshop').id, p: ids['isabella.costa'] });
    const outsider = 'query($p: ID) { courseEnrolments(personId: $p) { id } }';
    expect((await manager.data(outsider, { p: ids['isabella.costa'] })).courseEnrolments).toEqual([]);
    expect((await hr.data(outsider, { p: ids['isabella.costa'] })).courseEnrolments).toHaveLength(1);
    expect(await seen(hr)).toEqual([ids.employee, ids['han.xue'], ids['alex.novak']].sort());
    expect(await seen(recruiter)).toEqual([]);
  });

  it('keeps tenants apart', async () => {
    const other = await server.createTenant('other-development');
    const result = await other.data('{ careerLadders { id } courses { id } programmes { id } }');
    expect(result).toEqual({ careerLadders: [], courses: [], programmes: [] });
    const { courses } = await owner.data('{ courses { id } }');
    expect((await other.request('query($id: ID!) { course(id: $id) { id } }', { id: courses[0].id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
