/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CareerLevelInput = {
  /** Creates the level, or replaces the one with this code */
  code: string;
  description?: string;
  expectations: Array<DevelopmentSkillLevelInput>;
  /** The updatedAt you read: if the level changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: string | null | undefined;
  ladderId: string;
  rank: number;
  title: string;
};

/** IC: individual contributor; MANAGEMENT: people managers */
export type CareerTrack =
  | 'IC'
  | 'MANAGEMENT';

export type ConferenceExpenseInput = {
  amount: DevelopmentMoneyInput;
  conference: string;
  /** YYYY-MM-DD; the budget of that date's year pays */
  date: string;
  note?: string;
  personId: string;
};

export type CourseFeedbackInput = {
  comment?: string;
  rating: number;
};

export type CreateCareerLadderInput = {
  description?: string;
  name: string;
  track: CareerTrack;
};

export type CreateCourseInput = {
  capacity?: number | null | undefined;
  /** Per learner; default free */
  cost?: DevelopmentMoneyInput | null | undefined;
  description?: string;
  durationHours?: number;
  endsOn?: string | null | undefined;
  hostUnitId?: string | null | undefined;
  kind: DevelopmentCourseKind;
  programmeId?: string | null | undefined;
  provider?: string;
  skills: Array<DevelopmentSkillLevelInput>;
  startsOn?: string | null | undefined;
  title: string;
};

export type CreateDevelopmentPlanInput = {
  dueOn?: string | null | undefined;
  goals?: Array<DevelopmentGoalInput> | null | undefined;
  mentorId?: string | null | undefined;
  personId: string;
  summary?: string;
  /** A career level (CareerLevel.id) */
  targetLevelId?: string | null | undefined;
};

export type CreateResearchOutputInput = {
  /** Default: the linked item's authors, else you */
  authorIds?: Array<string> | null | undefined;
  date?: string | null | undefined;
  kind: DevelopmentResearchKind;
  /** A published, tenant-visible paper or patent in the knowledge base */
  knowledgeItemId?: string | null | undefined;
  status?: DevelopmentResearchStatus;
  /** Default: the linked knowledge item's title */
  title?: string | null | undefined;
  url?: string | null | undefined;
  venue?: string;
};

export type DevelopmentBudgetFilter = {
  /** This person's budget */
  personId?: string | null | undefined;
  /** Part of the person's name, any case */
  search?: string | null | undefined;
};

export type DevelopmentBudgetSort = {
  direction?: SortDirection;
  field: DevelopmentBudgetSortField;
};

/** ALLOCATED, SPENT and REMAINING compare the amounts in minor units, whatever their currency */
export type DevelopmentBudgetSortField =
  | 'ALLOCATED'
  | 'CREATED_AT'
  | 'REMAINING'
  | 'SPENT'
  | 'UPDATED_AT';

export type DevelopmentCourseFilter = {
  /** Only active courses */
  activeOnly?: boolean | null | undefined;
  kind?: DevelopmentCourseKind | null | undefined;
  programmeId?: string | null | undefined;
  skillId?: string | null | undefined;
};

/** CROSS_TRAINING: time spent in another team (交叉培训); EXPERT_SESSION: an external expert (外部专家) */
export type DevelopmentCourseKind =
  | 'CROSS_TRAINING'
  | 'EXPERT_SESSION'
  | 'EXTERNAL'
  | 'INTERNAL';

export type DevelopmentCourseSort = {
  direction?: SortDirection;
  field: DevelopmentCourseSortField;
};

export type DevelopmentCourseSortField =
  | 'CREATED_AT'
  | 'DURATION'
  | 'KIND'
  | 'TITLE';

export type DevelopmentEnrolmentFilter = {
  courseId?: string | null | undefined;
  personId?: string | null | undefined;
  status?: DevelopmentEnrolmentStatus | null | undefined;
};

export type DevelopmentEnrolmentSort = {
  direction?: SortDirection;
  field: DevelopmentEnrolmentSortField;
};

export type DevelopmentEnrolmentSortField =
  | 'ENROLLED_AT'
  | 'STATUS'
  | 'UPDATED_AT';

export type DevelopmentEnrolmentStatus =
  | 'COMPLETED'
  | 'ENROLLED'
  | 'WITHDRAWN';

export type DevelopmentGapRecommendation =
  | 'COVERED'
  | 'REQUISITION'
  | 'TRAINING';

export type DevelopmentGoalInput = {
  description?: string;
  dueOn?: string | null | undefined;
  skillId?: string | null | undefined;
  targetLevel?: number | null | undefined;
  title: string;
};

export type DevelopmentGoalStatus =
  | 'DONE'
  | 'DROPPED'
  | 'OPEN';

export type DevelopmentMoneyInput = {
  /** Integer minor units (fen, cents) */
  amount: number;
  currency: string;
};

export type DevelopmentPlanFilter = {
  personId?: string | null | undefined;
  status?: DevelopmentPlanStatus | null | undefined;
};

export type DevelopmentPlanSort = {
  direction?: SortDirection;
  field: DevelopmentPlanSortField;
};

export type DevelopmentPlanSortField =
  | 'CREATED_AT'
  | 'STATUS'
  | 'UPDATED_AT';

export type DevelopmentPlanStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED';

export type DevelopmentResearchFilter = {
  kind?: DevelopmentResearchKind | null | undefined;
  /** Outputs this person (co-)authored */
  personId?: string | null | undefined;
  /** Part of the title or venue, any case */
  search?: string | null | undefined;
  status?: DevelopmentResearchStatus | null | undefined;
  /** Dated in this year (2000 to 2100) */
  year?: number | null | undefined;
};

export type DevelopmentResearchKind =
  | 'PATENT'
  | 'PUBLICATION';

export type DevelopmentResearchSort = {
  direction?: SortDirection;
  field: DevelopmentResearchSortField;
};

/** DATE puts undated outputs last when descending */
export type DevelopmentResearchSortField =
  | 'CREATED_AT'
  | 'DATE'
  | 'KIND'
  | 'STATUS'
  | 'TITLE';

/** Publications: DRAFT, SUBMITTED, ACCEPTED, PUBLISHED, REJECTED; patents: DRAFT, FILED, GRANTED, REJECTED */
export type DevelopmentResearchStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'FILED'
  | 'GRANTED'
  | 'PUBLISHED'
  | 'REJECTED'
  | 'SUBMITTED';

export type DevelopmentSkillLevelInput = {
  level: number;
  skillId: string;
};

export type KnowledgeItemKind =
  | 'BEST_PRACTICE'
  | 'DESIGN_DOC'
  | 'PAPER'
  | 'PATENT'
  | 'POST_MORTEM'
  | 'TECH_BLOG';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type UpdateCareerLadderInput = {
  description?: string | null | undefined;
  name?: string | null | undefined;
};

export type UpdateCourseInput = {
  /** Inactive courses take no enrolments and are not recommended */
  active?: boolean | null | undefined;
  capacity?: number | null | undefined;
  description?: string | null | undefined;
  endsOn?: string | null | undefined;
  /** The updatedAt you read: if the course changed since, CONFLICT and nothing changes (leave out to overwrite) */
  expectedUpdatedAt?: string | null | undefined;
  skills?: Array<DevelopmentSkillLevelInput> | null | undefined;
  startsOn?: string | null | undefined;
  title?: string | null | undefined;
};

export type UpdateDevelopmentGoalInput = {
  description?: string | null | undefined;
  dueOn?: string | null | undefined;
  /** The person may set this on their own plan */
  status?: DevelopmentGoalStatus | null | undefined;
  title?: string | null | undefined;
};

export type UpdateDevelopmentPlanInput = {
  dueOn?: string | null | undefined;
  mentorId?: string | null | undefined;
  status?: DevelopmentPlanStatus | null | undefined;
  summary?: string | null | undefined;
  targetLevelId?: string | null | undefined;
};

export type UpdateResearchOutputInput = {
  date?: string | null | undefined;
  knowledgeItemId?: string | null | undefined;
  status?: DevelopmentResearchStatus | null | undefined;
  title?: string | null | undefined;
  venue?: string | null | undefined;
};

export type DevelopmentPersonFieldsFragment = { id: string, name: string, title: string, level: string };

export type DevelopmentSkillLevelFieldsFragment = { skillId: string, skillName: string, level: number };

export type DevelopmentLevelFieldsFragment = { id: string, ladderId: string, code: string, rank: number, title: string, description: string, updatedAt: string, expectations: Array<{ skillId: string, skillName: string, level: number }> };

export type DevelopmentEnrolmentFieldsFragment = { id: string, courseId: string, courseTitle: string, status: DevelopmentEnrolmentStatus, enrolledAt: string, completedAt: string | null, rating: number | null, feedback: string | null, person: { id: string, name: string, title: string, level: string } };

export type DevelopmentCourseFieldsFragment = { id: string, title: string, kind: DevelopmentCourseKind, description: string, provider: string, hostUnitId: string | null, durationHours: number, capacity: number | null, startsOn: string | null, endsOn: string | null, programmeId: string | null, active: boolean, updatedAt: string, enrolledCount: number, completedCount: number, averageRating: number | null, feedbackCount: number, skills: Array<{ skillId: string, skillName: string, level: number }>, cost: { amount: number, currency: string }, myEnrolment: { id: string, courseId: string, courseTitle: string, status: DevelopmentEnrolmentStatus, enrolledAt: string, completedAt: string | null, rating: number | null, feedback: string | null, person: { id: string, name: string, title: string, level: string } } | null };

export type DevelopmentPlanFieldsFragment = { id: string, status: DevelopmentPlanStatus, dueOn: string | null, summary: string, progress: number, canEdit: boolean, createdAt: string, updatedAt: string, person: { id: string, name: string, title: string, level: string }, mentor: { id: string, name: string, title: string, level: string } | null, targetLevel: { id: string, code: string, title: string } | null, createdBy: { id: string, name: string, title: string, level: string } | null, goals: Array<{ id: string, title: string, description: string, skillId: string | null, skillName: string | null, targetLevel: number | null, dueOn: string | null, status: DevelopmentGoalStatus, doneAt: string | null }> };

export type DevelopmentCourseRecommendationFieldsFragment = { courseId: string, title: string, reachesLevel: number, reason: string };

export type DevelopmentRequirementGapFieldsFragment = { projectId: string, projectName: string, skillId: string, skillName: string, minLevel: number, weight: number, recommendation: DevelopmentGapRecommendation, reason: string, coveredBy: Array<{ level: number, person: { id: string, name: string, title: string, level: string } }>, candidates: Array<{ level: number, person: { id: string, name: string, title: string, level: string } }>, courses: Array<{ courseId: string, title: string, reachesLevel: number, reason: string }> };

export type DevelopmentTeamGapFieldsFragment = { unitId: string | null, unitName: string, memberCount: number, rule: string, projects: Array<{ projectId: string, name: string, priority: number, requirements: Array<{ projectId: string, projectName: string, skillId: string, skillName: string, minLevel: number, weight: number, recommendation: DevelopmentGapRecommendation, reason: string, coveredBy: Array<{ level: number, person: { id: string, name: string, title: string, level: string } }>, candidates: Array<{ level: number, person: { id: string, name: string, title: string, level: string } }>, courses: Array<{ courseId: string, title: string, reachesLevel: number, reason: string }> }> }>, gaps: Array<{ projectId: string, projectName: string, skillId: string, skillName: string, minLevel: number, weight: number, recommendation: DevelopmentGapRecommendation, reason: string, coveredBy: Array<{ level: number, person: { id: string, name: string, title: string, level: string } }>, candidates: Array<{ level: number, person: { id: string, name: string, title: string, level: string } }>, courses: Array<{ courseId: string, title: string, reachesLevel: number, reason: string }> }>, requisitions: Array<{ skillId: string, skillName: string, level: number, projects: Array<string>, reason: string, alreadySuggested: boolean }> };

export type DevelopmentLaddersQueryVariables = Exact<{ [key: string]: never; }>;


export type DevelopmentLaddersQuery = { careerLadders: Array<{ id: string, name: string, track: CareerTrack, description: string, levels: Array<{ id: string, ladderId: string, code: string, rank: number, title: string, description: string, updatedAt: string, expectations: Array<{ skillId: string, skillName: string, level: number }> }> }> };

export type DevelopmentCreateLadderMutationVariables = Exact<{
  input: CreateCareerLadderInput;
}>;


export type DevelopmentCreateLadderMutation = { createCareerLadder: { id: string, name: string, track: CareerTrack, description: string, levels: Array<{ id: string, ladderId: string, code: string, rank: number, title: string, description: string, updatedAt: string, expectations: Array<{ skillId: string, skillName: string, level: number }> }> } };

export type DevelopmentUpdateLadderMutationVariables = Exact<{
  id: string;
  input: UpdateCareerLadderInput;
}>;


export type DevelopmentUpdateLadderMutation = { updateCareerLadder: { id: string, name: string, track: CareerTrack, description: string, levels: Array<{ id: string, ladderId: string, code: string, rank: number, title: string, description: string, updatedAt: string, expectations: Array<{ skillId: string, skillName: string, level: number }> }> } };

export type DevelopmentDeleteLevelMutationVariables = Exact<{
  id: string;
}>;


export type DevelopmentDeleteLevelMutation = { deleteCareerLevel: boolean };

export type DevelopmentDeleteLadderMutationVariables = Exact<{
  id: string;
}>;


export type DevelopmentDeleteLadderMutation = { deleteCareerLadder: boolean };

export type DevelopmentUpsertLevelMutationVariables = Exact<{
  input: CareerLevelInput;
}>;


export type DevelopmentUpsertLevelMutation = { upsertCareerLevel: { id: string, ladderId: string, code: string, rank: number, title: string, description: string, updatedAt: string, expectations: Array<{ skillId: string, skillName: string, level: number }> } };

export type DevelopmentCoursesPageQueryVariables = Exact<{
  filter?: DevelopmentCourseFilter | null | undefined;
  sort?: DevelopmentCourseSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DevelopmentCoursesPageQuery = { coursesPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, title: string, kind: DevelopmentCourseKind, description: string, provider: string, hostUnitId: string | null, durationHours: number, capacity: number | null, startsOn: string | null, endsOn: string | null, programmeId: string | null, active: boolean, updatedAt: string, enrolledCount: number, completedCount: number, averageRating: number | null, feedbackCount: number, skills: Array<{ skillId: string, skillName: string, level: number }>, cost: { amount: number, currency: string }, myEnrolment: { id: string, courseId: string, courseTitle: string, status: DevelopmentEnrolmentStatus, enrolledAt: string, completedAt: string | null, rating: number | null, feedback: string | null, person: { id: string, name: string, title: string, level: string } } | null }> } };

