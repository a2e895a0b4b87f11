// The anonymity threshold, differencing included. A group's figures are shown only when at least
// k people answered AND no other allowed view can be subtracted from it (or it from another) to
// reveal a smaller group. Two rules give that:
//  - within a cut (groups that partition a population), the hidden groups together must be none
//    or at least k: otherwise the smallest shown groups are hidden too (complementary suppression);
//  - a filter is allowed only if its value is shown in the cut of the population without it, so
//    "all minus the filtered group" is always none or at least k, however filters are stacked.
// The org tree applies the first rule at every unit, over its child units and its own members,
// and hides a hidden unit's whole subtree (its children would otherwise add back up to it).

export const DEFAULT_THRESHOLD = 5;
export const MIN_THRESHOLD = 3;
export const MAX_THRESHOLD = 50;

export interface CountedGroup {
  key: string;
  n: number;
}

/**
 * The keys to hide in a cut. `undisclosed` counts people who belong to the population but to no
 * shown group (a unit's own members); they join the hidden total when there are fewer than k.
 */
export function suppressCut(groups: CountedGroup[], k: number, undisclosed = 0): Set<string> {
  const hidden = new Set(groups.filter((g) => g.n < k).map((g) => g.key));
  let hiddenTotal = groups.filter((g) => hidden.has(g.key)).reduce((s, g) => s + g.n, 0) + (undisclosed > 0 && undisclosed < k ? undisclosed : 0);
  // Smallest first; ties by key so the same data always hides the same group.
  const shown = groups.filter((g) => !hidden.has(g.key)).sort((a, b) => a.n - b.n || a.key.localeCompare(b.key));
  while (hiddenTotal > 0 && hiddenTotal < k && shown.length) {
    const next = shown.shift()!;
    hidden.add(next.key);
    hiddenTotal += next.n;
  }
  return hidden;
}

export interface UnitNode {
  id: string;
  parentId: string | null;
}

/** People per unit id; people of no (or an unknown) unit count under `null`, the company itself. */
export type UnitCounts = Map<string | null, number>;

export interface UnitTree {
  children: Map<string | null, string[]>;
  parent: Map<string, string | null>;
}

export function unitTree(units: UnitNode[]): UnitTree {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, string[]>();
  const parent = new Map<string, string | null>();
  for (const u of [...units].sort((a, b) => a.id.localeCompare(b.id))) {
    const p = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    parent.set(u.id, p);
    children.set(p, [...(children.get(p) ?? []), u.id]);
  }
  return { children, parent };
}

/** A unit and every unit below it. */
export function subtree(tree: UnitTree, unitId: string): Set<string> {
  const out = new Set<string>([unitId]);
  const queue = [unitId];
  while (queue.length) {
    for (const c of tree.children.get(queue.shift()!) ?? []) {
      out.add(c);
      queue.push(c);
    }
  }
  return out;
}

/** The units whose figures may be shown, for people counted per unit. */
export function visibleUnits(tree: UnitTree, direct: UnitCounts, k: number): Set<string> {
  const totals = new Map<string | null, number>();
  const total = (id: string | null): number => {
    if (totals.has(id)) return totals.get(id)!;
    const n = (direct.get(id) ?? 0) + (tree.children.get(id) ?? []).reduce((s, c) => s + total(c), 0);
    totals.set(id, n);
    return n;
  };
  const visible = new Set<string>();
  const visit = (id: string | null) => {
    const kids = tree.children.get(id) ?? [];
    const hidden = suppressCut(kids.map((c) => ({ key: c, n: total(c) })), k, direct.get(id) ?? 0);
    for (const c of kids) {
      if (hidden.has(c)) continue;
      visible.add(c);
      visit(c);
    }
  };
  if (total(null) >= k) visit(null);
  return visible;
}
