// Pure helpers over the org tree (a list of { id, parentId }), shared by services and tests.

export interface TreeNode {
  id: string;
  parentId: string | null;
}

export function childrenIndex<T extends TreeNode>(units: T[]): Map<string | null, T[]> {
  const index = new Map<string | null, T[]>();
  const ids = new Set(units.map((u) => u.id));
  for (const unit of units) {
    // A parent that no longer exists makes the unit a root rather than hiding it.
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    const list = index.get(parent) ?? [];
    list.push(unit);
    index.set(parent, list);
  }
  return index;
}

/** The unit and all units below it, in pre-order. */
export function subtreeIds(units: TreeNode[], rootId: string): string[] {
  const children = childrenIndex(units);
  const out: string[] = [];
  const visit = (id: string) => {
    if (out.includes(id)) return;
    out.push(id);
    for (const child of children.get(id) ?? []) visit(child.id);
  };
  visit(rootId);
  return out;
}

/** The unit and every unit above it, nearest first. */
export function ancestorIds(units: TreeNode[], unitId: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const chain: string[] = [];
  let current: string | null = unitId;
  while (current && byId.has(current) && !chain.includes(current)) {
    chain.push(current);
    current = byId.get(current)!.parentId;
  }
  return chain;
}

/** Would making `newParentId` the parent of `unitId` create a loop? */
export function wouldCycle(units: TreeNode[], unitId: string, newParentId: string | null): boolean {
  if (!newParentId) return false;
  return ancestorIds(units, newParentId).includes(unitId);
}

export interface OrderedUnit<T> {
  unit: T;
  depth: number;
  path: string[];
}

/** Pre-order walk from the roots (or from `rootId`), siblings ordered by `compare`. */
export function preorder<T extends TreeNode>(units: T[], compare: (a: T, b: T) => number, rootId?: string | null): Array<OrderedUnit<T>> {
  const children = childrenIndex(units);
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: Array<OrderedUnit<T>> = [];
  const seen = new Set<string>();
  const visit = (unit: T, depth: number, path: string[]) => {
    if (seen.has(unit.id)) return;
    seen.add(unit.id);
    const own = [...path, unit.id];
    out.push({ unit, depth, path: own });
    for (const child of [...(children.get(unit.id) ?? [])].sort(compare)) visit(child, depth + 1, own);
  };
  if (rootId) {
    const root = byId.get(rootId);
    // Depth and path stay absolute, so a zoomed-in chart lines up with the full one.
    const above = ancestorIds(units, rootId).slice(1).reverse();
    if (root) visit(root, above.length, above);
  } else {
    for (const root of [...(children.get(null) ?? [])].sort(compare)) visit(root, 0, []);
  }
  return out;
}
