// Small pieces the incentives pages share: hidden values, money, status tags, error handling.
import { DownloadOutlined, LockOutlined } from '@ant-design/icons';
import { formatMoney, useCadre, type GraphQLErrorEntry, type GraphQLResult } from '@cadre/sdk/console';
import { Alert, App, Button, Result, Tag, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useT } from './i18n.js';

/** A value the API withheld (null + FORBIDDEN on its path): a lock tag, never an empty cell. */
export function HiddenTag() {
  const t = useT();
  return (
    <Tooltip title={t('incentives.hiddenHint')}>
      <Tag icon={<LockOutlined />} data-testid="hidden-value">{t('incentives.hidden')}</Tag>
    </Tooltip>
  );
}

export function None() {
  return <Typography.Text type="secondary">—</Typography.Text>;
}

export function MoneyText({ value, currency, hidden, testId }: { value: number | null | undefined; currency: string; hidden?: boolean; testId?: string }) {
  const { locale } = useCadre();
  if (hidden) return <HiddenTag />;
  if (value === null || value === undefined) return <None />;
  return <span data-testid={testId} data-minor={value} style={{ whiteSpace: 'nowrap' }}>{formatMoney(value, currency, locale)}</span>;
}

/** Scores on the 1–5 scale with up to two decimals. */
export const score = (value: number | null | undefined) => (value === null || value === undefined ? '—' : String(Math.round(value * 100) / 100));
/** A model number (ω, c, λ) with up to six significant digits. */
export const num = (value: number | null | undefined) => (value === null || value === undefined ? '—' : String(Number(value.toPrecision(6))));

const CYCLE_COLORS: Record<string, string> = { draft: 'default', open: 'processing', calibrating: 'warning', finalised: 'success' };
const AWARD_COLORS: Record<string, string> = { nominated: 'processing', approved: 'gold', rejected: 'default', paid: 'success' };
const GRANT_COLORS: Record<string, string> = { proposed: 'processing', granted: 'success', cancelled: 'default' };
const POOL_COLORS: Record<string, string> = { draft: 'default', approved: 'processing', published: 'success', scenario: 'purple', superseded: 'default' };

export function CycleStatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={CYCLE_COLORS[status] ?? 'default'} data-testid="cycle-status">{t(`incentives.cycleStatus.${status}`)}</Tag>;
}

export function PoolStatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={POOL_COLORS[status] ?? 'default'} data-testid="pool-status">{t(`incentives.poolStatus.${status}`)}</Tag>;
}

export function AwardStatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={AWARD_COLORS[status] ?? 'default'} data-testid="award-status">{t(`incentives.awardStatus.${status}`)}</Tag>;
}

export function GrantStatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={GRANT_COLORS[status] ?? 'default'} data-testid="grant-status">{t(`incentives.grantStatus.${status}`)}</Tag>;
}

export function BoundTag({ bound }: { bound: number | null | undefined }) {
  const t = useT();
  if (bound === -1) return <Tag color="orange">{t('incentives.bound.floor')}</Tag>;
  if (bound === 1) return <Tag color="red">{t('incentives.bound.cap')}</Tag>;
  return <Typography.Text type="secondary">{t('incentives.bound.none')}</Typography.Text>;
}

export function LoadFailed({ error, retry }: { error: Error | null; retry(): void }) {
  const t = useT();
  return <Result status="warning" title={t('incentives.error')} subTitle={error?.message} extra={<Button onClick={retry}>{t('incentives.retry')}</Button>} />;
}

export function Problems({ errors }: { errors: string[] }) {
  if (!errors.length) return null;
  return <Alert type="error" showIcon title={errors.join('; ')} role="alert" style={{ marginBottom: 16 }} data-testid="problems" />;
}

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
      void message.error(errorText(result.errors) || t('incentives.error'));
    } catch (error) {
      void message.error((error as Error).message);
    }
    return null;
  };
}

export const errorText = (errors: readonly GraphQLErrorEntry[]) => errors.map((e) => e.message).join('; ');

export function Section({ title, extra, children }: { title: ReactNode; extra?: ReactNode; children: ReactNode }) {
  return (
    <div style={{ marginBottom: 24 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>{title}</Typography.Title>
        {extra}
      </div>
      {children}
    </div>
  );
}

/** A link inside the console (client-side navigation through the SDK). */
export function NavLink({ to, children, testId }: { to: string; children: ReactNode; testId?: string }) {
  const { navigate } = useCadre();
  return (
    <a href={to} data-testid={testId} onClick={(e) => { if (e.button === 0 && !e.metaKey && !e.ctrlKey) { e.preventDefault(); navigate(to); } }}>
      {children}
    </a>
  );
}

/** Downloads the CSV export `id` with these variables (the list's filters): the file holds what the page shows. */
export function ExportButton({ id, variables }: { id: string; variables?: Record<string, unknown> }) {
  const { exportCsv } = useCadre();
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const onClick = () => {
    setBusy(true);
    exportCsv(id, variables).catch((error: Error) => void message.error(t('incentives.exportFailed', { reason: error.message }))).finally(() => setBusy(false));
  };
  return <Button icon={<DownloadOutlined />} loading={busy} onClick={onClick} data-testid={`export-${id}`}>{t('incentives.exportCsv')}</Button>;
}
