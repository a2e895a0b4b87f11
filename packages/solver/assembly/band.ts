// The founding band function with k bands: thresholds t[0] > t[1] > … > t[k-2], coefficients
// c[0..k-1]; c[0] if s > t[0], c[j] if t[j-1] ≥ s > t[j], c[k-1] if s ≤ t[k-2]. The band index
// is the number of thresholds ≥ s, counted branch-free for the usual handful of bands and by
// binary search when there are many.

import { f64At, setF64 } from './arena';
import { OK, NAN_VALUE, fail } from './status';

export function band(scores: usize, n: i32, thresholds: usize, k1: i32, coeffs: usize, out: usize): i32 {
  if (k1 <= 8) {
    for (let i = 0; i < n; i++) {
      const s = f64At(scores, i);
      if (isNaN(s)) return fail(NAN_VALUE, 0, i, s);
      let idx = 0;
      for (let j = 0; j < k1; j++) idx += <i32>(f64At(thresholds, j) >= s);
      setF64(out, i, f64At(coeffs, idx));
    }
    return OK;
  }
  for (let i = 0; i < n; i++) {
    const s = f64At(scores, i);
    if (isNaN(s)) return fail(NAN_VALUE, 0, i, s);
    // First index whose threshold is below s (thresholds descend).
    let lo = 0;
    let hi = k1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (f64At(thresholds, mid) >= s) lo = mid + 1;
      else hi = mid;
    }
    setF64(out, i, f64At(coeffs, lo));
  }
  return OK;
}
