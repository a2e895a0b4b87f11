// Small pieces the development pages share: links, tags, load failures, mutations with toasts.
import { useCadre, type GraphQLErrorEntry, type GraphQLResult } from '@cadre/sdk/console';
import { Alert, App, Button, Result, Tag, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useT } from './i18n.js';

/** A link inside the console (client-side navigation through the SDK). */
export function NavLink({ to, children, testId, style }: { to: string; children: ReactNode; testId?: string; style?: CSSProperties }) {
  const { navigate } = useCadre();
  return (
    <a href={to} data-testid={testId} style={style} onClick={(e) => { if (e.button === 0 && !e.metaKey && !e.ctrlKey) { e.preventDefault(); navigate(to); } }}>
      {children}
    </a>
  );
}

export function LoadFailed({ error, retry }: { error: Error | null; retry(): void }) {
  const t = useT();
  return <Result status="warning" title={t('development.error')} subTitle={error?.message} extra={<Button onClick={retry}>{t('development.retry')}</Button>} />;
}

export const errorText = (errors: readonly GraphQLErrorEntry[]) => errors.map((e) => e.message).join('; ');

/** Runs a mutation and shows the outcome: a success toast, or the API's message. */
export function useRun() {
  const { message } = App.useApp();
  const t = useT();
  return async <R,>(run: Promise<GraphQLResult<R>>, success: string | null): Promise<R | null> => {
    try {
      const result = await run;
      if (result.data) {
        if (success) void message.success(success);
        return result.data;
      }
      void message.error(errorText(result.errors) || t('development.error'));
    } catch (error) {
      void message.error((error as Error).message);
    }
    return null;
  };
}

export function Muted({ children }: { children: ReactNode }) {
  return <Typography.Text type="secondary" style={{ fontSize: 12 }}>{children}</Typography.Text>;
}

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

/** How a number is computed, shown next to it. */
export function Method({ text, title }: { text: string; title: string }) {
  return <Alert type="info" showIcon data-testid="method" title={title} description={<Typography.Text style={{ fontSize: 13 }}>{text}</Typography.Text>} style={{ marginBottom: 16 }} />;
}

/** Reads a query-string parameter of the current page (deep links such as ?person=…). */
export const queryParam = (name: string): string | null => new URLSearchParams(window.location.search).get(name);
