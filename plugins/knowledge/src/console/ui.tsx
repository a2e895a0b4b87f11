// Small pieces the knowledge pages share: links, tags, load failures, mutations with toasts.
import { LockOutlined } from '@ant-design/icons';
import { useCadre, type GraphQLErrorEntry, type GraphQLResult } from '@cadre/sdk/console';
import { Alert, App, Button, Flex, Result, Space, Tag, Tooltip, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useT } from './i18n.js';
import type { KnowledgePerson } from './types.js';

/** A value the API withheld (null + FORBIDDEN on its path): a lock tag, never an empty cell. */
export function HiddenTag() {
  const t = useT();
  return (
    <Tooltip title={t('knowledge.hiddenHint')}>
      <Tag icon={<LockOutlined />} data-testid="hidden-value">{t('knowledge.hidden')}</Tag>
    </Tooltip>
  );
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

export function People({ people }: { people: readonly KnowledgePerson[] }) {
  return <Space size={[4, 0]} wrap separator={<span>·</span>}>{people.map((p) => <NavLink key={p.id} to={`/people/${p.id}`}>{p.name}</NavLink>)}</Space>;
}

export function LoadFailed({ error, retry }: { error: Error | null; retry(): void }) {
  const t = useT();
  return <Result status="warning" title={t('knowledge.error')} subTitle={error?.message} extra={<Button onClick={retry}>{t('knowledge.retry')}</Button>} />;
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
      void message.error(errorText(result.errors) || t('knowledge.error'));
    } catch (error) {
      void message.error((error as Error).message);
    }
    return null;
  };
}

const KIND_COLORS: Record<string, string> = { PAPER: 'geekblue', PATENT: 'purple', TECH_BLOG: 'cyan', DESIGN_DOC: 'blue', BEST_PRACTICE: 'green', POST_MORTEM: 'volcano' };
export function KindTag({ kind }: { kind: string }) {
  const t = useT();
  return <Tag color={KIND_COLORS[kind] ?? 'default'} data-testid="item-kind">{t(`knowledge.kind.${kind}`)}</Tag>;
}

const VISIBILITY_COLORS: Record<string, string> = { PRIVATE: 'default', UNIT: 'gold', TENANT: 'green' };
export function VisibilityTag({ visibility }: { visibility: string }) {
  const t = useT();
  return <Tooltip title={t(`knowledge.visibilityHint.${visibility}`)}><Tag color={VISIBILITY_COLORS[visibility] ?? 'default'}>{t(`knowledge.visibility.${visibility}`)}</Tag></Tooltip>;
}

const TALK_COLORS: Record<string, string> = { SCHEDULED: 'processing', HELD: 'success', CANCELLED: 'default' };
export function TalkStatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={TALK_COLORS[status] ?? 'default'}>{t(`knowledge.talkStatus.${status}`)}</Tag>;
}

export function Muted({ children }: { children: ReactNode }) {
  return <Typography.Text type="secondary" style={{ fontSize: 12 }}>{children}</Typography.Text>;
}

/** A date or timestamp as YYYY-MM-DD (HH:mm when `time`), in the browser's time zone for timestamps. */
export function when(iso: string | null | undefined, time = false): string {
  if (!iso) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return time ? `${day} ${pad(d.getHours())}:${pad(d.getMinutes())}` : day;
}

/** Reads a query-string parameter of the current page (deep links such as /knowledge/search?q=…). */
export const queryParam = (name: string): string | null => new URLSearchParams(window.location.search).get(name);

/** A score's formula: the localised text, and the server's own wording when it differs. */
export function Formula({ server, local }: { server: string; local: string }) {
  const t = useT();
  return (
    <Alert
      type="info"
      showIcon
      data-testid="formula"
      title={t('knowledge.formula')}
      description={<Flex vertical gap={4}><Typography.Text style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 13 }}>{local}</Typography.Text>{local !== server && <Muted>{server}</Muted>}</Flex>}
      style={{ marginBottom: 16 }}
    />
  );
}