export type DevelopmentCourseQueryVariables = Exact<{
  id: string;
}>;


export type DevelopmentCourseQuery = { course: { id: string, title: string, kind: DevelopmentCourseKind, description: string, provider: string, hostUnitId: string | null, durationHours: number, capacity: number | null, startsOn: string | null, endsOn: string | null, programmeId: string | null, active: boolean, updatedAt: string, enrolledCount: number, completedCount: number, averageRating: number | null, feedbackCount: number, skills: Array<{ skillId: string, skillName: string, level: number }>, cost: { amount: number, currency: string }, myEnrolment: { id: string, courseId: string, courseTitle: string, status: DevelopmentEnrolmentStatus, enrolledAt: string, completedAt: string | null, rating: number | null, feedback: string | null, person: { id: string, name: string, title: string, level: string } } | null } };

export type DevelopmentProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type DevelopmentProgrammesQuery = { programmes: Array<{ id: string, title: string, description: string, courses: Array<{ id: string }> }> };

export type DevelopmentEnrolmentsPageQueryVariables = Exact<{
  filter?: DevelopmentEnrolmentFilter | null | undefined;
  sort?: DevelopmentEnrolmentSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DevelopmentEnrolmentsPageQuery = { courseEnrolmentsPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, courseId: string, courseTitle: string, status: DevelopmentEnrolmentStatus, enrolledAt: string, completedAt: string | null, rating: number | null, feedback: string | null, person: { id: string, name: string, title: string, level: string } }> } };

export type DevelopmentEnrolMutationVariables = Exact<{
  courseId: string;
  personId?: string | null | undefined;
}>;


export type DevelopmentEnrolMutation = { enrol: { id: string, courseId: string, courseTitle: string, status: DevelopmentEnrolmentStatus, enrolledAt: string, completedAt: string | null, rating: number | null, feedback: string | null, person: { id: string, name: string, title: string, level: string } } };

export type DevelopmentWithdrawMutationVariables = Exact<{
  enrolmentId: string;
}>;


export type DevelopmentWithdrawMutation = { withdrawEnrolment: { id: string, courseId: string, courseTitle: string, status: DevelopmentEnrolmentStatus, enrolledAt: string, completedAt: string | null, rating: number | null, feedback: string | null, person: { id: string, name: string, title: string, level: string } } };

export type DevelopmentCompleteMutationVariables = Exact<{
  enrolmentId: string;
  rating?: number | null | undefined;
  comment?: string | null | undefined;
}>;


export type DevelopmentCompleteMutation = { completeCourse: { id: string, courseId: string, courseTitle: string, status: DevelopmentEnrolmentStatus, enrolledAt: string, completedAt: string | null, rating: number | null, feedback: string | null, person: { id: string, name: string, title: string, level: string } } };

export type DevelopmentFeedbackMutationVariables = Exact<{
  enrolmentId: string;
  feedback: CourseFeedbackInput;
}>;


