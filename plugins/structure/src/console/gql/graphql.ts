/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AssignToProjectInput = {
  /** Percent of their time, 1–100 */
  allocation?: number;
  personId: string;
  projectId: string;
};

export type CreateOrgUnitInput = {
  description?: string | null | undefined;
  kind: OrgUnitKind;
  leadId?: string | null | undefined;
  name: string;
  parentId?: string | null | undefined;
};

export type CreateProjectInput = {
  description?: string | null | undefined;
  endDate?: string | null | undefined;
  headcountMax: number;
  headcountMin?: number;
  name: string;
  ownerUnitId?: string | null | undefined;
  priority?: number;
  startDate?: string | null | undefined;
  status?: StructureProjectStatus;
};

export type CreateSkillCategoryInput = {
  description?: string | null | undefined;
  name: string;
};

export type CreateSkillInput = {
  categoryId: string;
  description?: string | null | undefined;
  name: string;
};

/** Leadership, a technical group (research, engineering, data science…), product or operations */
export type OrgUnitKind =
  | 'LEADERSHIP'
  | 'OPERATIONS'
  | 'PRODUCT'
  | 'TECHNICAL';

export type ProjectFilterInput = {
  /** Only projects spanning several units */
  crossUnit?: boolean | null | undefined;
  includeSubunits?: boolean;
  /** Projects this person works on */
  personId?: string | null | undefined;
  status?: StructureProjectStatus | null | undefined;
  /** Projects owned by this unit (and its sub-units unless includeSubunits is false) */
  unitId?: string | null | undefined;
};

export type ProjectRequirementInput = {
  minLevel: number;
  skillId: string;
  /** Relative importance (> 0) */
  weight?: number;
};

export type ProposeStaffingPlanInput = {
  /** Also plan people who manage others (they are left out unless already on a planned project) */
  includeManagers?: boolean;
  /** Minimum skill coverage for a pair to be a candidate (continuity and positive preferences always are) */
  minFit?: number;
  /** Everyone in the pool must be placed */
  requireAll?: boolean;
  /** Candidates kept per person */
  topK?: number;
  /** Plan this unit's projects (and its sub-units'); omit for the whole organisation (structure.projects.admin) */
  unitId?: string | null | undefined;
  weights?: StaffingWeightsInput | null | undefined;
};

export type SetOwnSkillLevelInput = {
  level: number;
  note?: string | null | undefined;
  skillId: string;
};

export type SetProjectRequirementsInput = {
  projectId: string;
  /** Replaces all requirements */
  requirements: Array<ProjectRequirementInput>;
};

export type SetSkillLevelInput = {
  /** MANAGER or REVIEW (SELF: setOwnSkillLevel; KNOWLEDGE and COURSE come from the knowledge and development plugins) */
  evidence?: SkillEvidenceKind;
  level: number;
  note?: string | null | undefined;
  personId: string;
  skillId: string;
};

export type SetStaffingPreferenceInput = {
  /** Default: yourself */
  personId?: string | null | undefined;
  projectId: string;
  /** −1 … 1; 0 removes the preference */
  strength: number;
};

/** Where a level comes from: self-assessment, manager, performance review, authored knowledge or a completed course */
export type SkillEvidenceKind =
  | 'COURSE'
  | 'KNOWLEDGE'
  | 'MANAGER'
  | 'REVIEW'
  | 'SELF';

