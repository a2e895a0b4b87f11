// Who proposed and who approved an equity grant, as the API reports them (the console shows both):
// the proposer's email from creation, the approver's email and time once granted, kept through a
// cancellation; grants from before (the demo seed) have neither. Runs on SQLite, and on PostgreSQL
// with DATABASE_URL.
import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incentivesPlugin } from '../src/index.js';
import { demoPeople } from './helpers.js';

const GRANT = 'id status createdBy approvedBy approvedAt';
const CREATE = `mutation($i: CreateEquityGrantInput!) { createEquityGrant(input: $i) { ${GRANT} } }`;

describe('equity grant proposer and approver', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let owner: GraphQLClient;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [incentivesPlugin] });
    [hr, owner] = await Promise.all([server.loginAs('hr'), server.loginAs('owner')]);
  });
  afterAll(() => server?.close());

  it('records the proposer at creation and the approver at approval, and keeps both through a cancellation', async () => {
    const demo = await demoPeople(server);
    const input = { personId: demo.byEmail('employee').id, kind: 'refresh', units: 2400, grantDate: '2026-06-01', cliffMonths: 12, vestingMonths: 48, frequencyMonths: 3 };
    const created = (await hr.data(CREATE, { i: input })).createEquityGrant;
    expect(created).toMatchObject({ status: 'proposed', createdBy: 'hr@demo.local', approvedBy: null, approvedAt: null });

    const approved = (await owner.data(`mutation($id: ID!) { approveEquityGrant(id: $id) { ${GRANT} } }`, { id: created.id })).approveEquityGrant;
    expect(approved).toMatchObject({ status: 'granted', createdBy: 'hr@demo.local', approvedBy: 'owner@demo.local' });
    expect(Date.parse(approved.approvedAt)).not.toBeNaN();

    const cancelled = (await hr.data(`mutation($id: ID!) { cancelEquityGrant(id: $id) { ${GRANT} } }`, { id: created.id })).cancelEquityGrant;
    expect(cancelled).toMatchObject({ status: 'cancelled', createdBy: 'hr@demo.local', approvedBy: 'owner@demo.local', approvedAt: approved.approvedAt });

    // Read back through the list, as the console does.
    const { equityGrants } = await hr.data(`{ equityGrants { ${GRANT} } }`);
    expect(equityGrants.find((g: { id: string }) => g.id === created.id)).toEqual(cancelled);
  });

  it('reports no proposer or approver for grants made before they were recorded, and none for a proposal not yet approved', async () => {
    const { equityGrants } = await hr.data(`{ equityGrants { ${GRANT} note } }`);
    const seeded = equityGrants.filter((g: { note: string }) => g.note === 'New-hire grant');
    expect(seeded.length).toBeGreaterThan(0);
    for (const g of seeded) expect(g).toMatchObject({ status: 'granted', createdBy: null, approvedBy: null, approvedAt: null });
    const open = equityGrants.find((g: { note: string }) => g.note === 'Proposed refresh after the NeurIPS result');
    expect(open).toMatchObject({ status: 'proposed', approvedBy: null, approvedAt: null });
  });
});
