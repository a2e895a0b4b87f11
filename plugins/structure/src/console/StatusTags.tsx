// The structure plugin's tags: span flags, project, staffing and plan states, plan changes, priorities.
import { statusTag } from '@cadre/sdk/console/kit';
import { Tag, Tooltip } from 'antd';
import { useT } from './i18n.js';

export const FlagTag = statusTag(useT, 'structure.flag', { OK: 'success', TOO_NARROW: 'warning', TOO_WIDE: 'error' }, 'span-flag');
export const ProjectStatusTag = statusTag(useT, 'structure.projectStatus', { PLANNED: 'default', ACTIVE: 'processing', CLOSED: 'default' });
export const StaffingTag = statusTag(useT, 'structure.staffingLevel', { UNDERSTAFFED: 'error', STAFFED: 'processing', FULL: 'success' });
export const PlanStatusTag = statusTag(useT, 'structure.planStatus', { PROPOSED: 'processing', APPLIED: 'success', DISCARDED: 'default' }, 'staffing-plan-status');
export const ChangeTag = statusTag(useT, 'structure.change', { MOVE: 'orange', NEW: 'green', UNCHANGED: 'default', UNSTAFFED: 'red' }, 'change-kind');

/** Priority 1–5 as a compact tag (5: company critical). */
export function PriorityTag({ priority }: { priority: number }) {
  const t = useT();
  const color = priority >= 5 ? 'red' : priority >= 4 ? 'volcano' : priority >= 3 ? 'gold' : 'default';
  return <Tooltip title={t('structure.priorityHint')}><Tag color={color}>P{priority}</Tag></Tooltip>;
}
