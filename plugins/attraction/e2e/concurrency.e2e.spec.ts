import { createTestServer, type GraphQLClient, type GraphQLResult, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attractionPlugin } from '../src/index.js';
import { personId } from './helpers.js';

// Many people acting on the same requisition, candidate or offer at the same moment, over HTTP.
// Every answer is a success or an expected refusal (never an internal error), exactly as many
// succeed as may, and the pipeline's invariants hold afterwards. Races show on PostgreSQL; on
// SQLite the same tests run with the writers queued.

const OFFER = 'id status version approvals { kind decision offerVersion }';
const CREATE_REQ = 'mutation($i: CreateAttractionRequisitionInput!) { createRequisition(input: $i) { id } }';
const APPROVE_REQ = 'mutation($id: ID!) { approveRequisition(id: $id) { id status } }';
const CLOSE_REQ = 'mutation($id: ID!) { closeRequisition(id: $id, reason: "Race") { id status } }';
const REQ = 'query($id: ID!) { requisition(id: $id) { status headcount hiredCount } }';
const MOVE = 'mutation($id: ID!, $s: String!) { moveCandidate(id: $id, stage: $s) { id stage } }';
const CANDIDATE = 'query($id: ID!) { candidate(id: $id) { stage transitions { fromStage toStage } scorecards { id } } }';
const CREATE_OFFER = `mutation($i: CreateAttractionOfferInput!) { createOffer(input: $i) { ${OFFER} } }`;
const APPROVE_OFFER = `mutation($id: ID!) { approveOffer(id: $id) { ${OFFER} } }`;
const ACCEPT_OFFER = `mutation($id: ID!) { acceptOffer(id: $id) { ${OFFER} } }`;
const OFFER_BY_ID = `query($id: ID!) { offer(id: $id) { ${OFFER} hiredPersonId } }`;
const OFFERS_OF = 'query($f: AttractionOfferFilter) { offers(filter: $f) { id status } }';
const PEOPLE = 'query($s: String) { people(filter: { search: $s }) { totalCount nodes { id } } }';
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

type Answer = GraphQLResult<any>;
const codeOf = (a: Answer) => a.errors?.[0]?.extensions?.code ?? 'OK';
const ok = (answers: Answer[]) => answers.filter((a) => !a.errors?.length);

/** Only successes and the given refusals: never INTERNAL_SERVER_ERROR. */
function expectOnly(answers: Answer[], ...refusals: string[]): void {
  const unexpected = answers.filter((a) => codeOf(a) !== 'OK' && !refusals.includes(codeOf(a)));
  expect(unexpected.map((a) => a.errors), 'unexpected answers').toEqual([]);
}

/** `n` requests at once (the first argument says which one it is). */
const race = (n: number, request: (i: number) => Promise<Answer>) => Promise.all(Array.from({ length: n }, (_, i) => request(i)));

