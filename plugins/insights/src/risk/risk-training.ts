import { evaluateRisk, splitHoldout, type RiskEvaluation, type RiskModel, type Solver } from '@cadre/solver';
import type { RiskMetrics } from './risk-model.entity.js';

export const MIN_LEAVERS = 5;
const HOLDOUT = 0.25;

export interface Dataset {
  rows: number[][];
  labels: number[];
  /** The person of each row (a person appears once per reference day). */
  people: string[];
}

export type TrainingOutcome =
  | { trained: false; reason: 'too-little-history'; rows: number; positives: number }
  | { trained: true; kind: 'mlp' | 'logistic'; model: RiskModel; metrics: RiskMetrics; rows: number; positives: number };

const toMetrics = (e: RiskEvaluation, otherKind: string, other: RiskEvaluation): RiskMetrics => ({
  auc: Number.isFinite(e.auc) ? e.auc : null,
  brier: e.brier,
  calibration: e.calibration.map((b) => ({ lower: b.lower, upper: b.upper, count: b.count, meanPredicted: Number.isFinite(b.meanPredicted) ? b.meanPredicted : null, observedRate: Number.isFinite(b.observedRate) ? b.observedRate : null })),
  holdoutRows: e.count,
  holdoutPositives: e.positives,
  otherKind,
  otherAuc: Number.isFinite(other.auc) ? other.auc : null,
});

/**
 * Trains the founding document's network and the logistic baseline on the same rows, holding
 * out a quarter of the PEOPLE (stratified by whether they left) so no one is in both parts, and
 * keeps the model with the better held-out AUC (the baseline on a tie: it is simpler).
 */
export async function trainAndChoose(solver: Solver, data: Dataset, progress: (fraction: number) => Promise<void>): Promise<TrainingOutcome> {
  const positives = data.labels.reduce((s, l) => s + l, 0);
  const rows = data.rows.length;
  if (rows < 20 || positives < MIN_LEAVERS || rows - positives < MIN_LEAVERS) return { trained: false, reason: 'too-little-history', rows, positives };
  const people = [...new Set(data.people)];
  const left = new Map<string, number>();
  data.people.forEach((p, i) => left.set(p, Math.max(left.get(p) ?? 0, data.labels[i])));
  const split = splitHoldout(people.map((p) => left.get(p)!), HOLDOUT, 1);
  const held = new Set(split.holdout.map((i) => people[i]));
  const pick = (inHoldout: boolean) => data.rows.map((_, i) => i).filter((i) => held.has(data.people[i]) === inHoldout);
  const train = pick(false);
  const test = pick(true);
  const input = { features: train.map((i) => data.rows[i]), labels: train.map((i) => data.labels[i]) };
  const mlp = await solver.trainRiskModel(input, { kind: 'mlp', epochs: 600, onProgress: (f) => progress(f / 2) });
  const logistic = await solver.trainRiskModel(input, { kind: 'logistic', epochs: 600, onProgress: (f) => progress(0.5 + f / 2) });
  const labels = test.map((i) => data.labels[i]);
  const evaluate = (m: RiskModel) => evaluateRisk(solver.predictRisk(m, test.map((i) => data.rows[i])), labels);
  const [em, el] = [evaluate(mlp), evaluate(logistic)];
  const mlpWins = (Number.isFinite(em.auc) ? em.auc : -1) > (Number.isFinite(el.auc) ? el.auc : -1);
  return mlpWins
    ? { trained: true, kind: 'mlp', model: mlp, metrics: toMetrics(em, 'logistic', el), rows, positives }
    : { trained: true, kind: 'logistic', model: logistic, metrics: toMetrics(el, 'mlp', em), rows, positives };
}
