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
    "fragment DevelopmentPersonFields on DevelopmentPerson { id name title level }": typeof types.DevelopmentPersonFieldsFragmentDoc,
    "fragment DevelopmentSkillLevelFields on DevelopmentSkillLevel { skillId skillName level }": typeof types.DevelopmentSkillLevelFieldsFragmentDoc,
    "fragment DevelopmentLevelFields on CareerLevel { id ladderId code rank title description updatedAt expectations { ...DevelopmentSkillLevelFields } }": typeof types.DevelopmentLevelFieldsFragmentDoc,
    "\n  fragment DevelopmentEnrolmentFields on DevelopmentEnrolment {\n    id courseId courseTitle person { ...DevelopmentPersonFields } status enrolledAt completedAt rating feedback\n  }\n": typeof types.DevelopmentEnrolmentFieldsFragmentDoc,
    "\n  fragment DevelopmentCourseFields on DevelopmentCourse {\n    id title kind description provider hostUnitId skills { ...DevelopmentSkillLevelFields } durationHours capacity cost { amount currency } startsOn endsOn programmeId active updatedAt\n    enrolledCount completedCount averageRating feedbackCount myEnrolment { ...DevelopmentEnrolmentFields }\n  }\n": typeof types.DevelopmentCourseFieldsFragmentDoc,
    "\n  fragment DevelopmentPlanFields on DevelopmentPlan {\n    id person { ...DevelopmentPersonFields } mentor { ...DevelopmentPersonFields } targetLevel { id code title } status dueOn summary progress canEdit createdAt updatedAt\n    createdBy { ...DevelopmentPersonFields } goals { id title description skillId skillName targetLevel dueOn status doneAt }\n  }\n": typeof types.DevelopmentPlanFieldsFragmentDoc,
    "fragment DevelopmentCourseRecommendationFields on DevelopmentCourseRecommendation { courseId title reachesLevel reason }": typeof types.DevelopmentCourseRecommendationFieldsFragmentDoc,
    "\n  fragment DevelopmentRequirementGapFields on DevelopmentRequirementGap {\n    projectId projectName skillId skillName minLevel weight recommendation reason coveredBy { person { ...DevelopmentPersonFields } level }\n    candidates { person { ...DevelopmentPersonFields } level } courses { ...DevelopmentCourseRecommendationFields }\n  }\n": typeof types.DevelopmentRequirementGapFieldsFragmentDoc,
    "\n  fragment DevelopmentTeamGapFields on DevelopmentTeamGapAnalysis {\n    unitId unitName memberCount rule projects { projectId name priority requirements { ...DevelopmentRequirementGapFields } } gaps { ...DevelopmentRequirementGapFields }\n    requisitions { skillId skillName level projects reason alreadySuggested }\n  }\n": typeof types.DevelopmentTeamGapFieldsFragmentDoc,
    "query DevelopmentLadders { careerLadders { id name track description levels { ...DevelopmentLevelFields } } }": typeof types.DevelopmentLaddersDocument,
    "\n  mutation DevelopmentCreateLadder($input: CreateCareerLadderInput!) { createCareerLadder(input: $input) { id name track description levels { ...DevelopmentLevelFields } } }\n": typeof types.DevelopmentCreateLadderDocument,
    "\n  mutation DevelopmentUpdateLadder($id: ID!, $input: UpdateCareerLadderInput!) { updateCareerLadder(id: $id, input: $input) { id name track description levels { ...DevelopmentLevelFields } } }\n": typeof types.DevelopmentUpdateLadderDocument,
    "mutation DevelopmentDeleteLevel($id: ID!) { deleteCareerLevel(id: $id) }": typeof types.DevelopmentDeleteLevelDocument,
    "mutation DevelopmentDeleteLadder($id: ID!) { deleteCareerLadder(id: $id) }": typeof types.DevelopmentDeleteLadderDocument,
    "mutation DevelopmentUpsertLevel($input: CareerLevelInput!) { upsertCareerLevel(input: $input) { ...DevelopmentLevelFields } }": typeof types.DevelopmentUpsertLevelDocument,
    "\n  query DevelopmentCoursesPage($filter: DevelopmentCourseFilter, $sort: DevelopmentCourseSort, $first: Int!, $after: String) {\n    coursesPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...DevelopmentCourseFields } }\n  }\n": typeof types.DevelopmentCoursesPageDocument,
    "query DevelopmentCourse($id: ID!) { course(id: $id) { ...DevelopmentCourseFields } }": typeof types.DevelopmentCourseDocument,
    "query DevelopmentProgrammes { programmes { id title description courses { id } } }": typeof types.DevelopmentProgrammesDocument,
    "\n  query DevelopmentEnrolmentsPage($filter: DevelopmentEnrolmentFilter, $sort: DevelopmentEnrolmentSort, $first: Int!, $after: String) {\n    courseEnrolmentsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...DevelopmentEnrolmentFields } }\n  }\n": typeof types.DevelopmentEnrolmentsPageDocument,
    "\n  mutation DevelopmentEnrol($courseId: ID!, $personId: ID) { enrol(courseId: $courseId, personId: $personId) { ...DevelopmentEnrolmentFields } }\n": typeof types.DevelopmentEnrolDocument,
    "\n  mutation DevelopmentWithdraw($enrolmentId: ID!) { withdrawEnrolment(enrolmentId: $enrolmentId) { ...DevelopmentEnrolmentFields } }\n": typeof types.DevelopmentWithdrawDocument,
    "\n  mutation DevelopmentComplete($enrolmentId: ID!, $rating: Int, $comment: String) {\n    completeCourse(enrolmentId: $enrolmentId, rating: $rating, comment: $comment) { ...DevelopmentEnrolmentFields }\n  }\n": typeof types.DevelopmentCompleteDocument,
    "\n  mutation DevelopmentFeedback($enrolmentId: ID!, $feedback: CourseFeedbackInput!) {\n    giveCourseFeedback(enrolmentId: $enrolmentId, feedback: $feedback) { ...DevelopmentEnrolmentFields }\n  }\n": typeof types.DevelopmentFeedbackDocument,
    "\n  query DevelopmentPlans($personId: ID, $status: DevelopmentPlanStatus) { developmentPlans(personId: $personId, status: $status) { ...DevelopmentPlanFields } }\n": typeof types.DevelopmentPlansDocument,
    "\n  query DevelopmentPlansPage($filter: DevelopmentPlanFilter, $sort: DevelopmentPlanSort, $first: Int!, $after: String) {\n    developmentPlansPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...DevelopmentPlanFields } }\n  }\n": typeof types.DevelopmentPlansPageDocument,
    "query DevelopmentPlan($id: ID!) { developmentPlan(id: $id) { ...DevelopmentPlanFields } }": typeof types.DevelopmentPlanDocument,
    "\n  mutation DevelopmentCreatePlan($input: CreateDevelopmentPlanInput!) { createDevelopmentPlan(input: $input) { ...DevelopmentPlanFields } }\n": typeof types.DevelopmentCreatePlanDocument,
    "\n  mutation DevelopmentUpdatePlan($id: ID!, $input: UpdateDevelopmentPlanInput!) { updateDevelopmentPlan(id: $id, input: $input) { ...DevelopmentPlanFields } }\n": typeof types.DevelopmentUpdatePlanDocument,
    "\n  mutation DevelopmentAddGoal($planId: ID!, $input: DevelopmentGoalInput!) { addDevelopmentGoal(planId: $planId, input: $input) { ...DevelopmentPlanFields } }\n": typeof types.DevelopmentAddGoalDocument,
    "\n  mutation DevelopmentUpdateGoal($goalId: ID!, $input: UpdateDevelopmentGoalInput!) {\n    updateDevelopmentGoal(goalId: $goalId, input: $input) { ...DevelopmentPlanFields }\n  }\n": typeof types.DevelopmentUpdateGoalDocument,
    "\n  query DevelopmentGaps($personId: ID!, $targetLevelId: ID) {\n    skillGaps(personId: $personId, targetLevelId: $targetLevelId) {\n      person { ...DevelopmentPersonFields } target { id code title } targetSource method expectations { skillId skillName expected current met }\n      gaps {\n        skillId skillName expected current gap courses { ...DevelopmentCourseRecommendationFields }\n        mentors { person { ...DevelopmentPersonFields } score level evidence reason }\n      }\n    }\n  }\n": typeof types.DevelopmentGapsDocument,
    "query DevelopmentTeamGaps($unitId: ID) { teamGapAnalysis(unitId: $unitId) { ...DevelopmentTeamGapFields } }": typeof types.DevelopmentTeamGapsDocument,
    "mutation DevelopmentSuggest($unitId: ID) { suggestRequisitions(unitId: $unitId) { ...DevelopmentTeamGapFields } }": typeof types.DevelopmentSuggestDocument,
    "query DevelopmentMe { me { person { id name reports { id name title } } } }": typeof types.DevelopmentMeDocument,
    "query DevelopmentUnits { orgUnits { id name depth lead { id } } }": typeof types.DevelopmentUnitsDocument,
    "query DevelopmentSkills { skills { id name categoryName } }": typeof types.DevelopmentSkillsDocument,
    "mutation DevelopmentCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) { ...DevelopmentCourseFields } }": typeof types.DevelopmentCreateCourseDocument,
    "\n  mutation DevelopmentUpdateCourse($id: ID!, $input: UpdateCourseInput!) { updateCourse(id: $id, input: $input) { ...DevelopmentCourseFields } }\n": typeof types.DevelopmentUpdateCourseDocument,
    "\n  mutation DevelopmentCreateProgramme($title: String!, $description: String!) { createProgramme(title: $title, description: $description) { id title } }\n": typeof types.DevelopmentCreateProgrammeDocument,
    "\n  fragment DevelopmentResearchFields on DevelopmentResearchOutput {\n    id kind title venue status date url authors { ...DevelopmentPersonFields } knowledgeItem { id kind title reference } canEdit\n  }\n": typeof types.DevelopmentResearchFieldsFragmentDoc,
    "\n  query DevelopmentResearchOutputs($personId: ID, $kind: DevelopmentResearchKind, $year: Int) {\n    researchOutputs(personId: $personId, kind: $kind, year: $year) { ...DevelopmentResearchFields }\n  }\n": typeof types.DevelopmentResearchOutputsDocument,
    "\n  query DevelopmentResearchPage($filter: DevelopmentResearchFilter, $sort: DevelopmentResearchSort, $first: Int!, $after: String) {\n    researchOutputsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...DevelopmentResearchFields } }\n  }\n": typeof types.DevelopmentResearchPageDocument,
    "\n  query DevelopmentResearchCounts($publications: DevelopmentResearchFilter!, $published: DevelopmentResearchFilter!, $patents: DevelopmentResearchFilter!, $granted: DevelopmentResearchFilter!) {\n    publications: researchOutputsPage(filter: $publications, first: 1) { totalCount }\n    published: researchOutputsPage(filter: $published, first: 1) { totalCount }\n    patents: researchOutputsPage(filter: $patents, first: 1) { totalCount }\n    granted: researchOutputsPage(filter: $granted, first: 1) { totalCount }\n  }\n": typeof types.DevelopmentResearchCountsDocument,
    "\n  mutation DevelopmentCreateResearch($input: CreateResearchOutputInput!) { createResearchOutput(input: $input) { ...DevelopmentResearchFields } }\n": typeof types.DevelopmentCreateResearchDocument,
    "\n  mutation DevelopmentUpdateResearch($id: ID!, $input: UpdateResearchOutputInput!) { updateResearchOutput(id: $id, input: $input) { ...DevelopmentResearchFields } }\n": typeof types.DevelopmentUpdateResearchDocument,
    "\n  query DevelopmentPapers { knowledgeItems(filter: { kinds: [PAPER, PATENT], visibility: TENANT }, first: 100) { nodes { id kind title } } }\n": typeof types.DevelopmentPapersDocument,
    "\n  fragment DevelopmentBudgetFields on DevelopmentConferenceBudget {\n    id person { ...DevelopmentPersonFields } year allocated { amount currency } spent { amount currency } remaining { amount currency }\n    expenses { id conference date amount { amount currency } note recordedBy { ...DevelopmentPersonFields } }\n  }\n": typeof types.DevelopmentBudgetFieldsFragmentDoc,
    "\n  query DevelopmentBudgetsPage($year: Int!, $filter: DevelopmentBudgetFilter, $sort: DevelopmentBudgetSort, $first: Int!, $after: String) {\n    conferenceBudgetsPage(year: $year, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount pageInfo { endCursor hasNextPage } allocatedTotals { amount currency } spentTotals { amount currency } nodes { ...DevelopmentBudgetFields }\n    }\n  }\n": typeof types.DevelopmentBudgetsPageDocument,
    "\n  mutation DevelopmentSetBudget($personId: ID!, $year: Int!, $amount: DevelopmentMoneyInput!) {\n    setConferenceBudget(personId: $personId, year: $year, amount: $amount) { ...DevelopmentBudgetFields }\n  }\n": typeof types.DevelopmentSetBudgetDocument,
    "\n  mutation DevelopmentRecordExpense($input: ConferenceExpenseInput!) { recordConferenceExpense(input: $input) { ...DevelopmentBudgetFields } }\n": typeof types.DevelopmentRecordExpenseDocument,
};
const documents: Documents = {
    "fragment DevelopmentPersonFields on DevelopmentPerson { id name title level }": types.DevelopmentPersonFieldsFragmentDoc,
    "fragment DevelopmentSkillLevelFields on DevelopmentSkillLevel { skillId skillName level }": types.DevelopmentSkillLevelFieldsFragmentDoc,
    "fragment DevelopmentLevelFields on CareerLevel { id ladderId code rank title description updatedAt expectations { ...DevelopmentSkillLevelFields } }": types.DevelopmentLevelFieldsFragmentDoc,
    "\n  fragment DevelopmentEnrolmentFields on DevelopmentEnrolment {\n    id courseId courseTitle person { ...DevelopmentPersonFields } status enrolledAt completedAt rating feedback\n  }\n": types.DevelopmentEnrolmentFieldsFragmentDoc,
    "\n  fragment DevelopmentCourseFields on DevelopmentCourse {\n    id title kind description provider hostUnitId skills { ...DevelopmentSkillLevelFields } durationHours capacity cost { amount currency } startsOn endsOn programmeId active updatedAt\n    enrolledCount completedCount averageRating feedbackCount myEnrolment { ...DevelopmentEnrolmentFields }\n  }\n": types.DevelopmentCourseFieldsFragmentDoc,
    "\n  fragment DevelopmentPlanFields on DevelopmentPlan {\n    id person { ...DevelopmentPersonFields } mentor { ...DevelopmentPersonFields } targetLevel { id code title } status dueOn summary progress canEdit createdAt updatedAt\n    createdBy { ...DevelopmentPersonFields } goals { id title description skillId skillName targetLevel dueOn status doneAt }\n  }\n": types.DevelopmentPlanFieldsFragmentDoc,
    "fragment DevelopmentCourseRecommendationFields on DevelopmentCourseRecommendation { courseId title reachesLevel reason }": types.DevelopmentCourseRecommendationFieldsFragmentDoc,
    "\n  fragment DevelopmentRequirementGapFields on DevelopmentRequirementGap {\n    projectId projectName skillId skillName minLevel weight recommendation reason coveredBy { person { ...DevelopmentPersonFields } level }\n    candidates { person { ...DevelopmentPersonFields } level } courses { ...DevelopmentCourseRecommendationFields }\n  }\n": types.DevelopmentRequirementGapFieldsFragmentDoc,
    "\n  fragment DevelopmentTeamGapFields on DevelopmentTeamGapAnalysis {\n    unitId unitName memberCount rule projects { projectId name priority requirements { ...DevelopmentRequirementGapFields } } gaps { ...DevelopmentRequirementGapFields }\n    requisitions { skillId skillName level projects reason alreadySuggested }\n  }\n": types.DevelopmentTeamGapFieldsFragmentDoc,
    "query DevelopmentLadders { careerLadders { id name track description levels { ...DevelopmentLevelFields } } }": types.DevelopmentLaddersDocument,
    "\n  mutation DevelopmentCreateLadder($input: CreateCareerLadderInput!) { createCareerLadder(input: $input) { id name track description levels { ...DevelopmentLevelFields } } }\n": types.DevelopmentCreateLadderDocument,
    "\n  mutation DevelopmentUpdateLadder($id: ID!, $input: UpdateCareerLadderInput!) { updateCareerLadder(id: $id, input: $input) { id name track description levels { ...DevelopmentLevelFields } } }\n": types.DevelopmentUpdateLadderDocument,
    "mutation DevelopmentDeleteLevel($id: ID!) { deleteCareerLevel(id: $id) }": types.DevelopmentDeleteLevelDocument,
    "mutation DevelopmentDeleteLadder($id: ID!) { deleteCareerLadder(id: $id) }": types.DevelopmentDeleteLadderDocument,
    "mutation DevelopmentUpsertLevel($input: CareerLevelInput!) { upsertCareerLevel(input: $input) { ...DevelopmentLevelFields } }": types.DevelopmentUpsertLevelDocument,
    "\n  query DevelopmentCoursesPage($filter: DevelopmentCourseFilter, $sort: DevelopmentCourseSort, $first: Int!, $after: String) {\n    coursesPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...DevelopmentCourseFields } }\n  }\n": types.DevelopmentCoursesPageDocument,
    "query DevelopmentCourse($id: ID!) { course(id: $id) { ...DevelopmentCourseFields } }": types.DevelopmentCourseDocument,
    "query DevelopmentProgrammes { programmes { id title description courses { id } } }": types.DevelopmentProgrammesDocument,
    "\n  query DevelopmentEnrolmentsPage($filter: DevelopmentEnrolmentFilter, $sort: DevelopmentEnrolmentSort, $first: Int!, $after: String) {\n    courseEnrolmentsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...DevelopmentEnrolmentFields } }\n  }\n": types.DevelopmentEnrolmentsPageDocument,
    "\n  mutation DevelopmentEnrol($courseId: ID!, $personId: ID) { enrol(courseId: $courseId, personId: $personId) { ...DevelopmentEnrolmentFields } }\n": types.DevelopmentEnrolDocument,
    "\n  mutation DevelopmentWithdraw($enrolmentId: ID!) { withdrawEnrolment(enrolmentId: $enrolmentId) { ...DevelopmentEnrolmentFields } }\n": types.DevelopmentWithdrawDocument,
    "\n  mutation DevelopmentComplete($enrolmentId: ID!, $rating: Int, $comment: String) {\n    completeCourse(enrolmentId: $enrolmentId, rating: $rating, comment: $comment) { ...DevelopmentEnrolmentFields }\n  }\n": types.DevelopmentCompleteDocument,
    "\n  mutation DevelopmentFeedback($enrolmentId: ID!, $feedback: CourseFeedbackInput!) {\n    giveCourseFeedback(enrolmentId: $enrolmentId, feedback: $feedback) { ...DevelopmentEnrolmentFields }\n  }\n": types.DevelopmentFeedbackDocument,
    "\n  query DevelopmentPlans($personId: ID, $status: DevelopmentPlanStatus) { developmentPlans(personId: $personId, status: $status) { ...DevelopmentPlanFields } }\n": types.DevelopmentPlansDocument,
    "\n  query DevelopmentPlansPage($filter: DevelopmentPlanFilter, $sort: DevelopmentPlanSort, $first: Int!, $after: String) {\n    developmentPlansPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...DevelopmentPlanFields } }\n  }\n": types.DevelopmentPlansPageDocument,
    "query DevelopmentPlan($id: ID!) { developmentPlan(id: $id) { ...DevelopmentPlanFields } }": types.DevelopmentPlanDocument,
    "\n  mutation DevelopmentCreatePlan($input: CreateDevelopmentPlanInput!) { createDevelopmentPlan(input: $input) { ...DevelopmentPlanFields } }\n": types.DevelopmentCreatePlanDocument,
    "\n  mutation DevelopmentUpdatePlan($id: ID!, $input: UpdateDevelopmentPlanInput!) { updateDevelopmentPlan(id: $id, input: $input) { ...DevelopmentPlanFields } }\n": types.DevelopmentUpdatePlanDocument,
    "\n  mutation DevelopmentAddGoal($planId: ID!, $input: DevelopmentGoalInput!) { addDevelopmentGoal(planId: $planId, input: $input) { ...DevelopmentPlanFields } }\n": types.DevelopmentAddGoalDocument,
    "\n  mutation DevelopmentUpdateGoal($goalId: ID!, $input: UpdateDevelopmentGoalInput!) {\n    updateDevelopmentGoal(goalId: $goalId, input: $input) { ...DevelopmentPlanFields }\n  }\n": types.DevelopmentUpdateGoalDocument,
    "\n  query DevelopmentGaps($personId: ID!, $targetLevelId: ID) {\n    skillGaps(personId: $personId, targetLevelId: $targetLevelId) {\n      person { ...DevelopmentPersonFields } target { id code title } targetSource method expectations { skillId skillName expected current met }\n      gaps {\n        skillId skillName expected current gap courses { ...DevelopmentCourseRecommendationFields }\n        mentors { person { ...DevelopmentPersonFields } score level evidence reason }\n      }\n    }\n  }\n": types.DevelopmentGapsDocument,
    "query DevelopmentTeamGaps($unitId: ID) { teamGapAnalysis(unitId: $unitId) { ...DevelopmentTeamGapFields } }": types.DevelopmentTeamGapsDocument,
    "mutation DevelopmentSuggest($unitId: ID) { suggestRequisitions(unitId: $unitId) { ...DevelopmentTeamGapFields } }": types.DevelopmentSuggestDocument,
    "query DevelopmentMe { me { person { id name reports { id name title } } } }": types.DevelopmentMeDocument,
    "query DevelopmentUnits { orgUnits { id name depth lead { id } } }": types.DevelopmentUnitsDocument,
    "query DevelopmentSkills { skills { id name categoryName } }": types.DevelopmentSkillsDocument,
    "mutation DevelopmentCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) { ...DevelopmentCourseFields } }": types.DevelopmentCreateCourseDocument,
    "\n  mutation DevelopmentUpdateCourse($id: ID!, $input: UpdateCourseInput!) { updateCourse(id: $id, input: $input) { ...DevelopmentCourseFields } }\n": types.DevelopmentUpdateCourseDocument,
    "\n  mutation DevelopmentCreateProgramme($title: String!, $description: String!) { createProgramme(title: $title, description: $description) { id title } }\n": types.DevelopmentCreateProgrammeDocument,
    "\n  fragment DevelopmentResearchFields on DevelopmentResearchOutput {\n    id kind title venue status date url authors { ...DevelopmentPersonFields } knowledgeItem { id kind title reference } canEdit\n  }\n": types.DevelopmentResearchFieldsFragmentDoc,
    "\n  query DevelopmentResearchOutputs($personId: ID, $kind: DevelopmentResearchKind, $year: Int) {\n    researchOutputs(personId: $personId, kind: $kind, year: $year) { ...DevelopmentResearchFields }\n  }\n": types.DevelopmentResearchOutputsDocument,
    "\n  query DevelopmentResearchPage($filter: DevelopmentResearchFilter, $sort: DevelopmentResearchSort, $first: Int!, $after: String) {\n    researchOutputsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...DevelopmentResearchFields } }\n  }\n": types.DevelopmentResearchPageDocument,
    "\n  query DevelopmentResearchCounts($publications: DevelopmentResearchFilter!, $published: DevelopmentResearchFilter!, $patents: DevelopmentResearchFilter!, $granted: DevelopmentResearchFilter!) {\n    publications: researchOutputsPage(filter: $publications, first: 1) { totalCount }\n    published: researchOutputsPage(filter: $published, first: 1) { totalCount }\n    patents: researchOutputsPage(filter: $patents, first: 1) { totalCount }\n    granted: researchOutputsPage(filter: $granted, first: 1) { totalCount }\n  }\n": types.DevelopmentResearchCountsDocument,
    "\n  mutation DevelopmentCreateResearch($input: CreateResearchOutputInput!) { createResearchOutput(input: $input) { ...DevelopmentResearchFields } }\n": types.DevelopmentCreateResearchDocument,
    "\n  mutation DevelopmentUpdateResearch($id: ID!, $input: UpdateResearchOutputInput!) { updateResearchOutput(id: $id, input: $input) { ...DevelopmentResearchFields } }\n": types.DevelopmentUpdateResearchDocument,
    "\n  query DevelopmentPapers { knowledgeItems(filter: { kinds: [PAPER, PATENT], visibility: TENANT }, first: 100) { nodes { id kind title } } }\n": types.DevelopmentPapersDocument,
    "\n  fragment DevelopmentBudgetFields on DevelopmentConferenceBudget {\n    id person { ...DevelopmentPersonFields } year allocated { amount currency } spent { amount currency } remaining { amount currency }\n    expenses { id conference date amount { amount currency } note recordedBy { ...DevelopmentPersonFields } }\n  }\n": types.DevelopmentBudgetFieldsFragmentDoc,
    "\n  query DevelopmentBudgetsPage($year: Int!, $filter: DevelopmentBudgetFilter, $sort: DevelopmentBudgetSort, $first: Int!, $after: String) {\n    conferenceBudgetsPage(year: $year, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount pageInfo { endCursor hasNextPage } allocatedTotals { amount currency } spentTotals { amount currency } nodes { ...DevelopmentBudgetFields }\n    }\n  }\n": types.DevelopmentBudgetsPageDocument,
    "\n  mutation DevelopmentSetBudget($personId: ID!, $year: Int!, $amount: DevelopmentMoneyInput!) {\n    setConferenceBudget(personId: $personId, year: $year, amount: $amount) { ...DevelopmentBudgetFields }\n  }\n": types.DevelopmentSetBudgetDocument,
    "\n  mutation DevelopmentRecordExpense($input: ConferenceExpenseInput!) { recordConferenceExpense(input: $input) { ...DevelopmentBudgetFields } }\n": types.DevelopmentRecordExpenseDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DevelopmentPersonFields on DevelopmentPerson { id name title level }"): typeof import('./graphql').DevelopmentPersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DevelopmentSkillLevelFields on DevelopmentSkillLevel { skillId skillName level }"): typeof import('./graphql').DevelopmentSkillLevelFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DevelopmentLevelFields on CareerLevel { id ladderId code rank title description updatedAt expectations { ...DevelopmentSkillLevelFields } }"): typeof import('./graphql').DevelopmentLevelFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DevelopmentEnrolmentFields on DevelopmentEnrolment {\n    id courseId courseTitle person { ...DevelopmentPersonFields } status enrolledAt completedAt rating feedback\n  }\n"): typeof import('./graphql').DevelopmentEnrolmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DevelopmentCourseFields on DevelopmentCourse {\n    id title kind description provider hostUnitId skills { ...DevelopmentSkillLevelFields } durationHours capacity cost { amount currency } startsOn endsOn programmeId active updatedAt\n    enrolledCount completedCount averageRating feedbackCount myEnrolment { ...DevelopmentEnrolmentFields }\n  }\n"): typeof import('./graphql').DevelopmentCourseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DevelopmentPlanFields on DevelopmentPlan {\n    id person { ...DevelopmentPersonFields } mentor { ...DevelopmentPersonFields } targetLevel { id code title } status dueOn summary progress canEdit createdAt updatedAt\n    createdBy { ...DevelopmentPersonFields } goals { id title description skillId skillName targetLevel dueOn status doneAt }\n  }\n"): typeof import('./graphql').DevelopmentPlanFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DevelopmentCourseRecommendationFields on DevelopmentCourseRecommendation { courseId title reachesLevel reason }"): typeof import('./graphql').DevelopmentCourseRecommendationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DevelopmentRequirementGapFields on DevelopmentRequirementGap {\n    projectId projectName skillId skillName minLevel weight recommendation reason coveredBy { person { ...DevelopmentPersonFields } level }\n    candidates { person { ...DevelopmentPersonFields } level } courses { ...DevelopmentCourseRecommendationFields }\n  }\n"): typeof import('./graphql').DevelopmentRequirementGapFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DevelopmentTeamGapFields on DevelopmentTeamGapAnalysis {\n    unitId unitName memberCount rule projects { projectId name priority requirements { ...DevelopmentRequirementGapFields } } gaps { ...DevelopmentRequirementGapFields }\n    requisitions { skillId skillName level projects reason alreadySuggested }\n  }\n"): typeof import('./graphql').DevelopmentTeamGapFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DevelopmentLadders { careerLadders { id name track description levels { ...DevelopmentLevelFields } } }"): typeof import('./graphql').DevelopmentLaddersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevelopmentCreateLadder($input: CreateCareerLadderInput!) { createCareerLadder(input: $input) { id name track description levels { ...DevelopmentLevelFields } } }\n"): typeof import('./graphql').DevelopmentCreateLadderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevelopmentUpdateLadder($id: ID!, $input: UpdateCareerLadderInput!) { updateCareerLadder(id: $id, input: $input) { id name track description levels { ...DevelopmentLevelFields } } }\n"): typeof import('./graphql').DevelopmentUpdateLadderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DevelopmentDeleteLevel($id: ID!) { deleteCareerLevel(id: $id) }"): typeof import('./graphql').DevelopmentDeleteLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DevelopmentDeleteLadder($id: ID!) { deleteCareerLadder(id: $id) }"): typeof import('./graphql').DevelopmentDeleteLadderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DevelopmentUpsertLevel($input: CareerLevelInput!) { upsertCareerLevel(input: $input) { ...DevelopmentLevelFields } }"): typeof import('./graphql').DevelopmentUpsertLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevelopmentCoursesPage($filter: DevelopmentCourseFilter, $sort: DevelopmentCourseSort, $first: Int!, $after: String) {\n    coursesPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...DevelopmentCourseFields } }\n  }\n"): typeof import('./graphql').DevelopmentCoursesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DevelopmentCourse($id: ID!) { course(id: $id) { ...DevelopmentCourseFields } }"): typeof import('./graphql').DevelopmentCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DevelopmentProgrammes { programmes { id title description courses { id } } }"): typeof import('./graphql').DevelopmentProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevelopmentEnrolmentsPage($filter: DevelopmentEnrolmentFilter, $sort: DevelopmentEnrolmentSort, $first: Int!, $after: String) {\n    courseEnrolmentsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...DevelopmentEnrolmentFields } }\n  }\n"): typeof import('./graphql').DevelopmentEnrolmentsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevelopmentEnrol($courseId: ID!, $personId: ID) { enrol(courseId: $courseId, personId: $personId) { ...DevelopmentEnrolmentFields } }\n"): typeof import('./graphql').DevelopmentEnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevelopmentWithdraw($enrolmentId: ID!) { withdrawEnrolment(enrolmentId: $enrolmentId) { ...DevelopmentEnrolmentFields } }\n"): typeof import('./graphql').DevelopmentWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevelopmentComplete($enrolmentId: ID!, $rating: Int, $comment: String) {\n    completeCourse(enrolmentId: $enrolmentId, rating: $rating, comment: $comment) { ...DevelopmentEnrolmentFields }\n  }\n"): typeof import('./graphql').DevelopmentCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevelopmentFeedback($enrolmentId: ID!, $feedback: CourseFeedbackInput!) {\n    giveCourseFeedback(enrolmentId: $enrolmentId, feedback: $feedback) { ...DevelopmentEnrolmentFields }\n  }\n"): typeof import('./graphql').DevelopmentFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevelopmentPlans($personId: ID, $status: DevelopmentPlanStatus) { developmentPlans(personId: $personId, status: $status) { ...DevelopmentPlanFields } }\n"): typeof import('./graphql').DevelopmentPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevelopmentPlansPage($filter: DevelopmentPlanFilter, $sort: DevelopmentPlanSort, $first: Int!, $after: String) {\n    developmentPlansPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...DevelopmentPlanFields } }\n  }\n"): typeof import('./graphql').DevelopmentPlansPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DevelopmentPlan($id: ID!) { developmentPlan(id: $id) { ...DevelopmentPlanFields } }"): typeof import('./graphql').DevelopmentPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevelopmentCreatePlan($input: CreateDevelopmentPlanInput!) { createDevelopmentPlan(input: $input) { ...DevelopmentPlanFields } }\n"): typeof import('./graphql').DevelopmentCreatePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevelopmentUpdatePlan($id: ID!, $input: UpdateDevelopmentPlanInput!) { updateDevelopmentPlan(id: $id, input: $input) { ...DevelopmentPlanFields } }\n"): typeof import('./graphql').DevelopmentUpdatePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevelopmentAddGoal($planId: ID!, $input: DevelopmentGoalInput!) { addDevelopmentGoal(planId: $planId, input: $input) { ...DevelopmentPlanFields } }\n"): typeof import('./graphql').DevelopmentAddGoalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevelopmentUpdateGoal($goalId: ID!, $input: UpdateDevelopmentGoalInput!) {\n    updateDevelopmentGoal(goalId: $goalId, input: $input) { ...DevelopmentPlanFields }\n  }\n"): typeof import('./graphql').DevelopmentUpdateGoalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevelopmentGaps($personId: ID!, $targetLevelId: ID) {\n    skillGaps(personId: $personId, targetLevelId: $targetLevelId) {\n      person { ...DevelopmentPersonFields } target { id code title } targetSource method expectations { skillId skillName expected current met }\n      gaps {\n        skillId skillName expected current gap courses { ...DevelopmentCourseRecommendationFields }\n        mentors { person { ...DevelopmentPersonFields } score level evidence reason }\n      }\n    }\n  }\n"): typeof import('./graphql').DevelopmentGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DevelopmentTeamGaps($unitId: ID) { teamGapAnalysis(unitId: $unitId) { ...DevelopmentTeamGapFields } }"): typeof import('./graphql').DevelopmentTeamGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DevelopmentSuggest($unitId: ID) { suggestRequisitions(unitId: $unitId) { ...DevelopmentTeamGapFields } }"): typeof import('./graphql').DevelopmentSuggestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DevelopmentMe { me { person { id name reports { id name title } } } }"): typeof import('./graphql').DevelopmentMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DevelopmentUnits { orgUnits { id name depth lead { id } } }"): typeof import('./graphql').DevelopmentUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DevelopmentSkills { skills { id name categoryName } }"): typeof import('./graphql').DevelopmentSkillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DevelopmentCreateCourse($input: CreateCourseInput!) { createCourse(input: $input) { ...DevelopmentCourseFields } }"): typeof import('./graphql').DevelopmentCreateCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevelopmentUpdateCourse($id: ID!, $input: UpdateCourseInput!) { updateCourse(id: $id, input: $input) { ...DevelopmentCourseFields } }\n"): typeof import('./graphql').DevelopmentUpdateCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevelopmentCreateProgramme($title: String!, $description: String!) { createProgramme(title: $title, description: $description) { id title } }\n"): typeof import('./graphql').DevelopmentCreateProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DevelopmentResearchFields on DevelopmentResearchOutput {\n    id kind title venue status date url authors { ...DevelopmentPersonFields } knowledgeItem { id kind title reference } canEdit\n  }\n"): typeof import('./graphql').DevelopmentResearchFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevelopmentResearchOutputs($personId: ID, $kind: DevelopmentResearchKind, $year: Int) {\n    researchOutputs(personId: $personId, kind: $kind, year: $year) { ...DevelopmentResearchFields }\n  }\n"): typeof import('./graphql').DevelopmentResearchOutputsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevelopmentResearchPage($filter: DevelopmentResearchFilter, $sort: DevelopmentResearchSort, $first: Int!, $after: String) {\n    researchOutputsPage(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...DevelopmentResearchFields } }\n  }\n"): typeof import('./graphql').DevelopmentResearchPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevelopmentResearchCounts($publications: DevelopmentResearchFilter!, $published: DevelopmentResearchFilter!, $patents: DevelopmentResearchFilter!, $granted: DevelopmentResearchFilter!) {\n    publications: researchOutputsPage(filter: $publications, first: 1) { totalCount }\n    published: researchOutputsPage(filter: $published, first: 1) { totalCount }\n    patents: researchOutputsPage(filter: $patents, first: 1) { totalCount }\n    granted: researchOutputsPage(filter: $granted, first: 1) { totalCount }\n  }\n"): typeof import('./graphql').DevelopmentResearchCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevelopmentCreateResearch($input: CreateResearchOutputInput!) { createResearchOutput(input: $input) { ...DevelopmentResearchFields } }\n"): typeof import('./graphql').DevelopmentCreateResearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevelopmentUpdateResearch($id: ID!, $input: UpdateResearchOutputInput!) { updateResearchOutput(id: $id, input: $input) { ...DevelopmentResearchFields } }\n"): typeof import('./graphql').DevelopmentUpdateResearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevelopmentPapers { knowledgeItems(filter: { kinds: [PAPER, PATENT], visibility: TENANT }, first: 100) { nodes { id kind title } } }\n"): typeof import('./graphql').DevelopmentPapersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DevelopmentBudgetFields on DevelopmentConferenceBudget {\n    id person { ...DevelopmentPersonFields } year allocated { amount currency } spent { amount currency } remaining { amount currency }\n    expenses { id conference date amount { amount currency } note recordedBy { ...DevelopmentPersonFields } }\n  }\n"): typeof import('./graphql').DevelopmentBudgetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevelopmentBudgetsPage($year: Int!, $filter: DevelopmentBudgetFilter, $sort: DevelopmentBudgetSort, $first: Int!, $after: String) {\n    conferenceBudgetsPage(year: $year, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount pageInfo { endCursor hasNextPage } allocatedTotals { amount currency } spentTotals { amount currency } nodes { ...DevelopmentBudgetFields }\n    }\n  }\n"): typeof import('./graphql').DevelopmentBudgetsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevelopmentSetBudget($personId: ID!, $year: Int!, $amount: DevelopmentMoneyInput!) {\n    setConferenceBudget(personId: $personId, year: $year, amount: $amount) { ...DevelopmentBudgetFields }\n  }\n"): typeof import('./graphql').DevelopmentSetBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevelopmentRecordExpense($input: ConferenceExpenseInput!) { recordConferenceExpense(input: $input) { ...DevelopmentBudgetFields } }\n"): typeof import('./graphql').DevelopmentRecordExpenseDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
