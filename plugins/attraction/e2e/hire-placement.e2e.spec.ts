// #18 "plugins that connect": a hire keeps where the offer placed them — location, level, org
// unit and hiring manager — and a hiring manager who is gone by then does not stop the hire.
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attractionPlugin } from '../src/index.js';
import { personId } from './helpers.js';

const PERSON = 'query($s: String) { people(filter: { search: $s }) { nodes { id level title managerId orgUnitId location hireDate } } }';
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('hire placement', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let owner: GraphQLClient;
  let recruiter: GraphQLClient;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [attractionPlugin] });
    [hr, owner, recruiter] = await Promise.all([server.loginAs('hr'), server.loginAs('owner'), server.loginAs('recruiter')]);
  });
  afterAll(() => server?.close());

  /** Opens a requisition, takes a candidate to an accepted, in-band offer; returns the offer id. */
  async function acceptedOffer(req: Record<string, unknown>, name: string, email: string, beforeAccept?: () => Promise<void>): Promise<string> {
    const { createRequisition } = await hr.data('mutation($i: CreateAttractionRequisitionInput!) { createRequisition(input: $i) { id } }', { i: { jobFamily: 'software-engineer', level: 'P6', headcount: 1, ...req } });
    await hr.data('mutation($id: ID!) { approveRequisition(id: $id) { status } }', { id: createRequisition.id });
    const candidate = (await recruiter.data('mutation($i: CreateAttractionCandidateInput!) { createCandidate(input: $i) { id } }', { i: { requisitionId: createRequisition.id, name, email, source: 'referral' } })).createCandidate.id;
    for (const s of ['screen', 'interviews', 'offer']) await recruiter.data('mutation($id: ID!, $s: String!) { moveCandidate(id: $id, stage: $s) { stage } }', { id: candidate, s });
    const [band] = (await hr.data('{ compBands(filter: { jobFamily: "software-engineer", level: "P6" }) { midBase } }')).compBands;
    const offer = (await recruiter.data('mutation($i: CreateAttractionOfferInput!) { createOffer(input: $i) { id } }', { i: { candidateId: candidate, base: band.midBase, startDate: inDays(30) } })).createOffer.id;
    expect((await hr.data('mutation($id: ID!) { approveOffer(id: $id) { status } }', { id: offer })).approveOffer.status).toBe('approved');
    await beforeAccept?.();
    expect((await recruiter.data('mutation($id: ID!) { acceptOffer(id: $id) { status } }', { id: offer })).acceptOffer.status).toBe('accepted');
    return offer;
  }

  it("gives the new person the offer's level and the requisition's location, org unit and hiring manager", async () => {
    const manager = await personId(hr, 'manager@demo.local');
    const offer = await acceptedOffer({ title: 'Platform Engineer', orgUnitId: 'unit-platform', hiringManagerId: manager, location: 'Hangzhou' }, 'Mo Wen', 'mo.wen@example.com');
    await server.flushEvents();
    await server.flushEvents();
    const [person] = (await hr.data(PERSON, { s: 'mo.wen@example.com' })).people.nodes;
    expect(person).toMatchObject({ level: 'P6', title: 'Platform Engineer', managerId: manager, orgUnitId: 'unit-platform', location: 'Hangzhou', hireDate: inDays(30) });
    expect((await hr.data('query($id: ID!) { offer(id: $id) { hiredPersonId } }', { id: offer })).offer.hiredPersonId).toBe(person.id);
    const { auditLog } = await owner.data('query($id: String) { auditLog(filter: { targetId: $id, operation: "hireWithoutManager" }) { totalCount } }', { id: person.id });
    expect(auditLog.totalCount).toBe(0);
  });

  it('hires without a manager, and says so in the audit log, when the hiring manager is gone', async () => {
    const { createPerson } = await hr.data('mutation { createPerson(input: { name: "Leaving Lead", email: "leaving.lead@demo.local", level: "M5" }) { id } }');
    // The hiring manager leaves while the offer is out; the candidate then accepts.
    const leaves = async () => expect((await owner.data('mutation($id: ID!) { deletePerson(id: $id) }', { id: createPerson.id })).deletePerson).toBe(true);
    const offer = await acceptedOffer({ title: 'Storage Engineer', orgUnitId: 'unit-storage', hiringManagerId: createPerson.id, location: 'Shenzhen' }, 'Ana Ruiz', 'ana.ruiz@example.com', leaves);
    await server.flushEvents();
    await server.flushEvents();
    const [person] = (await hr.data(PERSON, { s: 'ana.ruiz@example.com' })).people.nodes;
    expect(person).toMatchObject({ level: 'P6', managerId: null, orgUnitId: 'unit-storage', location: 'Shenzhen' });
    expect((await hr.data('query($id: ID!) { offer(id: $id) { hiredPersonId } }', { id: offer })).offer.hiredPersonId).toBe(person.id);
    const { auditLog } = await owner.data('query($id: String) { auditLog(filter: { targetId: $id, operation: "hireWithoutManager" }) { nodes { actorEmail after } } }', { id: person.id });
    expect(auditLog.nodes).toHaveLength(1);
    expect(JSON.parse(auditLog.nodes[0].after)).toMatchObject({ sourceKey: offer, missingManagerId: createPerson.id });
  });
});
