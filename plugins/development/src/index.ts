import { definePlugin, registerMessages } from '@cadre/sdk';
import { DEVELOPMENT_SERVICES } from './contracts.js';
import { CourseEntity } from './courses/course.entity.js';
import { CourseResolver } from './courses/course.resolver.js';
import { CourseService } from './courses/course.service.js';
import { EnrolmentEntity } from './courses/enrolment.entity.js';
import { ProgrammeEntity } from './courses/programme.entity.js';
import { GapResolver } from './gaps/gap.resolver.js';
import { RequisitionSuggestionEntity } from './gaps/requisition-suggestion.entity.js';
import { SkillGapService } from './gaps/skill-gap.service.js';
import { TeamGapService } from './gaps/team-gap.service.js';
import { CareerLadderEntity } from './ladders/career-ladder.entity.js';
import { CareerLevelEntity } from './ladders/career-level.entity.js';
import { LadderResolver } from './ladders/ladder.resolver.js';
import { LadderService } from './ladders/ladder.service.js';
import { CreateDevelopment20261129110000 } from './migrations/20261129110000-create-development.migration.js';
import { DevelopmentGoalEntity } from './plans/development-goal.entity.js';
import { DevelopmentPlanEntity } from './plans/development-plan.entity.js';
import { PlanResolver } from './plans/plan.resolver.js';
import { PlanService } from './plans/plan.service.js';
import { DevelopmentPlansApi } from './plans/development-plans.api.js';
import { BudgetService } from './research/budget.service.js';
import { ConferenceBudgetEntity } from './research/conference-budget.entity.js';
import { ConferenceExpenseEntity } from './research/conference-expense.entity.js';
import { ResearchOutputEntity } from './research/research-output.entity.js';
import { ResearchResolver } from './research/research.resolver.js';
import { ResearchService } from './research/research.service.js';
import { seedDevelopment } from './seed/development.seed.js';
import { CourseCompleted, RequisitionSuggested } from './shared/development.events.js';
import { enrolmentsCsvExport } from './courses/enrolments.csv-export.js';
import { DevelopmentLookups } from './shared/skill-names.service.js';
import { DEVELOPMENT_MESSAGES_ZH_CN } from './i18n/api-messages.zh-CN.js';

// API messages in zh-CN (the English text is the id); en-US is the text itself.
registerMessages('zh-CN', DEVELOPMENT_MESSAGES_ZH_CN);

export { CourseCompleted, RequisitionSuggested } from './shared/development.events.js';
export { GAP_METHOD } from './gaps/skill-gap.service.js';
export { TEAM_GAP_RULE } from './gaps/team-gap.service.js';

/**
 * Grow people faster: career ladders, courses and programmes, development plans with computed
 * skill gaps (courses and mentors recommended and explained), research support and team gap
 * analysis that recommends training or a requisition ('development.requisition-suggested'). A
 * completed course announces 'development.course-completed' (structure records skill evidence).
 */
export const developmentPlugin = definePlugin({
  id: 'development',
  version: '0.1.0',
  sdk: '^0.1.0',
  description: 'Grow people faster: ladders, courses, plans and skill gaps',
  dependencies: ['structure', 'knowledge'],
  entities: [
    CareerLadderEntity, CareerLevelEntity, CourseEntity, ProgrammeEntity, EnrolmentEntity, DevelopmentPlanEntity, DevelopmentGoalEntity,
    ResearchOutputEntity, ConferenceBudgetEntity, ConferenceExpenseEntity, RequisitionSuggestionEntity,
  ],
  migrations: [CreateDevelopment20261129110000],
  providers: [DevelopmentLookups, LadderService, CourseService, PlanService, SkillGapService, TeamGapService, ResearchService, BudgetService, DevelopmentPlansApi, { provide: DEVELOPMENT_SERVICES.plans, useExisting: DevelopmentPlansApi }],
  exports: [DEVELOPMENT_SERVICES.plans],
  resolvers: [LadderResolver, CourseResolver, PlanResolver, GapResolver, ResearchResolver],
  events: [RequisitionSuggested, CourseCompleted],
  permissions: [
    { id: 'development.ladders.read', description: 'See career ladders', defaultRoles: ['admin', 'hr', 'recruiter', 'manager', 'employee'] },
    { id: 'development.ladders.write', description: 'Edit career ladders', defaultRoles: ['admin', 'hr'] },
    { id: 'development.courses.read', description: 'See courses and programmes, enrol, complete and rate your courses', defaultRoles: ['admin', 'hr', 'recruiter', 'manager', 'employee'] },
    { id: 'development.courses.write', description: 'Manage courses and everyone’s enrolments', defaultRoles: ['admin', 'hr'] },
    { id: 'development.plans.read-all', description: 'See every development plan and skill gap (and, with write, change any plan)', defaultRoles: ['admin', 'hr'] },
    { id: 'development.plans.write', description: 'Write development plans (managers: for their chain)', defaultRoles: ['admin', 'hr', 'manager'] },
    { id: 'development.gaps.read', description: 'Run the team gap analysis', defaultRoles: ['admin', 'hr', 'manager'] },
    { id: 'development.gaps.write', description: 'Publish suggested requisitions from the gap analysis', defaultRoles: ['admin', 'hr', 'manager'] },
    { id: 'development.research.read', description: 'See research outputs; record your own', defaultRoles: ['admin', 'hr', 'recruiter', 'manager', 'employee'] },
    { id: 'development.research.manage', description: 'Record and edit anyone’s research outputs', defaultRoles: ['admin', 'hr'] },
    { id: 'development.budgets.manage', description: 'Set conference budgets and see them all', defaultRoles: ['admin', 'hr'] },
  ],
  csvExports: [enrolmentsCsvExport],
  seed: seedDevelopment,
});
