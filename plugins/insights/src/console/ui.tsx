// Small pieces the insights pages share: links, load failures, mutations with toasts, notes.
import { useCadre, type GraphQLErrorEntry, type GraphQLResult } from '@cadre/sdk/console';
import { Alert, App, Button, Result, Typography } from 'antd';
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
  return <Result status="warning" title={t('insights.error')} subTitle={error?.message} extra={<Button onClick={retry}>{t('insights.retry')}</Button>} />;
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
      void message.error(errorText(result.errors) || t('insights.error'));
    } catch (error) {
      void message.error((error as Error).message);
    }
    return null;
  };
}

/** How a number is computed, shown next to it. */
export function Method({ text, title }: { text: string; title: string }) {
  return <Alert type="info" showIcon data-testid="method" title={title} description={<Typography.Text style={{ fontSize: 13 }}>{text}</Typography.Text>} style={{ marginBottom: 16 }} />;
}

/** A number or a dash, with a fixed number of decimals. */
export const num = (v: number | null | undefined, digits = 1) => (v === null || v === undefined ? '—' : v.toFixed(digits));
