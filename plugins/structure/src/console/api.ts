// The GraphQL documents of the structure console. Their result and variable types are generated
// from the committed schema (./gql, by apps/console's codegen; the drift check keeps them current).
import { graphql } from './gql/index.js';

graphql(`fragment StructurePersonFields on OrgPerson { id name email title level managerId orgUnitId status }`);
graphql(`
  fragment StructureUnitFields on OrgUnit {
    id name kind description parentId lead { ...StructurePersonFields } depth path childIds memberCount totalMemberCount updatedAt
  }
`);
graphql(`fragment StructureSkillFields on Skill { id name categoryId categoryName }`);
graphql(`fragment StructureTaxonomySkillFields on Skill { id name description categoryId categoryName }`);
graphql(`
  fragment StructureProjectFields on StructureProject {
    id name updatedAt description ownerUnitId ownerUnitName status startDate endDate priority headcountMin headcountMax headcount staffing
    requirements { skillId skillName minLevel weight } assignments { id personId person { ...StructurePersonFields } unitId allocation since } unitIds crossUnit
  }
`);
graphql(`fragment StructureScorePartsFields on StaffingScoreParts { skillFit priority preference growth continuity availability total }`);
graphql(`fragment StructurePlanPersonFields on StaffingPlanPerson { id name title unitId available }`);
graphql(`
  fragment StructurePlanFields on StaffingPlan {
    id unitId status total weights { skillFit priority preference growth continuity availability } minFit topK requireAll includeManagers
    projects { projectId name priority headcountMin headcountMax before after unstaffed }
    assignments { person { ...StructurePlanPersonFields } projectId projectName allocation score parts { ...StructureScorePartsFields } fit change
      covers { skillId skillName minLevel weight level covered stretch } }
    changes { person { ...StructurePlanPersonFields } kind fromProjectIds toProjectId }
    summary { moves new unchanged unstaffed unstaffedProjects } stats { people projects edges eligiblePairs scoringMs solveMs }
    proposedBy createdAt appliedAt appliedBy
  }
`);

// Units, counts and search matches only; people are loaded per opened unit (ORG_UNIT_MEMBERS).
export const ORG_CHART = graphql(`
  query StructureOrgChart($rootUnitId: ID, $search: String) {
    orgChart(rootUnitId: $rootUnitId, search: $search, includeMembers: false) {
      units { ...StructureUnitFields } matchedUnitIds matchedPersonIds matchedPeople { ...StructurePersonFields } expandUnitIds
    }
  }
`);
// The staffing page's rule needs who reports to whom (managers only; admins may plan everything).
export const STAFFING_ORG = graphql(`query StructureStaffingOrg { orgChart(includeMembers: true) { units { ...StructureUnitFields } members { id managerId } } }`);
export const ORG_UNIT_MEMBERS = graphql(`query StructureOrgUnitMembers($unitIds: [ID!]!) { orgUnitMembers(unitIds: $unitIds) { ...StructurePersonFields } }`);
export const ORG_UNITS = graphql(`query StructureOrgUnits { orgUnits { ...StructureUnitFields } }`);

export const SPAN = graphql(`
  query StructureSpan($unitId: ID) {
    spanOfControl(unitId: $unitId) {
      bounds { spanMin spanMax maxLayers } managers { manager { ...StructurePersonFields } unitId directReports flag }
      units { unitId unitName headcount layers flagged } averageSpan flaggedManagers flaggedUnits
    }
  }
`);

export const SKILL_CATEGORIES = graphql(`query StructureSkillCategories { skillCategories { id name skills { ...StructureSkillFields } } }`);
export const HEATMAP = graphql(`
  query StructureHeatmap($input: SkillHeatmapInput) {
    skillHeatmap(input: $input) {
      threshold units { id name parentId headcount } skills { ...StructureSkillFields } cells { unitId skillId average atLeast assessed }
    }
  }
`);
export const SKILL_PROFILE = graphql(`
  query StructureSkillProfile($personId: ID) {
    skillProfile(personId: $personId) {
      person { ...StructurePersonFields }
      entries { skill { ...StructureSkillFields } level levelSource claimedLevel sources { kind level recordedAt decides claimAboveAssessed } evidenceKinds updatedAt
        evidence { id kind level note createdAt } }
    }
  }
`);

export const PROJECTS = graphql(`query StructureProjects($filter: ProjectFilterInput) { projects(filter: $filter) { ...StructureProjectFields } }`);
export const PROJECTS_PAGE = graphql(`
  query StructureProjectsPage($filter: ProjectFilterInput, $sort: StructureProjectSort, $first: Int!, $after: String) {
    projectsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...StructureProjectFields updatedAt } }
  }
`);
export const PROJECT_ONE = graphql(`query StructureProject($id: ID!) { project(id: $id) { ...StructureProjectFields } }`);
export const ASSIGN = graphql(`mutation StructureAssign($input: AssignToProjectInput!) { assignToProject(input: $input) { ...StructureProjectFields } }`);
export const UNASSIGN = graphql(`
  mutation StructureUnassign($projectId: ID!, $personId: ID!) { unassignFromProject(projectId: $projectId, personId: $personId) { ...StructureProjectFields } }
`);

