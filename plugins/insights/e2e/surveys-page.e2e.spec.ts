import { structurePlugin } from '@cadre/plugin-structure';
import { createTestServer, type GraphQLClient, type TestServer, byKeyThenId, expectBadArgsNamed, expectSortsAgree, idsOnce, pageQuery, walkPages } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insightsPlugin } from '../src/index.js';

// surveysPage: the survey runs as keyset pages with exactly what `surveys` shows (every run, to
// survey admins only; responses withheld under the anonymity threshold), filtered in SQL.
const FIELDS = 'id title kind status openedAt invited responses awaitingMyAnswer answeredByMe updatedAt';
const PAGE = pageQuery('surveysPage', 'InsightsSurveyListFilter', 'InsightsSurveySort', FIELDS);
const ARRAY = `query($s: InsightsSurveyStatus) { surveys(status: $s) { ${FIELDS} } }`;
const CREATE = 'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id } }';
type Survey = { id: string; title: string; kind: string; status: string; openedAt: string | null; invited: number | null; responses: number | null };
const SORTS: Array<[string, (s: Survey) => string]> = [['KIND', (s) => s.kind], ['STATUS', (s) => s.status], ['OPENED_AT', (s) => s.openedAt ?? '']];

describe('surveys, a page at a time', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let opened: string;
  const surveys = async (status?: string): Promise<Survey[]> => (await hr.data(ARRAY, { s: status ?? null })).surveys;

  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin, insightsPlugin] });
    [hr, manager, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
    // Two runs of one title (the id breaks the tie), a title holding LIKE's wildcards, a custom
    // run, and one opened to everyone that nobody has answered (under the threshold).
    for (const [title, kind] of [['Paging tie', 'PULSE'], ['Paging tie', 'PULSE'], ['Paging 50%_off', 'ENGAGEMENT'], ['paging lower', 'PULSE'], ['Paging opened', 'PULSE']] as const) {
      const { createSurvey } = await hr.data(CREATE, { i: { title, kind } });
      if (title === 'Paging opened') opened = createSurvey.id;
    }
    await hr.data('mutation($id: ID!) { openSurvey(id: $id) { id } }', { id: opened });
  });
  afterAll(() => server?.close());

  it('pages through every run, newest first, exactly as surveys lists them (responses under the threshold withheld)', async () => {
    const rows = await surveys();
    expect(rows.length).toBeGreaterThan(15);
    const { rows: paged, pages, totals } = await walkPages<Survey>(hr, PAGE, 'surveysPage', {}, 4);
    expect(pages).toBe(Math.ceil(rows.length / 4));
    expect(new Set(totals)).toEqual(new Set([rows.length]));
    expect(idsOnce(paged)).toEqual(rows.map((s) => s.id));
    expect(paged).toEqual(rows);
    const run = paged.find((s) => s.id === opened)!;
    expect(run.invited).toBeGreaterThan(0);
    expect(run.responses).toBeNull();
    expect(paged.filter((s) => s.status === 'CLOSED').every((s) => s.responses !== null && s.responses >= 5)).toBe(true);
    expect(paged.filter((s) => s.status === 'DRAFT').every((s) => s.invited === null && s.responses === null)).toBe(true);
  });

  it('sorts by every field both ways in the order of the values, ties split by id', async () => {
    const rows = await surveys();
    await expectSortsAgree(hr, PAGE, 'surveysPage', ['CREATED_AT', 'TITLE', 'KIND', 'STATUS', 'OPENED_AT'], 3);
    for (const [field, key] of SORTS) {
      for (const direction of ['ASC', 'DESC'] as const) {
        const whole = (await hr.data(PAGE, { sort: { field, direction }, first: 200 })).surveysPage.nodes as Survey[];
        expect(whole.map((s) => s.id), `${field} ${direction}`).toEqual(byKeyThenId(rows, key, direction));
      }
    }
    // Titles of one case, so the order holds under any collation; the two of one title by id.
    const mine = (await walkPages<Survey>(hr, PAGE, 'surveysPage', { filter: { search: 'Paging ' }, sort: { field: 'TITLE', direction: 'ASC' } }, 1)).rows.filter((s) => s.title.startsWith('Paging'));
    expect(mine.map((s) => s.title)).toEqual(['Paging 50%_off', 'Paging opened', 'Paging tie', 'Paging tie']);
    const ties = mine.slice(2).map((s) => s.id);
    expect(ties).toEqual([...ties].sort());
    const opening = (await hr.data(PAGE, { sort: { field: 'OPENED_AT', direction: 'DESC' }, first: 1 })).surveysPage.nodes[0];
    expect(opening.id).toBe(opened);
  });

  it('filters by status, kind and a part of the title on the server, counted on every page', async () => {
    const rows = await surveys();
    for (const status of ['DRAFT', 'OPEN', 'CLOSED']) {
      const expected = await surveys(status);
      expect(expected.length, status).toBeGreaterThan(0);
      const { rows: paged, totals } = await walkPages<Survey>(hr, PAGE, 'surveysPage', { filter: { status } }, 2);
      expect(idsOnce(paged), status).toEqual(expected.map((s) => s.id));
      expect(totals.every((n) => n === expected.length)).toBe(true);
    }
    for (const kind of ['ENGAGEMENT', 'PULSE', 'CUSTOM']) {
      const { rows: paged } = await walkPages<Survey>(hr, PAGE, 'surveysPage', { filter: { kind } }, 5);
      expect(idsOnce(paged), kind).toEqual(rows.filter((s) => s.kind === kind).map((s) => s.id));
    }
    const search = async (term: string) => (await walkPages<Survey>(hr, PAGE, 'surveysPage', { filter: { search: term } }, 2)).rows.map((s) => s.title).sort();
    expect(await search('PAGING')).toEqual(['Paging 50%_off', 'Paging opened', 'Paging tie', 'Paging tie', 'paging lower']);
    expect(await search('50%_')).toEqual(['Paging 50%_off']);
    expect(await search('%')).toEqual(['Paging 50%_off']);
    expect(await search('g_t')).toEqual([]);
    const both = (await walkPages<Survey>(hr, PAGE, 'surveysPage', { filter: { search: 'paging', status: 'DRAFT', kind: 'PULSE' } }, 2)).rows;
    expect(both.map((s) => s.title).sort()).toEqual(['Paging tie', 'Paging tie', 'paging lower']);
    const gone = await hr.request(PAGE, { filter: { status: 'GONE' }, first: 5 });
    expect(gone.errors?.[0].message).toMatch(/GONE/);
    expect(gone.data?.surveysPage ?? null).toBeNull();
    const long = await hr.request(PAGE, { filter: { search: 'x'.repeat(101) }, first: 5 });
    expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(long.errors?.[0])).toMatch(/search/);
  });

  it('is for survey admins only, as surveys is', async () => {
    for (const client of [manager, employee]) {
      expect((await client.request(ARRAY, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const page = await client.request(PAGE, { first: 5 });
      expect(page.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(page.data?.surveysPage ?? null).toBeNull();
    }
  });

  it('refuses bad arguments by name', async () => {
    await expectBadArgsNamed(hr, PAGE, 'surveysPage', { field: 'TITLE', direction: 'ASC' });
  });
});
