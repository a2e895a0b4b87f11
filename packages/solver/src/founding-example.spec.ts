import { describe, expect, it } from 'vitest';
import example from './fixtures/founding-example.json' with { type: 'json' };
import { expectClose } from './testing/checks.js';
import { testSolver } from './testing/solver.js';

const solver = await testSolver();

describe('the founding worked example', () => {
  const weights = Float64Array.from(example.weights);
  const coefficients = Float64Array.from(example.coefficients);

  it('uses the document data: ω_1 = 0.3, the other nine 0.7/9, weights summing to 1', () => {
    expect(weights[0]).toBe(0.3);
    for (let i = 1; i < 10; i++) expect(weights[i]).toBe(0.7 / 9);
    expectClose(weights.reduce((s, w) => s + w, 0), 1, 1e-15);
  });

  it('returns y_i = D ω_i c_i / Σ ω_j c_j', () => {
    const r = solver.allocate({ pool: example.pool, weights, coefficients });
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += weights[i]! * coefficients[i]!;
    for (let i = 0; i < 10; i++) {
      const closedForm = (example.pool * weights[i]! * coefficients[i]!) / sum;
      expectClose(r.amounts[i]!, closedForm, 1e-12);
      expectClose(r.amounts[i]!, example.expected[i]!, 1e-12);
    }
    expectClose(r.lambda, sum / example.pool, 1e-12);
    expect(Array.from(r.bound)).toEqual(new Array(10).fill(0));
    expectClose(r.amounts.reduce((s, y) => s + y, 0), example.pool, 1e-12);
  });

  it('in hundredths adds up to exactly 10 by largest remainder', () => {
    const r = solver.allocate({ pool: example.pool, weights, coefficients, unit: example.unit });
    const hundredths = Array.from(r.amounts, (y) => Math.round(y / example.unit));
    r.amounts.forEach((y, i) => expectClose(y, hundredths[i]! * example.unit, 1e-12));
    expect(hundredths.reduce((s, h) => s + h, 0)).toBe(1000);
    expect(hundredths).toEqual(example.expectedHundredths);
    expect(Array.from(r.units!)).toEqual(example.expectedHundredths);
  });
});
