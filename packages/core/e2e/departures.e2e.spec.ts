import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type GraphQLClient, type TestServer } from '../src/testing/index.js';

// Leavers: the leave date attrition is counted from, and why they left (a protected field).
const PERSON = 'query($id: ID!) { person(id: $id) { status hireDate leaveDate departure { type regretted reason } } }';
const UPDATE = 'mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { status leaveDate departure { type regretted reason } } }';
const today = () => new Date().toISOString().slice(0, 10);

describe('departures', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let employee: GraphQLClient;
  let manager: GraphQLClient;
  let idOf: (email: string) => Promise<string>;
  beforeAll(async () => {
    server = await createTestServer();
    [hr, employee, manager] = await Promise.all([server.loginAs('hr'), server.loginAs('employee'), server.loginAs('manager')]);
    idOf = async (email) => (await hr.data('query($s: String) { people(filter: { search: $s }) { nodes { id } } }', { s: email })).people.nodes[0].id;
  });
  afterAll(() => server?.close());

  async function newPerson(email: string, extra = ''): Promise<string> {
    const manager = await idOf('manager@demo.local');
    return (await hr.data(`mutation($m: String) { createPerson(input: { name: "${email}", email: "${email}", hireDate: "2024-03-01", managerId: $m ${extra} }) { id } }`, { m: manager })).createPerson.id;
  }

  it('a person who leaves without a date leaves today; hr records why; the audit keeps both', async () => {
    const id = await newPerson('leaver.one@demo.local');
    const { updatePerson } = await hr.data(UPDATE, { id, input: { status: 'terminated', departure: { type: 'voluntary', regretted: true, reason: 'Joined a start-up' } } });
    expect(updatePerson).toEqual({ status: 'terminated', leaveDate: today(), departure: { type: 'voluntary', regretted: true, reason: 'Joined a start-up' } });
    const owner = await server.loginAs('owner');
    const { auditLog } = await owner.data('query($id: String) { auditLog(filter: { targetId: $id, operation: "updatePerson" }) { nodes { before after } } }', { id });
    expect(JSON.parse(auditLog.nodes[0].before).departure).toMatchObject({ leaveDate: null });
    expect(JSON.parse(auditLog.nodes[0].after).departure).toMatchObject({ leaveDate: today(), leaveType: 'voluntary', leaveRegretted: true });
  });

  it('shows why someone left to hr and their management chain only', async () => {
    const id = await newPerson('leaver.two@demo.local', ', status: "terminated", leaveDate: "2026-10-31", departure: { type: "involuntary" }');
    expect((await hr.data(PERSON, { id })).person.departure).toEqual({ type: 'involuntary', regretted: false, reason: '' });
    expect((await manager.data(PERSON, { id })).person.departure.type).toBe('involuntary');
    const peer = await employee.request(PERSON, { id });
    expect(peer.data?.person).toMatchObject({ status: 'terminated', leaveDate: '2026-10-31', departure: null });
    expect(peer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('names the bad field and changes nothing', async () => {
    const id = await newPerson('leaver.three@demo.local');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ status: 'terminated', leaveDate: '2024-02-29' }, 'input.leaveDate'],
      [{ leaveDate: '2026-02-30' }, 'input.leaveDate'],
      [{ departure: { type: 'voluntary' } }, 'input.departure'],
      [{ status: 'terminated', leaveDate: null }, 'input.leaveDate'],
      [{ leaveDate: '2026-11-30', departure: { type: 'fired' } }, 'input.departure.type'],
      [{ leaveDate: '2026-11-30', departure: { reason: 'x'.repeat(501) } }, 'input.departure.reason'],
    ];
    for (const [input, field] of cases) {
      const r = await hr.request(UPDATE, { id, input });
      expect(r.errors?.[0].extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const moved = await hr.request(UPDATE, { id, input: { hireDate: '2027-01-01', leaveDate: '2026-12-31' } });
    expect(moved.errors?.[0].extensions?.field).toBe('input.leaveDate');
    expect((await hr.data(PERSON, { id })).person).toEqual({ status: 'active', hireDate: '2024-03-01', leaveDate: null, departure: null });
  });

  it('needs people.departures.write to record why, not only people.write', async () => {
    const owner = await server.loginAs('owner');
    await owner.data('mutation { createRole(input: { key: "editor", name: "Editor", permissions: ["people.read", "people.write"] }) { id } }');
    await owner.data('mutation { createAccount(input: { email: "editor@demo.local", password: "password-123", roles: ["editor"] }) { id } }');
    const editor = await server.login('editor@demo.local', 'password-123');
    const id = await newPerson('leaver.four@demo.local');
    const r = await editor.request(UPDATE, { id, input: { leaveDate: '2026-12-31', departure: { type: 'voluntary' } } });
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await hr.data(PERSON, { id })).person.leaveDate).toBeNull();
    const dated = await editor.request('mutation($id: ID!) { updatePerson(id: $id, input: { leaveDate: "2026-12-31" }) { leaveDate } }', { id });
    expect(dated.data?.updatePerson.leaveDate).toBe('2026-12-31');
  });

  it('a rehire clears the departure', async () => {
    const id = await newPerson('leaver.five@demo.local', ', status: "terminated", leaveDate: "2026-06-30", departure: { type: "voluntary", regretted: true }');
    const { updatePerson } = await hr.data(UPDATE, { id, input: { status: 'active' } });
    expect(updatePerson).toEqual({ status: 'active', leaveDate: null, departure: null });
  });

  it('never lets two racing edits leave the leave date before the hire date', async () => {
    const id = await newPerson('leaver.six@demo.local');
    const results = await Promise.all([
      hr.request(UPDATE, { id, input: { leaveDate: '2025-01-31' } }),
      hr.request('mutation($id: ID!) { updatePerson(id: $id, input: { hireDate: "2025-06-01" }) { hireDate } }', { id }),
    ]);
    const { person } = await hr.data(PERSON, { id });
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(person.leaveDate === null || person.leaveDate >= person.hireDate).toBe(true);
  });

  it('imports leavers from CSV, naming the bad row and column', async () => {
    const header = 'name,email,hire_date,status,leave_date,leave_type,leave_regretted,leave_reason\n';
    const bad = `${header}Ann,ann.l@demo.local,2024-01-01,terminated,2023-12-31,voluntary,yes,\nBo,bo.l@demo.local,2024-01-01,terminated,2026-01-31,fired,no,\nCy,cy.l@demo.local,2024-01-01,active,,voluntary,,\n`;
    const report = (await hr.data('mutation($csv: String!) { importPeople(csv: $csv) { imported errors { row field } } }', { csv: bad })).importPeople;
    expect(report.imported).toBe(0);
    expect(report.errors).toEqual([{ row: 2, field: 'leave_date' }, { row: 3, field: 'leave_type' }, { row: 4, field: 'leave_date' }]);
    const good = `${header}Ann,ann.l@demo.local,2024-01-01,terminated,2026-01-31,voluntary,yes,Relocated\nDee,dee.l@demo.local,2024-01-01,terminated,,,,\n`;
    expect((await hr.data('mutation($csv: String!) { importPeople(csv: $csv) { imported } }', { csv: good })).importPeople.imported).toBe(2);
    expect((await hr.data(PERSON, { id: await idOf('ann.l@demo.local') })).person).toMatchObject({ leaveDate: '2026-01-31', departure: { type: 'voluntary', regretted: true, reason: 'Relocated' } });
    expect((await hr.data(PERSON, { id: await idOf('dee.l@demo.local') })).person.leaveDate).toBe(today());
  });
});
