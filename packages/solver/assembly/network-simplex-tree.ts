// Spanning-tree bookkeeping of the network simplex (network-simplex.ts): parent/pred links, the
// preorder thread with its reverse, subtree sizes and last successors, and node potentials;
// updated in O(size of the moved subtree) per pivot, as in LEMON.

import { arenaAlloc, f64At, setF64, i32At, setI32, i8At, setI8 } from './arena';

export const DIR_UP: i32 = 1;
export const DIR_DOWN: i32 = -1;

export let pi: usize = 0;
export let parent: usize = 0;
export let pred: usize = 0;
export let thread: usize = 0;
export let revThread: usize = 0;
export let succNum: usize = 0;
export let lastSucc: usize = 0;
export let predDir: usize = 0;
export let dirty: usize = 0;

/** Allocates the node arrays for `count` nodes (root included); false when out of memory. */
export function setTreeArrays(count: i32): bool {
  const n = <f64>count;
  pi = arenaAlloc(n * 8);
  parent = arenaAlloc(n * 4);
  pred = arenaAlloc(n * 4);
  thread = arenaAlloc(n * 4);
  revThread = arenaAlloc(n * 4);
  succNum = arenaAlloc(n * 4);
  lastSucc = arenaAlloc(n * 4);
  predDir = arenaAlloc(n);
  dirty = arenaAlloc(n * 4);
  return pi != 0 && parent != 0 && pred != 0 && thread != 0 && revThread != 0 && succNum != 0 &&
    lastSucc != 0 && predDir != 0 && dirty != 0;
}

export function updateTreeStructure(src: usize, inArc: i32, join: i32, uIn: i32, vIn: i32, uOut: i32): void {
  const oldRevThread = i32At(revThread, uOut);
  const oldSuccNum = i32At(succNum, uOut);
  const oldLastSucc = i32At(lastSucc, uOut);
  const vOut = i32At(parent, uOut);

  if (uIn == uOut) {
    setI32(parent, uIn, vIn);
    setI32(pred, uIn, inArc);
    setI8(predDir, uIn, uIn == i32At(src, inArc) ? DIR_UP : DIR_DOWN);
    if (i32At(thread, vIn) != uOut) {
      let after = i32At(thread, oldLastSucc);
      setI32(thread, oldRevThread, after);
      setI32(revThread, after, oldRevThread);
      after = i32At(thread, vIn);
      setI32(thread, vIn, uOut);
      setI32(revThread, uOut, vIn);
      setI32(thread, oldLastSucc, after);
      setI32(revThread, after, oldLastSucc);
    }
  } else {
    const threadContinue = oldRevThread == vIn ? i32At(thread, oldLastSucc) : i32At(thread, vIn);
    // Re-hang the stem nodes between uIn and uOut, reversing their parent links.
    let stem = uIn;
    let parStem = vIn;
    let last = i32At(lastSucc, uIn);
    let after = i32At(thread, last);
    let dirtyCount = 0;
    setI32(thread, vIn, uIn);
    setI32(dirty, dirtyCount++, vIn);
    while (stem != uOut) {
      const nextStem = i32At(parent, stem);
      setI32(thread, last, nextStem);
      setI32(dirty, dirtyCount++, last);
      const before = i32At(revThread, stem);
      setI32(thread, before, after);
      setI32(revThread, after, before);
      setI32(parent, stem, parStem);
      parStem = stem;
      stem = nextStem;
      last = i32At(lastSucc, stem) == i32At(lastSucc, parStem)
        ? i32At(revThread, parStem) : i32At(lastSucc, stem);
      after = i32At(thread, last);
    }
    setI32(parent, uOut, parStem);
    setI32(thread, last, threadContinue);
    setI32(revThread, threadContinue, last);
    setI32(lastSucc, uOut, last);
    if (oldRevThread != vIn) {
      setI32(thread, oldRevThread, after);
      setI32(revThread, after, oldRevThread);
    }
    for (let k = 0; k < dirtyCount; k++) {
      const u = i32At(dirty, k);
      setI32(revThread, i32At(thread, u), u);
    }
    let tmpSc = 0;
    const tmpLs = i32At(lastSucc, uOut);
    for (let u = uOut, p = i32At(parent, uOut); u != uIn; u = p, p = i32At(parent, u)) {
      setI32(pred, u, i32At(pred, p));
      setI8(predDir, u, -i8At(predDir, p));
      tmpSc += i32At(succNum, u) - i32At(succNum, p);
      setI32(succNum, u, tmpSc);
      setI32(lastSucc, p, tmpLs);
    }
    setI32(pred, uIn, inArc);
    setI8(predDir, uIn, uIn == i32At(src, inArc) ? DIR_UP : DIR_DOWN);
    setI32(succNum, uIn, oldSuccNum);
  }

  const upLimitOut = i32At(lastSucc, join) == vIn ? join : -1;
  const lastSuccOut = i32At(lastSucc, uOut);
  for (let u = vIn; u != -1 && i32At(lastSucc, u) == vIn; u = i32At(parent, u)) {
    setI32(lastSucc, u, lastSuccOut);
  }
  if (join != oldRevThread && vIn != oldRevThread) {
    for (let u = vOut; u != upLimitOut && i32At(lastSucc, u) == oldLastSucc; u = i32At(parent, u)) {
      setI32(lastSucc, u, oldRevThread);
    }
  } else if (lastSuccOut != oldLastSucc) {
    for (let u = vOut; u != upLimitOut && i32At(lastSucc, u) == oldLastSucc; u = i32At(parent, u)) {
      setI32(lastSucc, u, lastSuccOut);
    }
  }
  for (let u = vIn; u != join; u = i32At(parent, u)) {
    setI32(succNum, u, i32At(succNum, u) + oldSuccNum);
  }
  for (let u = vOut; u != join; u = i32At(parent, u)) {
    setI32(succNum, u, i32At(succNum, u) - oldSuccNum);
  }
}

// Shift the potentials of the re-hung subtree so the entering arc has zero reduced cost.
export function updatePotential(src: usize, cost: usize, inArc: i32, uIn: i32, vIn: i32): void {
  const sigma = f64At(pi, vIn) - f64At(pi, uIn) - <f64>i8At(predDir, uIn) * f64At(cost, inArc);
  const end = i32At(thread, i32At(lastSucc, uIn));
  for (let u = uIn; u != end; u = i32At(thread, u)) {
    setF64(pi, u, f64At(pi, u) + sigma);
  }
}
