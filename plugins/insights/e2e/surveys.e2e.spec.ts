import { structurePlugin } from '@cadre/plugin-structure';
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insightsPlugin } from '../src/index.js';
import { answersFor, count, dataIn, employees, personIds } from './support/demo.js';

const SURVEY = 'id title kind status invited responses awaitingMyAnswer answeredByMe audienceUnitIds audienceLevels questions { id kind text options required texts { enUS zhCN } }';
const CREATE = `mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { ${SURVEY} } }`;
const ANSWER = 'mutation($s: ID!, $a: [InsightsAnswerInput!]!) { submitSurveyResponse(surveyId: $s, answers: $a) { answeredByMe awaitingMyAnswer } }';

describe('surveys: drafting, opening, answering once, closing', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let ids: Record<string, string>;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin, insightsPlugin] });
    [owner, hr, manager, employee] = await Promise.all([server.loginAs('owner'), server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
    ids = await personIds(hr);
  });
  afterAll(() => server?.close());

  it('seeds engagement surveys and pulses with a trend, and this month’s pulse awaiting the demo accounts', async () => {
    const { surveys } = await hr.data(`{ surveys { ${SURVEY} } }`);
    expect(surveys.filter((s: { kind: string }) => s.kind === 'ENGAGEMENT')).toHaveLength(2);
    expect(surveys.filter((s: { kind: string }) => s.kind === 'PULSE')).toHaveLength(12);
    expect(surveys.filter((s: { status: string }) => s.status === 'OPEN')).toHaveLength(1);
    const mine = (await employee.data(`{ mySurveys { ${SURVEY} } }`)).mySurveys;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'PULSE', awaitingMyAnswer: true, answeredByMe: false });
    const trend = (await hr.data('{ surveyTrend { title openedAt result { respondents responseRate enps engagement suppressed questions { questionId } } } }')).surveyTrend;
    expect(trend).toHaveLength(14);
    expect(trend.every((p: { result: { suppressed: boolean; respondents: number; questions: unknown[] } }) => !p.result.suppressed && p.result.respondents >= 5 && p.result.questions.length === 0)).toBe(true);
    expect([...trend.map((p: { openedAt: string }) => p.openedAt)]).toEqual([...trend.map((p: { openedAt: string }) => p.openedAt)].sort());
  });

  it('lets only survey admins draft, change and open surveys, with errors that name the field and change nothing', async () => {
    const before = await count(server, 'insights_surveys');
    expect((await employee.request(CREATE, { i: { title: 'Mine', kind: 'PULSE' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await manager.request(`{ surveys { id } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ title: 'x', kind: 'CUSTOM' }, 'input.questions'],
      [{ title: 'x', kind: 'CUSTOM', questions: [{ kind: 'SINGLE', text: { enUS: 'Pick' }, options: [{ enUS: 'only one' }] }] }, 'input.questions.0.options'],
      [{ title: 'x', kind: 'CUSTOM', questions: [{ kind: 'LIKERT', text: { enUS: 'Q' }, options: [{ enUS: 'a' }, { enUS: 'b' }] }] }, 'input.questions.0.options'],
      [{ title: 'x', kind: 'PULSE', audienceUnitIds: ['no-such-unit'] }, 'input.audienceUnitIds'],
      [{ title: '', kind: 'PULSE' }, 'input.title'],
      [{ title: 'x', kind: 'PULSE', closesOn: '2026-02-30' }, 'input.closesOn'],
    ];
    for (const [i, field] of bad) expect((await hr.request(CREATE, { i })).errors?.[0].extensions?.field, field).toBe(field);
    expect(await count(server, 'insights_surveys')).toBe(before);

    const custom = (await hr.data(CREATE, { i: { title: 'Tooling', kind: 'CUSTOM', questions: [
      { kind: 'LIKERT', text: { enUS: 'Our tools are good', zhCN: '我们的工具很好' } },
      { kind: 'MULTIPLE', text: { enUS: 'Which do you use?' }, options: [{ enUS: 'Notebooks' }, { enUS: 'IDE', zhCN: '集成开发环境' }, { enUS: 'Terminal' }] },
      { kind: 'TEXT', text: { enUS: 'Anything else?' } },
    ] } })).createSurvey;
    expect(custom).toMatchObject({ status: 'DRAFT', invited: null, responses: null });
    expect(custom.questions.map((q: { id: string; kind: string; required: boolean }) => [q.id, q.kind, q.required])).toEqual([['q1', 'LIKERT', true], ['q2', 'MULTIPLE', true], ['q3', 'TEXT', false]]);
    expect(custom.questions[1].texts).toEqual({ enUS: 'Which do you use?', zhCN: 'Which do you use?' });
    const inZh = (await dataIn(hr, 'zh-CN', `{ survey(id: "${custom.id}") { questions { text options } } }`)).survey;
    expect(inZh.questions[0].text).toBe('我们的工具很好');
    expect(inZh.questions[1].options).toEqual(['Notebooks', '集成开发环境', 'Terminal']);

    const upd = 'mutation($id: ID!, $i: UpdateSurveyInput!) { updateSurvey(id: $id, input: $i) { title audienceLevels } }';
    expect((await hr.data(upd, { id: custom.id, i: { title: 'Tooling survey', audienceLevels: ['P5', 'P5'] } })).updateSurvey).toEqual({ title: 'Tooling survey', audienceLevels: ['P5'] });
    const opened = (await hr.data(`mutation { openSurvey(id: "${custom.id}") { status invited } }`)).openSurvey;
    const p5 = (await hr.data('{ people(first: 100, filter: { level: "P5", status: "active" }) { totalCount } }')).people.totalCount;
    expect(opened).toEqual({ status: 'OPEN', invited: p5 });
    expect((await hr.request(upd, { id: custom.id, i: { title: 'Too late' } })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await hr.request(`mutation { openSurvey(id: "${custom.id}") { status } }`)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await hr.request(`mutation { deleteSurvey(id: "${custom.id}") }`)).errors?.[0].extensions?.code).toBe('CONFLICT');
    // Someone not asked (not P5) neither sees nor answers it.
    expect((await manager.request(`{ survey(id: "${custom.id}") { id } }`)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('records answers once per person, checks each answer and keeps no link from answers to people', async () => {
    const pulse = (await hr.data(CREATE, { i: { title: 'December pulse', kind: 'PULSE' } })).createSurvey;
    const draft = (await hr.data(CREATE, { i: { title: 'Never opened', kind: 'PULSE' } })).createSurvey;
    expect((await hr.data(`mutation { deleteSurvey(id: "${draft.id}") }`)).deleteSurvey).toBe(true);
    expect((await employee.request(ANSWER, { s: pulse.id, a: answersFor(pulse.questions, 4) })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await hr.data(`mutation { openSurvey(id: "${pulse.id}") { id } }`);
    const q = pulse.questions as Array<{ id: string; kind: string }>;
    const before = await count(server, 'insights_survey_responses');
    const bad: Array<[unknown[], string]> = [
      [[{ questionId: 'nope', score: 3 }], 'answers.0.questionId'],
      [[{ questionId: q[0].id, score: 6 }], 'answers.0.score'],
      [[{ questionId: q[0].id, score: 3 }, { questionId: q[0].id, score: 3 }], 'answers.1.questionId'],
      [[{ questionId: q[0].id }], 'answers.0.score'],
      [answersFor(q, 4).filter((a) => a.questionId !== 'enps'), 'answers'],
      [[...answersFor(q, 4).filter((a) => a.questionId !== 'enps'), { questionId: 'enps', score: 11 }], `answers.${q.length - 2}.score`],
    ];
    for (const [a, field] of bad) expect((await employee.request(ANSWER, { s: pulse.id, a })).errors?.[0].extensions?.field, field).toBe(field);
    expect(await count(server, 'insights_survey_responses')).toBe(before);

    // Two answers at once from the same person: exactly one lands.
    const answers = answersFor(q, 9, 'A secret comment about my manager');
    const twice = await Promise.all([employee.request(ANSWER, { s: pulse.id, a: answers }), employee.request(ANSWER, { s: pulse.id, a: answers })]);
    expect(twice.map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    expect(await count(server, 'insights_survey_responses')).toBe(before + 1);
    expect((await employee.data(`{ survey(id: "${pulse.id}") { answeredByMe awaitingMyAnswer } }`)).survey).toEqual({ answeredByMe: true, awaitingMyAnswer: false });

    // The response row carries no person, a random (v4) id and the survey's opening time; the
    // audit entry names the survey, and no audit entry holds the answers.
    const [row] = await server.app.dataSource.query(`SELECT * FROM insights_survey_responses WHERE "surveyId" = '${pulse.id}'`);
    expect(Object.keys(row).some((c) => /person|account|user/i.test(c))).toBe(false);
    expect(row.id[14]).toBe('4');
    const { survey } = await hr.data(`{ survey(id: "${pulse.id}") { openedAt } }`);
    expect(row.createdAt).toBe(survey.openedAt);
    const audit = await server.app.dataSource.query(`SELECT * FROM audit_log WHERE operation = 'submitSurveyResponse'`);
    expect(audit.map((a: { targetId: string }) => a.targetId)).toEqual([pulse.id]);
    const everything = JSON.stringify(await server.app.dataSource.query('SELECT * FROM audit_log'));
    expect(everything).not.toContain('A secret comment');
    expect(everything).not.toContain(row.id);

    // The count of answers shows only from k on; reminders reach the others.
    expect((await hr.data(`{ survey(id: "${pulse.id}") { responses invited } }`)).survey.responses).toBeNull();
    const asked = (await hr.data(`{ survey(id: "${pulse.id}") { invited } }`)).survey.invited;
    expect((await hr.data(`mutation { remindSurvey(id: "${pulse.id}") }`)).remindSurvey).toBeGreaterThan(0);
    expect(asked).toBeGreaterThan(5);
    const team = await employees(server, owner, ids, ['tang.yu', 'guo.ting', 'alex.novak', 'anna.kowalski']);
    for (const [i, c] of team.entries()) await c.data(ANSWER, { s: pulse.id, a: answersFor(q, 5 + i) });
    expect((await hr.data(`{ survey(id: "${pulse.id}") { responses } }`)).survey.responses).toBe(5);

    await hr.data(`mutation { closeSurvey(id: "${pulse.id}") { status } }`);
    expect((await manager.request(ANSWER, { s: pulse.id, a: answersFor(q, 7) })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await hr.request(`mutation { closeSurvey(id: "${pulse.id}") { status } }`)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await hr.request(`mutation { remindSurvey(id: "${pulse.id}") }`)).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('keeps results and the threshold setting to their permission holders', async () => {
    const { surveys } = await hr.data('{ surveys(status: CLOSED) { id } }');
    const q = `{ surveyResults(surveyId: "${surveys[0].id}") { threshold overall { respondents } } }`;
    for (const c of [employee, manager]) expect((await c.request(q)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await owner.data(q)).surveyResults.threshold).toBe(5);
    expect((await employee.data('{ anonymityThreshold }')).anonymityThreshold).toBe(5);
    expect((await employee.request('mutation { setAnonymityThreshold(k: 7) }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const k of [2, 51]) expect((await hr.request(`mutation { setAnonymityThreshold(k: ${k}) }`)).errors?.[0].extensions?.field).toBe('k');
    expect((await employee.data('{ anonymityThreshold }')).anonymityThreshold).toBe(5);
  });

  it('of eight survey admins saving forms opened on the same version at once, one saves; the others change nothing', async () => {
    const UPDATE = 'mutation($id: ID!, $i: UpdateSurveyInput!) { updateSurvey(id: $id, input: $i) { title audienceLevels updatedAt } }';
    const READ = 'query($id: ID!) { survey(id: $id) { title audienceLevels updatedAt questions { text } } }';
    const { id } = (await hr.data(CREATE, { i: { title: 'Edited at once', kind: 'CUSTOM', questions: [{ kind: 'LIKERT', text: { enUS: 'Before' } }] } })).createSurvey;
    const seen = (await hr.data(READ, { id })).survey;
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => hr.request(UPDATE, { id, i: { title: `Edited ${i}`, audienceLevels: [`P${i}`], expectedUpdatedAt: seen.updatedAt } })));
    const codes = answers.map((a) => (a.errors?.length ? a.errors[0].extensions?.code : 'OK'));
    expect(codes.filter((c) => c !== 'OK' && c !== 'CONFLICT')).toEqual([]);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(answers.filter((a) => a.errors?.length).every((a) => a.errors![0].extensions?.field === 'input.expectedUpdatedAt')).toBe(true);
    const won = (answers[codes.indexOf('OK')].data as { updateSurvey: { title: string; audienceLevels: string[]; updatedAt: string } }).updateSurvey;
    const after = (await hr.data(READ, { id })).survey;
    expect(after).toMatchObject(won);
    expect(after.audienceLevels).toEqual([`P${won.title.split(' ')[1]}`]);
    expect(after.updatedAt > seen.updatedAt).toBe(true);

    // Changing only the questions is an edit too: a form opened before it is stale.
    const asked = (await hr.data(UPDATE, { id, i: { questions: [{ kind: 'LIKERT', text: { enUS: 'After' } }], expectedUpdatedAt: after.updatedAt } })).updateSurvey;
    expect(asked.updatedAt > after.updatedAt).toBe(true);
    const stale = await hr.request(UPDATE, { id, i: { title: 'Stale', expectedUpdatedAt: after.updatedAt } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.expectedUpdatedAt' });
    expect((await hr.data(READ, { id })).survey).toMatchObject({ title: won.title, questions: [{ text: 'After' }], updatedAt: asked.updatedAt });

    // A save that sends no version still overwrites.
    const blind = (await hr.data(UPDATE, { id, i: { title: 'Overwritten' } })).updateSurvey;
    expect(blind.title).toBe('Overwritten');
    expect(blind.updatedAt > asked.updatedAt).toBe(true);
    await hr.data(`mutation { deleteSurvey(id: "${id}") }`);
  });
});
