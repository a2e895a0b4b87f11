// The GraphQL documents of the structure console, typed with TypedDocument.
import type { TypedDocument } from '@cadre/sdk/console';
import type { CollaborationGraph, OrgChart, OrgPerson, OrgUnit, Project, ProjectStatus, SkillCategory, SkillHeatmap, SkillMergeResult, SkillProfile, SpanReport, StaffingPlan, TaxonomyCategory, TaxonomySkill } from './types.js';

/** The one cast from a document string to its typed form. */
export const doc = <R, V = Record<string, never>>(source: string) => source as unknown as TypedDocument<R, V>;

const PERSON = 'id name email title level managerId orgUnitId status';
const UNIT = `id name kind description parentId lead { ${PERSON} } depth path childIds memberCount totalMemberCount`;
const SKILL = 'id name categoryId categoryName';
const PROJECT = `id name description ownerUnitId ownerUnitName status startDate endDate priority headcountMin headcountMax headcount staffing
  requirements { skillId skillName minLevel weight } assignments { id personId person { ${PERSON} } unitId allocation since } unitIds crossUnit`;
const PARTS = 'skillFit priority preference growth continuity availability total';
const PLAN_PERSON = 'id name title unitId available';
const PLAN = `id unitId status total weights { skillFit priority preference growth continuity availability } minFit topK requireAll includeManagers
  projects { projectId name priority headcountMin headcountMax before after unstaffed }
  assignments { person { ${PLAN_PERSON} } projectId projectName allocation score parts { ${PARTS} } fit change
    covers { skillId skillName minLevel weight level covered stretch } }
  changes { person { ${PLAN_PERSON} } kind fromProjectIds toProjectId }
  summary { moves new unchanged unstaffed unstaffedProjects } stats { people projects edges eligiblePairs scoringMs solveMs }
  proposedBy createdAt appliedAt appliedBy`;

// Units, counts and search matches only; people are loaded per opened unit (ORG_UNIT_MEMBERS).
export const ORG_CHART = doc<{ orgChart: Omit<OrgChart, 'members'> }, { rootUnitId?: string | null; search?: string | null }>(
  `query StructureOrgChart($rootUnitId: ID, $search: String) { orgChart(rootUnitId: $rootUnitId, search: $search, includeMembers: false) {
    units { ${UNIT} } matchedUnitIds matchedPersonIds matchedPeople { ${PERSON} } expandUnitIds } }`,
);
// The staffing page's rule needs who reports to whom (managers only; admins may plan everything).
export const STAFFING_ORG = doc<{ orgChart: Pick<OrgChart, 'units'> & { members: Array<Pick<OrgPerson, 'id' | 'managerId'>> } }>(
  `query StructureStaffingOrg { orgChart(includeMembers: true) { units { ${UNIT} } members { id managerId } } }`,
);
export const ORG_UNIT_MEMBERS = doc<{ orgUnitMembers: OrgPerson[] }, { unitIds: string[] }>(
  `query StructureOrgUnitMembers($unitIds: [ID!]!) { orgUnitMembers(unitIds: $unitIds) { ${PERSON} } }`,
);
export const ORG_UNITS = doc<{ orgUnits: OrgUnit[] }>(`query StructureOrgUnits { orgUnits { ${UNIT} } }`);

export const SPAN = doc<{ spanOfControl: SpanReport }, { unitId?: string | null }>(
  `query StructureSpan($unitId: ID) { spanOfControl(unitId: $unitId) { bounds { spanMin spanMax maxLayers }
    managers { manager { ${PERSON} } unitId directReports flag } units { unitId unitName headcount layers flagged } averageSpan flaggedManagers flaggedUnits } }`,
);

