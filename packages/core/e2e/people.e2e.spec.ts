import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus } from '../src/events/event-bus.service.js';
import { OutboxEntryEntity } from '../src/events/outbox-entry.entity.js';
import { HireRequested } from '../src/people/people.events.js';
import { RequestContexts } from '../src/context/request-context.js';
import { createTestServer, type GraphQLClient, type TestServer } from '../src/testing/index.js';

const COUNT = '{ people { totalCount } }';

describe('people', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  beforeAll(async () => {
    server = await createTestServer();
    hr = await server.loginAs('hr');
  });
  afterAll(() => server?.close());

  it('pages through everyone with cursors, without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const { people }: any = await hr.data('query($after: String) { people(first: 7, after: $after) { totalCount nodes { id name } pageInfo { endCursor hasNextPage } } }', { after });
      total = people.totalCount;
      seen.push(...people.nodes.map((n: { id: string }) => n.id));
      after = people.pageInfo.hasNextPage ? people.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(60);
    expect(new Set(seen).size).toBe(60);
  });

  it('filters by search, manager, level and status', async () => {
    const { people } = await hr.data('{ people(filter: { search: "engineer" }) { totalCount nodes { title } } }');
    expect(people.totalCount).toBeGreaterThan(5);
    expect(people.nodes.every((n: { title: string }) => /engineer/i.test(n.title))).toBe(true);
    const manager = (await hr.data('{ people(filter: { search: "manager@demo.local" }) { nodes { id } } }')).people.nodes[0];
    const reports = await hr.data('query($m: String) { people(filter: { managerId: $m }) { totalCount } }', { m: manager.id });
    expect(reports.people.totalCount).toBe(6);
    expect((await hr.data('{ people(filter: { status: "terminated" }) { totalCount } }')).people.totalCount).toBe(0);
    const badFilter = await hr.request('{ people(filter: { status: "retired" }) { totalCount } }');
    expect(badFilter.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.status' });
    const bad = await hr.request('{ people(first: 0) { totalCount } }');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('creates, updates and deletes, with the audit trail holding before/after of pay', async () => {
    const { createPerson } = await hr.data('mutation { createPerson(input: { name: "Test Person", email: "Test.Person@demo.local", level: "P4", compensation: { base: 30000000, currency: "CNY" } }) { id email compensation { base } } }');
    expect(createPerson.email).toBe('test.person@demo.local');
    const { updatePerson } = await hr.data('mutation($id: ID!) { updatePerson(id: $id, input: { title: "Researcher", compensation: { base: 32000000, currency: "CNY" } }) { title compensation { base } } }', { id: createPerson.id });
    expect(updatePerson).toEqual({ title: 'Researcher', compensation: { base: 32000000 } });
    const owner = await server.loginAs('owner');
    const { auditLog } = await owner.data('query($id: String) { auditLog(filter: { targetId: $id }) { nodes { operation actorEmail before after } } }', { id: createPerson.id });
    const update = auditLog.nodes.find((n: { operation: string }) => n.operation === 'updatePerson');
    expect(update.actorEmail).toBe('hr@demo.local');
    expect(JSON.parse(update.before).compensation).toEqual({ base: 30000000, currency: 'CNY' });
    expect(JSON.parse(update.after).compensation).toEqual({ base: 32000000, currency: 'CNY' });
    expect((await hr.data('mutation($id: ID!) { deletePerson(id: $id) }', { id: createPerson.id })).deletePerson).toBe(true);
    const gone = await hr.request('query($id: ID!) { person(id: $id) { id } }', { id: createPerson.id });
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const byOp = await owner.data('{ auditLog(filter: { operation: "deletePerson", actorEmail: "hr@demo.local" }) { totalCount } }');
    expect(byOp.auditLog.totalCount).toBe(1);
  });

  it('names the bad field and writes nothing', async () => {
    const before = (await hr.data(COUNT)).people.totalCount;
    const cases: Array<[string, string]> = [
      ['{ name: "A", email: "not-an-email" }', 'input.email'],
      ['{ name: "", email: "a@demo.local" }', 'input.name'],
      ['{ name: "A", email: "a@demo.local", hireDate: "31/12/2025" }', 'input.hireDate'],
      ['{ name: "A", email: "a@demo.local", compensation: { base: -5, currency: "CNY" } }', 'input.compensation.base'],
      ['{ name: "A", email: "a@demo.local", compensation: { base: 5, currency: "yuan" } }', 'input.compensation.currency'],
      ['{ name: "A", email: "a@demo.local", managerId: "no-such-person" }', 'input.managerId'],
      ['{ name: "A", email: "employee@demo.local" }', 'input.email'],
    ];
    for (const [input, field] of cases) {
      const r = await hr.request(`mutation { createPerson(input: ${input}) { id } }`);
      expect(r.errors?.[0].extensions?.field, input).toBe(field);
      expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(r.errors?.[0].extensions?.code);
    }
    const someone = (await hr.data('{ people(first: 1) { nodes { id } } }')).people.nodes[0].id;
    const badUpdate = await hr.request('mutation($id: ID!) { updatePerson(id: $id, input: { email: "nope", hireDate: "2026-02-30" }) { id } }', { id: someone });
    expect(badUpdate.errors?.[0].extensions?.problems).toEqual([
      { field: 'input.email', message: 'must be an email address' },
      { field: 'input.hireDate', message: 'must be a date as YYYY-MM-DD' },
    ]);
    const typed = await hr.request('mutation { createPerson(input: { name: 3 }) { id } }');
    expect(typed.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await hr.data(COUNT)).people.totalCount).toBe(before);
  });

  it('refuses queries deeper than the limit before running them', async () => {
    const deep = `{ people(first: 1) { nodes { ${'manager { '.repeat(15)}id${' }'.repeat(15)} } } }`;
    const r = await hr.request(deep);
    expect(r.data).toBeNull();
    expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors?.[0].message).toMatch(/depth/);
  });

  it('refuses a reporting loop', async () => {
    const { people } = await hr.data('{ people(filter: { search: "manager@demo.local" }) { nodes { id managerId } } }');
    const manager = people.nodes[0];
    const report = (await hr.data('query($m: String) { people(filter: { managerId: $m }, first: 1) { nodes { id } } }', { m: manager.id })).people.nodes[0];
    const r = await hr.request('mutation($id: ID!, $m: String) { updatePerson(id: $id, input: { managerId: $m }) { id } }', { id: manager.id, m: report.id });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.managerId' });
  });

  it('imports CSV all-or-nothing with a per-row report', async () => {
    const before = (await hr.data(COUNT)).people.totalCount;
    const bad = 'name,email,title,manager_email,hire_date\nAda Lovelace,ada@demo.local,Researcher,manager@demo.local,2026-01-05\nBroken,not-an-email,Engineer,,2026-13-01\nCarl,carl@demo.local,Engineer,nobody@demo.local,\n';
    const report = (await hr.data('mutation($csv: String!) { importPeople(csv: $csv) { imported rows errors { row field message } } }', { csv: bad })).importPeople;
    expect(report.imported).toBe(0);
    expect(report.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 3, field: 'email' }),
      expect.objectContaining({ row: 3, field: 'hire_date' }),
      expect.objectContaining({ row: 4, field: 'manager_email' }),
    ]));
    expect((await hr.data(COUNT)).people.totalCount).toBe(before);

    const good = 'name,email,title,manager_email\nAda Lovelace,ada@demo.local,Researcher,manager@demo.local\nGrace Hopper,grace@demo.local,Engineer,ada@demo.local\n';
    const ok = (await hr.data('mutation($csv: String!) { importPeople(csv: $csv) { imported errors { row } } }', { csv: good })).importPeople;
    expect(ok).toEqual({ imported: 2, errors: [] });
    const grace = (await hr.data('{ people(filter: { search: "grace@demo.local" }) { nodes { manager { email } } } }')).people.nodes[0];
    expect(grace.manager.email).toBe('ada@demo.local');
  });

  it('creates a hired person exactly once even when the event is delivered twice', async () => {
    const tenantId = (await hr.data('{ me { tenant { id } } }')).me.tenant.id;
    const bus = server.get(EventBus);
    await RequestContexts.run(RequestContexts.system(tenantId), () =>
      bus.emit(HireRequested, { sourceKey: 'offer-1', name: 'New Hire', email: 'new.hire@demo.local', title: 'Research Engineer' }),
    );
    await server.flushEvents();
    const outbox = await server.app.dataSource.manager.findOneByOrFail(OutboxEntryEntity, { type: HireRequested.type });
    expect(outbox.deliveredAt).toBeTruthy();
    await bus.deliver(outbox); // a second delivery, as after a crash between handler and ack
    const { people } = await hr.data('{ people(filter: { search: "new.hire@demo.local" }) { totalCount nodes { title } } }');
    expect(people.totalCount).toBe(1);
    expect(people.nodes[0].title).toBe('Research Engineer');
  });
});
