// Reference assignment solvers for tests only: brute force (tiny) and the textbook O(n²m)
// Hungarian method with potentials (medium). Both minimise; callers negate to maximise.

/** Minimum total over all assignments covering the smaller side; Infinity if none avoids +Infinity. */
export function bruteForceAssign(cost: Float64Array, rows: number, cols: number): number {
  const byRow = rows <= cols;
  const n = byRow ? rows : cols;
  const m = byRow ? cols : rows;
  const at = (a: number, b: number) => (byRow ? cost[a * cols + b]! : cost[b * cols + a]!);
  const used = new Array<boolean>(m).fill(false);
  let best = Infinity;
  const go = (a: number, sum: number): void => {
    if (a === n) {
      if (sum < best) best = sum;
      return;
    }
    for (let b = 0; b < m; b++) {
      if (used[b] || at(a, b) === Infinity) continue;
      used[b] = true;
      go(a + 1, sum + at(a, b));
      used[b] = false;
    }
  };
  go(0, 0);
  return best;
}

/**
 * Hungarian method (shortest augmenting path with potentials, 1-based arrays as in the classic
 * formulation) for n ≤ m with finite costs. Returns the minimum total.
 */
export function hungarianAssign(cost: Float64Array, rows: number, cols: number): number {
  const byRow = rows <= cols;
  const n = byRow ? rows : cols;
  const m = byRow ? cols : rows;
  const a = (i: number, j: number) => (byRow ? cost[(i - 1) * cols + (j - 1)]! : cost[(j - 1) * cols + (i - 1)]!);
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = a(i0, j) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  let total = 0;
  for (let j = 1; j <= m; j++) if (p[j] !== 0) total += a(p[j]!, j);
  return total;
}
