// The GraphQL documents of the development console. Their result and variable types are generated
// from the committed schema (./gql, by apps/console's codegen; the drift check keeps them current).
import { graphql } from './gql/index.js';

graphql(`fragment DevelopmentPersonFields on DevelopmentPerson { id name title level }`);
graphql(`fragment DevelopmentSkillLevelFields on DevelopmentSkillLevel { skillId skillName level }`);
graphql(`fragment DevelopmentLevelFields on CareerLevel { id ladderId code rank title description updatedAt expectations { ...DevelopmentSkillLevelFields } }`);
graphql(`
  fragment DevelopmentEnrolmentFields on DevelopmentEnrolment {
    id courseId courseTitle person { ...DevelopmentPersonFields } status enrolledAt completedAt rating feedback
  }
`);
graphql(`
  fragment DevelopmentCourseFields on DevelopmentCourse {
    id title kind description provider hostUnitId skills { ...DevelopmentSkillLevelFields } durationHours capacity cost { amount currency } startsOn endsOn programmeId active updatedAt
    enrolledCount completedCount averageRating feedbackCount myEnrolment { ...DevelopmentEnrolmentFields }
  }
`);
graphql(`
  fragment DevelopmentPlanFields on DevelopmentPlan {
    id person { ...DevelopmentPersonFields } mentor { ...DevelopmentPersonFields } targetLevel { id code title } status dueOn summary progress canEdit createdAt updatedAt
    createdBy { ...DevelopmentPersonFields } goals { id title description skillId skillName targetLevel dueOn status doneAt }
  }
`);
graphql(`fragment DevelopmentCourseRecommendationFields on DevelopmentCourseRecommendation { courseId title reachesLevel reason }`);
graphql(`
  fragment DevelopmentRequirementGapFields on DevelopmentRequirementGap {
    projectId projectName skillId skillName minLevel weight recommendation reason coveredBy { person { ...DevelopmentPersonFields } level }
    candidates { person { ...DevelopmentPersonFields } level } courses { ...DevelopmentCourseRecommendationFields }
  }
`);
graphql(`
  fragment DevelopmentTeamGapFields on DevelopmentTeamGapAnalysis {
    unitId unitName memberCount rule projects { projectId name priority requirements { ...DevelopmentRequirementGapFields } } gaps { ...DevelopmentRequirementGapFields }
    requisitions { skillId skillName level projects reason alreadySuggested }
  }
`);

export const LADDERS = graphql(`query DevelopmentLadders { careerLadders { id name track description levels { ...DevelopmentLevelFields } } }`);
// Ladder writes (development.ladders.write): a new ladder, a ladder renamed, and a level added or replaced by its code.
export const CREATE_LADDER = graphql(`
  mutation DevelopmentCreateLadder($input: CreateCareerLadderInput!) { createCareerLadder(input: $input) { id name track description levels { ...DevelopmentLevelFields } } }
`);
export const UPDATE_LADDER = graphql(`
  mutation DevelopmentUpdateLadder($id: ID!, $input: UpdateCareerLadderInput!) { updateCareerLadder(id: $id, input: $input) { id name track description levels { ...DevelopmentLevelFields } } }
`);
export const DELETE_LEVEL = graphql(`mutation DevelopmentDeleteLevel($id: ID!) { deleteCareerLevel(id: $id) }`);
export const DELETE_LADDER = graphql(`mutation DevelopmentDeleteLadder($id: ID!) { deleteCareerLadder(id: $id) }`);
export const UPSERT_LEVEL = graphql(`mutation DevelopmentUpsertLevel($input: CareerLevelInput!) { upsertCareerLevel(input: $input) { ...DevelopmentLevelFields } }`);

