#!/usr/bin/env node
// The API load benchmark (issue #10): the real Cadre server against a bare Fastify + Mercurius
// anchor on the same data, on SQLite and (when reachable) PostgreSQL. Not a test: it never fails
// on time. See README.md next to this file.
//
//   pnpm --filter @cadre/server bench [-- --duration 20 | --quick] [--people 20000] [--db sqlite|postgres] [--connections 64]
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { runDatabase } from './database.mjs';
import { cleanupAll, installSignalHandlers, wasInterrupted } from './procs.mjs';
import { ratioTable, ratios, slowest, table, writeResults } from './report.mjs';

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    duration: { type: 'string' },
    quick: { type: 'boolean', default: false },
    warmup: { type: 'string' },
    connections: { type: 'string', default: '64' },
    timeout: { type: 'string', default: '30' },
    people: { type: 'string' },
    db: { type: 'string' },
    only: { type: 'string' },
    'cpu-prof': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  console.log(`Usage: pnpm --filter @cadre/server bench [-- options]
  --duration <s>     seconds of load per scenario (default 20)
  --quick            5 s per scenario, 1 s warm-up
  --warmup <s>       warm-up seconds before each measurement (default 3)
  --connections <n>  concurrent connections (default 64)
  --timeout <s>      a request slower than this counts as an error (default 30)
  --people <n>       also the scale scenario: import n people and measure the people pages, the org chart and the whole-company pages
  --db <kind>        sqlite or postgres only (default: SQLite, and PostgreSQL when reachable)
  --only <regex>     only the scenarios whose name matches (case-insensitive), e.g. --only "bonus|search"
  --cpu-prof <dir>   write each Cadre server's V8 CPU profile (boot included) into <dir> when it stops
PostgreSQL: DATABASE_URL (postgres://…) or postgres://postgres@127.0.0.1:5432/test; each run uses a fresh schema, dropped at the end.`);
  process.exit(0);
}

const positive = (name, value) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name}: expected a whole number, got "${value}"`);
    process.exit(2);
  }
  return n;
};
const opts = {
  duration: positive('duration', args.duration ?? (args.quick ? 5 : 20)),
  warmup: positive('warmup', args.warmup ?? (args.quick ? 1 : 3)),
  connections: positive('connections', args.connections),
  timeout: positive('timeout', args.timeout),
  people: args.people === undefined ? 0 : positive('people', args.people),
  only: args.only ? new RegExp(args.only, 'i') : null,
  nodeArgs: args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${resolve(args['cpu-prof'])}`] : [],
  log: (line) => console.log(line),
};
if (args.db && !['sqlite', 'postgres'].includes(args.db)) {
  console.error(`--db: sqlite or postgres, got "${args.db}"`);
  process.exit(2);
}

/** PostgreSQL's URL when it answers within 2 s, else null. */
async function reachablePostgres() {
  const given = process.env.DATABASE_URL?.trim();
  const url = given && /^postgres(ql)?:\/\//.test(given) ? given : 'postgres://postgres@127.0.0.1:5432/test';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return url;
  } catch (error) {
    if (given || args.db === 'postgres') throw new Error(`PostgreSQL at ${url.replace(/:[^:@/]*@/, ':***@')} is not reachable: ${error.message}`);
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

installSignalHandlers();
const startedAt = new Date().toISOString();
const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGiB: Math.round(totalmem() / 2 ** 30), loadavgAtStart: loadavg().map((l) => l.toFixed(2)) };
console.log(`Cadre API benchmark — ${startedAt}`);
console.log(`node ${machine.node}, ${machine.cpus} cores (${machine.cpuModel}), load average ${machine.loadavgAtStart.join(' ')}`);
console.log(`${opts.connections} connections, ${opts.duration} s per scenario after ${opts.warmup} s of warm-up${opts.people ? `, scale scenario with ${opts.people} people` : ''}`);
console.log('autocannon runs in this process on the same machine as the server; other processes share the cores too:');
console.log('read the Cadre/anchor ratios, not the absolute numbers.');

const run = { startedAt, machine, options: { ...opts, log: undefined }, databases: [] };
let exitCode = 0;
try {
  const targets = [];
  if (args.db !== 'postgres') targets.push({ kind: 'sqlite' });
  if (args.db !== 'sqlite') {
    const url = await reachablePostgres();
    if (url) targets.push({ kind: 'postgres', url });
    else console.log('PostgreSQL is not reachable at 127.0.0.1:5432: SQLite only.');
  }
  for (const target of targets) {
    const result = await runDatabase(target, opts);
    result.ratios = ratios(result.rows);
    run.databases.push(result);
  }
  run.finishedAt = new Date().toISOString();
  run.loadavgAtEnd = loadavg().map((l) => l.toFixed(2));
  for (const db of run.databases) {
    console.log(`\n### ${db.database === 'sqlite' ? 'SQLite' : `PostgreSQL (schema ${db.schema})`} — ${opts.connections} connections, ${opts.duration} s each`);
    for (const note of db.notes) console.log(`- ${note}`);
    console.log(`- SIGTERM to exit: ${db.shutdowns.map((s) => `${s.server} ${s.seconds} s (${s.code === 0 ? 'exit 0' : `exit ${s.code}`})`).join(', ')}`);
    console.log(`\n${table(db.rows)}\n\n${slowest(db.rows)}\n\n${ratioTable(db.ratios)}`);
  }
  console.log(`\nload average at the end: ${run.loadavgAtEnd.join(' ')}`);
  console.log(`results: ${writeResults(run)}`);
} catch (error) {
  if (wasInterrupted()) await new Promise(() => {}); // the signal handler cleans up and exits
  console.error(`\nbenchmark failed: ${error.stack ?? error}`);
  exitCode = 1;
} finally {
  await cleanupAll();
}
process.exit(exitCode);
