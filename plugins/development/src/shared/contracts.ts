// Services of other plugins, declared locally (a plugin cannot import another): structure's
// org, skills and projects, and knowledge's expertise finder and published items.

export const STRUCTURE_ORG = 'structure.org';
export const STRUCTURE_SKILLS = 'structure.skills';
export const STRUCTURE_PROJECTS = 'structure.projects';
export const KNOWLEDGE_EXPERTISE = 'knowledge.expertise';
export const KNOWLEDGE_ITEMS = 'knowledge.items';

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

export interface StructureSkills {
  skills(): Promise<SkillRef[]>;
  profile(personId: string): Promise<Array<{ skillId: string; level: number; evidence: string[] }>>;
  profiles(personIds?: string[]): Promise<Map<string, Array<{ skillId: string; level: number }>>>;
  addEvidence(personId: string, skillId: string, level: number, evidence: 'self' | 'manager' | 'review' | 'knowledge' | 'course', note?: string): Promise<void>;
}

export interface ProjectRef {
  id: string;
  name: string;
  ownerUnitId: string | null;
  priority: number;
  headcountMin: number;
  headcountMax: number;
  requirements: Array<{ skillId: string; minLevel: number; weight: number }>;
  assignedPersonIds: string[];
}

export interface StructureProjects {
  projects(): Promise<ProjectRef[]>;
}

export interface KnowledgeExpertise {
  experts(skillId: string, limit?: number): Promise<Array<{ personId: string; score: number; evidence: string[] }>>;
}

export interface PublishedItemRef {
  id: string;
  kind: string;
  title: string;
  reference: string | null;
  authorIds: string[];
  publishedAt: string;
}

export interface KnowledgeItems {
  publishedItem(id: string): Promise<PublishedItemRef | null>;
  publishedItems(kinds: string[], limit?: number): Promise<PublishedItemRef[]>;
}

/** The unit and every unit below it. */
export function unitAndDescendants(units: OrgUnitRef[], unitId: string): string[] {
  const out = [unitId];
  for (let i = 0; i < out.length; i++) for (const u of units) if (u.parentId === out[i] && !out.includes(u.id)) out.push(u.id);
  return out;
}
