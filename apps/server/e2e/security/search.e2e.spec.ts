import { createTestServer, type GraphQLClient, type GraphQLResult, type TestServer } from '@cadre/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_PARTY_PLUGINS } from '../../src/plugins.js';
import { type GqlField, type GqlSchema, type GqlType, fieldsOf, idTarget, isIdName, isInputObject, isList, liveSchema, operationDocument, unwrap } from './support/schema.js';
import { type IdsByType, harvestIds } from './support/tenant-data.js';

// SQL, LIKE and full-text metacharacters in every string argument and filter field of every
// query of the live schema (search terms, filters by status, level, job family, email…).

/** SQL and LIKE: injection attempts, wildcards and the escape character. */
const SQL = ["' OR 1=1 --", "' OR ''='", '1; DROP TABLE people; --', '%', '_', '%%', '_%', '\\', '\\%', "%' --", 'x\\'];
/** Full-text syntax (SQLite FTS5 and PostgreSQL tsquery): quotes, prefixes, operators, columns, groups. */
const FTS = ['"', '""', '"unbalanced', '*', 'model*', 'NEAR', 'a NEAR b', 'NEAR(a b)', 'OR', 'a OR', 'OR b', 'AND', 'NOT', '-', '-model', ':', 'title:model', '(', ')', '(model', 'a) OR (b', '^model', '{model}', '[model]', '!', '&', '|', '<->', "'", '@@', '\0'];
/** A person whose name has every metacharacter a LIKE or a string literal could trip on. */
const PROBE_NAME = "Probe 100% Literal_Name O'Brien \\ end";
/** The payloads that must not match every row: LIKE wildcards and tautologies. */
const MATCH_ALL = new Set(["' OR 1=1 --", "' OR ''='", '%', '_', '%%', '_%', "%' --"]);

/** Where the rows of an answer are: a list, a connection's nodes (or its total), search hits, the org chart's matches. */
function countRows(value: unknown, everything = false): number {
  if (Array.isArray(value)) return value.length;
  const v = (value ?? {}) as Record<string, unknown>;
  if (Array.isArray(v.matchedPersonIds)) {
    // Without a search the chart matches nothing; "everyone" is then its members and units.
    return everything ? (v.members as unknown[]).length + (v.units as unknown[]).length : (v.matchedPersonIds as unknown[]).length + (v.matchedUnitIds as unknown[]).length;
  }
  for (const key of ['totalCount', 'total']) if (typeof v[key] === 'number') return v[key] as number;
  for (const key of ['nodes', 'hits', 'items', 'entries']) if (Array.isArray(v[key])) return (v[key] as unknown[]).length;
  return value ? 1 : 0;
}

/** Every String argument of a query, and every String field of its input objects (filters), except ids. */
function stringPaths(args: Array<{ name: string; type: GqlType }>, prefix = ''): string[] {
  return args.flatMap((a) => {
    const named = unwrap(a.type);
    if (named.name === 'String' && !isIdName(a.name)) return [`${prefix}${a.name}`];
    return isInputObject(named) && !isList(a.type) ? stringPaths(fieldsOf(named), `${prefix}${a.name}.`) : [];
  });
}

