// One database's part of the run: prepare, start Cadre as an operator would, measure, stop,
// start the anchor on the same data, measure, and the optional scale phase.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { data } from './client.mjs';
import { measure } from './load.mjs';
import { peopleCsv } from './people-csv.mjs';
import { ANCHOR_MAIN, CLI_MAIN, SERVER_MAIN, onCleanup, rssMiB, runProcess, startProcess, stopProcess, tempDir } from './procs.mjs';
import * as S from './scenarios.mjs';

const secret = () => randomBytes(30).toString('base64url'); // 40 characters

/** Creates a fresh schema for the run and drops it at the end. */
async function freshSchema(url) {
  const name = `cadre_bench_${Date.now().toString(36)}_${process.pid}`;
  onCleanup(async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
    await c.end();
  });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE SCHEMA ${name}`);
  await client.end();
  return name;
}

/** The environment an operator would give the server: only ours, nothing inherited from CADRE_*, DATABASE_*, REDIS_URL or NODE_ENV (one process, in-process delivery). */
function operatorEnv(dir, db) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(CADRE_|DATABASE_|REDIS_URL$|NODE_ENV$|PORT$|HOST$|LOG_LEVEL$)/.test(k)));
  return {
    ...env, PORT: '0', HOST: '127.0.0.1', CADRE_DATA_DIR: dir, LOG_LEVEL: 'warn', CADRE_JWT_SECRET: secret(), CADRE_WEBHOOK_SECRET: secret(),
    CADRE_ACCESS_TOKEN_TTL: '3600', DATABASE_URL: db.kind === 'sqlite' ? `sqlite:${join(dir, 'cadre.sqlite')}` : db.url,
    ...(db.schema ? { DATABASE_SCHEMA: db.schema } : {}),
  };
}

async function startCadre(env, log, nodeArgs) {
  const started = Date.now();
  const proc = await startProcess(SERVER_MAIN, [], env, /Cadre is running at (\S+)/, undefined, nodeArgs);
  const { child, match } = proc;
  log(`  Cadre is running at ${match[1]} (pid ${child.pid}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s, RSS ${rssMiB(child.pid)} MiB)`);
  return { child, url: match[1], pid: child.pid, readyMs: Date.now() - started, output: () => proc.output };
}

/** SIGTERM, then SIGKILL after 60 s; how long the server took to exit is recorded (its grace period is 10 s). */
async function stopServer(server, log, name, shutdowns) {
  const started = Date.now();
  const code = await stopProcess(server.child, 60_000);
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  shutdowns?.push({ server: name, seconds, code });
  if (code !== 0) log(`  ! ${name} exited with ${code} ${seconds} s after SIGTERM (expected 0)${server.output ? `:\n${server.output().slice(-2000)}` : ''}`);
  else if (seconds > 12) log(`  ! ${name} took ${seconds} s to exit after SIGTERM`);
  return code;
}

/** The anchor on the same data: a copy of the SQLite file (Cadre holds it exclusively while it runs) or the same schema. */
async function startAnchor(db, dir, log) {
  let target = db.url;
  if (db.kind === 'sqlite') {
    const copy = join(dir, `anchor-${Date.now()}.sqlite`);
    copyFileSync(join(dir, 'cadre.sqlite'), copy);
    if (existsSync(join(dir, 'cadre.sqlite-wal'))) copyFileSync(join(dir, 'cadre.sqlite-wal'), `${copy}-wal`);
    target = `sqlite:${copy}`;
  }
  const env = { ...process.env, ANCHOR_DB: target, ANCHOR_SCHEMA: db.schema ?? '', ANCHOR_TENANT: 'demo', PORT: '0' };
  const { child, match } = await startProcess(ANCHOR_MAIN, [], env, /Anchor is running at (\S+)/, 30_000);
  log(`  anchor is running at ${match[1]} (pid ${child.pid}, RSS ${rssMiB(child.pid)} MiB)`);
  return { child, url: match[1], pid: child.pid };
}

/** The data of each request, as JSON text. */
async function answers(url, list, token) {
  return Promise.all(list.map(async (r) => JSON.stringify(await data(url, r.query, r.variables, token))));
}

/** The anchor must answer exactly what Cadre answered, or its numbers mean nothing. */
async function compareAnswers(url, list, expected, log, notes) {
  const got = await answers(url, list);
  const differ = got.map((g, i) => (g === expected[i] ? null : i)).filter((i) => i !== null);
  const line = differ.length
    ? `anchor answers DIFFER from Cadre's for request(s) ${differ.join(', ')}: ${got[differ[0]].slice(0, 200)} vs ${expected[differ[0]].slice(0, 200)}`
    : `anchor answers the ${list.length} people pages exactly as Cadre did (same JSON)`;
  log(`  ${differ.length ? '! ' : ''}${line}`);
  notes.push(line);
}

