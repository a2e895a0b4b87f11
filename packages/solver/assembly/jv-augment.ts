// The exact phase of JV: Dijkstra from one free row over reduced costs c_ij - v_j, stopping at
// the first free column, then prices of the finished columns drop and the path is flipped.
// Columns are scanned in natural order, two per SIMD step, with a lane mask for the ones still
// to do: LAPJV's permuted todo list makes every access a gather and every comparison a branch,
// which costs more than also passing over the finished columns (13 % less time on the 2000²
// plateau classes). Each scan also yields the next minimum over the todo columns and the
// smallest free one, so levels need no separate search pass.

import { f64At, setF64, i32At, setI32 } from './arena';

// Scratch set by augmentBegin: todo lane masks and free-column lane masks (i64 × m, -1 = yes),
// predecessor rows (i64 × m), and the finished columns in order (i32 × m).
let todo: usize = 0;
let freeCol: usize = 0;
let pred: usize = 0;
let done: usize = 0;

/** Before the augmentations: scratch of 8(m+1) bytes for todo, freeArr and predArr, 4m for doneArr. */
export function augmentBegin(m: i32, y: usize, todoArr: usize, freeArr: usize, predArr: usize, doneArr: usize): void {
  todo = todoArr;
  freeCol = freeArr;
  pred = predArr;
  done = doneArr;
  for (let j = 0; j < m; j++) store<i64>(freeCol + (<usize>j << 3), i32At(y, j) < 0 ? -1 : 0);
  // Odd m: the padding lane is never todo and never free.
  if (m & 1) {
    store<i64>(freeCol + (<usize>m << 3), 0);
    store<i64>(todo + (<usize>m << 3), 0);
  }
}

// Results of one scan: minimum todo distance and its column, same for free todo columns, and
// the first column that reached the current level while free (or -1).
let nMin: f64 = 0;
let nCol: i32 = -1;
let fMin: f64 = 0;
let fCol: i32 = -1;
let hitFree: i32 = -1;
let up: i32 = 0;

// Column j reached the current level during a scan: finished; a free one ends the search.
@inline function reach(j: i32): void {
  if (hitFree < 0 && load<i64>(freeCol + (<usize>j << 3)) != 0) hitFree = j;
  setI32(done, up++, j);
}

// Relaxes every todo column from `row` with offset h (min-level columns join `done`), tracking
// the next minimum; `init` sets d, pred and todo for the start row instead. Two columns per
// step; the running minima use pmin so their dependency chain is one instruction per step.
@inline function scan(row: usize, v: usize, d: usize, h: f64, i: i32, level: f64, m: i32, init: bool): void {
  const hv = f64x2.splat(h);
  const lv = f64x2.splat(level);
  const iv = i64x2.splat(<i64>i);
  const inf = f64x2.splat(Infinity);
  const two = f64x2.splat(2);
  let m1 = inf, f1 = inf;
  let k1 = f64x2.splat(-1), g1 = k1;
  let jv = f64x2(0, 1);
  const todoP = todo, predP = pred, freeP = freeCol;
  for (let j = 0; j < m; j += 2) {
    const off = <usize>j << 3;
    const nd = f64x2.sub(f64x2.sub(v128.load(row + off), v128.load(v + off)), hv);
    let mask: v128;
    let dj: v128;
    if (init) {
      dj = nd;
      mask = j + 1 < m ? i64x2.splat(-1) : i64x2(-1, 0); // odd m: the padding lane is no column
      v128.store(predP + off, iv);
      v128.store(todoP + off, mask);
    } else {
      mask = v128.load(todoP + off);
      const old = v128.load(d + off);
      const lt = v128.and(f64x2.lt(nd, old), mask);
      dj = v128.bitselect(nd, old, lt);
      v128.store(predP + off, v128.bitselect(iv, v128.load(predP + off), lt));
      // A column reaching the current level leaves todo at once (rare on continuous costs).
      const hit = v128.and(lt, f64x2.le(nd, lv));
      if (v128.any_true(hit)) {
        if (i64x2.extract_lane(hit, 0) != 0) reach(j);
        if (i64x2.extract_lane(hit, 1) != 0) reach(j + 1);
        mask = v128.andnot(mask, hit);
        v128.store(todoP + off, mask);
      }
    }
    v128.store(d + off, dj);
    const dm = v128.bitselect(dj, inf, mask);
    k1 = v128.bitselect(jv, k1, f64x2.lt(dm, m1));
    m1 = f64x2.pmin(m1, dm);
    const fm = v128.bitselect(dm, inf, v128.load(freeP + off));
    g1 = v128.bitselect(jv, g1, f64x2.lt(fm, f1));
    f1 = f64x2.pmin(f1, fm);
    jv = f64x2.add(jv, two);
  }
  const a = f64x2.extract_lane(m1, 0), b = f64x2.extract_lane(m1, 1);
  nMin = b < a ? b : a;
  nCol = <i32>(b < a ? f64x2.extract_lane(k1, 1) : f64x2.extract_lane(k1, 0));
  const p = f64x2.extract_lane(f1, 0), q = f64x2.extract_lane(f1, 1);
  fMin = q < p ? q : p;
  fCol = <i32>(q < p ? f64x2.extract_lane(g1, 1) : f64x2.extract_lane(g1, 0));
}

/** Shortest augmenting path from freeRow; false when no free column is reachable. */
export function augment(c: usize, m: i32, freeRow: i32, x: usize, y: usize, v: usize, d: usize): bool {
  const row0 = c + (<usize>freeRow * <usize>m << 3);
  hitFree = -1;
  up = 0;
  scan(row0, v, d, 0, freeRow, 0, m, true);
  let low = 0;
  let min: f64 = 0;
  let end = -1;
  while (true) {
    if (hitFree >= 0) {
      end = hitFree;
      break;
    }
    if (low == up) {
      // Next level: the smallest todo distance; a free column there ends the search.
      min = nMin;
      if (min == Infinity) return false;
      if (fMin == min) {
        end = fCol;
        break;
      }
      store<i64>(todo + (<usize>nCol << 3), 0);
      setI32(done, up++, nCol);
    }
    const j1 = i32At(done, low++);
    const i = i32At(y, j1);
    const row = c + (<usize>i * <usize>m << 3);
    scan(row, v, d, f64At(row, j1) - f64At(v, j1) - min, i, min, m, false);
  }
  // Columns finished below the final level get their prices lowered (the level's own by 0).
  for (let k = 0; k < up; k++) {
    const j = i32At(done, k);
    setF64(v, j, f64At(v, j) + f64At(d, j) - min);
  }
  store<i64>(freeCol + (<usize>end << 3), 0);
  let j = end;
  while (true) {
    const i = <i32>load<i64>(pred + (<usize>j << 3));
    setI32(y, j, i);
    const next = i32At(x, i);
    setI32(x, i, j);
    if (i == freeRow) break;
    j = next;
  }
  return true;
}
