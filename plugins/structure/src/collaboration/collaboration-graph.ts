// The collaboration graph: units as nodes, shared projects (and other sources' edges, such as
// co-authored knowledge) as weighted edges. Pure.

export interface GraphEdge {
  source: string;
  target: string;
  /** Projects both units work on. */
  projectIds: string[];
  /** Weight contributed by other sources, by source name. */
  external: Record<string, number>;
  weight: number;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Edges from projects: every pair of distinct (rolled-up) units among a project's units gets
 * the project once. `rollup` maps a unit to the node that represents it (or null to drop it).
 */
export function buildGraph(
  projects: Array<{ id: string; unitIds: string[] }>,
  external: Array<{ source: string; unitA: string; unitB: string; weight: number }>,
  rollup: (unitId: string) => string | null,
): GraphEdge[] {
  const edges = new Map<string, GraphEdge>();
  const edge = (a: string, b: string) => {
    const key = pairKey(a, b);
    let e = edges.get(key);
    if (!e) {
      const [source, target] = a < b ? [a, b] : [b, a];
      e = { source, target, projectIds: [], external: {}, weight: 0 };
      edges.set(key, e);
    }
    return e;
  };
  for (const project of projects) {
    const nodes = [...new Set(project.unitIds.map(rollup).filter((u): u is string => !!u))].sort();
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) edge(nodes[i], nodes[j]).projectIds.push(project.id);
  }
  for (const x of external) {
    const a = rollup(x.unitA);
    const b = rollup(x.unitB);
    if (!a || !b || a === b || !(x.weight > 0)) continue;
    const e = edge(a, b);
    e.external[x.source] = (e.external[x.source] ?? 0) + x.weight;
  }
  for (const e of edges.values()) e.weight = e.projectIds.length + Object.values(e.external).reduce((s, w) => s + w, 0);
  return [...edges.values()].sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
}
