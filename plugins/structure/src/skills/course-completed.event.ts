import { defineEvent } from '@cadre/sdk';

/**
 * Published by the development plugin when a learner completes a course. Not ours: declared here
 * only to subscribe (a plugin cannot import another, and lists only its own events).
 */
export interface CourseCompletedPayload {
  enrolmentId: string;
  personId: string;
  courseId: string;
  courseTitle: string;
  skills: Array<{ skillId: string; level: number }>;
  completedAt: string;
}
export const CourseCompleted = defineEvent<CourseCompletedPayload>('development.course-completed');
