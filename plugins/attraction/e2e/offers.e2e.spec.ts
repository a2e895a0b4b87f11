import { EventBus } from '@cadre/sdk';
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attractionPlugin } from '../src/index.js';
import { candidateByName, expectError, personId, requisitionByTitle } from './helpers.js';

const OFFER = 'id candidateName requisitionTitle status version level currency base bonusTargetPct equityUnits vesting { months cliffMonths frequency } signOnBonus learningBudget compaRatio marketPercentile bandPosition needsExceptionApproval requiredApprovals missingApprovals approvals { offerVersion kind decision approverEmail } hiredPersonId startDate careerPath innovationTimePct flexibleHours remoteWork benefits';
const CREATE = `mutation($i: CreateAttractionOfferInput!) { createOffer(input: $i) { ${OFFER} } }`;
const APPROVE = `mutation($id: ID!, $c: String) { approveOffer(id: $id, comment: $c) { ${OFFER} } }`;
const ACCEPT = `mutation($id: ID!) { acceptOffer(id: $id) { ${OFFER} } }`;
const REVISE = `mutation($id: ID!, $i: AttractionOfferTermsInput!) { reviseOffer(id: $id, input: $i) { ${OFFER} } }`;
const OFFERS = `query($f: AttractionOfferFilter) { offers(filter: $f) { ${OFFER} } }`;
const PEOPLE = 'query($s: String) { people(filter: { search: $s }) { totalCount nodes { id name title level managerId hireDate compensation { base currency } } } }';
const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);

