// Small pieces the structure pages share: links, load failures, error text, mutations with toasts.
import { LockOutlined } from '@ant-design/icons';
import { useCadre, type GraphQLErrorEntry, type GraphQLResult } from '@cadre/sdk/console';
import { App, Button, Result, Tag, Tooltip, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useT } from './i18n.js';

/** A value the API withheld (null + FORBIDDEN on its path): a lock tag, never an empty cell. */
export function HiddenTag() {
  const t = useT();
  return (
    <Tooltip title={t('structure.hiddenHint')}>
      <Tag icon={<LockOutlined />} data-testid="hidden-value">{t('structure.hidden')}</Tag>
    </Tooltip>
  );
}

export function None() {
  return <Typography.Text type="secondary">—</Typography.Text>;
}

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
  return <Result status="warning" title={t('structure.error')} subTitle={error?.message} extra={<Button onClick={retry}>{t('structure.retry')}</Button>} />;
}

export const errorText = (errors: readonly GraphQLErrorEntry[]) => errors.map((e) => e.message).join('; ');

/** Runs a mutation and shows the outcome: a success toast, or the API's message. */
export function useRun() {
  const { message } = App.useApp();
  const t = useT();
  return async <R,>(run: Promise<GraphQLResult<R>>, success: string): Promise<R | null> => {
    try {
      const result = await run;
      if (result.data) {
        void message.success(success);
        return result.data;
      }
      void message.error(errorText(result.errors) || t('structure.error'));
    } catch (error) {
      void message.error((error as Error).message);
    }
    return null;
  };
}

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

/** Up to two decimals. */
export const num = (value: number) => String(Math.round(value * 100) / 100);
export const pct = (value: number) => `${Math.round(value * 100)}%`;

/** Escapes text for ECharts tooltips (they are HTML). */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
