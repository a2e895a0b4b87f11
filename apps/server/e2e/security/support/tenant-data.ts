import type { GraphQLClient, TestServer } from '@cadre/core/testing';
import { type GqlSchema, fieldsOf, idPaths, idTarget, operationDocument, requiredArgs, selectAll, setKnownTypes, unwrap } from './schema.js';

/** Ids of a tenant's real rows, by GraphQL type, as its owner sees them through the API. */
export type IdsByType = Map<string, string[]>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function collect(value: unknown, into: Map<string, Set<string>>): void {
  if (Array.isArray(value)) for (const v of value) collect(v, into);
  else if (value && typeof value === 'object') {
    const row = value as Record<string, unknown>;
    // Row ids are UUIDs; plugin and permission ids ("structure", "people.read") are the same everywhere.
    if (typeof row.__typename === 'string' && typeof row.id === 'string' && UUID.test(row.id)) {
      const set = into.get(row.__typename) ?? new Set();
      into.set(row.__typename, set.add(row.id));
    }
    for (const v of Object.values(row)) collect(v, into);
  }
}

/** Runs `document` at the deepest selection the cost limit allows (depth 2, then 1, then 0). */
async function deepest(client: GraphQLClient, build: (depth: number) => string) {
  for (const depth of [2, 1, 0]) {
    const result = await client.request(build(depth));
    if (result.errors?.[0]?.extensions?.code !== 'QUERY_TOO_COMPLEX') return result;
  }
  return { data: null };
}

/**
 * Every id the owner can reach: first every query that needs no id, then every query that needs
 * ids, fed with up to three of the ids found so far (reviews of a cycle, allocations of a pool…).
 */
export async function harvestIds(schema: GqlSchema, owner: GraphQLClient): Promise<IdsByType> {
  const found = new Map<string, Set<string>>();
  const queries = fieldsOf(schema.getQueryType());
  setKnownTypes(Object.keys(schema.getTypeMap()));
  for (const op of queries.filter((q) => !requiredArgs(q).some((a) => idPaths({ ...q, args: [a] }).length))) {
    const result = await deepest(owner, (depth) => operationDocument('query', { ...op, args: requiredArgs(op) }, () => [], { depth }));
    collect(result.data, found);
  }
  const known = (type: string) => found.has(type);
  for (const op of queries) {
    const needed = requiredArgs(op).filter((a) => idPaths({ ...op, args: [a] }).length);
    if (!needed.length) continue;
    for (let i = 0; i < 3; i++) {
      const idFor = (name: string) => {
        const ids = [...(found.get(idTarget(name, op, known) ?? '') ?? [])];
        return ids.length ? [ids[Math.min(i, ids.length - 1)]] : ['00000000-0000-7000-8000-000000000000'];
      };
      const result = await deepest(owner, (depth) => operationDocument('query', { ...op, args: requiredArgs(op) }, idFor, { depth }));
      collect(result.data, found);
    }
  }
  return new Map([...found].map(([type, ids]) => [type, [...ids]]));
}

/** Every tenant-owned row of `tenantId`, table by table, each row as sorted JSON. */
export async function tenantRows(server: TestServer, tenantId: string): Promise<Record<string, string[]>> {
  const ds = server.app.dataSource;
  const tables: Record<string, string[]> = {};
  for (const meta of ds.entityMetadatas) {
    if (!meta.columns.some((c) => c.propertyName === 'tenantId')) continue;
    const rows = await ds.getRepository(meta.target).find({ where: { tenantId } });
    tables[meta.tableName] = rows.map((r) => JSON.stringify(r, Object.keys(r).sort())).sort();
  }
  return tables;
}

/**
 * The distinctive strings in a tenant's rows: ids, emails, and texts of 8 characters or more with
 * a space or CJK (names, titles, bodies). Single words ("published", "new-hire") are vocabulary
 * that error messages name too, not data.
 */
export function distinctiveStrings(rows: Record<string, string[]>, except: Iterable<string> = []): Set<string> {
  const skip = new Set(except);
  const strings = new Set<string>();
  const distinctive = (v: string) => UUID.test(v) || v.includes('@') || (v.length >= 8 && /\s|[\u4e00-\u9fff]/.test(v.trim()));
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (distinctive(v) && !skip.has(v)) strings.add(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const list of Object.values(rows)) for (const row of list) walk(JSON.parse(row));
  return strings;
}

/** Which of `strings` occur in `answer` (ignoring the ones the request itself carried). */
export function leaked(answer: unknown, strings: Set<string>, sent: Iterable<string> = [], ignoreKeys: string[] = []): string[] {
  const text = JSON.stringify(answer, (key, value) => (ignoreKeys.includes(key) ? undefined : value));
  const own = new Set(sent);
  return [...strings].filter((s) => !own.has(s) && text.includes(s));
}

export { unwrap, selectAll };
