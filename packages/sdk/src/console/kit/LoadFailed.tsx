import { Alert, Button, Result } from 'antd';
import { useCadre } from '../context.js';

/**
 * A query that failed: the reason and a retry. In place of the content by default; `compact` is
 * a line above the rest of the page, for a secondary query (a filter's options, a side chart)
 * whose failure leaves the page usable.
 */
export function LoadFailed({ error, retry, compact = false }: { error: Error | null; retry(): void; compact?: boolean }) {
  const { t } = useCadre();
  const again = <Button size={compact ? 'small' : 'middle'} onClick={retry}>{t('common.retry')}</Button>;
  if (compact) return <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('common.error')} description={error?.message} action={again} data-testid="load-failed" />;
  return <Result status="warning" title={t('common.error')} subTitle={error?.message} extra={again} />;
}
