#!/usr/bin/env node
// The bare anchor: Fastify 5 + Mercurius 16 (the versions Cadre runs on) answering the people
// page straight from Cadre's own tables, deliberately naive: no auth, no tenancy service, no
// DataLoader — one SELECT for the count, one for the page, one per person for `manager`, the way
// Cadre's resolvers do it. It shows what the stack costs without Cadre's layers on top.
//
// env: ANCHOR_DB=sqlite:<file> | postgres://…  ANCHOR_SCHEMA (PostgreSQL)  ANCHOR_TENANT (slug)  PORT
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import mercurius from 'mercurius';
import pg from 'pg';

const url = process.env.ANCHOR_DB ?? '';
const tenantSlug = process.env.ANCHOR_TENANT ?? 'demo';

/** One `query(sql, params)` for both databases; the SQL is written once, with $1… placeholders. */
async function openDatabase() {
  if (url.startsWith('sqlite:')) {
    const db = new Database(url.slice('sqlite:'.length));
    db.pragma('journal_mode = WAL');
    const cache = new Map();
    const prepare = (sql) => {
      let stmt = cache.get(sql);
      if (!stmt) cache.set(sql, (stmt = db.prepare(sql.replace(/\$\d+/g, '?'))));
      return stmt;
    };
    return { kind: 'sqlite', query: async (sql, params = []) => prepare(sql).all(...params), close: async () => db.close() };
  }
  const schema = process.env.ANCHOR_SCHEMA;
  const pool = new pg.Pool({ connectionString: url, max: 10, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  return { kind: 'postgres', query: async (sql, params = []) => (await pool.query(sql, params)).rows, close: () => pool.end() };
}

const db = await openDatabase();
const [tenant] = await db.query('SELECT id FROM tenants WHERE slug = $1', [tenantSlug]);
if (!tenant) throw new Error(`anchor: no tenant "${tenantSlug}"`);

const COLUMNS = 'id, name, email, title, level, "managerId", location, "compBase", "compCurrency"';
const toPerson = (r) => ({ ...r, compensation: r.compBase == null ? null : { base: Number(r.compBase), currency: r.compCurrency } });
// Cadre's cursor format, so a cursor from Cadre pages the anchor to the same row.
// (keysetPage: the sort's key and direction, then the row's value and id).
const encodeCursor = (p) => Buffer.from(JSON.stringify(['name', 'ASC', p.name, p.id])).toString('base64url');
const decodeCursor = (c) => {
  const v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8'));
  if (!Array.isArray(v) || v.length !== 4 || v[0] !== 'name' || v[1] !== 'ASC') throw new Error('after: is not a cursor returned by this API');
  return [v[2], v[3]];
};

const schema = `
  type Compensation { base: Float currency: String }
  type Person { id: ID! name: String! email: String! title: String! level: String! managerId: ID location: String!
    compensation: Compensation manager: Person }
  type PageInfo { endCursor: String hasNextPage: Boolean! }
  type PersonConnection { totalCount: Int! pageInfo: PageInfo! nodes: [Person!]! }
  type Query { people(first: Int = 50, after: String): PersonConnection! }
`;

const resolvers = {
  Query: {
    async people(_, { first, after }) {
      if (first < 1 || first > 200) throw new Error('first: must be from 1 to 200');
      const [{ n }] = await db.query('SELECT count(*) AS n FROM people WHERE "tenantId" = $1', [tenant.id]);
      const rows = after
        ? await db.query(`SELECT ${COLUMNS} FROM people WHERE "tenantId" = $1 AND (name > $2 OR (name = $3 AND id > $4)) ORDER BY name, id LIMIT $5`,
          [tenant.id, ...(([name, id]) => [name, name, id])(decodeCursor(after)), first + 1])
        : await db.query(`SELECT ${COLUMNS} FROM people WHERE "tenantId" = $1 ORDER BY name, id LIMIT $2`, [tenant.id, first + 1]);
      const nodes = rows.slice(0, first).map(toPerson);
      return { totalCount: Number(n), nodes, pageInfo: { endCursor: nodes.length ? encodeCursor(nodes.at(-1)) : null, hasNextPage: rows.length > first } };
    },
  },
  Person: {
    // The naive way: one query per person.
    async manager(person) {
      if (!person.managerId) return null;
      const [m] = await db.query(`SELECT ${COLUMNS} FROM people WHERE "tenantId" = $1 AND id = $2`, [tenant.id, person.managerId]);
      return m ? toPerson(m) : null;
    },
  },
};

const app = Fastify({ logger: false });
await app.register(mercurius, { schema, resolvers, graphiql: false });
app.get('/health', async () => {
  await db.query('SELECT 1');
  return { status: 'ok', database: db.kind };
});

const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
console.log(`Anchor is running at ${address}`);

const stop = async () => {
  await app.close();
  await db.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