export const COURSES_PAGE = graphql(`
  query DevelopmentCoursesPage($filter: DevelopmentCourseFilter, $sort: DevelopmentCourseSort, $first: Int!, $after: String) {
    coursesPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...DevelopmentCourseFields } }
  }
`);
export const COURSE_ONE = graphql(`query DevelopmentCourse($id: ID!) { course(id: $id) { ...DevelopmentCourseFields } }`);
export const PROGRAMMES = graphql(`query DevelopmentProgrammes { programmes { id title description courses { id } } }`);
export const ENROLMENTS_PAGE = graphql(`
  query DevelopmentEnrolmentsPage($filter: DevelopmentEnrolmentFilter, $sort: DevelopmentEnrolmentSort, $first: Int!, $after: String) {
    courseEnrolmentsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...DevelopmentEnrolmentFields } }
  }
`);
export const ENROL = graphql(`
  mutation DevelopmentEnrol($courseId: ID!, $personId: ID) { enrol(courseId: $courseId, personId: $personId) { ...DevelopmentEnrolmentFields } }
`);
export const WITHDRAW = graphql(`
  mutation DevelopmentWithdraw($enrolmentId: ID!) { withdrawEnrolment(enrolmentId: $enrolmentId) { ...DevelopmentEnrolmentFields } }
`);
export const COMPLETE = graphql(`
  mutation DevelopmentComplete($enrolmentId: ID!, $rating: Int, $comment: String) {
    completeCourse(enrolmentId: $enrolmentId, rating: $rating, comment: $comment) { ...DevelopmentEnrolmentFields }
  }
`);
export const FEEDBACK = graphql(`
  mutation DevelopmentFeedback($enrolmentId: ID!, $feedback: CourseFeedbackInput!) {
    giveCourseFeedback(enrolmentId: $enrolmentId, feedback: $feedback) { ...DevelopmentEnrolmentFields }
  }
`);

export const PLANS = graphql(`
  query DevelopmentPlans($personId: ID, $status: DevelopmentPlanStatus) { developmentPlans(personId: $personId, status: $status) { ...DevelopmentPlanFields } }
`);
export const PLANS_PAGE = graphql(`
  query DevelopmentPlansPage($filter: DevelopmentPlanFilter, $sort: DevelopmentPlanSort, $first: Int!, $after: String) {
    developmentPlansPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...DevelopmentPlanFields } }
  }
`);
export const PLAN_ONE = graphql(`query DevelopmentPlan($id: ID!) { developmentPlan(id: $id) { ...DevelopmentPlanFields } }`);
export const CREATE_PLAN = graphql(`
  mutation DevelopmentCreatePlan($input: CreateDevelopmentPlanInput!) { createDevelopmentPlan(input: $input) { ...DevelopmentPlanFields } }
`);
export const UPDATE_PLAN = graphql(`
  mutation DevelopmentUpdatePlan($id: ID!, $input: UpdateDevelopmentPlanInput!) { updateDevelopmentPlan(id: $id, input: $input) { ...DevelopmentPlanFields } }
`);
export const ADD_GOAL = graphql(`
  mutation DevelopmentAddGoal($planId: ID!, $input: DevelopmentGoalInput!) { addDevelopmentGoal(planId: $planId, input: $input) { ...DevelopmentPlanFields } }
`);
export const UPDATE_GOAL = graphql(`
  mutation DevelopmentUpdateGoal($goalId: ID!, $input: UpdateDevelopmentGoalInput!) {
    updateDevelopmentGoal(goalId: $goalId, input: $input) { ...DevelopmentPlanFields }
  }
`);

export const GAPS = graphql(`
  query DevelopmentGaps($personId: ID!, $targetLevelId: ID) {
    skillGaps(personId: $personId, targetLevelId: $targetLevelId) {
      person { ...DevelopmentPersonFields } target { id code title } targetSource method expectations { skillId skillName expected current met }
      gaps {
        skillId skillName expected current gap courses { ...DevelopmentCourseRecommendationFields }
        mentors { person { ...DevelopmentPersonFields } score level evidence reason }
      }
    }
  }
`);

export const TEAM_GAPS = graphql(`query DevelopmentTeamGaps($unitId: ID) { teamGapAnalysis(unitId: $unitId) { ...DevelopmentTeamGapFields } }`);
export const SUGGEST = graphql(`mutation DevelopmentSuggest($unitId: ID) { suggestRequisitions(unitId: $unitId) { ...DevelopmentTeamGapFields } }`);

export const ME = graphql(`query DevelopmentMe { me { person { id name reports { id name title } } } }`);
export const UNITS = graphql(`query DevelopmentUnits { orgUnits { id name depth lead { id } } }`);
/** The skill taxonomy (the structure plugin's, which development depends on). */
export const SKILLS = graphql(`query DevelopmentSkills { skills { id name categoryName } }`);

