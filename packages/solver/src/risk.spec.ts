import { evaluateRisk, splitHoldout, type RiskModel } from '@cadre/solver';
import { describe, expect, it } from 'vitest';
import { explainRiskReference, predictRiskReference, trainRiskModelReference } from './reference/risk.js';
import { syntheticRisk } from './testing/risk-data.js';
import { testSolver } from './testing/solver.js';

const solver = await testSolver();
const data = syntheticRisk(200, 3);
const pick = <T>(xs: T[], idx: number[]) => idx.map((i) => xs[i]!);

function logisticModel(w: number[], b: number): RiskModel {
  return {
    kind: 'logistic', version: 1, featureCount: 10, hidden: 0, weights: [...w, b], means: Array(10).fill(0),
    stds: Array(10).fill(1), loss: 'mse', epochs: 0, learningRate: 0.05, seed: 1, trainedRows: 0, finalLoss: 0,
  };
}

describe('risk model training', () => {
  for (const kind of ['mlp', 'logistic'] as const) {
    it(`${kind}: WASM training matches the TypeScript reference for the same seed`, async () => {
      const options = { kind, epochs: 120, seed: 7, learningRate: 0.03 };
      const wasm = await solver.trainRiskModel(data, options);
      const ref = trainRiskModelReference(data, options);
      expect(wasm.weights).toHaveLength(kind === 'mlp' ? 61 : 11);
      wasm.weights.forEach((w, q) => expect(w).toBeCloseTo(ref.weights[q]!, 9));
      expect(wasm.finalLoss).toBeCloseTo(ref.finalLoss, 12);
      expect(wasm.means).toEqual(ref.means);
      const p = solver.predictRisk(wasm, data.features), pr = predictRiskReference(ref, data.features);
      p.forEach((v, i) => expect(v).toBeCloseTo(pr[i]!, 9));
    });
  }

  it('is deterministic given the seed, and the seed matters', async () => {
    const a = await solver.trainRiskModel(data, { epochs: 30, seed: 5 });
    const b = await solver.trainRiskModel(data, { epochs: 30, seed: 5 });
    const c = await solver.trainRiskModel(data, { epochs: 30, seed: 6 });
    expect(b.weights).toEqual(a.weights);
    expect(c.weights).not.toEqual(a.weights);
  });

  it('reports progress per chunk, and chunking does not change the result', async () => {
    const seen: number[] = [];
    const chunked = await solver.trainRiskModel(data, { epochs: 100, chunkEpochs: 30, onProgress: (f) => void seen.push(f) });
    expect(seen).toEqual([0.3, 0.6, 0.9, 1]);
    const whole = await solver.trainRiskModel(data, { epochs: 100, chunkEpochs: 100 });
    expect(chunked.weights).toEqual(whole.weights);
  });

  it('learns a separable synthetic problem (held-out AUC > 0.9), mlp and logistic', async () => {
    const all = syntheticRisk(600, 11, 0);
    const split = splitHoldout(all.labels, 0.3, 4);
    const train = { features: pick(all.features, split.train), labels: pick(all.labels, split.train) };
    for (const kind of ['mlp', 'logistic'] as const) {
      const model = await solver.trainRiskModel(train, { kind, epochs: 400 });
      const held = evaluateRisk(solver.predictRisk(model, pick(all.features, split.holdout)), pick(all.labels, split.holdout));
      expect(held.auc).toBeGreaterThan(0.9);
      expect(held.brier).toBeLessThan(0.25);
    }
  });

  it('a model survives JSON storage and scores the same', async () => {
    const model = await solver.trainRiskModel(data, { epochs: 20 });
    const loaded = JSON.parse(JSON.stringify(model)) as RiskModel;
    expect(solver.predictRisk(loaded, data.features)).toEqual(solver.predictRisk(model, data.features));
  });
});

describe('risk explanations (exact Shapley values)', () => {
  it('add up to score − baseline and match the reference', async () => {
    const model = await solver.trainRiskModel(data, { epochs: 60, seed: 2 });
    const rows = data.features.slice(0, 25);
    const ex = solver.explainRisk(model, rows);
    const ref = explainRiskReference(model, rows);
    const scores = solver.predictRisk(model, rows);
    expect(solver.predictRisk(model, [model.means])[0]).toBeCloseTo(ex.baseline, 12);
    expect(ex.baseline).toBeCloseTo(ref.baseline, 12);
    ex.values.forEach((phi, i) => {
      expect(phi.reduce((a, b) => a + b, 0)).toBeCloseTo(scores[i]! - ex.baseline, 10);
      phi.forEach((v, k) => expect(v).toBeCloseTo(ref.values[i]![k]!, 10));
    });
  });

  it('logistic model, one feature off its mean: that feature takes the whole difference', () => {
    const model = logisticModel([2, -1, 0.5, 0, 0, 0, 0, 0, 0, 3], 0.3);
    const row = [0, 0, 0, 0, 0, 0, 1.5, 0, 0, 0].map((v, k) => (k === 1 ? 0.8 : 0));
    const ex = solver.explainRisk(model, [row]);
    const score = solver.predictRisk(model, [row])[0]!;
    expect(ex.values[0]![1]).toBeCloseTo(score - ex.baseline, 12);
    expect(ex.values[0]![1]).toBeLessThan(0);
    ex.values[0]!.forEach((v, k) => k !== 1 && expect(v).toBe(0));
    // Larger deviations of that feature give larger contributions (monotone like the weight).
    const more = solver.explainRisk(model, [row.map((v, k) => (k === 1 ? 1.6 : v))]);
    expect(more.values[0]![1]).toBeLessThan(ex.values[0]![1]!);
  });

  it('symmetry and dummy: equal features share equally, an unused feature gets 0', async () => {
    const model = await solver.trainRiskModel(data, { epochs: 40 });
    const h = model.hidden;
    // Make features 2 and 3 interchangeable and feature 8 unused in every hidden unit.
    for (let j = 0; j < h; j++) {
      model.weights[j * 10 + 3] = model.weights[j * 10 + 2]!;
      model.weights[j * 10 + 8] = 0;
    }
    const rows = data.features.slice(0, 10).map((r) => {
      const row = [...r];
      row[3] = model.means[3]! + ((row[2]! - model.means[2]!) / model.stds[2]!) * model.stds[3]!;
      return row;
    });
    const ex = solver.explainRisk(model, rows);
    for (const phi of ex.values) {
      expect(phi[2]).toBeCloseTo(phi[3]!, 12);
      expect(Math.abs(phi[8]!)).toBeLessThan(1e-15);
    }
  });

  it('no rows: the baseline alone', async () => {
    const model = await solver.trainRiskModel(data, { epochs: 10 });
    const ex = solver.explainRisk(model, []);
    expect(ex.values).toEqual([]);
    expect(ex.baseline).toBeCloseTo(solver.predictRisk(model, [model.means])[0]!, 12);
  });
});

