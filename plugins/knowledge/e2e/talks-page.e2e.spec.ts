import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgePlugin } from '../src/index.js';
import { personIds } from './support/demo.js';
import { createFakeStructure } from '@cadre/plugin-structure/testing';

// The talks list paged on the server (talksPage): keyset pages that never skip nor repeat a row,
// ties on the sort column included, in either order, with filters counted on every page.
const PAGE = `query($filter: KnowledgeTalkFilter, $sort: KnowledgeTalkSort, $first: Int!, $after: String) {
  talksPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id title scheduledAt status kind } } }`;
type Talk = { id: string; title: string; scheduledAt: string; status: string; kind: string };
const fake = createFakeStructure();

describe('talks, a page at a time', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let ids: Record<string, string>;

  async function walk(variables: Record<string, unknown>, first: number): Promise<{ rows: Talk[]; pages: number; totals: number[] }> {
    const rows: Talk[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (let pages = 1; ; pages++) {
      const { talksPage } = await hr.data(PAGE, { ...variables, first, after });
      rows.push(...talksPage.nodes);
      totals.push(talksPage.totalCount);
      if (!talksPage.pageInfo.hasNextPage) return { rows, pages, totals };
      after = talksPage.pageInfo.endCursor;
    }
  }

  beforeAll(async () => {
    server = await createTestServer({ plugins: [fake.plugin, knowledgePlugin] });
    hr = await server.loginAs('hr');
    ids = await personIds(hr);
    // Three talks at the very same minute: the id breaks the tie, and a page boundary falls inside it.
    const at = new Date(Date.now() - 30 * 86_400_000).toISOString();
    for (const title of ['Tie A', 'Tie B', 'Tie C']) {
      await hr.data('mutation($input: ScheduleTalkInput!) { scheduleTalk(input: $input) { id } }', {
        input: { title, abstract: '', speakerId: ids.hr, scheduledAt: at, durationMinutes: 30, location: 'Room 1', skillIds: [], inviteeIds: [] },
      });
    }
  });
  afterAll(() => server?.close());

  it('pages through every talk, latest first, each exactly once', async () => {
    const { talks } = await hr.data('{ talks { id scheduledAt } }');
    expect(talks.length).toBeGreaterThan(25);
    const { rows, pages, totals } = await walk({}, 2);
    expect(pages).toBe(Math.ceil(talks.length / 2));
    expect(new Set(totals)).toEqual(new Set([talks.length]));
    expect(rows.map((r) => r.id).sort()).toEqual(talks.map((t: Talk) => t.id).sort());
    const expected = [...rows].sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt) || (a.id < b.id ? 1 : -1));
    expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  });

  it('sorts by title both ways, the pages agreeing with one big page', async () => {
    for (const direction of ['ASC', 'DESC']) {
      const sort = { field: 'TITLE', direction };
      const whole = (await hr.data(PAGE, { sort, first: 200 })).talksPage.nodes as Talk[];
      const { rows } = await walk({ sort }, 7);
      expect(rows.map((r) => r.id)).toEqual(whole.map((r) => r.id));
    }
    const asc = (await hr.data(PAGE, { sort: { field: 'TITLE', direction: 'ASC' }, first: 200 })).talksPage.nodes as Talk[];
    const ties = asc.filter((r) => r.title.startsWith('Tie ')).map((r) => r.title);
    expect(ties).toEqual(['Tie A', 'Tie B', 'Tie C']);
  });

  it('filters on the server and counts what the filters match', async () => {
    const { talks } = await hr.data('{ talks { id kind status scheduledAt } }');
    const brainstorms = talks.filter((t: Talk) => t.kind === 'BRAINSTORM');
    const { rows, totals } = await walk({ filter: { kind: 'BRAINSTORM' } }, 3);
    expect(rows.map((r) => r.id).sort()).toEqual(brainstorms.map((t: Talk) => t.id).sort());
    expect(totals.every((n) => n === brainstorms.length)).toBe(true);

    const now = new Date().toISOString();
    const upcoming = (await walk({ filter: { when: 'UPCOMING' } }, 5)).rows;
    expect(upcoming.map((r) => r.id).sort()).toEqual(talks.filter((t: Talk) => t.scheduledAt >= now || t.status === 'SCHEDULED').map((t: Talk) => t.id).sort());
    expect(upcoming.some((r) => r.title.startsWith('Tie '))).toBe(true); // scheduled, though in the past
    const past = (await walk({ filter: { when: 'PAST' } }, 50)).rows;
    expect(past.map((r) => r.id).sort()).toEqual(talks.filter((t: Talk) => t.scheduledAt < now).map((t: Talk) => t.id).sort());
  });

  it('refuses a bad page size, a made-up cursor and a cursor of another order, naming the argument', async () => {
    expect((await hr.request(PAGE, { first: 0 })).errors?.[0].extensions?.field).toBe('first');
    expect((await hr.request(PAGE, { first: 201 })).errors?.[0].extensions?.field).toBe('first');
    expect((await hr.request(PAGE, { first: 5, after: 'not-a-cursor' })).errors?.[0].extensions?.field).toBe('after');
    const byTitle = (await hr.data(PAGE, { first: 5, sort: { field: 'TITLE', direction: 'ASC' } })).talksPage.pageInfo.endCursor;
    const other = await hr.request(PAGE, { first: 5, after: byTitle });
    expect(other.errors?.[0].extensions?.field).toBe('after');
    expect(other.errors?.[0].message).toContain('another sort order');
  });
});
