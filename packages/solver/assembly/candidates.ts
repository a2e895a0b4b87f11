// Each row's K cheapest columns, collected during the single validation pass over the matrix
// (assign.ts) for the warm start. Per row a max-heap of K (cost, column) slots: the root is the
// bar a new entry must beat, and replacing it costs log K.

import { f64At, setF64, i32At, setI32 } from './arena';

export const K: i32 = 16;

export let candCol: usize = 0;
export let candCost: usize = 0;
export let candCount: usize = 0;

export function beginCandidates(col: usize, cost: usize, count: usize): void {
  candCol = col;
  candCost = cost;
  candCount = count;
}

/** Threshold below which an entry enters row i's candidates. */
@inline export function candidateBar(i: i32): f64 {
  return i32At(candCount, i) < K ? Infinity : f64At(candCost, i * K);
}

export function candidateCount(i: i32): i32 {
  return i32At(candCount, i);
}

export function resetCandidates(i: i32): void {
  setI32(candCount, i, 0);
}

/** Smallest candidate cost of row i (+Infinity when it has none). */
export function candidateMin(i: i32): f64 {
  let m = Infinity;
  const cnt = i32At(candCount, i);
  for (let e = 0; e < cnt; e++) m = min(m, f64At(candCost, i * K + e));
  return m;
}

/** Adds (j, h) to row i's candidates; call only when h < candidateBar(i). */
export function addCandidate(i: i32, j: i32, h: f64): void {
  const base = i * K;
  const cnt = i32At(candCount, i);
  let p: i32;
  if (cnt < K) {
    // Append and sift up.
    setI32(candCount, i, cnt + 1);
    p = cnt;
    while (p > 0) {
      const q = (p - 1) >> 1;
      if (f64At(candCost, base + q) >= h) break;
      setF64(candCost, base + p, f64At(candCost, base + q));
      setI32(candCol, base + p, i32At(candCol, base + q));
      p = q;
    }
  } else {
    // Replace the largest (the root) and sift down.
    p = 0;
    while (true) {
      let q = 2 * p + 1;
      if (q >= K) break;
      if (q + 1 < K && f64At(candCost, base + q + 1) > f64At(candCost, base + q)) q++;
      if (f64At(candCost, base + q) <= h) break;
      setF64(candCost, base + p, f64At(candCost, base + q));
      setI32(candCol, base + p, i32At(candCol, base + q));
      p = q;
    }
  }
  setF64(candCost, base + p, h);
  setI32(candCol, base + p, j);
}
