// The exact phase of JV: Dijkstra from one free row over reduced costs c_ij - v_j, stopping at
// the first free column, then prices of the finished columns drop and the path is flipped.

import { f64At, setF64, i32At, setI32 } from './arena';

// `list` holds the columns partitioned into [0,low) scanned, [low,up) at the current minimum
// and [up,m) the rest.
export function augment(
  c: usize, m: i32, freeRow: i32, x: usize, y: usize, v: usize, d: usize, pred: usize, list: usize,
): bool {
  const row0 = c + (<usize>freeRow * <usize>m << 3);
  for (let j = 0; j < m; j++) {
    setF64(d, j, f64At(row0, j) - f64At(v, j));
    setI32(pred, j, freeRow);
    setI32(list, j, j);
  }
  let low = 0;
  let up = 0;
  let last = 0;
  let min: f64 = 0;
  let end = -1;
  // Each scan also tracks the minimum over the columns it visits (preferring free columns on
  // ties); when the scan moved nothing into the current level, that is the next level's minimum
  // and the separate search pass is skipped. On continuous costs that halves the work.
  let fused = false;
  let fMin: f64 = Infinity;
  let fK = -1;
  while (end < 0) {
    if (up == low) {
      last = low;
      if (fused) {
        min = fMin;
        if (min == Infinity) return false;
        const j = i32At(list, fK);
        setI32(list, fK, i32At(list, up));
        setI32(list, up++, j);
        if (i32At(y, j) < 0) {
          end = j;
          break;
        }
      } else {
        min = f64At(d, i32At(list, up++));
        for (let k = up; k < m; k++) {
          const j = i32At(list, k);
          const h = f64At(d, j);
          if (h <= min) {
            if (h < min) {
              up = low;
              min = h;
            }
            setI32(list, k, i32At(list, up));
            setI32(list, up++, j);
          }
        }
        if (min == Infinity) return false;
        for (let k = low; k < up; k++) {
          const j = i32At(list, k);
          if (i32At(y, j) < 0) {
            end = j;
            break;
          }
        }
        if (end >= 0) break;
      }
    }
    const j1 = i32At(list, low++);
    const i = i32At(y, j1);
    const row = c + (<usize>i * <usize>m << 3);
    const h = f64At(row, j1) - f64At(v, j1) - min;
    const up0 = up;
    fMin = Infinity;
    fK = -1;
    for (let k = up; k < m; k++) {
      const j = i32At(list, k);
      const v2 = f64At(row, j) - f64At(v, j) - h;
      let dj = f64At(d, j);
      if (v2 < dj) {
        setI32(pred, j, i);
        setF64(d, j, v2);
        dj = v2;
        if (v2 <= min) {
          if (i32At(y, j) < 0) {
            end = j;
            break;
          }
          setI32(list, k, i32At(list, up));
          setI32(list, up++, j);
          continue;
        }
      }
      if (dj <= fMin && (dj < fMin || i32At(y, j) < 0)) {
        fMin = dj;
        fK = k;
      }
    }
    fused = up == up0;
  }
  // Columns scanned before the final minimum was reached get their prices lowered.
  for (let k = 0; k < last; k++) {
    const j = i32At(list, k);
    setF64(v, j, f64At(v, j) + f64At(d, j) - min);
  }
  let j = end;
  while (true) {
    const i = i32At(pred, j);
    setI32(y, j, i);
    const next = i32At(x, i);
    setI32(x, i, j);
    if (i == freeRow) break;
    j = next;
  }
  return true;
}

