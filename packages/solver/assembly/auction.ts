// Gauss–Seidel forward auction with ε-scaling on the column prices v (square problems only).
// Plateaus of near-equal costs defeat column reduction and the warm start; bidding with ε > 0
// finds good prices there without the endless zero-ε price wars of ARR. It is only a start:
// the bid count per round is capped and the exact phases that follow never rely on it.

import { f64At, setF64, i32At, setI32 } from './arena';
import { twoMin, u1g, u2g, j1g } from './two-min';

const EPS_DIVISOR: f64 = 10;
const EPS_FINAL: f64 = 1e-4; // relative to the cost range
const BIDS_PER_ROUND: i64 = 10; // × n

export function auction(c: usize, n: i32, x: usize, y: usize, v: usize, free: usize): void {
  let lo = Infinity, hi = -Infinity;
  const total = n * n;
  for (let k = 0; k < total; k++) {
    const h = f64At(c, k);
    if (h < Infinity) {
      lo = min(lo, h);
      hi = max(hi, h);
    }
  }
  const range = hi - lo;
  if (!(range > 0) || range == Infinity) return;
  const cap = BIDS_PER_ROUND * <i64>n;
  for (let eps = range / EPS_DIVISOR; eps > range * EPS_FINAL; eps /= EPS_DIVISOR) {
    for (let i = 0; i < n; i++) {
      setI32(x, i, -1);
      setI32(y, i, -1);
      setI32(free, i, i);
    }
    let count = n;
    let bids: i64 = 0;
    while (count > 0) {
      if (++bids > cap) return; // a price war: leave the rest to the exact phases
      const i = i32At(free, --count);
      twoMin(c + (<usize>i * <usize>n << 3), v, n);
      if (u1g == Infinity) return;
      // Bid: lower the best column's price until it is ε worse than the second best.
      const j1 = j1g;
      setF64(v, j1, f64At(v, j1) - (u2g < Infinity ? u2g - u1g : range) - eps);
      const i0 = i32At(y, j1);
      setI32(y, j1, i);
      setI32(x, i, j1);
      if (i0 >= 0) {
        setI32(x, i0, -1);
        setI32(free, count++, i0);
      }
    }
  }
}
