import { StaffingJobsResolver } from './staffing/staffing-jobs.resolver.js';
import { StaffingPlanJob } from './staffing/staffing-plan.job.js';
import { definePlugin, registerMessages } from '@cadre/sdk';
import { CollaborationResolver } from './collaboration/collaboration.resolver.js';
import { CollaborationService } from './collaboration/collaboration.service.js';
import { CollaborationSources } from './collaboration/collaboration-sources.js';
import { CreateStructure20261129100000 } from './migrations/20261129100000-create-structure.migration.js';
import { SkillEvidencePrecedence20261204100000 } from './migrations/20261204100000-skill-evidence-precedence.migration.js';
import { OrgShapeResolver } from './org/org-shape.resolver.js';
import { OrgShapeService } from './org/org-shape.service.js';
import { OrgUnitEntity } from './org/org-unit.entity.js';
import { OrgUnitResolver } from './org/org-unit.resolver.js';
import { OrgUnitService } from './org/org-unit.service.js';
import { UnitAuthority } from './org/unit-authority.service.js';
import { AssignmentEntity } from './projects/assignment.entity.js';
import { ProjectRequirementEntity } from './projects/project-requirement.entity.js';
import { ProjectEntity } from './projects/project.entity.js';
import { ProjectResolver } from './projects/project.resolver.js';
import { ProjectService } from './projects/project.service.js';
import { ProjectLists } from './projects/project-list.service.js';
import { StaffingPlanLists } from './staffing/staffing-plan-list.service.js';
import { StaffingPreferenceEntity } from './projects/staffing-preference.entity.js';
import { StaffingPreferenceService } from './projects/staffing-preference.service.js';
import { STRUCTURE_SERVICES } from './contracts.js';
import { StructureOrgApi } from './published/structure-org.api.js';
import { StructureProjectsApi } from './published/structure-projects.api.js';
import { StructureSkillsApi } from './published/structure-skills.api.js';
import { seedStructure } from './seed/demo-seed.js';
import { Orphans } from './shared/orphans.service.js';
import { PersonSkillEntity } from './skills/person-skill.entity.js';
import { SkillCategoryEntity } from './skills/skill-category.entity.js';
import { SkillEvidenceEntity } from './skills/skill-evidence.entity.js';
import { SkillHeatmapService } from './skills/skill-heatmap.service.js';
import { CourseCompletedHandler } from './skills/course-completed.handler.js';
import { SkillProfileService } from './skills/skill-profile.service.js';
import { SkillEntity } from './skills/skill.entity.js';
import { SkillResolver } from './skills/skill.resolver.js';
import { SkillService } from './skills/skill.service.js';
import { SkillMergeService } from './skills/skill-merge.service.js';
import { StaffingPlanEntity } from './staffing/staffing-plan.entity.js';
import { StaffingResolver } from './staffing/staffing.resolver.js';
import { StaffingService } from './staffing/staffing.service.js';
import { StaffingAppliedEvent } from './staffing/staffing.events.js';
import { STRUCTURE_MESSAGES_ZH_CN } from './i18n/api-messages.zh-CN.js';

// API messages in zh-CN (the English text is the id); en-US is the text itself.
registerMessages('zh-CN', STRUCTURE_MESSAGES_ZH_CN);

export { StaffingAppliedEvent, type StaffingApplied } from './staffing/staffing.events.js';
export { StructureOrgApi } from './published/structure-org.api.js';
export { StructureSkillsApi } from './published/structure-skills.api.js';
export { StructureProjectsApi } from './published/structure-projects.api.js';
export { CollaborationSources } from './collaboration/collaboration-sources.js';

/**
 * The right team shape: org units, skills, projects and the staffing optimiser.
 */
export const structurePlugin = definePlugin({
  id: 'structure',
  version: '0.1.0',
  sdk: '^0.1.0',
  description: 'The right team shape: org units, skills, projects and the staffing optimiser',
  entities: [
    OrgUnitEntity,
    SkillCategoryEntity,
    SkillEntity,
    SkillEvidenceEntity,
    PersonSkillEntity,
    ProjectEntity,
    ProjectRequirementEntity,
    AssignmentEntity,
    StaffingPreferenceEntity,
    StaffingPlanEntity,
  ],
  migrations: [CreateStructure20261129100000, SkillEvidencePrecedence20261204100000],
  providers: [
    OrgUnitService,
    OrgShapeService,
    UnitAuthority,
    SkillService,
    SkillMergeService,
    SkillProfileService,
    SkillHeatmapService,
    ProjectService,
    ProjectLists,
    StaffingPlanLists,
    StaffingPreferenceService,
    StaffingService,
    CollaborationService,
    CollaborationSources,
    Orphans,
    StructureOrgApi,
    StructureSkillsApi,
    StructureProjectsApi,
    { provide: STRUCTURE_SERVICES.org, useExisting: StructureOrgApi },
    { provide: STRUCTURE_SERVICES.skills, useExisting: StructureSkillsApi },
    { provide: STRUCTURE_SERVICES.projects, useExisting: StructureProjectsApi },
    { provide: STRUCTURE_SERVICES.collaboration, useExisting: CollaborationSources },
  ],
  resolvers: [OrgUnitResolver, OrgShapeResolver, SkillResolver, ProjectResolver, StaffingResolver, StaffingJobsResolver, CollaborationResolver],
  jobs: [StaffingPlanJob],
  exports: [STRUCTURE_SERVICES.org, STRUCTURE_SERVICES.skills, STRUCTURE_SERVICES.projects, STRUCTURE_SERVICES.collaboration],
  events: [StaffingAppliedEvent],
  // Subscribes to development's 'development.course-completed' (course skill evidence).
  eventHandlers: [CourseCompletedHandler],
  permissions: [
    { id: 'structure.org.read', description: 'See the org chart, units, span of control', defaultRoles: ['admin', 'hr', 'recruiter', 'manager', 'employee'] },
    { id: 'structure.org.write', description: 'Change org units, leads and membership', defaultRoles: ['admin', 'hr'] },
    { id: 'structure.skills.read', description: 'See the skill taxonomy, skill profiles and heatmaps', defaultRoles: ['admin', 'hr', 'manager', 'employee'] },
    { id: 'structure.skills.write', description: 'Assess the skills of people who report to you', defaultRoles: ['admin', 'hr', 'manager'] },
    { id: 'structure.skills.admin', description: "Edit the skill taxonomy, assess anyone, read everyone's evidence notes", defaultRoles: ['admin', 'hr'] },
    { id: 'structure.projects.read', description: 'See projects, assignments and the collaboration graph', defaultRoles: ['admin', 'hr', 'manager', 'employee'] },
    { id: 'structure.projects.write', description: 'Create and staff the projects of units you lead', defaultRoles: ['admin', 'hr', 'manager'] },
    { id: 'structure.projects.admin', description: 'Manage every project; plan staffing for any unit or the whole organisation', defaultRoles: ['admin', 'hr'] },
    { id: 'structure.staffing.run', description: 'Run the staffing optimiser and apply plans (for units you lead, unless structure.projects.admin)', defaultRoles: ['admin', 'hr', 'manager'] },
  ],
  seed: seedStructure,
});
