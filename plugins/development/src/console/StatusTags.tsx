// The development plugin's status and kind tags: its own states, colours and labels.
import { Tag } from 'antd';
import { useT } from './i18n.js';

const KIND_COLORS: Record<string, string> = { INTERNAL: 'blue', EXTERNAL: 'purple', EXPERT_SESSION: 'gold', CROSS_TRAINING: 'cyan' };
export function CourseKindTag({ kind }: { kind: string }) {
  const t = useT();
  return <Tag color={KIND_COLORS[kind] ?? 'default'}>{t(`development.courseKind.${kind}`)}</Tag>;
}

const ENROLMENT_COLORS: Record<string, string> = { ENROLLED: 'processing', COMPLETED: 'success', WITHDRAWN: 'default' };
export function EnrolmentTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={ENROLMENT_COLORS[status] ?? 'default'} data-testid="enrolment-status">{t(`development.enrolment.${status}`)}</Tag>;
}

const PLAN_COLORS: Record<string, string> = { ACTIVE: 'processing', COMPLETED: 'success', CANCELLED: 'default' };
export function PlanStatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={PLAN_COLORS[status] ?? 'default'}>{t(`development.planStatus.${status}`)}</Tag>;
}

const GOAL_COLORS: Record<string, string> = { OPEN: 'processing', DONE: 'success', DROPPED: 'default' };
export function GoalStatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={GOAL_COLORS[status] ?? 'default'}>{t(`development.goalStatus.${status}`)}</Tag>;
}

const GAP_COLORS: Record<string, string> = { COVERED: 'success', TRAINING: 'warning', REQUISITION: 'error' };
export function GapTag({ recommendation }: { recommendation: string }) {
  const t = useT();
  return <Tag color={GAP_COLORS[recommendation] ?? 'default'} data-testid="gap-recommendation">{t(`development.gapRec.${recommendation}`)}</Tag>;
}
