import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useCadre } from '../context.js';

/** Downloads the CSV export `id` with these variables (the list's filters): the file holds what the page shows. */
export function ExportButton({ id, variables }: { id: string; variables?: Record<string, unknown> }) {
  const { t, exportCsv } = useCadre();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const onClick = () => {
    setBusy(true);
    exportCsv(id, variables).catch((error: Error) => void message.error(t('export.failed', { reason: error.message }))).finally(() => setBusy(false));
  };
  return <Button icon={<DownloadOutlined />} loading={busy} onClick={onClick} data-testid={`export-${id}`}>{t('export.csv')}</Button>;
}
