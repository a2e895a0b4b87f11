import { allocateInstance, streamingPass } from './allocate-instances.mjs';
import { fmt, table, time } from './timing.mjs';

export function benchAllocate(solver, { quick = false, log = console.log } = {}) {
  const n = quick ? 200_000 : 1_000_000;
  const problem = allocateInstance(n);
  const pass = time(() => streamingPass(problem), { reps: 9, warmup: true });
  const ours = time(() => solver.allocate(problem), { reps: 9, warmup: true });
  const rounded = time(() => solver.allocate({ ...problem, unit: 1 }), { reps: 9, warmup: true });
  const r = ours.result;
  let floors = 0;
  let caps = 0;
  for (const b of r.bound) {
    if (b < 0) floors++;
    else if (b > 0) caps++;
  }
  const units = rounded.result.units.reduce((s, u) => s + u, 0);
  if (units !== problem.pool) throw new Error(`rounded allocation sums to ${units}, not ${problem.pool}`);
  const rows = [
    [`${n} people, floors + caps`, fmt(ours.ms), fmt(pass.ms), `${(ours.ms / pass.ms).toFixed(1)} passes`, `${floors} floor, ${caps} cap`],
    [`same, unit = 1 (largest remainder)`, fmt(rounded.ms), fmt(pass.ms), `${(rounded.ms / pass.ms).toFixed(1)} passes`, `Σ units = pool ✓`],
  ];
  rows.forEach((row) => log(`  allocate ${row.join('  ')}`));
  return table(['instance', 'wasm ms', 'one pass ms', 'wasm / pass', 'bound'], rows);
}
