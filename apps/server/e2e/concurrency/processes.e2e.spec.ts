import { DEMO_LEAVERS } from '@cadre/plugin-insights';
import { afterEach, describe, expect, it } from 'vitest';
import { PG_URL, createDatabase, killAll, launch, start, type TestDatabase } from '../support/cadre-process.js';
import { LoadClient } from '../support/load-client.js';

// Several server processes on one database, as an operator starts them, and what their logs say.

let db: TestDatabase | undefined;
afterEach(async () => {
  await killAll();
  await db?.drop();
  db = undefined;
});

describe('two servers on one SQLite file', () => {
  it('refuses the second at start with a message that says why and what to do, and the first keeps every write', { timeout: 120_000 }, async () => {
    db = await createDatabase('sqlite');
    const first = await start(db);
    const second = await launch(db);
    expect(second.process, 'a second server started on the same SQLite file').toBeUndefined();
    expect(second.code).toBe(1);
    expect(second.output).toMatch(/another Cadre process is using the SQLite database/i);
    expect(second.output).toMatch(/PostgreSQL/);
    expect(second.output).not.toMatch(/\n\s+at /); // a message, not a stack trace

    const api = new LoadClient(first.url, 32);
    const hr = await api.login('hr@demo.local');
    const answers = await Promise.all(Array.from({ length: 32 }, (_, i) => api.gql('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: { name: `Solo ${i}`, email: `solo-${i}@example.com` } }, hr)));
    expect(answers.map((a) => a.transportError ?? a.errors?.[0]?.extensions?.code ?? 'OK')).toEqual(Array(32).fill('OK'));
    expect((await api.data('{ people(filter: { search: "solo-" }) { totalCount } }', {}, hr)).people.totalCount).toBe(32);
    api.close();
  });
});

describe.runIf(PG_URL)('servers starting together on an empty PostgreSQL database', () => {
  it('migrates and seeds once while three start at the same moment; all three serve', { timeout: 180_000 }, async () => {
    db = await createDatabase('postgres');
    const results = await Promise.all([launch(db), launch(db), launch(db)]);
    for (const r of results) expect(r.process, r.output).toBeDefined();
    expect((await db.query<{ n: string }>("SELECT count(*) AS n FROM tenants WHERE slug = 'demo'"))[0].n).toBe('1');
    for (const r of results) {
      const api = new LoadClient(r.process!.url, 4);
      const hr = await api.login('hr@demo.local');
      // Seeded once: the 60 of the demo roster and the insights plugin's former colleagues.
      const { people } = await api.data('{ people { totalCount } }', {}, hr);
      expect(people.totalCount).toBe(60 + DEMO_LEAVERS);
      api.close();
    }
    const migrations = await db.query<{ n: string; d: string }>('SELECT count(*) AS n, count(DISTINCT owner || \'/\' || name) AS d FROM cadre_migrations');
    expect(migrations[0].n).toBe(migrations[0].d);
  });
});

describe('the log', () => {
  it('keeps expected refusals (bad input, conflicts, not found, forbidden) below error level', { timeout: 60_000 }, async () => {
    db = await createDatabase();
    const server = await start(db, { LOG_LEVEL: 'info' });
    const api = new LoadClient(server.url, 4);
    const [hr, employee] = await Promise.all([api.login('hr@demo.local'), api.login('employee@demo.local')]);
    const answers = await Promise.all([
      api.gql('mutation { createPerson(input: { name: "Dup", email: "hr@demo.local" }) { id } }', {}, hr),
      api.gql('mutation { createPerson(input: { name: "", email: "not-an-email" }) { id } }', {}, hr),
      api.gql('{ person(id: "00000000-0000-7000-8000-000000000000") { id } }', {}, hr),
      api.gql('mutation { createPerson(input: { name: "Nope", email: "nope@example.com" }) { id } }', {}, employee),
    ]);
    expect(answers.map((a) => a.errors?.[0]?.extensions?.code)).toEqual(['CONFLICT', 'BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN']);
    api.close();
    await server.stop('SIGTERM');
    const lines = server.output().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { level: number; msg?: string });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.level >= 50).map((l) => l.msg)).toEqual([]);
  });
});
