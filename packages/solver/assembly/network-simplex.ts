// Primal network simplex for min-cost flow with integral capacities and float costs, following
// LEMON's NetworkSimplex: artificial root with big-M arcs as the initial strongly feasible tree,
// block-search pivoting, thread/successor tree representation. Lower bounds are removed by the
// caller (shifted into supplies). Arc arrays must have room for nodeCount artificial arcs after
// the real ones.

import { arenaAlloc, f64At, setF64, i32At, setI32, i8At, setI8 } from './arena';
import {
  DIR_DOWN, DIR_UP, dirty, lastSucc, parent, pi, pred, predDir, revThread, setTreeArrays, succNum, thread,
  updatePotential, updateTreeStructure,
} from './network-simplex-tree';

const STATE_UPPER: i32 = -1;
const STATE_TREE: i32 = 0;
const STATE_LOWER: i32 = 1;
export const CAP_INF: i32 = 0x3fffffff;

// Arc arrays (src, tgt, cap, flow: i32; cost: f64; state: i8), set by nsSolve; node arrays live
// in network-simplex-tree.ts.
let src: usize = 0;
let tgt: usize = 0;
let cap: usize = 0;
let flow: usize = 0;
let cost: usize = 0;
let state: usize = 0;
// Pivot state.
let inArc: i32 = 0;
let join: i32 = 0;
let uIn: i32 = 0;
let vIn: i32 = 0;
let uOut: i32 = 0;
let delta: i32 = 0;
let nextArc: i32 = 0;

/**
 * Solves min Σ cost·flow subject to supply balance (Σ supply must be 0). `nodes` real nodes;
 * `arcs` real arcs in src/tgt/capArr/costArr (with `nodes` spare slots after them); flowArr gets
 * the flows of all arcs, artificial ones included (non-zero there means infeasible). Returns
 * false only when out of memory.
 */
export function nsSolve(
  nodes: i32, arcs: i32, srcArr: usize, tgtArr: usize, capArr: usize, costArr: usize,
  supply: usize, flowArr: usize,
): bool {
  const all = arcs + nodes;
  const root = nodes;
  src = srcArr; tgt = tgtArr; cap = capArr; cost = costArr; flow = flowArr;
  state = arenaAlloc(<f64>all);
  if (state == 0 || !setTreeArrays(nodes + 1)) return false;

  // Big-M: more than any simple path can save, so artificial flow survives only if infeasible.
  let maxCost: f64 = 0;
  for (let e = 0; e < arcs; e++) maxCost = max(maxCost, abs(f64At(cost, e)));
  const artCost = (maxCost + 1) * <f64>(nodes + 1);
  // Reduced costs above -eps count as non-negative: round-off on potentials of size artCost
  // must not trigger pivots (which could cycle).
  const eps = artCost * 1e-14;

  for (let e = 0; e < arcs; e++) {
    setI32(flow, e, 0);
    setI8(state, e, STATE_LOWER);
  }
  setI32(parent, root, -1);
  setI32(pred, root, -1);
  setI32(thread, root, 0);
  setI32(revThread, 0, root);
  setI32(succNum, root, nodes + 1);
  setI32(lastSucc, root, root - 1);
  setF64(pi, root, 0);
  for (let u = 0, e = arcs; u < nodes; u++, e++) {
    setI32(parent, u, root);
    setI32(pred, u, e);
    setI32(thread, u, u + 1);
    setI32(revThread, u + 1, u);
    setI32(succNum, u, 1);
    setI32(lastSucc, u, u);
    setI32(cap, e, CAP_INF);
    setI8(state, e, STATE_TREE);
    const s = i32At(supply, u);
    if (s >= 0) {
      setI8(predDir, u, DIR_UP);
      setF64(pi, u, 0);
      setI32(src, e, u);
      setI32(tgt, e, root);
      setI32(flow, e, s);
      setF64(cost, e, 0);
    } else {
      setI8(predDir, u, DIR_DOWN);
      setF64(pi, u, artCost);
      setI32(src, e, root);
      setI32(tgt, e, u);
      setI32(flow, e, -s);
      setF64(cost, e, artCost);
    }
  }

  const block = max(10, <i32>Math.ceil(Math.sqrt(<f64>arcs)));
  nextArc = 0;
  let pivots = 0;
  while (true) {
    // Potentials drift by rounding as pivots add offsets to subtrees: rebuild them from the tree
    // now and then, and always before declaring optimality.
    if (++pivots % (nodes + 1) == 0) recomputePotentials(root);
    if (!findEnteringArc(arcs, block, eps)) {
      recomputePotentials(root);
      if (!findEnteringArc(arcs, block, eps)) break;
    }
    findJoinNode();
    const change = findLeavingArc();
    changeFlow(change);
    if (change) {
      updateTreeStructure(src, inArc, join, uIn, vIn, uOut);
      updatePotential(src, cost, inArc, uIn, vIn);
    }
  }
  return true;
}

