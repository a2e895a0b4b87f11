// #18 with the real attraction plugin: an accepted offer's equity becomes one granted new-hire
// grant, and four eyes (approvals.fourEyes) keeps one account from creating and approving money.
import { attractionPlugin } from '@cadre/plugin-attraction';
import { EventBus } from '@cadre/sdk';
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incentivesPlugin } from '../src/index.js';
import { demoPeople } from './helpers.js';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const GRANTS = 'query($p: ID) { equityGrants(personId: $p) { id personId kind units status grantDate vestingStart cliffMonths vestingMonths frequencyMonths note } }';

describe('incentives connected to attraction', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let owner: GraphQLClient;
  let recruiter: GraphQLClient;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [attractionPlugin, incentivesPlugin] });
    [hr, owner, recruiter] = await Promise.all([server.loginAs('hr'), server.loginAs('owner'), server.loginAs('recruiter')]);
  });
  afterAll(() => server?.close());

  /** A new candidate on the seeded requisition `title`, moved to the offer stage; an offer drafted by `by`. */
  async function offerFor(title: string, name: string, terms: Record<string, unknown>, by: GraphQLClient = recruiter): Promise<string> {
    const { requisitions } = await hr.data('{ requisitions { id title } }');
    const req = requisitions.find((r: { title: string }) => r.title === title);
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}@example.com`;
    const id = (await recruiter.data('mutation($i: CreateAttractionCandidateInput!) { createCandidate(input: $i) { id } }', { i: { requisitionId: req.id, name, email, source: 'referral' } })).createCandidate.id;
    for (const s of ['screen', 'interviews', 'offer']) await recruiter.data('mutation($id: ID!, $s: String!) { moveCandidate(id: $id, stage: $s) { stage } }', { id, s });
    return (await by.data('mutation($i: CreateAttractionOfferInput!) { createOffer(input: $i) { id } }', { i: { candidateId: id, startDate: inDays(30), ...terms } })).createOffer.id;
  }

  it("turns an accepted offer's equity into exactly one granted new-hire grant", async () => {
    const offer = await offerFor('Research Scientist, Alignment', 'Eve Tan', { base: 96_000_000, equityUnits: 20_000, vesting: { months: 48, cliffMonths: 12, frequency: 'quarterly' } });
    const approved = (await hr.data('mutation($id: ID!) { approveOffer(id: $id) { status missingApprovals } }', { id: offer })).approveOffer;
    if (approved.status !== 'approved') await owner.data('mutation($id: ID!) { approveOffer(id: $id) { status } }', { id: offer });
    await recruiter.data('mutation($id: ID!) { acceptOffer(id: $id) { status } }', { id: offer });
    for (let i = 0; i < 3; i++) await server.flushEvents(); // hire-requested → hire-completed → offer-hired
    const personId = (await hr.data('query($id: ID!) { offer(id: $id) { hiredPersonId } }', { id: offer })).offer.hiredPersonId;
    expect(personId).toBeTruthy();
    const grants = (await hr.data(GRANTS, { p: personId })).equityGrants;
    expect(grants).toEqual([expect.objectContaining({ personId, kind: 'new-hire', units: 20_000, status: 'granted', grantDate: inDays(30), vestingStart: inDays(30), cliffMonths: 12, vestingMonths: 48, frequencyMonths: 3 })]);

    // A second delivery of the event (as after a crash before the ack) makes no second grant.
    const entries = await server.app.dataSource.manager.find('OutboxEntryEntity', { where: { type: 'attraction.offer-hired' } });
    expect(entries).toHaveLength(1);
    await server.get(EventBus).deliver(entries[0] as Parameters<EventBus['deliver']>[0]);
    await server.flushEvents();
    expect((await hr.data(GRANTS, { p: personId })).equityGrants).toHaveLength(1);
    const { auditLog } = await owner.data('query($id: String) { auditLog(filter: { targetId: $id }) { nodes { operation } } }', { id: grants[0].id });
    expect(auditLog.nodes.map((n: { operation: string }) => n.operation)).toEqual(['grantOfferEquity']);
  });

  it('keeps four eyes off by default, then refuses the creator as approver of a grant, a pool and an out-of-band offer', async () => {
    const demo = await demoPeople(server);
    const grant = (i: number) => ({ personId: demo.byEmail('employee').id, kind: 'refresh', units: 1000 + i, grantDate: inDays(1), cliffMonths: 12, vestingMonths: 48, frequencyMonths: 3 });
    const create = 'mutation($i: CreateEquityGrantInput!) { createEquityGrant(input: $i) { id status } }';
    const approve = 'mutation($id: ID!) { approveEquityGrant(id: $id) { status } }';
    const off = (await hr.data(create, { i: grant(0) })).createEquityGrant;
    expect((await hr.data(approve, { id: off.id })).approveEquityGrant.status).toBe('granted'); // default: off

    expect((await owner.request('mutation { setSetting(key: "approvals.fourEyes", value: "1") { key } }')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
    await owner.data('mutation { setSetting(key: "approvals.fourEyes", value: "true") { key } }');

    const mine = (await hr.data(create, { i: grant(1) })).createEquityGrant;
    const refused = await hr.request(approve, { id: mine.id });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/Four eyes.*someone else must approve this equity grant/);
    const zhRefused = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${hr.token}`, 'accept-language': 'zh-CN' },
      body: JSON.stringify({ query: approve, variables: { id: mine.id } }),
    });
    expect(((await zhRefused.json()) as { errors: Array<{ message: string }> }).errors[0].message).toBe('双人复核（approvals.fourEyes）：此项由您创建，需由他人审批这项股权授予');
    expect((await owner.data(approve, { id: mine.id })).approveEquityGrant.status).toBe('granted');

    const cycleId = (await hr.data('{ reviewCycles { id name } }')).reviewCycles.find((c: { name: string }) => c.name === 'H1 2026 Performance Review').id;
    const pool = (await hr.data('mutation($c: ID!) { createBonusPool(input: { cycleId: $c, name: "Four eyes pool", amount: 1000000, currency: "CNY", weightRule: "equal" }) { id } }', { c: cycleId })).createBonusPool;
    const poolRefused = await hr.request('mutation($id: ID!) { approveBonusPool(id: $id) { status } }', { id: pool.id });
    expect(poolRefused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/approve the bonus pool "Four eyes pool"/) });
    expect((await owner.data('mutation($id: ID!) { approveBonusPool(id: $id) { status } }', { id: pool.id })).approveBonusPool.status).toBe('approved');

    // The owner drafts an offer below its band: HR signs, and the owner may not give the exception approval to their own offer.
    const offer = await offerFor('ML Infrastructure Engineer', 'Kim Lee', { base: 45_000_000 }, owner);
    expect((await hr.data('mutation($id: ID!) { approveOffer(id: $id) { status missingApprovals } }', { id: offer })).approveOffer).toEqual({ status: 'pending-approval', missingApprovals: ['exception'] });
    const offerRefused = await owner.request('mutation($id: ID!) { approveOffer(id: $id) { status } }', { id: offer });
    expect(offerRefused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/approve this offer outside its band/) });
    expect((await hr.data('query($id: ID!) { offer(id: $id) { status } }', { id: offer })).offer.status).toBe('pending-approval');
  });

  it("computes merit increases from attraction's bands, read when computing, and names a missing family × level", async () => {
    const demo = await demoPeople(server);
    const employee = demo.byEmail('employee').id;
    const cycleId = (await hr.data('{ reviewCycles { id name } }')).reviewCycles.find((c: { name: string }) => c.name === 'H1 2026 Performance Review').id;
    const cells = '[[8, 6, 4], [6, 5, 3], [5, 4, 2.5], [3, 2, 1], [1, 0, 0], [0, 0, 0]]';
    const { createMeritMatrix: m } = await hr.data(`mutation($c: ID!) { createMeritMatrix(input: { cycleId: $c, name: "Bands merit", budget: 900000000, currency: "CNY", positionBreaks: [0.33, 0.66], cells: ${cells} }) { id } }`, { c: cycleId });
    const compute = async () => {
      await hr.data('mutation($id: ID!) { computeMeritIncreases(id: $id) { status } }', { id: m.id });
      const rows = (await hr.data('query($id: ID!) { meritIncreases(matrixId: $id) { personId positionInRange note } }', { id: m.id })).meritIncreases;
      return rows.find((r: { personId: string }) => r.personId === employee);
    };
    // CNY 620,000 in the seeded software-engineer × P5 band 496,000–744,000.
    expect(await compute()).toMatchObject({ positionInRange: 0.5, note: '' });

    // The band changes in attraction: the next computation uses it (no copy in the matrix).
    await hr.data('mutation { upsertCompBand(input: { jobFamily: "software-engineer", level: "P5", currency: "CNY", minBase: 52000000, midBase: 65000000, maxBase: 78000000, bonusTargetPct: 15, equityMin: 0, equityMax: 8000 }) { id } }');
    await hr.data('mutation($id: ID!) { updateMeritMatrix(id: $id, input: { name: "Bands merit" }) { status } }', { id: m.id });
    expect(await compute()).toMatchObject({ positionInRange: 0.385, note: '' });

    // A family without a band at the person's level: the row names it and gets no increase.
    await hr.data('mutation($p: ID!) { setPersonJobFamily(personId: $p, jobFamily: "ml-ops") { jobFamily } }', { p: employee });
    await hr.data('mutation($id: ID!) { updateMeritMatrix(id: $id, input: { name: "Bands merit" }) { status } }', { id: m.id });
    expect(await compute()).toMatchObject({ positionInRange: null, note: "no compensation band for ml-ops × P5: add it under attraction's bands" });
  });
});