export type DevelopmentFeedbackMutation = { giveCourseFeedback: { id: string, courseId: string, courseTitle: string, status: DevelopmentEnrolmentStatus, enrolledAt: string, completedAt: string | null, rating: number | null, feedback: string | null, person: { id: string, name: string, title: string, level: string } } };

export type DevelopmentPlansQueryVariables = Exact<{
  personId?: string | null | undefined;
  status?: DevelopmentPlanStatus | null | undefined;
}>;


export type DevelopmentPlansQuery = { developmentPlans: Array<{ id: string, status: DevelopmentPlanStatus, dueOn: string | null, summary: string, progress: number, canEdit: boolean, createdAt: string, updatedAt: string, person: { id: string, name: string, title: string, level: string }, mentor: { id: string, name: string, title: string, level: string } | null, targetLevel: { id: string, code: string, title: string } | null, createdBy: { id: string, name: string, title: string, level: string } | null, goals: Array<{ id: string, title: string, description: string, skillId: string | null, skillName: string | null, targetLevel: number | null, dueOn: string | null, status: DevelopmentGoalStatus, doneAt: string | null }> }> };

export type DevelopmentPlansPageQueryVariables = Exact<{
  filter?: DevelopmentPlanFilter | null | undefined;
  sort?: DevelopmentPlanSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DevelopmentPlansPageQuery = { developmentPlansPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, status: DevelopmentPlanStatus, dueOn: string | null, summary: string, progress: number, canEdit: boolean, createdAt: string, updatedAt: string, person: { id: string, name: string, title: string, level: string }, mentor: { id: string, name: string, title: string, level: string } | null, targetLevel: { id: string, code: string, title: string } | null, createdBy: { id: string, name: string, title: string, level: string } | null, goals: Array<{ id: string, title: string, description: string, skillId: string | null, skillName: string | null, targetLevel: number | null, dueOn: string | null, status: DevelopmentGoalStatus, doneAt: string | null }> }> } };

export type DevelopmentPlanQueryVariables = Exact<{
  id: string;
}>;


export type DevelopmentPlanQuery = { developmentPlan: { id: string, status: DevelopmentPlanStatus, dueOn: string | null, summary: string, progress: number, canEdit: boolean, createdAt: string, updatedAt: string, person: { id: string, name: string, title: string, level: string }, mentor: { id: string, name: string, title: string, level: string } | null, targetLevel: { id: string, code: string, title: string } | null, createdBy: { id: string, name: string, title: string, level: string } | null, goals: Array<{ id: string, title: string, description: string, skillId: string | null, skillName: string | null, targetLevel: number | null, dueOn: string | null, status: DevelopmentGoalStatus, doneAt: string | null }> } };

export type DevelopmentCreatePlanMutationVariables = Exact<{
  input: CreateDevelopmentPlanInput;
}>;


export type DevelopmentCreatePlanMutation = { createDevelopmentPlan: { id: string, status: DevelopmentPlanStatus, dueOn: string | null, summary: string, progress: number, canEdit: boolean, createdAt: string, updatedAt: string, person: { id: string, name: string, title: string, level: string }, mentor: { id: string, name: string, title: string, level: string } | null, targetLevel: { id: string, code: string, title: string } | null, createdBy: { id: string, name: string, title: string, level: string } | null, goals: Array<{ id: string, title: string, description: string, skillId: string | null, skillName: string | null, targetLevel: number | null, dueOn: string | null, status: DevelopmentGoalStatus, doneAt: string | null }> } };

export type DevelopmentUpdatePlanMutationVariables = Exact<{
  id: string;
  input: UpdateDevelopmentPlanInput;
}>;


export type DevelopmentUpdatePlanMutation = { updateDevelopmentPlan: { id: string, status: DevelopmentPlanStatus, dueOn: string | null, summary: string, progress: number, canEdit: boolean, createdAt: string, updatedAt: string, person: { id: string, name: string, title: string, level: string }, mentor: { id: string, name: string, title: string, level: string } | null, targetLevel: { id: string, code: string, title: string } | null, createdBy: { id: string, name: string, title: string, level: string } | null, goals: Array<{ id: string, title: string, description: string, skillId: string | null, skillName: string | null, targetLevel: number | null, dueOn: string | null, status: DevelopmentGoalStatus, doneAt: string | null }> } };

export type DevelopmentAddGoalMutationVariables = Exact<{
  planId: string;
  input: DevelopmentGoalInput;
}>;


export type DevelopmentAddGoalMutation = { addDevelopmentGoal: { id: string, status: DevelopmentPlanStatus, dueOn: string | null, summary: string, progress: number, canEdit: boolean, createdAt: string, updatedAt: string, person: { id: string, name: string, title: string, level: string }, mentor: { id: string, name: string, title: string, level: string } | null, targetLevel: { id: string, code: string, title: string } | null, createdBy: { id: string, name: string, title: string, level: string } | null, goals: Array<{ id: string, title: string, description: string, skillId: string | null, skillName: string | null, targetLevel: number | null, dueOn: string | null, status: DevelopmentGoalStatus, doneAt: string | null }> } };

export type DevelopmentUpdateGoalMutationVariables = Exact<{
  goalId: string;
  input: UpdateDevelopmentGoalInput;
}>;


export type DevelopmentUpdateGoalMutation = { updateDevelopmentGoal: { id: string, status: DevelopmentPlanStatus, dueOn: string | null, summary: string, progress: number, canEdit: boolean, createdAt: string, updatedAt: string, person: { id: string, name: string, title: string, level: string }, mentor: { id: string, name: string, title: string, level: string } | null, targetLevel: { id: string, code: string, title: string } | null, createdBy: { id: string, name: string, title: string, level: string } | null, goals: Array<{ id: string, title: string, description: string, skillId: string | null, skillName: string | null, targetLevel: number | null, dueOn: string | null, status: DevelopmentGoalStatus, doneAt: string | null }> } };

export type DevelopmentGapsQueryVariables = Exact<{
  personId: string;
  targetLevelId?: string | null | undefined;
}>;


export type DevelopmentGapsQuery = { skillGaps: { targetSource: string, method: string, person: { id: string, name: string, title: string, level: string }, target: { id: string, code: string, title: string }, expectations: Array<{ skillId: string, skillName: string, expected: number, current: number, met: boolean }>, gaps: Array<{ skillId: string, skillName: string, expected: number, current: number, gap: number, courses: Array<{ courseId: string, title: string, reachesLevel: number, reason: string }>, mentors: Array<{ score: number, level: number, evidence: Array<string>, reason: string, person: { id: string, name: string, title: string, level: string } }> }> } };

export type DevelopmentTeamGapsQueryVariables = Exact<{
  unitId?: string | null | undefined;
}>;


export type DevelopmentTeamGapsQuery = { teamGapAnalysis: { unitId: string | null, unitName: string, memberCount: number, rule: string, projects: Array<{ projectId: string, name: string, priority: number, requirements: Array<{ projectId: string, projectName: string, skillId: string, skillName: string, minLevel: number, weight: number, recommendation: DevelopmentGapRecommendation, reason: string, coveredBy: Array<{ level: number, person: { id: string, name: string, title: string, level: string } }>, candidates: Array<{ level: number, person: { id: string, name: string, title: string, level: string } }>, courses: Array<{ courseId: string, title: string, reachesLevel: number, reason: string }> }> }>, gaps: Array<{ projectId: string, projectName: string, skillId: string, skillName: string, minLevel: number, weight: number, recommendation: DevelopmentGapRecommendation, reason: string, coveredBy: Array<{ level: number, person: { id: string, name: string, title: string, level: string } }>, candidates: Array<{ level: number, person: { id: string, name: string, title: string, level: string } }>, courses: Array<{ courseId: string, title: string, reachesLevel: number, reason: string }> }>, requisitions: Array<{ skillId: string, skillName: string, level: number, projects: Array<string>, reason: string, alreadySuggested: boolean }> } };

export type DevelopmentSuggestMutationVariables = Exact<{
  unitId?: string | null | undefined;
}>;


export type DevelopmentSuggestMutation = { suggestRequisitions: { unitId: string | null, unitName: string, memberCount: number, rule: string, projects: Array<{ projectId: string, name: string, priority: number, requirements: Array<{ projectId: string, projectName: string, skillId: string, skillName: string, minLevel: number, weight: number, recommendation: DevelopmentGapRecommendation, reason: string, coveredBy: Array<{ level: number, person: { id: string, name: string, title: string, level: string } }>, candidates: Array<{ level: number, person: { id: string, name: string, title: string, level: string } }>, courses: Array<{ courseId: string, title: string, reachesLevel: number, reason: string }> }> }>, gaps: Array<{ projectId: string, projectName: string, skillId: string, skillName: string, minLevel: number, weight: number, recommendation: DevelopmentGapRecommendation, reason: string, coveredBy: Array<{ level: number, person: { id: string, name: string, title: string, level: string } }>, candidates: Array<{ level: number, person: { id: string, name: string, title: string, level: string } }>, courses: Array<{ courseId: string, title: string, reachesLevel: number, reason: string }> }>, requisitions: Array<{ skillId: string, skillName: string, level: number, projects: Array<string>, reason: string, alreadySuggested: boolean }> } };

