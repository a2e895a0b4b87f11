// What the structure plugin publishes to other plugins: its service ids with their interfaces,
// and the payload of the one foreign event it accepts. The only copy: a plugin that uses them
// imports this file for types only (`import type … from '@cadre/plugin-structure/contracts'`,
// enforced by check-imports) and injects by the id string, so no plugin loads another's code.

/** Service ids, injected with `@Inject('structure.org')` etc. */
export const STRUCTURE_SERVICES = {
  org: 'structure.org',
  skills: 'structure.skills',
  projects: 'structure.projects',
  collaboration: 'structure.collaboration',
} as const;

export interface OrgUnitRef {
  id: string;
  name: string;
  /** 'company' | 'department' | 'team' or a tenant's own kind. */
  kind: string;
  parentId: string | null;
  leadId: string | null;
}

/** 'structure.org': the org tree and membership. No access checks. */
export interface StructureOrg {
  /** Every unit, parents before children. */
  units(): Promise<OrgUnitRef[]>;
  /** The person's unit (null when they have none, or it was deleted). */
  unitOfPerson(personId: string): Promise<string | null>;
  /** Ids of the unit's members (recursive: of its sub-units too); [] for an unknown unit. */
  membersOf(unitId: string, recursive?: boolean): Promise<string[]>;
  /** Every unit's members, sub-units included (each list as membersOf(unit, true) gives it), from one read. */
  membersByUnit(): Promise<Map<string, string[]>>;
}

export interface SkillRef {
  id: string;
  name: string;
  categoryId: string;
  categoryName: string;
}

export type SkillEvidenceKind = 'self' | 'manager' | 'review' | 'knowledge' | 'course';

/** 'structure.skills': taxonomy, profiles and evidence. No access checks. */
export interface StructureSkills {
  skills(): Promise<SkillRef[]>;
  /** The person's levels; evidence lists the kinds on file. */
  profile(personId: string): Promise<Array<{ skillId: string; level: number; evidence: string[] }>>;
  /** Levels by person id (everyone with a profile when personIds is omitted). */
  profiles(personIds?: string[]): Promise<Map<string, Array<{ skillId: string; level: number }>>>;
  /** Everyone with a level in any of the skills, with the kinds of evidence on file (one query, not every profile). */
  holders(skillIds: string[]): Promise<Array<{ skillId: string; personId: string; level: number; evidence: string[] }>>;
  /**
   * Records evidence (level 0–5) and recomputes the level: knowledge and course evidence raise
   * only a level no manager or review assessed. Joins the caller's transaction.
   */
  addEvidence(personId: string, skillId: string, level: number, evidence: SkillEvidenceKind, note?: string): Promise<void>;
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
  /** 'planned' or 'active'. */
  status: string;
}

/** 'structure.projects': open projects with their needs and people. No access checks. */
export interface StructureProjects {
  /** Planned and active projects (closed ones are left out), highest priority first. */
  projects(): Promise<ProjectRef[]>;
}

/** Unit-to-unit edges another plugin contributes to the collaboration graph. */
export interface CollaborationEdge {
  unitA: string;
  unitB: string;
  weight: number;
}

/** What a source registers: either method works. */
export interface CollaborationSource {
  edges?(): Promise<CollaborationEdge[]>;
  coAuthorEdges?(): Promise<CollaborationEdge[]>;
}

/**
 * 'structure.collaboration': the collaboration graph's extension point. Structure cannot inject a
 * service of a plugin that depends on it, so sources register themselves in `onModuleInit`.
 */
export interface StructureCollaboration {
  register(name: string, source: CollaborationSource): void;
}

/**
 * 'development.course-completed', emitted by the development plugin when a learner completes a
 * course; structure records the course's skills as evidence. Typed here, by the plugin the
 * emitter depends on, so neither package needs the other at build time in the wrong direction.
 */
export interface CourseCompletedPayload {
  enrolmentId: string;
  personId: string;
  courseId: string;
  courseTitle: string;
  skills: Array<{ skillId: string; level: number }>;
  completedAt: string;
}
