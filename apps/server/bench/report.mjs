// The printed tables and the JSON file of a run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

const pad = (s, n) => String(s).padEnd(n);
const num = (v, n, digits = 0) => (v === null || v === undefined ? '—' : Number(v).toFixed(digits)).padStart(n);

const errorsOf = (r) => {
  const parts = [];
  if (r.errors) parts.push(`${r.errors} net${r.timeouts ? ` (${r.timeouts} timeouts)` : ''}`);
  if (r.non2xx) parts.push(`${r.non2xx} non-2xx`);
  if (r.graphqlErrors) parts.push(`${r.graphqlErrors} gql`);
  return parts.length ? parts.join(', ') : '0';
};

/** One line per measurement. */
export function table(rows) {
  const head = `${pad('scenario', 40)} ${pad('server', 6)} ${'reqs'.padStart(4)} ${'idle ms'.padStart(7)} ${'done'.padStart(6)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}  ${pad('RSS MiB before→after', 21)} ${'cpu ms/req'.padStart(10)}  errors`;
  const lines = [head, '-'.repeat(head.length + 6)];
  for (const r of rows) {
    const rss = `${num(r.rssBefore, 6, 0)} → ${num(r.rssAfter, 6, 0)}`;
    lines.push(`${pad(r.scenario, 40)} ${pad(r.server, 6)} ${num(r.requestsPerPage, 4)} ${num(r.idleMs, 7)} ${num(r.requests, 6)} ${num(r.reqPerSec, 8, 1)} ${num(r.p50, 7, 0)} ${num(r.p99, 7, 0)}  ${pad(rss, 21)} ${num(r.cpuMsPerReq, 10, 2)}  ${errorsOf(r)}`);
  }
  return lines.join('\n');
}

/** For screens of several requests: the slowest ones on the idle server, where to look first. */
export function slowest(rows, count = 4) {
  const lines = [];
  for (const r of rows.filter((x) => x.server === 'cadre' && x.idleByRequest?.length > 1)) {
    const top = [...r.idleByRequest].sort((a, b) => b.ms - a.ms).slice(0, count);
    lines.push(`${pad(r.scenario, 40)} ${top.map((t) => `${t.name} ${t.ms} ms`).join(', ')}`);
  }
  return lines.length ? `slowest requests on the idle server:\n${lines.join('\n')}` : '';
}

/** Cadre/anchor for every scenario both answered: req/s (below 1: Cadre serves fewer) and latency (above 1: Cadre is slower). */
export function ratios(rows) {
  const out = [];
  for (const cadre of rows.filter((r) => r.server === 'cadre')) {
    const anchor = rows.find((r) => r.server === 'anchor' && r.scenario === cadre.scenario);
    if (!anchor) continue;
    const q = (a, b) => (a && b ? Math.round((a / b) * 100) / 100 : null);
    out.push({
      scenario: cadre.scenario, reqPerSec: q(cadre.reqPerSec, anchor.reqPerSec), p50: q(cadre.p50, anchor.p50), p99: q(cadre.p99, anchor.p99),
      cpuMsPerReq: q(cadre.cpuMsPerReq, anchor.cpuMsPerReq), rssAfter: q(cadre.rssAfter, anchor.rssAfter),
    });
  }
  return out;
}

export function ratioTable(list) {
  const head = `${pad('Cadre / anchor', 40)} ${'req/s'.padStart(7)} ${'p50'.padStart(7)} ${'p99'.padStart(7)} ${'cpu/req'.padStart(8)} ${'RSS'.padStart(6)}`;
  const x = (v) => (v === null ? '—' : `${v}×`);
  return [head, ...list.map((r) => `${pad(r.scenario, 40)} ${x(r.reqPerSec).padStart(7)} ${x(r.p50).padStart(7)} ${x(r.p99).padStart(7)} ${x(r.cpuMsPerReq).padStart(8)} ${x(r.rssAfter).padStart(6)}`)].join('\n');
}

/** Writes the run to results/<timestamp>.json and returns the path. */
export function writeResults(run) {
  const dir = join(here, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${run.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`);
  return file;
}
