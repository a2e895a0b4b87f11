// The GraphQL documents of the development console, typed with TypedDocument.
import type { TypedDocument } from '@cadre/sdk/console';
import type {
  CareerLadder, ConferenceBudget, Course, CourseKind, Enrolment, GapReport, GoalStatus, Plan, PlanStatus, Programme, ResearchKind, ResearchOutput, ResearchStatus, TeamGapAnalysis,
} from './types.js';

/** The one cast from a document string to its typed form. */
export const doc = <R, V = Record<string, never>>(source: string) => source as unknown as TypedDocument<R, V>;

const PERSON = 'id name title level';
const SKILL_LEVEL = 'skillId skillName level';
const LEVEL = `id ladderId code rank title description expectations { ${SKILL_LEVEL} }`;
const ENROLMENT = `id courseId courseTitle person { ${PERSON} } status enrolledAt completedAt rating feedback`;
const COURSE = `id title kind description provider hostUnitId skills { ${SKILL_LEVEL} } durationHours capacity cost { amount currency } startsOn endsOn programmeId active
  enrolledCount completedCount averageRating feedbackCount myEnrolment { ${ENROLMENT} }`;
const PLAN = `id person { ${PERSON} } mentor { ${PERSON} } targetLevel { id code title } status dueOn summary progress canEdit createdAt updatedAt createdBy { ${PERSON} }
  goals { id title description skillId skillName targetLevel dueOn status doneAt }`;
const REC = 'courseId title reachesLevel reason';
const REQ = `projectId projectName skillId skillName minLevel weight recommendation reason coveredBy { person { ${PERSON} } level } candidates { person { ${PERSON} } level } courses { ${REC} }`;
const TEAM = `unitId unitName memberCount rule projects { projectId name priority requirements { ${REQ} } } gaps { ${REQ} }
  requisitions { skillId skillName level projects reason alreadySuggested }`;

export const LADDERS = doc<{ careerLadders: CareerLadder[] }>(`query DevelopmentLadders { careerLadders { id name track description levels { ${LEVEL} } } }`);

export interface CourseFilter { kind?: CourseKind | null; skillId?: string | null; programmeId?: string | null; activeOnly?: boolean | null }
export const COURSES = doc<{ courses: Course[] }, { filter: CourseFilter }>(`query DevelopmentCourses($filter: DevelopmentCourseFilter) { courses(filter: $filter) { ${COURSE} } }`);
export const COURSE_ONE = doc<{ course: Course }, { id: string }>(`query DevelopmentCourse($id: ID!) { course(id: $id) { ${COURSE} } }`);
export const PROGRAMMES = doc<{ programmes: Programme[] }>('query DevelopmentProgrammes { programmes { id title description courses { id } } }');
export const ENROLMENTS = doc<{ courseEnrolments: Enrolment[] }, { courseId?: string | null; personId?: string | null }>(
  `query DevelopmentEnrolments($courseId: ID, $personId: ID) { courseEnrolments(courseId: $courseId, personId: $personId) { ${ENROLMENT} } }`,
);
export const ENROL = doc<{ enrol: Enrolment }, { courseId: string; personId?: string | null }>(`mutation DevelopmentEnrol($courseId: ID!, $personId: ID) { enrol(courseId: $courseId, personId: $personId) { ${ENROLMENT} } }`);
export const WITHDRAW = doc<{ withdrawEnrolment: Enrolment }, { enrolmentId: string }>(`mutation DevelopmentWithdraw($enrolmentId: ID!) { withdrawEnrolment(enrolmentId: $enrolmentId) { ${ENROLMENT} } }`);
export const COMPLETE = doc<{ completeCourse: Enrolment }, { enrolmentId: string; rating?: number | null; comment?: string | null }>(
  `mutation DevelopmentComplete($enrolmentId: ID!, $rating: Int, $comment: String) { completeCourse(enrolmentId: $enrolmentId, rating: $rating, comment: $comment) { ${ENROLMENT} } }`,
);
export const FEEDBACK = doc<{ giveCourseFeedback: Enrolment }, { enrolmentId: string; feedback: { rating: number; comment: string } }>(
  `mutation DevelopmentFeedback($enrolmentId: ID!, $feedback: CourseFeedbackInput!) { giveCourseFeedback(enrolmentId: $enrolmentId, feedback: $feedback) { ${ENROLMENT} } }`,
);