describe(`attraction under concurrent requests (${process.env.DATABASE_URL?.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'})`, () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let owner: GraphQLClient;
  let recruiter: GraphQLClient;
  let managerId: string;
  let seq = 0;

  /** An open software-engineer P5 requisition (band mid CNY 620,000). */
  async function openRequisition(headcount = 1): Promise<string> {
    const { createRequisition } = await hr.data(CREATE_REQ, { i: { title: `Race ${++seq}`, team: 'Race', jobFamily: 'software-engineer', level: 'P5', headcount, hiringManagerId: managerId } });
    await hr.data(APPROVE_REQ, { id: createRequisition.id });
    return createRequisition.id;
  }

  /** A new candidate on the requisition, moved on to `stage`. */
  async function candidate(requisitionId: string, stage = 'offer', email?: string): Promise<string> {
    const n = ++seq;
    const { createCandidate } = await recruiter.data('mutation($i: CreateAttractionCandidateInput!) { createCandidate(input: $i) { id } }', {
      i: { requisitionId, name: `Racer ${n}`, email: email ?? `racer.${n}@example.com`, source: 'linkedin' },
    });
    for (const s of ['screen', 'interviews', 'offer'].slice(0, ['screen', 'interviews', 'offer'].indexOf(stage) + 1)) await recruiter.data(MOVE, { id: createCandidate.id, s });
    return createCandidate.id;
  }

  const offerFor = async (candidateId: string, base = 62_000_000): Promise<string> =>
    (await recruiter.data(CREATE_OFFER, { i: { candidateId, base, startDate: inDays(30) } })).createOffer.id;

  async function approvedOffer(requisitionId: string, email?: string): Promise<{ candidateId: string; offerId: string }> {
    const candidateId = await candidate(requisitionId, 'offer', email);
    const offerId = await offerFor(candidateId);
    await hr.data(APPROVE_OFFER, { id: offerId });
    return { candidateId, offerId };
  }

  const emailOf = async (candidateId: string): Promise<string> => (await hr.data('query($id: ID!) { candidate(id: $id) { email } }', { id: candidateId })).candidate.email;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [attractionPlugin] });
    [hr, owner, recruiter] = await Promise.all([server.loginAs('hr'), server.loginAs('owner'), server.loginAs('recruiter')]);
    managerId = await personId(hr, 'manager@demo.local');
  });
  afterAll(() => server?.close());

  it('approves a requisition once when HR approves it eight times at once', async () => {
    const { createRequisition } = await hr.data(CREATE_REQ, { i: { title: 'Race: approval', jobFamily: 'software-engineer', level: 'P5', headcount: 1, hiringManagerId: managerId } });
    const answers = await race(8, () => hr.request(APPROVE_REQ, { id: createRequisition.id }));
    expectOnly(answers, 'CONFLICT');
    expect(ok(answers)).toHaveLength(1);
    const { auditLog } = await owner.data('query($id: String) { auditLog(filter: { targetId: $id, operation: "approveRequisition" }) { nodes { id } } }', { id: createRequisition.id });
    expect(auditLog.nodes).toHaveLength(1);
  });

  it('saves a requisition once when eight forms opened on the same version save at once; the others change nothing', async () => {
    const id = await openRequisition();
    const seen = (await hr.data('query($id: ID!) { requisition(id: $id) { updatedAt } }', { id })).requisition;
    const answers = await race(8, (i) => hr.request('mutation($id: ID!, $i: UpdateAttractionRequisitionInput!) { updateRequisition(id: $id, input: $i) { location headcount updatedAt } }',
      { id, i: { location: `Office ${i}`, headcount: 1 + i, expectedUpdatedAt: seen.updatedAt } }));
    expectOnly(answers, 'CONFLICT');
    expect(ok(answers)).toHaveLength(1);
    expect(answers.filter((a) => codeOf(a) === 'CONFLICT').every((a) => a.errors![0].extensions!.field === 'input.expectedUpdatedAt')).toBe(true);
    const won = ok(answers)[0].data.updateRequisition;
    const stored = (await hr.data('query($id: ID!) { requisition(id: $id) { location headcount updatedAt } }', { id })).requisition;
    expect(stored).toEqual(won);
    expect(stored.headcount).toBe(1 + Number(won.location.split(' ')[1]));
    expect(stored.updatedAt > seen.updatedAt).toBe(true);
    // Without a version the save goes through, as before.
    expect((await hr.data('mutation($id: ID!) { updateRequisition(id: $id, input: { location: "Remote" }) { location } }', { id })).updateRequisition.location).toBe('Remote');
  });

  it('closes a requisition once, and never while an offer on it is in flight', async () => {
    const id = await openRequisition(3);
    const candidates = await Promise.all([0, 1, 2, 3].map(() => candidate(id)));
    const answers = await race(8, (i) => (i % 2 ? hr.request(CLOSE_REQ, { id }) : recruiter.request(CREATE_OFFER, { i: { candidateId: candidates[i / 2], base: 62_000_000, startDate: inDays(30) } })));
    expectOnly(answers, 'CONFLICT');
    const closes = answers.filter((_, i) => i % 2 === 1);
    expect(ok(closes).length).toBeLessThanOrEqual(1);
    const active = (await hr.data(OFFERS_OF, { f: { requisitionId: id } })).offers.filter((o: { status: string }) => o.status === 'pending-approval');
    expect(active).toHaveLength(ok(answers).length - ok(closes).length);
    const { requisition } = await hr.data(REQ, { id });
    expect(requisition.status).toBe(ok(closes).length ? 'closed' : 'open');
    if (requisition.status === 'closed') expect(active).toEqual([]);

    const other = await openRequisition();
    const again = await race(8, () => hr.request(CLOSE_REQ, { id: other }));
    expectOnly(again, 'CONFLICT');
    expect(ok(again)).toHaveLength(1);
  });

  it('moves a candidate one stage once when eight recruiters move them at once', async () => {
    const id = await candidate(await openRequisition(), 'screen');
    const answers = await race(8, () => recruiter.request(MOVE, { id, s: 'interviews' }));
    expectOnly(answers, 'CONFLICT');
    expect(ok(answers)).toHaveLength(1);
    const { candidate: after } = await recruiter.data(CANDIDATE, { id });
    expect(after.stage).toBe('interviews');
    expect(after.transitions.filter((t: { toStage: string }) => t.toStage === 'interviews')).toHaveLength(1);
  });

  it('records one scorecard per interviewer and round when it is sent eight times at once', async () => {
    const id = await candidate(await openRequisition(), 'interviews');
    const ratings = ['Technical depth', 'Problem solving', 'Communication', 'Collaboration', 'Motivation and values'].map((criterion) => ({ criterion, score: 3 }));
    const answers = await race(8, () => recruiter.request('mutation($i: AddAttractionScorecardInput!) { addScorecard(input: $i) { id } }', { i: { candidateId: id, round: 'Onsite 1', ratings, recommendation: 'yes' } }));
    expectOnly(answers, 'CONFLICT');
    expect(ok(answers)).toHaveLength(1);
    expect((await recruiter.data(CANDIDATE, { id })).candidate.scorecards).toHaveLength(1);
  });

  it("drafts one offer when a candidate's offer is created eight times at once", async () => {
    const id = await candidate(await openRequisition());
    const answers = await race(8, () => recruiter.request(CREATE_OFFER, { i: { candidateId: id, base: 62_000_000, startDate: inDays(30) } }));
    expectOnly(answers, 'CONFLICT');
    expect(ok(answers)).toHaveLength(1);
    expect((await hr.data(OFFERS_OF, { f: { candidateId: id } })).offers).toHaveLength(1);
  });

  it('approves an offer once when HR signs it eight times at once', async () => {
    const id = await offerFor(await candidate(await openRequisition()));
    const answers = await race(8, () => hr.request(APPROVE_OFFER, { id }));
    expectOnly(answers, 'CONFLICT');
    expect(ok(answers)).toHaveLength(1);
    const { offer } = await hr.data(OFFER_BY_ID, { id });
    expect(offer.status).toBe('approved');
    expect(offer.approvals).toEqual([{ kind: 'hr', decision: 'approved', offerVersion: 1 }]);
  });

  it('approves an offer outside its band with one HR and one owner signature when both sign at once', async () => {
    const id = await offerFor(await candidate(await openRequisition()), 120_000_000);
    const answers = await race(8, (i) => (i % 2 ? owner : hr).request(APPROVE_OFFER, { id }));
    expectOnly(answers, 'CONFLICT');
    expect(ok(answers)).toHaveLength(2);
    const { offer } = await hr.data(OFFER_BY_ID, { id });
    expect(offer.status).toBe('approved');
    expect(offer.approvals.map((a: { kind: string }) => a.kind).sort()).toEqual(['exception', 'hr']);
  });

  it('accepts an offer once when it is accepted eight times at once: one hire, one person', async () => {
    const { candidateId, offerId } = await approvedOffer(await openRequisition());
    const answers = await race(8, () => recruiter.request(ACCEPT_OFFER, { id: offerId }));
    expectOnly(answers, 'CONFLICT');
    expect(ok(answers)).toHaveLength(1);
    await server.flushEvents();
    await server.flushEvents();
    const { people } = await hr.data(PEOPLE, { s: await emailOf(candidateId) });
    expect(people.totalCount).toBe(1);
    expect((await hr.data(OFFER_BY_ID, { id: offerId })).offer).toMatchObject({ status: 'accepted', hiredPersonId: people.nodes[0].id });
    expect((await recruiter.data(CANDIDATE, { id: candidateId })).candidate.transitions.filter((t: { toStage: string }) => t.toStage === 'hired')).toHaveLength(1);
  });

  it('fills a requisition when its last two offers are accepted at once', async () => {
    const id = await openRequisition(2);
    const offers = [await approvedOffer(id), await approvedOffer(id)];
    const answers = await race(8, (i) => recruiter.request(ACCEPT_OFFER, { id: offers[i % 2].offerId }));
    expectOnly(answers, 'CONFLICT');
    expect(ok(answers)).toHaveLength(2);
    expect((await hr.data(REQ, { id })).requisition).toEqual({ status: 'filled', headcount: 2, hiredCount: 2 });
  });

  it('either hires or rejects a candidate whose offer is accepted while they are rejected', async () => {
    const pairs = await Promise.all([0, 1, 2].map(async () => approvedOffer(await openRequisition())));
    for (const { candidateId, offerId } of pairs) {
      const answers = await race(8, (i) => (i % 2 ? recruiter.request(MOVE, { id: candidateId, s: 'rejected' }) : recruiter.request(ACCEPT_OFFER, { id: offerId })));
      expectOnly(answers, 'CONFLICT');
      expect(ok(answers)).toHaveLength(1);
      await server.flushEvents();
      await server.flushEvents();
      const stage = (await recruiter.data(CANDIDATE, { id: candidateId })).candidate.stage;
      const { offer } = await hr.data(OFFER_BY_ID, { id: offerId });
      const hired = (await hr.data(PEOPLE, { s: await emailOf(candidateId) })).people.totalCount;
      expect([stage, offer.status, hired]).toEqual(stage === 'hired' ? ['hired', 'accepted', 1] : ['rejected', 'withdrawn', 0]);
    }
  });

  it('hires one person when two offers to the same email on two requisitions are accepted at once', async () => {
    const offers = [await approvedOffer(await openRequisition(), 'twice@example.com'), await approvedOffer(await openRequisition(), 'twice@example.com')];
    const answers = await race(8, (i) => recruiter.request(ACCEPT_OFFER, { id: offers[i % 2].offerId }));
    expectOnly(answers, 'CONFLICT');
    expect(ok(answers)).toHaveLength(1);
    await server.flushEvents();
    await server.flushEvents();
    expect((await hr.data(PEOPLE, { s: 'twice@example.com' })).people.totalCount).toBe(1);
    const stages = await Promise.all(offers.map(async (o) => (await recruiter.data(CANDIDATE, { id: o.candidateId })).candidate.stage));
    expect(stages.sort()).toEqual(['hired', 'offer']);
  });

  it('keeps one band per job family and level when it is upserted eight times at once', async () => {
    const band = (i: number) => ({ jobFamily: 'software-engineer', level: 'P9', currency: 'CNY', minBase: 150_000_000, midBase: 180_000_000 + i, maxBase: 220_000_000 });
    const answers = await race(8, (i) => hr.request('mutation($i: AttractionBandInput!) { upsertCompBand(input: $i) { id midBase } }', { i: band(i) }));
    expectOnly(answers);
    expect(ok(answers)).toHaveLength(8);
    const { compBands } = await hr.data('{ compBands(filter: { jobFamily: "software-engineer", level: "P9" }) { id midBase } }');
    expect(compBands).toHaveLength(1);
    expect(answers.map((a) => a.data.upsertCompBand.id)).toEqual(Array(8).fill(compBands[0].id));
  });

  it("maps a new person's job family once when it is set eight times at once", async () => {
    const { createPerson } = await hr.data('mutation { createPerson(input: { name: "Race Person", email: "race.person@example.com", title: "Engineer", level: "P5" }) { id } }');
    const families = ['software-engineer', 'research-engineer'];
    const answers = await race(8, (i) => hr.request('mutation($p: ID!, $f: String) { setPersonJobFamily(personId: $p, jobFamily: $f) { jobFamily jobFamilySource } }', { p: createPerson.id, f: families[i % 2] }));
    expectOnly(answers);
    expect(ok(answers)).toHaveLength(8);
    const { personCompPosition } = await hr.data('query($p: ID!) { personCompPosition(personId: $p) { jobFamily jobFamilySource } }', { p: createPerson.id });
    expect(personCompPosition.jobFamilySource).toBe('mapped');
    expect(families).toContain(personCompPosition.jobFamily);
  });
});
