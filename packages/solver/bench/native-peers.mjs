// Native peers, compiled at bench time with the machine's g++ (-O3 -march=native) into a
// temporary directory: LAPJV (bench/native/lapjv-driver.cpp, our own code from the 1987 paper)
// and LEMON's NetworkSimplex (Debian's liblemon-dev headers). Nothing is fetched: a missing
// compiler or package skips the peer with one printed line. Instances go to the same directory
// as binary files; each driver times only its solve call and prints it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
let dir;
const peers = new Map();

function workDir() {
  if (!dir) {
    dir = mkdtempSync(join(tmpdir(), 'cadre-solver-native-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return dir;
}

/** Compiles a driver once; returns { exe } or { skip } with the reason (printed once). */
function build(name, source, log) {
  if (peers.has(name)) return peers.get(name);
  let peer;
  const gpp = spawnSync('g++', ['--version'], { encoding: 'utf8' });
  if (gpp.error || gpp.status !== 0) {
    peer = { skip: 'g++ not found' };
  } else {
    const exe = join(workDir(), name);
    const cc = spawnSync('g++', ['-O3', '-march=native', '-o', exe, join(here, 'native', source)], { encoding: 'utf8' });
    if (cc.status === 0) peer = { exe };
    else if (/lemon\//.test(cc.stderr)) peer = { skip: 'LEMON headers not found (Debian: apt-get install liblemon-dev)' };
    else peer = { skip: `compiling ${source} failed: ${cc.stderr.split('\n')[0]}` };
  }
  if (peer.skip) log(`  native peer ${name} skipped: ${peer.skip}`);
  peers.set(name, peer);
  return peer;
}

// Runs the driver `reps` times; median of the solve times it reports, and its total.
function runDriver(exe, file, reps) {
  const times = [];
  let total;
  let status;
  for (let k = 0; k < reps; k++) {
    const [ms, tot, st] = execFileSync(exe, [file], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split(/\s+/);
    times.push(Number(ms));
    total = Number(tot);
    status = st;
  }
  times.sort((a, b) => a - b);
  return { ms: times[times.length >> 1], total, status };
}

/** LAPJV on a square matrix: { ms, total } or undefined when skipped. */
export function lapjvPeer(cost, n, reps, log = console.log) {
  const peer = build('lapjv', 'lapjv-driver.cpp', log);
  if (peer.skip) return undefined;
  const file = join(workDir(), 'assign.bin');
  const head = new Int32Array([n]);
  writeFileSync(file, Buffer.concat([Buffer.from(head.buffer), Buffer.from(cost.buffer, cost.byteOffset, cost.byteLength)]));
  return runDriver(peer.exe, file, reps);
}

/** LEMON NetworkSimplex on a staffing problem (bench/staff-instances.mjs): { ms, total }. */
export function lemonPeer(problem, reps, log = console.log) {
  const peer = build('lemon', 'lemon-driver.cpp', log);
  if (peer.skip) return undefined;
  const { people, projects, edges } = problem;
  const P = projects.length;
  const head = new Int32Array([people, P, edges.person.length]);
  const bounds = new Int32Array(2 * P);
  projects.forEach((q, k) => {
    bounds[k] = q.min;
    bounds[P + k] = Number.isFinite(q.max) ? Math.min(q.max, people) : people;
  });
  const file = join(workDir(), 'staff.bin');
  const parts = [head, bounds, edges.person, edges.project, edges.score];
  writeFileSync(file, Buffer.concat(parts.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))));
  const r = runDriver(peer.exe, file, reps);
  if (r.status !== 'optimal') throw new Error(`LEMON did not reach optimality: ${r.status}`);
  return r;
}
