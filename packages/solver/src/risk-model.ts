// Shared by the WASM wrapper and the TypeScript reference: validation, standardisation, He
// initialisation and the model object, so both start from identical numbers.
import { rng } from './reference/rng.js';
import { badInput } from './errors.js';
import { show } from './validate.js';
import { RISK_FEATURES as F, type RiskModel, type RiskTrainingInput, type RiskTrainOptions } from './risk-types.js';

/** Fewer rows than this cannot support a held-out estimate; the caller should say "too little history". */
export const MIN_RISK_ROWS = 20;

export interface Prepared {
  n: number;
  hidden: number;
  x: Float64Array;
  y: Float64Array;
  means: number[];
  stds: number[];
  params: Float64Array;
  epochs: number;
  learningRate: number;
  seed: number;
  kind: 'mlp' | 'logistic';
}

export function paramCount(hidden: number): number {
  return hidden === 0 ? F + 1 : hidden * F + 2 * hidden + 1;
}

/** Row-major raw features after checking width and finiteness; `field` names the input. */
export function requireRows(rows: unknown, field: string): Float64Array {
  if (!Array.isArray(rows)) throw badInput(`${field} must be an array of rows of ${F} numbers`, field);
  const out = new Float64Array(rows.length * F);
  rows.forEach((row: unknown, i) => {
    const r = row as ArrayLike<unknown> | null;
    if (r === null || typeof r !== 'object' || typeof r.length !== 'number') {
      throw badInput(`${field}[${i}] must be a row of ${F} numbers (got ${show(row)})`, field, i);
    }
    if (r.length !== F) throw badInput(`${field}[${i}] has ${r.length} features but exactly ${F} are needed`, field, i);
    for (let k = 0; k < F; k++) {
      const v = r[k];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw badInput(`${field}[${i}][${k}] must be a finite number (got ${show(v)})`, field, i);
      }
      out[i * F + k] = v;
    }
  });
  return out;
}

function intOption(value: unknown, field: string, def: number, min: number, max: number): number {
  if (value === undefined) return def;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${field} must be an integer from ${min} to ${max} (got ${show(value)})`, field);
  }
  return value;
}

export function prepareTraining(input: RiskTrainingInput, options: RiskTrainOptions = {}): Prepared {
  if (input === null || typeof input !== 'object') throw badInput('input must be { features, labels }', 'input');
  const raw = requireRows(input.features, 'features');
  const n = raw.length / F;
  const labels = input.labels as ArrayLike<unknown>;
  if (labels === null || typeof labels !== 'object' || typeof labels.length !== 'number') {
    throw badInput('labels must be an array of 0/1', 'labels');
  }
  if (labels.length !== n) throw badInput(`labels has ${labels.length} entries but features has ${n} rows`, 'labels');
  const y = new Float64Array(n);
  let positives = 0;
  for (let i = 0; i < n; i++) {
    const v = labels[i];
    if (v !== 0 && v !== 1) throw badInput(`labels[${i}] must be 0 or 1 (got ${show(v)})`, 'labels', i);
    y[i] = v;
    positives += v;
  }
  if (n < MIN_RISK_ROWS) throw badInput(`features has ${n} rows but at least ${MIN_RISK_ROWS} are needed`, 'features');
  if (positives === 0 || positives === n) {
    throw badInput(`labels are all ${positives === 0 ? 0 : 1}: both classes are needed to train`, 'labels');
  }
  const kind = options.kind ?? 'mlp';
  if (kind !== 'mlp' && kind !== 'logistic') throw badInput(`kind must be 'mlp' or 'logistic' (got ${show(kind)})`, 'kind');
  const hidden = kind === 'logistic' ? 0 : intOption(options.hidden, 'hidden', 5, 1, 64);
  const epochs = intOption(options.epochs, 'epochs', 500, 1, 1_000_000);
  const seed = intOption(options.seed, 'seed', 1, 0, 2 ** 32 - 1);
  const learningRate = options.learningRate ?? 0.05;
  if (typeof learningRate !== 'number' || !(learningRate > 0) || !Number.isFinite(learningRate)) {
    throw badInput(`learningRate must be a positive number (got ${show(learningRate)})`, 'learningRate');
  }
  const means: number[] = [];
  const stds: number[] = [];
  for (let k = 0; k < F; k++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += raw[i * F + k]!;
    const mean = s / n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (raw[i * F + k]! - mean) ** 2;
    const std = Math.sqrt(ss / n);
    means.push(mean);
    stds.push(std > 1e-12 ? std : 1);
  }
  return {
    n, hidden, y, means, stds, epochs, learningRate, seed, kind,
    x: standardise(raw, means, stds),
    params: initParams(hidden, seed),
  };
}

export function standardise(raw: Float64Array, means: number[], stds: number[]): Float64Array {
  const x = new Float64Array(raw.length);
  for (let i = 0; i < raw.length; i++) x[i] = (raw[i]! - means[i % F]!) / stds[i % F]!;
  return x;
}

/** He initialisation (normal, variance 2/fan-in) for the weights, zero biases; logistic starts at 0. */
export function initParams(hidden: number, seed: number): Float64Array {
  const p = new Float64Array(paramCount(hidden));
  if (hidden === 0) return p;
  const r = rng(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  for (let q = 0; q < hidden * F; q++) p[q] = normal() * Math.sqrt(2 / F);
  const w2 = hidden * F + hidden;
  for (let j = 0; j < hidden; j++) p[w2 + j] = normal() * Math.sqrt(2 / hidden);
  return p;
}

export function toModel(prep: Prepared, params: Float64Array, finalLoss: number): RiskModel {
  return {
    kind: prep.kind, version: 1, featureCount: F, hidden: prep.hidden, weights: Array.from(params),
    means: prep.means, stds: prep.stds, loss: 'mse', epochs: prep.epochs, learningRate: prep.learningRate,
    seed: prep.seed, trainedRows: prep.n, finalLoss,
  };
}

/** Checks a stored model before scoring with it. */
export function requireModel(model: unknown): RiskModel {
  const m = model as RiskModel;
  if (m === null || typeof m !== 'object') throw badInput('model must be a trained risk model object', 'model');
  if (m.kind !== 'mlp' && m.kind !== 'logistic') throw badInput(`model.kind must be 'mlp' or 'logistic' (got ${show(m.kind)})`, 'model.kind');
  if (m.version !== 1) throw badInput(`model.version ${show(m.version)} is not supported (expected 1)`, 'model.version');
  if (m.featureCount !== F) throw badInput(`model.featureCount must be ${F} (got ${show(m.featureCount)})`, 'model.featureCount');
  const hidden = m.kind === 'logistic' ? 0 : m.hidden;
  if (!Number.isInteger(hidden) || hidden < 0 || hidden > 64 || (m.kind === 'mlp' && hidden === 0)) {
    throw badInput(`model.hidden must be an integer from 1 to 64 (got ${show(m.hidden)})`, 'model.hidden');
  }
  const lists: [string, unknown, number][] = [['weights', m.weights, paramCount(hidden)], ['means', m.means, F], ['stds', m.stds, F]];
  for (const [name, list, len] of lists) {
    if (!Array.isArray(list) || list.length !== len) throw badInput(`model.${name} must have ${len} numbers`, `model.${name}`);
    list.forEach((v, i) => {
      if (typeof v !== 'number' || !Number.isFinite(v) || (name === 'stds' && !(v > 0))) {
        throw badInput(`model.${name}[${i}] must be a finite${name === 'stds' ? ' positive' : ''} number (got ${show(v)})`, `model.${name}`, i);
      }
    });
  }
  return m;
}
