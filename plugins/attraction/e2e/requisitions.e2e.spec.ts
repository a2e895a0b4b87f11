import { EventBus, RequestContexts } from '@cadre/sdk';
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attractionPlugin, RequisitionSuggested } from '../src/index.js';
import { expectError, personId, requisitionByTitle, tenantIdOf } from './helpers.js';

const FIELDS = 'id title team jobFamily level headcount hiredCount openings hiringManagerId hiringManagerName status origin interviewCriteria missingForApproval decidedById decisionNote band { midBase } pipeline { stage count }';
const CREATE = `mutation($i: CreateAttractionRequisitionInput!) { createRequisition(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateAttractionRequisitionInput!) { updateRequisition(id: $id, input: $i) { ${FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $note: String) { approveRequisition(id: $id, note: $note) { ${FIELDS} } }`;
const REJECT = 'mutation($id: ID!, $r: String!) { rejectRequisition(id: $id, reason: $r) { status decisionNote } }';
const CLOSE = 'mutation($id: ID!, $r: String!) { closeRequisition(id: $id, reason: $r) { status decisionNote } }';
const COUNT = '{ requisitions { id } }';

describe('requisitions', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let recruiter: GraphQLClient;
  let employee: GraphQLClient;
  let managerId: string;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [attractionPlugin] });
    [hr, manager, recruiter, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('recruiter'), server.loginAs('employee')]);
    managerId = await personId(hr, 'manager@demo.local');
  });
  afterAll(() => server?.close());

  it('seeds three open requisitions with candidates in every stage and a draft', async () => {
    const { requisitions } = await recruiter.data(`{ requisitions { ${FIELDS} } }`);
    expect(requisitions.map((r: { title: string; status: string }) => [r.title, r.status])).toEqual([
      ['Data Engineer, Evaluation Pipelines', 'draft'],
      ['Product Manager, Developer Platform', 'open'],
      ['Research Scientist, Alignment', 'open'],
      ['ML Infrastructure Engineer', 'open'],
    ]);
    const infra = requisitions.find((r: { title: string }) => r.title === 'ML Infrastructure Engineer');
    expect(infra).toMatchObject({ jobFamily: 'software-engineer', level: 'P5', headcount: 2, hiredCount: 1, openings: 1, hiringManagerId: managerId, hiringManagerName: '高飞 Gao Fei', band: { midBase: 62_000_000 } });
    expect(infra.pipeline.every((s: { count: number }) => s.count >= 1)).toBe(true);
    const open = await manager.data('{ requisitions(filter: { status: "open" }) { title } }');
    expect(open.requisitions).toHaveLength(3);
    const mine = await manager.data('query($m: String) { requisitions(filter: { hiringManagerId: $m }) { title } }', { m: managerId });
    expect(mine.requisitions).toEqual([{ title: 'ML Infrastructure Engineer' }]);
  });

  it('lets a manager draft a requisition that HR approves into an open one', async () => {
    const { createRequisition: draft } = await manager.data(CREATE, { i: { title: 'Site Reliability Engineer', team: 'ML Infrastructure', jobFamily: 'software-engineer', level: 'p6', headcount: 1, hiringManagerId: managerId } });
    expect(draft).toMatchObject({ status: 'draft', level: 'P6', origin: 'manual', missingForApproval: [], hiringManagerName: '高飞 Gao Fei', band: { midBase: 86_000_000 } });
    expect(draft.interviewCriteria).toHaveLength(5);
    const { updateRequisition } = await manager.data(UPDATE, { id: draft.id, i: { headcount: 2, interviewCriteria: ['Linux', 'Kubernetes', 'On-call judgement'] } });
    expect(updateRequisition).toMatchObject({ headcount: 2, interviewCriteria: ['Linux', 'Kubernetes', 'On-call judgement'] });
    await expectError(manager, APPROVE, { id: draft.id }, 'FORBIDDEN');
    const { approveRequisition } = await hr.data(APPROVE, { id: draft.id, note: 'Budgeted in Q4 plan' });
    expect(approveRequisition).toMatchObject({ status: 'open', decisionNote: 'Budgeted in Q4 plan', decidedById: await personId(hr, 'hr@demo.local') });
    await expectError(hr, APPROVE, { id: draft.id }, 'CONFLICT');
    await expectError(manager, UPDATE, { id: draft.id, i: { level: 'P7' } }, 'CONFLICT', 'input.level');
    expect((await manager.data(UPDATE, { id: draft.id, i: { title: 'Senior Site Reliability Engineer' } })).updateRequisition.title).toBe('Senior Site Reliability Engineer');
    await server.flushEvents();
  });

  it('refuses to approve an incomplete draft or one without a band, naming what is missing', async () => {
    const { createRequisition: bare } = await hr.data(CREATE, { i: { title: 'Chief of Staff' } });
    expect(bare.missingForApproval).toEqual(['jobFamily', 'level', 'hiringManagerId']);
    const r = await hr.request(APPROVE, { id: bare.id });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'jobFamily' });
    expect(r.errors?.[0].message).toMatch(/jobFamily, level, hiringManagerId/);
    await hr.data(UPDATE, { id: bare.id, i: { jobFamily: 'operations', level: 'E7', hiringManagerId: managerId } });
    const noBand = await hr.request(APPROVE, { id: bare.id });
    expect(noBand.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'level' });
    expect(noBand.errors?.[0].message).toMatch(/no compensation band for operations × E7/);
    expect((await hr.data(REJECT, { id: bare.id, r: 'Not this year' })).rejectRequisition).toEqual({ status: 'rejected', decisionNote: 'Not this year' });
    await expectError(hr, UPDATE, { id: bare.id, i: { title: 'x' } }, 'CONFLICT');
    await expectError(hr, REJECT, { id: bare.id, r: 'again' }, 'CONFLICT');
  });

  it('closes requisitions, but not with offers in flight, and only its owners', async () => {
    const infra = await requisitionByTitle(hr, 'ML Infrastructure Engineer');
    await expectError(manager, CLOSE, { id: infra.id, r: 'Hiring freeze' }, 'CONFLICT'); // Chen Bo's approved offer is in flight
    const pm = await requisitionByTitle(hr, 'Product Manager, Developer Platform');
    await expectError(manager, CLOSE, { id: pm.id, r: 'Not mine' }, 'FORBIDDEN');
    await expectError(manager, UPDATE, { id: pm.id, i: { headcount: 3 } }, 'FORBIDDEN');
    const { createRequisition: spare } = await manager.data(CREATE, { i: { title: 'Spare', jobFamily: 'software-engineer', level: 'P4', hiringManagerId: managerId } });
    await expectError(manager, CLOSE, { id: spare.id, r: '' }, 'BAD_USER_INPUT', 'reason');
    expect((await manager.data(CLOSE, { id: spare.id, r: 'Merged into the SRE requisition' })).closeRequisition.status).toBe('closed');
    await expectError(manager, CLOSE, { id: spare.id, r: 'again' }, 'CONFLICT');
  });

  it('tells each account whether it may edit a requisition, by the rule updateRequisition enforces', async () => {
    const MAY = 'query($id: ID!) { requisition(id: $id) { viewerMayEdit } }';
    const may = async (client: GraphQLClient, id: string) => (await client.data(MAY, { id })).requisition.viewerMayEdit as boolean;
    const infra = await requisitionByTitle(hr, 'ML Infrastructure Engineer'); // open, the manager hires for it
    const pm = await requisitionByTitle(hr, 'Product Manager, Developer Platform'); // open, someone else's
    const draft = await requisitionByTitle(hr, 'Data Engineer, Evaluation Pipelines');
    expect([await may(hr, infra.id), await may(hr, pm.id), await may(hr, draft.id)]).toEqual([true, true, true]);
    expect([await may(manager, infra.id), await may(manager, pm.id)]).toEqual([true, false]);
    expect(await may(recruiter, infra.id)).toBe(false); // reads requisitions, may not write them
    // And the refusal matches: the manager's edit of someone else's is FORBIDDEN, of their own saved.
    await expectError(manager, UPDATE, { id: pm.id, i: { location: 'Hangzhou' } }, 'FORBIDDEN');
    expect((await manager.data(UPDATE, { id: infra.id, i: { location: 'Beijing' } })).updateRequisition.title).toBe('ML Infrastructure Engineer');
    const { createRequisition: gone } = await hr.data(CREATE, { i: { title: 'Closed soon' } });
    await hr.data(CLOSE, { id: gone.id, r: 'Not needed' });
    expect(await may(hr, gone.id)).toBe(false); // closed: nobody may edit it
  });

  it('names bad input and writes nothing', async () => {
    const before = (await hr.data(COUNT)).requisitions.length;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: '' }, 'input.title'],
      [{ title: 'X', headcount: 0 }, 'input.headcount'],
      [{ title: 'X', jobFamily: 'Research Scientist' }, 'input.jobFamily'],
      [{ title: 'X', level: 'P 5' }, 'input.level'],
      [{ title: 'X', hiringManagerId: 'no-such-person' }, 'input.hiringManagerId'],
      [{ title: 'X', interviewCriteria: [] }, 'input.interviewCriteria'],
    ];
    for (const [i, field] of cases) await expectError(hr, CREATE, { i }, 'BAD_USER_INPUT', field);
    const infra = await requisitionByTitle(hr, 'ML Infrastructure Engineer');
    await expectError(hr, UPDATE, { id: infra.id, i: { headcount: 0 } }, 'BAD_USER_INPUT', 'input.headcount');
    expect((await hr.data(COUNT)).requisitions.length).toBe(before);
  });

  it('lets only the right roles see and change requisitions', async () => {
    await expectError(employee, COUNT, {}, 'FORBIDDEN');
    await expectError(recruiter, CREATE, { i: { title: 'X' } }, 'FORBIDDEN');
    const draft = await requisitionByTitle(hr, 'Data Engineer, Evaluation Pipelines');
    await expectError(recruiter, APPROVE, { id: draft.id }, 'FORBIDDEN');
    await expectError(hr, 'query($id: ID!) { requisition(id: $id) { id } }', { id: 'nope' }, 'NOT_FOUND');
    expect((await recruiter.data('query($id: ID!) { requisition(id: $id) { title status } }', { id: draft.id })).requisition).toEqual({ title: 'Data Engineer, Evaluation Pipelines', status: 'draft' });
  });

  it("turns development's requisition suggestion into one draft awaiting approval", async () => {
    const tenantId = await tenantIdOf(hr);
    const bus = server.get(EventBus);
    const suggestion = { unitId: 'unit-alignment', skillId: 'skill-rlhf', skillName: 'RLHF', level: 4, reason: 'Alignment needs 2 people at RLHF ≥ 4; 1 available, no one within a quarter of reaching it.' };
    await RequestContexts.run(RequestContexts.system(tenantId), () => bus.emit(RequisitionSuggested, suggestion));
    await server.flushEvents();
    await RequestContexts.run(RequestContexts.system(tenantId), () => bus.emit(RequisitionSuggested, { ...suggestion, reason: 'Still short of RLHF ≥ 4.' }));
    await server.flushEvents();
    const drafts = (await hr.data(`{ requisitions(filter: { status: "draft" }) { ${FIELDS} orgUnitId description } }`)).requisitions.filter((r: { origin: string }) => r.origin === 'development');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ title: 'RLHF specialist', status: 'draft', orgUnitId: 'unit-alignment', headcount: 1, missingForApproval: ['jobFamily', 'level', 'hiringManagerId'] });
    expect(drafts[0].description).toMatch(/Still short of RLHF ≥ 4\.[\s\S]*proficiency 4/);
    expect(drafts[0].interviewCriteria[0]).toBe('RLHF');
    const rsManager = await personId(hr, 'james.liu@demo.local');
    await hr.data(UPDATE, { id: drafts[0].id, i: { jobFamily: 'research-scientist', level: 'P6', hiringManagerId: rsManager } });
    expect((await hr.data(APPROVE, { id: drafts[0].id })).approveRequisition.status).toBe('open');
  });

  it('keeps tenants apart', async () => {
    const other = await server.createTenant('other-reqs');
    expect((await other.data(COUNT)).requisitions).toEqual([]);
    const infra = await requisitionByTitle(hr, 'ML Infrastructure Engineer');
    await expectError(other, 'query($id: ID!) { requisition(id: $id) { id } }', { id: infra.id }, 'NOT_FOUND');
    await expectError(other, APPROVE, { id: infra.id }, 'NOT_FOUND');
    await expectError(other, CLOSE, { id: infra.id, r: 'x' }, 'NOT_FOUND');
  });
});
