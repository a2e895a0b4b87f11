import munkres from 'munkres';
import { linearSumAssignment } from 'linear-sum-assignment';
import { lapjvPeer } from './native-peers.mjs';
import { rng } from './rng.mjs';
import { fmt, ratio, relDiff, table, time } from './timing.mjs';

// Dense classes. skills: integer skill levels 0–5 on 4 skills for people and jobs, cost = −dot
// product (+ 1e-3 noise): large near-tie plateaus; skills-ties: the same without noise.
function instance(kind, rows, cols, seed) {
  const r = rng(seed);
  const cost = new Float64Array(rows * cols);
  if (kind === 'uniform') {
    for (let k = 0; k < cost.length; k++) cost[k] = r();
    return cost;
  }
  const S = 4;
  const p = Uint8Array.from({ length: rows * S }, () => Math.floor(r() * 6));
  const q = Uint8Array.from({ length: cols * S }, () => Math.floor(r() * 6));
  const noise = kind === 'skills' ? 1e-3 : 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      let dot = 0;
      for (let k = 0; k < S; k++) dot += p[i * S + k] * q[j * S + k];
      cost[i * cols + j] = -dot + (noise ? noise * r() : 0);
    }
  }
  return cost;
}

// Peer budgets (runs; 0 = skipped, and said so): the largest instances some peers would need
// minutes for. lapjv: the native LAPJV driver (square only), seconds on the 4000² plateaus.
const PLAN = [
  { kind: 'uniform', rows: 1000, cols: 1000, munkres: 3, lsa: 3, lapjv: 3 },
  { kind: 'uniform', rows: 2000, cols: 2000, munkres: 3, lsa: 1, lapjv: 3 },
  { kind: 'uniform', rows: 4000, cols: 4000, munkres: 1, lsa: 0, lapjv: 3 },
  { kind: 'skills', rows: 1000, cols: 1000, munkres: 3, lsa: 1, lapjv: 3 },
  { kind: 'skills', rows: 2000, cols: 2000, munkres: 1, lsa: 0, lapjv: 1 },
  { kind: 'skills', rows: 4000, cols: 4000, munkres: 0, lsa: 0, lapjv: 0 },
  { kind: 'skills-ties', rows: 1000, cols: 1000, munkres: 3, lsa: 1, lapjv: 3 },
  { kind: 'skills-ties', rows: 2000, cols: 2000, munkres: 1, lsa: 0, lapjv: 3 },
  { kind: 'skills-ties', rows: 4000, cols: 4000, munkres: 0, lsa: 0, lapjv: 1 },
  { kind: 'uniform', rows: 1000, cols: 4000, munkres: 3, lsa: 1, lapjv: 0 },
];

function total(cost, cols, pairs) {
  let s = 0;
  for (const [i, j] of pairs) s += cost[i * cols + j];
  return s;
}

export function benchAssign(solver, { quick = false, log = console.log } = {}) {
  // Warm the JITs of the JavaScript peers on a small instance first.
  const warm = instance('uniform', 200, 200, 1);
  const warmRows = Array.from({ length: 200 }, (_, i) => warm.subarray(i * 200, (i + 1) * 200));
  munkres(warmRows);
  linearSumAssignment(warmRows.map((row) => Array.from(row)), { maximaze: false });

  const rows = [];
  const notes = [];
  for (const step of PLAN) {
    if (quick && step.rows * step.cols > 1000 * 4000) continue;
    const { kind, rows: R, cols: C } = step;
    const cost = instance(kind, R, C, R * 31 + C + kind.length);
    const big = R * C >= 4000 * 4000;
    const ours = time(() => solver.assign(cost, R, C), { reps: big ? 3 : 5, warmup: true });
    const matrix = Array.from({ length: R }, (_, i) => cost.subarray(i * C, (i + 1) * C));
    let mk;
    if (step.munkres > 0) {
      mk = time(() => munkres(matrix), { reps: step.munkres });
      const d = relDiff(total(cost, C, mk.result), ours.result.total);
      if (d > 1e-9) throw new Error(`munkres total differs on ${kind} ${R}×${C}: ${d}`);
    } else {
      notes.push(`munkres not run on ${kind} ${R}×${C}: it needs minutes there (see BENCHMARKS.md)`);
    }
    let ls;
    if (step.lsa > 0) {
      ls = time(() => linearSumAssignment(matrix.map((row) => Array.from(row)), { maximaze: false }), { reps: step.lsa });
      const d = relDiff(ls.result.gain, ours.result.total);
      if (d > 1e-9) throw new Error(`linear-sum-assignment total differs on ${kind} ${R}×${C}: ${d}`);
    } else {
      notes.push(`linear-sum-assignment not run on ${kind} ${R}×${C}: too slow at this size (see BENCHMARKS.md)`);
    }
    let lap;
    if (step.lapjv > 0 && R === C) {
      lap = lapjvPeer(cost, R, step.lapjv, log);
      const d = lap && relDiff(lap.total, ours.result.total);
      if (d > 1e-9) throw new Error(`LAPJV total differs on ${kind} ${R}×${C}: ${d}`);
    } else {
      notes.push(`LAPJV not run on ${kind} ${R}×${C}: ${R === C ? 'kept out to bound the run (skills-ties 4000² alone takes it ~9 s)' : 'the driver is square only'}`);
    }
    const row = [
      kind, `${R}×${C}`, fmt(ours.ms), fmt(mk?.ms), ratio(mk?.ms, ours.ms), fmt(ls?.ms), ratio(ls?.ms, ours.ms),
      fmt(lap?.ms), lap ? (ours.ms / lap.ms).toFixed(2) : '—', ours.result.total.toPrecision(10),
    ];
    rows.push(row);
    log(`  assign ${row.join('  ')}`);
  }
  return {
    markdown: table(['class', 'size', 'wasm ms', 'munkres ms', 'vs munkres', 'lsa ms', 'vs lsa', 'LAPJV ms', 'wasm / LAPJV', 'optimum'], rows),
    notes,
  };
}
