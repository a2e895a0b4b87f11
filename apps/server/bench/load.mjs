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

/** Sends each request once, in order; returns the first problem of each that failed. */
async function check(url, requests) {
  const problems = [];
  for (const [i, r] of requests.entries()) {
    const response = await fetch(`${url}${r.path}`, { method: r.method, headers: r.headers, body: r.body });
    const body = await response.text();
    const problem = response.status >= 300 ? `HTTP ${response.status}: ${body.slice(0, 200)}` : graphqlError(body);
    if (problem) problems.push(`request ${i + 1}/${requests.length}: ${problem}`);
  }
  return problems;
}

function fire(url, requests, connections, seconds, timeout, counters) {
  const withCheck = requests.map((r) => ({
    ...r,
    onResponse: (status, body) => {
      counters.responses++;
      if (status < 300 && graphqlError(body)) counters.graphqlErrors++;
    },
  }));
  return autocannon({ url, connections, duration: seconds, timeout, requests: withCheck });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until the server has finished what it was still doing (autocannon stops with a request in
 * flight on every connection): until it uses under 10% of a core for two half-second windows in a
 * row, at most `maxMs`. Returns the milliseconds waited.
 */
export async function waitIdle(pid, maxMs = 180_000) {
  const started = Date.now();
  let quiet = 0;
  let last = cpuSeconds(pid);
  if (last === null) return 0;
  while (quiet < 2 && Date.now() - started < maxMs) {
    await sleep(500);
    const now = cpuSeconds(pid);
    if (now === null) break;
    quiet = now - last < 0.05 ? quiet + 1 : 0;
    last = now;
  }
  return Date.now() - started;
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
  await waitIdle(pid);
  const problems = await check(url, requests);
  const rssBefore = rssMiB(pid);
  if (warmup > 0) {
    await fire(url, requests, connections, warmup, timeout, { responses: 0, graphqlErrors: 0 });
    await waitIdle(pid);
  }
  const counters = { responses: 0, graphqlErrors: 0 };
  const cpuStart = cpuSeconds(pid);
  const result = await fire(url, requests, connections, duration, timeout, counters);
  const rssAfter = rssMiB(pid);
  // After the load the server still answers the requests in flight (one per connection): their
  // CPU time counts, and so do they.
  const drainMs = await waitIdle(pid);
  const cpu = cpuStart === null ? null : cpuSeconds(pid) - cpuStart;
  const total = result.requests.total;
  // Requests the server worked on without an answer counted: one in flight per connection at the end, and those that timed out.
  const unanswered = connections + result.timeouts;
  return {
    requestsPerPage: requests.length,
    reqPerSec: Math.round((total / result.duration) * 10) / 10,
    pagesPerSec: Math.round((total / result.duration / requests.length) * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    latencyMax: result.latency.max,
    requests: total,
    durationSeconds: result.duration,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors: counters.graphqlErrors,
    bytesPerReq: total ? Math.round(result.throughput.total / total) : 0,
    rssBefore,
    rssAfter,
    drainSeconds: Math.round(drainMs / 100) / 10,
    cpuMsPerReq: cpu === null || !total ? null : Math.round((cpu * 1000 * 100) / (total + unanswered)) / 100,
    cpuPercent: cpu === null ? null : Math.round((cpu / (result.duration + drainMs / 1000)) * 100),
    problems,
  };
}
