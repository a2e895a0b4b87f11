// The structure plugin's published services, as agreed between the plugins. A plugin cannot
// import another plugin, so the shapes are declared here and injected by their string tokens.

export const STRUCTURE_ORG = 'structure.org';
export const STRUCTURE_SKILLS = 'structure.skills';
/** Structure's registry of collaboration-graph sources (optional: knowledge registers itself). */
export const STRUCTURE_COLLABORATION = 'structure.collaboration';

export interface OrgUnitRef {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  leadId: string | null;
}

export interface StructureOrg {
  units(): Promise<OrgUnitRef[]>;
  unitOfPerson(personId: string): Promise<string | null>;
  membersOf(unitId: string, recursive?: boolean): Promise<string[]>;
}

export interface SkillRef {
  id: string;
  name: string;
  categoryId: string;
  categoryName: string;
}

export type SkillEvidenceKind = 'self' | 'manager' | 'review' | 'knowledge';

export interface StructureSkills {
  skills(): Promise<SkillRef[]>;
  profile(personId: string): Promise<Array<{ skillId: string; level: number; evidence: string[] }>>;
  profiles(personIds?: string[]): Promise<Map<string, Array<{ skillId: string; level: number }>>>;
  addEvidence(personId: string, skillId: string, level: number, evidence: SkillEvidenceKind, note?: string): Promise<void>;
}

export interface StructureCollaboration {
  register(name: string, source: { coAuthorEdges(): Promise<Array<{ unitA: string; unitB: string; weight: number }>> }): void;
}

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
