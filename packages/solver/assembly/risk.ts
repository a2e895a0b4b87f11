// The attrition-risk network (10 → hidden ReLU → 1 sigmoid; hidden = 0 is the logistic baseline)
// on standardised features: full-batch Adam on MSE, batch prediction and exact Shapley values.
// Parameter layout: W1[h*F] (row j = hidden unit j), b1[h], W2[h], b2 — or w[F], b when h = 0.
import { f64At, setF64 } from './arena';

const F: i32 = 10;
const COALITIONS: i32 = 1 << 10;

@inline function sigmoid(z: f64): f64 {
  return z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
}

export function riskParamCount(h: i32): i32 {
  return h == 0 ? F + 1 : h * F + h + h + 1;
}

/** Raw output (before the sigmoid) for one standardised row at x; hid receives the activations. */
function logit(h: i32, p: usize, x: usize, hid: usize): f64 {
  if (h == 0) {
    let z = f64At(p, F);
    for (let k = 0; k < F; k++) z += f64At(p, k) * f64At(x, k);
    return z;
  }
  const b1 = p + (<usize>(h * F) << 3);
  const w2 = b1 + (<usize>h << 3);
  let o = f64At(w2, h);
  for (let j = 0; j < h; j++) {
    let z = f64At(b1, j);
    const row = p + (<usize>(j * F) << 3);
    for (let k = 0; k < F; k++) z += f64At(row, k) * f64At(x, k);
    const a = z > 0 ? z : 0.0;
    setF64(hid, j, a);
    o += f64At(w2, j) * a;
  }
  return o;
}

/**
 * Runs `epochs` full-batch Adam steps from step t0 (so training can be chunked for progress).
 * m, v: Adam moments; g, hid: scratch. Returns the MSE before the last step.
 */
export function riskTrain(
  h: i32, x: usize, y: usize, n: i32, p: usize, m: usize, v: usize, g: usize, hid: usize,
  epochs: i32, lr: f64, t0: i32,
): f64 {
  const P = riskParamCount(h);
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  let loss: f64 = 0;
  for (let e = 0; e < epochs; e++) {
    for (let q = 0; q < P; q++) setF64(g, q, 0);
    loss = 0;
    for (let i = 0; i < n; i++) {
      const xi = x + (<usize>(i * F) << 3);
      const prob = sigmoid(logit(h, p, xi, hid));
      const err = prob - f64At(y, i);
      loss += err * err;
      const d = 2.0 * err * prob * (1.0 - prob) / <f64>n;
      if (h == 0) {
        for (let k = 0; k < F; k++) setF64(g, k, f64At(g, k) + d * f64At(xi, k));
        setF64(g, F, f64At(g, F) + d);
      } else {
        const ob1 = h * F, ow2 = ob1 + h;
        for (let j = 0; j < h; j++) {
          const a = f64At(hid, j);
          setF64(g, ow2 + j, f64At(g, ow2 + j) + d * a);
          if (a > 0) {
            const dz = d * f64At(p, ow2 + j);
            setF64(g, ob1 + j, f64At(g, ob1 + j) + dz);
            for (let k = 0; k < F; k++) setF64(g, j * F + k, f64At(g, j * F + k) + dz * f64At(xi, k));
          }
        }
        setF64(g, ow2 + h, f64At(g, ow2 + h) + d);
      }
    }
    loss /= <f64>n;
    const t = <f64>(t0 + e + 1);
    const c1 = 1.0 - Math.pow(b1, t), c2 = 1.0 - Math.pow(b2, t);
    for (let q = 0; q < P; q++) {
      const gq = f64At(g, q);
      const mq = b1 * f64At(m, q) + (1.0 - b1) * gq;
      const vq = b2 * f64At(v, q) + (1.0 - b2) * gq * gq;
      setF64(m, q, mq);
      setF64(v, q, vq);
      setF64(p, q, f64At(p, q) - lr * (mq / c1) / (Math.sqrt(vq / c2) + eps));
    }
  }
  return loss;
}

/** Probabilities for n standardised rows. */
export function riskPredict(h: i32, p: usize, x: usize, n: i32, hid: usize, out: usize): void {
  for (let i = 0; i < n; i++) setF64(out, i, sigmoid(logit(h, p, x + (<usize>(i * F) << 3), hid)));
}

/**
 * Exact Shapley values of the probability for n standardised rows: absent features take the
 * baseline 0 (the training mean). fv: 2^F + F scratch, z: F scratch; out: n*F values, then f(baseline).
 */
export function riskShapley(h: i32, p: usize, x: usize, n: i32, hid: usize, fv: usize, z: usize, out: usize): void {
  // Exact weights |S|!(F-|S|-1)!/F! by coalition size.
  // Kept after the 2^F values in fv (no allocator here: the arena owns memory).
  const w = fv + (<usize>COALITIONS << 3);
  for (let s = 0; s < F; s++) {
    let num: f64 = 1;
    for (let a = 2; a <= s; a++) num *= <f64>a;
    for (let a = 2; a <= F - s - 1; a++) num *= <f64>a;
    let den: f64 = 1;
    for (let a = 2; a <= F; a++) den *= <f64>a;
    setF64(w, s, num / den);
  }
  for (let i = 0; i < n; i++) {
    const xi = x + (<usize>(i * F) << 3);
    for (let mask = 0; mask < COALITIONS; mask++) {
      for (let k = 0; k < F; k++) setF64(z, k, (mask >> k) & 1 ? f64At(xi, k) : 0.0);
      setF64(fv, mask, sigmoid(logit(h, p, z, hid)));
    }
    const oi = out + (<usize>(i * F) << 3);
    for (let k = 0; k < F; k++) {
      const bit = 1 << k;
      let phi: f64 = 0;
      for (let mask = 0; mask < COALITIONS; mask++) {
        if (mask & bit) continue;
        phi += f64At(w, popcnt(mask)) * (f64At(fv, mask | bit) - f64At(fv, mask));
      }
      setF64(oi, k, phi);
    }
    if (i == 0) setF64(out, n * F, f64At(fv, 0));
  }
}