export type DevelopmentMeQueryVariables = Exact<{ [key: string]: never; }>;


export type DevelopmentMeQuery = { me: { person: { id: string, name: string, reports: Array<{ id: string, name: string, title: string }> } | null } };

export type DevelopmentUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type DevelopmentUnitsQuery = { orgUnits: Array<{ id: string, name: string, depth: number, lead: { id: string } | null }> };

export type DevelopmentSkillsQueryVariables = Exact<{ [key: string]: never; }>;


export type DevelopmentSkillsQuery = { skills: Array<{ id: string, name: string, categoryName: string }> };

export type DevelopmentCreateCourseMutationVariables = Exact<{
  input: CreateCourseInput;
}>;


export type DevelopmentCreateCourseMutation = { createCourse: { id: string, title: string, kind: DevelopmentCourseKind, description: string, provider: string, hostUnitId: string | null, durationHours: number, capacity: number | null, startsOn: string | null, endsOn: string | null, programmeId: string | null, active: boolean, updatedAt: string, enrolledCount: number, completedCount: number, averageRating: number | null, feedbackCount: number, skills: Array<{ skillId: string, skillName: string, level: number }>, cost: { amount: number, currency: string }, myEnrolment: { id: string, courseId: string, courseTitle: string, status: DevelopmentEnrolmentStatus, enrolledAt: string, completedAt: string | null, rating: number | null, feedback: string | null, person: { id: string, name: string, title: string, level: string } } | null } };

export type DevelopmentUpdateCourseMutationVariables = Exact<{
  id: string;
  input: UpdateCourseInput;
}>;


export type DevelopmentUpdateCourseMutation = { updateCourse: { id: string, title: string, kind: DevelopmentCourseKind, description: string, provider: string, hostUnitId: string | null, durationHours: number, capacity: number | null, startsOn: string | null, endsOn: string | null, programmeId: string | null, active: boolean, updatedAt: string, enrolledCount: number, completedCount: number, averageRating: number | null, feedbackCount: number, skills: Array<{ skillId: string, skillName: string, level: number }>, cost: { amount: number, currency: string }, myEnrolment: { id: string, courseId: string, courseTitle: string, status: DevelopmentEnrolmentStatus, enrolledAt: string, completedAt: string | null, rating: number | null, feedback: string | null, person: { id: string, name: string, title: string, level: string } } | null } };

export type DevelopmentCreateProgrammeMutationVariables = Exact<{
  title: string;
  description: string;
}>;


export type DevelopmentCreateProgrammeMutation = { createProgramme: { id: string, title: string } };

export type DevelopmentResearchFieldsFragment = { id: string, kind: DevelopmentResearchKind, title: string, venue: string, status: DevelopmentResearchStatus, date: string | null, url: string | null, canEdit: boolean, authors: Array<{ id: string, name: string, title: string, level: string }>, knowledgeItem: { id: string, kind: string, title: string, reference: string | null } | null };

export type DevelopmentResearchOutputsQueryVariables = Exact<{
  personId?: string | null | undefined;
  kind?: DevelopmentResearchKind | null | undefined;
  year?: number | null | undefined;
}>;


export type DevelopmentResearchOutputsQuery = { researchOutputs: Array<{ id: string, kind: DevelopmentResearchKind, title: string, venue: string, status: DevelopmentResearchStatus, date: string | null, url: string | null, canEdit: boolean, authors: Array<{ id: string, name: string, title: string, level: string }>, knowledgeItem: { id: string, kind: string, title: string, reference: string | null } | null }> };

export type DevelopmentResearchPageQueryVariables = Exact<{
  filter?: DevelopmentResearchFilter | null | undefined;
  sort?: DevelopmentResearchSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DevelopmentResearchPageQuery = { researchOutputsPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, kind: DevelopmentResearchKind, title: string, venue: string, status: DevelopmentResearchStatus, date: string | null, url: string | null, canEdit: boolean, authors: Array<{ id: string, name: string, title: string, level: string }>, knowledgeItem: { id: string, kind: string, title: string, reference: string | null } | null }> } };

export type DevelopmentResearchCountsQueryVariables = Exact<{
  publications: DevelopmentResearchFilter;
  published: DevelopmentResearchFilter;
  patents: DevelopmentResearchFilter;
  granted: DevelopmentResearchFilter;
}>;


export type DevelopmentResearchCountsQuery = { publications: { totalCount: number }, published: { totalCount: number }, patents: { totalCount: number }, granted: { totalCount: number } };

export type DevelopmentCreateResearchMutationVariables = Exact<{
  input: CreateResearchOutputInput;
}>;


export type DevelopmentCreateResearchMutation = { createResearchOutput: { id: string, kind: DevelopmentResearchKind, title: string, venue: string, status: DevelopmentResearchStatus, date: string | null, url: string | null, canEdit: boolean, authors: Array<{ id: string, name: string, title: string, level: string }>, knowledgeItem: { id: string, kind: string, title: string, reference: string | null } | null } };

export type DevelopmentUpdateResearchMutationVariables = Exact<{
  id: string;
  input: UpdateResearchOutputInput;
}>;


export type DevelopmentUpdateResearchMutation = { updateResearchOutput: { id: string, kind: DevelopmentResearchKind, title: string, venue: string, status: DevelopmentResearchStatus, date: string | null, url: string | null, canEdit: boolean, authors: Array<{ id: string, name: string, title: string, level: string }>, knowledgeItem: { id: string, kind: string, title: string, reference: string | null } | null } };

export type DevelopmentPapersQueryVariables = Exact<{ [key: string]: never; }>;


export type DevelopmentPapersQuery = { knowledgeItems: { nodes: Array<{ id: string, kind: KnowledgeItemKind, title: string }> } };

export type DevelopmentBudgetFieldsFragment = { id: string | null, year: number, person: { id: string, name: string, title: string, level: string }, allocated: { amount: number, currency: string } | null, spent: { amount: number, currency: string }, remaining: { amount: number, currency: string }, expenses: Array<{ id: string, conference: string, date: string, note: string, amount: { amount: number, currency: string }, recordedBy: { id: string, name: string, title: string, level: string } | null }> };

export type DevelopmentBudgetsPageQueryVariables = Exact<{
  year: number;
  filter?: DevelopmentBudgetFilter | null | undefined;
  sort?: DevelopmentBudgetSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DevelopmentBudgetsPageQuery = { conferenceBudgetsPage: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, allocatedTotals: Array<{ amount: number, currency: string }>, spentTotals: Array<{ amount: number, currency: string }>, nodes: Array<{ id: string | null, year: number, person: { id: string, name: string, title: string, level: string }, allocated: { amount: number, currency: string } | null, spent: { amount: number, currency: string }, remaining: { amount: number, currency: string }, expenses: Array<{ id: string, conference: string, date: string, note: string, amount: { amount: number, currency: string }, recordedBy: { id: string, name: string, title: string, level: string } | null }> }> } };

export type DevelopmentSetBudgetMutationVariables = Exact<{
  personId: string;
  year: number;
  amount: DevelopmentMoneyInput;
}>;


export type DevelopmentSetBudgetMutation = { setConferenceBudget: { id: string | null, year: number, person: { id: string, name: string, title: string, level: string }, allocated: { amount: number, currency: string } | null, spent: { amount: number, currency: string }, remaining: { amount: number, currency: string }, expenses: Array<{ id: string, conference: string, date: string, note: string, amount: { amount: number, currency: string }, recordedBy: { id: string, name: string, title: string, level: string } | null }> } };

export type DevelopmentRecordExpenseMutationVariables = Exact<{
  input: ConferenceExpenseInput;
}>;


export type DevelopmentRecordExpenseMutation = { recordConferenceExpense: { id: string | null, year: number, person: { id: string, name: string, title: string, level: string }, allocated: { amount: number, currency: string } | null, spent: { amount: number, currency: string }, remaining: { amount: number, currency: string }, expenses: Array<{ id: string, conference: string, date: string, note: string, amount: { amount: number, currency: string }, recordedBy: { id: string, name: string, title: string, level: string } | null }> } };

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
export const DevelopmentSkillLevelFieldsFragmentDoc = new TypedDocumentString(`
    fragment DevelopmentSkillLevelFields on DevelopmentSkillLevel {
  skillId
  skillName
  level
}
    `, {"fragmentName":"DevelopmentSkillLevelFields"}) as unknown as TypedDocumentString<DevelopmentSkillLevelFieldsFragment, unknown>;