export const PLANS = doc<{ developmentPlans: Plan[] }, { personId?: string | null; status?: PlanStatus | null }>(
  `query DevelopmentPlans($personId: ID, $status: DevelopmentPlanStatus) { developmentPlans(personId: $personId, status: $status) { ${PLAN} } }`,
);
export const PLAN_ONE = doc<{ developmentPlan: Plan }, { id: string }>(`query DevelopmentPlan($id: ID!) { developmentPlan(id: $id) { ${PLAN} } }`);
export interface GoalInput { title: string; description?: string; skillId?: string | null; targetLevel?: number | null; dueOn?: string | null }
export interface PlanInput { personId: string; targetLevelId?: string | null; mentorId?: string | null; dueOn?: string | null; summary?: string; goals?: GoalInput[] }
export const CREATE_PLAN = doc<{ createDevelopmentPlan: Plan }, { input: PlanInput }>(`mutation DevelopmentCreatePlan($input: CreateDevelopmentPlanInput!) { createDevelopmentPlan(input: $input) { ${PLAN} } }`);
export const UPDATE_PLAN = doc<{ updateDevelopmentPlan: Plan }, { id: string; input: { targetLevelId?: string | null; mentorId?: string | null; dueOn?: string | null; summary?: string; status?: PlanStatus } }>(
  `mutation DevelopmentUpdatePlan($id: ID!, $input: UpdateDevelopmentPlanInput!) { updateDevelopmentPlan(id: $id, input: $input) { ${PLAN} } }`,
);
export const ADD_GOAL = doc<{ addDevelopmentGoal: Plan }, { planId: string; input: GoalInput }>(
  `mutation DevelopmentAddGoal($planId: ID!, $input: DevelopmentGoalInput!) { addDevelopmentGoal(planId: $planId, input: $input) { ${PLAN} } }`,
);
export const UPDATE_GOAL = doc<{ updateDevelopmentGoal: Plan }, { goalId: string; input: { status?: GoalStatus; title?: string } }>(
  `mutation DevelopmentUpdateGoal($goalId: ID!, $input: UpdateDevelopmentGoalInput!) { updateDevelopmentGoal(goalId: $goalId, input: $input) { ${PLAN} } }`,
);

export const GAPS = doc<{ skillGaps: GapReport }, { personId: string; targetLevelId?: string | null }>(`query DevelopmentGaps($personId: ID!, $targetLevelId: ID) { skillGaps(personId: $personId, targetLevelId: $targetLevelId) {
  person { ${PERSON} } target { id code title } targetSource method expectations { skillId skillName expected current met }
  gaps { skillId skillName expected current gap courses { ${REC} } mentors { person { ${PERSON} } score level evidence reason } } } }`);

export const TEAM_GAPS = doc<{ teamGapAnalysis: TeamGapAnalysis }, { unitId?: string | null }>(`query DevelopmentTeamGaps($unitId: ID) { teamGapAnalysis(unitId: $unitId) { ${TEAM} } }`);
export const SUGGEST = doc<{ suggestRequisitions: TeamGapAnalysis }, { unitId?: string | null }>(`mutation DevelopmentSuggest($unitId: ID) { suggestRequisitions(unitId: $unitId) { ${TEAM} } }`);

export const PEOPLE_OPTIONS = doc<{ people: { nodes: Array<{ id: string; name: string; title: string }> } }, { search: string | null }>(
  'query DevelopmentPeopleOptions($search: String) { people(filter: { search: $search, status: "active" }, first: 20) { nodes { id name title } } }',
);
export const ME = doc<{ me: { person: { id: string; name: string; reports: Array<{ id: string; name: string; title: string }> } | null } }>(
  'query DevelopmentMe { me { person { id name reports { id name title } } } }',
);
export const UNITS = doc<{ orgUnits: Array<{ id: string; name: string; depth: number; lead: { id: string } | null }> }>('query DevelopmentUnits { orgUnits { id name depth lead { id } } }');
/** The skill taxonomy (the structure plugin's, which development depends on). */
export const SKILLS = doc<{ skills: Array<{ id: string; name: string; categoryName: string }> }>('query DevelopmentSkills { skills { id name categoryName } }');

