// Names for the result shapes the structure console works with, all derived from the types
// generated for its documents (./gql). The one exception, the staffing job's result, is JSON
// that the schema does not type.
import type {
  ProposeStaffingPlanInput, StructureCollaborationQuery, StructureMergeSkillsMutation, StructureOrgChartQuery, StructurePersonFieldsFragment, StructurePlanFieldsFragment,
  StructurePlansPageQuery, StructureProjectFieldsFragment, StructureProjectsPageQuery, StructureSkillProfileQuery, StructureSpanQuery, StructureTaxonomyQuery, StructureTaxonomySkillFieldsFragment, StructureUnitFieldsFragment,
} from './gql/graphql.js';

export type { OrgUnitKind, ProjectRequirementInput as RequirementInput, StructureProjectStatus as ProjectStatus, StructureProjectSortField as ProjectSortField, StaffingPlanSortField, StaffingPlanStatus } from './gql/graphql.js';

export type OrgPerson = StructurePersonFieldsFragment;
export type OrgUnit = StructureUnitFieldsFragment;
/** Units, counts and search matches; people come per opened unit. */
export type OrgChart = StructureOrgChartQuery['orgChart'];
export type SpanReport = StructureSpanQuery['spanOfControl'];
export type TaxonomySkill = StructureTaxonomySkillFieldsFragment;
export type TaxonomyCategory = StructureTaxonomyQuery['skillCategories'][number];
export type SkillMergeResult = StructureMergeSkillsMutation['mergeSkills'];
export type SkillProfile = StructureSkillProfileQuery['skillProfile'];
export type Project = StructureProjectFieldsFragment;
export type ProjectRow = StructureProjectsPageQuery['projectsPage']['nodes'][number];
export type Requirement = Project['requirements'][number];
export type Assignment = Project['assignments'][number];
export type StaffingPlan = StructurePlanFieldsFragment;
export type PlanRow = StructurePlansPageQuery['staffingPlansPage']['nodes'][number];
export type Proposal = StaffingPlan['assignments'][number];
export type RequirementCover = Proposal['covers'][number];
export type PlanProject = StaffingPlan['projects'][number];
export type CollaborationGraph = StructureCollaborationQuery['collaborationGraph'];

/** The optimiser's options on the staffing page (the schema's defaults filled in). */
export type StaffingOptions = Required<Pick<ProposeStaffingPlanInput, 'minFit' | 'topK' | 'requireAll' | 'includeManagers'>>;
/**
 * What the staffing job returns (StaffingPlanJob): the schema carries a job's result as a JSON
 * string, so codegen cannot type it; this mirrors the handler's return value.
 */
export interface StaffingJobResult { planId: string; total: number }
