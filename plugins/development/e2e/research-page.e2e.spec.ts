import { knowledgePlugin } from '@cadre/plugin-knowledge';
import { createTestServer, type GraphQLClient, type TestServer, byKeyThenId, expectBadArgsNamed, expectSortsAgree, idsOnce, pageQuery, walkPages } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentPlugin } from '../src/index.js';
import { personIds } from './support/demo.js';
import { createFakeStructure } from '@cadre/plugin-structure/testing';

// researchOutputsPage: publications and patents as keyset pages, every filter of researchOutputs
// (author, kind, year, which used to be applied after loading) and status and search in SQL.
const FIELDS = 'id kind title venue status date canEdit authors { id }';
const PAGE = pageQuery('researchOutputsPage', 'DevelopmentResearchFilter', 'DevelopmentResearchSort', FIELDS);
const ARRAY = `query($p: ID, $k: DevelopmentResearchKind, $y: Int) { researchOutputs(personId: $p, kind: $k, year: $y) { ${FIELDS} } }`;
const CREATE = 'mutation($i: CreateResearchOutputInput!) { createResearchOutput(input: $i) { id } }';
type Output = { id: string; kind: string; title: string; venue: string; status: string; date: string | null; canEdit: boolean; authors: { id: string }[] };
const SORTS: Array<[string, (o: Output) => string]> = [['DATE', (o) => o.date ?? ''], ['KIND', (o) => o.kind], ['STATUS', (o) => o.status]];