export const CREATE_COURSE = graphql(`mutation DevelopmentCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) { ...DevelopmentCourseFields } }`);
export const UPDATE_COURSE = graphql(`
  mutation DevelopmentUpdateCourse($id: ID!, $input: UpdateCourseInput!) { updateCourse(id: $id, input: $input) { ...DevelopmentCourseFields } }
`);
export const CREATE_PROGRAMME = graphql(`
  mutation DevelopmentCreateProgramme($title: String!, $description: String!) { createProgramme(title: $title, description: $description) { id title } }
`);

graphql(`
  fragment DevelopmentResearchFields on DevelopmentResearchOutput {
    id kind title venue status date url authors { ...DevelopmentPersonFields } knowledgeItem { id kind title reference } canEdit
  }
`);
export const RESEARCH_OUTPUTS = graphql(`
  query DevelopmentResearchOutputs($personId: ID, $kind: DevelopmentResearchKind, $year: Int) {
    researchOutputs(personId: $personId, kind: $kind, year: $year) { ...DevelopmentResearchFields }
  }
`);
export const RESEARCH_PAGE = graphql(`
  query DevelopmentResearchPage($filter: DevelopmentResearchFilter, $sort: DevelopmentResearchSort, $first: Int!, $after: String) {
    researchOutputsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...DevelopmentResearchFields } }
  }
`);
/** The counts above the list (of the listed filters), each a page's totalCount. */
export const RESEARCH_COUNTS = graphql(`
  query DevelopmentResearchCounts($publications: DevelopmentResearchFilter!, $published: DevelopmentResearchFilter!, $patents: DevelopmentResearchFilter!, $granted: DevelopmentResearchFilter!) {
    publications: researchOutputsPage(filter: $publications, first: 1) { totalCount }
    published: researchOutputsPage(filter: $published, first: 1) { totalCount }
    patents: researchOutputsPage(filter: $patents, first: 1) { totalCount }
    granted: researchOutputsPage(filter: $granted, first: 1) { totalCount }
  }
`);
export const CREATE_RESEARCH = graphql(`
  mutation DevelopmentCreateResearch($input: CreateResearchOutputInput!) { createResearchOutput(input: $input) { ...DevelopmentResearchFields } }
`);
export const UPDATE_RESEARCH = graphql(`
  mutation DevelopmentUpdateResearch($id: ID!, $input: UpdateResearchOutputInput!) { updateResearchOutput(id: $id, input: $input) { ...DevelopmentResearchFields } }
`);
/** Published papers and patents of the knowledge base (development depends on knowledge), to link an output to. */
export const PAPERS = graphql(`
  query DevelopmentPapers { knowledgeItems(filter: { kinds: [PAPER, PATENT], visibility: TENANT }, first: 100) { nodes { id kind title } } }
`);

graphql(`
  fragment DevelopmentBudgetFields on DevelopmentConferenceBudget {
    id person { ...DevelopmentPersonFields } year allocated { amount currency } spent { amount currency } remaining { amount currency }
    expenses { id conference date amount { amount currency } note recordedBy { ...DevelopmentPersonFields } }
  }
`);
/** A page of a year's budgets, with the totals (per currency) of every budget the filters match. */
export const BUDGETS_PAGE = graphql(`
  query DevelopmentBudgetsPage($year: Int!, $filter: DevelopmentBudgetFilter, $sort: DevelopmentBudgetSort, $first: Int!, $after: String) {
    conferenceBudgetsPage(year: $year, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount pageInfo { endCursor hasNextPage } allocatedTotals { amount currency } spentTotals { amount currency } nodes { ...DevelopmentBudgetFields }
    }
  }
`);
export const SET_BUDGET = graphql(`
  mutation DevelopmentSetBudget($personId: ID!, $year: Int!, $amount: DevelopmentMoneyInput!) {
    setConferenceBudget(personId: $personId, year: $year, amount: $amount) { ...DevelopmentBudgetFields }
  }
`);
export const RECORD_EXPENSE = graphql(`
  mutation DevelopmentRecordExpense($input: ConferenceExpenseInput!) { recordConferenceExpense(input: $input) { ...DevelopmentBudgetFields } }
`);
