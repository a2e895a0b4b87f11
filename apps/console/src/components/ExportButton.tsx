import { DownloadOutlined } from '@ant-design/icons';
import { useCadre } from '@cadre/sdk/console';
import { App, Button } from 'antd';
import { useState } from 'react';

/** Downloads the CSV export `id` with the list's current filters: the file holds what the page shows. */
export function ExportButton({ id, variables }: { id: string; variables?: Record<string, unknown> }) {
  const { t, exportCsv } = useCadre();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    try {
      await exportCsv(id, variables);
    } catch (error) {
      void message.error(t('export.failed', { reason: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  return <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void onClick()} data-testid={`export-${id}`}>{t('export.csv')}</Button>;
}
