import { defineEvent } from '@cadre/sdk';
import type { CourseCompletedPayload } from '../contracts.js';

/** The development plugin's 'development.course-completed' (payload typed in ../contracts.ts), declared to subscribe. */
export const CourseCompleted = defineEvent<CourseCompletedPayload>('development.course-completed');