export const DevelopmentLevelFieldsFragmentDoc = new TypedDocumentString(`
    fragment DevelopmentLevelFields on CareerLevel {
  id
  ladderId
  code
  rank
  title
  description
  updatedAt
  expectations {
    ...DevelopmentSkillLevelFields
  }
}
    fragment DevelopmentSkillLevelFields on DevelopmentSkillLevel {
  skillId
  skillName
  level
}`, {"fragmentName":"DevelopmentLevelFields"}) as unknown as TypedDocumentString<DevelopmentLevelFieldsFragment, unknown>;
export const DevelopmentPersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
    `, {"fragmentName":"DevelopmentPersonFields"}) as unknown as TypedDocumentString<DevelopmentPersonFieldsFragment, unknown>;
export const DevelopmentEnrolmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment DevelopmentEnrolmentFields on DevelopmentEnrolment {
  id
  courseId
  courseTitle
  person {
    ...DevelopmentPersonFields
  }
  status
  enrolledAt
  completedAt
  rating
  feedback
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}`, {"fragmentName":"DevelopmentEnrolmentFields"}) as unknown as TypedDocumentString<DevelopmentEnrolmentFieldsFragment, unknown>;
export const DevelopmentCourseFieldsFragmentDoc = new TypedDocumentString(`
    fragment DevelopmentCourseFields on DevelopmentCourse {
  id
  title
  kind
  description
  provider
  hostUnitId
  skills {
    ...DevelopmentSkillLevelFields
  }
  durationHours
  capacity
  cost {
    amount
    currency
  }
  startsOn
  endsOn
  programmeId
  active
  updatedAt
  enrolledCount
  completedCount
  averageRating
  feedbackCount
  myEnrolment {
    ...DevelopmentEnrolmentFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentSkillLevelFields on DevelopmentSkillLevel {
  skillId
  skillName
  level
}
fragment DevelopmentEnrolmentFields on DevelopmentEnrolment {
  id
  courseId
  courseTitle
  person {
    ...DevelopmentPersonFields
  }
  status
  enrolledAt
  completedAt
  rating
  feedback
}`, {"fragmentName":"DevelopmentCourseFields"}) as unknown as TypedDocumentString<DevelopmentCourseFieldsFragment, unknown>;
export const DevelopmentPlanFieldsFragmentDoc = new TypedDocumentString(`
    fragment DevelopmentPlanFields on DevelopmentPlan {
  id
  person {
    ...DevelopmentPersonFields
  }
  mentor {
    ...DevelopmentPersonFields
  }
  targetLevel {
    id
    code
    title
  }
  status
  dueOn
  summary
  progress
  canEdit
  createdAt
  updatedAt
  createdBy {
    ...DevelopmentPersonFields
  }
  goals {
    id
    title
    description
    skillId
    skillName
    targetLevel
    dueOn
    status
    doneAt
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}`, {"fragmentName":"DevelopmentPlanFields"}) as unknown as TypedDocumentString<DevelopmentPlanFieldsFragment, unknown>;
export const DevelopmentCourseRecommendationFieldsFragmentDoc = new TypedDocumentString(`
    fragment DevelopmentCourseRecommendationFields on DevelopmentCourseRecommendation {
  courseId
  title
  reachesLevel
  reason
}
    `, {"fragmentName":"DevelopmentCourseRecommendationFields"}) as unknown as TypedDocumentString<DevelopmentCourseRecommendationFieldsFragment, unknown>;
export const DevelopmentRequirementGapFieldsFragmentDoc = new TypedDocumentString(`
    fragment DevelopmentRequirementGapFields on DevelopmentRequirementGap {
  projectId
  projectName
  skillId
  skillName
  minLevel
  weight
  recommendation
  reason
  coveredBy {
    person {
      ...DevelopmentPersonFields
    }
    level
  }
  candidates {
    person {
      ...DevelopmentPersonFields
    }
    level
  }
  courses {
    ...DevelopmentCourseRecommendationFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentCourseRecommendationFields on DevelopmentCourseRecommendation {
  courseId
  title
  reachesLevel
  reason
}`, {"fragmentName":"DevelopmentRequirementGapFields"}) as unknown as TypedDocumentString<DevelopmentRequirementGapFieldsFragment, unknown>;
export const DevelopmentTeamGapFieldsFragmentDoc = new TypedDocumentString(`
    fragment DevelopmentTeamGapFields on DevelopmentTeamGapAnalysis {
  unitId
  unitName
  memberCount
  rule
  projects {
    projectId
    name
    priority
    requirements {
      ...DevelopmentRequirementGapFields
    }
  }
  gaps {
    ...DevelopmentRequirementGapFields
  }
  requisitions {
    skillId
    skillName
    level
    projects
    reason
    alreadySuggested
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentCourseRecommendationFields on DevelopmentCourseRecommendation {
  courseId
  title
  reachesLevel
  reason
}
fragment DevelopmentRequirementGapFields on DevelopmentRequirementGap {
  projectId
  projectName
  skillId
  skillName
  minLevel
  weight
  recommendation
  reason
  coveredBy {
    person {
      ...DevelopmentPersonFields
    }
    level
  }
  candidates {
    person {
      ...DevelopmentPersonFields
    }
    level
  }
  courses {
    ...DevelopmentCourseRecommendationFields
  }
}`, {"fragmentName":"DevelopmentTeamGapFields"}) as unknown as TypedDocumentString<DevelopmentTeamGapFieldsFragment, unknown>;
export const DevelopmentResearchFieldsFragmentDoc = new TypedDocumentString(`
    fragment DevelopmentResearchFields on DevelopmentResearchOutput {
  id
  kind
  title
  venue
  status
  date
  url
  authors {
    ...DevelopmentPersonFields
  }
  knowledgeItem {
    id
    kind
    title
    reference
  }
  canEdit
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}`, {"fragmentName":"DevelopmentResearchFields"}) as unknown as TypedDocumentString<DevelopmentResearchFieldsFragment, unknown>;
export const DevelopmentBudgetFieldsFragmentDoc = new TypedDocumentString(`
    fragment DevelopmentBudgetFields on DevelopmentConferenceBudget {
  id
  person {
    ...DevelopmentPersonFields
  }
  year
  allocated {
    amount
    currency
  }
  spent {
    amount
    currency
  }
  remaining {
    amount
    currency
  }
  expenses {
    id
    conference
    date
    amount {
      amount
      currency
    }
    note
    recordedBy {
      ...DevelopmentPersonFields
    }
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}`, {"fragmentName":"DevelopmentBudgetFields"}) as unknown as TypedDocumentString<DevelopmentBudgetFieldsFragment, unknown>;
export const DevelopmentLaddersDocument = new TypedDocumentString(`
    query DevelopmentLadders {
  careerLadders {
    id
    name
    track
    description
    levels {
      ...DevelopmentLevelFields
    }
  }
}
    fragment DevelopmentSkillLevelFields on DevelopmentSkillLevel {
  skillId
  skillName
  level
}
fragment DevelopmentLevelFields on CareerLevel {
  id
  ladderId
  code
  rank
  title
  description
  updatedAt
  expectations {
    ...DevelopmentSkillLevelFields
  }
}`) as unknown as TypedDocumentString<DevelopmentLaddersQuery, DevelopmentLaddersQueryVariables>;
export const DevelopmentCreateLadderDocument = new TypedDocumentString(`
    mutation DevelopmentCreateLadder($input: CreateCareerLadderInput!) {
  createCareerLadder(input: $input) {
    id
    name
    track
    description
    levels {
      ...DevelopmentLevelFields
    }
  }
}
    fragment DevelopmentSkillLevelFields on DevelopmentSkillLevel {
  skillId
  skillName
  level
}
fragment DevelopmentLevelFields on CareerLevel {
  id
  ladderId
  code
  rank
  title
  description
  updatedAt
  expectations {
    ...DevelopmentSkillLevelFields
  }
}`) as unknown as TypedDocumentString<DevelopmentCreateLadderMutation, DevelopmentCreateLadderMutationVariables>;
export const DevelopmentUpdateLadderDocument = new TypedDocumentString(`
    mutation DevelopmentUpdateLadder($id: ID!, $input: UpdateCareerLadderInput!) {
  updateCareerLadder(id: $id, input: $input) {
    id
    name
    track
    description
    levels {
      ...DevelopmentLevelFields
    }
  }
}
    fragment DevelopmentSkillLevelFields on DevelopmentSkillLevel {
  skillId
  skillName
  level
}
fragment DevelopmentLevelFields on CareerLevel {
  id
  ladderId
  code
  rank
  title
  description
  updatedAt
  expectations {
    ...DevelopmentSkillLevelFields
  }
}`) as unknown as TypedDocumentString<DevelopmentUpdateLadderMutation, DevelopmentUpdateLadderMutationVariables>;
export const DevelopmentDeleteLevelDocument = new TypedDocumentString(`
    mutation DevelopmentDeleteLevel($id: ID!) {
  deleteCareerLevel(id: $id)
}
    `) as unknown as TypedDocumentString<DevelopmentDeleteLevelMutation, DevelopmentDeleteLevelMutationVariables>;