describe('research outputs, a page at a time', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let employee: GraphQLClient;
  let ids: Record<string, string>;
  const outputs = async (client: GraphQLClient, v: { p?: string; k?: string; y?: number } = {}): Promise<Output[]> => (await client.data(ARRAY, v)).researchOutputs;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [createFakeStructure().plugin, knowledgePlugin, developmentPlugin] });
    [hr, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('employee')]);
    ids = await personIds(hr);
    // Two of one title and date (the id breaks the ties), two undated, a venue holding LIKE's
    // wildcards, one by the employee and a colleague, the rest by others.
    const rows: Array<Record<string, unknown>> = [
      { kind: 'PUBLICATION', title: 'Paging tie', venue: 'NeurIPS', status: 'SUBMITTED', date: '2025-06-01', authorIds: [ids['tang.yu']] },
      { kind: 'PUBLICATION', title: 'Paging tie', venue: 'NeurIPS', status: 'SUBMITTED', date: '2025-06-01', authorIds: [ids['tang.yu']] },
      { kind: 'PUBLICATION', title: 'Paging undated', venue: 'ICML', status: 'DRAFT', authorIds: [ids['guo.ting']] },
      { kind: 'PATENT', title: 'Paging undated patent', venue: 'CNIPA', status: 'FILED', authorIds: [ids['guo.ting']] },
      { kind: 'PATENT', title: 'Paging granted', venue: '50%_office', status: 'GRANTED', date: '2024-02-29', authorIds: [ids['guo.ting'], ids.employee] },
      { kind: 'PUBLICATION', title: 'Paging mine', venue: 'VLDB', status: 'PUBLISHED', date: '2025-12-31', authorIds: [ids.employee, ids['tang.yu']] },
    ];
    for (const i of rows) await hr.data(CREATE, { i });
  });
  afterAll(() => server?.close());

  it('pages through every output, newest first (undated last), as researchOutputs lists them', async () => {
    const rows = await outputs(hr);
    expect(rows.length).toBeGreaterThan(15);
    const { rows: paged, pages, totals } = await walkPages<Output>(hr, PAGE, 'researchOutputsPage', {}, 4);
    expect(pages).toBe(Math.ceil(rows.length / 4));
    expect(new Set(totals)).toEqual(new Set([rows.length]));
    expect(idsOnce(paged)).toEqual(byKeyThenId(rows, (o) => o.date ?? '', 'DESC'));
    // The same rows as the array (undated ones are where each database puts NULLs there).
    expect([...paged].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...rows].sort((a, b) => a.id.localeCompare(b.id)));
    expect(paged.slice(-2).map((o) => o.title).sort()).toEqual(['Paging undated', 'Paging undated patent']);
    // A dated filter: exactly the array's order, with each viewer's own canEdit.
    for (const client of [hr, employee]) {
      const year = await outputs(client, { y: 2025 });
      const { rows: inYear } = await walkPages<Output>(client, PAGE, 'researchOutputsPage', { filter: { year: 2025 } }, 2);
      expect(inYear).toEqual(year);
      expect(year.length).toBeGreaterThan(2);
    }
    const mine = (await walkPages<Output>(employee, PAGE, 'researchOutputsPage', {}, 50)).rows;
    expect(mine.filter((o) => o.canEdit).map((o) => o.title).sort()).toEqual(expect.arrayContaining(['Paging granted', 'Paging mine']));
    expect(mine.find((o) => o.title === 'Paging undated')!.canEdit).toBe(false);
  });

  it('sorts by every field both ways in the order of the values, ties split by id', async () => {
    const rows = await outputs(hr);
    await expectSortsAgree(hr, PAGE, 'researchOutputsPage', ['DATE', 'TITLE', 'KIND', 'STATUS', 'CREATED_AT'], 3);
    for (const [field, key] of SORTS) {
      for (const direction of ['ASC', 'DESC'] as const) {
        const whole = (await hr.data(PAGE, { sort: { field, direction }, first: 200 })).researchOutputsPage.nodes as Output[];
        expect(whole.map((o) => o.id), `${field} ${direction}`).toEqual(byKeyThenId(rows, key, direction));
      }
    }
    const paging = (await walkPages<Output>(hr, PAGE, 'researchOutputsPage', { filter: { search: 'paging' }, sort: { field: 'TITLE', direction: 'ASC' } }, 1)).rows;
    expect(paging.map((o) => o.title)).toEqual(['Paging granted', 'Paging mine', 'Paging tie', 'Paging tie', 'Paging undated', 'Paging undated patent']);
    const ties = paging.filter((o) => o.title === 'Paging tie').map((o) => o.id);
    expect(ties).toEqual([...ties].sort());
  });

  it('filters by author, kind, status, year and text on the server, as the array does, counted on every page', async () => {
    const cases: Array<[Record<string, unknown>, { p?: string; k?: string; y?: number }]> = [
      [{ personId: ids.employee }, { p: ids.employee }], [{ personId: ids['guo.ting'] }, { p: ids['guo.ting'] }], [{ kind: 'PATENT' }, { k: 'PATENT' }],
      [{ year: 2024 }, { y: 2024 }], [{ kind: 'PUBLICATION', year: 2025, personId: ids['tang.yu'] }, { k: 'PUBLICATION', y: 2025, p: ids['tang.yu'] }],
    ];
    for (const [filter, v] of cases) {
      const expected = await outputs(hr, v);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      const { rows, totals } = await walkPages<Output>(hr, PAGE, 'researchOutputsPage', { filter, sort: { field: 'TITLE', direction: 'ASC' } }, 2);
      expect(idsOnce(rows).sort(), JSON.stringify(filter)).toEqual(expected.map((o) => o.id).sort());
      expect(totals.every((n) => n === expected.length)).toBe(true);
    }
    const titles = async (filter: Record<string, unknown>) => (await walkPages<Output>(hr, PAGE, 'researchOutputsPage', { filter }, 2)).rows.map((o) => o.title).sort();
    expect(await titles({ personId: ids.employee })).toEqual(expect.arrayContaining(['Paging granted', 'Paging mine']));
    expect(await titles({ status: 'FILED', search: 'paging' })).toEqual(['Paging undated patent']);
    expect(await titles({ search: 'NEURIPS' })).toEqual(expect.arrayContaining(['Paging tie', 'Paging tie']));
    expect(await titles({ search: '50%_' })).toEqual(['Paging granted']);
    expect(await titles({ search: 'g_t' })).toEqual([]);
    // An author id matches exactly: neither part of one nor LIKE's wildcards.
    expect((await hr.data(PAGE, { filter: { personId: ids.employee.slice(0, -1) }, first: 5 })).researchOutputsPage.totalCount).toBe(0);
    expect((await hr.data(PAGE, { filter: { personId: '%' }, first: 5 })).researchOutputsPage.totalCount).toBe(0);
    expect((await hr.data(PAGE, { filter: { year: 1999 }, first: 5 }).catch((e: Error) => e.message))).toMatch(/year/);
    expect((await hr.request(PAGE, { filter: { year: 1999 }, first: 5 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses bad arguments by name', async () => {
    await expectBadArgsNamed(hr, PAGE, 'researchOutputsPage', { field: 'TITLE', direction: 'ASC' });
  });
});
