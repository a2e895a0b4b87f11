import type { OrgUnitRef } from '@cadre/plugin-structure/contracts';

/** The unit and every unit below it. */
export function unitAndDescendants(units: OrgUnitRef[], unitId: string): string[] {
  const out = [unitId];
  for (let i = 0; i < out.length; i++) for (const u of units) if (u.parentId === out[i] && !out.includes(u.id)) out.push(u.id);
  return out;
}
