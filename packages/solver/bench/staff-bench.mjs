import * as highsModule from 'highs';
import { staffInstance, staffLp } from './staff-instances.mjs';
import { fmt, ratio, relDiff, table, time } from './timing.mjs';

export async function benchStaff(solver, { quick = false, log = console.log } = {}) {
  const highs = await highsModule.default();
  const rows = [];
  const cases = quick
    ? [{ people: 2000, projects: 50, topK: 5 }, { people: 2000, projects: 50, topK: 50 }]
    : [{ people: 20000, projects: 50, topK: 5 }, { people: 20000, projects: 50, topK: 50 }];
  for (const c of cases) {
    const problem = staffInstance(c.people, c.projects, c.topK, 1);
    const E = problem.edges.person.length;
    const ours = time(() => solver.staff(problem), { reps: 5, warmup: true });
    // HiGHS: build the sparse LP (excluded from the time) and time run() once — it takes seconds.
    const model = highs.createModel(staffLp(problem, highs));
    let hi;
    try {
      model.options.set({ output_flag: false });
      hi = time(() => {
        model.run();
        return model.getObjectiveValue();
      }, { reps: 1 });
      if (model.getModelStatus() !== highs.constants.modelStatus.optimal) throw new Error('HiGHS did not reach optimality');
    } finally {
      model.dispose();
    }
    const d = relDiff(hi.result, ours.result.total);
    const label = c.topK < c.projects ? `top-${c.topK} edges` : 'dense';
    const row = [`${c.people}×${c.projects} ${label}`, E, fmt(ours.ms), fmt(hi.ms), ratio(hi.ms, ours.ms), ours.result.total.toFixed(6), hi.result.toFixed(6), d.toExponential(1)];
    if (d > 1e-9) throw new Error(`staffing optimum differs from HiGHS: ${row.join(' ')}`);
    rows.push(row);
    log(`  staff ${row.join('  ')}`);
  }
  return table(['instance', 'edges', 'wasm ms', 'HiGHS ms', 'vs HiGHS', 'wasm optimum', 'HiGHS optimum', 'rel. diff'], rows);
}
