import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Result, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useCadre } from '../context.js';

/** What an all-or-nothing CSV import answers: with any error, nothing was written. */
export interface CsvImportReport {
  rows: number;
  imported: number;
  errors: ReadonlyArray<{ row: number; field: string; message: string }>;
}

export interface CsvImportButtonProps<R extends CsvImportReport = CsvImportReport> {
  /** For the test id (`import-<id>`). */
  id: string;
  label: string;
  title: string;
  /** The columns the import reads, in the template's order. */
  columns: readonly string[];
  /** A template file: the header and an example row. */
  template: string;
  fileName: string;
  /** Sends the file; resolves with the report, rejects when the import was refused as a whole. */
  importCsv(csv: string): Promise<R>;
  /** After rows were written: refresh what shows them. */
  onImported?(report: R): void;
  /** More about a successful import than "imported n of m" (e.g. "3 created, 2 updated"). */
  describe?(report: R): string;
}

const dataRows = (csv: string) => Math.max(0, csv.split(/\r?\n/).filter((line) => line.trim()).length - 1);

/**
 * A button that opens a CSV import: the columns and a template, the file chosen or dropped, then
 * the report — every problem by row and column when nothing was imported. Texts are the console's.
 */
export function CsvImportButton<R extends CsvImportReport>({ id, label, title, columns, template, fileName, importCsv, onImported, describe }: CsvImportButtonProps<R>) {
  const { t } = useCadre();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<R | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const reset = () => { setFile(null); setReport(null); setRefused(null); };
  const close = () => { setOpen(false); reset(); };
  const run = async () => {
    if (!file) return;
    setBusy(true);
    setRefused(null);
    try {
      const answer = await importCsv(file.csv);
      setReport(answer);
      if (!answer.errors.length) onImported?.(answer);
    } catch (error) {
      setRefused((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const again = <Button key="again" onClick={reset}>{t('import.again')}</Button>;
  const footer = report
    ? [again, <Button key="close" type="primary" onClick={close}>{t('common.close')}</Button>]
    : [<Button key="cancel" onClick={close}>{t('common.cancel')}</Button>, <Button key="run" type="primary" disabled={!file} loading={busy} onClick={() => void run()} data-testid={`import-${id}-run`}>{t('import.start')}</Button>];

  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid={`import-${id}`}>{label}</Button>
      <Modal open={open} title={title} width={760} onCancel={close} footer={footer} destroyOnHidden>
        {report ? (
          report.errors.length ? (
            <Space orientation="vertical" style={{ width: '100%' }} data-testid={`import-${id}-report`}>
              <Alert type="error" showIcon title={t('import.failed', { count: report.errors.length, rows: report.rows })} />
              <Table rowKey={(e) => `${e.row}:${e.field}:${e.message}`} size="small" pagination={report.errors.length > 10 ? { pageSize: 10 } : false} dataSource={[...report.errors]}
                columns={[
                  { title: t('import.row'), dataIndex: 'row', width: 70 },
                  { title: t('import.field'), dataIndex: 'field', width: 160 },
                  { title: t('import.message'), dataIndex: 'message' },
                ]} />
            </Space>
          ) : (
            <Result status="success" title={t('import.success', { imported: report.imported, rows: report.rows })} subTitle={describe?.(report)} data-testid={`import-${id}-report`} />
          )
        ) : (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Typography.Paragraph>{t('import.intro')}</Typography.Paragraph>
            <Typography.Paragraph>
              {t('import.columns')}: <Typography.Text code>{columns.join(',')}</Typography.Text>{' '}
              <a href={`data:text/csv;charset=utf-8,${encodeURIComponent(template)}`} download={fileName}><DownloadOutlined /> {t('import.template')}</a>
            </Typography.Paragraph>
            <Upload.Dragger accept=".csv,text/csv" maxCount={1} showUploadList={false}
              beforeUpload={(f) => { void f.text().then((csv) => { setFile({ name: f.name, csv }); setRefused(null); }); return false; }}>
              <p className="ant-upload-drag-icon"><InboxOutlined /></p>
              <p className="ant-upload-text">{t('import.drop')}</p>
            </Upload.Dragger>
            {file && <Typography.Text data-testid={`import-${id}-file`}>{t('import.fileInfo', { name: file.name, rows: dataRows(file.csv) })}</Typography.Text>}
            {refused && <Alert type="error" showIcon title={refused} data-testid={`import-${id}-refused`} />}
          </Space>
        )}
      </Modal>
    </>
  );
}
