// Rectangular linear assignment entry point: validates and normalises the matrix in one pass,
// transposes physically when rows > cols (so the shortest-path scans stay row-contiguous), runs
// JV on the smaller side and maps the result back.

import { arenaAlloc, f64At, setF64, i32At, setI32 } from './arena';
import { jv, JV_OK, JV_OUT_OF_MEMORY } from './jv';
import {
  K, addCandidate, beginCandidates, candidateBar, candidateCount, candidateMin, resetCandidates,
} from './candidates';
import { OK, NAN_VALUE, INFEASIBLE, WRONG_INFINITY, OUT_OF_MEMORY, fail, setResult } from './status';

/**
 * `cost` (rows×cols, row-major, owned by the wrapper: it is overwritten) → rowToCol, colToRow.
 * Result total in resultA(). Errors carry the flat index of the offending entry.
 */
export function assign(cost: usize, rows: i32, cols: i32, maximize: i32, rowToCol: usize, colToRow: usize): i32 {
  const total = <i32>(<i64>rows * <i64>cols);
  // Each row's K cheapest columns are collected in the same pass for the warm start (when the
  // rows are the smaller side; the transposed case is left to the plain phases).
  const sparse = rows <= cols && rows > K;
  if (sparse) {
    const col = arenaAlloc(<f64>rows * K * 4);
    const cst = arenaAlloc(<f64>rows * K * 8);
    const cnt = arenaAlloc(<f64>rows * 4);
    if (col == 0 || cst == 0 || cnt == 0) return fail(OUT_OF_MEMORY, 0, 0, 0);
    for (let i = 0; i < rows; i++) setI32(cnt, i, 0);
    beginCandidates(col, cst, cnt);
    guess = Infinity;
  }
  for (let i = 0; i < rows; i++) {
    const bad = prepareRow(cost, i, cols, maximize != 0, sparse);
    if (bad >= 0) return fail(badCode, 0, bad, f64At(cost, bad));
  }
  for (let i = 0; i < rows; i++) setI32(rowToCol, i, -1);
  for (let j = 0; j < cols; j++) setI32(colToRow, j, -1);
  if (rows == 0 || cols == 0) {
    setResult(0, 0);
    return OK;
  }
  const transposed = rows > cols;
  const n = transposed ? cols : rows;
  const m = transposed ? rows : cols;
  let c = cost;
  if (transposed) {
    c = arenaAlloc(<f64>total * 8);
    if (c == 0) return fail(OUT_OF_MEMORY, 0, 0, 0);
    transpose(cost, rows, cols, c);
  }
  const v = arenaAlloc(<f64>m * 8);
  const d = arenaAlloc(<f64>m * 8);
  const pred = arenaAlloc(<f64>m * 4);
  const list = arenaAlloc(<f64>m * 4);
  const free = arenaAlloc(<f64>n * 4);
  if (v == 0 || d == 0 || pred == 0 || list == 0 || free == 0) return fail(OUT_OF_MEMORY, 0, 0, 0);
  // On the transposed problem "rows" are the original columns.
  const x = transposed ? colToRow : rowToCol;
  const y = transposed ? rowToCol : colToRow;
  const status = jv(c, n, m, x, y, v, d, pred, list, free, sparse);
  if (status == JV_OUT_OF_MEMORY) return fail(OUT_OF_MEMORY, 0, 0, 0);
  if (status != JV_OK) {
    for (let i = 0; i < rows; i++) setI32(rowToCol, i, -1);
    for (let j = 0; j < cols; j++) setI32(colToRow, j, -1);
    return fail(INFEASIBLE, 0, -1, 0);
  }
  let sum: f64 = 0;
  for (let i = 0; i < rows; i++) {
    const j = i32At(rowToCol, i);
    if (j >= 0) sum += f64At(cost, i * cols + j);
  }
  setResult(maximize ? 0 - sum : sum, 0); // 0 - sum: no -0 totals
  return OK;
}

let badCode: i32 = 0;

// Candidate bar guess for the next row, from the previous row's K cheapest (see prepareRow).
let guess: f64 = Infinity;

