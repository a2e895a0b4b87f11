// Names for the result shapes the development console works with, all derived from the types
// generated for its documents (./gql): nothing here is written by hand.
import type {
  DevelopmentBudgetFieldsFragment, DevelopmentBudgetsPageQuery, DevelopmentCourseFieldsFragment, DevelopmentCourseKind, DevelopmentEnrolmentFieldsFragment, DevelopmentGapsQuery, DevelopmentLaddersQuery,
  DevelopmentPlanFieldsFragment, DevelopmentRequirementGapFieldsFragment, DevelopmentResearchFieldsFragment, DevelopmentResearchKind, DevelopmentResearchStatus,
  DevelopmentTeamGapFieldsFragment,
} from './gql/graphql.js';

export type {
  DevelopmentCourseKind as CourseKind, DevelopmentGoalStatus as GoalStatus, DevelopmentPlanStatus as PlanStatus, DevelopmentResearchKind as ResearchKind,
  DevelopmentResearchStatus as ResearchStatus, DevelopmentCourseSortField as CourseSortField, DevelopmentPlanSortField as PlanSortField, DevelopmentResearchSortField as ResearchSortField,
  DevelopmentEnrolmentSortField as EnrolmentSortField, DevelopmentEnrolmentStatus as EnrolmentStatus, DevelopmentBudgetSortField as BudgetSortField,
} from './gql/graphql.js';
export type { CareerLevelInput as LevelInput, CareerTrack, CreateCourseInput as CourseInput, DevelopmentGoalInput as GoalInput } from './gql/graphql.js';

export const COURSE_KINDS: readonly DevelopmentCourseKind[] = ['INTERNAL', 'EXTERNAL', 'EXPERT_SESSION', 'CROSS_TRAINING'];

/** The statuses each kind moves through (the API refuses the others). */
export const RESEARCH_STATUSES: Record<DevelopmentResearchKind, DevelopmentResearchStatus[]> = {
  PUBLICATION: ['DRAFT', 'SUBMITTED', 'ACCEPTED', 'PUBLISHED', 'REJECTED'],
  PATENT: ['DRAFT', 'FILED', 'GRANTED', 'REJECTED'],
};

export type CareerLadder = DevelopmentLaddersQuery['careerLadders'][number];
export type CareerLevel = CareerLadder['levels'][number];
export type Enrolment = DevelopmentEnrolmentFieldsFragment;
export type Course = DevelopmentCourseFieldsFragment;
export type Money = Course['cost'];
export type Plan = DevelopmentPlanFieldsFragment;
export type Goal = Plan['goals'][number];
export type GapReport = DevelopmentGapsQuery['skillGaps'];
export type SkillGap = GapReport['gaps'][number];
export type RequirementGap = DevelopmentRequirementGapFieldsFragment;
export type TeamGapAnalysis = DevelopmentTeamGapFieldsFragment;
export type ResearchOutput = DevelopmentResearchFieldsFragment;
export type ConferenceBudget = DevelopmentBudgetFieldsFragment;
export type ConferenceExpense = ConferenceBudget['expenses'][number];
export type ConferenceBudgetsPage = DevelopmentBudgetsPageQuery['conferenceBudgetsPage'];
