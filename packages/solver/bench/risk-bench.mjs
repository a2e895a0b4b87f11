// Attrition-risk model: training (full-batch Adam) and exact Shapley values for 20 000 synthetic
// people, WASM against the plain TypeScript reference (built to dist/reference/risk.js; tsconfig.build.json lists it) in the same run.
import { explainRiskReference, trainRiskModelReference } from '../dist/reference/risk.js';
import { rng } from './rng.mjs';
import { fmt, table, time } from './timing.mjs';

export async function benchRisk(solver, { quick = false, log = console.log } = {}) {
  const n = quick ? 2_000 : 20_000;
  const data = syntheticRisk(n, 42);
  const options = { kind: 'mlp', epochs: 200, seed: 1 };
  // Warm both paths (JIT, module) on a small instance first.
  const small = syntheticRisk(200, 1);
  await solver.trainRiskModel(small, { epochs: 5 });
  trainRiskModelReference(small, { epochs: 5 });
  const t0 = performance.now();
  const model = await solver.trainRiskModel(data, options);
  const wasmTrain = performance.now() - t0;
  const refTrain = time(() => trainRiskModelReference(data, options), { reps: 1 });
  const drift = Math.max(...model.weights.map((w, q) => Math.abs(w - refTrain.result.weights[q])));
  if (drift > 1e-6) throw new Error(`WASM and reference weights differ by ${drift}`);
  solver.explainRisk(model, small.features);
  explainRiskReference(model, small.features);
  const wasmShap = time(() => solver.explainRisk(model, data.features), { reps: 1 });
  const refShap = time(() => explainRiskReference(model, data.features), { reps: 1 });
  const rows = [
    [`train mlp 10→5→1, ${n} people, ${options.epochs} Adam epochs`, fmt(wasmTrain), fmt(refTrain.ms), `${(refTrain.ms / wasmTrain).toFixed(1)}×`],
    [`exact Shapley (2^10 coalitions), ${n} people`, fmt(wasmShap.ms), fmt(refShap.ms), `${(refShap.ms / wasmShap.ms).toFixed(1)}×`],
  ];
  rows.forEach((row) => log(`  risk ${row.join('  ')}`));
  return table(['task', 'wasm ms', 'TypeScript ms', 'TS / wasm'], rows);
}

// Same generator as src/testing/risk-data.ts: ten features on different scales, a noisy logistic label.
function syntheticRisk(n, seed) {
  const r = rng(seed);
  const features = [];
  const labels = [];
  for (let i = 0; i < n; i++) {
    const row = Array.from({ length: 10 }, (_, k) => (r() - 0.5) * (k + 1) * 10 + k * 3);
    const s = row[0] / 5 - (row[1] - 3) / 10 + (row[4] - 12) / 25;
    labels.push(r() < 1 / (1 + Math.exp(-s / 0.5)) ? 1 : 0);
    features.push(row);
  }
  return { features, labels };
}
