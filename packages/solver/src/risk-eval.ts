// Held-out evaluation of a risk model: ROC AUC, Brier score, calibration bins, and a
// deterministic stratified split. Plain TypeScript: these are O(n log n) at most.
import { badInput } from './errors.js';
import { rng } from './reference/rng.js';
import { show } from './validate.js';
import type { CalibrationBin, HoldoutSplit, RiskEvaluation } from './risk-types.js';

function requireLabels(labels: ArrayLike<number>, field = 'labels'): number[] {
  if (labels === null || typeof labels !== 'object' || typeof labels.length !== 'number') {
    throw badInput(`${field} must be an array of 0/1`, field);
  }
  return Array.from(labels, (v, i) => {
    if (v !== 0 && v !== 1) throw badInput(`${field}[${i}] must be 0 or 1 (got ${show(v)})`, field, i);
    return v;
  });
}

/** AUC (ties count half, via mid-ranks), Brier score and `bins` equal-width calibration bins. */
export function evaluateRisk(predictions: ArrayLike<number>, labels: ArrayLike<number>, bins = 10): RiskEvaluation {
  const y = requireLabels(labels);
  if (predictions === null || typeof predictions !== 'object' || predictions.length !== y.length) {
    throw badInput(`predictions must have one probability per label (${y.length})`, 'predictions');
  }
  const p = Array.from(predictions, (v, i) => {
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw badInput(`predictions[${i}] must be a probability in [0, 1] (got ${show(v)})`, 'predictions', i);
    return v;
  });
  if (!Number.isInteger(bins) || bins < 1) throw badInput(`bins must be a positive integer (got ${show(bins)})`, 'bins');
  const n = y.length;
  const positives = y.reduce((a, b) => a + b, 0);
  // Mann–Whitney: sum of positive mid-ranks.
  const order = p.map((_, i) => i).sort((a, b) => p[a]! - p[b]!);
  let rankSum = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && p[order[j + 1]!] === p[order[i]!]) j++;
    const mid = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (y[order[k]!] === 1) rankSum += mid;
    i = j + 1;
  }
  const negatives = n - positives;
  const auc = positives === 0 || negatives === 0 ? NaN : (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
  const brier = n === 0 ? NaN : p.reduce((s, v, i) => s + (v - y[i]!) ** 2, 0) / n;
  const calibration: CalibrationBin[] = Array.from({ length: bins }, (_, b) => ({
    lower: b / bins, upper: (b + 1) / bins, count: 0, meanPredicted: 0, observedRate: 0,
  }));
  p.forEach((v, i) => {
    const bin = calibration[Math.min(bins - 1, Math.floor(v * bins))]!;
    bin.count++;
    bin.meanPredicted += v;
    bin.observedRate += y[i]!;
  });
  for (const bin of calibration) {
    bin.meanPredicted = bin.count ? bin.meanPredicted / bin.count : NaN;
    bin.observedRate = bin.count ? bin.observedRate / bin.count : NaN;
  }
  return { auc, brier, calibration, count: n, positives };
}

/** Stratified split: round(fraction × class size) of each class, chosen by a seeded shuffle, is held out. */
export function splitHoldout(labels: ArrayLike<number>, fraction: number, seed: number): HoldoutSplit {
  const y = requireLabels(labels);
  if (typeof fraction !== 'number' || !(fraction > 0 && fraction < 1)) {
    throw badInput(`fraction must be between 0 and 1 exclusive (got ${show(fraction)})`, 'fraction');
  }
  if (!Number.isInteger(seed)) throw badInput(`seed must be an integer (got ${show(seed)})`, 'seed');
  const r = rng(seed);
  const held = new Set<number>();
  for (const cls of [0, 1]) {
    const idx = y.flatMap((v, i) => (v === cls ? [i] : []));
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    idx.slice(0, Math.round(fraction * idx.length)).forEach((i) => held.add(i));
  }
  const train: number[] = [], holdout: number[] = [];
  y.forEach((_, i) => (held.has(i) ? holdout : train).push(i));
  return { train, holdout };
}
