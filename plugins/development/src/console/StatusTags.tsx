// The development plugin's tags: course kinds, enrolment, plan and goal states, gap recommendations.
import { statusTag } from '@cadre/sdk/console/kit';
import { useT } from './i18n.js';

export const CourseKindTag = statusTag(useT, 'development.courseKind', { INTERNAL: 'blue', EXTERNAL: 'purple', EXPERT_SESSION: 'gold', CROSS_TRAINING: 'cyan' });
export const EnrolmentTag = statusTag(useT, 'development.enrolment', { ENROLLED: 'processing', COMPLETED: 'success', WITHDRAWN: 'default' }, 'enrolment-status');
export const PlanStatusTag = statusTag(useT, 'development.planStatus', { ACTIVE: 'processing', COMPLETED: 'success', CANCELLED: 'default' });
export const GoalStatusTag = statusTag(useT, 'development.goalStatus', { OPEN: 'processing', DONE: 'success', DROPPED: 'default' });
export const GapTag = statusTag(useT, 'development.gapRec', { COVERED: 'success', TRAINING: 'warning', REQUISITION: 'error' }, 'gap-recommendation');
