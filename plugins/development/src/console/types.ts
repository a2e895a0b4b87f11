// The shapes this console part reads from the development GraphQL API: a subset of the generated
// schema types (the plugin's console cannot resolve @cadre/contracts from its own package).

export type Track = 'IC' | 'MANAGEMENT';
export type CourseKind = 'INTERNAL' | 'EXTERNAL' | 'EXPERT_SESSION' | 'CROSS_TRAINING';
export type EnrolmentStatus = 'ENROLLED' | 'COMPLETED' | 'WITHDRAWN';
export type PlanStatus = 'ACTIVE' | 'COMPLETED' | 'CANCELLED';
export type GoalStatus = 'OPEN' | 'DONE' | 'DROPPED';
export type GapRecommendation = 'COVERED' | 'TRAINING' | 'REQUISITION';

export const COURSE_KINDS: readonly CourseKind[] = ['INTERNAL', 'EXTERNAL', 'EXPERT_SESSION', 'CROSS_TRAINING'];

export interface DevPerson {
  id: string;
  name: string;
  title: string;
  level: string;
}

export interface SkillLevel {
  skillId: string;
  skillName: string;
  level: number;
}

export interface CareerLevel {
  id: string;
  ladderId: string;
  code: string;
  rank: number;
  title: string;
  description: string;
  expectations: SkillLevel[];
}

export interface CareerLadder {
  id: string;
  name: string;
  track: Track;
  description: string;
  levels: CareerLevel[];
}

export interface Money {
  amount: number;
  currency: string;
}

export interface Enrolment {
  id: string;
  courseId: string;
  courseTitle: string;
  person: DevPerson;
  status: EnrolmentStatus;
  enrolledAt: string;
  completedAt: string | null;
  rating: number | null;
  feedback: string | null;
}

export interface Course {
  id: string;
  title: string;
  kind: CourseKind;
  description: string;
  provider: string;
  hostUnitId: string | null;
  skills: SkillLevel[];
  durationHours: number;
  capacity: number | null;
  cost: Money;
  startsOn: string | null;
  endsOn: string | null;
  programmeId: string | null;
  active: boolean;
  enrolledCount: number;
  completedCount: number;
  averageRating: number | null;
  feedbackCount: number;
  myEnrolment: Enrolment | null;
}

export interface Programme {
  id: string;
  title: string;
  description: string;
  courses: Array<Pick<Course, 'id'>>;
}

export interface Goal {
  id: string;
  title: string;
  description: string;
  skillId: string | null;
  skillName: string | null;
  targetLevel: number | null;
  dueOn: string | null;
  status: GoalStatus;
  doneAt: string | null;
}

export interface Plan {
  id: string;
  person: DevPerson;
  mentor: DevPerson | null;
  targetLevel: Pick<CareerLevel, 'id' | 'code' | 'title'> | null;
  status: PlanStatus;
  dueOn: string | null;
  summary: string;
  goals: Goal[];
  progress: number;
  createdBy: DevPerson | null;
  createdAt: string;
  updatedAt: string;
  canEdit: boolean;
}

export interface CourseRecommendation {
  courseId: string;
  title: string;
  reachesLevel: number;
  reason: string;
}

export interface MentorRecommendation {
  person: DevPerson;
  score: number;
  level: number;
  evidence: string[];
  reason: string;
}

export interface SkillGap {
  skillId: string;
  skillName: string;
  expected: number;
  current: number;
  gap: number;
  courses: CourseRecommendation[];
  mentors: MentorRecommendation[];
}

export interface GapReport {
  person: DevPerson;
  target: Pick<CareerLevel, 'id' | 'code' | 'title'>;
  targetSource: string;
  method: string;
  expectations: Array<{ skillId: string; skillName: string; expected: number; current: number; met: boolean }>;
  gaps: SkillGap[];
}

export interface RequirementGap {
  projectId: string;
  projectName: string;
  skillId: string;
  skillName: string;
  minLevel: number;
  weight: number;
  recommendation: GapRecommendation;
  reason: string;
  coveredBy: Array<{ person: DevPerson; level: number }>;
  candidates: Array<{ person: DevPerson; level: number }>;
  courses: CourseRecommendation[];
}

export interface TeamGapAnalysis {
  unitId: string | null;
  unitName: string;
  memberCount: number;
  rule: string;
  projects: Array<{ projectId: string; name: string; priority: number; requirements: RequirementGap[] }>;
  gaps: RequirementGap[];
  requisitions: Array<{ skillId: string; skillName: string; level: number; projects: string[]; reason: string; alreadySuggested: boolean }>;
}

export type ResearchKind = 'PUBLICATION' | 'PATENT';
export type ResearchStatus = 'DRAFT' | 'SUBMITTED' | 'ACCEPTED' | 'PUBLISHED' | 'FILED' | 'GRANTED' | 'REJECTED';
/** The statuses each kind moves through (the API refuses the others). */
export const RESEARCH_STATUSES: Record<ResearchKind, ResearchStatus[]> = {
  PUBLICATION: ['DRAFT', 'SUBMITTED', 'ACCEPTED', 'PUBLISHED', 'REJECTED'],
  PATENT: ['DRAFT', 'FILED', 'GRANTED', 'REJECTED'],
};

export interface ResearchOutput {
  id: string;
  kind: ResearchKind;
  title: string;
  venue: string;
  status: ResearchStatus;
  date: string | null;
  url: string | null;
  authors: DevPerson[];
  knowledgeItem: { id: string; kind: string; title: string; reference: string | null } | null;
  canEdit: boolean;
}

export interface ConferenceExpense {
  id: string;
  conference: string;
  date: string;
  amount: Money;
  note: string;
  recordedBy: DevPerson | null;
}

export interface ConferenceBudget {
  person: DevPerson;
  year: number;
  allocated: Money | null;
  spent: Money;
  remaining: Money;
  expenses: ConferenceExpense[];
}
