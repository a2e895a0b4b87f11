import { createSolver } from '@cadre/solver';
import { describe, expect, it } from 'vitest';
import { trainAndChoose, type Dataset } from './risk-training.js';

/** Deterministic rows where leaving follows a long wait for a raise (feature 9), with noise. */
function dataset(people: number, perPerson: number): Dataset {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const set: Dataset = { rows: [], labels: [], people: [] };
  for (let p = 0; p < people; p++) {
    const wait = random() * 30;
    for (let r = 0; r < perPerson; r++) {
      const row = Array.from({ length: 10 }, () => random());
      row[9] = wait + r;
      set.rows.push(row);
      set.labels.push(wait + r + random() * 8 > 26 ? 1 : 0);
      set.people.push(`p${p}`);
    }
  }
  return set;
}

describe('training and choosing the risk model', () => {
  it('says there is too little history instead of guessing', async () => {
    const solver = await createSolver();
    const small = dataset(3, 5);
    expect(await trainAndChoose(solver, small, async () => {})).toMatchObject({ trained: false, reason: 'too-little-history', rows: 15 });
    const noLeavers = { ...dataset(40, 2), labels: new Array(80).fill(0) };
    expect((await trainAndChoose(solver, noLeavers, async () => {})).trained).toBe(false);
  });

  it('holds out whole people, reports progress and keeps the model with the better held-out AUC', async () => {
    const solver = await createSolver();
    const progress: number[] = [];
    const out = await trainAndChoose(solver, dataset(120, 3), async (f) => void progress.push(f));
    if (!out.trained) throw new Error('expected a model');
    expect(out.metrics.auc).toBeGreaterThan(0.75);
    expect(out.metrics.auc!).toBeGreaterThanOrEqual(out.metrics.otherAuc ?? 0);
    expect(out.metrics.holdoutRows % 3).toBe(0); // three rows per person, all on one side
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });
});
