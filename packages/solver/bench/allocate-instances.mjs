import { rng } from './rng.mjs';

// A bonus round: target bonus by level as weight, band coefficients from review scores, floors
// (a guaranteed minimum for some) and caps (a multiple of target for everyone), pool = 1.1 ×
// the target total so that both floors and caps bind for a share of people.
export function allocateInstance(n, seed = 3) {
  const r = rng(seed);
  const levels = [1, 1.5, 2.2, 3.3, 5];
  const bandC = [0, 0.5, 1, 1.3, 1.8];
  const weights = new Float64Array(n);
  const coefficients = new Float64Array(n);
  const floors = new Float64Array(n);
  const caps = new Float64Array(n);
  let target = 0;
  for (let i = 0; i < n; i++) {
    const w = levels[Math.floor(r() * levels.length)] * 1000;
    weights[i] = w;
    coefficients[i] = bandC[Math.min(4, Math.floor(r() * 5.5))];
    floors[i] = r() < 0.3 ? 0.4 * w : 0;
    caps[i] = 1.6 * w;
    target += w;
  }
  return { pool: Math.round(1.1 * target), weights, coefficients, floors, caps };
}

// The baseline: one plain pass over the same inputs (weight × coefficient, clamped, summed).
export function streamingPass(p) {
  const { weights: w, coefficients: c, floors: f, caps: h } = p;
  let s = 0;
  for (let i = 0; i < w.length; i++) s += Math.min(Math.max(w[i] * c[i], f[i]), h[i]);
  return s;
}
