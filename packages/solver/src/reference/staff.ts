// Reference staffing by brute-force enumeration (tests only, tiny instances): every person picks
// one of their candidate projects or nobody; keep the best choice that meets every headcount.

export interface RefStaffProblem {
  people: number;
  projects: { min: number; max: number }[];
  edges: { person: number[]; project: number[]; score: number[] };
  requireAll?: boolean;
}

/** Best total, or null when no choice satisfies the constraints. */
export function bruteForceStaff(p: RefStaffProblem): number | null {
  // Best score per (person, project): parallel edges collapse to their maximum.
  const options: Map<number, number>[] = Array.from({ length: p.people }, () => new Map());
  p.edges.person.forEach((person, e) => {
    const q = p.edges.project[e]!;
    const s = p.edges.score[e]!;
    const m = options[person]!;
    m.set(q, Math.max(m.get(q) ?? -Infinity, s));
  });
  const counts = new Array<number>(p.projects.length).fill(0);
  let best: number | null = null;
  const go = (person: number, sum: number): void => {
    if (person === p.people) {
      const ok = p.projects.every((q, k) => counts[k]! >= q.min && counts[k]! <= q.max);
      if (ok && (best === null || sum > best)) best = sum;
      return;
    }
    if (!p.requireAll) go(person + 1, sum);
    for (const [q, s] of options[person]!) {
      counts[q]!++;
      go(person + 1, sum + s);
      counts[q]!--;
    }
  };
  go(0, 0);
  return best;
}
