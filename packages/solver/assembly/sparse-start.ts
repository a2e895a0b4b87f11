// Warm start for square dense problems: solve the assignment restricted to each row's K cheapest
// columns (augmenting row reduction, then shortest augmenting paths with a binary heap over that
// sparse graph); jv.ts then keeps only the rows still at their dense row minimum under the
// resulting prices. On continuous costs the optimum lies almost entirely inside the candidates,
// so the exact dense phases that follow have little left to do; where it fails (plateaus) they
// simply get more free rows.

import { f64At, setF64, i32At, setI32 } from './arena';

import { K, candCol, candCost, candCount } from './candidates';

// Lazy binary min-heap of (distance, column).
let heapKey: usize = 0;
let heapCol: usize = 0;
let heapSize: i32 = 0;

function push(key: f64, col: i32): void {
  let p = heapSize++;
  while (p > 0) {
    const q = (p - 1) >> 1;
    const kq = f64At(heapKey, q);
    if (kq <= key) break;
    setF64(heapKey, p, kq);
    setI32(heapCol, p, i32At(heapCol, q));
    p = q;
  }
  setF64(heapKey, p, key);
  setI32(heapCol, p, col);
}

// Pops the top into popKey/popCol.
let popKey: f64 = 0;
let popCol: i32 = 0;

function pop(): void {
  popKey = f64At(heapKey, 0);
  popCol = i32At(heapCol, 0);
  const n = --heapSize;
  const key = f64At(heapKey, n);
  const col = i32At(heapCol, n);
  let p = 0;
  while (true) {
    let q = 2 * p + 1;
    if (q >= n) break;
    if (q + 1 < n && f64At(heapKey, q + 1) < f64At(heapKey, q)) q++;
    if (f64At(heapKey, q) >= key) break;
    setF64(heapKey, p, f64At(heapKey, q));
    setI32(heapCol, p, i32At(heapCol, q));
    p = q;
  }
  setF64(heapKey, p, key);
  setI32(heapCol, p, col);
}

/**
 * Augmenting row reduction on the candidates (as in jv.ts, but each step costs K, not n), from
 * v = 0 with every row free; at most maxSteps steps. Afterwards matched rows are tight within
 * their candidates, which is all the sparse shortest paths need.
 */
export function sparseArr(n: i32, x: usize, y: usize, v: usize, free: usize, maxSteps: i64): void {
  for (let i = 0; i < n; i++) setI32(free, i, i);
  let numFree = n;
  let steps: i64 = 0;
  for (let pass = 0; pass < 2; pass++) {
    let k = 0;
    const prv = numFree;
    numFree = 0;
    while (k < prv) {
      const i = i32At(free, k++);
      if (++steps > maxSteps) return;
      const base = i * K;
      const cnt = i32At(candCount, i);
      let u1 = Infinity, u2 = Infinity;
      let j1 = -1, j2 = -1;
      for (let e = 0; e < cnt; e++) {
        const j = i32At(candCol, base + e);
        const h = f64At(candCost, base + e) - f64At(v, j);
        if (h < u1) {
          u2 = u1;
          j2 = j1;
          u1 = h;
          j1 = j;
        } else if (h < u2) {
          u2 = h;
          j2 = j;
        }
      }
      if (j1 < 0) continue; // no candidates: stays free for the dense phases
      let i0 = i32At(y, j1);
      const strict = u1 < u2 && u2 < Infinity;
      if (strict) {
        setF64(v, j1, f64At(v, j1) - (u2 - u1));
      } else if (i0 >= 0 && u1 == u2) {
        j1 = j2;
        i0 = i32At(y, j2);
      }
      setI32(x, i, j1);
      setI32(y, j1, i);
      if (i0 >= 0) {
        setI32(x, i0, -1);
        if (strict) setI32(free, --k, i0);
        else setI32(free, numFree++, i0);
      }
    }
  }
}

/**
 * Sparse shortest augmenting paths over the candidates, for every still free row (rows without a
 * path stay free), n rows and m ≥ n columns. Needs d (f64 × m, all +Infinity), pred, state,
 * touched (i32 × m) and a heap with room for n·K + K entries. Gives up after `budget` scanned
 * rows (pathological ties).
 */
export function sparseSolve(
  c: usize, n: i32, m: i32, x: usize, y: usize, v: usize, d: usize, pred: usize, state: usize,
  touched: usize, keys: usize, cols: usize, budget: i64,
): void {
  heapKey = keys;
  heapCol = cols;
  let work: i64 = 0;
  for (let j = 0; j < m; j++) setI32(state, j, 0);
  for (let f = 0; f < n && work < budget; f++) {
    if (i32At(x, f) >= 0) continue;
    heapSize = 0;
    touchedCount = 0;
    relax(f, 0, d, pred, state, touched, v);
    let end = -1;
    let dist: f64 = 0;
    while (heapSize > 0) {
      pop();
      const j = popCol;
      if (i32At(state, j) == 2 || popKey > f64At(d, j)) continue; // stale heap entry
      dist = popKey;
      if (i32At(y, j) < 0) {
        end = j;
        break;
      }
      setI32(state, j, 2);
      const i = i32At(y, j);
      relax(i, f64At(c, i * m + j) - f64At(v, j) - dist, d, pred, state, touched, v);
      work++;
    }
    if (end >= 0) {
      // Same price update as the dense phase: scanned columns drop by (final - own) distance.
      for (let t = 0; t < touchedCount; t++) {
        const j = i32At(touched, t);
        if (i32At(state, j) == 2) setF64(v, j, f64At(v, j) + f64At(d, j) - dist);
      }
      let j = end;
      while (true) {
        const i = i32At(pred, j);
        setI32(y, j, i);
        const next = i32At(x, i);
        setI32(x, i, j);
        if (i == f) break;
        j = next;
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const j = i32At(touched, t);
      setF64(d, j, Infinity);
      setI32(state, j, 0);
    }
  }
}

let touchedCount: i32 = 0;

// Relaxes row i's candidates with offset h (its dual); state 0 untouched, 1 touched, 2 scanned.
function relax(i: i32, h: f64, d: usize, pred: usize, state: usize, touched: usize, v: usize): void {
  const base = i * K;
  const cnt = i32At(candCount, i);
  for (let e = 0; e < cnt; e++) {
    const j = i32At(candCol, base + e);
    const st = i32At(state, j);
    if (st == 2) continue;
    const nd = f64At(candCost, base + e) - f64At(v, j) - h;
    if (nd < f64At(d, j)) {
      if (st == 0) {
        setI32(state, j, 1);
        setI32(touched, touchedCount++, j);
      }
      setF64(d, j, nd);
      setI32(pred, j, i);
      push(nd, j);
    }
  }
}
