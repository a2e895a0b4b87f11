// Plain TypeScript twin of assembly/risk.ts (same loop order and formulas): the tests compare the
// WASM model against it and the benchmark times it.
import { paramCount, prepareTraining, requireModel, requireRows, standardise, toModel } from '../risk-model.js';
import { RISK_FEATURES as F, type RiskExplanation, type RiskModel, type RiskTrainingInput, type RiskTrainOptions } from '../risk-types.js';

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

function logit(h: number, p: Float64Array, x: Float64Array, off: number, hid: Float64Array): number {
  if (h === 0) {
    let z = p[F]!;
    for (let k = 0; k < F; k++) z += p[k]! * x[off + k]!;
    return z;
  }
  const b1 = h * F, w2 = b1 + h;
  let o = p[w2 + h]!;
  for (let j = 0; j < h; j++) {
    let z = p[b1 + j]!;
    for (let k = 0; k < F; k++) z += p[j * F + k]! * x[off + k]!;
    const a = z > 0 ? z : 0;
    hid[j] = a;
    o += p[w2 + j]! * a;
  }
  return o;
}

export function trainEpochs(
  h: number, x: Float64Array, y: Float64Array, n: number, p: Float64Array, m: Float64Array, v: Float64Array,
  epochs: number, lr: number, t0: number,
): number {
  const P = paramCount(h);
  const g = new Float64Array(P), hid = new Float64Array(Math.max(h, 1));
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  let loss = 0;
  for (let e = 0; e < epochs; e++) {
    g.fill(0);
    loss = 0;
    for (let i = 0; i < n; i++) {
      const off = i * F;
      const prob = sigmoid(logit(h, p, x, off, hid));
      const err = prob - y[i]!;
      loss += err * err;
      const d = (2 * err * prob * (1 - prob)) / n;
      if (h === 0) {
        for (let k = 0; k < F; k++) g[k]! += d * x[off + k]!;
        g[F]! += d;
      } else {
        const ob1 = h * F, ow2 = ob1 + h;
        for (let j = 0; j < h; j++) {
          const a = hid[j]!;
          g[ow2 + j]! += d * a;
          if (a > 0) {
            const dz = d * p[ow2 + j]!;
            g[ob1 + j]! += dz;
            for (let k = 0; k < F; k++) g[j * F + k]! += dz * x[off + k]!;
          }
        }
        g[ow2 + h]! += d;
      }
    }
    loss /= n;
    const t = t0 + e + 1;
    const c1 = 1 - Math.pow(b1, t), c2 = 1 - Math.pow(b2, t);
    for (let q = 0; q < P; q++) {
      const gq = g[q]!;
      const mq = b1 * m[q]! + (1 - b1) * gq;
      const vq = b2 * v[q]! + (1 - b2) * gq * gq;
      m[q] = mq;
      v[q] = vq;
      p[q] = p[q]! - (lr * (mq / c1)) / (Math.sqrt(vq / c2) + eps);
    }
  }
  return loss;
}

export function trainRiskModelReference(input: RiskTrainingInput, options: RiskTrainOptions = {}): RiskModel {
  const prep = prepareTraining(input, options);
  const P = prep.params.length;
  const p = prep.params.slice();
  const loss = trainEpochs(prep.hidden, prep.x, prep.y, prep.n, p, new Float64Array(P), new Float64Array(P), prep.epochs, prep.learningRate, 0);
  return toModel(prep, p, loss);
}

export function predictRiskReference(model: RiskModel, rows: ArrayLike<number>[]): number[] {
  const m = requireModel(model);
  const x = standardise(requireRows(rows, 'rows'), m.means, m.stds);
  const p = Float64Array.from(m.weights), hid = new Float64Array(Math.max(m.hidden, 1));
  const h = m.kind === 'logistic' ? 0 : m.hidden;
  return Array.from({ length: x.length / F }, (_, i) => sigmoid(logit(h, p, x, i * F, hid)));
}

/** Exact Shapley values over all 2^10 coalitions; absent features sit at the training mean. */
export function explainRiskReference(model: RiskModel, rows: ArrayLike<number>[]): RiskExplanation {
  const m = requireModel(model);
  const x = standardise(requireRows(rows, 'rows'), m.means, m.stds);
  const p = Float64Array.from(m.weights), hid = new Float64Array(Math.max(m.hidden, 1));
  const h = m.kind === 'logistic' ? 0 : m.hidden;
  const fact = (k: number): number => (k <= 1 ? 1 : k * fact(k - 1));
  const w = Array.from({ length: F }, (_, s) => (fact(s) * fact(F - s - 1)) / fact(F));
  const fv = new Float64Array(1 << F), z = new Float64Array(F);
  const values: number[][] = [];
  for (let i = 0; i < x.length / F; i++) {
    for (let mask = 0; mask < 1 << F; mask++) {
      for (let k = 0; k < F; k++) z[k] = (mask >> k) & 1 ? x[i * F + k]! : 0;
      fv[mask] = sigmoid(logit(h, p, z, 0, hid));
    }
    const phi: number[] = [];
    for (let k = 0; k < F; k++) {
      let s = 0;
      for (let mask = 0; mask < 1 << F; mask++) {
        if (mask & (1 << k)) continue;
        s += w[popcount(mask)]! * (fv[mask | (1 << k)]! - fv[mask]!);
      }
      phi.push(s);
    }
    values.push(phi);
  }
  return { baseline: sigmoid(logit(h, p, new Float64Array(F), 0, hid)), values };
}

function popcount(v: number): number {
  let c = 0;
  for (; v; v &= v - 1) c++;
  return c;
}