export type SkillHeatmapInput = {
  categoryId?: string | null | undefined;
  /** Count members of sub-units too */
  recursive?: boolean;
  /** Columns; default: every skill (of the category) */
  skillIds?: Array<string> | null | undefined;
  /** Level counted in atLeast */
  threshold?: number;
  /** Rows; default: every unit */
  unitIds?: Array<string> | null | undefined;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** MOVE: leaves a planned project for another; NEW: joins from none; UNCHANGED: stays; UNSTAFFED: leaves and gets none */
export type StaffingChangeKind =
  | 'MOVE'
  | 'NEW'
  | 'UNCHANGED'
  | 'UNSTAFFED';

export type StaffingPlanFilter = {
  status?: StaffingPlanStatus | null | undefined;
  /** Plans of this unit (as staffingPlans(unitId)) */
  unitId?: string | null | undefined;
};

export type StaffingPlanSort = {
  direction?: SortDirection;
  field: StaffingPlanSortField;
};

export type StaffingPlanSortField =
  | 'CREATED_AT'
  | 'STATUS'
  | 'TOTAL';

export type StaffingPlanStatus =
  | 'APPLIED'
  | 'DISCARDED'
  | 'PROPOSED';

export type StaffingWeightsInput = {
  availability?: number | null | undefined;
  continuity?: number | null | undefined;
  growth?: number | null | undefined;
  preference?: number | null | undefined;
  priority?: number | null | undefined;
  skillFit?: number | null | undefined;
};

export type StructureProjectSort = {
  direction?: SortDirection;
  field: StructureProjectSortField;
};

/** PRIORITY: ties (same priority) in id order, in the direction asked */
export type StructureProjectSortField =
  | 'CREATED_AT'
  | 'NAME'
  | 'PRIORITY'
  | 'UPDATED_AT';

export type StructureProjectStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'PLANNED';

export type StructureSpanFlag =
  | 'OK'
  | 'TOO_NARROW'
  | 'TOO_WIDE';

/** Headcount against the minimum and maximum */
export type StructureStaffingLevel =
  | 'FULL'
  | 'STAFFED'
  | 'UNDERSTAFFED';

export type UpdateOrgUnitInput = {
  description?: string | null | undefined;
  /** The updatedAt you read: if the unit changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: string | null | undefined;
  kind?: OrgUnitKind | null | undefined;
  /** null removes the lead */
  leadId?: string | null | undefined;
  name?: string | null | undefined;
};

export type UpdateProjectInput = {
  description?: string | null | undefined;
  endDate?: string | null | undefined;
  /** The updatedAt you read: if the project changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: string | null | undefined;
  headcountMax?: number | null | undefined;
  headcountMin?: number | null | undefined;
  name?: string | null | undefined;
  ownerUnitId?: string | null | undefined;
  priority?: number | null | undefined;
  startDate?: string | null | undefined;
  status?: StructureProjectStatus | null | undefined;
};

export type UpdateSkillCategoryInput = {
  description?: string | null | undefined;
  name?: string | null | undefined;
};

export type UpdateSkillInput = {
  categoryId?: string | null | undefined;
  description?: string | null | undefined;
  name?: string | null | undefined;
};

export type StructurePlanAlternativesQueryVariables = Exact<{
  id: string;
  personId: string;
}>;


export type StructurePlanAlternativesQuery = { staffingPlan: { candidates: Array<{ projectId: string, score: number, parts: { skillFit: number, total: number } }> } };

export type StructurePersonFieldsFragment = { id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string };

export type StructureUnitFieldsFragment = { id: string, name: string, kind: OrgUnitKind, description: string | null, parentId: string | null, depth: number, path: Array<string>, childIds: Array<string>, memberCount: number, totalMemberCount: number, updatedAt: string, lead: { id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string } | null };

export type StructureSkillFieldsFragment = { id: string, name: string, categoryId: string, categoryName: string };

export type StructureTaxonomySkillFieldsFragment = { id: string, name: string, description: string | null, categoryId: string, categoryName: string };

export type StructureProjectFieldsFragment = { id: string, name: string, updatedAt: string, description: string | null, ownerUnitId: string | null, ownerUnitName: string | null, status: StructureProjectStatus, startDate: string | null, endDate: string | null, priority: number, headcountMin: number, headcountMax: number, headcount: number, staffing: StructureStaffingLevel, unitIds: Array<string>, crossUnit: boolean, requirements: Array<{ skillId: string, skillName: string, minLevel: number, weight: number }>, assignments: Array<{ id: string, personId: string, unitId: string | null, allocation: number, since: string, person: { id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string } | null }> };

export type StructureScorePartsFieldsFragment = { skillFit: number, priority: number, preference: number, growth: number, continuity: number, availability: number, total: number };

export type StructurePlanPersonFieldsFragment = { id: string, name: string, title: string, unitId: string | null, available: number };

export type StructurePlanFieldsFragment = { id: string, unitId: string | null, status: StaffingPlanStatus, total: number, minFit: number, topK: number, requireAll: boolean, includeManagers: boolean, proposedBy: string | null, createdAt: string, appliedAt: string | null, appliedBy: string | null, weights: { skillFit: number, priority: number, preference: number, growth: number, continuity: number, availability: number }, projects: Array<{ projectId: string, name: string, priority: number, headcountMin: number, headcountMax: number, before: number, after: number, unstaffed: boolean }>, assignments: Array<{ projectId: string, projectName: string, allocation: number, score: number, fit: number, change: StaffingChangeKind, person: { id: string, name: string, title: string, unitId: string | null, available: number }, parts: { skillFit: number, priority: number, preference: number, growth: number, continuity: number, availability: number, total: number }, covers: Array<{ skillId: string, skillName: string, minLevel: number, weight: number, level: number, covered: boolean, stretch: boolean }> }>, changes: Array<{ kind: StaffingChangeKind, fromProjectIds: Array<string>, toProjectId: string | null, person: { id: string, name: string, title: string, unitId: string | null, available: number } }>, summary: { moves: number, new: number, unchanged: number, unstaffed: number, unstaffedProjects: number }, stats: { people: number, projects: number, edges: number, eligiblePairs: number, scoringMs: number, solveMs: number } };

export type StructureOrgChartQueryVariables = Exact<{
  rootUnitId?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type StructureOrgChartQuery = { orgChart: { matchedUnitIds: Array<string>, matchedPersonIds: Array<string>, expandUnitIds: Array<string>, units: Array<{ id: string, name: string, kind: OrgUnitKind, description: string | null, parentId: string | null, depth: number, path: Array<string>, childIds: Array<string>, memberCount: number, totalMemberCount: number, updatedAt: string, lead: { id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string } | null }>, matchedPeople: Array<{ id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string }> } };

export type StructureStaffingOrgQueryVariables = Exact<{ [key: string]: never; }>;


export type StructureStaffingOrgQuery = { orgChart: { units: Array<{ id: string, name: string, kind: OrgUnitKind, description: string | null, parentId: string | null, depth: number, path: Array<string>, childIds: Array<string>, memberCount: number, totalMemberCount: number, updatedAt: string, lead: { id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string } | null }>, members: Array<{ id: string, managerId: string | null }> } };

export type StructureOrgUnitMembersQueryVariables = Exact<{
  unitIds: Array<string> | string;
}>;


export type StructureOrgUnitMembersQuery = { orgUnitMembers: Array<{ id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string }> };

export type StructureOrgUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type StructureOrgUnitsQuery = { orgUnits: Array<{ id: string, name: string, kind: OrgUnitKind, description: string | null, parentId: string | null, depth: number, path: Array<string>, childIds: Array<string>, memberCount: number, totalMemberCount: number, updatedAt: string, lead: { id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string } | null }> };

export type StructureSpanQueryVariables = Exact<{
  unitId?: string | null | undefined;
}>;


export type StructureSpanQuery = { spanOfControl: { averageSpan: number, flaggedManagers: number, flaggedUnits: number, bounds: { spanMin: number, spanMax: number, maxLayers: number }, managers: Array<{ unitId: string | null, directReports: number, flag: StructureSpanFlag, manager: { id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string } }>, units: Array<{ unitId: string, unitName: string, headcount: number, layers: number, flagged: boolean }> } };

export type StructureSkillCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type StructureSkillCategoriesQuery = { skillCategories: Array<{ id: string, name: string, skills: Array<{ id: string, name: string, categoryId: string, categoryName: string }> }> };

export type StructureHeatmapQueryVariables = Exact<{
  input?: SkillHeatmapInput | null | undefined;
}>;


export type StructureHeatmapQuery = { skillHeatmap: { threshold: number, units: Array<{ id: string, name: string, parentId: string | null, headcount: number }>, skills: Array<{ id: string, name: string, categoryId: string, categoryName: string }>, cells: Array<{ unitId: string, skillId: string, average: number, atLeast: number, assessed: number }> } };

export type StructureSkillProfileQueryVariables = Exact<{
  personId?: string | null | undefined;
}>;


export type StructureSkillProfileQuery = { skillProfile: { person: { id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string }, entries: Array<{ level: number, levelSource: SkillEvidenceKind | null, claimedLevel: number | null, evidenceKinds: Array<SkillEvidenceKind>, updatedAt: string, skill: { id: string, name: string, categoryId: string, categoryName: string }, sources: Array<{ kind: SkillEvidenceKind, level: number, recordedAt: string, decides: boolean, claimAboveAssessed: boolean }>, evidence: Array<{ id: string, kind: SkillEvidenceKind, level: number, note: string | null, createdAt: string }> }> } };

export type StructureProjectsQueryVariables = Exact<{
  filter?: ProjectFilterInput | null | undefined;
}>;


export type StructureProjectsQuery = { projects: Array<{ id: string, name: string, updatedAt: string, description: string | null, ownerUnitId: string | null, ownerUnitName: string | null, status: StructureProjectStatus, startDate: string | null, endDate: string | null, priority: number, headcountMin: number, headcountMax: number, headcount: number, staffing: StructureStaffingLevel, unitIds: Array<string>, crossUnit: boolean, requirements: Array<{ skillId: string, skillName: string, minLevel: number, weight: number }>, assignments: Array<{ id: string, personId: string, unitId: string | null, allocation: number, since: string, person: { id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string } | null }> }> };

export type StructureProjectsPageQueryVariables = Exact<{
  filter?: ProjectFilterInput | null | undefined;
  sort?: StructureProjectSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type StructureProjectsPageQuery = { projectsPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ updatedAt: string, id: string, name: string, description: string | null, ownerUnitId: string | null, ownerUnitName: string | null, status: StructureProjectStatus, startDate: string | null, endDate: string | null, priority: number, headcountMin: number, headcountMax: number, headcount: number, staffing: StructureStaffingLevel, unitIds: Array<string>, crossUnit: boolean, requirements: Array<{ skillId: string, skillName: string, minLevel: number, weight: number }>, assignments: Array<{ id: string, personId: string, unitId: string | null, allocation: number, since: string, person: { id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string } | null }> }> } };

export type StructureProjectQueryVariables = Exact<{
  id: string;
}>;


export type StructureProjectQuery = { project: { id: string, name: string, updatedAt: string, description: string | null, ownerUnitId: string | null, ownerUnitName: string | null, status: StructureProjectStatus, startDate: string | null, endDate: string | null, priority: number, headcountMin: number, headcountMax: number, headcount: number, staffing: StructureStaffingLevel, unitIds: Array<string>, crossUnit: boolean, requirements: Array<{ skillId: string, skillName: string, minLevel: number, weight: number }>, assignments: Array<{ id: string, personId: string, unitId: string | null, allocation: number, since: string, person: { id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string } | null }> } };

export type StructureAssignMutationVariables = Exact<{
  input: AssignToProjectInput;
}>;


export type StructureAssignMutation = { assignToProject: { id: string, name: string, updatedAt: string, description: string | null, ownerUnitId: string | null, ownerUnitName: string | null, status: StructureProjectStatus, startDate: string | null, endDate: string | null, priority: number, headcountMin: number, headcountMax: number, headcount: number, staffing: StructureStaffingLevel, unitIds: Array<string>, crossUnit: boolean, requirements: Array<{ skillId: string, skillName: string, minLevel: number, weight: number }>, assignments: Array<{ id: string, personId: string, unitId: string | null, allocation: number, since: string, person: { id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string } | null }> } };

export type StructureUnassignMutationVariables = Exact<{
  projectId: string;
  personId: string;
}>;


export type StructureUnassignMutation = { unassignFromProject: { id: string, name: string, updatedAt: string, description: string | null, ownerUnitId: string | null, ownerUnitName: string | null, status: StructureProjectStatus, startDate: string | null, endDate: string | null, priority: number, headcountMin: number, headcountMax: number, headcount: number, staffing: StructureStaffingLevel, unitIds: Array<string>, crossUnit: boolean, requirements: Array<{ skillId: string, skillName: string, minLevel: number, weight: number }>, assignments: Array<{ id: string, personId: string, unitId: string | null, allocation: number, since: string, person: { id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string } | null }> } };

export type StructureStartPlanMutationVariables = Exact<{
  input?: ProposeStaffingPlanInput | null | undefined;
}>;


export type StructureStartPlanMutation = { startStaffingPlan: { id: string } };

export type StructureApplyPlanMutationVariables = Exact<{
  id: string;
}>;


export type StructureApplyPlanMutation = { applyStaffingPlan: { id: string, unitId: string | null, status: StaffingPlanStatus, total: number, minFit: number, topK: number, requireAll: boolean, includeManagers: boolean, proposedBy: string | null, createdAt: string, appliedAt: string | null, appliedBy: string | null, weights: { skillFit: number, priority: number, preference: number, growth: number, continuity: number, availability: number }, projects: Array<{ projectId: string, name: string, priority: number, headcountMin: number, headcountMax: number, before: number, after: number, unstaffed: boolean }>, assignments: Array<{ projectId: string, projectName: string, allocation: number, score: number, fit: number, change: StaffingChangeKind, person: { id: string, name: string, title: string, unitId: string | null, available: number }, parts: { skillFit: number, priority: number, preference: number, growth: number, continuity: number, availability: number, total: number }, covers: Array<{ skillId: string, skillName: string, minLevel: number, weight: number, level: number, covered: boolean, stretch: boolean }> }>, changes: Array<{ kind: StaffingChangeKind, fromProjectIds: Array<string>, toProjectId: string | null, person: { id: string, name: string, title: string, unitId: string | null, available: number } }>, summary: { moves: number, new: number, unchanged: number, unstaffed: number, unstaffedProjects: number }, stats: { people: number, projects: number, edges: number, eligiblePairs: number, scoringMs: number, solveMs: number } } };

export type StructureDiscardPlanMutationVariables = Exact<{
  id: string;
}>;


export type StructureDiscardPlanMutation = { discardStaffingPlan: { id: string, unitId: string | null, status: StaffingPlanStatus, total: number, minFit: number, topK: number, requireAll: boolean, includeManagers: boolean, proposedBy: string | null, createdAt: string, appliedAt: string | null, appliedBy: string | null, weights: { skillFit: number, priority: number, preference: number, growth: number, continuity: number, availability: number }, projects: Array<{ projectId: string, name: string, priority: number, headcountMin: number, headcountMax: number, before: number, after: number, unstaffed: boolean }>, assignments: Array<{ projectId: string, projectName: string, allocation: number, score: number, fit: number, change: StaffingChangeKind, person: { id: string, name: string, title: string, unitId: string | null, available: number }, parts: { skillFit: number, priority: number, preference: number, growth: number, continuity: number, availability: number, total: number }, covers: Array<{ skillId: string, skillName: string, minLevel: number, weight: number, level: number, covered: boolean, stretch: boolean }> }>, changes: Array<{ kind: StaffingChangeKind, fromProjectIds: Array<string>, toProjectId: string | null, person: { id: string, name: string, title: string, unitId: string | null, available: number } }>, summary: { moves: number, new: number, unchanged: number, unstaffed: number, unstaffedProjects: number }, stats: { people: number, projects: number, edges: number, eligiblePairs: number, scoringMs: number, solveMs: number } } };

export type StructurePlansPageQueryVariables = Exact<{
  filter?: StaffingPlanFilter | null | undefined;
  sort?: StaffingPlanSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type StructurePlansPageQuery = { staffingPlansPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, unitId: string | null, status: StaffingPlanStatus, total: number, createdAt: string, appliedAt: string | null, proposedBy: string | null, summary: { moves: number, new: number, unchanged: number, unstaffed: number, unstaffedProjects: number } }> } };

export type StructurePlanQueryVariables = Exact<{
  id: string;
}>;


export type StructurePlanQuery = { staffingPlan: { id: string, unitId: string | null, status: StaffingPlanStatus, total: number, minFit: number, topK: number, requireAll: boolean, includeManagers: boolean, proposedBy: string | null, createdAt: string, appliedAt: string | null, appliedBy: string | null, weights: { skillFit: number, priority: number, preference: number, growth: number, continuity: number, availability: number }, projects: Array<{ projectId: string, name: string, priority: number, headcountMin: number, headcountMax: number, before: number, after: number, unstaffed: boolean }>, assignments: Array<{ projectId: string, projectName: string, allocation: number, score: number, fit: number, change: StaffingChangeKind, person: { id: string, name: string, title: string, unitId: string | null, available: number }, parts: { skillFit: number, priority: number, preference: number, growth: number, continuity: number, availability: number, total: number }, covers: Array<{ skillId: string, skillName: string, minLevel: number, weight: number, level: number, covered: boolean, stretch: boolean }> }>, changes: Array<{ kind: StaffingChangeKind, fromProjectIds: Array<string>, toProjectId: string | null, person: { id: string, name: string, title: string, unitId: string | null, available: number } }>, summary: { moves: number, new: number, unchanged: number, unstaffed: number, unstaffedProjects: number }, stats: { people: number, projects: number, edges: number, eligiblePairs: number, scoringMs: number, solveMs: number } } };

export type StructureCollaborationQueryVariables = Exact<{
  depth?: number | null | undefined;
}>;


export type StructureCollaborationQuery = { collaborationGraph: { sources: Array<string>, nodes: Array<{ unitId: string, name: string, kind: OrgUnitKind, parentId: string | null, depth: number, headcount: number, projects: number }>, edges: Array<{ sourceUnitId: string, targetUnitId: string, weight: number, projectIds: Array<string>, projectNames: Array<string>, sources: Array<{ source: string, weight: number }> }> } };

export type StructureCreateOrgUnitMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type StructureCreateOrgUnitMutation = { createOrgUnit: { id: string, name: string, kind: OrgUnitKind, description: string | null, parentId: string | null, depth: number, path: Array<string>, childIds: Array<string>, memberCount: number, totalMemberCount: number, updatedAt: string, lead: { id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string } | null } };

export type StructureUpdateOrgUnitMutationVariables = Exact<{
  id: string;
  input: UpdateOrgUnitInput;
}>;


export type StructureUpdateOrgUnitMutation = { updateOrgUnit: { id: string, name: string, kind: OrgUnitKind, description: string | null, parentId: string | null, depth: number, path: Array<string>, childIds: Array<string>, memberCount: number, totalMemberCount: number, updatedAt: string, lead: { id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string } | null } };

export type StructureMoveOrgUnitMutationVariables = Exact<{
  id: string;
  parentId?: string | null | undefined;
}>;


export type StructureMoveOrgUnitMutation = { moveOrgUnit: { id: string, name: string, kind: OrgUnitKind, description: string | null, parentId: string | null, depth: number, path: Array<string>, childIds: Array<string>, memberCount: number, totalMemberCount: number, updatedAt: string, lead: { id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string } | null } };

export type StructureDeleteOrgUnitMutationVariables = Exact<{
  id: string;
}>;


export type StructureDeleteOrgUnitMutation = { deleteOrgUnit: boolean };

export type StructureAssignPersonToUnitMutationVariables = Exact<{
  personId: string;
  unitId?: string | null | undefined;
}>;


export type StructureAssignPersonToUnitMutation = { assignPersonToUnit: { id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string } };

export type StructureCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type StructureCreateProjectMutation = { createProject: { id: string, name: string, updatedAt: string, description: string | null, ownerUnitId: string | null, ownerUnitName: string | null, status: StructureProjectStatus, startDate: string | null, endDate: string | null, priority: number, headcountMin: number, headcountMax: number, headcount: number, staffing: StructureStaffingLevel, unitIds: Array<string>, crossUnit: boolean, requirements: Array<{ skillId: string, skillName: string, minLevel: number, weight: number }>, assignments: Array<{ id: string, personId: string, unitId: string | null, allocation: number, since: string, person: { id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string } | null }> } };

export type StructureUpdateProjectMutationVariables = Exact<{
  id: string;
  input: UpdateProjectInput;
}>;


export type StructureUpdateProjectMutation = { updateProject: { id: string, name: string, updatedAt: string, description: string | null, ownerUnitId: string | null, ownerUnitName: string | null, status: StructureProjectStatus, startDate: string | null, endDate: string | null, priority: number, headcountMin: number, headcountMax: number, headcount: number, staffing: StructureStaffingLevel, unitIds: Array<string>, crossUnit: boolean, requirements: Array<{ skillId: string, skillName: string, minLevel: number, weight: number }>, assignments: Array<{ id: string, personId: string, unitId: string | null, allocation: number, since: string, person: { id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string } | null }> } };

export type StructureSetRequirementsMutationVariables = Exact<{
  input: SetProjectRequirementsInput;
}>;


export type StructureSetRequirementsMutation = { setProjectRequirements: { id: string, name: string, updatedAt: string, description: string | null, ownerUnitId: string | null, ownerUnitName: string | null, status: StructureProjectStatus, startDate: string | null, endDate: string | null, priority: number, headcountMin: number, headcountMax: number, headcount: number, staffing: StructureStaffingLevel, unitIds: Array<string>, crossUnit: boolean, requirements: Array<{ skillId: string, skillName: string, minLevel: number, weight: number }>, assignments: Array<{ id: string, personId: string, unitId: string | null, allocation: number, since: string, person: { id: string, name: string, email: string, title: string, level: string, managerId: string | null, orgUnitId: string | null, status: string } | null }> } };

export type StructureSetSkillLevelMutationVariables = Exact<{
  input: SetSkillLevelInput;
}>;


export type StructureSetSkillLevelMutation = { setSkillLevel: { person: { id: string } } };

export type StructureSetOwnSkillLevelMutationVariables = Exact<{
  input: SetOwnSkillLevelInput;
}>;


export type StructureSetOwnSkillLevelMutation = { setOwnSkillLevel: { person: { id: string } } };

export type StructureTaxonomyQueryVariables = Exact<{ [key: string]: never; }>;


export type StructureTaxonomyQuery = { skillCategories: Array<{ id: string, name: string, description: string | null, skills: Array<{ id: string, name: string, description: string | null, categoryId: string, categoryName: string }> }> };

export type StructureCreateSkillCategoryMutationVariables = Exact<{
  input: CreateSkillCategoryInput;
}>;


export type StructureCreateSkillCategoryMutation = { createSkillCategory: { id: string, name: string } };

export type StructureCreateSkillMutationVariables = Exact<{
  input: CreateSkillInput;
}>;


export type StructureCreateSkillMutation = { createSkill: { id: string, name: string, description: string | null, categoryId: string, categoryName: string } };

export type StructureUpdateSkillMutationVariables = Exact<{
  id: string;
  input: UpdateSkillInput;
}>;


export type StructureUpdateSkillMutation = { updateSkill: { id: string, name: string, description: string | null, categoryId: string, categoryName: string } };

export type StructureDeleteSkillMutationVariables = Exact<{
  id: string;
}>;


export type StructureDeleteSkillMutation = { deleteSkill: boolean };

export type StructureUpdateSkillCategoryMutationVariables = Exact<{
  id: string;
  input: UpdateSkillCategoryInput;
}>;


export type StructureUpdateSkillCategoryMutation = { updateSkillCategory: { id: string, name: string, description: string | null } };

export type StructureDeleteSkillCategoryMutationVariables = Exact<{
  id: string;
}>;


export type StructureDeleteSkillCategoryMutation = { deleteSkillCategory: boolean };

export type StructureMergeSkillsMutationVariables = Exact<{
  sourceSkillId: string;
  targetSkillId: string;
}>;


export type StructureMergeSkillsMutation = { mergeSkills: { levels: number, evidence: number, carriedOver: number, requirements: number, skill: { id: string, name: string, description: string | null, categoryId: string, categoryName: string } } };

export type StructureStaffingPreferencesQueryVariables = Exact<{
  personId?: string | null | undefined;
}>;


export type StructureStaffingPreferencesQuery = { staffingPreferences: Array<{ projectId: string, projectName: string, strength: number }> };

export type StructureSetStaffingPreferenceMutationVariables = Exact<{
  input: SetStaffingPreferenceInput;
}>;


export type StructureSetStaffingPreferenceMutation = { setStaffingPreference: Array<{ projectId: string, projectName: string, strength: number }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const StructurePersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}
    `, {"fragmentName":"StructurePersonFields"}) as unknown as TypedDocumentString<StructurePersonFieldsFragment, unknown>;
export const StructureUnitFieldsFragmentDoc = new TypedDocumentString(`
    fragment StructureUnitFields on OrgUnit {
  id
  name
  kind
  description
  parentId
  lead {
    ...StructurePersonFields
  }
  depth
  path
  childIds
  memberCount
  totalMemberCount
  updatedAt
}
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}`, {"fragmentName":"StructureUnitFields"}) as unknown as TypedDocumentString<StructureUnitFieldsFragment, unknown>;
export const StructureSkillFieldsFragmentDoc = new TypedDocumentString(`
    fragment StructureSkillFields on Skill {
  id
  name
  categoryId
  categoryName
}
    `, {"fragmentName":"StructureSkillFields"}) as unknown as TypedDocumentString<StructureSkillFieldsFragment, unknown>;
export const StructureTaxonomySkillFieldsFragmentDoc = new TypedDocumentString(`
    fragment StructureTaxonomySkillFields on Skill {
  id
  name
  description
  categoryId
  categoryName
}
    `, {"fragmentName":"StructureTaxonomySkillFields"}) as unknown as TypedDocumentString<StructureTaxonomySkillFieldsFragment, unknown>;
export const StructureProjectFieldsFragmentDoc = new TypedDocumentString(`
    fragment StructureProjectFields on StructureProject {
  id
  name
  updatedAt
  description
  ownerUnitId
  ownerUnitName
  status
  startDate
  endDate
  priority
  headcountMin
  headcountMax
  headcount
  staffing
  requirements {
    skillId
    skillName
    minLevel
    weight
  }
  assignments {
    id
    personId
    person {
      ...StructurePersonFields
    }
    unitId
    allocation
    since
  }
  unitIds
  crossUnit
}
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}`, {"fragmentName":"StructureProjectFields"}) as unknown as TypedDocumentString<StructureProjectFieldsFragment, unknown>;
export const StructurePlanPersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment StructurePlanPersonFields on StaffingPlanPerson {
  id
  name
  title
  unitId
  available
}
    `, {"fragmentName":"StructurePlanPersonFields"}) as unknown as TypedDocumentString<StructurePlanPersonFieldsFragment, unknown>;
export const StructureScorePartsFieldsFragmentDoc = new TypedDocumentString(`
    fragment StructureScorePartsFields on StaffingScoreParts {
  skillFit
  priority
  preference
  growth
  continuity
  availability
  total
}
    `, {"fragmentName":"StructureScorePartsFields"}) as unknown as TypedDocumentString<StructureScorePartsFieldsFragment, unknown>;
export const StructurePlanFieldsFragmentDoc = new TypedDocumentString(`
    fragment StructurePlanFields on StaffingPlan {
  id
  unitId
  status
  total
  weights {
    skillFit
    priority
    preference
    growth
    continuity
    availability
  }
  minFit
  topK
  requireAll
  includeManagers
  projects {
    projectId
    name
    priority
    headcountMin
    headcountMax
    before
    after
    unstaffed
  }
  assignments {
    person {
      ...StructurePlanPersonFields
    }
    projectId
    projectName
    allocation
    score
    parts {
      ...StructureScorePartsFields
    }
    fit
    change
    covers {
      skillId
      skillName
      minLevel
      weight
      level
      covered
      stretch
    }
  }
  changes {
    person {
      ...StructurePlanPersonFields
    }
    kind
    fromProjectIds
    toProjectId
  }
  summary {
    moves
    new
    unchanged
    unstaffed
    unstaffedProjects
  }
  stats {
    people
    projects
    edges
    eligiblePairs
    scoringMs
    solveMs
  }
  proposedBy
  createdAt
  appliedAt
  appliedBy
}
    fragment StructureScorePartsFields on StaffingScoreParts {
  skillFit
  priority
  preference
  growth
  continuity
  availability
  total
}
fragment StructurePlanPersonFields on StaffingPlanPerson {
  id
  name
  title
  unitId
  available
}`, {"fragmentName":"StructurePlanFields"}) as unknown as TypedDocumentString<StructurePlanFieldsFragment, unknown>;
export const StructurePlanAlternativesDocument = new TypedDocumentString(`
    query StructurePlanAlternatives($id: ID!, $personId: ID!) {
  staffingPlan(id: $id) {
    candidates(personId: $personId, first: 6) {
      projectId
      score
      parts {
        skillFit
        total
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StructurePlanAlternativesQuery, StructurePlanAlternativesQueryVariables>;
export const StructureOrgChartDocument = new TypedDocumentString(`
    query StructureOrgChart($rootUnitId: ID, $search: String) {
  orgChart(rootUnitId: $rootUnitId, search: $search, includeMembers: false) {
    units {
      ...StructureUnitFields
    }
    matchedUnitIds
    matchedPersonIds
    matchedPeople {
      ...StructurePersonFields
    }
    expandUnitIds
  }
}
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}
fragment StructureUnitFields on OrgUnit {
  id
  name
  kind
  description
  parentId
  lead {
    ...StructurePersonFields
  }
  depth
  path
  childIds
  memberCount
  totalMemberCount
  updatedAt
}`) as unknown as TypedDocumentString<StructureOrgChartQuery, StructureOrgChartQueryVariables>;
export const StructureStaffingOrgDocument = new TypedDocumentString(`
    query StructureStaffingOrg {
  orgChart(includeMembers: true) {
    units {
      ...StructureUnitFields
    }
    members {
      id
      managerId
    }
  }
}
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}
fragment StructureUnitFields on OrgUnit {
  id
  name
  kind
  description
  parentId
  lead {
    ...StructurePersonFields
  }
  depth
  path
  childIds
  memberCount
  totalMemberCount
  updatedAt
}`) as unknown as TypedDocumentString<StructureStaffingOrgQuery, StructureStaffingOrgQueryVariables>;
export const StructureOrgUnitMembersDocument = new TypedDocumentString(`
    query StructureOrgUnitMembers($unitIds: [ID!]!) {
  orgUnitMembers(unitIds: $unitIds) {
    ...StructurePersonFields
  }
}
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}`) as unknown as TypedDocumentString<StructureOrgUnitMembersQuery, StructureOrgUnitMembersQueryVariables>;
export const StructureOrgUnitsDocument = new TypedDocumentString(`
    query StructureOrgUnits {
  orgUnits {
    ...StructureUnitFields
  }
}
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}
fragment StructureUnitFields on OrgUnit {
  id
  name
  kind
  description
  parentId
  lead {
    ...StructurePersonFields
  }
  depth
  path
  childIds
  memberCount
  totalMemberCount
  updatedAt
}`) as unknown as TypedDocumentString<StructureOrgUnitsQuery, StructureOrgUnitsQueryVariables>;
export const StructureSpanDocument = new TypedDocumentString(`
    query StructureSpan($unitId: ID) {
  spanOfControl(unitId: $unitId) {
    bounds {
      spanMin
      spanMax
      maxLayers
    }
    managers {
      manager {
        ...StructurePersonFields
      }
      unitId
      directReports
      flag
    }
    units {
      unitId
      unitName
      headcount
      layers
      flagged
    }
    averageSpan
    flaggedManagers
    flaggedUnits
  }
}
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}`) as unknown as TypedDocumentString<StructureSpanQuery, StructureSpanQueryVariables>;
export const StructureSkillCategoriesDocument = new TypedDocumentString(`
    query StructureSkillCategories {
  skillCategories {
    id
    name
    skills {
      ...StructureSkillFields
    }
  }
}
    fragment StructureSkillFields on Skill {
  id
  name
  categoryId
  categoryName
}`) as unknown as TypedDocumentString<StructureSkillCategoriesQuery, StructureSkillCategoriesQueryVariables>;
export const StructureHeatmapDocument = new TypedDocumentString(`
    query StructureHeatmap($input: SkillHeatmapInput) {
  skillHeatmap(input: $input) {
    threshold
    units {
      id
      name
      parentId
      headcount
    }
    skills {
      ...StructureSkillFields
    }
    cells {
      unitId
      skillId
      average
      atLeast
      assessed
    }
  }
}
    fragment StructureSkillFields on Skill {
  id
  name
  categoryId
  categoryName
}`) as unknown as TypedDocumentString<StructureHeatmapQuery, StructureHeatmapQueryVariables>;
export const StructureSkillProfileDocument = new TypedDocumentString(`
    query StructureSkillProfile($personId: ID) {
  skillProfile(personId: $personId) {
    person {
      ...StructurePersonFields
    }
    entries {
      skill {
        ...StructureSkillFields
      }
      level
      levelSource
      claimedLevel
      sources {
        kind
        level
        recordedAt
        decides
        claimAboveAssessed
      }
      evidenceKinds
      updatedAt
      evidence {
        id
        kind
        level
        note
        createdAt
      }
    }
  }
}
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}
fragment StructureSkillFields on Skill {
  id
  name
  categoryId
  categoryName
}`) as unknown as TypedDocumentString<StructureSkillProfileQuery, StructureSkillProfileQueryVariables>;
export const StructureProjectsDocument = new TypedDocumentString(`
    query StructureProjects($filter: ProjectFilterInput) {
  projects(filter: $filter) {
    ...StructureProjectFields
  }
}
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}
fragment StructureProjectFields on StructureProject {
  id
  name
  updatedAt
  description
  ownerUnitId
  ownerUnitName
  status
  startDate
  endDate
  priority
  headcountMin
  headcountMax
  headcount
  staffing
  requirements {
    skillId
    skillName
    minLevel
    weight
  }
  assignments {
    id
    personId
    person {
      ...StructurePersonFields
    }
    unitId
    allocation
    since
  }
  unitIds
  crossUnit
}`) as unknown as TypedDocumentString<StructureProjectsQuery, StructureProjectsQueryVariables>;
export const StructureProjectsPageDocument = new TypedDocumentString(`
    query StructureProjectsPage($filter: ProjectFilterInput, $sort: StructureProjectSort, $first: Int!, $after: String) {
  projectsPage(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...StructureProjectFields
      updatedAt
    }
  }
}
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}
fragment StructureProjectFields on StructureProject {
  id
  name
  updatedAt
  description
  ownerUnitId
  ownerUnitName
  status
  startDate
  endDate
  priority
  headcountMin
  headcountMax
  headcount
  staffing
  requirements {
    skillId
    skillName
    minLevel
    weight
  }
  assignments {
    id
    personId
    person {
      ...StructurePersonFields
    }
    unitId
    allocation
    since
  }
  unitIds
  crossUnit
}`) as unknown as TypedDocumentString<StructureProjectsPageQuery, StructureProjectsPageQueryVariables>;
export const StructureProjectDocument = new TypedDocumentString(`
    query StructureProject($id: ID!) {
  project(id: $id) {
    ...StructureProjectFields
  }
}
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}
fragment StructureProjectFields on StructureProject {
  id
  name
  updatedAt
  description
  ownerUnitId
  ownerUnitName
  status
  startDate
  endDate
  priority
  headcountMin
  headcountMax
  headcount
  staffing
  requirements {
    skillId
    skillName
    minLevel
    weight
  }
  assignments {
    id
    personId
    person {
      ...StructurePersonFields
    }
    unitId
    allocation
    since
  }
  unitIds
  crossUnit
}`) as unknown as TypedDocumentString<StructureProjectQuery, StructureProjectQueryVariables>;
export const StructureAssignDocument = new TypedDocumentString(`
    mutation StructureAssign($input: AssignToProjectInput!) {
  assignToProject(input: $input) {
    ...StructureProjectFields
  }
}
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}
fragment StructureProjectFields on StructureProject {
  id
  name
  updatedAt
  description
  ownerUnitId
  ownerUnitName
  status
  startDate
  endDate
  priority
  headcountMin
  headcountMax
  headcount
  staffing
  requirements {
    skillId
    skillName
    minLevel
    weight
  }
  assignments {
    id
    personId
    person {
      ...StructurePersonFields
    }
    unitId
    allocation
    since
  }
  unitIds
  crossUnit
}`) as unknown as TypedDocumentString<StructureAssignMutation, StructureAssignMutationVariables>;
export const StructureUnassignDocument = new TypedDocumentString(`
    mutation StructureUnassign($projectId: ID!, $personId: ID!) {
  unassignFromProject(projectId: $projectId, personId: $personId) {
    ...StructureProjectFields
  }
}
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}
fragment StructureProjectFields on StructureProject {
  id
  name
  updatedAt
  description
  ownerUnitId
  ownerUnitName
  status
  startDate
  endDate
  priority
  headcountMin
  headcountMax
  headcount
  staffing
  requirements {
    skillId
    skillName
    minLevel
    weight
  }
  assignments {
    id
    personId
    person {
      ...StructurePersonFields
    }
    unitId
    allocation
    since
  }
  unitIds
  crossUnit
}`) as unknown as TypedDocumentString<StructureUnassignMutation, StructureUnassignMutationVariables>;
export const StructureStartPlanDocument = new TypedDocumentString(`
    mutation StructureStartPlan($input: ProposeStaffingPlanInput) {
  startStaffingPlan(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StructureStartPlanMutation, StructureStartPlanMutationVariables>;
export const StructureApplyPlanDocument = new TypedDocumentString(`
    mutation StructureApplyPlan($id: ID!) {
  applyStaffingPlan(id: $id) {
    ...StructurePlanFields
  }
}
    fragment StructureScorePartsFields on StaffingScoreParts {
  skillFit
  priority
  preference
  growth
  continuity
  availability
  total
}
fragment StructurePlanPersonFields on StaffingPlanPerson {
  id
  name
  title
  unitId
  available
}
fragment StructurePlanFields on StaffingPlan {
  id
  unitId
  status
  total
  weights {
    skillFit
    priority
    preference
    growth
    continuity
    availability
  }
  minFit
  topK
  requireAll
  includeManagers
  projects {
    projectId
    name
    priority
    headcountMin
    headcountMax
    before
    after
    unstaffed
  }
  assignments {
    person {
      ...StructurePlanPersonFields
    }
    projectId
    projectName
    allocation
    score
    parts {
      ...StructureScorePartsFields
    }
    fit
    change
    covers {
      skillId
      skillName
      minLevel
      weight
      level
      covered
      stretch
    }
  }
  changes {
    person {
      ...StructurePlanPersonFields
    }
    kind
    fromProjectIds
    toProjectId
  }
  summary {
    moves
    new
    unchanged
    unstaffed
    unstaffedProjects
  }
  stats {
    people
    projects
    edges
    eligiblePairs
    scoringMs
    solveMs
  }
  proposedBy
  createdAt
  appliedAt
  appliedBy
}`) as unknown as TypedDocumentString<StructureApplyPlanMutation, StructureApplyPlanMutationVariables>;
export const StructureDiscardPlanDocument = new TypedDocumentString(`
    mutation StructureDiscardPlan($id: ID!) {
  discardStaffingPlan(id: $id) {
    ...StructurePlanFields
  }
}
    fragment StructureScorePartsFields on StaffingScoreParts {
  skillFit
  priority
  preference
  growth
  continuity
  availability
  total
}
fragment StructurePlanPersonFields on StaffingPlanPerson {
  id
  name
  title
  unitId
  available
}
fragment StructurePlanFields on StaffingPlan {
  id
  unitId
  status
  total
  weights {
    skillFit
    priority
    preference
    growth
    continuity
    availability
  }
  minFit
  topK
  requireAll
  includeManagers
  projects {
    projectId
    name
    priority
    headcountMin
    headcountMax
    before
    after
    unstaffed
  }
  assignments {
    person {
      ...StructurePlanPersonFields
    }
    projectId
    projectName
    allocation
    score
    parts {
      ...StructureScorePartsFields
    }
    fit
    change
    covers {
      skillId
      skillName
      minLevel
      weight
      level
      covered
      stretch
    }
  }
  changes {
    person {
      ...StructurePlanPersonFields
    }
    kind
    fromProjectIds
    toProjectId
  }
  summary {
    moves
    new
    unchanged
    unstaffed
    unstaffedProjects
  }
  stats {
    people
    projects
    edges
    eligiblePairs
    scoringMs
    solveMs
  }
  proposedBy
  createdAt
  appliedAt
  appliedBy
}`) as unknown as TypedDocumentString<StructureDiscardPlanMutation, StructureDiscardPlanMutationVariables>;
export const StructurePlansPageDocument = new TypedDocumentString(`
    query StructurePlansPage($filter: StaffingPlanFilter, $sort: StaffingPlanSort, $first: Int!, $after: String) {
  staffingPlansPage(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      unitId
      status
      total
      summary {
        moves
        new
        unchanged
        unstaffed
        unstaffedProjects
      }
      createdAt
      appliedAt
      proposedBy
    }
  }
}
    `) as unknown as TypedDocumentString<StructurePlansPageQuery, StructurePlansPageQueryVariables>;
export const StructurePlanDocument = new TypedDocumentString(`
    query StructurePlan($id: ID!) {
  staffingPlan(id: $id) {
    ...StructurePlanFields
  }
}
    fragment StructureScorePartsFields on StaffingScoreParts {
  skillFit
  priority
  preference
  growth
  continuity
  availability
  total
}
fragment StructurePlanPersonFields on StaffingPlanPerson {
  id
  name
  title
  unitId
  available
}
fragment StructurePlanFields on StaffingPlan {
  id
  unitId
  status
  total
  weights {
    skillFit
    priority
    preference
    growth
    continuity
    availability
  }
  minFit
  topK
  requireAll
  includeManagers
  projects {
    projectId
    name
    priority
    headcountMin
    headcountMax
    before
    after
    unstaffed
  }
  assignments {
    person {
      ...StructurePlanPersonFields
    }
    projectId
    projectName
    allocation
    score
    parts {
      ...StructureScorePartsFields
    }
    fit
    change
    covers {
      skillId
      skillName
      minLevel
      weight
      level
      covered
      stretch
    }
  }
  changes {
    person {
      ...StructurePlanPersonFields
    }
    kind
    fromProjectIds
    toProjectId
  }
  summary {
    moves
    new
    unchanged
    unstaffed
    unstaffedProjects
  }
  stats {
    people
    projects
    edges
    eligiblePairs
    scoringMs
    solveMs
  }
  proposedBy
  createdAt
  appliedAt
  appliedBy
}`) as unknown as TypedDocumentString<StructurePlanQuery, StructurePlanQueryVariables>;
export const StructureCollaborationDocument = new TypedDocumentString(`
    query StructureCollaboration($depth: Int) {
  collaborationGraph(depth: $depth, includeSources: true) {
    nodes {
      unitId
      name
      kind
      parentId
      depth
      headcount
      projects
    }
    edges {
      sourceUnitId
      targetUnitId
      weight
      projectIds
      projectNames
      sources {
        source
        weight
      }
    }
    sources
  }
}
    `) as unknown as TypedDocumentString<StructureCollaborationQuery, StructureCollaborationQueryVariables>;
export const StructureCreateOrgUnitDocument = new TypedDocumentString(`
    mutation StructureCreateOrgUnit($input: CreateOrgUnitInput!) {
  createOrgUnit(input: $input) {
    ...StructureUnitFields
  }
}
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}
fragment StructureUnitFields on OrgUnit {
  id
  name
  kind
  description
  parentId
  lead {
    ...StructurePersonFields
  }
  depth
  path
  childIds
  memberCount
  totalMemberCount
  updatedAt
}`) as unknown as TypedDocumentString<StructureCreateOrgUnitMutation, StructureCreateOrgUnitMutationVariables>;
export const StructureUpdateOrgUnitDocument = new TypedDocumentString(`
    mutation StructureUpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {
  updateOrgUnit(id: $id, input: $input) {
    ...StructureUnitFields
  }
}
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}
fragment StructureUnitFields on OrgUnit {
  id
  name
  kind
  description
  parentId
  lead {
    ...StructurePersonFields
  }
  depth
  path
  childIds
  memberCount
  totalMemberCount
  updatedAt
}`) as unknown as TypedDocumentString<StructureUpdateOrgUnitMutation, StructureUpdateOrgUnitMutationVariables>;
export const StructureMoveOrgUnitDocument = new TypedDocumentString(`
    mutation StructureMoveOrgUnit($id: ID!, $parentId: ID) {
  moveOrgUnit(id: $id, parentId: $parentId) {
    ...StructureUnitFields
  }
}
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}
fragment StructureUnitFields on OrgUnit {
  id
  name
  kind
  description
  parentId
  lead {
    ...StructurePersonFields
  }
  depth
  path
  childIds
  memberCount
  totalMemberCount
  updatedAt
}`) as unknown as TypedDocumentString<StructureMoveOrgUnitMutation, StructureMoveOrgUnitMutationVariables>;
export const StructureDeleteOrgUnitDocument = new TypedDocumentString(`
    mutation StructureDeleteOrgUnit($id: ID!) {
  deleteOrgUnit(id: $id)
}
    `) as unknown as TypedDocumentString<StructureDeleteOrgUnitMutation, StructureDeleteOrgUnitMutationVariables>;
export const StructureAssignPersonToUnitDocument = new TypedDocumentString(`
    mutation StructureAssignPersonToUnit($personId: ID!, $unitId: ID) {
  assignPersonToUnit(personId: $personId, unitId: $unitId) {
    ...StructurePersonFields
  }
}
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}`) as unknown as TypedDocumentString<StructureAssignPersonToUnitMutation, StructureAssignPersonToUnitMutationVariables>;
export const StructureCreateProjectDocument = new TypedDocumentString(`
    mutation StructureCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    ...StructureProjectFields
  }
}
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}
fragment StructureProjectFields on StructureProject {
  id
  name
  updatedAt
  description
  ownerUnitId
  ownerUnitName
  status
  startDate
  endDate
  priority
  headcountMin
  headcountMax
  headcount
  staffing
  requirements {
    skillId
    skillName
    minLevel
    weight
  }
  assignments {
    id
    personId
    person {
      ...StructurePersonFields
    }
    unitId
    allocation
    since
  }
  unitIds
  crossUnit
}`) as unknown as TypedDocumentString<StructureCreateProjectMutation, StructureCreateProjectMutationVariables>;
export const StructureUpdateProjectDocument = new TypedDocumentString(`
    mutation StructureUpdateProject($id: ID!, $input: UpdateProjectInput!) {
  updateProject(id: $id, input: $input) {
    ...StructureProjectFields
  }
}
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}
fragment StructureProjectFields on StructureProject {
  id
  name
  updatedAt
  description
  ownerUnitId
  ownerUnitName
  status
  startDate
  endDate
  priority
  headcountMin
  headcountMax
  headcount
  staffing
  requirements {
    skillId
    skillName
    minLevel
    weight
  }
  assignments {
    id
    personId
    person {
      ...StructurePersonFields
    }
    unitId
    allocation
    since
  }
  unitIds
  crossUnit
}`) as unknown as TypedDocumentString<StructureUpdateProjectMutation, StructureUpdateProjectMutationVariables>;
export const StructureSetRequirementsDocument = new TypedDocumentString(`
    mutation StructureSetRequirements($input: SetProjectRequirementsInput!) {
  setProjectRequirements(input: $input) {
    ...StructureProjectFields
  }
}
    fragment StructurePersonFields on OrgPerson {
  id
  name
  email
  title
  level
  managerId
  orgUnitId
  status
}
fragment StructureProjectFields on StructureProject {
  id
  name
  updatedAt
  description
  ownerUnitId
  ownerUnitName
  status
  startDate
  endDate
  priority
  headcountMin
  headcountMax
  headcount
  staffing
  requirements {
    skillId
    skillName
    minLevel
    weight
  }
  assignments {
    id
    personId
    person {
      ...StructurePersonFields
    }
    unitId
    allocation
    since
  }
  unitIds
  crossUnit
}`) as unknown as TypedDocumentString<StructureSetRequirementsMutation, StructureSetRequirementsMutationVariables>;
export const StructureSetSkillLevelDocument = new TypedDocumentString(`
    mutation StructureSetSkillLevel($input: SetSkillLevelInput!) {
  setSkillLevel(input: $input) {
    person {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StructureSetSkillLevelMutation, StructureSetSkillLevelMutationVariables>;
export const StructureSetOwnSkillLevelDocument = new TypedDocumentString(`
    mutation StructureSetOwnSkillLevel($input: SetOwnSkillLevelInput!) {
  setOwnSkillLevel(input: $input) {
    person {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StructureSetOwnSkillLevelMutation, StructureSetOwnSkillLevelMutationVariables>;
export const StructureTaxonomyDocument = new TypedDocumentString(`
    query StructureTaxonomy {
  skillCategories {
    id
    name
    description
    skills {
      ...StructureTaxonomySkillFields
    }
  }
}
    fragment StructureTaxonomySkillFields on Skill {
  id
  name
  description
  categoryId
  categoryName
}`) as unknown as TypedDocumentString<StructureTaxonomyQuery, StructureTaxonomyQueryVariables>;
export const StructureCreateSkillCategoryDocument = new TypedDocumentString(`
    mutation StructureCreateSkillCategory($input: CreateSkillCategoryInput!) {
  createSkillCategory(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<StructureCreateSkillCategoryMutation, StructureCreateSkillCategoryMutationVariables>;
export const StructureCreateSkillDocument = new TypedDocumentString(`
    mutation StructureCreateSkill($input: CreateSkillInput!) {
  createSkill(input: $input) {
    ...StructureTaxonomySkillFields
  }
}
    fragment StructureTaxonomySkillFields on Skill {
  id
  name
  description
  categoryId
  categoryName
}`) as unknown as TypedDocumentString<StructureCreateSkillMutation, StructureCreateSkillMutationVariables>;
export const StructureUpdateSkillDocument = new TypedDocumentString(`
    mutation StructureUpdateSkill($id: ID!, $input: UpdateSkillInput!) {
  updateSkill(id: $id, input: $input) {
    ...StructureTaxonomySkillFields
  }
}
    fragment StructureTaxonomySkillFields on Skill {
  id
  name
  description
  categoryId
  categoryName
}`) as unknown as TypedDocumentString<StructureUpdateSkillMutation, StructureUpdateSkillMutationVariables>;
export const StructureDeleteSkillDocument = new TypedDocumentString(`
    mutation StructureDeleteSkill($id: ID!) {
  deleteSkill(id: $id)
}
    `) as unknown as TypedDocumentString<StructureDeleteSkillMutation, StructureDeleteSkillMutationVariables>;
export const StructureUpdateSkillCategoryDocument = new TypedDocumentString(`
    mutation StructureUpdateSkillCategory($id: ID!, $input: UpdateSkillCategoryInput!) {
  updateSkillCategory(id: $id, input: $input) {
    id
    name
    description
  }
}
    `) as unknown as TypedDocumentString<StructureUpdateSkillCategoryMutation, StructureUpdateSkillCategoryMutationVariables>;
export const StructureDeleteSkillCategoryDocument = new TypedDocumentString(`
    mutation StructureDeleteSkillCategory($id: ID!) {
  deleteSkillCategory(id: $id)
}
    `) as unknown as TypedDocumentString<StructureDeleteSkillCategoryMutation, StructureDeleteSkillCategoryMutationVariables>;
export const StructureMergeSkillsDocument = new TypedDocumentString(`
    mutation StructureMergeSkills($sourceSkillId: ID!, $targetSkillId: ID!) {
  mergeSkills(sourceSkillId: $sourceSkillId, targetSkillId: $targetSkillId) {
    skill {
      ...StructureTaxonomySkillFields
    }
    levels
    evidence
    carriedOver
    requirements
  }
}
    fragment StructureTaxonomySkillFields on Skill {
  id
  name
  description
  categoryId
  categoryName
}`) as unknown as TypedDocumentString<StructureMergeSkillsMutation, StructureMergeSkillsMutationVariables>;
export const StructureStaffingPreferencesDocument = new TypedDocumentString(`
    query StructureStaffingPreferences($personId: ID) {
  staffingPreferences(personId: $personId) {
    projectId
    projectName
    strength
  }
}
    `) as unknown as TypedDocumentString<StructureStaffingPreferencesQuery, StructureStaffingPreferencesQueryVariables>;
export const StructureSetStaffingPreferenceDocument = new TypedDocumentString(`
    mutation StructureSetStaffingPreference($input: SetStaffingPreferenceInput!) {
  setStaffingPreference(input: $input) {
    projectId
    projectName
    strength
  }
}
    `) as unknown as TypedDocumentString<StructureSetStaffingPreferenceMutation, StructureSetStaffingPreferenceMutationVariables>;