// One row of the validation pass: minimisation internally (negate when maximising, so -Infinity
// becomes the forbidden +Infinity), NaN and wrong-infinity checks, candidate collection. Eight
// columns per step with one branch; the rare blocks that need attention (errors, candidates) are
// redone the scalar way. Returns the flat index of a bad entry (code in badCode), or -1.
// Streaming top-K insertions are costly (mispredicted heap sifts), so entries must also beat a
// bar guessed from the previous row; if fewer than K do, the row is rescanned without it.
function prepareRow(cost: usize, i: i32, cols: i32, maximize: bool, collect: bool): i32 {
  const row = cost + (<usize>i * <usize>cols << 3);
  let bar = collect ? guess : -Infinity;
  let barV = f64x2.splat(bar);
  const negInf = f64x2.splat(-Infinity);
  const blocks = cols & ~7;
  for (let j = 0; j < cols; j += 8) {
    if (j < blocks) {
      const p = row + (<usize>j << 3);
      let g0 = v128.load(p);
      let g1 = v128.load(p, 16);
      let g2 = v128.load(p, 32);
      let g3 = v128.load(p, 48);
      if (maximize) {
        g0 = f64x2.neg(g0);
        g1 = f64x2.neg(g1);
        g2 = f64x2.neg(g2);
        g3 = f64x2.neg(g3);
        v128.store(p, g0);
        v128.store(p, g1, 16);
        v128.store(p, g2, 32);
        v128.store(p, g3, 48);
      }
      // NaN fails every comparison, so "not (g > -Infinity and g ≥ bar)" catches NaN, -Infinity
      // and new candidates at once.
      const ok = v128.and(
        v128.and(v128.and(f64x2.gt(g0, negInf), f64x2.ge(g0, barV)), v128.and(f64x2.gt(g1, negInf), f64x2.ge(g1, barV))),
        v128.and(v128.and(f64x2.gt(g2, negInf), f64x2.ge(g2, barV)), v128.and(f64x2.gt(g3, negInf), f64x2.ge(g3, barV))),
      );
      if (i64x2.all_true(ok)) continue;
    } else if (maximize) {
      for (let jj = j; jj < cols; jj++) setF64(row, jj, -f64At(row, jj));
    }
    const last = min(j + 8, cols);
    for (let jj = j; jj < last; jj++) {
      const h = f64At(row, jj);
      if (isNaN(h)) {
        badCode = NAN_VALUE;
        return i * cols + jj;
      }
      if (h == -Infinity) {
        badCode = WRONG_INFINITY;
        return i * cols + jj;
      }
      if (h < bar) {
        addCandidate(i, jj, h);
        bar = min(guess, candidateBar(i));
        barV = f64x2.splat(bar);
      }
    }
  }
  if (collect) {
    if (candidateCount(i) < K && guess < Infinity) collectRow(row, i, cols);
    // Next row's guess: twice the spread of this row's K cheapest above their minimum.
    const top = candidateBar(i);
    const low = candidateMin(i);
    guess = top < Infinity ? top + (top - low) + 1e-300 : Infinity;
  }
  return -1;
}

// Exact top-K of an already validated row.
function collectRow(row: usize, i: i32, cols: i32): void {
  resetCandidates(i);
  let bar = Infinity;
  for (let j = 0; j < cols; j++) {
    const h = f64At(row, j);
    if (h < bar) {
      addCandidate(i, j, h);
      bar = candidateBar(i);
    }
  }
}

// Blocked transpose: 32×32 tiles keep both the reads and the writes within cache lines.
function transpose(src: usize, rows: i32, cols: i32, dst: usize): void {
  for (let i0 = 0; i0 < rows; i0 += 32) {
    const i1 = min(i0 + 32, rows);
    for (let j0 = 0; j0 < cols; j0 += 32) {
      const j1 = min(j0 + 32, cols);
      for (let i = i0; i < i1; i++) {
        for (let j = j0; j < j1; j++) {
          setF64(dst, j * rows + i, f64At(src, i * cols + j));
        }
      }
    }
  }
}