// Proposing runs as a job (a whole organisation takes a while): the page follows it by id.
export const START_PLAN = graphql(`mutation StructureStartPlan($input: ProposeStaffingPlanInput) { startStaffingPlan(input: $input) { id } }`);
export const APPLY = graphql(`mutation StructureApplyPlan($id: ID!) { applyStaffingPlan(id: $id) { ...StructurePlanFields } }`);
export const DISCARD = graphql(`mutation StructureDiscardPlan($id: ID!) { discardStaffingPlan(id: $id) { ...StructurePlanFields } }`);
export const PLANS_PAGE = graphql(`
  query StructurePlansPage($filter: StaffingPlanFilter, $sort: StaffingPlanSort, $first: Int!, $after: String) {
    staffingPlansPage(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount pageInfo { endCursor hasNextPage }
      nodes { id unitId status total summary { moves new unchanged unstaffed unstaffedProjects } createdAt appliedAt proposedBy }
    }
  }
`);
export const PLAN_ONE = graphql(`query StructurePlan($id: ID!) { staffingPlan(id: $id) { ...StructurePlanFields } }`);

export const COLLABORATION = graphql(`
  query StructureCollaboration($depth: Int) {
    collaborationGraph(depth: $depth, includeSources: true) {
      nodes { unitId name kind parentId depth headcount projects }
      edges { sourceUnitId targetUnitId weight projectIds projectNames sources { source weight } } sources
    }
  }
`);

// Org unit writes (structure.org.write).
export const CREATE_ORG_UNIT = graphql(`mutation StructureCreateOrgUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { ...StructureUnitFields } }`);
export const UPDATE_ORG_UNIT = graphql(`
  mutation StructureUpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { ...StructureUnitFields } }
`);
export const MOVE_ORG_UNIT = graphql(`mutation StructureMoveOrgUnit($id: ID!, $parentId: ID) { moveOrgUnit(id: $id, parentId: $parentId) { ...StructureUnitFields } }`);
export const DELETE_ORG_UNIT = graphql(`mutation StructureDeleteOrgUnit($id: ID!) { deleteOrgUnit(id: $id) }`);
// A person's unit (null: none), set through the core (audited, PersonUpdated).
export const ASSIGN_PERSON_TO_UNIT = graphql(`
  mutation StructureAssignPersonToUnit($personId: ID!, $unitId: ID) { assignPersonToUnit(personId: $personId, unitId: $unitId) { ...StructurePersonFields } }
`);
/** What a change of units or of who is in them makes stale: the structure queries showing units, members or counts (the query cache keys by operation name). */
export const ORG_QUERIES = [['StructureOrgChart'], ['StructureOrgUnits'], ['StructureOrgUnitMembers'], ['StructureStaffingOrg'], ['StructureSpan'], ['StructureHeatmap'], ['StructureCollaboration']] as const;

// Project writes (structure.projects.write; units you lead, any with structure.projects.admin).
export const CREATE_PROJECT = graphql(`mutation StructureCreateProject($input: CreateProjectInput!) { createProject(input: $input) { ...StructureProjectFields } }`);
export const UPDATE_PROJECT = graphql(`
  mutation StructureUpdateProject($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { ...StructureProjectFields } }
`);
export const SET_REQUIREMENTS = graphql(`
  mutation StructureSetRequirements($input: SetProjectRequirementsInput!) { setProjectRequirements(input: $input) { ...StructureProjectFields } }
`);

// Skill assessments (structure.skills.write for people who report to you; anyone with structure.skills.admin).
export const SET_SKILL_LEVEL = graphql(`mutation StructureSetSkillLevel($input: SetSkillLevelInput!) { setSkillLevel(input: $input) { person { id } } }`);
// A signed-in person rating their own skill (evidence SELF; any account linked to a person).
export const SET_OWN_SKILL_LEVEL = graphql(`mutation StructureSetOwnSkillLevel($input: SetOwnSkillLevelInput!) { setOwnSkillLevel(input: $input) { person { id } } }`);

// The taxonomy (structure.skills.admin): categories, skills, deleting and merging skills.
export const TAXONOMY = graphql(`query StructureTaxonomy { skillCategories { id name description skills { ...StructureTaxonomySkillFields } } }`);
export const CREATE_SKILL_CATEGORY = graphql(`mutation StructureCreateSkillCategory($input: CreateSkillCategoryInput!) { createSkillCategory(input: $input) { id name } }`);
export const CREATE_SKILL = graphql(`mutation StructureCreateSkill($input: CreateSkillInput!) { createSkill(input: $input) { ...StructureTaxonomySkillFields } }`);
export const UPDATE_SKILL = graphql(`mutation StructureUpdateSkill($id: ID!, $input: UpdateSkillInput!) { updateSkill(id: $id, input: $input) { ...StructureTaxonomySkillFields } }`);
export const DELETE_SKILL = graphql(`mutation StructureDeleteSkill($id: ID!) { deleteSkill(id: $id) }`);
export const UPDATE_SKILL_CATEGORY = graphql(`mutation StructureUpdateSkillCategory($id: ID!, $input: UpdateSkillCategoryInput!) { updateSkillCategory(id: $id, input: $input) { id name description } }`);
export const DELETE_SKILL_CATEGORY = graphql(`mutation StructureDeleteSkillCategory($id: ID!) { deleteSkillCategory(id: $id) }`);
export const MERGE_SKILLS = graphql(`
  mutation StructureMergeSkills($sourceSkillId: ID!, $targetSkillId: ID!) {
    mergeSkills(sourceSkillId: $sourceSkillId, targetSkillId: $targetSkillId) { skill { ...StructureTaxonomySkillFields } levels evidence carriedOver requirements }
  }
`);
export const STAFFING_PREFERENCES = graphql(`query StructureStaffingPreferences($personId: ID) { staffingPreferences(personId: $personId) { projectId projectName strength } }`);
export const SET_STAFFING_PREFERENCE = graphql(`
  mutation StructureSetStaffingPreference($input: SetStaffingPreferenceInput!) { setStaffingPreference(input: $input) { projectId projectName strength } }
`);
