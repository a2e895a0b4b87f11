// One measurement: check every request once, warm up, then autocannon for the duration, with the
// server's RSS before and after and the CPU time it spent.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { rssMiB } from './procs.mjs';

let ticks = 100;
try {
  ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
} catch {
  /* Linux default */
}

/** User + system CPU seconds of a process so far (null without /proc). */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticks;
  } catch {
    return null;
  }
}

/** A GraphQL answer with errors still has status 200: look into the body. */
const graphqlError = (body) => {
  if (!body || !body.includes('"errors":[{')) return null;
  try {
    const e = JSON.parse(body).errors[0];
    return `${e.extensions?.code ?? 'ERROR'}: ${e.message}`.slice(0, 200);
  } catch {
    return 'unparsable error body';
  }
};

/** autocannon request objects for GraphQL documents ({ query, variables }) or GET paths (strings). */
export function toRequests(list, token) {
  return list.map((r) =>
    typeof r === 'string'
      ? { method: 'GET', path: r }
      : {
        method: 'POST', path: '/graphql', body: JSON.stringify(r),
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });
}

/** A request's name in the report: its GraphQL operation, or the path of a GET. */
const requestName = (r) => (r.body ? /\b(?:query|mutation)\s+(\w+)/.exec(JSON.parse(r.body).query)?.[1] ?? 'anonymous' : r.path);

/** Sends each request once, in order, on an idle server: the problems, how long the page and each request took. */
async function check(url, requests) {
  const problems = [];
  const idleByRequest = [];
  const started = performance.now();
  for (const [i, r] of requests.entries()) {
    const sent = performance.now();
    const response = await fetch(`${url}${r.path}`, { method: r.method, headers: r.headers, body: r.body });
    const body = await response.text();
    idleByRequest.push({ name: requestName(r), ms: Math.round((performance.now() - sent) * 10) / 10 });
    const problem = response.status >= 300 ? `HTTP ${response.status}: ${body.slice(0, 200)}` : graphqlError(body);
    if (problem) problems.push(`request ${i + 1}/${requests.length}: ${problem}`);
  }
  return { problems, idleMs: Math.round(performance.now() - started), idleByRequest };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until the server has finished what it was still doing (autocannon stops with a request in
 * flight on every connection): one more request of the page on a fresh connection, answered after
 * those, then until the server uses under 10% of a core for two half-second windows in a row.
 * Returns the milliseconds waited.
 */
export async function waitIdle(pid, probe, maxMs = 300_000) {
  const started = Date.now();
  if (probe) await fetch(probe.url, { ...probe.init, signal: AbortSignal.timeout(maxMs) }).then((r) => r.text()).catch(() => {});
  let quiet = 0;
  let last = cpuSeconds(pid);
  if (last === null) return Date.now() - started;
  while (quiet < 2 && Date.now() - started < maxMs) {
    await sleep(500);
    const now = cpuSeconds(pid);
    if (now === null) break;
    quiet = now - last < 0.05 ? quiet + 1 : 0;
    last = now;
  }
  return Date.now() - started;
}

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted, p) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10 : null);

/**
 * One autocannon run of warm-up + duration on the same connections; only what happens after the
 * warm-up counts (so connection start-up and JIT warm-up stay out of the numbers).
 */
function fire({ url, requests, connections, warmup, duration, timeout, pid }) {
  const m = { on: false, latencies: [], bytes: 0, non2xx: 0, errors: 0, timeouts: 0, graphqlErrors: 0 };
  const withCheck = requests.map((r) => ({ ...r, onResponse: (status, body) => void (m.on && status < 300 && graphqlError(body) && m.graphqlErrors++) }));
  const instance = autocannon({ url, connections, duration: warmup + duration, timeout, requests: withCheck });
  instance.on('response', (_client, status, bytes, ms) => {
    // Only requests sent after the warm-up: a first request on a connection the server accepted
    // late (a busy event loop accepts new connections slowly, a bare Fastify server too) can
    // answer seconds after the warm-up ends, and would otherwise count as steady-state latency.
    if (!m.on || performance.now() - ms < m.started) return;
    m.latencies.push(ms);
    m.bytes += bytes;
    if (status >= 300) m.non2xx++;
  });
  instance.on('reqError', (error) => {
    if (!m.on) return;
    m.errors++;
    if (/timed out/.test(error.message)) m.timeouts++;
  });
  const timer = setTimeout(() => {
    Object.assign(m, { on: true, started: performance.now(), cpu: cpuSeconds(pid), client: process.cpuUsage() });
  }, warmup * 1000);
  return new Promise((resolve, reject) => {
    instance.on('done', () => {
      clearTimeout(timer);
      m.seconds = (performance.now() - (m.started ?? performance.now())) / 1000;
      m.cpu = m.cpu == null ? null : cpuSeconds(pid) - m.cpu;
      m.client = process.cpuUsage(m.client);
      resolve(m);
    });
    instance.on('error', reject);
  });
}

/**
 * @param {object} o
 * @param {string} o.url            server base URL
 * @param {number} o.pid            server process id (RSS and CPU)
 * @param {Array}  o.list           GraphQL documents { query, variables } or GET paths, sent in order by every connection
 * @param {string} [o.token]        bearer token
 */
export async function measure({ url, pid, list, token, connections, duration, warmup, timeout }) {
  const requests = toRequests(list, token);
  const last = requests.at(-1);
  const probe = { url: `${url}${last.path}`, init: { method: last.method, headers: last.headers, body: last.body } };
  await waitIdle(pid);
  const { problems, idleMs, idleByRequest } = await check(url, requests);
  const rssBefore = rssMiB(pid);
  const m = await fire({ url, requests, connections, warmup, duration, timeout, pid });
  const rssAfter = rssMiB(pid);
  // After the load the server still answers the requests in flight (one per connection): their
  // CPU time counts, and so do they. Those in flight when the window opened had, in a steady
  // state, about half their work done before it: they count half.
  const cpuAtEnd = cpuSeconds(pid);
  const drainMs = await waitIdle(pid, probe);
  const cpu = m.cpu === null || cpuAtEnd === null ? null : m.cpu + (cpuSeconds(pid) - cpuAtEnd);
  const sorted = m.latencies.sort((a, b) => a - b);
  const total = sorted.length;
  const unanswered = connections / 2 + m.timeouts + 1; // + the probe
  return {
    requestsPerPage: requests.length,
    idleMs,
    idleByRequest,
    reqPerSec: Math.round((total / m.seconds) * 10) / 10,
    pagesPerSec: Math.round((total / m.seconds / requests.length) * 10) / 10,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    latencyMax: percentile(sorted, 100),
    requests: total,
    durationSeconds: Math.round(m.seconds * 10) / 10,
    errors: m.errors,
    timeouts: m.timeouts,
    non2xx: m.non2xx,
    graphqlErrors: m.graphqlErrors,
    bytesPerReq: total ? Math.round(m.bytes / total) : 0,
    rssBefore,
    rssAfter,
    drainSeconds: Math.round(drainMs / 100) / 10,
    cpuMsPerReq: cpu === null ? null : Math.round((cpu * 1000 * 100) / (total + unanswered)) / 100,
    cpuPercent: cpu === null ? null : Math.round((cpu / (m.seconds + drainMs / 1000)) * 100),
    // autocannon's own share of a core: near 100%, the client and not the server sets the pace.
    clientCpuPercent: Math.round((m.client.user + m.client.system) / 1e4 / m.seconds),
    problems,
  };
}
