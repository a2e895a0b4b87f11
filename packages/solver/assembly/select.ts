// k-th smallest of an f64 array (0-based) by quickselect with a three-way partition, so long
// runs of equal values (common among rounding remainders) cost one pass. Reorders the array.

import { f64At, setF64 } from './arena';

export function selectKth(arr: usize, n: i32, k: i32): f64 {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    // Median of three as pivot keeps sorted or reversed input linear.
    const a = f64At(arr, lo);
    const b = f64At(arr, lo + ((hi - lo) >> 1));
    const c = f64At(arr, hi);
    const pivot = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
    // Invariant: [lo,lt) < pivot, [lt,i) == pivot, (gt,hi] > pivot.
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const x = f64At(arr, i);
      if (x < pivot) {
        setF64(arr, i++, f64At(arr, lt));
        setF64(arr, lt++, x);
      } else if (x > pivot) {
        setF64(arr, i, f64At(arr, gt));
        setF64(arr, gt--, x);
      } else {
        i++;
      }
    }
    if (k < lt) hi = lt - 1;
    else if (k > gt) lo = gt + 1;
    else return pivot;
  }
  return f64At(arr, k);
}