export interface CourseInput {
  title?: string; kind?: string; description?: string; provider?: string; skills?: Array<{ skillId: string; level: number }>; durationHours?: number; capacity?: number | null;
  cost?: { amount: number; currency: string } | null; startsOn?: string | null; endsOn?: string | null; programmeId?: string | null; active?: boolean;
}
export const CREATE_COURSE = doc<{ createCourse: Course }, { input: CourseInput }>(`mutation DevelopmentCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) { ${COURSE} } }`);
export const UPDATE_COURSE = doc<{ updateCourse: Course }, { id: string; input: CourseInput }>(`mutation DevelopmentUpdateCourse($id: ID!, $input: UpdateCourseInput!) { updateCourse(id: $id, input: $input) { ${COURSE} } }`);
export const CREATE_PROGRAMME = doc<{ createProgramme: { id: string; title: string } }, { title: string; description: string }>(
  'mutation DevelopmentCreateProgramme($title: String!, $description: String!) { createProgramme(title: $title, description: $description) { id title } }',
);

const RESEARCH = `id kind title venue status date url authors { ${PERSON} } knowledgeItem { id kind title reference } canEdit`;
export const RESEARCH_OUTPUTS = doc<{ researchOutputs: ResearchOutput[] }, { personId?: string | null; kind?: ResearchKind | null; year?: number | null }>(
  `query DevelopmentResearchOutputs($personId: ID, $kind: DevelopmentResearchKind, $year: Int) { researchOutputs(personId: $personId, kind: $kind, year: $year) { ${RESEARCH} } }`,
);
export interface ResearchInput {
  kind?: ResearchKind; title?: string; venue?: string; status?: ResearchStatus; date?: string | null; authorIds?: string[] | null; knowledgeItemId?: string | null; url?: string | null;
}
export const CREATE_RESEARCH = doc<{ createResearchOutput: ResearchOutput }, { input: ResearchInput }>(
  `mutation DevelopmentCreateResearch($input: CreateResearchOutputInput!) { createResearchOutput(input: $input) { ${RESEARCH} } }`,
);
export const UPDATE_RESEARCH = doc<{ updateResearchOutput: ResearchOutput }, { id: string; input: ResearchInput }>(
  `mutation DevelopmentUpdateResearch($id: ID!, $input: UpdateResearchOutputInput!) { updateResearchOutput(id: $id, input: $input) { ${RESEARCH} } }`,
);
/** Published papers and patents of the knowledge base (development depends on knowledge), to link an output to. */
export const PAPERS = doc<{ knowledgeItems: { nodes: Array<{ id: string; kind: string; title: string }> } }>(
  'query DevelopmentPapers { knowledgeItems(filter: { kinds: [PAPER, PATENT], visibility: TENANT }, first: 100) { nodes { id kind title } } }',
);

const BUDGET = `person { ${PERSON} } year allocated { amount currency } spent { amount currency } remaining { amount currency }
  expenses { id conference date amount { amount currency } note recordedBy { ${PERSON} } }`;
export const BUDGETS = doc<{ conferenceBudgets: ConferenceBudget[] }, { year: number }>(`query DevelopmentBudgets($year: Int!) { conferenceBudgets(year: $year) { ${BUDGET} } }`);
export const SET_BUDGET = doc<{ setConferenceBudget: ConferenceBudget }, { personId: string; year: number; amount: { amount: number; currency: string } }>(
  `mutation DevelopmentSetBudget($personId: ID!, $year: Int!, $amount: DevelopmentMoneyInput!) { setConferenceBudget(personId: $personId, year: $year, amount: $amount) { ${BUDGET} } }`,
);
export interface ExpenseInput { personId: string; conference: string; date: string; amount: { amount: number; currency: string }; note?: string }
export const RECORD_EXPENSE = doc<{ recordConferenceExpense: ConferenceBudget }, { input: ExpenseInput }>(
  `mutation DevelopmentRecordExpense($input: ConferenceExpenseInput!) { recordConferenceExpense(input: $input) { ${BUDGET} } }`,
);
