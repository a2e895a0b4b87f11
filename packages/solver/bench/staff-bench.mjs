import * as highsModule from 'highs';
import { lemonPeer } from './native-peers.mjs';
import { staffInstance, staffLp } from './staff-instances.mjs';
import { fmt, ratio, relDiff, table, time } from './timing.mjs';

// HiGHS takes ~25 s on a million edges, so it is left out of the largest instance (said so).
const CASES = [
  { people: 20000, projects: 50, topK: 5, highs: true },
  { people: 20000, projects: 50, topK: 50, highs: true },
  { people: 50000, projects: 200, topK: 20, highs: false },
];
const QUICK = [
  { people: 2000, projects: 50, topK: 5, highs: true },
  { people: 2000, projects: 50, topK: 50, highs: true },
  { people: 5000, projects: 200, topK: 20, highs: false },
];

function runHighs(highs, problem) {
  // Build the sparse LP (excluded from the time) and time run() once — it takes seconds.
  const model = highs.createModel(staffLp(problem, highs));
  try {
    model.options.set({ output_flag: false });
    const hi = time(() => {
      model.run();
      return model.getObjectiveValue();
    }, { reps: 1 });
    if (model.getModelStatus() !== highs.constants.modelStatus.optimal) throw new Error('HiGHS did not reach optimality');
    return hi;
  } finally {
    model.dispose();
  }
}

export async function benchStaff(solver, { quick = false, log = console.log } = {}) {
  const highs = await highsModule.default();
  const rows = [];
  const notes = [];
  for (const c of quick ? QUICK : CASES) {
    const problem = staffInstance(c.people, c.projects, c.topK, 1);
    const E = problem.edges.person.length;
    const ours = time(() => solver.staff(problem), { reps: 5, warmup: true });
    const label = `${c.people}×${c.projects} ${c.topK < c.projects ? `top-${c.topK} edges` : 'dense'}`;
    const hi = c.highs ? runHighs(highs, problem) : undefined;
    if (!hi) notes.push(`HiGHS not run on ${label}: it needs tens of seconds there`);
    const lemon = lemonPeer(problem, 5, log);
    for (const [peer, r] of [['HiGHS', hi?.result], ['LEMON', lemon?.total]]) {
      if (r === undefined) continue;
      const d = relDiff(r, ours.result.total);
      if (d > 1e-9) throw new Error(`staffing optimum differs from ${peer} on ${label}: ${r} vs ${ours.result.total}`);
    }
    const row = [
      label, E, fmt(ours.ms), fmt(hi?.ms), ratio(hi?.ms, ours.ms), fmt(lemon?.ms), lemon ? (ours.ms / lemon.ms).toFixed(2) : '—',
      ours.result.total.toFixed(6), hi ? hi.result.toFixed(6) : '—', lemon ? lemon.total.toFixed(6) : '—',
    ];
    rows.push(row);
    log(`  staff ${row.join('  ')}`);
  }
  const header = ['instance', 'edges', 'wasm ms', 'HiGHS ms', 'vs HiGHS', 'LEMON ms', 'wasm / LEMON', 'wasm optimum', 'HiGHS optimum', 'LEMON optimum'];
  return [table(header, rows), notes.map((n) => `- ${n}`).join('\n')].filter(Boolean).join('\n\n');
}
