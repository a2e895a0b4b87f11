// Small pieces the attraction pages share: hidden values, money, status tags, error handling.
import { DownloadOutlined, LockOutlined } from '@ant-design/icons';
import { formatMoney, useCadre, type GraphQLErrorEntry, type GraphQLResult } from '@cadre/sdk/console';
import { Alert, App, Button, Result, Tag, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useT } from './i18n.js';

/** A value the API withheld (null + FORBIDDEN on its path): a lock tag, never an empty cell. */
export function HiddenTag() {
  const t = useT();
  return (
    <Tooltip title={t('attraction.hiddenHint')}>
      <Tag icon={<LockOutlined />} data-testid="hidden-value">{t('attraction.hidden')}</Tag>
    </Tooltip>
  );
}

export function None() {
  return <Typography.Text type="secondary">—</Typography.Text>;
}

export function MoneyText({ value, currency, hidden }: { value: number | null | undefined; currency: string; hidden?: boolean }) {
  const { locale } = useCadre();
  if (hidden) return <HiddenTag />;
  if (value === null || value === undefined) return <None />;
  return <span data-minor={value} style={{ whiteSpace: 'nowrap' }}>{formatMoney(value, currency, locale)}</span>;
}

/** Money without the minor digits, for chart axes and big numbers. */
export function shortMoney(minor: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(minor / 100);
  } catch {
    return `${Math.round(minor / 100)} ${currency}`;
  }
}

export const pct = (v: number | null | undefined, digits = 0) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(digits)}%`);
export const ratio = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(2));

const REQ_COLORS: Record<string, string> = { draft: 'default', open: 'processing', rejected: 'error', filled: 'success', closed: 'default' };
const OFFER_COLORS: Record<string, string> = { 'pending-approval': 'warning', approved: 'processing', accepted: 'success', declined: 'default', refused: 'error', withdrawn: 'default' };
const STAGE_COLORS: Record<string, string> = { sourced: 'default', screen: 'cyan', interviews: 'blue', offer: 'purple', hired: 'success', rejected: 'error', withdrawn: 'default' };

export function RequisitionStatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={REQ_COLORS[status]} data-testid="requisition-status">{t(`attraction.reqStatus.${status}`)}</Tag>;
}

export function OfferStatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={OFFER_COLORS[status]} data-testid="offer-status">{t(`attraction.offerStatus.${status}`)}</Tag>;
}

export function StageTag({ stage }: { stage: string }) {
  const t = useT();
  return <Tag color={STAGE_COLORS[stage]} data-testid="stage">{t(`attraction.stage.${stage}`)}</Tag>;
}

export function LoadFailed({ error, retry }: { error: Error | null; retry(): void }) {
  const t = useT();
  return <Result status="warning" title={t('attraction.error')} subTitle={error?.message} extra={<Button onClick={retry}>{t('attraction.retry')}</Button>} />;
}

export function Problems({ errors }: { errors: string[] }) {
  if (!errors.length) return null;
  return <Alert type="error" showIcon title={errors.join('; ')} role="alert" style={{ marginBottom: 16 }} data-testid="problems" />;
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
      void message.error(errorText(result.errors) || t('attraction.error'));
    } catch (error) {
      void message.error((error as Error).message);
    }
    return null;
  };
}

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
    exportCsv(id, variables).catch((error: Error) => void message.error(t('attraction.exportFailed', { reason: error.message }))).finally(() => setBusy(false));
  };
  return <Button icon={<DownloadOutlined />} loading={busy} onClick={onClick} data-testid={`export-${id}`}>{t('attraction.exportCsv')}</Button>;
}
