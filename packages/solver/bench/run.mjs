// The solver benchmark: seeded instances, the WASM solver and the npm peers on the same inputs in
// one process, medians and ratios. `node bench/run.mjs [--quick] [assign|staff|allocate …]`.
import { cpus, loadavg, totalmem } from 'node:os';
import { createSolver } from '../dist/node.js';
import { benchAllocate } from './allocate-bench.mjs';
import { benchAssign } from './assign-bench.mjs';
import { benchStaff } from './staff-bench.mjs';
import { benchRisk } from './risk-bench.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.filter((a) => !a.startsWith('--'));
const want = (name) => only.length === 0 || only.includes(name);
const started = performance.now();
const solver = await createSolver();

const cpu = cpus();
console.log(`# @cadre/solver benchmark${quick ? ' (quick)' : ''}`);
console.log(`node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);

const out = [];
if (want('assign')) {
  console.log('assign (dense LAP; times in ms, medians)');
  const { markdown, notes } = benchAssign(solver, { quick });
  out.push('## assign', markdown, notes.map((n) => `- ${n}`).join('\n'));
}
if (want('staff')) {
  console.log('staff (people → projects with headcount bounds)');
  out.push('## staff', await benchStaff(solver, { quick }));
}
if (want('allocate')) {
  console.log('allocate (pool split with floors and caps)');
  out.push('## allocate', benchAllocate(solver, { quick }));
}
if (want('risk')) {
  console.log('risk (attrition model: training and exact Shapley values)');
  out.push('## risk', await benchRisk(solver, { quick }));
}
console.log(`\n${out.join('\n\n')}\n`);
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
