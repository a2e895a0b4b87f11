import { describe, expect, it } from 'vitest';
import { referenceBand } from './reference/band.js';
import { randInt, rng } from './reference/rng.js';
import { testSolver } from './testing/solver.js';

const solver = await testSolver();

describe('band', () => {
  it("the document's three bands", () => {
    const out = solver.band(Float64Array.from([95, 90, 89.9, 70, 60, 60.0001, -Infinity, Infinity]), [90, 60], [1.5, 1, 0.5]);
    expect(Array.from(out)).toEqual([1.5, 1, 1, 1, 0.5, 1, 0.5, 1.5]);
  });

  it('matches the reference for 1 to 14 bands, including scores on the thresholds', () => {
    const r = rng(9);
    for (let k = 1; k <= 14; k++) {
      const thresholds = Array.from({ length: k - 1 }, () => randInt(r, 0, 100)).sort((a, b) => b - a)
        .filter((t, i, all) => i === 0 || t < all[i - 1]!);
      const coefficients = Array.from({ length: thresholds.length + 1 }, () => Math.round(r() * 300) / 100);
      const scores = Float64Array.from({ length: 500 }, (_, i) => (i % 3 === 0 ? thresholds[i % Math.max(1, thresholds.length)] ?? 50 : r() * 110 - 5));
      const out = solver.band(scores, thresholds, coefficients);
      scores.forEach((s, i) => expect(out[i], `score ${s}`).toBe(referenceBand(s, thresholds, coefficients)));
    }
  });

  it('errors name what is wrong', () => {
    expect(() => solver.band(Float64Array.from([1, NaN]), [1], [1, 2])).toThrow('scores[1] is NaN');
    expect(() => solver.band(new Float64Array(1), [60, 90], [1, 2, 3])).toThrow(
      'thresholds must be strictly descending: thresholds[1] (90) is not below thresholds[0] (60)',
    );
    expect(() => solver.band(new Float64Array(1), [90, 90], [1, 2, 3])).toThrow('strictly descending');
    expect(() => solver.band(new Float64Array(1), [90, 60], [1, 2])).toThrow(
      'coefficients needs 3 entries (one more than thresholds) but has 2',
    );
    expect(() => solver.band(new Float64Array(1), [Infinity], [1, 2])).toThrow('thresholds[0] must be a finite number (got Infinity)');
    expect(() => solver.band(new Float64Array(1), [1], [1, NaN])).toThrow('coefficients[1] must be a finite number (got NaN)');
  });
});
