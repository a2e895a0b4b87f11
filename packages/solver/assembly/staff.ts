// Staffing: maximise the score of chosen person→project edges with each person on at most one
// project (exactly one with requireAll) and each project's headcount in [min, max]. Built as a
// min-cost flow (cost = -score) and solved exactly by network simplex:
//   person p (supply 1) → project q    cap 1, cost -score   (one arc per candidate edge)
//   person p            → U (unassigned) cap 1, cost 0       (left out with requireAll)
//   project q           → T            [min, max], cost 0   (lower bound moved into supplies)
//   U                   → T            cap n, cost 0
// The flow problem is totally unimodular, so the integral optimum is the LP optimum.

import { arenaAlloc, f64At, setF64, i32At, setI32 } from './arena';
import { nsSolve } from './network-simplex';
import {
  OK, NAN_VALUE, INFINITE_VALUE, BAD_BOUNDS, INFEASIBLE, OUT_OF_MEMORY, UNREACHABLE_MINIMUM,
  fail, setResult,
} from './status';

// Field ids reported with errors: 0 person, 1 project, 2 score, 3 projects[] (minimums).
export function staff(
  people: i32, projects: i32, edges: i32, person: usize, project: usize, score: usize,
  mins: usize, maxs: usize, requireAll: i32, personToProject: usize, projectCounts: usize,
  shortfall: usize,
): i32 {
  for (let e = 0; e < edges; e++) {
    const p = i32At(person, e);
    if (p < 0 || p >= people) return fail(BAD_BOUNDS, 0, e, <f64>p);
    const q = i32At(project, e);
    if (q < 0 || q >= projects) return fail(BAD_BOUNDS, 1, e, <f64>q);
    const s = f64At(score, e);
    if (isNaN(s)) return fail(NAN_VALUE, 2, e, s);
    if (!isFinite(s)) return fail(INFINITE_VALUE, 2, e, s);
  }
  // Cheap pre-check with a clear culprit: a minimum above the project's number of candidates.
  for (let q = 0; q < projects; q++) setI32(projectCounts, q, 0);
  for (let e = 0; e < edges; e++) {
    const q = i32At(project, e);
    setI32(projectCounts, q, i32At(projectCounts, q) + 1);
  }
  for (let q = 0; q < projects; q++) {
    setI32(shortfall, q, 0);
    const cnt = i32At(projectCounts, q);
    if (cnt < i32At(mins, q)) return fail(UNREACHABLE_MINIMUM, 3, q, <f64>cnt);
  }

  const nodes = people + projects + 2;
  const U = people + projects;
  const T = U + 1;
  const unassigned = requireAll ? 0 : people;
  const arcs = edges + unassigned + projects + (requireAll ? 0 : 1);
  const all = arcs + nodes;
  const src = arenaAlloc(<f64>all * 4);
  const tgt = arenaAlloc(<f64>all * 4);
  const cap = arenaAlloc(<f64>all * 4);
  const flow = arenaAlloc(<f64>all * 4);
  const cost = arenaAlloc(<f64>all * 8);
  const supply = arenaAlloc(<f64>nodes * 4);
  if (src == 0 || tgt == 0 || cap == 0 || flow == 0 || cost == 0 || supply == 0) {
    return fail(OUT_OF_MEMORY, 0, 0, 0);
  }
  const edgePos = arenaAlloc(<f64>edges * 4);
  if (edgePos == 0) return fail(OUT_OF_MEMORY, 0, 0, 0);
  // Arcs and node ids in the order LEMON's NetworkSimplex gives this network (see putArc): the
  // pivot count depends on it (20 000 × 50 dense 93 k → 86 k pivots, 50 000 × 200 252 k → 188 k).
  beginOrder(arcs, nodes);
  const tId = nodes - 1 - T;
  const uId = nodes - 1 - U;
  let minSum = 0;
  if (!requireAll) putArc(src, tgt, cap, cost, uId, tId, people, 0);
  for (let q = projects - 1; q >= 0; q--) {
    const lo = i32At(mins, q);
    const hi = min(i32At(maxs, q), people);
    minSum += lo;
    putArc(src, tgt, cap, cost, nodes - 1 - (people + q), tId, max(0, hi - lo), 0);
  }
  for (let p = unassigned - 1; p >= 0; p--) putArc(src, tgt, cap, cost, nodes - 1 - p, uId, 1, 0);
  for (let e = edges - 1; e >= 0; e--) {
    setI32(edgePos, e, putArc(src, tgt, cap, cost, nodes - 1 - i32At(person, e), nodes - 1 - (people + i32At(project, e)), 1, -f64At(score, e)));
  }
  const projectArcs = edges + unassigned;
  for (let p = 0; p < people; p++) setI32(supply, nodes - 1 - p, 1);
  for (let q = 0; q < projects; q++) setI32(supply, nodes - 1 - (people + q), -i32At(mins, q));
  setI32(supply, uId, 0);
  setI32(supply, tId, minSum - people);

  if (!nsSolve(nodes, arcs, src, tgt, cap, cost, supply, flow)) return fail(OUT_OF_MEMORY, 0, 0, 0);

  // Artificial arc of node u is arcs + u; flow left on one means the constraints cannot all hold.
  let shortProjects = 0;
  let stranded = -1;
  for (let u = 0; u < nodes; u++) {
    const k = nodes - 1 - u;
    const f = i32At(flow, arcs + k);
    if (f == 0) continue;
    if (u >= people && u < U && i32At(tgt, arcs + k) == k) {
      setI32(shortfall, u - people, f);
      shortProjects++;
    } else if (u < people && stranded < 0) {
      stranded = u;
    }
  }
  if (shortProjects > 0) return fail(UNREACHABLE_MINIMUM, 4, -1, <f64>shortProjects);
  if (stranded >= 0 || i32At(flow, arcs + nodes - 1 - T) != 0) return fail(INFEASIBLE, 0, stranded, 0);

  for (let p = 0; p < people; p++) setI32(personToProject, p, -1);
  for (let q = 0; q < projects; q++) setI32(projectCounts, q, 0);
  let total: f64 = 0;
  for (let e = 0; e < edges; e++) {
    if (i32At(flow, i32At(edgePos, e)) == 0) continue;
    const p = i32At(person, e);
    const q = i32At(project, e);
    setI32(personToProject, p, q);
    setI32(projectCounts, q, i32At(projectCounts, q) + 1);
    total += f64At(score, e);
  }
  setResult(total, <f64>(projectArcs - edges));
  return OK;
}

// LEMON's arc order: arcs in the order its graph iterates them (last added first), stored with
// a stride of max(arcs / nodes, 3) so each block of the block search mixes arcs from all over
// the network; node ids likewise last added first.
let nextPos: i32 = 0;
let wrap: i32 = 0;
let skip: i32 = 3;
let arcCount: i32 = 0;

function beginOrder(arcs: i32, nodes: i32): void {
  nextPos = 0;
  wrap = 0;
  arcCount = arcs;
  skip = max(arcs / nodes, 3);
}

function putArc(src: usize, tgt: usize, cap: usize, cost: usize, u: i32, v: i32, c: i32, w: f64): i32 {
  const a = nextPos;
  nextPos += skip;
  if (nextPos >= arcCount) nextPos = ++wrap;
  setI32(src, a, u);
  setI32(tgt, a, v);
  setI32(cap, a, c);
  setF64(cost, a, w);
  return a;
}