export const DevelopmentDeleteLadderDocument = new TypedDocumentString(`
    mutation DevelopmentDeleteLadder($id: ID!) {
  deleteCareerLadder(id: $id)
}
    `) as unknown as TypedDocumentString<DevelopmentDeleteLadderMutation, DevelopmentDeleteLadderMutationVariables>;
export const DevelopmentUpsertLevelDocument = new TypedDocumentString(`
    mutation DevelopmentUpsertLevel($input: CareerLevelInput!) {
  upsertCareerLevel(input: $input) {
    ...DevelopmentLevelFields
  }
}
    fragment DevelopmentSkillLevelFields on DevelopmentSkillLevel {
  skillId
  skillName
  level
}
fragment DevelopmentLevelFields on CareerLevel {
  id
  ladderId
  code
  rank
  title
  description
  updatedAt
  expectations {
    ...DevelopmentSkillLevelFields
  }
}`) as unknown as TypedDocumentString<DevelopmentUpsertLevelMutation, DevelopmentUpsertLevelMutationVariables>;
export const DevelopmentCoursesPageDocument = new TypedDocumentString(`
    query DevelopmentCoursesPage($filter: DevelopmentCourseFilter, $sort: DevelopmentCourseSort, $first: Int!, $after: String) {
  coursesPage(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...DevelopmentCourseFields
    }
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentSkillLevelFields on DevelopmentSkillLevel {
  skillId
  skillName
  level
}
fragment DevelopmentEnrolmentFields on DevelopmentEnrolment {
  id
  courseId
  courseTitle
  person {
    ...DevelopmentPersonFields
  }
  status
  enrolledAt
  completedAt
  rating
  feedback
}
fragment DevelopmentCourseFields on DevelopmentCourse {
  id
  title
  kind
  description
  provider
  hostUnitId
  skills {
    ...DevelopmentSkillLevelFields
  }
  durationHours
  capacity
  cost {
    amount
    currency
  }
  startsOn
  endsOn
  programmeId
  active
  updatedAt
  enrolledCount
  completedCount
  averageRating
  feedbackCount
  myEnrolment {
    ...DevelopmentEnrolmentFields
  }
}`) as unknown as TypedDocumentString<DevelopmentCoursesPageQuery, DevelopmentCoursesPageQueryVariables>;
export const DevelopmentCourseDocument = new TypedDocumentString(`
    query DevelopmentCourse($id: ID!) {
  course(id: $id) {
    ...DevelopmentCourseFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentSkillLevelFields on DevelopmentSkillLevel {
  skillId
  skillName
  level
}
fragment DevelopmentEnrolmentFields on DevelopmentEnrolment {
  id
  courseId
  courseTitle
  person {
    ...DevelopmentPersonFields
  }
  status
  enrolledAt
  completedAt
  rating
  feedback
}
fragment DevelopmentCourseFields on DevelopmentCourse {
  id
  title
  kind
  description
  provider
  hostUnitId
  skills {
    ...DevelopmentSkillLevelFields
  }
  durationHours
  capacity
  cost {
    amount
    currency
  }
  startsOn
  endsOn
  programmeId
  active
  updatedAt
  enrolledCount
  completedCount
  averageRating
  feedbackCount
  myEnrolment {
    ...DevelopmentEnrolmentFields
  }
}`) as unknown as TypedDocumentString<DevelopmentCourseQuery, DevelopmentCourseQueryVariables>;
export const DevelopmentProgrammesDocument = new TypedDocumentString(`
    query DevelopmentProgrammes {
  programmes {
    id
    title
    description
    courses {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DevelopmentProgrammesQuery, DevelopmentProgrammesQueryVariables>;
export const DevelopmentEnrolmentsPageDocument = new TypedDocumentString(`
    query DevelopmentEnrolmentsPage($filter: DevelopmentEnrolmentFilter, $sort: DevelopmentEnrolmentSort, $first: Int!, $after: String) {
  courseEnrolmentsPage(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...DevelopmentEnrolmentFields
    }
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentEnrolmentFields on DevelopmentEnrolment {
  id
  courseId
  courseTitle
  person {
    ...DevelopmentPersonFields
  }
  status
  enrolledAt
  completedAt
  rating
  feedback
}`) as unknown as TypedDocumentString<DevelopmentEnrolmentsPageQuery, DevelopmentEnrolmentsPageQueryVariables>;
export const DevelopmentEnrolDocument = new TypedDocumentString(`
    mutation DevelopmentEnrol($courseId: ID!, $personId: ID) {
  enrol(courseId: $courseId, personId: $personId) {
    ...DevelopmentEnrolmentFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentEnrolmentFields on DevelopmentEnrolment {
  id
  courseId
  courseTitle
  person {
    ...DevelopmentPersonFields
  }
  status
  enrolledAt
  completedAt
  rating
  feedback
}`) as unknown as TypedDocumentString<DevelopmentEnrolMutation, DevelopmentEnrolMutationVariables>;
export const DevelopmentWithdrawDocument = new TypedDocumentString(`
    mutation DevelopmentWithdraw($enrolmentId: ID!) {
  withdrawEnrolment(enrolmentId: $enrolmentId) {
    ...DevelopmentEnrolmentFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentEnrolmentFields on DevelopmentEnrolment {
  id
  courseId
  courseTitle
  person {
    ...DevelopmentPersonFields
  }
  status
  enrolledAt
  completedAt
  rating
  feedback
}`) as unknown as TypedDocumentString<DevelopmentWithdrawMutation, DevelopmentWithdrawMutationVariables>;
export const DevelopmentCompleteDocument = new TypedDocumentString(`
    mutation DevelopmentComplete($enrolmentId: ID!, $rating: Int, $comment: String) {
  completeCourse(enrolmentId: $enrolmentId, rating: $rating, comment: $comment) {
    ...DevelopmentEnrolmentFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentEnrolmentFields on DevelopmentEnrolment {
  id
  courseId
  courseTitle
  person {
    ...DevelopmentPersonFields
  }
  status
  enrolledAt
  completedAt
  rating
  feedback
}`) as unknown as TypedDocumentString<DevelopmentCompleteMutation, DevelopmentCompleteMutationVariables>;
export const DevelopmentFeedbackDocument = new TypedDocumentString(`
    mutation DevelopmentFeedback($enrolmentId: ID!, $feedback: CourseFeedbackInput!) {
  giveCourseFeedback(enrolmentId: $enrolmentId, feedback: $feedback) {
    ...DevelopmentEnrolmentFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentEnrolmentFields on DevelopmentEnrolment {
  id
  courseId
  courseTitle
  person {
    ...DevelopmentPersonFields
  }
  status
  enrolledAt
  completedAt
  rating
  feedback
}`) as unknown as TypedDocumentString<DevelopmentFeedbackMutation, DevelopmentFeedbackMutationVariables>;
export const DevelopmentPlansDocument = new TypedDocumentString(`
    query DevelopmentPlans($personId: ID, $status: DevelopmentPlanStatus) {
  developmentPlans(personId: $personId, status: $status) {
    ...DevelopmentPlanFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentPlanFields on DevelopmentPlan {
  id
  person {
    ...DevelopmentPersonFields
  }
  mentor {
    ...DevelopmentPersonFields
  }
  targetLevel {
    id
    code
    title
  }
  status
  dueOn
  summary
  progress
  canEdit
  createdAt
  updatedAt
  createdBy {
    ...DevelopmentPersonFields
  }
  goals {
    id
    title
    description
    skillId
    skillName
    targetLevel
    dueOn
    status
    doneAt
  }
}`) as unknown as TypedDocumentString<DevelopmentPlansQuery, DevelopmentPlansQueryVariables>;
export const DevelopmentPlansPageDocument = new TypedDocumentString(`
    query DevelopmentPlansPage($filter: DevelopmentPlanFilter, $sort: DevelopmentPlanSort, $first: Int!, $after: String) {
  developmentPlansPage(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...DevelopmentPlanFields
    }
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentPlanFields on DevelopmentPlan {
  id
  person {
    ...DevelopmentPersonFields
  }
  mentor {
    ...DevelopmentPersonFields
  }
  targetLevel {
    id
    code
    title
  }
  status
  dueOn
  summary
  progress
  canEdit
  createdAt
  updatedAt
  createdBy {
    ...DevelopmentPersonFields
  }
  goals {
    id
    title
    description
    skillId
    skillName
    targetLevel
    dueOn
    status
    doneAt
  }
}`) as unknown as TypedDocumentString<DevelopmentPlansPageQuery, DevelopmentPlansPageQueryVariables>;
export const DevelopmentPlanDocument = new TypedDocumentString(`
    query DevelopmentPlan($id: ID!) {
  developmentPlan(id: $id) {
    ...DevelopmentPlanFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentPlanFields on DevelopmentPlan {
  id
  person {
    ...DevelopmentPersonFields
  }
  mentor {
    ...DevelopmentPersonFields
  }
  targetLevel {
    id
    code
    title
  }
  status
  dueOn
  summary
  progress
  canEdit
  createdAt
  updatedAt
  createdBy {
    ...DevelopmentPersonFields
  }
  goals {
    id
    title
    description
    skillId
    skillName
    targetLevel
    dueOn
    status
    doneAt
  }
}`) as unknown as TypedDocumentString<DevelopmentPlanQuery, DevelopmentPlanQueryVariables>;
export const DevelopmentCreatePlanDocument = new TypedDocumentString(`
    mutation DevelopmentCreatePlan($input: CreateDevelopmentPlanInput!) {
  createDevelopmentPlan(input: $input) {
    ...DevelopmentPlanFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentPlanFields on DevelopmentPlan {
  id
  person {
    ...DevelopmentPersonFields
  }
  mentor {
    ...DevelopmentPersonFields
  }
  targetLevel {
    id
    code
    title
  }
  status
  dueOn
  summary
  progress
  canEdit
  createdAt
  updatedAt
  createdBy {
    ...DevelopmentPersonFields
  }
  goals {
    id
    title
    description
    skillId
    skillName
    targetLevel
    dueOn
    status
    doneAt
  }
}`) as unknown as TypedDocumentString<DevelopmentCreatePlanMutation, DevelopmentCreatePlanMutationVariables>;
export const DevelopmentUpdatePlanDocument = new TypedDocumentString(`
    mutation DevelopmentUpdatePlan($id: ID!, $input: UpdateDevelopmentPlanInput!) {
  updateDevelopmentPlan(id: $id, input: $input) {
    ...DevelopmentPlanFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentPlanFields on DevelopmentPlan {
  id
  person {
    ...DevelopmentPersonFields
  }
  mentor {
    ...DevelopmentPersonFields
  }
  targetLevel {
    id
    code
    title
  }
  status
  dueOn
  summary
  progress
  canEdit
  createdAt
  updatedAt
  createdBy {
    ...DevelopmentPersonFields
  }
  goals {
    id
    title
    description
    skillId
    skillName
    targetLevel
    dueOn
    status
    doneAt
  }
}`) as unknown as TypedDocumentString<DevelopmentUpdatePlanMutation, DevelopmentUpdatePlanMutationVariables>;
export const DevelopmentAddGoalDocument = new TypedDocumentString(`
    mutation DevelopmentAddGoal($planId: ID!, $input: DevelopmentGoalInput!) {
  addDevelopmentGoal(planId: $planId, input: $input) {
    ...DevelopmentPlanFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentPlanFields on DevelopmentPlan {
  id
  person {
    ...DevelopmentPersonFields
  }
  mentor {
    ...DevelopmentPersonFields
  }
  targetLevel {
    id
    code
    title
  }
  status
  dueOn
  summary
  progress
  canEdit
  createdAt
  updatedAt
  createdBy {
    ...DevelopmentPersonFields
  }
  goals {
    id
    title
    description
    skillId
    skillName
    targetLevel
    dueOn
    status
    doneAt
  }
}`) as unknown as TypedDocumentString<DevelopmentAddGoalMutation, DevelopmentAddGoalMutationVariables>;
export const DevelopmentUpdateGoalDocument = new TypedDocumentString(`
    mutation DevelopmentUpdateGoal($goalId: ID!, $input: UpdateDevelopmentGoalInput!) {
  updateDevelopmentGoal(goalId: $goalId, input: $input) {
    ...DevelopmentPlanFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentPlanFields on DevelopmentPlan {
  id
  person {
    ...DevelopmentPersonFields
  }
  mentor {
    ...DevelopmentPersonFields
  }
  targetLevel {
    id
    code
    title
  }
  status
  dueOn
  summary
  progress
  canEdit
  createdAt
  updatedAt
  createdBy {
    ...DevelopmentPersonFields
  }
  goals {
    id
    title
    description
    skillId
    skillName
    targetLevel
    dueOn
    status
    doneAt
  }
}`) as unknown as TypedDocumentString<DevelopmentUpdateGoalMutation, DevelopmentUpdateGoalMutationVariables>;
export const DevelopmentGapsDocument = new TypedDocumentString(`
    query DevelopmentGaps($personId: ID!, $targetLevelId: ID) {
  skillGaps(personId: $personId, targetLevelId: $targetLevelId) {
    person {
      ...DevelopmentPersonFields
    }
    target {
      id
      code
      title
    }
    targetSource
    method
    expectations {
      skillId
      skillName
      expected
      current
      met
    }
    gaps {
      skillId
      skillName
      expected
      current
      gap
      courses {
        ...DevelopmentCourseRecommendationFields
      }
      mentors {
        person {
          ...DevelopmentPersonFields
        }
        score
        level
        evidence
        reason
      }
    }
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentCourseRecommendationFields on DevelopmentCourseRecommendation {
  courseId
  title
  reachesLevel
  reason
}`) as unknown as TypedDocumentString<DevelopmentGapsQuery, DevelopmentGapsQueryVariables>;
export const DevelopmentTeamGapsDocument = new TypedDocumentString(`
    query DevelopmentTeamGaps($unitId: ID) {
  teamGapAnalysis(unitId: $unitId) {
    ...DevelopmentTeamGapFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentCourseRecommendationFields on DevelopmentCourseRecommendation {
  courseId
  title
  reachesLevel
  reason
}
fragment DevelopmentRequirementGapFields on DevelopmentRequirementGap {
  projectId
  projectName
  skillId
  skillName
  minLevel
  weight
  recommendation
  reason
  coveredBy {
    person {
      ...DevelopmentPersonFields
    }
    level
  }
  candidates {
    person {
      ...DevelopmentPersonFields
    }
    level
  }
  courses {
    ...DevelopmentCourseRecommendationFields
  }
}
fragment DevelopmentTeamGapFields on DevelopmentTeamGapAnalysis {
  unitId
  unitName
  memberCount
  rule
  projects {
    projectId
    name
    priority
    requirements {
      ...DevelopmentRequirementGapFields
    }
  }
  gaps {
    ...DevelopmentRequirementGapFields
  }
  requisitions {
    skillId
    skillName
    level
    projects
    reason
    alreadySuggested
  }
}`) as unknown as TypedDocumentString<DevelopmentTeamGapsQuery, DevelopmentTeamGapsQueryVariables>;
export const DevelopmentSuggestDocument = new TypedDocumentString(`
    mutation DevelopmentSuggest($unitId: ID) {
  suggestRequisitions(unitId: $unitId) {
    ...DevelopmentTeamGapFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentCourseRecommendationFields on DevelopmentCourseRecommendation {
  courseId
  title
  reachesLevel
  reason
}
fragment DevelopmentRequirementGapFields on DevelopmentRequirementGap {
  projectId
  projectName
  skillId
  skillName
  minLevel
  weight
  recommendation
  reason
  coveredBy {
    person {
      ...DevelopmentPersonFields
    }
    level
  }
  candidates {
    person {
      ...DevelopmentPersonFields
    }
    level
  }
  courses {
    ...DevelopmentCourseRecommendationFields
  }
}
fragment DevelopmentTeamGapFields on DevelopmentTeamGapAnalysis {
  unitId
  unitName
  memberCount
  rule
  projects {
    projectId
    name
    priority
    requirements {
      ...DevelopmentRequirementGapFields
    }
  }
  gaps {
    ...DevelopmentRequirementGapFields
  }
  requisitions {
    skillId
    skillName
    level
    projects
    reason
    alreadySuggested
  }
}`) as unknown as TypedDocumentString<DevelopmentSuggestMutation, DevelopmentSuggestMutationVariables>;
export const DevelopmentMeDocument = new TypedDocumentString(`
    query DevelopmentMe {
  me {
    person {
      id
      name
      reports {
        id
        name
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DevelopmentMeQuery, DevelopmentMeQueryVariables>;
export const DevelopmentUnitsDocument = new TypedDocumentString(`
    query DevelopmentUnits {
  orgUnits {
    id
    name
    depth
    lead {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DevelopmentUnitsQuery, DevelopmentUnitsQueryVariables>;
export const DevelopmentSkillsDocument = new TypedDocumentString(`
    query DevelopmentSkills {
  skills {
    id
    name
    categoryName
  }
}
    `) as unknown as TypedDocumentString<DevelopmentSkillsQuery, DevelopmentSkillsQueryVariables>;
export const DevelopmentCreateCourseDocument = new TypedDocumentString(`
    mutation DevelopmentCreateCourse($input: CreateCourseInput!) {
  createCourse(input: $input) {
    ...DevelopmentCourseFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentSkillLevelFields on DevelopmentSkillLevel {
  skillId
  skillName
  level
}
fragment DevelopmentEnrolmentFields on DevelopmentEnrolment {
  id
  courseId
  courseTitle
  person {
    ...DevelopmentPersonFields
  }
  status
  enrolledAt
  completedAt
  rating
  feedback
}
fragment DevelopmentCourseFields on DevelopmentCourse {
  id
  title
  kind
  description
  provider
  hostUnitId
  skills {
    ...DevelopmentSkillLevelFields
  }
  durationHours
  capacity
  cost {
    amount
    currency
  }
  startsOn
  endsOn
  programmeId
  active
  updatedAt
  enrolledCount
  completedCount
  averageRating
  feedbackCount
  myEnrolment {
    ...DevelopmentEnrolmentFields
  }
}`) as unknown as TypedDocumentString<DevelopmentCreateCourseMutation, DevelopmentCreateCourseMutationVariables>;
export const DevelopmentUpdateCourseDocument = new TypedDocumentString(`
    mutation DevelopmentUpdateCourse($id: ID!, $input: UpdateCourseInput!) {
  updateCourse(id: $id, input: $input) {
    ...DevelopmentCourseFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentSkillLevelFields on DevelopmentSkillLevel {
  skillId
  skillName
  level
}
fragment DevelopmentEnrolmentFields on DevelopmentEnrolment {
  id
  courseId
  courseTitle
  person {
    ...DevelopmentPersonFields
  }
  status
  enrolledAt
  completedAt
  rating
  feedback
}
fragment DevelopmentCourseFields on DevelopmentCourse {
  id
  title
  kind
  description
  provider
  hostUnitId
  skills {
    ...DevelopmentSkillLevelFields
  }
  durationHours
  capacity
  cost {
    amount
    currency
  }
  startsOn
  endsOn
  programmeId
  active
  updatedAt
  enrolledCount
  completedCount
  averageRating
  feedbackCount
  myEnrolment {
    ...DevelopmentEnrolmentFields
  }
}`) as unknown as TypedDocumentString<DevelopmentUpdateCourseMutation, DevelopmentUpdateCourseMutationVariables>;
export const DevelopmentCreateProgrammeDocument = new TypedDocumentString(`
    mutation DevelopmentCreateProgramme($title: String!, $description: String!) {
  createProgramme(title: $title, description: $description) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<DevelopmentCreateProgrammeMutation, DevelopmentCreateProgrammeMutationVariables>;
export const DevelopmentResearchOutputsDocument = new TypedDocumentString(`
    query DevelopmentResearchOutputs($personId: ID, $kind: DevelopmentResearchKind, $year: Int) {
  researchOutputs(personId: $personId, kind: $kind, year: $year) {
    ...DevelopmentResearchFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentResearchFields on DevelopmentResearchOutput {
  id
  kind
  title
  venue
  status
  date
  url
  authors {
    ...DevelopmentPersonFields
  }
  knowledgeItem {
    id
    kind
    title
    reference
  }
  canEdit
}`) as unknown as TypedDocumentString<DevelopmentResearchOutputsQuery, DevelopmentResearchOutputsQueryVariables>;
export const DevelopmentResearchPageDocument = new TypedDocumentString(`
    query DevelopmentResearchPage($filter: DevelopmentResearchFilter, $sort: DevelopmentResearchSort, $first: Int!, $after: String) {
  researchOutputsPage(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      ...DevelopmentResearchFields
    }
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentResearchFields on DevelopmentResearchOutput {
  id
  kind
  title
  venue
  status
  date
  url
  authors {
    ...DevelopmentPersonFields
  }
  knowledgeItem {
    id
    kind
    title
    reference
  }
  canEdit
}`) as unknown as TypedDocumentString<DevelopmentResearchPageQuery, DevelopmentResearchPageQueryVariables>;
export const DevelopmentResearchCountsDocument = new TypedDocumentString(`
    query DevelopmentResearchCounts($publications: DevelopmentResearchFilter!, $published: DevelopmentResearchFilter!, $patents: DevelopmentResearchFilter!, $granted: DevelopmentResearchFilter!) {
  publications: researchOutputsPage(filter: $publications, first: 1) {
    totalCount
  }
  published: researchOutputsPage(filter: $published, first: 1) {
    totalCount
  }
  patents: researchOutputsPage(filter: $patents, first: 1) {
    totalCount
  }
  granted: researchOutputsPage(filter: $granted, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DevelopmentResearchCountsQuery, DevelopmentResearchCountsQueryVariables>;
export const DevelopmentCreateResearchDocument = new TypedDocumentString(`
    mutation DevelopmentCreateResearch($input: CreateResearchOutputInput!) {
  createResearchOutput(input: $input) {
    ...DevelopmentResearchFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentResearchFields on DevelopmentResearchOutput {
  id
  kind
  title
  venue
  status
  date
  url
  authors {
    ...DevelopmentPersonFields
  }
  knowledgeItem {
    id
    kind
    title
    reference
  }
  canEdit
}`) as unknown as TypedDocumentString<DevelopmentCreateResearchMutation, DevelopmentCreateResearchMutationVariables>;
export const DevelopmentUpdateResearchDocument = new TypedDocumentString(`
    mutation DevelopmentUpdateResearch($id: ID!, $input: UpdateResearchOutputInput!) {
  updateResearchOutput(id: $id, input: $input) {
    ...DevelopmentResearchFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentResearchFields on DevelopmentResearchOutput {
  id
  kind
  title
  venue
  status
  date
  url
  authors {
    ...DevelopmentPersonFields
  }
  knowledgeItem {
    id
    kind
    title
    reference
  }
  canEdit
}`) as unknown as TypedDocumentString<DevelopmentUpdateResearchMutation, DevelopmentUpdateResearchMutationVariables>;
export const DevelopmentPapersDocument = new TypedDocumentString(`
    query DevelopmentPapers {
  knowledgeItems(filter: {kinds: [PAPER, PATENT], visibility: TENANT}, first: 100) {
    nodes {
      id
      kind
      title
    }
  }
}
    `) as unknown as TypedDocumentString<DevelopmentPapersQuery, DevelopmentPapersQueryVariables>;
export const DevelopmentBudgetsPageDocument = new TypedDocumentString(`
    query DevelopmentBudgetsPage($year: Int!, $filter: DevelopmentBudgetFilter, $sort: DevelopmentBudgetSort, $first: Int!, $after: String) {
  conferenceBudgetsPage(
    year: $year
    filter: $filter
    sort: $sort
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    allocatedTotals {
      amount
      currency
    }
    spentTotals {
      amount
      currency
    }
    nodes {
      ...DevelopmentBudgetFields
    }
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentBudgetFields on DevelopmentConferenceBudget {
  id
  person {
    ...DevelopmentPersonFields
  }
  year
  allocated {
    amount
    currency
  }
  spent {
    amount
    currency
  }
  remaining {
    amount
    currency
  }
  expenses {
    id
    conference
    date
    amount {
      amount
      currency
    }
    note
    recordedBy {
      ...DevelopmentPersonFields
    }
  }
}`) as unknown as TypedDocumentString<DevelopmentBudgetsPageQuery, DevelopmentBudgetsPageQueryVariables>;
export const DevelopmentSetBudgetDocument = new TypedDocumentString(`
    mutation DevelopmentSetBudget($personId: ID!, $year: Int!, $amount: DevelopmentMoneyInput!) {
  setConferenceBudget(personId: $personId, year: $year, amount: $amount) {
    ...DevelopmentBudgetFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentBudgetFields on DevelopmentConferenceBudget {
  id
  person {
    ...DevelopmentPersonFields
  }
  year
  allocated {
    amount
    currency
  }
  spent {
    amount
    currency
  }
  remaining {
    amount
    currency
  }
  expenses {
    id
    conference
    date
    amount {
      amount
      currency
    }
    note
    recordedBy {
      ...DevelopmentPersonFields
    }
  }
}`) as unknown as TypedDocumentString<DevelopmentSetBudgetMutation, DevelopmentSetBudgetMutationVariables>;
export const DevelopmentRecordExpenseDocument = new TypedDocumentString(`
    mutation DevelopmentRecordExpense($input: ConferenceExpenseInput!) {
  recordConferenceExpense(input: $input) {
    ...DevelopmentBudgetFields
  }
}
    fragment DevelopmentPersonFields on DevelopmentPerson {
  id
  name
  title
  level
}
fragment DevelopmentBudgetFields on DevelopmentConferenceBudget {
  id
  person {
    ...DevelopmentPersonFields
  }
  year
  allocated {
    amount
    currency
  }
  spent {
    amount
    currency
  }
  remaining {
    amount
    currency
  }
  expenses {
    id
    conference
    date
    amount {
      amount
      currency
    }
    note
    recordedBy {
      ...DevelopmentPersonFields
    }
  }
}`) as unknown as TypedDocumentString<DevelopmentRecordExpenseMutation, DevelopmentRecordExpenseMutationVariables>;