#!/usr/bin/env node
// The scale-out benchmark (issue #11): the people page served by one and by two server processes
// on PostgreSQL at 64 connections, and how fast 20 000 events are delivered in-process (SQLite and
// PostgreSQL) and by one and two `cadre worker` processes on PostgreSQL and Redis — side by side
// in one run. Not a test: it prints numbers.
//
//   pnpm --filter @cadre/server bench:scale-out [-- --duration 20 | --quick] [--events 20000]
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { data, login } from './client.mjs';
import { measure } from './load.mjs';
import { peopleCsv } from './people-csv.mjs';
import { CLI_MAIN, SERVER_MAIN, cleanupAll, installSignalHandlers, onCleanup, startProcess, stopProcess, tempDir } from './procs.mjs';

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { duration: { type: 'string' }, quick: { type: 'boolean', default: false }, events: { type: 'string', default: '20000' } },
});
const DURATION = Number(args.duration ?? (args.quick ? 5 : 20));
const EVENTS = Number(args.events);
const PG_URL = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const secret = randomBytes(30).toString('base64url');
const PAGE = { query: '{ people(first: 50) { nodes { id name email title level managerId location compensation { base currency } manager { name } } totalCount } }' };

async function schema() {
  const name = `cadre_scale_${Date.now().toString(36)}_${process.pid}`;
  const run = async (sql) => {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  await run(`CREATE SCHEMA ${name}`);
  onCleanup(() => run(`DROP SCHEMA IF EXISTS ${name} CASCADE`));
  return name;
}

function env(dir, extra) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(CADRE_|DATABASE_|REDIS_URL$|NODE_ENV$|PORT$|HOST$|LOG_LEVEL$)/.test(k)));
  return { ...base, PORT: '0', HOST: '127.0.0.1', CADRE_DATA_DIR: dir, LOG_LEVEL: 'warn', CADRE_JWT_SECRET: secret, CADRE_WEBHOOK_SECRET: secret, CADRE_ACCESS_TOKEN_TTL: '3600', ...extra };
}

const server = async (e) => {
  const { child, match } = await startProcess(SERVER_MAIN, [], e, /Cadre is running at (\S+)/);
  return { child, url: match[1], pid: child.pid };
};
const worker = async (e, queues) => (await startProcess(CLI_MAIN, ['worker', '--queues', queues, '--health-port', '0', '--health-host', '127.0.0.1'], e, /health at (\S+)\/health/)).child;

/** Outbox entries not yet delivered, from the server's /metrics. */
async function pending(url) {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^cadre_outbox_pending (\S+)$/m.exec(text)?.[1] ?? NaN);
}

/**
 * Imports `count` people through the job API (one transaction emits one PersonCreated each) and
 * times their delivery: from the import's commit (the job's finishedAt) until nothing is pending.
 * Events per second.
 */
async function deliveryRate(url, count) {
  const token = await login(url, 'hr@demo.local', 'demo1234', 'demo');
  const csv = peopleCsv({ count, domain: `ev${Date.now().toString(36)}.local`, leaveRate: 0 }).csv;
  const before = await pending(url);
  const { startPeopleImport } = await data(url, 'mutation($c: String!) { startPeopleImport(csv: $c) { id } }', { c: csv }, token);
  let from;
  for (;;) {
    const { job } = await data(url, 'query($id: ID!) { job(id: $id) { state error finishedAt } }', { id: startPeopleImport.id }, token);
    if (job.state === 'failed') throw new Error(`import failed: ${job.error}`);
    if (job.state === 'completed') {
      // BullMQ can report completed a moment before finishedOn is stored.
      from = Date.parse(job.finishedAt) || Date.now();
      break;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  while ((await pending(url)) > before) await new Promise((r) => setTimeout(r, 10));
  return { events: count, seconds: Math.max((Date.now() - from) / 1000, 0.01) };
}

async function pageLoad(urls, pids) {
  const token = await login(urls[0], 'hr@demo.local', 'demo1234', 'demo');
  const share = Math.floor(64 / urls.length);
  const runs = await Promise.all(urls.map((url, i) => measure({ url, pid: pids[i], list: [PAGE], token, connections: share, duration: DURATION, warmup: args.quick ? 1 : 3, timeout: 30 })));
  return { reqPerSec: Math.round(runs.reduce((s, r) => s + r.reqPerSec, 0)), p99: Math.max(...runs.map((r) => r.p99)), p50: Math.max(...runs.map((r) => r.p50)) };
}

installSignalHandlers();
const rows = [];
const log = (line) => console.log(line);
try {
  log(`Cadre scale-out benchmark — ${new Date().toISOString()}; ${EVENTS} events; ${DURATION} s of load per page measurement; 64 connections in all`);

  // In-process delivery, SQLite: one process does everything.
  let dir = tempDir('scale-sqlite');
  let s = await server(env(dir, { DATABASE_URL: `sqlite:${join(dir, 'cadre.sqlite')}` }));
  rows.push({ what: 'events, in-process (SQLite, 1 process)', ...(await deliveryRate(s.url, EVENTS)) });
  await stopProcess(s.child);

  // In-process delivery, PostgreSQL; and the people page with one server.
  dir = tempDir('scale-pg1');
  let e = env(dir, { DATABASE_URL: PG_URL, DATABASE_SCHEMA: await schema() });
  s = await server(e);
  rows.push({ what: 'events, in-process (PostgreSQL, 1 process)', ...(await deliveryRate(s.url, EVENTS)) });
  rows.push({ what: 'people page, 1 server (PostgreSQL)', ...(await pageLoad([s.url], [s.pid])) });
  await stopProcess(s.child);

  // Redis: servers take no queue work; workers deliver.
  for (const workers of [1, 2]) {
    dir = tempDir(`scale-w${workers}`);
    const prefix = `bench${Date.now().toString(36)}`;
    e = env(dir, { DATABASE_URL: PG_URL, DATABASE_SCHEMA: await schema(), REDIS_URL, CADRE_QUEUES: 'none', CADRE_QUEUE_PREFIX: prefix });
    const servers = [await server(e), ...(workers === 2 ? [await server(e)] : [])];
    // One worker runs the import job; `workers` others deliver its events (all up before it starts).
    const started = [await worker(e, 'jobs'), ...(await Promise.all(Array.from({ length: workers }, () => worker(e, 'outbox'))))];
    const rate = await deliveryRate(servers[0].url, EVENTS);
    rows.push({ what: `events, ${workers} worker${workers > 1 ? 's' : ''} (PostgreSQL + Redis)`, ...rate });
    if (workers === 2) rows.push({ what: 'people page, 2 servers (PostgreSQL + Redis)', ...(await pageLoad(servers.map((x) => x.url), servers.map((x) => x.pid))) });
    for (const c of [...started, ...servers.map((x) => x.child)]) await stopProcess(c);
  }

  log('\nwhat                                            events/s   req/s   p50 ms   p99 ms');
  for (const r of rows) {
    const evs = r.events ? `${Math.round(r.events / Math.max(r.seconds, 0.001))}`.padStart(8) : ''.padStart(8);
    log(`${r.what.padEnd(46)} ${evs}   ${String(r.reqPerSec ?? '').padStart(5)}   ${String(r.p50 ?? '').padStart(6)}   ${String(r.p99 ?? '').padStart(6)}`);
  }
  log('\nTwo cores serve every process here (servers, workers, PostgreSQL, Redis, the load): compare rows, not absolute numbers.');
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await cleanupAll();
}