describe('metacharacters in every search and filter', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let schema: GqlSchema;
  let ids: IdsByType;
  const known = (type: string) => Boolean(ids.get(type)?.length);

  beforeAll(async () => {
    server = await createTestServer({ plugins: FIRST_PARTY_PLUGINS });
    owner = await server.loginAs('owner');
    schema = liveSchema(server);
    ids = await harvestIds(schema, owner);
    // Rows that do contain the metacharacters, so that a literal match has something to find.
    await owner.data('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: { name: PROBE_NAME, email: 'probe_literal@example.test' } });
    await owner.data('mutation($i: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $i) { id } }', { i: { title: 'Probe 100% literal_match', body: 'Discount 100% off, snake_case and "quoted" text', kind: 'TECH_BLOG', visibility: 'TENANT' } });
    await server.flushEvents();
  });
  afterAll(() => server?.close());

  const ask = async (op: GqlField, path: string | undefined, value?: string): Promise<GraphQLResult<Record<string, unknown>>> => {
    const idFor = (name: string) => [ids.get(idTarget(name, op, known) ?? '')?.[0] ?? 'none'];
    const patches = new Map(path ? [[path, JSON.stringify(value)]] : []);
    const r = await owner.request(operationDocument('query', op, idFor, { depth: 1, patches, optionalIds: false }));
    // A list of lists can be too costly with every field: scalars only then.
    if (r.errors?.[0]?.extensions?.code !== 'QUERY_TOO_COMPLEX') return r;
    return owner.request(operationDocument('query', op, idFor, { depth: 0, patches, optionalIds: false }));
  };

  it('answers every payload in every string argument and filter without an internal error, and no wildcard or tautology matches everything', async () => {
    const problems: string[] = [];
    let wildcardChecks = 0;
    let probed = 0;
    for (const op of fieldsOf(schema.getQueryType())) {
      const paths = stringPaths(op.args ?? []);
      if (!paths.length) continue;
      const all = await ask(op, undefined);
      const everything = all.errors ? 0 : countRows(all.data?.[op.name], true);
      for (const path of paths) {
        // A required term (searchKnowledge's query) has no "everything" to compare with: a dedicated test below.
        const required = (op.args ?? []).some((a) => a.name === path && String(a.type).endsWith('!'));
        for (const payload of [...SQL, ...FTS]) {
          const r = await ask(op, path, payload);
          probed++;
          const code = r.errors?.[0]?.extensions?.code;
          if (code && code !== 'BAD_USER_INPUT') problems.push(`${op.name}(${path}: ${JSON.stringify(payload)}) → ${code}: ${r.errors![0].message}`);
          if (!code && MATCH_ALL.has(payload) && everything > 1 && !required) {
            wildcardChecks++;
            const rows = countRows(r.data?.[op.name]);
            if (rows >= everything) problems.push(`${op.name}(${path}: ${JSON.stringify(payload)}) matched all ${everything} rows`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(probed).toBeGreaterThan(500);
    expect(wildcardChecks).toBeGreaterThan(30);
  }, 300_000);

  it('matches % and _ literally in the people directory, and the control term finds its row', async () => {
    const search = async (term: string) => (await owner.data('query($s: String) { people(first: 100, filter: { search: $s }) { nodes { name } } }', { s: term })).people.nodes.map((n: { name: string }) => n.name);
    expect(await search('Literal')).toEqual([PROBE_NAME]);
    expect(await search('%')).toEqual([PROBE_NAME]);
    expect(await search('0% L')).toEqual([PROBE_NAME]);
    expect(await search('l_n')).toEqual([PROBE_NAME]);
    expect(await search('1_0')).toEqual([]); // as a LIKE wildcard, "_" would match the "100" of the probe
    expect(await search('p%e')).toEqual([]); // as a LIKE wildcard, "%" would match "Probe"
    expect(await search("O'Brien \\ e")).toEqual([PROBE_NAME]);
    expect(await search('\\')).toEqual([PROBE_NAME]);
    expect(await search('\\%')).toEqual([]); // no name has a backslash followed by %
  });

  it('refuses the NUL character, which PostgreSQL text cannot hold, naming where it was', async () => {
    const viaVariable = await owner.request('query($s: String) { people(filter: { search: $s }) { totalCount } }', { s: 'a\u0000b' });
    expect(viaVariable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 's' });
    const inline = await owner.request('{ people(filter: { search: "a\\u0000b" }) { totalCount } }');
    expect(inline.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    const inInput = await owner.request('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: { name: 'Nul\u0000Name', email: 'nul@example.test' } });
    expect(inInput.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'i.name' });
    // The control: the same requests without it are answered.
    expect((await owner.request('{ people(filter: { search: "ab" }) { totalCount } }')).errors).toBeUndefined();
  });

  it('matches % and _ literally in skills and the org chart', async () => {
    const { skills } = await owner.data('query($s: String) { skills(search: $s) { name } }', { s: '%' });
    expect(skills).toEqual([]);
    const chart = async (s: string) => (await owner.data('query($s: String) { orgChart(search: $s) { matchedPersonIds } }', { s })).orgChart.matchedPersonIds;
    expect(await chart('%')).toEqual([]); // no one in the chart has a % in their name
    expect(await chart('_')).toEqual([]);
    // The controls: a real name and a real skill are found.
    expect((await chart('Zhu Chen')).length).toBe(1);
    const control = await owner.data('query($s: String) { skills(search: $s) { name } }', { s: 'py' });
    expect(control.skills.length).toBeGreaterThan(0);
  });

  it('treats full-text syntax as words in knowledge search, and finds % and _ only where they are written', async () => {
    const search = async (query: string) => {
      const r = await owner.request('query($q: String!) { searchKnowledge(query: $q, first: 100) { totalCount hits { item { title body } } } }', { q: query });
      expect(r.errors?.[0]?.extensions?.code ?? 'OK', query).toMatch(/^(OK|BAD_USER_INPUT)$/);
      return r.data?.searchKnowledge ?? { totalCount: 0, hits: [] };
    };
    // The control: the probe item is found by a word of it.
    expect((await search('Discount')).hits.map((h: { item: { title: string } }) => h.item.title)).toEqual(['Probe 100% literal_match']);
    for (const q of ['"quoted', 'quoted"', '"Discount" "off', 'NEAR(Discount off)', 'title:Discount', 'Discount OR', 'OR Discount', '-Discount', '(Discount', 'Discount)', 'Discount*', '*', ':', '^Discount', 'Discount AND NOT']) {
      await search(q);
    }
    const { totalCount: everything } = (await owner.data('{ knowledgeItems(first: 1) { totalCount } }')).knowledgeItems;
    for (const q of ['%', '_', '100%', 'literal_match', "' OR 1=1 --"]) {
      const { totalCount, hits } = await search(q);
      expect(totalCount, q).toBeLessThan(everything);
      if (q.startsWith("'")) continue; // a tautology: only "not everything" is asked of it
      expect(hits.length, q).toBeGreaterThan(0);
      for (const h of hits as Array<{ item: { title: string; body: string } }>) expect(`${h.item.title} ${h.item.body}`.toLowerCase(), q).toContain(q.toLowerCase());
    }
  });
});