describe('risk input validation', () => {
  const bad = async (input: unknown, message: RegExp, field: string, index?: number) => {
    const err = await solver.trainRiskModel(input as never, { epochs: 1 }).then(() => null, (e: unknown) => e);
    expect(err).toMatchObject({ name: 'SolverError', code: 'BAD_INPUT', field, ...(index === undefined ? {} : { index }) });
    expect((err as Error).message).toMatch(message);
  };

  it('names the row and field of bad training input', async () => {
    const rows = data.features.map((r) => [...r]);
    await bad({ features: rows.map((r, i) => (i === 4 ? r.slice(0, 9) : r)), labels: data.labels }, /features\[4\] has 9 features but exactly 10/, 'features', 4);
    await bad({ features: rows.map((r, i) => (i === 6 ? [...r.slice(0, 9), NaN] : r)), labels: data.labels }, /features\[6\]\[9\] must be a finite number \(got NaN\)/, 'features', 6);
    await bad({ features: rows, labels: data.labels.map((l, i) => (i === 8 ? 2 : l)) }, /labels\[8\] must be 0 or 1 \(got 2\)/, 'labels', 8);
    await bad({ features: rows.slice(0, 5), labels: data.labels.slice(0, 5) }, /5 rows but at least 20/, 'features');
    await bad({ features: rows, labels: rows.map(() => 0) }, /all 0: both classes/, 'labels');
    await bad({ features: rows, labels: data.labels.slice(1) }, /199 entries but features has 200 rows/, 'labels');
  });

  it('rejects bad rows and bad models when scoring', async () => {
    const model = await solver.trainRiskModel(data, { epochs: 1 });
    expect(() => solver.predictRisk(model, [[1, 2, 3]])).toThrow(/rows\[0\] has 3 features/);
    expect(() => solver.explainRisk(model, [data.features[0]!, [...data.features[0]!.slice(0, 9), Infinity]])).toThrow(/rows\[1\]\[9\] must be a finite number/);
    expect(() => solver.predictRisk({ ...model, weights: model.weights.slice(1) }, data.features)).toThrow(/model.weights must have 61 numbers/);
    expect(() => solver.predictRisk({ ...model, kind: 'tree' as never }, data.features)).toThrow(/model.kind/);
  });
});

describe('evaluateRisk and splitHoldout', () => {
  it('AUC counts ties half; Brier and calibration bins', () => {
    const e = evaluateRisk([0.1, 0.4, 0.4, 0.8], [0, 0, 1, 1], 2);
    // Pairs (pos, neg): (0.4,0.1)=1, (0.4,0.4)=0.5, (0.8,0.1)=1, (0.8,0.4)=1 → 3.5 / 4.
    expect(e.auc).toBeCloseTo(0.875, 15);
    expect(e.brier).toBeCloseTo((0.01 + 0.16 + 0.36 + 0.04) / 4, 15);
    expect(e.calibration.map((b) => b.count)).toEqual([3, 1]);
    expect(e.calibration[0]!.meanPredicted).toBeCloseTo(0.3, 15);
    expect(e.calibration[0]!.observedRate).toBeCloseTo(1 / 3, 15);
    expect(evaluateRisk([0.2, 0.3], [1, 1]).auc).toBeNaN();
    expect(() => evaluateRisk([0.2, 1.2], [0, 1])).toThrow(/predictions\[1\] must be a probability/);
  });

  it('splitHoldout is stratified, complete and deterministic', () => {
    const labels = Array.from({ length: 100 }, (_, i) => (i % 5 === 0 ? 1 : 0));
    const s = splitHoldout(labels, 0.25, 9);
    expect(s.holdout.filter((i) => labels[i] === 1)).toHaveLength(5);
    expect(s.holdout).toHaveLength(25);
    expect([...s.train, ...s.holdout].sort((a, b) => a - b)).toEqual(labels.map((_, i) => i));
    expect(splitHoldout(labels, 0.25, 9)).toEqual(s);
    expect(splitHoldout(labels, 0.25, 10).holdout).not.toEqual(s.holdout);
    expect(() => splitHoldout([0, 3], 0.5, 1)).toThrow(/labels\[1\] must be 0 or 1/);
  });
});
