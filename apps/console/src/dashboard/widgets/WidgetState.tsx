import { useCadre } from '@cadre/sdk/console';
import { Button, Empty, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  isLoading: boolean;
  error: Error | null;
  empty: boolean;
  retry(): void;
  children: ReactNode;
}

/** The loading, error and empty states every data widget shares. */
export function WidgetState({ isLoading, error, empty, retry, children }: Props) {
  const { t } = useCadre();
  if (isLoading) return <Skeleton active />;
  if (error) return <Result status="warning" title={t('dashboard.widgetFailed')} subTitle={error.message} style={{ padding: 16 }} extra={<Button onClick={retry}>{t('common.retry')}</Button>} />;
  if (empty) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.empty')} />;
  return <>{children}</>;
}
