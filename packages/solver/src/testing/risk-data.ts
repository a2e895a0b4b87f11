import { rng } from '../reference/rng.js';

/**
 * Deterministic synthetic people: ten raw features on different scales; the label follows a
 * logistic rule on features 0, 1 and 4 (with `noise` = 0 it is exactly separable).
 */
export function syntheticRisk(n: number, seed: number, noise = 0.5): { features: number[][]; labels: number[] } {
  const r = rng(seed);
  const features: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = Array.from({ length: 10 }, (_, k) => (r() - 0.5) * (k + 1) * 10 + k * 3);
    const s = (row[0]! - 0) / 5 - (row[1]! - 3) / 10 + (row[4]! - 12) / 25;
    const logit = noise === 0 ? s * 1e6 : s / noise;
    labels.push(r() < 1 / (1 + Math.exp(-logit)) ? 1 : 0);
    features.push(row);
  }
  return { features, labels };
}