/**
 * @param {{ kind: 'sqlite'|'postgres', url?: string }} target
 * @param {{ connections, duration, warmup, timeout, people, log }} opts
 */
export async function runDatabase(target, opts) {
  const { log } = opts;
  const dir = tempDir(target.kind);
  const db = { ...target };
  if (db.kind === 'postgres') db.schema = await freshSchema(db.url);
  const env = operatorEnv(dir, db);
  const rows = [];
  const notes = [];
  const shutdowns = [];
  const load = { connections: opts.connections, duration: opts.duration, warmup: opts.warmup, timeout: opts.timeout };
  const run = async (server, name, serverName, list, token, extra = {}) => {
    if (opts.only && !opts.only.test(name)) return;
    log(`  ${serverName.padEnd(6)} ${name} …`);
    const result = await measure({ url: server.url, pid: server.pid, list, token, ...load });
    for (const p of result.problems) log(`    ! ${p}`);
    log(`    idle ${result.idleMs} ms; under load ${result.reqPerSec} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.requests} answered; server ${result.cpuPercent}% of a core, autocannon ${result.clientCpuPercent}%${result.drainSeconds > 2 ? `; busy ${result.drainSeconds} s after the load` : ''}`);
    rows.push({ scenario: name, server: serverName, ...extra, ...result });
  };

  log(`\n== ${db.kind}${db.schema ? ` (schema ${db.schema})` : ''}: data in ${dir}`);
  // The pool's 1 000 people live in their own tenant, so the demo tenant stays as seeded (60 people).
  let t = Date.now();
  await runProcess(CLI_MAIN, ['tenant', 'create', S.BENCH_TENANT.slug, '--owner-email', S.BENCH_TENANT.owner, '--owner-password', S.BENCH_TENANT.password], env);
  const csv1000 = join(dir, 'bench-1000.csv');
  writeFileSync(csv1000, peopleCsv({ count: 1000, domain: 'bench.local', leaveRate: 0 }).csv);
  await runProcess(CLI_MAIN, ['import', 'people', csv1000, '--tenant', S.BENCH_TENANT.slug], env);
  log(`  cadre tenant create + import people (1 000 into "bench"): ${((Date.now() - t) / 1000).toFixed(1)} s`);

  let cadre = await startCadre(env, log, opts.nodeArgs);
  const ctx = await S.demoContext(cadre.url);
  const pages = await S.peoplePages(cadre.url, ctx.hr);
  const person = await S.personPage(cadre.url, ctx);
  const dash = await S.dashboard(cadre.url, ctx);
  const found = await S.search(cadre.url, ctx);
  const chart = await S.orgChart(cadre.url, ctx);
  t = Date.now();
  const pool = await S.benchPool(cadre.url, log);
  log(`  bonus pool with ${pool.members} members built through the API in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const scaleAnchors = opts.people ? await S.scaleAnchors(cadre.url, ctx.hr) : null;
  notes.push(
    `person page: ${person.subjectName} (employee@demo.local) as hr@demo.local, tabs ${person.tabs.join(', ')}: ${person.list.length} requests in sequence per connection`,
    `dashboard as hr@demo.local: widgets ${dash.widgets.join(', ')}: ${dash.list.length} requests in sequence per connection`,
    `knowledge search "${found.term}" (${found.hits} hits), first ${found.first} per page${found.note ? ` — ${found.note}` : ''}`,
    `orgChart page from the top: ${chart.units} units, then the ${chart.members} people of the open top units`,
    `bonus allocations: published pool of ${pool.members} members in tenant "bench" (imported people, calibrated scores, salary × target % weights)`,
    `people pages: ${pages.pages} pages of 50 in the demo tenant; the last one reached by cursor`,
  );

  const cadreAnswers = await answers(cadre.url, [...pages.first, ...pages.last], ctx.hr);
  await run(cadre, 'people page 1 (first: 50)', 'cadre', pages.first, ctx.hr);
  await run(cadre, `people page ${pages.pages} (last, by cursor)`, 'cadre', pages.last, ctx.hr);
  await run(cadre, 'person page, every tab', 'cadre', person.list, ctx.hr);
  await run(cadre, 'orgChart page', 'cadre', chart.list, ctx.hr);
  await run(cadre, 'knowledge search', 'cadre', found.list, ctx.hr);
  await run(cadre, 'pay positions page', 'cadre', S.payPositions().list, ctx.hr);
  await run(cadre, 'sharing index page', 'cadre', S.sharingIndex().list, ctx.hr);
  await run(cadre, `bonus allocations (${pool.members} members)`, 'cadre', pool.list, pool.token);
  await run(cadre, 'dashboard widgets', 'cadre', dash.list, ctx.hr);
  await run(cadre, '{ __typename } signed in', 'cadre', [{ query: '{ __typename }', variables: {} }], ctx.hr);
  await run(cadre, 'GET /health', 'cadre', ['/health'], undefined);
  await stopServer(cadre, log, 'Cadre', shutdowns);

  let anchor = await startAnchor(db, dir, log);
  await compareAnswers(anchor.url, [...pages.first, ...pages.last], cadreAnswers, log, notes);
  await run(anchor, 'people page 1 (first: 50)', 'anchor', pages.first, ctx.hr);
  await run(anchor, `people page ${pages.pages} (last, by cursor)`, 'anchor', pages.last, ctx.hr);
  await run(anchor, 'GET /health', 'anchor', ['/health'], undefined);
  await stopServer(anchor, log, 'anchor', shutdowns);

  if (opts.people) {
    const csv = join(dir, `scale-${opts.people}.csv`);
    const generated = peopleCsv({ count: opts.people, domain: 'scale.local', rootManagerEmail: scaleAnchors.rootEmail, orgUnitIds: scaleAnchors.unitIds });
    writeFileSync(csv, generated.csv);
    t = Date.now();
    await runProcess(CLI_MAIN, ['import', 'people', csv, '--tenant', 'demo'], env);
    const importSeconds = (Date.now() - t) / 1000;
    log(`  scale: cadre import people (${opts.people} into "demo", ${generated.managers} managers, ${generated.depth + 1} layers under ${scaleAnchors.rootEmail}): ${importSeconds.toFixed(1)} s`);
    cadre = await startCadre(env, log, opts.nodeArgs);
    const hr = (await S.demoContext(cadre.url)).hr;
    const big = await S.peoplePages(cadre.url, hr);
    const bigChart = await S.orgChart(cadre.url, { hr });
    notes.push(`scale: ${opts.people} people imported into "demo" in ${importSeconds.toFixed(1)} s (${generated.managers} managers, ${generated.depth + 1} layers, spread over ${scaleAnchors.unitIds.length} units); the org chart page then loads ${bigChart.members} people for its open top units`);
    const scale = { phase: 'scale' };
    await run(cadre, `scale: people page 1 of ${big.pages}`, 'cadre', big.first, hr, scale);
    await run(cadre, `scale: people page ${big.pages} (last)`, 'cadre', big.last, hr, scale);
    await run(cadre, `scale: orgChart page, ${bigChart.members} people loaded`, 'cadre', bigChart.list, hr, scale);
    await run(cadre, 'scale: pay positions page', 'cadre', S.payPositions().list, hr, scale);
    await run(cadre, 'scale: pay positions by compa-ratio', 'cadre', S.payPositions().byCompaRatio, hr, scale);
    await run(cadre, 'scale: sharing index page', 'cadre', S.sharingIndex().list, hr, scale);
    const reports = S.companyReports();
    await run(cadre, 'scale: attrition page', 'cadre', reports.attrition, hr, scale);
    await run(cadre, 'scale: effectiveness page', 'cadre', reports.effectiveness, hr, scale);
    await run(cadre, 'scale: team gaps, the company', 'cadre', reports.teamGaps, hr, scale);
    const bigAnswers = await answers(cadre.url, [...big.first, ...big.last], hr);
    await stopServer(cadre, log, 'Cadre', shutdowns);
    anchor = await startAnchor(db, dir, log);
    await compareAnswers(anchor.url, [...big.first, ...big.last], bigAnswers, log, notes);
    await run(anchor, `scale: people page 1 of ${big.pages}`, 'anchor', big.first, hr, scale);
    await run(anchor, `scale: people page ${big.pages} (last)`, 'anchor', big.last, hr, scale);
    await stopServer(anchor, log, 'anchor', shutdowns);
  }
  return { database: db.kind, schema: db.schema ?? null, cadreReadyMs: cadre.readyMs, shutdowns, notes, rows };
}
