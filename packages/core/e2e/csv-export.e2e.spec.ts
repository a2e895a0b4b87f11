import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type GraphQLClient, type TestServer } from '../src/testing/index.js';

// CSV exports through the real server: the rows the API would give the caller, pay only where
// they may see it, formulas neutralised, refusals before any byte, and an audit entry.
describe('CSV export of people', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  beforeAll(async () => {
    server = await createTestServer();
    [hr, manager, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
  });
  afterAll(() => server?.close());

  const download = (client: GraphQLClient | null, path: string) =>
    fetch(`${server.url}${path}`, { headers: client?.token ? { authorization: `Bearer ${client.token}` } : {} });
  const rowsOf = async (response: Response) => {
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a BOM, so spreadsheets read Chinese names as UTF-8
    return parse(new TextDecoder().decode(bytes), { columns: true }) as Array<Record<string, string>>;
  };

  it('streams every person in the import columns, with pay for HR', async () => {
    const response = await download(hr, '/export/people.people.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="people-people-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = await rowsOf(response);
    const { people } = await hr.data('{ people(first: 200) { totalCount nodes { email compensation { base } } } }');
    expect(rows).toHaveLength(people.totalCount);
    expect(Object.keys(rows[0])).toEqual(['name', 'email', 'title', 'level', 'track', 'manager_email', 'org_unit_id', 'location', 'hire_date', 'status', 'leave_date', 'leave_type', 'leave_regretted', 'leave_reason', 'comp_base', 'comp_currency']);
    const pay = new Map(people.nodes.map((p: { email: string; compensation: { base: number } | null }) => [p.email, p.compensation?.base]));
    for (const row of rows) expect(row.comp_base === '' ? undefined : Number(row.comp_base)).toBe(pay.get(row.email) ?? undefined);
    expect(rows.filter((r) => r.comp_base !== '').length).toBeGreaterThan(50);
  });

  it('gives a manager pay only for their own reports, as the API does', async () => {
    const rows = await rowsOf(await download(manager, '/export/people.people.csv'));
    const { me } = await manager.data('{ me { person { id email } } }');
    const { people } = await manager.data('query($m: String) { people(filter: { managerId: $m }, first: 200) { nodes { email } } }', { m: me.person.id });
    const reports = new Set<string>(people.nodes.map((p: { email: string }) => p.email));
    const withPay = rows.filter((r) => r.comp_base !== '').map((r) => r.email);
    expect(withPay.length).toBeGreaterThan(0);
    for (const email of withPay) expect(email === me.person.email || reports.has(email) || (await isBelow(manager, email, me.person.id))).toBe(true);
    expect(rows.length).toBeGreaterThan(withPay.length);
  });

  it('exports exactly what a filter shows, across pages', async () => {
    // 230 more engineers: the export reads 200 rows a page, so this crosses a page.
    const csv = ['name,email,title', ...Array.from({ length: 230 }, (_, i) => `Bulk ${i},bulk${i}@demo.local,Bulk engineer ${i}`)].join('\n');
    const { startPeopleImport } = await hr.data('mutation($csv: String!) { startPeopleImport(csv: $csv) { id } }', { csv });
    expect((await hr.finishedJob(startPeopleImport.id)).state).toBe('completed');
    const filter = { search: 'engineer' };
    const rows = await rowsOf(await download(hr, `/export/people.people.csv?variables=${encodeURIComponent(JSON.stringify({ filter }))}`));
    const { people } = await hr.data('query($f: PeopleFilter) { people(filter: $f, first: 200) { totalCount } }', { f: filter });
    expect(people.totalCount).toBeGreaterThan(230);
    expect(rows).toHaveLength(people.totalCount);
    expect(new Set(rows.map((r) => r.email)).size).toBe(rows.length);
    expect(rows.every((r) => /engineer/i.test(`${r.name} ${r.email} ${r.title}`))).toBe(true);
  });

  it('neutralises cells a spreadsheet would run as a formula', async () => {
    await hr.data('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', {
      i: { name: '=HYPERLINK("http://evil.example","x")', email: 'formula@demo.local', title: '+1 shady title' },
    });
    const rows = await rowsOf(await download(hr, `/export/people.people.csv?variables=${encodeURIComponent(JSON.stringify({ filter: { search: 'formula@demo.local' } }))}`));
    expect(rows).toHaveLength(1);
    expect(rows[0].name).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(rows[0].title).toBe("'+1 shady title");
  });

  it('refuses before any byte: signed out, no permission, unknown export, bad variables, bad filter', async () => {
    expect((await download(null, '/export/people.people.csv')).status).toBe(401);
    const unknown = await download(hr, '/export/people.nope.csv');
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).message).toContain('people.people');
    const badJson = await download(hr, '/export/people.people.csv?variables=%7Bnope');
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'variables' });
    const badFilter = await download(hr, `/export/people.people.csv?variables=${encodeURIComponent(JSON.stringify({ filter: { status: 'retired' } }))}`);
    expect(badFilter.status).toBe(400);
    expect((await badFilter.json()).message).toMatch(/status/);
    const paging = await download(hr, `/export/people.people.csv?variables=${encodeURIComponent(JSON.stringify({ first: 1 }))}`);
    expect(paging.status).toBe(400);
    // The employee role reads people but not pay: the export works, with no pay but their own.
    const rows = await rowsOf(await download(employee, '/export/people.people.csv'));
    const { me } = await employee.data('{ me { person { email } } }');
    expect(rows.filter((r) => r.comp_base !== '').map((r) => r.email)).toEqual([me.person.email]);
  });

  it('writes who exported what with which filters to the audit log', async () => {
    const filter = { status: 'active' };
    await (await download(hr, `/export/people.people.csv?variables=${encodeURIComponent(JSON.stringify({ filter }))}`)).text();
    const { auditLog } = await server.loginAs('owner').then((owner) => owner.data('{ auditLog(filter: { operation: "exportCsv" }, first: 50) { nodes { actorEmail targetId after } } }'));
    expect(auditLog.nodes.find((n: { actorEmail: string; after: string }) => n.actorEmail === 'hr@demo.local' && JSON.parse(n.after).variables.filter.status === 'active')).toMatchObject({ targetId: 'people.people' });
  });
});

/** Is `email` somewhere below `managerId` (the management chain, not only direct reports)? */
async function isBelow(client: GraphQLClient, email: string, managerId: string): Promise<boolean> {
  let { people } = await client.data('query($s: String) { people(filter: { search: $s }) { nodes { managerId } } }', { s: email });
  let next: string | null = people.nodes[0]?.managerId ?? null;
  for (let hops = 0; next && hops < 10; hops++) {
    if (next === managerId) return true;
    ({ person: people } = await client.data('query($id: ID!) { person(id: $id) { managerId } }', { id: next }));
    next = (people as unknown as { managerId: string | null }).managerId;
  }
  return false;
}
