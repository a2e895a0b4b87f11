import type { OrgUnitRef } from '@cadre/plugin-structure/contracts';

/** The unit and every unit above it: an item visible to a unit is visible to its sub-units' members. */
export function unitAndAncestors(units: OrgUnitRef[], unitId: string | null): string[] {
  if (!unitId) return [];
  const byId = new Map(units.map((u) => [u.id, u]));
  const chain: string[] = [];
  let current: string | null = unitId;
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = byId.get(current)?.parentId ?? null;
  }
  return chain;
}
