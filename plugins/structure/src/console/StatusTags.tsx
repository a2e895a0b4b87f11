// The structure plugin's tags: span flags, project and staffing states, plan changes, priorities.
import { Tag, Tooltip } from 'antd';
import { useT } from './i18n.js';

const FLAG_COLORS: Record<string, string> = { OK: 'success', TOO_NARROW: 'warning', TOO_WIDE: 'error' };
export function FlagTag({ flag }: { flag: string }) {
  const t = useT();
  return <Tag color={FLAG_COLORS[flag] ?? 'default'} data-testid="span-flag">{t(`structure.flag.${flag}`)}</Tag>;
}

const STATUS_COLORS: Record<string, string> = { PLANNED: 'default', ACTIVE: 'processing', CLOSED: 'default' };
export function ProjectStatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={STATUS_COLORS[status] ?? 'default'}>{t(`structure.projectStatus.${status}`)}</Tag>;
}

const STAFFING_COLORS: Record<string, string> = { UNDERSTAFFED: 'error', STAFFED: 'processing', FULL: 'success' };
export function StaffingTag({ level }: { level: string }) {
  const t = useT();
  return <Tag color={STAFFING_COLORS[level] ?? 'default'}>{t(`structure.staffingLevel.${level}`)}</Tag>;
}

const CHANGE_COLORS: Record<string, string> = { MOVE: 'orange', NEW: 'green', UNCHANGED: 'default', UNSTAFFED: 'red' };
export function ChangeTag({ kind }: { kind: string }) {
  const t = useT();
  return <Tag color={CHANGE_COLORS[kind] ?? 'default'} data-testid="change-kind">{t(`structure.change.${kind}`)}</Tag>;
}

/** Priority 1–5 as a compact tag (5: company critical). */
export function PriorityTag({ priority }: { priority: number }) {
  const t = useT();
  const color = priority >= 5 ? 'red' : priority >= 4 ? 'volcano' : priority >= 3 ? 'gold' : 'default';
  return <Tooltip title={t('structure.priorityHint')}><Tag color={color}>P{priority}</Tag></Tooltip>;
}
