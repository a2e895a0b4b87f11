import { byKeyThenId, createTestServer, expectBadArgsNamed, idsOnce, pageQuery, walkPages, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARING_INDEX_FORMULA, knowledgePlugin } from '../src/index.js';
import { createItem, personIds } from './support/demo.js';
import { createFakeStructure } from '@cadre/plugin-structure/testing';

// knowledgeSharingIndexPage: the Sharing index page. The index is computed, not stored, so the
// page's order, filter and visibility are checked against the array query over the same people.
const NAME = 'knowledgeSharingIndexPage';
const FIELDS = 'person { id name } index itemsPublished talksGiven talksAttended reviews readsByOthers bookmarksByOthers';
const PAGE = pageQuery(NAME, 'KnowledgeSharingIndexFilter', 'KnowledgeSharingIndexSort', FIELDS);
const ALL = `{ knowledgeSharingIndex { people { ${FIELDS} } } }`;
type Row = { person: { id: string; name: string }; index: number };
type Flat = Row & { id: string };
const flat = (rows: Row[]): Flat[] => rows.map((r) => ({ ...r, id: r.person.id }));

describe('sharing index, a page at a time', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let everyone: Flat[];
  const walk = async (client: GraphQLClient, variables: Record<string, unknown>, first: number) => {
    const { rows, pages, totals } = await walkPages<Row>(client, PAGE, NAME, variables, first);
    return { rows: flat(rows), pages, totals };
  };

  beforeAll(async () => {
    server = await createTestServer({ plugins: [createFakeStructure().plugin, knowledgePlugin] });
    [hr, manager, employee] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
    const ids = await personIds(hr);
    // Two people with an index above the rest, so the order by index is more than ties.
    await createItem(employee, { kind: 'BEST_PRACTICE', title: 'Page probe one', body: 'x', visibility: 'TENANT' });
    await createItem(manager, { kind: 'BEST_PRACTICE', title: 'Page probe two', body: 'x', visibility: 'TENANT', authorIds: [ids.manager] });
    everyone = flat((await hr.data(ALL)).knowledgeSharingIndex.people);
  });
  afterAll(() => server?.close());

  it('pages through everyone the array lists, highest index first by default, with the formula and period', async () => {
    expect(everyone.length).toBe(60);
    expect(everyone.filter((r) => r.index > 0).length).toBeGreaterThan(1);
    const { rows, pages, totals } = await walk(hr, {}, 7);
    expect(pages).toBe(Math.ceil(everyone.length / 7));
    expect(totals.every((t) => t === everyone.length)).toBe(true);
    expect(idsOnce(rows)).toEqual(byKeyThenId(everyone, (r) => r.index, 'DESC'));
    expect(rows).toEqual(expect.arrayContaining(everyone));
    const head = (await hr.data(`{ ${NAME}(first: 1) { formula from to } }`))[NAME];
    const array = (await hr.data('{ knowledgeSharingIndex { formula from to } }')).knowledgeSharingIndex;
    expect(head).toEqual({ ...array, formula: SHARING_INDEX_FORMULA });
  });

  it('sorts by index and by name both ways: small pages meet one big page, in the array’s order', async () => {
    for (const [field, key] of [['INDEX', (r: Flat) => r.index], ['NAME', (r: Flat) => r.person.name.toLowerCase()]] as const) {
      for (const direction of ['ASC', 'DESC'] as const) {
        const sort = { field, direction };
        const whole = flat((await hr.data(PAGE, { sort, first: 200 }))[NAME].nodes);
        expect(idsOnce(whole)).toEqual(byKeyThenId(everyone, key, direction));
        expect(idsOnce((await walk(hr, { sort }, 6)).rows)).toEqual(whole.map((r) => r.id));
      }
    }
  });

  it('finds people by part of the name, and shows managers their team and employees themselves', async () => {
    const wei = (await hr.data(PAGE, { filter: { search: 'WEI ran' }, first: 5 }))[NAME];
    expect(wei.nodes.map((r: Row) => r.person.name)).toEqual(['魏然 Wei Ran']);
    expect(wei.totalCount).toBe(1);
    for (const client of [manager, employee]) {
      const mine = flat((await client.data(ALL)).knowledgeSharingIndex.people);
      const { rows } = await walk(client, { sort: { field: 'NAME', direction: 'ASC' } }, 2);
      expect(idsOnce(rows)).toEqual(byKeyThenId(mine, (r) => r.person.name.toLowerCase(), 'ASC'));
      expect(rows).toEqual(expect.arrayContaining(mine));
    }
    expect((await walk(employee, {}, 5)).rows.length).toBe(1);
  });

  it('refuses bad arguments, naming them', async () => {
    await expectBadArgsNamed(hr, PAGE, NAME, { field: 'NAME', direction: 'ASC' });
    const field = async (query: string, variables = {}) => (await hr.request(query, variables)).errors?.[0].extensions?.field;
    expect(await field(PAGE, { first: 5, filter: { search: 'x'.repeat(101) } })).toBe('filter.search');
    expect(await field(`{ ${NAME}(from: "2026-05-01", to: "2026-04-01") { totalCount } }`)).toBe('from');
    expect(await field(`{ ${NAME}(to: "May") { totalCount } }`)).toBe('to');
  });
});