// Tree arcs have zero reduced cost: walk the thread (a preorder) from the root.
function recomputePotentials(root: i32): void {
  setF64(pi, root, 0);
  for (let u = i32At(thread, root); u != root; u = i32At(thread, u)) {
    const e = i32At(pred, u);
    const p = i32At(parent, u);
    const c = f64At(cost, e);
    setF64(pi, u, i8At(predDir, u) == DIR_UP ? f64At(pi, p) - c : f64At(pi, p) + c);
  }
}

@inline function reducedCost(e: i32): f64 {
  return <f64>i8At(state, e) *
    (f64At(cost, e) + f64At(pi, i32At(src, e)) - f64At(pi, i32At(tgt, e)));
}

// Block search: scan blocks of arcs cyclically, take the most negative reduced cost in the first
// block that has one.
function findEnteringArc(arcs: i32, block: i32, eps: f64): bool {
  let min: f64 = -eps;
  let cnt = block;
  let e = nextArc;
  for (let scanned = 0; scanned < arcs; scanned++) {
    const c = reducedCost(e);
    if (c < min) {
      min = c;
      inArc = e;
    }
    if (++e == arcs) e = 0;
    if (--cnt == 0) {
      if (min < -eps) {
        nextArc = e;
        return true;
      }
      cnt = block;
    }
  }
  if (min < -eps) {
    nextArc = e;
    return true;
  }
  return false;
}

function findJoinNode(): void {
  let u = i32At(src, inArc);
  let v = i32At(tgt, inArc);
  while (u != v) {
    if (i32At(succNum, u) < i32At(succNum, v)) u = i32At(parent, u);
    else v = i32At(parent, v);
  }
  join = u;
}

// The last blocking arc in the cycle's direction leaves, which keeps the tree strongly feasible.
function findLeavingArc(): bool {
  let first: i32, second: i32;
  if (i8At(state, inArc) == STATE_LOWER) {
    first = i32At(src, inArc);
    second = i32At(tgt, inArc);
  } else {
    first = i32At(tgt, inArc);
    second = i32At(src, inArc);
  }
  delta = i32At(cap, inArc);
  let result = 0;
  for (let u = first; u != join; u = i32At(parent, u)) {
    const e = i32At(pred, u);
    let d = i32At(flow, e);
    if (i8At(predDir, u) == DIR_DOWN) {
      const c = i32At(cap, e);
      d = c >= CAP_INF ? CAP_INF : c - d;
    }
    if (d < delta) {
      delta = d;
      uOut = u;
      result = 1;
    }
  }
  for (let u = second; u != join; u = i32At(parent, u)) {
    const e = i32At(pred, u);
    let d = i32At(flow, e);
    if (i8At(predDir, u) == DIR_UP) {
      const c = i32At(cap, e);
      d = c >= CAP_INF ? CAP_INF : c - d;
    }
    if (d <= delta) {
      delta = d;
      uOut = u;
      result = 2;
    }
  }
  if (result == 1) {
    uIn = first;
    vIn = second;
  } else {
    uIn = second;
    vIn = first;
  }
  return result != 0;
}

function changeFlow(change: bool): void {
  if (delta > 0) {
    const val = i8At(state, inArc) * delta;
    setI32(flow, inArc, i32At(flow, inArc) + val);
    for (let u = i32At(src, inArc); u != join; u = i32At(parent, u)) {
      const e = i32At(pred, u);
      setI32(flow, e, i32At(flow, e) - i8At(predDir, u) * val);
    }
    for (let u = i32At(tgt, inArc); u != join; u = i32At(parent, u)) {
      const e = i32At(pred, u);
      setI32(flow, e, i32At(flow, e) + i8At(predDir, u) * val);
    }
  }
  if (change) {
    setI8(state, inArc, STATE_TREE);
    const e = i32At(pred, uOut);
    setI8(state, e, i32At(flow, e) == 0 ? STATE_LOWER : STATE_UPPER);
  } else {
    setI8(state, inArc, -i8At(state, inArc));
  }
}
