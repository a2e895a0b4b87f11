import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attractionPlugin } from '../src/index.js';
import { candidateByName, expectError, personId, requisitionByTitle } from './helpers.js';

const CANDIDATE = 'id name email stage source allowedMoves daysInStage scorecardCount averageScore requisitionTitle';
const CREATE = `mutation($i: CreateAttractionCandidateInput!) { createCandidate(input: $i) { ${CANDIDATE} } }`;
const MOVE = `mutation($id: ID!, $s: String!, $r: String) { moveCandidate(id: $id, stage: $s, reason: $r) { ${CANDIDATE} } }`;
const SCORE = 'mutation($i: AddAttractionScorecardInput!) { addScorecard(input: $i) { id interviewerId interviewerName round averageScore recommendation ratings { criterion score comment } } }';
const FUNNEL = `query($r: ID) { hiringFunnel(requisitionId: $r) {
  overall { candidates active rejected withdrawn hires timeToHireDaysAvg timeToHireDaysMedian offersExtended offersAccepted offersDeclined offerAcceptanceRate
    stages { stage reached current conversionToNext avgDaysInStage } sources { source candidates interviewed offered hires interviewRate hireRate } }
  requisitions { requisitionId requisitionTitle candidates hires timeToHireDaysAvg offerAcceptanceRate stages { stage reached conversionToNext avgDaysInStage } } } }`;
const INFRA_CRITERIA = ['Distributed systems', 'Coding', 'GPU and cluster operations', 'Communication', 'Ownership'];