export const SKILL_CATEGORIES = doc<{ skillCategories: SkillCategory[] }>(`query StructureSkillCategories { skillCategories { id name skills { ${SKILL} } } }`);
export const HEATMAP = doc<{ skillHeatmap: SkillHeatmap }, { input: { categoryId?: string | null; threshold?: number; recursive?: boolean } }>(
  `query StructureHeatmap($input: SkillHeatmapInput) { skillHeatmap(input: $input) { threshold units { id name parentId headcount } skills { ${SKILL} }
    cells { unitId skillId average atLeast assessed } } }`,
);
export const SKILL_PROFILE = doc<{ skillProfile: SkillProfile }, { personId: string }>(
  `query StructureSkillProfile($personId: ID) { skillProfile(personId: $personId) { person { ${PERSON} }
    entries { skill { ${SKILL} } level levelSource claimedLevel sources { kind level recordedAt decides claimAboveAssessed } evidenceKinds updatedAt
      evidence { id kind level note createdAt } } } }`,
);

export interface ProjectFilter { status?: ProjectStatus | null; unitId?: string | null; crossUnit?: boolean | null; personId?: string | null }
export const PROJECTS = doc<{ projects: Project[] }, { filter: ProjectFilter }>(`query StructureProjects($filter: ProjectFilterInput) { projects(filter: $filter) { ${PROJECT} } }`);
export const PROJECT_ONE = doc<{ project: Project }, { id: string }>(`query StructureProject($id: ID!) { project(id: $id) { ${PROJECT} } }`);
export const ASSIGN = doc<{ assignToProject: Project }, { input: { projectId: string; personId: string; allocation: number } }>(
  `mutation StructureAssign($input: AssignToProjectInput!) { assignToProject(input: $input) { ${PROJECT} } }`,
);
export const UNASSIGN = doc<{ unassignFromProject: Project }, { projectId: string; personId: string }>(
  `mutation StructureUnassign($projectId: ID!, $personId: ID!) { unassignFromProject(projectId: $projectId, personId: $personId) { ${PROJECT} } }`,
);

export interface ProposeInput { unitId?: string | null; minFit?: number; topK?: number; requireAll?: boolean; includeManagers?: boolean }
// Proposing runs as a job (a whole organisation takes a while): the page follows it by id.
export const START_PLAN = doc<{ startStaffingPlan: { id: string } }, { input: ProposeInput }>(
  `mutation StructureStartPlan($input: ProposeStaffingPlanInput) { startStaffingPlan(input: $input) { id } }`,
);
export interface StaffingJobResult { planId: string; total: number }
export const APPLY = doc<{ applyStaffingPlan: StaffingPlan }, { id: string }>(`mutation StructureApplyPlan($id: ID!) { applyStaffingPlan(id: $id) { ${PLAN} } }`);
export const DISCARD = doc<{ discardStaffingPlan: StaffingPlan }, { id: string }>(`mutation StructureDiscardPlan($id: ID!) { discardStaffingPlan(id: $id) { ${PLAN} } }`);
export const PLANS = doc<{ staffingPlans: Array<Pick<StaffingPlan, 'id' | 'unitId' | 'status' | 'total' | 'summary' | 'createdAt' | 'appliedAt' | 'proposedBy'>> }, { unitId?: string | null }>(
  `query StructurePlans($unitId: ID) { staffingPlans(unitId: $unitId, first: 10) { id unitId status total summary { moves new unchanged unstaffed unstaffedProjects } createdAt appliedAt proposedBy } }`,
);
export const PLAN_ONE = doc<{ staffingPlan: StaffingPlan }, { id: string }>(`query StructurePlan($id: ID!) { staffingPlan(id: $id) { ${PLAN} } }`);

export const COLLABORATION = doc<{ collaborationGraph: CollaborationGraph }, { depth?: number | null }>(
  `query StructureCollaboration($depth: Int) { collaborationGraph(depth: $depth, includeSources: true) {
    nodes { unitId name kind parentId depth headcount projects } edges { sourceUnitId targetUnitId weight projectIds projectNames sources { source weight } } sources } }`,
);

export const PEOPLE_OPTIONS = doc<{ people: { nodes: Array<{ id: string; name: string; title: string }> } }, { search: string | null }>(
  'query StructurePeopleOptions($search: String) { people(filter: { search: $search, status: "active" }, first: 20) { nodes { id name title } } }',
);

