// Smallest and second smallest of row[j] - v[j] over j < m, with their columns. Four lanes
// (two v128 accumulator sets, so the compare-select chains of consecutive columns overlap)
// keep running (min1, col1, min2, col2) branch-free; they are merged at the end. Shared by ARR,
// the auction and the warm-start check, whose cost is almost all in this scan.

import { f64At } from './arena';

/** Results of the last twoMin call. */
export let u1g: f64 = 0;
export let u2g: f64 = 0;
export let j1g: i32 = 0;
export let j2g: i32 = 0;

@inline function mergeLane(a1: f64, ai1: i32, a2: f64, ai2: i32): void {
  if (a1 < u1g) {
    if (u1g < a2) {
      u2g = u1g;
      j2g = j1g;
    } else {
      u2g = a2;
      j2g = ai2;
    }
    u1g = a1;
    j1g = ai1;
  } else if (a1 < u2g) {
    u2g = a1;
    j2g = ai1;
  }
}

export function twoMin(row: usize, v: usize, m: i32): void {
  const inf = f64x2.splat(Infinity);
  const four = f64x2.splat(4);
  let m1 = inf, m2 = inf, n1 = inf, n2 = inf;
  let i1 = f64x2.splat(-1), i2 = i1, k1 = i1, k2 = i1;
  let jv = f64x2(0, 1);
  let kv = f64x2(2, 3);
  const quad = m & ~3;
  for (let j = 0; j < quad; j += 4) {
    const off = <usize>j << 3;
    const h = f64x2.sub(v128.load(row + off), v128.load(v + off));
    const g = f64x2.sub(v128.load(row + off, 16), v128.load(v + off, 16));
    const lt1 = f64x2.lt(h, m1);
    const lt2 = f64x2.lt(h, m2);
    const gt1 = f64x2.lt(g, n1);
    const gt2 = f64x2.lt(g, n2);
    m2 = v128.bitselect(m1, v128.bitselect(h, m2, lt2), lt1);
    i2 = v128.bitselect(i1, v128.bitselect(jv, i2, lt2), lt1);
    m1 = v128.bitselect(h, m1, lt1);
    i1 = v128.bitselect(jv, i1, lt1);
    n2 = v128.bitselect(n1, v128.bitselect(g, n2, gt2), gt1);
    k2 = v128.bitselect(k1, v128.bitselect(kv, k2, gt2), gt1);
    n1 = v128.bitselect(g, n1, gt1);
    k1 = v128.bitselect(kv, k1, gt1);
    jv = f64x2.add(jv, four);
    kv = f64x2.add(kv, four);
  }
  u1g = Infinity;
  u2g = Infinity;
  j1g = 0;
  j2g = -1;
  mergeLane(f64x2.extract_lane(m1, 0), <i32>f64x2.extract_lane(i1, 0), f64x2.extract_lane(m2, 0), <i32>f64x2.extract_lane(i2, 0));
  mergeLane(f64x2.extract_lane(m1, 1), <i32>f64x2.extract_lane(i1, 1), f64x2.extract_lane(m2, 1), <i32>f64x2.extract_lane(i2, 1));
  mergeLane(f64x2.extract_lane(n1, 0), <i32>f64x2.extract_lane(k1, 0), f64x2.extract_lane(n2, 0), <i32>f64x2.extract_lane(k2, 0));
  mergeLane(f64x2.extract_lane(n1, 1), <i32>f64x2.extract_lane(k1, 1), f64x2.extract_lane(n2, 1), <i32>f64x2.extract_lane(k2, 1));
  for (let j = quad; j < m; j++) mergeLane(f64At(row, j) - f64At(v, j), j, Infinity, -1);
  if (j1g < 0) j1g = 0; // every entry +Infinity: callers test u1g first
}
