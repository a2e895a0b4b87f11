/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query StructurePlanAlternatives($id: ID!, $personId: ID!) {\n    staffingPlan(id: $id) { candidates(personId: $personId, first: 6) { projectId score parts { skillFit total } } }\n  }\n": typeof types.StructurePlanAlternativesDocument,
    "fragment StructurePersonFields on OrgPerson { id name email title level managerId orgUnitId status }": typeof types.StructurePersonFieldsFragmentDoc,
    "\n  fragment StructureUnitFields on OrgUnit {\n    id name kind description parentId lead { ...StructurePersonFields } depth path childIds memberCount totalMemberCount updatedAt\n  }\n": typeof types.StructureUnitFieldsFragmentDoc,
    "fragment StructureSkillFields on Skill { id name categoryId categoryName }": typeof types.StructureSkillFieldsFragmentDoc,
    "fragment StructureTaxonomySkillFields on Skill { id name description categoryId categoryName }": typeof types.StructureTaxonomySkillFieldsFragmentDoc,
    "\n  fragment StructureProjectFields on StructureProject {\n    id name updatedAt description ownerUnitId ownerUnitName status startDate endDate priority headcountMin headcountMax headcount staffing\n    requirements { skillId skillName minLevel weight } assignments { id personId person { ...StructurePersonFields } unitId allocation since } unitIds crossUnit\n  }\n": typeof types.StructureProjectFieldsFragmentDoc,
    "fragment StructureScorePartsFields on StaffingScoreParts { skillFit priority preference growth continuity availability total }": typeof types.StructureScorePartsFieldsFragmentDoc,
    "fragment StructurePlanPersonFields on StaffingPlanPerson { id name title unitId available }": typeof types.StructurePlanPersonFieldsFragmentDoc,
    "\n  fragment StructurePlanFields on StaffingPlan {\n    id unitId status total weights { skillFit priority preference growth continuity availability } minFit topK requireAll includeManagers\n    projects { projectId name priority headcountMin headcountMax before after unstaffed }\n    assignments { person { ...StructurePlanPersonFields } projectId projectName allocation score parts { ...StructureScorePartsFields } fit change\n      covers { skillId skillName minLevel weight level covered stretch } }\n    changes { person { ...StructurePlanPersonFields } kind fromProjectIds toProjectId }\n    summary { moves new unchanged unstaffed unstaffedProjects } stats { people projects edges eligiblePairs scoringMs solveMs }\n    proposedBy createdAt appliedAt appliedBy\n  }\n": typeof types.StructurePlanFieldsFragmentDoc,
    "\n  query StructureOrgChart($rootUnitId: ID, $search: String) {\n    orgChart(rootUnitId: $rootUnitId, search: $search, includeMembers: false) {\n      units { ...StructureUnitFields } matchedUnitIds matchedPersonIds matchedPeople { ...StructurePersonFields } expandUnitIds\n    }\n  }\n": typeof types.StructureOrgChartDocument,
    "query StructureStaffingOrg { orgChart(includeMembers: true) { units { ...StructureUnitFields } members { id managerId } } }": typeof types.StructureStaffingOrgDocument,
    "query StructureOrgUnitMembers($unitIds: [ID!]!) { orgUnitMembers(unitIds: $unitIds) { ...StructurePersonFields } }": typeof types.StructureOrgUnitMembersDocument,
    "query StructureOrgUnits { orgUnits { ...StructureUnitFields } }": typeof types.StructureOrgUnitsDocument,
    "\n  query StructureSpan($unitId: ID) {\n    spanOfControl(unitId: $unitId) {\n      bounds { spanMin spanMax maxLayers } managers { manager { ...StructurePersonFields } unitId directReports flag }\n      units { unitId unitName headcount layers flagged } averageSpan flaggedManagers flaggedUnits\n    }\n  }\n": typeof types.StructureSpanDocument,
    "query StructureSkillCategories { skillCategories { id name skills { ...StructureSkillFields } } }": typeof types.StructureSkillCategoriesDocument,
    "\n  query StructureHeatmap($input: SkillHeatmapInput) {\n    skillHeatmap(input: $input) {\n      threshold units { id name parentId headcount } skills { ...StructureSkillFields } cells { unitId skillId average atLeast assessed }\n    }\n  }\n": typeof types.StructureHeatmapDocument,
    "\n  query StructureSkillProfile($personId: ID) {\n    skillProfile(personId: $personId) {\n      person { ...StructurePersonFields }\n      entries { skill { ...StructureSkillFields } level levelSource claimedLevel sources { kind level recordedAt decides claimAboveAssessed } evidenceKinds updatedAt\n        evidence { id kind level note createdAt } }\n    }\n  }\n": typeof types.StructureSkillProfileDocument,
    "query StructureProjects($filter: ProjectFilterInput) { projects(filter: $filter) { ...StructureProjectFields } }": typeof types.StructureProjectsDocument,
    "\n  query StructureProjectsPage($filter: ProjectFilterInput, $sort: StructureProjectSort, $first: Int!, $after: String) {\n    projectsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...StructureProjectFields updatedAt } }\n  }\n": typeof types.StructureProjectsPageDocument,
    "query StructureProject($id: ID!) { project(id: $id) { ...StructureProjectFields } }": typeof types.StructureProjectDocument,
    "mutation StructureAssign($input: AssignToProjectInput!) { assignToProject(input: $input) { ...StructureProjectFields } }": typeof types.StructureAssignDocument,
    "\n  mutation StructureUnassign($projectId: ID!, $personId: ID!) { unassignFromProject(projectId: $projectId, personId: $personId) { ...StructureProjectFields } }\n": typeof types.StructureUnassignDocument,
    "mutation StructureStartPlan($input: ProposeStaffingPlanInput) { startStaffingPlan(input: $input) { id } }": typeof types.StructureStartPlanDocument,
    "mutation StructureApplyPlan($id: ID!) { applyStaffingPlan(id: $id) { ...StructurePlanFields } }": typeof types.StructureApplyPlanDocument,
    "mutation StructureDiscardPlan($id: ID!) { discardStaffingPlan(id: $id) { ...StructurePlanFields } }": typeof types.StructureDiscardPlanDocument,
    "\n  query StructurePlansPage($filter: StaffingPlanFilter, $sort: StaffingPlanSort, $first: Int!, $after: String) {\n    staffingPlansPage(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount pageInfo { endCursor hasNextPage }\n      nodes { id unitId status total summary { moves new unchanged unstaffed unstaffedProjects } createdAt appliedAt proposedBy }\n    }\n  }\n": typeof types.StructurePlansPageDocument,
    "query StructurePlan($id: ID!) { staffingPlan(id: $id) { ...StructurePlanFields } }": typeof types.StructurePlanDocument,
    "\n  query StructureCollaboration($depth: Int) {\n    collaborationGraph(depth: $depth, includeSources: true) {\n      nodes { unitId name kind parentId depth headcount projects }\n      edges { sourceUnitId targetUnitId weight projectIds projectNames sources { source weight } } sources\n    }\n  }\n": typeof types.StructureCollaborationDocument,
    "mutation StructureCreateOrgUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { ...StructureUnitFields } }": typeof types.StructureCreateOrgUnitDocument,
    "\n  mutation StructureUpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { ...StructureUnitFields } }\n": typeof types.StructureUpdateOrgUnitDocument,
    "mutation StructureMoveOrgUnit($id: ID!, $parentId: ID) { moveOrgUnit(id: $id, parentId: $parentId) { ...StructureUnitFields } }": typeof types.StructureMoveOrgUnitDocument,
    "mutation StructureDeleteOrgUnit($id: ID!) { deleteOrgUnit(id: $id) }": typeof types.StructureDeleteOrgUnitDocument,
    "\n  mutation StructureAssignPersonToUnit($personId: ID!, $unitId: ID) { assignPersonToUnit(personId: $personId, unitId: $unitId) { ...StructurePersonFields } }\n": typeof types.StructureAssignPersonToUnitDocument,
    "mutation StructureCreateProject($input: CreateProjectInput!) { createProject(input: $input) { ...StructureProjectFields } }": typeof types.StructureCreateProjectDocument,
    "\n  mutation StructureUpdateProject($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { ...StructureProjectFields } }\n": typeof types.StructureUpdateProjectDocument,
    "\n  mutation StructureSetRequirements($input: SetProjectRequirementsInput!) { setProjectRequirements(input: $input) { ...StructureProjectFields } }\n": typeof types.StructureSetRequirementsDocument,
    "mutation StructureSetSkillLevel($input: SetSkillLevelInput!) { setSkillLevel(input: $input) { person { id } } }": typeof types.StructureSetSkillLevelDocument,
    "mutation StructureSetOwnSkillLevel($input: SetOwnSkillLevelInput!) { setOwnSkillLevel(input: $input) { person { id } } }": typeof types.StructureSetOwnSkillLevelDocument,
    "query StructureTaxonomy { skillCategories { id name description skills { ...StructureTaxonomySkillFields } } }": typeof types.StructureTaxonomyDocument,
    "mutation StructureCreateSkillCategory($input: CreateSkillCategoryInput!) { createSkillCategory(input: $input) { id name } }": typeof types.StructureCreateSkillCategoryDocument,
    "mutation StructureCreateSkill($input: CreateSkillInput!) { createSkill(input: $input) { ...StructureTaxonomySkillFields } }": typeof types.StructureCreateSkillDocument,
    "mutation StructureUpdateSkill($id: ID!, $input: UpdateSkillInput!) { updateSkill(id: $id, input: $input) { ...StructureTaxonomySkillFields } }": typeof types.StructureUpdateSkillDocument,
    "mutation StructureDeleteSkill($id: ID!) { deleteSkill(id: $id) }": typeof types.StructureDeleteSkillDocument,
    "mutation StructureUpdateSkillCategory($id: ID!, $input: UpdateSkillCategoryInput!) { updateSkillCategory(id: $id, input: $input) { id name description } }": typeof types.StructureUpdateSkillCategoryDocument,
    "mutation StructureDeleteSkillCategory($id: ID!) { deleteSkillCategory(id: $id) }": typeof types.StructureDeleteSkillCategoryDocument,
    "\n  mutation StructureMergeSkills($sourceSkillId: ID!, $targetSkillId: ID!) {\n    mergeSkills(sourceSkillId: $sourceSkillId, targetSkillId: $targetSkillId) { skill { ...StructureTaxonomySkillFields } levels evidence carriedOver requirements }\n  }\n": typeof types.StructureMergeSkillsDocument,
    "query StructureStaffingPreferences($personId: ID) { staffingPreferences(personId: $personId) { projectId projectName strength } }": typeof types.StructureStaffingPreferencesDocument,
    "\n  mutation StructureSetStaffingPreference($input: SetStaffingPreferenceInput!) { setStaffingPreference(input: $input) { projectId projectName strength } }\n": typeof types.StructureSetStaffingPreferenceDocument,
};
const documents: Documents = {
    "\n  query StructurePlanAlternatives($id: ID!, $personId: ID!) {\n    staffingPlan(id: $id) { candidates(personId: $personId, first: 6) { projectId score parts { skillFit total } } }\n  }\n": types.StructurePlanAlternativesDocument,
    "fragment StructurePersonFields on OrgPerson { id name email title level managerId orgUnitId status }": types.StructurePersonFieldsFragmentDoc,
    "\n  fragment StructureUnitFields on OrgUnit {\n    id name kind description parentId lead { ...StructurePersonFields } depth path childIds memberCount totalMemberCount updatedAt\n  }\n": types.StructureUnitFieldsFragmentDoc,
    "fragment StructureSkillFields on Skill { id name categoryId categoryName }": types.StructureSkillFieldsFragmentDoc,
    "fragment StructureTaxonomySkillFields on Skill { id name description categoryId categoryName }": types.StructureTaxonomySkillFieldsFragmentDoc,
    "\n  fragment StructureProjectFields on StructureProject {\n    id name updatedAt description ownerUnitId ownerUnitName status startDate endDate priority headcountMin headcountMax headcount staffing\n    requirements { skillId skillName minLevel weight } assignments { id personId person { ...StructurePersonFields } unitId allocation since } unitIds crossUnit\n  }\n": types.StructureProjectFieldsFragmentDoc,
    "fragment StructureScorePartsFields on StaffingScoreParts { skillFit priority preference growth continuity availability total }": types.StructureScorePartsFieldsFragmentDoc,
    "fragment StructurePlanPersonFields on StaffingPlanPerson { id name title unitId available }": types.StructurePlanPersonFieldsFragmentDoc,
    "\n  fragment StructurePlanFields on StaffingPlan {\n    id unitId status total weights { skillFit priority preference growth continuity availability } minFit topK requireAll includeManagers\n    projects { projectId name priority headcountMin headcountMax before after unstaffed }\n    assignments { person { ...StructurePlanPersonFields } projectId projectName allocation score parts { ...StructureScorePartsFields } fit change\n      covers { skillId skillName minLevel weight level covered stretch } }\n    changes { person { ...StructurePlanPersonFields } kind fromProjectIds toProjectId }\n    summary { moves new unchanged unstaffed unstaffedProjects } stats { people projects edges eligiblePairs scoringMs solveMs }\n    proposedBy createdAt appliedAt appliedBy\n  }\n": types.StructurePlanFieldsFragmentDoc,
    "\n  query StructureOrgChart($rootUnitId: ID, $search: String) {\n    orgChart(rootUnitId: $rootUnitId, search: $search, includeMembers: false) {\n      units { ...StructureUnitFields } matchedUnitIds matchedPersonIds matchedPeople { ...StructurePersonFields } expandUnitIds\n    }\n  }\n": types.StructureOrgChartDocument,
    "query StructureStaffingOrg { orgChart(includeMembers: true) { units { ...StructureUnitFields } members { id managerId } } }": types.StructureStaffingOrgDocument,
    "query StructureOrgUnitMembers($unitIds: [ID!]!) { orgUnitMembers(unitIds: $unitIds) { ...StructurePersonFields } }": types.StructureOrgUnitMembersDocument,
    "query StructureOrgUnits { orgUnits { ...StructureUnitFields } }": types.StructureOrgUnitsDocument,
    "\n  query StructureSpan($unitId: ID) {\n    spanOfControl(unitId: $unitId) {\n      bounds { spanMin spanMax maxLayers } managers { manager { ...StructurePersonFields } unitId directReports flag }\n      units { unitId unitName headcount layers flagged } averageSpan flaggedManagers flaggedUnits\n    }\n  }\n": types.StructureSpanDocument,
    "query StructureSkillCategories { skillCategories { id name skills { ...StructureSkillFields } } }": types.StructureSkillCategoriesDocument,
    "\n  query StructureHeatmap($input: SkillHeatmapInput) {\n    skillHeatmap(input: $input) {\n      threshold units { id name parentId headcount } skills { ...StructureSkillFields } cells { unitId skillId average atLeast assessed }\n    }\n  }\n": types.StructureHeatmapDocument,
    "\n  query StructureSkillProfile($personId: ID) {\n    skillProfile(personId: $personId) {\n      person { ...StructurePersonFields }\n      entries { skill { ...StructureSkillFields } level levelSource claimedLevel sources { kind level recordedAt decides claimAboveAssessed } evidenceKinds updatedAt\n        evidence { id kind level note createdAt } }\n    }\n  }\n": types.StructureSkillProfileDocument,
    "query StructureProjects($filter: ProjectFilterInput) { projects(filter: $filter) { ...StructureProjectFields } }": types.StructureProjectsDocument,
    "\n  query StructureProjectsPage($filter: ProjectFilterInput, $sort: StructureProjectSort, $first: Int!, $after: String) {\n    projectsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...StructureProjectFields updatedAt } }\n  }\n": types.StructureProjectsPageDocument,
    "query StructureProject($id: ID!) { project(id: $id) { ...StructureProjectFields } }": types.StructureProjectDocument,
    "mutation StructureAssign($input: AssignToProjectInput!) { assignToProject(input: $input) { ...StructureProjectFields } }": types.StructureAssignDocument,
    "\n  mutation StructureUnassign($projectId: ID!, $personId: ID!) { unassignFromProject(projectId: $projectId, personId: $personId) { ...StructureProjectFields } }\n": types.StructureUnassignDocument,
    "mutation StructureStartPlan($input: ProposeStaffingPlanInput) { startStaffingPlan(input: $input) { id } }": types.StructureStartPlanDocument,
    "mutation StructureApplyPlan($id: ID!) { applyStaffingPlan(id: $id) { ...StructurePlanFields } }": types.StructureApplyPlanDocument,
    "mutation StructureDiscardPlan($id: ID!) { discardStaffingPlan(id: $id) { ...StructurePlanFields } }": types.StructureDiscardPlanDocument,
    "\n  query StructurePlansPage($filter: StaffingPlanFilter, $sort: StaffingPlanSort, $first: Int!, $after: String) {\n    staffingPlansPage(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount pageInfo { endCursor hasNextPage }\n      nodes { id unitId status total summary { moves new unchanged unstaffed unstaffedProjects } createdAt appliedAt proposedBy }\n    }\n  }\n": types.StructurePlansPageDocument,
    "query StructurePlan($id: ID!) { staffingPlan(id: $id) { ...StructurePlanFields } }": types.StructurePlanDocument,
    "\n  query StructureCollaboration($depth: Int) {\n    collaborationGraph(depth: $depth, includeSources: true) {\n      nodes { unitId name kind parentId depth headcount projects }\n      edges { sourceUnitId targetUnitId weight projectIds projectNames sources { source weight } } sources\n    }\n  }\n": types.StructureCollaborationDocument,
    "mutation StructureCreateOrgUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { ...StructureUnitFields } }": types.StructureCreateOrgUnitDocument,
    "\n  mutation StructureUpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { ...StructureUnitFields } }\n": types.StructureUpdateOrgUnitDocument,
    "mutation StructureMoveOrgUnit($id: ID!, $parentId: ID) { moveOrgUnit(id: $id, parentId: $parentId) { ...StructureUnitFields } }": types.StructureMoveOrgUnitDocument,
    "mutation StructureDeleteOrgUnit($id: ID!) { deleteOrgUnit(id: $id) }": types.StructureDeleteOrgUnitDocument,
    "\n  mutation StructureAssignPersonToUnit($personId: ID!, $unitId: ID) { assignPersonToUnit(personId: $personId, unitId: $unitId) { ...StructurePersonFields } }\n": types.StructureAssignPersonToUnitDocument,
    "mutation StructureCreateProject($input: CreateProjectInput!) { createProject(input: $input) { ...StructureProjectFields } }": types.StructureCreateProjectDocument,
    "\n  mutation StructureUpdateProject($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { ...StructureProjectFields } }\n": types.StructureUpdateProjectDocument,
    "\n  mutation StructureSetRequirements($input: SetProjectRequirementsInput!) { setProjectRequirements(input: $input) { ...StructureProjectFields } }\n": types.StructureSetRequirementsDocument,
    "mutation StructureSetSkillLevel($input: SetSkillLevelInput!) { setSkillLevel(input: $input) { person { id } } }": types.StructureSetSkillLevelDocument,
    "mutation StructureSetOwnSkillLevel($input: SetOwnSkillLevelInput!) { setOwnSkillLevel(input: $input) { person { id } } }": types.StructureSetOwnSkillLevelDocument,
    "query StructureTaxonomy { skillCategories { id name description skills { ...StructureTaxonomySkillFields } } }": types.StructureTaxonomyDocument,
    "mutation StructureCreateSkillCategory($input: CreateSkillCategoryInput!) { createSkillCategory(input: $input) { id name } }": types.StructureCreateSkillCategoryDocument,
    "mutation StructureCreateSkill($input: CreateSkillInput!) { createSkill(input: $input) { ...StructureTaxonomySkillFields } }": types.StructureCreateSkillDocument,
    "mutation StructureUpdateSkill($id: ID!, $input: UpdateSkillInput!) { updateSkill(id: $id, input: $input) { ...StructureTaxonomySkillFields } }": types.StructureUpdateSkillDocument,
    "mutation StructureDeleteSkill($id: ID!) { deleteSkill(id: $id) }": types.StructureDeleteSkillDocument,
    "mutation StructureUpdateSkillCategory($id: ID!, $input: UpdateSkillCategoryInput!) { updateSkillCategory(id: $id, input: $input) { id name description } }": types.StructureUpdateSkillCategoryDocument,
    "mutation StructureDeleteSkillCategory($id: ID!) { deleteSkillCategory(id: $id) }": types.StructureDeleteSkillCategoryDocument,
    "\n  mutation StructureMergeSkills($sourceSkillId: ID!, $targetSkillId: ID!) {\n    mergeSkills(sourceSkillId: $sourceSkillId, targetSkillId: $targetSkillId) { skill { ...StructureTaxonomySkillFields } levels evidence carriedOver requirements }\n  }\n": types.StructureMergeSkillsDocument,
    "query StructureStaffingPreferences($personId: ID) { staffingPreferences(personId: $personId) { projectId projectName strength } }": types.StructureStaffingPreferencesDocument,
    "\n  mutation StructureSetStaffingPreference($input: SetStaffingPreferenceInput!) { setStaffingPreference(input: $input) { projectId projectName strength } }\n": types.StructureSetStaffingPreferenceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StructurePlanAlternatives($id: ID!, $personId: ID!) {\n    staffingPlan(id: $id) { candidates(personId: $personId, first: 6) { projectId score parts { skillFit total } } }\n  }\n"): typeof import('./graphql').StructurePlanAlternativesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StructurePersonFields on OrgPerson { id name email title level managerId orgUnitId status }"): typeof import('./graphql').StructurePersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StructureUnitFields on OrgUnit {\n    id name kind description parentId lead { ...StructurePersonFields } depth path childIds memberCount totalMemberCount updatedAt\n  }\n"): typeof import('./graphql').StructureUnitFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StructureSkillFields on Skill { id name categoryId categoryName }"): typeof import('./graphql').StructureSkillFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StructureTaxonomySkillFields on Skill { id name description categoryId categoryName }"): typeof import('./graphql').StructureTaxonomySkillFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StructureProjectFields on StructureProject {\n    id name updatedAt description ownerUnitId ownerUnitName status startDate endDate priority headcountMin headcountMax headcount staffing\n    requirements { skillId skillName minLevel weight } assignments { id personId person { ...StructurePersonFields } unitId allocation since } unitIds crossUnit\n  }\n"): typeof import('./graphql').StructureProjectFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StructureScorePartsFields on StaffingScoreParts { skillFit priority preference growth continuity availability total }"): typeof import('./graphql').StructureScorePartsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StructurePlanPersonFields on StaffingPlanPerson { id name title unitId available }"): typeof import('./graphql').StructurePlanPersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StructurePlanFields on StaffingPlan {\n    id unitId status total weights { skillFit priority preference growth continuity availability } minFit topK requireAll includeManagers\n    projects { projectId name priority headcountMin headcountMax before after unstaffed }\n    assignments { person { ...StructurePlanPersonFields } projectId projectName allocation score parts { ...StructureScorePartsFields } fit change\n      covers { skillId skillName minLevel weight level covered stretch } }\n    changes { person { ...StructurePlanPersonFields } kind fromProjectIds toProjectId }\n    summary { moves new unchanged unstaffed unstaffedProjects } stats { people projects edges eligiblePairs scoringMs solveMs }\n    proposedBy createdAt appliedAt appliedBy\n  }\n"): typeof import('./graphql').StructurePlanFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StructureOrgChart($rootUnitId: ID, $search: String) {\n    orgChart(rootUnitId: $rootUnitId, search: $search, includeMembers: false) {\n      units { ...StructureUnitFields } matchedUnitIds matchedPersonIds matchedPeople { ...StructurePersonFields } expandUnitIds\n    }\n  }\n"): typeof import('./graphql').StructureOrgChartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StructureStaffingOrg { orgChart(includeMembers: true) { units { ...StructureUnitFields } members { id managerId } } }"): typeof import('./graphql').StructureStaffingOrgDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StructureOrgUnitMembers($unitIds: [ID!]!) { orgUnitMembers(unitIds: $unitIds) { ...StructurePersonFields } }"): typeof import('./graphql').StructureOrgUnitMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StructureOrgUnits { orgUnits { ...StructureUnitFields } }"): typeof import('./graphql').StructureOrgUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StructureSpan($unitId: ID) {\n    spanOfControl(unitId: $unitId) {\n      bounds { spanMin spanMax maxLayers } managers { manager { ...StructurePersonFields } unitId directReports flag }\n      units { unitId unitName headcount layers flagged } averageSpan flaggedManagers flaggedUnits\n    }\n  }\n"): typeof import('./graphql').StructureSpanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StructureSkillCategories { skillCategories { id name skills { ...StructureSkillFields } } }"): typeof import('./graphql').StructureSkillCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StructureHeatmap($input: SkillHeatmapInput) {\n    skillHeatmap(input: $input) {\n      threshold units { id name parentId headcount } skills { ...StructureSkillFields } cells { unitId skillId average atLeast assessed }\n    }\n  }\n"): typeof import('./graphql').StructureHeatmapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StructureSkillProfile($personId: ID) {\n    skillProfile(personId: $personId) {\n      person { ...StructurePersonFields }\n      entries { skill { ...StructureSkillFields } level levelSource claimedLevel sources { kind level recordedAt decides claimAboveAssessed } evidenceKinds updatedAt\n        evidence { id kind level note createdAt } }\n    }\n  }\n"): typeof import('./graphql').StructureSkillProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StructureProjects($filter: ProjectFilterInput) { projects(filter: $filter) { ...StructureProjectFields } }"): typeof import('./graphql').StructureProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StructureProjectsPage($filter: ProjectFilterInput, $sort: StructureProjectSort, $first: Int!, $after: String) {\n    projectsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...StructureProjectFields updatedAt } }\n  }\n"): typeof import('./graphql').StructureProjectsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StructureProject($id: ID!) { project(id: $id) { ...StructureProjectFields } }"): typeof import('./graphql').StructureProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StructureAssign($input: AssignToProjectInput!) { assignToProject(input: $input) { ...StructureProjectFields } }"): typeof import('./graphql').StructureAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StructureUnassign($projectId: ID!, $personId: ID!) { unassignFromProject(projectId: $projectId, personId: $personId) { ...StructureProjectFields } }\n"): typeof import('./graphql').StructureUnassignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StructureStartPlan($input: ProposeStaffingPlanInput) { startStaffingPlan(input: $input) { id } }"): typeof import('./graphql').StructureStartPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StructureApplyPlan($id: ID!) { applyStaffingPlan(id: $id) { ...StructurePlanFields } }"): typeof import('./graphql').StructureApplyPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StructureDiscardPlan($id: ID!) { discardStaffingPlan(id: $id) { ...StructurePlanFields } }"): typeof import('./graphql').StructureDiscardPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StructurePlansPage($filter: StaffingPlanFilter, $sort: StaffingPlanSort, $first: Int!, $after: String) {\n    staffingPlansPage(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount pageInfo { endCursor hasNextPage }\n      nodes { id unitId status total summary { moves new unchanged unstaffed unstaffedProjects } createdAt appliedAt proposedBy }\n    }\n  }\n"): typeof import('./graphql').StructurePlansPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StructurePlan($id: ID!) { staffingPlan(id: $id) { ...StructurePlanFields } }"): typeof import('./graphql').StructurePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StructureCollaboration($depth: Int) {\n    collaborationGraph(depth: $depth, includeSources: true) {\n      nodes { unitId name kind parentId depth headcount projects }\n      edges { sourceUnitId targetUnitId weight projectIds projectNames sources { source weight } } sources\n    }\n  }\n"): typeof import('./graphql').StructureCollaborationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StructureCreateOrgUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { ...StructureUnitFields } }"): typeof import('./graphql').StructureCreateOrgUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StructureUpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { ...StructureUnitFields } }\n"): typeof import('./graphql').StructureUpdateOrgUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StructureMoveOrgUnit($id: ID!, $parentId: ID) { moveOrgUnit(id: $id, parentId: $parentId) { ...StructureUnitFields } }"): typeof import('./graphql').StructureMoveOrgUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StructureDeleteOrgUnit($id: ID!) { deleteOrgUnit(id: $id) }"): typeof import('./graphql').StructureDeleteOrgUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StructureAssignPersonToUnit($personId: ID!, $unitId: ID) { assignPersonToUnit(personId: $personId, unitId: $unitId) { ...StructurePersonFields } }\n"): typeof import('./graphql').StructureAssignPersonToUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StructureCreateProject($input: CreateProjectInput!) { createProject(input: $input) { ...StructureProjectFields } }"): typeof import('./graphql').StructureCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StructureUpdateProject($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { ...StructureProjectFields } }\n"): typeof import('./graphql').StructureUpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StructureSetRequirements($input: SetProjectRequirementsInput!) { setProjectRequirements(input: $input) { ...StructureProjectFields } }\n"): typeof import('./graphql').StructureSetRequirementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StructureSetSkillLevel($input: SetSkillLevelInput!) { setSkillLevel(input: $input) { person { id } } }"): typeof import('./graphql').StructureSetSkillLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StructureSetOwnSkillLevel($input: SetOwnSkillLevelInput!) { setOwnSkillLevel(input: $input) { person { id } } }"): typeof import('./graphql').StructureSetOwnSkillLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StructureTaxonomy { skillCategories { id name description skills { ...StructureTaxonomySkillFields } } }"): typeof import('./graphql').StructureTaxonomyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StructureCreateSkillCategory($input: CreateSkillCategoryInput!) { createSkillCategory(input: $input) { id name } }"): typeof import('./graphql').StructureCreateSkillCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StructureCreateSkill($input: CreateSkillInput!) { createSkill(input: $input) { ...StructureTaxonomySkillFields } }"): typeof import('./graphql').StructureCreateSkillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StructureUpdateSkill($id: ID!, $input: UpdateSkillInput!) { updateSkill(id: $id, input: $input) { ...StructureTaxonomySkillFields } }"): typeof import('./graphql').StructureUpdateSkillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StructureDeleteSkill($id: ID!) { deleteSkill(id: $id) }"): typeof import('./graphql').StructureDeleteSkillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StructureUpdateSkillCategory($id: ID!, $input: UpdateSkillCategoryInput!) { updateSkillCategory(id: $id, input: $input) { id name description } }"): typeof import('./graphql').StructureUpdateSkillCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StructureDeleteSkillCategory($id: ID!) { deleteSkillCategory(id: $id) }"): typeof import('./graphql').StructureDeleteSkillCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StructureMergeSkills($sourceSkillId: ID!, $targetSkillId: ID!) {\n    mergeSkills(sourceSkillId: $sourceSkillId, targetSkillId: $targetSkillId) { skill { ...StructureTaxonomySkillFields } levels evidence carriedOver requirements }\n  }\n"): typeof import('./graphql').StructureMergeSkillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StructureStaffingPreferences($personId: ID) { staffingPreferences(personId: $personId) { projectId projectName strength } }"): typeof import('./graphql').StructureStaffingPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StructureSetStaffingPreference($input: SetStaffingPreferenceInput!) { setStaffingPreference(input: $input) { projectId projectName strength } }\n"): typeof import('./graphql').StructureSetStaffingPreferenceDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
