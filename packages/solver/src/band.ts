import { badInput } from './errors.js';
import { requireFloat64 } from './validate.js';
import { Arena, Status, type SolverExports } from './wasm.js';

export function band(ex: SolverExports, scores: Float64Array, thresholds: number[], coefficients: number[]): Float64Array {
  requireFloat64(scores, 'scores');
  if (!Array.isArray(thresholds)) throw badInput('thresholds must be an array of numbers', 'thresholds');
  if (!Array.isArray(coefficients)) throw badInput('coefficients must be an array of numbers', 'coefficients');
  thresholds.forEach((t, j) => {
    if (typeof t !== 'number' || !Number.isFinite(t)) {
      throw badInput(`thresholds[${j}] must be a finite number (got ${t})`, 'thresholds', j);
    }
    if (j > 0 && !(t < thresholds[j - 1]!)) {
      throw badInput(
        `thresholds must be strictly descending: thresholds[${j}] (${t}) is not below thresholds[${j - 1}] (${thresholds[j - 1]})`,
        'thresholds', j,
      );
    }
  });
  if (coefficients.length !== thresholds.length + 1) {
    throw badInput(
      `coefficients needs ${thresholds.length + 1} entries (one more than thresholds) but has ${coefficients.length}`,
      'coefficients',
    );
  }
  coefficients.forEach((c, j) => {
    if (typeof c !== 'number' || !Number.isFinite(c)) {
      throw badInput(`coefficients[${j}] must be a finite number (got ${c})`, 'coefficients', j);
    }
  });
  const n = scores.length;
  const k1 = thresholds.length;
  const arena = new Arena(ex);
  const sPtr = arena.alloc(n * 8);
  const tPtr = arena.alloc(k1 * 8);
  const cPtr = arena.alloc((k1 + 1) * 8);
  const oPtr = arena.alloc(n * 8);
  arena.f64(sPtr, n).set(scores);
  arena.f64(tPtr, k1).set(thresholds);
  arena.f64(cPtr, k1 + 1).set(coefficients);
  const status = ex.band(sPtr, n, tPtr, k1, cPtr, oPtr);
  if (status !== Status.OK) {
    const i = ex.lastErrorIndex();
    throw badInput(`scores[${i}] is NaN`, 'scores', i);
  }
  return arena.f64(oPtr, n).slice();
}
