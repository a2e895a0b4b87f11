// Largest-remainder rounding of an allocation to whole units: every amount becomes a multiple of
// `unit`, the parts add up to exactly `total` units, floors and caps still hold (rounded inwards
// to the unit grid), and the units left over after rounding down go to the largest remainders,
// ties to the lower index (when units must be taken back, the smallest remainders lose first,
// ties from the higher index).
// No sort and no extra pass for the threshold: while allocate.ts writes each amount, roundItem
// rounds it down and counts its remainder into a 4096-bucket histogram; the threshold bucket is
// then read off the histogram and only its few members are ordered exactly.

import { arenaAlloc, f64At, setF64, i32At, setI32 } from './arena';
import { selectKth } from './select';
import { OK, INFEASIBLE, OUT_OF_MEMORY, fail } from './status';

// Values within this many units of an integer count as that integer (float noise in y / unit).
const SNAP: f64 = 1e-7;
const B: i32 = 4096;
const CAN_UP: u8 = 1;
const CAN_DOWN: u8 = 2;

let unitSize: f64 = 1;
let lows: usize = 0;
let highs: usize = 0;
let units: usize = 0;
let rems: usize = 0;
let flags: usize = 0;
let histUp: usize = 0;
let histDown: usize = 0;
let sum: f64 = 0;

/** Prepares scratch for n people; false when out of memory. */
export function roundBegin(n: i32, unit: f64, floors: usize, caps: usize, unitsOut: usize): bool {
  unitSize = unit;
  lows = floors;
  highs = caps;
  units = unitsOut;
  rems = arenaAlloc(<f64>n * 8);
  flags = arenaAlloc(<f64>n);
  histUp = arenaAlloc(<f64>B * 4);
  histDown = arenaAlloc(<f64>B * 4);
  if (rems == 0 || flags == 0 || histUp == 0 || histDown == 0) return false;
  memory.fill(histUp, 0, <usize>B * 4);
  memory.fill(histDown, 0, <usize>B * 4);
  sum = 0;
  return true;
}

@inline function bucket(rem: f64): i32 {
  return <i32>min(max(rem * <f64>B, 0), <f64>(B - 1));
}

/** Rounds person i's amount y down to the unit grid (within floor and cap) and records it. */
@inline export function roundItem(i: i32, y: f64): void {
  const q = y / unitSize;
  const lower = lows ? Math.ceil(f64At(lows, i) / unitSize - SNAP) : 0;
  const upper = highs ? Math.floor(f64At(highs, i) / unitSize + SNAP) : Infinity;
  const b = min(max(Math.floor(q + SNAP), lower), upper);
  const rem = q - b;
  setF64(units, i, b);
  setF64(rems, i, rem);
  sum += b;
  const k = bucket(rem);
  let f: u8 = 0;
  if (b + 1 <= upper) {
    f |= CAN_UP;
    setI32(histUp, k, i32At(histUp, k) + 1);
  }
  if (b - 1 >= lower) {
    f |= CAN_DOWN;
    setI32(histDown, k, i32At(histDown, k) + 1);
  }
  store<u8>(flags + <usize>i, f);
}

/** Hands out (or takes back) the units left after rounding down, then writes the amounts. */
export function roundFinish(n: i32, total: f64, amounts: usize): i32 {
  const need = total - sum;
  if (need != 0) {
    const up = need > 0;
    const hist = up ? histUp : histDown;
    const want = <i32>abs(need);
    // Threshold bucket T: buckets beyond it (larger remainders when giving, smaller when taking)
    // move entirely; T itself supplies the rest.
    let T = -1;
    let moved = 0;
    for (let s = 0; s < B; s++) {
      const k = up ? B - 1 - s : s;
      const c = i32At(hist, k);
      if (moved + c >= want) {
        T = k;
        break;
      }
      moved += c;
    }
    if (T < 0) return fail(INFEASIBLE, 5, -1, need);
    const mask: u8 = up ? CAN_UP : CAN_DOWN;
    const delta: f64 = up ? 1 : -1;
    // Members of T (in index order) go to scratch: indices and keys (keys negated when giving,
    // so the smallest key always goes first).
    const idx = arenaAlloc(<f64>i32At(hist, T) * 4);
    const key = arenaAlloc(<f64>i32At(hist, T) * 8);
    if (idx == 0 || key == 0) return fail(OUT_OF_MEMORY, 0, 0, 0);
    let m = 0;
    for (let i = 0; i < n; i++) {
      if ((load<u8>(flags + <usize>i) & mask) == 0) continue;
      const rem = f64At(rems, i);
      const k = bucket(rem);
      if (up ? k > T : k < T) {
        setF64(units, i, f64At(units, i) + delta);
      } else if (k == T) {
        setI32(idx, m, i);
        setF64(key, m++, up ? -rem : rem);
      }
    }
    const rest = want - moved;
    const scratch = arenaAlloc(<f64>m * 8);
    if (scratch == 0) return fail(OUT_OF_MEMORY, 0, 0, 0);
    memory.copy(scratch, key, <usize>m * 8);
    const theta = selectKth(scratch, m, rest - 1);
    let given = 0;
    for (let s = 0; s < m; s++) {
      if (f64At(key, s) < theta) {
        const i = i32At(idx, s);
        setF64(units, i, f64At(units, i) + delta);
        given++;
      }
    }
    // Ties at the threshold: the lower index keeps the advantage (gains first, loses last).
    for (let s = 0; s < m && given < rest; s++) {
      const t = up ? s : m - 1 - s;
      if (f64At(key, t) != theta) continue;
      const i = i32At(idx, t);
      setF64(units, i, f64At(units, i) + delta);
      given++;
    }
  }
  for (let i = 0; i < n; i++) setF64(amounts, i, f64At(units, i) * unitSize);
  return OK;
}