describe('offers', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let owner: GraphQLClient;
  let manager: GraphQLClient;
  let recruiter: GraphQLClient;
  let employee: GraphQLClient;

  /** A new candidate on `title`, moved to the offer stage. */
  async function atOffer(title: string, name: string, email = `${name.toLowerCase().replace(/\W+/g, '.')}@example.com`): Promise<string> {
    const req = await requisitionByTitle(hr, title);
    const id = (await recruiter.data('mutation($i: CreateAttractionCandidateInput!) { createCandidate(input: $i) { id } }', { i: { requisitionId: req.id, name, email, source: 'linkedin' } })).createCandidate.id;
    for (const s of ['screen', 'interviews', 'offer']) await recruiter.data('mutation($id: ID!, $s: String!) { moveCandidate(id: $id, stage: $s) { stage } }', { id, s });
    return id;
  }

  beforeAll(async () => {
    server = await createTestServer({ plugins: [attractionPlugin] });
    [hr, owner, manager, recruiter, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('owner'), server.loginAs('manager'), server.loginAs('recruiter'), server.loginAs('employee')]);
  });
  afterAll(() => server?.close());

  it('shows offers with pay to HR and recruiters, to hiring managers for their requisitions, to employees none', async () => {
    const all = (await recruiter.data(OFFERS)).offers;
    expect(all.map((o: { candidateName: string; status: string }) => `${o.candidateName}: ${o.status}`).sort()).toEqual([
      'Arjun Mehta: pending-approval', 'Sofia Alvarez: declined', '冯睿 Feng Rui: accepted', '周艾米 Amy Zhou: pending-approval', '林美 Lin Mei: accepted', '陈波 Chen Bo: approved',
    ]);
    const arjun = all.find((o: { candidateName: string }) => o.candidateName === 'Arjun Mehta');
    expect(arjun).toMatchObject({ base: 120_000_000, compaRatio: 1.25, marketPercentile: 78, bandPosition: 'above', needsExceptionApproval: true, requiredApprovals: ['hr', 'exception'], missingApprovals: ['exception'] });
    const mine = (await manager.data(OFFERS)).offers;
    expect(mine.map((o: { candidateName: string; base: number }) => [o.candidateName, o.base]).sort()).toEqual([['冯睿 Feng Rui', 60_000_000], ['陈波 Chen Bo', 65_000_000]]);
    const chen = mine.find((o: { candidateName: string }) => o.candidateName === '陈波 Chen Bo');
    expect((await manager.data('query($id: ID!) { offer(id: $id) { status compaRatio marketPercentile missingApprovals } }', { id: chen.id })).offer).toEqual({ status: 'approved', compaRatio: 1.0484, marketPercentile: 63.8, missingApprovals: [] });
    expect((await employee.data(OFFERS)).offers).toEqual([]);
    await expectError(employee, `query($id: ID!) { offer(id: $id) { id } }`, { id: arjun.id }, 'FORBIDDEN');
    await expectError(manager, `query($id: ID!) { offer(id: $id) { id } }`, { id: arjun.id }, 'FORBIDDEN');
    const pending = (await hr.data(OFFERS, { f: { status: 'pending-approval' } })).offers;
    expect(pending).toHaveLength(2);
    await expectError(employee, CREATE, { i: { candidateId: arjun.id, base: 1, startDate: inDays(10) } }, 'FORBIDDEN');
    await expectError(manager, APPROVE, { id: arjun.id }, 'FORBIDDEN');
    await expectError(recruiter, APPROVE, { id: arjun.id }, 'FORBIDDEN');
  });

  it('accepts an in-band offer after HR approval; the core creates the person exactly once', async () => {
    const amy = (await hr.data(OFFERS, { f: { status: 'pending-approval' } })).offers.find((o: { candidateName: string }) => o.candidateName === '周艾米 Amy Zhou');
    expect(amy).toMatchObject({ needsExceptionApproval: false, requiredApprovals: ['hr'], missingApprovals: ['hr'], compaRatio: 1.0317 });
    await expectError(recruiter, ACCEPT, { id: amy.id }, 'CONFLICT');
    const approved = (await hr.data(APPROVE, { id: amy.id, c: 'Within band' })).approveOffer;
    expect(approved).toMatchObject({ status: 'approved', missingApprovals: [], approvals: [{ offerVersion: 1, kind: 'hr', decision: 'approved', approverEmail: 'hr@demo.local' }] });

    const before = (await hr.data('{ people { totalCount } }')).people.totalCount;
    const accepted = (await recruiter.data(ACCEPT, { id: amy.id })).acceptOffer;
    expect(accepted.status).toBe('accepted');
    await server.flushEvents();
    await server.flushEvents();
    const bus = server.get(EventBus);
    const outbox = await server.app.dataSource.manager.find('OutboxEntryEntity', { where: { type: 'people.hire-requested' } });
    expect(outbox).toHaveLength(1);
    await bus.deliver(outbox[0] as Parameters<EventBus['deliver']>[0]); // a second delivery, as after a crash before the ack
    await server.flushEvents();
    await expectError(recruiter, ACCEPT, { id: amy.id }, 'CONFLICT');

    expect((await hr.data('{ people { totalCount } }')).people.totalCount).toBe(before + 1);
    const { people } = await hr.data(PEOPLE, { s: 'amy.zhou@example.com' });
    expect(people.totalCount).toBe(1);
    const emily = await personId(hr, 'emily.zhang@demo.local');
    expect(people.nodes[0]).toMatchObject({ name: '周艾米 Amy Zhou', title: 'Product Manager, Developer Platform', level: 'P5', managerId: emily, hireDate: amy.startDate, compensation: { base: 65_000_000, currency: 'CNY' } });
    // The link is made by the handler of the core's HireCompleted, not by the request.
    expect(accepted.hiredPersonId).toBeNull();
    expect((await hr.data('query($id: ID!) { offer(id: $id) { hiredPersonId } }', { id: amy.id })).offer.hiredPersonId).toBe(people.nodes[0].id);

    const candidate = await candidateByName(recruiter, '周艾米 Amy Zhou');
    expect(candidate.stage).toBe('hired');
    expect((await hr.data('query($id: ID!) { requisition(id: $id) { status hiredCount openings } }', { id: candidate.requisitionId })).requisition).toEqual({ status: 'filled', hiredCount: 1, openings: 0 });
    const position = (await hr.data('query($id: ID!) { personCompPosition(personId: $id) { jobFamily jobFamilySource compaRatio } }', { id: people.nodes[0].id })).personCompPosition;
    expect(position).toEqual({ jobFamily: 'product-manager', jobFamilySource: 'mapped', compaRatio: 1.0317 });
    const { auditLog } = await owner.data('query($id: String) { auditLog(filter: { targetId: $id }) { nodes { operation actorEmail } } }', { id: amy.id });
    expect(auditLog.nodes.map((n: { operation: string }) => n.operation).sort()).toEqual(['acceptOffer', 'approveOffer']);

    // The new employee signs in: they see their own offer with its pay, and nothing else of the pipeline.
    await owner.data('mutation($p: String) { createAccount(input: { email: "amy.zhou@example.com", password: "new-hire-123", personId: $p }) { id } }', { p: people.nodes[0].id });
    const newHire = await server.login('amy.zhou@example.com', 'new-hire-123', 'demo');
    expect((await newHire.data(OFFERS)).offers.map((o: { id: string; base: number }) => [o.id, o.base])).toEqual([[amy.id, 65_000_000]]);
    expect((await newHire.data('{ myCompPosition { jobFamily compaRatio } }')).myCompPosition).toEqual({ jobFamily: 'product-manager', compaRatio: 1.0317 });
    await expectError(newHire, '{ candidates { id } }', {}, 'FORBIDDEN');
  });

  it('needs HR and an owner/admin, two people, for an offer outside the band', async () => {
    const arjun = (await hr.data(OFFERS)).offers.find((o: { candidateName: string }) => o.candidateName === 'Arjun Mehta');
    await expectError(hr, APPROVE, { id: arjun.id }, 'CONFLICT'); // HR signed in the seed; it still needs the exception approval
    expect((await owner.data(APPROVE, { id: arjun.id })).approveOffer).toMatchObject({ status: 'approved', missingApprovals: [] });

    const above = await atOffer('Research Scientist, Alignment', 'Grace Ho');
    const offer = (await recruiter.data(CREATE, { i: { candidateId: above, base: 130_000_000, equityUnits: 20000, startDate: inDays(30), innovationTimePct: 20, flexibleHours: true, remoteWork: 'hybrid', learningBudget: 3_000_000, careerPath: 'P7 review in 18 months', benefits: ['Family medical'] } })).createOffer;
    expect(offer).toMatchObject({
      status: 'pending-approval', version: 1, level: 'P6', currency: 'CNY', bonusTargetPct: 15, compaRatio: 1.3542, bandPosition: 'above', needsExceptionApproval: true,
      requiredApprovals: ['hr', 'exception'], missingApprovals: ['hr', 'exception'], vesting: { months: 48, cliffMonths: 12, frequency: 'monthly' },
      innovationTimePct: 20, flexibleHours: true, remoteWork: 'hybrid', learningBudget: 3_000_000, benefits: ['Family medical'],
    });
    expect((await hr.data(APPROVE, { id: offer.id })).approveOffer).toMatchObject({ status: 'pending-approval', missingApprovals: ['exception'] });
    await expectError(hr, APPROVE, { id: offer.id }, 'CONFLICT');
    expect((await owner.data(APPROVE, { id: offer.id })).approveOffer).toMatchObject({ status: 'approved', missingApprovals: [] });

    const below = await atOffer('ML Infrastructure Engineer', 'Ivan Low');
    const low = (await recruiter.data(CREATE, { i: { candidateId: below, base: 45_000_000, startDate: inDays(20) } })).createOffer;
    expect(low).toMatchObject({ bandPosition: 'below', needsExceptionApproval: true });
    expect((await owner.data(APPROVE, { id: low.id })).approveOffer).toMatchObject({ status: 'pending-approval', missingApprovals: ['hr'], approvals: [{ kind: 'exception' }] });
    await expectError(owner, APPROVE, { id: low.id }, 'CONFLICT'); // the owner cannot be both signatures
    expect((await hr.data(APPROVE, { id: low.id })).approveOffer.status).toBe('approved');
  });

  it('revises offers into a new version that needs approval again; refuses, declines and withdraws', async () => {
    const chen = (await hr.data(OFFERS)).offers.find((o: { candidateName: string }) => o.candidateName === '陈波 Chen Bo');
    const revised = (await recruiter.data(REVISE, { id: chen.id, i: { base: 68_000_000, signOnBonus: 8_000_000, startDate: inDays(30), vesting: { months: 48, cliffMonths: 12, frequency: 'quarterly' } } })).reviseOffer;
    expect(revised).toMatchObject({ status: 'pending-approval', version: 2, base: 68_000_000, signOnBonus: 8_000_000, missingApprovals: ['hr'], vesting: { frequency: 'quarterly' } });
    expect(revised.approvals).toEqual([{ offerVersion: 1, kind: 'hr', decision: 'approved', approverEmail: 'hr@demo.local' }]);
    const { auditLog } = await owner.data('query($id: String) { auditLog(filter: { targetId: $id, operation: "reviseOffer" }) { nodes { before after } } }', { id: chen.id });
    expect(JSON.parse(auditLog.nodes[0].before)).toMatchObject({ version: 1, base: 65_000_000 });
    expect(JSON.parse(auditLog.nodes[0].after)).toMatchObject({ version: 2, base: 68_000_000 });

    const refused = (await hr.data('mutation($id: ID!, $r: String!) { refuseOffer(id: $id, reason: $r) { status decisionNote approvals { offerVersion decision } } }', { id: chen.id, r: 'Sign-on too high' })).refuseOffer;
    expect(refused).toMatchObject({ status: 'refused', decisionNote: 'Sign-on too high' });
    await expectError(hr, APPROVE, { id: chen.id }, 'CONFLICT');
    await expectError(recruiter, ACCEPT, { id: chen.id }, 'CONFLICT');
    expect((await recruiter.data(REVISE, { id: chen.id, i: { base: 68_000_000, signOnBonus: 3_000_000, startDate: inDays(30) } })).reviseOffer).toMatchObject({ status: 'pending-approval', version: 3 });
    await expectError(recruiter, 'mutation($id: ID!) { declineOffer(id: $id, reason: "x") { status } }', { id: chen.id }, 'CONFLICT');
    await hr.data(APPROVE, { id: chen.id });
    expect((await recruiter.data('mutation($id: ID!) { declineOffer(id: $id, reason: "Joined a competitor") { status decisionNote } }', { id: chen.id })).declineOffer).toEqual({ status: 'declined', decisionNote: 'Joined a competitor' });
    await expectError(recruiter, REVISE, { id: chen.id, i: { base: 1, startDate: inDays(30) } }, 'CONFLICT');

    const x = await atOffer('ML Infrastructure Engineer', 'Wendy Xu');
    const offer = (await recruiter.data(CREATE, { i: { candidateId: x, base: 62_000_000, startDate: inDays(15) } })).createOffer;
    await expectError(recruiter, CREATE, { i: { candidateId: x, base: 62_000_000, startDate: inDays(15) } }, 'CONFLICT', 'input.candidateId');
    expect((await recruiter.data('mutation($id: ID!) { withdrawOffer(id: $id, reason: "Role re-scoped") { status } }', { id: offer.id })).withdrawOffer.status).toBe('withdrawn');
    await expectError(recruiter, 'mutation($id: ID!) { withdrawOffer(id: $id, reason: "again") { status } }', { id: offer.id }, 'CONFLICT');
    await expectError(recruiter, 'mutation($id: ID!) { withdrawOffer(id: $id, reason: "") { status } }', { id: offer.id }, 'BAD_USER_INPUT', 'reason');
  });

  it('names bad offer input and writes nothing', async () => {
    const count = async () => (await hr.data(OFFERS)).offers.length;
    const before = await count();
    const c = await atOffer('Research Scientist, Alignment', 'Hugo Brandt');
    const ok = { candidateId: c, base: 90_000_000, startDate: inDays(30) };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ base: -1 }, 'input.base'],
      [{ base: 1.5 }, 'input.base'],
      [{ startDate: '2026-02-30' }, 'input.startDate'],
      [{ startDate: '2020-01-01' }, 'input.startDate'],
      [{ vesting: { months: 48, cliffMonths: 30, frequency: 'monthly' } }, 'input.vesting.cliffMonths'],
      [{ vesting: { months: 12, cliffMonths: 18, frequency: 'monthly' } }, 'input.vesting.cliffMonths'],
      [{ vesting: { months: 48, cliffMonths: 12, frequency: 'weekly' } }, 'input.vesting.frequency'],
      [{ innovationTimePct: 60 }, 'input.innovationTimePct'],
      [{ remoteWork: 'mars' }, 'input.remoteWork'],
      [{ benefits: [''] }, 'input.benefits'],
      [{ currency: 'rmb' }, 'input.currency'],
      [{ bonusTargetPct: 300 }, 'input.bonusTargetPct'],
    ];
    for (const [patch, field] of cases) await expectError(recruiter, CREATE, { i: { ...ok, ...patch } }, 'BAD_USER_INPUT', field);
    const screen = await candidateByName(recruiter, '孙佳慧 Sun Jiahui');
    await expectError(recruiter, CREATE, { i: { ...ok, candidateId: screen.id } }, 'CONFLICT', 'input.candidateId');
    await expectError(recruiter, CREATE, { i: { ...ok, candidateId: 'nope' } }, 'NOT_FOUND');
    expect(await count()).toBe(before);
  });

  it('refuses to hire someone who is already a person', async () => {
    const c = await atOffer('Research Scientist, Alignment', 'Alex Novak', 'alex.novak@demo.local');
    const offer = (await recruiter.data(CREATE, { i: { candidateId: c, base: 95_000_000, startDate: inDays(30) } })).createOffer;
    await hr.data(APPROVE, { id: offer.id });
    const r = await recruiter.request(ACCEPT, { id: offer.id });
    expect(r.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(r.errors?.[0].message).toMatch(/exists already/);
    expect((await hr.data(PEOPLE, { s: 'alex.novak@demo.local' })).people.totalCount).toBe(1);
  });

  it('keeps tenants apart', async () => {
    const other = await server.createTenant('other-offers');
    expect((await other.data(OFFERS)).offers).toEqual([]);
    const arjun = (await hr.data(OFFERS)).offers.find((o: { candidateName: string }) => o.candidateName === 'Arjun Mehta');
    await expectError(other, ACCEPT, { id: arjun.id }, 'NOT_FOUND');
    await expectError(other, APPROVE, { id: arjun.id }, 'NOT_FOUND');
    await expectError(other, 'query($id: ID!) { offer(id: $id) { id } }', { id: arjun.id }, 'NOT_FOUND');
  });
});
