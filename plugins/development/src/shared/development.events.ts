import type { RequisitionSuggestedPayload } from '@cadre/plugin-attraction/contracts';
import type { CourseCompletedPayload } from '@cadre/plugin-structure/contracts';
import { defineEvent } from '@cadre/sdk';

/** A skill gap no one in the unit is close to: the attraction plugin may open a requisition (payload typed by attraction, which acts on it). */
export const RequisitionSuggested = defineEvent<RequisitionSuggestedPayload>('development.requisition-suggested');

/**
 * A learner completed a course: the course's skills, at the level it takes a learner to, are
 * evidence of learning (structure records them as 'course' skill evidence). Emitted once per
 * enrolment, in the transaction that completes it. Payload typed by structure, which acts on it.
 */
export const CourseCompleted = defineEvent<CourseCompletedPayload>('development.course-completed');
