// The shapes this console part reads from the structure GraphQL API: a subset of the generated
// schema types (the plugin's console cannot resolve @cadre/contracts from its own package).

export type OrgUnitKind = 'LEADERSHIP' | 'TECHNICAL' | 'PRODUCT' | 'OPERATIONS';
export type SpanFlag = 'OK' | 'TOO_NARROW' | 'TOO_WIDE';
export type ProjectStatus = 'PLANNED' | 'ACTIVE' | 'CLOSED';
export type StaffingLevel = 'UNDERSTAFFED' | 'STAFFED' | 'FULL';
export type ChangeKind = 'MOVE' | 'NEW' | 'UNCHANGED' | 'UNSTAFFED';
export type PlanStatus = 'PROPOSED' | 'APPLIED' | 'DISCARDED';
export type EvidenceKind = 'SELF' | 'MANAGER' | 'REVIEW' | 'KNOWLEDGE' | 'COURSE';

export interface OrgPerson {
  id: string;
  name: string;
  email: string;
  title: string;
  level: string;
  managerId: string | null;
  orgUnitId: string | null;
  status: string;
}

export interface OrgUnit {
  id: string;
  name: string;
  kind: OrgUnitKind;
  description: string | null;
  parentId: string | null;
  lead: OrgPerson | null;
  depth: number;
  path: string[];
  childIds: string[];
  memberCount: number;
  totalMemberCount: number;
}

export interface OrgChart {
  units: OrgUnit[];
  members: OrgPerson[];
  matchedUnitIds: string[];
  matchedPersonIds: string[];
  matchedPeople: OrgPerson[];
  expandUnitIds: string[];
}

export interface SpanReport {
  bounds: { spanMin: number; spanMax: number; maxLayers: number };
  managers: Array<{ manager: OrgPerson; unitId: string | null; directReports: number; flag: SpanFlag }>;
  units: Array<{ unitId: string; unitName: string; headcount: number; layers: number; flagged: boolean }>;
  averageSpan: number;
  flaggedManagers: number;
  flaggedUnits: number;
}

export interface Skill {
  id: string;
  name: string;
  categoryId: string;
  categoryName: string;
}

export interface SkillCategory {
  id: string;
  name: string;
  skills: Skill[];
}

/** A skill as the taxonomy page edits it (with its description). */
export interface TaxonomySkill extends Skill {
  description: string | null;
}

export interface TaxonomyCategory {
  id: string;
  name: string;
  description: string | null;
  skills: TaxonomySkill[];
}

/** What mergeSkills moved onto the target. */
export interface SkillMergeResult {
  skill: TaxonomySkill;
  levels: number;
  evidence: number;
  carriedOver: number;
  requirements: number;
}

export interface SkillHeatmap {
  threshold: number;
  units: Array<{ id: string; name: string; parentId: string | null; headcount: number }>;
  skills: Skill[];
  cells: Array<{ unitId: string; skillId: string; average: number; atLeast: number; assessed: number }>;
}

export interface SkillEvidence {
  id: string;
  kind: EvidenceKind;
  level: number;
  note: string | null;
  createdAt: string;
}

/** What one kind of evidence says about a level, and whether it decided it. */
export interface SkillSourceLevel {
  kind: EvidenceKind;
  level: number;
  recordedAt: string;
  decides: boolean;
  claimAboveAssessed: boolean;
}

export interface SkillProfile {
  person: OrgPerson;
  entries: Array<{
    skill: Skill;
    level: number;
    levelSource: EvidenceKind | null;
    sources: SkillSourceLevel[];
    claimedLevel: number | null;
    evidenceKinds: EvidenceKind[];
    evidence: SkillEvidence[];
    updatedAt: string;
  }>;
}

export interface Requirement {
  skillId: string;
  skillName: string;
  minLevel: number;
  weight: number;
}

export interface Assignment {
  id: string;
  personId: string;
  person: OrgPerson | null;
  unitId: string | null;
  allocation: number;
  since: string;
}

export interface Project {
  id: string;
  name: string;
  description: string | null;
  ownerUnitId: string | null;
  ownerUnitName: string | null;
  status: ProjectStatus;
  startDate: string | null;
  endDate: string | null;
  priority: number;
  headcountMin: number;
  headcountMax: number;
  headcount: number;
  staffing: StaffingLevel;
  requirements: Requirement[];
  assignments: Assignment[];
  unitIds: string[];
  crossUnit: boolean;
}

export interface ScoreParts {
  skillFit: number;
  priority: number;
  preference: number;
  growth: number;
  continuity: number;
  availability: number;
  total: number;
}

export interface PlanPerson {
  id: string;
  name: string;
  title: string;
  unitId: string | null;
  available: number;
}

export interface RequirementCover {
  skillId: string;
  skillName: string;
  minLevel: number;
  weight: number;
  level: number;
  covered: boolean;
  stretch: boolean;
}

export interface Proposal {
  person: PlanPerson;
  projectId: string;
  projectName: string;
  allocation: number;
  score: number;
  parts: ScoreParts;
  fit: number;
  covers: RequirementCover[];
  change: ChangeKind;
}

export interface PlanProject {
  projectId: string;
  name: string;
  priority: number;
  headcountMin: number;
  headcountMax: number;
  before: number;
  after: number;
  unstaffed: boolean;
}

export interface StaffingPlan {
  id: string;
  unitId: string | null;
  status: PlanStatus;
  total: number;
  weights: Omit<ScoreParts, 'total'>;
  minFit: number;
  topK: number;
  requireAll: boolean;
  includeManagers: boolean;
  projects: PlanProject[];
  assignments: Proposal[];
  changes: Array<{ person: PlanPerson; kind: ChangeKind; fromProjectIds: string[]; toProjectId: string | null }>;
  summary: { moves: number; new: number; unchanged: number; unstaffed: number; unstaffedProjects: number };
  stats: { people: number; projects: number; edges: number; eligiblePairs: number; scoringMs: number; solveMs: number };
  proposedBy: string | null;
  createdAt: string;
  appliedAt: string | null;
  appliedBy: string | null;
}

export interface CollaborationGraph {
  nodes: Array<{ unitId: string; name: string; kind: OrgUnitKind; parentId: string | null; depth: number; headcount: number; projects: number }>;
  edges: Array<{ sourceUnitId: string; targetUnitId: string; weight: number; projectIds: string[]; projectNames: string[]; sources: Array<{ source: string; weight: number }> }>;
  sources: string[];
}
