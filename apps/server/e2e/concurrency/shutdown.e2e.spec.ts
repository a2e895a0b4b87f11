import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, killAll, start, type TestDatabase } from '../support/cadre-process.js';
import { LoadClient, type GqlAnswer } from '../support/load-client.js';

// SIGTERM under load, as an orchestrator stops a pod: stop taking work, finish what is in flight,
// close keep-alive connections and exit 0 — within seconds, not at the keep-alive timeout.

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Sent {
  startedAt: number;
  answer: GqlAnswer;
}

describe(`graceful shutdown (${process.env.DATABASE_URL?.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  afterAll(async () => {
    await killAll();
    await db?.drop();
  });

  it('answers every request in flight, serves nothing new after SIGTERM and exits 0 within the grace period', { timeout: 120_000 }, async () => {
    db = await createDatabase();
    const server = await start(db, { CADRE_SHUTDOWN_GRACE: '5' });
    const api = new LoadClient(server.url, 64);
    const hr = await api.login('hr@demo.local');
    const target = (await api.data('{ people(filter: { search: "employee@demo.local" }) { nodes { id } } }', {}, hr)).people.nodes[0].id;

    const sent: Sent[] = [];
    let stopAt = Infinity;
    const clients = Array.from({ length: 64 }, async (_, c) => {
      for (let i = 0; Date.now() < stopAt; i++) {
        const startedAt = Date.now();
        const answer = c % 4 === 0
          ? await api.gql('mutation($id: ID!, $t: String!) { updatePerson(id: $id, input: { title: $t }) { id } }', { id: target, t: `Shutdown ${c}-${i}` }, hr)
          : await api.gql('{ people(first: 50) { nodes { name manager { name } } } }', {}, hr);
        sent.push({ startedAt, answer });
        if (answer.transportError === 'ECONNREFUSED') await sleep(50);
      }
    });
    await sleep(2000);
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    stopAt = signalledAt + 4000;
    const exit = await server.exited;
    const exitedAfter = Date.now() - signalledAt;
    await Promise.all(clients);
    api.close();

    expect(exit).toEqual({ code: 0, signal: null });
    expect(exitedAfter).toBeLessThan(5000 + 5000);
    const before = sent.filter((s) => s.startedAt < signalledAt);
    expect(before.length).toBeGreaterThan(64);
    // Nothing that was sent before the signal is cut off.
    expect(before.filter((s) => s.answer.transportError).map((s) => s.answer.transportError)).toEqual([]);
    expect(before.filter((s) => s.answer.status === 200 && !s.answer.data).map((s) => s.answer.errors)).toEqual([]);
    // Well after the signal nothing new is served.
    const late = sent.filter((s) => s.startedAt > signalledAt + 1500);
    expect(late.filter((s) => s.answer.status === 200)).toHaveLength(0);
  });
});