// Org unit writes (structure.org.write).
export interface OrgUnitInput { name?: string; kind?: string; description?: string | null; leadId?: string | null; parentId?: string | null }
export const CREATE_ORG_UNIT = doc<{ createOrgUnit: OrgUnit }, { input: OrgUnitInput }>(
  `mutation StructureCreateOrgUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { ${UNIT} } }`,
);
export const UPDATE_ORG_UNIT = doc<{ updateOrgUnit: OrgUnit }, { id: string; input: OrgUnitInput }>(
  `mutation StructureUpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { ${UNIT} } }`,
);
export const MOVE_ORG_UNIT = doc<{ moveOrgUnit: OrgUnit }, { id: string; parentId: string | null }>(
  `mutation StructureMoveOrgUnit($id: ID!, $parentId: ID) { moveOrgUnit(id: $id, parentId: $parentId) { ${UNIT} } }`,
);

// Project writes (structure.projects.write; units you lead, any with structure.projects.admin).
export interface ProjectInput {
  name?: string; description?: string | null; ownerUnitId?: string | null; status?: ProjectStatus; priority?: number;
  headcountMin?: number; headcountMax?: number; startDate?: string | null; endDate?: string | null;
}
export interface RequirementInput { skillId: string; minLevel: number; weight: number }
export const CREATE_PROJECT = doc<{ createProject: Project }, { input: ProjectInput }>(
  `mutation StructureCreateProject($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT} } }`,
);
export const UPDATE_PROJECT = doc<{ updateProject: Project }, { id: string; input: ProjectInput }>(
  `mutation StructureUpdateProject($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { ${PROJECT} } }`,
);
export const SET_REQUIREMENTS = doc<{ setProjectRequirements: Project }, { input: { projectId: string; requirements: RequirementInput[] } }>(
  `mutation StructureSetRequirements($input: SetProjectRequirementsInput!) { setProjectRequirements(input: $input) { ${PROJECT} } }`,
);

// Skill assessments (structure.skills.write for people who report to you; anyone with structure.skills.admin).
export const SET_SKILL_LEVEL = doc<{ setSkillLevel: SkillProfile }, { input: { personId: string; skillId: string; level: number; evidence: 'MANAGER' | 'REVIEW'; note?: string | null } }>(
  `mutation StructureSetSkillLevel($input: SetSkillLevelInput!) { setSkillLevel(input: $input) { person { id } } }`,
);

// The taxonomy (structure.skills.admin): categories, skills, deleting and merging skills.
const TAXONOMY_SKILL = 'id name description categoryId categoryName';
export const TAXONOMY = doc<{ skillCategories: TaxonomyCategory[] }>(
  `query StructureTaxonomy { skillCategories { id name description skills { ${TAXONOMY_SKILL} } } }`,
);
export const CREATE_SKILL_CATEGORY = doc<{ createSkillCategory: { id: string; name: string } }, { input: { name: string; description?: string | null } }>(
  'mutation StructureCreateSkillCategory($input: CreateSkillCategoryInput!) { createSkillCategory(input: $input) { id name } }',
);
export interface SkillInput { categoryId?: string; name?: string; description?: string | null }
export const CREATE_SKILL = doc<{ createSkill: TaxonomySkill }, { input: SkillInput & { categoryId: string; name: string } }>(
  `mutation StructureCreateSkill($input: CreateSkillInput!) { createSkill(input: $input) { ${TAXONOMY_SKILL} } }`,
);
export const UPDATE_SKILL = doc<{ updateSkill: TaxonomySkill }, { id: string; input: SkillInput }>(
  `mutation StructureUpdateSkill($id: ID!, $input: UpdateSkillInput!) { updateSkill(id: $id, input: $input) { ${TAXONOMY_SKILL} } }`,
);
export const DELETE_SKILL = doc<{ deleteSkill: boolean }, { id: string }>('mutation StructureDeleteSkill($id: ID!) { deleteSkill(id: $id) }');
export const MERGE_SKILLS = doc<{ mergeSkills: SkillMergeResult }, { sourceSkillId: string; targetSkillId: string }>(
  `mutation StructureMergeSkills($sourceSkillId: ID!, $targetSkillId: ID!) { mergeSkills(sourceSkillId: $sourceSkillId, targetSkillId: $targetSkillId) {
    skill { ${TAXONOMY_SKILL} } levels evidence carriedOver requirements } }`,
);
