import { Button, Result } from 'antd';
import { useCadre } from '../context.js';

/** A query that failed as a whole: the reason and a retry, in place of the content. */
export function LoadFailed({ error, retry }: { error: Error | null; retry(): void }) {
  const { t } = useCadre();
  return <Result status="warning" title={t('common.error')} subTitle={error?.message} extra={<Button onClick={retry}>{t('common.retry')}</Button>} />;
}