describe('candidates, pipeline and funnel', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let recruiter: GraphQLClient;
  let employee: GraphQLClient;
  let infraId: string;
  let rsId: string;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [attractionPlugin] });
    [hr, manager, recruiter, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('recruiter'), server.loginAs('employee')]);
    infraId = (await requisitionByTitle(hr, 'ML Infrastructure Engineer')).id;
    rsId = (await requisitionByTitle(hr, 'Research Scientist, Alignment')).id;
  });
  afterAll(() => server?.close());

  it('reports the funnel of the seeded pipeline exactly', async () => {
    const { hiringFunnel } = await hr.data(FUNNEL);
    expect(hiringFunnel.overall).toMatchObject({ candidates: 23, hires: 2, timeToHireDaysAvg: 24, timeToHireDaysMedian: 24, offersExtended: 4, offersAccepted: 2, offersDeclined: 1, offerAcceptanceRate: 0.6667 });
    expect(hiringFunnel.requisitions.map((r: { requisitionTitle: string }) => r.requisitionTitle)).toEqual(['ML Infrastructure Engineer', 'Research Scientist, Alignment', 'Product Manager, Developer Platform', 'Data Engineer, Evaluation Pipelines']);
    const { hiringFunnel: rs } = await recruiter.data(FUNNEL, { r: rsId });
    expect(rs.requisitions).toHaveLength(1);
    expect(rs.overall).toMatchObject({ candidates: 10, active: 6, rejected: 1, withdrawn: 2, hires: 1, timeToHireDaysAvg: 25, offersExtended: 2, offersAccepted: 1, offersDeclined: 1, offerAcceptanceRate: 0.5 });
    // Completed stays, from the seed's paths: sourced 3,4,5,8,6,5,5,3 → 4.875; screen 5,6,13,12,5,3,5 → 7;
    // interviews 12,25,5,8 → 12.5; offer 5,3 → 4. Time to hire: Lin Mei, sourced 58 days ago, hired 33 → 25.
    expect(rs.overall.stages).toEqual([
      { stage: 'sourced', reached: 10, current: 2, conversionToNext: 0.8, avgDaysInStage: 4.9 },
      { stage: 'screen', reached: 8, current: 1, conversionToNext: 0.75, avgDaysInStage: 7 },
      { stage: 'interviews', reached: 6, current: 2, conversionToNext: 0.5, avgDaysInStage: 12.5 },
      { stage: 'offer', reached: 3, current: 1, conversionToNext: 0.3333, avgDaysInStage: 4 },
      { stage: 'hired', reached: 1, current: 1, conversionToNext: null, avgDaysInStage: null },
    ]);
    expect(rs.overall.sources.slice(0, 2)).toEqual([
      { source: 'linkedin', candidates: 3, interviewed: 2, offered: 2, hires: 0, interviewRate: 0.6667, hireRate: 0 },
      { source: 'referral', candidates: 2, interviewed: 1, offered: 1, hires: 1, interviewRate: 0.5, hireRate: 0.5 },
    ]);
  });

  it('shows managers only the pipeline of requisitions their chain hires for', async () => {
    const { hiringFunnel } = await manager.data(FUNNEL);
    expect(hiringFunnel.requisitions.map((r: { requisitionTitle: string }) => r.requisitionTitle)).toEqual(['ML Infrastructure Engineer']);
    expect(hiringFunnel.overall).toMatchObject({ candidates: 7, hires: 1, timeToHireDaysAvg: 23 });
    await expectError(manager, FUNNEL, { r: rsId }, 'FORBIDDEN');
    const { candidates } = await manager.data('{ candidates { requisitionTitle } }');
    expect(candidates).toHaveLength(7);
    expect(new Set(candidates.map((c: { requisitionTitle: string }) => c.requisitionTitle))).toEqual(new Set(['ML Infrastructure Engineer']));
    const arjun = await candidateByName(recruiter, 'Arjun Mehta');
    await expectError(manager, 'query($id: ID!) { candidate(id: $id) { id } }', { id: arjun.id }, 'FORBIDDEN');
    await expectError(employee, '{ candidates { id } }', {}, 'FORBIDDEN');
    await expectError(employee, FUNNEL, {}, 'FORBIDDEN');
    expect((await recruiter.data('{ candidates { id } }')).candidates).toHaveLength(23);
    expect((await recruiter.data('{ candidates(filter: { stage: "interviews" }) { id } }')).candidates).toHaveLength(4);
    expect((await recruiter.data('{ candidates(filter: { source: "campus" }) { name } }')).candidates.map((c: { name: string }) => c.name).sort()).toEqual(['冯睿 Feng Rui', '孙佳慧 Sun Jiahui']);
  });

  it('shows a candidate page with stage history, scorecards, notes and offers', async () => {
    const arjun = await candidateByName(recruiter, 'Arjun Mehta');
    const { candidate } = await recruiter.data(`query($id: ID!) { candidate(id: $id) { ${CANDIDATE}
      transitions { fromStage toStage at daysInPreviousStage } scorecards { interviewerName round averageScore recommendation ratings { criterion score } }
      notes { authorName body } offers { status base compaRatio } } }`, { id: arjun.id });
    expect(candidate).toMatchObject({ stage: 'offer', source: 'linkedin', scorecardCount: 2, averageScore: 3.5, allowedMoves: ['rejected', 'withdrawn'], requisitionTitle: 'Research Scientist, Alignment' });
    expect(candidate.daysInStage).toBeCloseTo(5, 0);
    expect(candidate.transitions.map((t: { fromStage: string | null; toStage: string; daysInPreviousStage: number | null }) => [t.fromStage, t.toStage, t.daysInPreviousStage])).toEqual([
      [null, 'sourced', null], ['sourced', 'screen', 4], ['screen', 'interviews', 6], ['interviews', 'offer', 25],
    ]);
    expect(candidate.scorecards.map((s: { interviewerName: string; averageScore: number }) => [s.interviewerName, s.averageScore])).toEqual([['Dr. James Liu', 3.6], ['Priya Sharma', 3.4]]);
    expect(candidate.notes).toEqual([{ authorName: 'Isabella Costa', body: expect.stringMatching(/needs the extra approval/) }]);
    expect(candidate.offers).toEqual([{ status: 'pending-approval', base: 120_000_000, compaRatio: 1.25 }]);
  });

  it('adds candidates to open requisitions and moves them one stage at a time, recording each move', async () => {
    const { createCandidate: ada } = await recruiter.data(CREATE, { i: { requisitionId: infraId, name: 'Ada Zhang', email: 'Ada.Zhang@Example.com', source: 'referral', referrerId: await personId(hr, 'alex.novak@demo.local'), note: 'Referred by Alex' } });
    expect(ada).toMatchObject({ email: 'ada.zhang@example.com', stage: 'sourced', allowedMoves: ['screen', 'rejected', 'withdrawn'], scorecardCount: 0, averageScore: null });
    expect(ada.daysInStage).toBeLessThan(0.1);
    await expectError(recruiter, MOVE, { id: ada.id, s: 'interviews' }, 'CONFLICT', 'stage');
    await expectError(recruiter, MOVE, { id: ada.id, s: 'hired' }, 'CONFLICT', 'stage');
    await expectError(recruiter, MOVE, { id: ada.id, s: 'promoted' }, 'BAD_USER_INPUT', 'stage');
    expect((await recruiter.data(MOVE, { id: ada.id, s: 'screen' })).moveCandidate.stage).toBe('screen');
    await expectError(recruiter, MOVE, { id: ada.id, s: 'sourced' }, 'CONFLICT', 'stage');
    await expectError(recruiter, MOVE, { id: ada.id, s: 'screen' }, 'CONFLICT', 'stage');
    const moved = (await recruiter.data(MOVE, { id: ada.id, s: 'interviews', r: 'Strong phone screen' })).moveCandidate;
    expect(moved).toMatchObject({ stage: 'interviews', allowedMoves: ['offer', 'rejected', 'withdrawn'] });
    const { candidate } = await recruiter.data('query($id: ID!) { candidate(id: $id) { transitions { fromStage toStage at reason byPersonId } notes { body authorName } } }', { id: ada.id });
    expect(candidate.transitions.map((t: { fromStage: string | null; toStage: string }) => `${t.fromStage}->${t.toStage}`)).toEqual(['null->sourced', 'sourced->screen', 'screen->interviews']);
    expect(candidate.transitions[2]).toMatchObject({ reason: 'Strong phone screen', byPersonId: await personId(hr, 'kevin.wu@demo.local') });
    const times = candidate.transitions.map((t: { at: string }) => t.at);
    expect([...times].sort()).toEqual(times);
    expect(candidate.notes).toEqual([{ body: 'Referred by Alex', authorName: 'Kevin Wu' }]);

    const { createCandidate: bo } = await recruiter.data(CREATE, { i: { requisitionId: infraId, name: 'Bo Li', email: 'bo.li@example.com', source: 'job-board' } });
    expect((await recruiter.data(MOVE, { id: bo.id, s: 'rejected', r: 'No distributed systems experience' })).moveCandidate).toMatchObject({ stage: 'rejected', allowedMoves: [], daysInStage: null });
    await expectError(recruiter, MOVE, { id: bo.id, s: 'screen' }, 'CONFLICT', 'stage');
    expect((await recruiter.data('{ candidates(filter: { search: "ada.zhang" }) { name } }')).candidates).toEqual([{ name: 'Ada Zhang' }]);
    await expectError(manager, MOVE, { id: ada.id, s: 'rejected' }, 'FORBIDDEN');
  });

  it('refuses bad candidates, naming the field, and writes nothing', async () => {
    const count = async () => (await recruiter.data('{ candidates { id } }')).candidates.length;
    const before = await count();
    const draft = await requisitionByTitle(hr, 'Data Engineer, Evaluation Pipelines');
    const base = { requisitionId: infraId, name: 'X', email: 'x@example.com', source: 'linkedin' };
    await expectError(recruiter, CREATE, { i: { ...base, requisitionId: draft.id } }, 'CONFLICT', 'input.requisitionId');
    await expectError(recruiter, CREATE, { i: { ...base, email: 'chen.bo@example.com' } }, 'CONFLICT', 'input.email');
    await expectError(recruiter, CREATE, { i: { ...base, email: 'not-an-email' } }, 'BAD_USER_INPUT', 'input.email');
    await expectError(recruiter, CREATE, { i: { ...base, source: 'billboard' } }, 'BAD_USER_INPUT', 'input.source');
    await expectError(recruiter, CREATE, { i: { ...base, name: '' } }, 'BAD_USER_INPUT', 'input.name');
    await expectError(recruiter, CREATE, { i: { ...base, referrerId: 'nobody' } }, 'BAD_USER_INPUT', 'input.referrerId');
    await expectError(recruiter, CREATE, { i: { ...base, requisitionId: 'nope' } }, 'NOT_FOUND');
    await expectError(manager, CREATE, { i: base }, 'FORBIDDEN');
    expect(await count()).toBe(before);
    const liu = await candidateByName(recruiter, '刘洋 Liu Yang');
    const u = 'mutation($id: ID!, $i: UpdateAttractionCandidateInput!) { updateCandidate(id: $id, input: $i) { name email headline source } }';
    expect((await recruiter.data(u, { id: liu.id, i: { headline: 'Backend Engineer, payments → infra', source: 'referral' } })).updateCandidate).toMatchObject({ headline: 'Backend Engineer, payments → infra', source: 'referral' });
    await expectError(recruiter, u, { id: liu.id, i: { email: 'chen.bo@example.com' } }, 'CONFLICT', 'input.email');
  });

  it('records scorecards against every criterion of the requisition', async () => {
    const priyanka = await candidateByName(manager, 'Priyanka Rao');
    const ratings = INFRA_CRITERIA.map((criterion, i) => ({ criterion, score: [4, 3, 4, 3, 2][i], comment: i ? '' : 'Deep NCCL knowledge' }));
    const { addScorecard } = await manager.data(SCORE, { i: { candidateId: priyanka.id, round: 'System design', ratings, recommendation: 'yes', summary: 'Solid' } });
    expect(addScorecard).toMatchObject({ interviewerName: '高飞 Gao Fei', round: 'System design', averageScore: 3.2, recommendation: 'yes' });
    expect(addScorecard.ratings[0]).toEqual({ criterion: 'Distributed systems', score: 4, comment: 'Deep NCCL knowledge' });
    expect((await manager.data('query($id: ID!) { candidate(id: $id) { scorecardCount } }', { id: priyanka.id })).candidate.scorecardCount).toBe(3);

    const i = { candidateId: priyanka.id, round: 'Coding 2', ratings, recommendation: 'yes' };
    await expectError(manager, SCORE, { i: { ...i, round: 'System design' } }, 'CONFLICT', 'input.round');
    await expectError(manager, SCORE, { i: { ...i, ratings: ratings.slice(1) } }, 'BAD_USER_INPUT', 'input.ratings');
    await expectError(manager, SCORE, { i: { ...i, ratings: [{ criterion: 'Charisma', score: 3 }, ...ratings.slice(1)] } }, 'BAD_USER_INPUT', 'input.ratings.0.criterion');
    await expectError(manager, SCORE, { i: { ...i, ratings: [{ ...ratings[0], score: 5 }, ...ratings.slice(1)] } }, 'BAD_USER_INPUT', 'input.ratings.0.score');
    await expectError(manager, SCORE, { i: { ...i, ratings: [...ratings, ratings[0]] } }, 'BAD_USER_INPUT', 'input.ratings.5.criterion');
    await expectError(manager, SCORE, { i: { ...i, recommendation: 'maybe' } }, 'BAD_USER_INPUT', 'input.recommendation');
    const tang = await personId(hr, 'tang.yu@demo.local');
    await expectError(manager, SCORE, { i: { ...i, interviewerId: tang } }, 'FORBIDDEN');
    const tom = await candidateByName(manager, 'Tom Walsh');
    await expectError(manager, SCORE, { i: { ...i, candidateId: tom.id } }, 'CONFLICT', 'input.candidateId');
    const zhao = await candidateByName(recruiter, '赵一凡 Zhao Yifan');
    await expectError(manager, SCORE, { i: { ...i, candidateId: zhao.id } }, 'FORBIDDEN');
    await expectError(employee, SCORE, { i }, 'FORBIDDEN');
    const onBehalf = (await recruiter.data(SCORE, { i: { ...i, interviewerId: tang } })).addScorecard;
    expect(onBehalf).toMatchObject({ interviewerId: tang, interviewerName: '唐宇 Tang Yu', averageScore: 3.2 });
  });

  it('lets anyone who sees a candidate add notes', async () => {
    const chen = await candidateByName(manager, '陈波 Chen Bo');
    const add = 'mutation($c: ID!, $b: String!) { addCandidateNote(candidateId: $c, body: $b) { authorName body } }';
    expect((await manager.data(add, { c: chen.id, b: 'Call him before Friday' })).addCandidateNote).toEqual({ authorName: '高飞 Gao Fei', body: 'Call him before Friday' });
    await expectError(manager, add, { c: chen.id, b: '  ' }, 'BAD_USER_INPUT', 'body');
    const arjun = await candidateByName(recruiter, 'Arjun Mehta');
    await expectError(manager, add, { c: arjun.id, b: 'x' }, 'FORBIDDEN');
    await expectError(employee, add, { c: chen.id, b: 'x' }, 'FORBIDDEN');
  });

  it('withdraws the offer in flight when its candidate leaves the offer stage', async () => {
    const amy = await candidateByName(recruiter, '周艾米 Amy Zhou');
    expect((await recruiter.data(MOVE, { id: amy.id, s: 'withdrawn', r: 'Took a counter-offer' })).moveCandidate.stage).toBe('withdrawn');
    const { offers } = await recruiter.data('query($c: ID) { offers(filter: { candidateId: $c }) { status decisionNote } }', { c: amy.id });
    expect(offers).toEqual([{ status: 'withdrawn', decisionNote: 'candidate withdrawn' }]);
  });

  it('computes the funnel of a fresh tenant built through the API, and keeps tenants apart', async () => {
    const owner = await server.createTenant('other-pipeline');
    expect((await owner.data('{ candidates { id } }')).candidates).toEqual([]);
    await expectError(owner, 'query($id: ID!) { candidate(id: $id) { id } }', { id: (await candidateByName(recruiter, 'Arjun Mehta')).id }, 'NOT_FOUND');
    expect((await owner.data(FUNNEL)).hiringFunnel.overall.candidates).toBe(0);

    const lead = (await owner.data('mutation { createPerson(input: { name: "Lead", email: "lead@other.test", level: "M5" }) { id } }')).createPerson.id;
    await owner.data('mutation { upsertCompBand(input: { jobFamily: "software-engineer", level: "P5", currency: "CNY", minBase: 40000000, midBase: 50000000, maxBase: 60000000 }) { id } }');
    const req = (await owner.data('mutation($m: String) { createRequisition(input: { title: "Engineer", jobFamily: "software-engineer", level: "P5", hiringManagerId: $m }) { id } }', { m: lead })).createRequisition.id;
    await owner.data('mutation($id: ID!) { approveRequisition(id: $id) { status } }', { id: req });
    const add = async (name: string, source: string) => (await owner.data(CREATE, { i: { requisitionId: req, name, email: `${name.toLowerCase()}@example.com`, source } })).createCandidate.id;
    const [a, b, c] = [await add('Ann', 'referral'), await add('Bob', 'linkedin'), await add('Cat', 'linkedin')];
    await add('Dan', 'agency');
    for (const s of ['screen', 'interviews', 'offer']) await owner.data(MOVE, { id: a, s });
    await owner.data(MOVE, { id: b, s: 'screen' });
    await owner.data(MOVE, { id: b, s: 'rejected' });
    await owner.data(MOVE, { id: c, s: 'withdrawn' });
    const start = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const offer = (await owner.data('mutation($c: ID!, $d: String!) { createOffer(input: { candidateId: $c, base: 52000000, startDate: $d }) { id } }', { c: a, d: start })).createOffer.id;
    await owner.data('mutation($id: ID!) { approveOffer(id: $id) { status } }', { id: offer });
    await owner.data('mutation($id: ID!) { acceptOffer(id: $id) { status } }', { id: offer });

    const { overall } = (await owner.data(FUNNEL)).hiringFunnel;
    expect(overall).toMatchObject({ candidates: 4, active: 1, rejected: 1, withdrawn: 1, hires: 1, offersExtended: 1, offersAccepted: 1, offersDeclined: 0, offerAcceptanceRate: 1 });
    expect(overall.stages.map((s: { reached: number; conversionToNext: number | null }) => [s.reached, s.conversionToNext])).toEqual([[4, 0.5], [2, 0.5], [1, 1], [1, 1], [1, null]]);
    expect(overall.timeToHireDaysAvg).toBeLessThan(0.1);
    expect(overall.sources).toEqual([
      { source: 'linkedin', candidates: 2, interviewed: 0, offered: 0, hires: 0, interviewRate: 0, hireRate: 0 },
      { source: 'agency', candidates: 1, interviewed: 0, offered: 0, hires: 0, interviewRate: 0, hireRate: 0 },
      { source: 'referral', candidates: 1, interviewed: 1, offered: 1, hires: 1, interviewRate: 1, hireRate: 1 },
    ]);
    // the demo tenant's numbers did not move
    expect((await hr.data(FUNNEL, { r: rsId })).hiringFunnel.overall.hires).toBe(1);
  });
});
