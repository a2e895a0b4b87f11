import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useCadre, useCadreMutation } from '@cadre/sdk/console';
import { Alert, Button, Card, Progress, Result, Space, Steps, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ImportPeopleMutation } from '../gql/graphql';
import { ImportPeopleDocument } from './documents';

// The columns `importPeople` reads (README: "People CSV columns").
const COLUMNS = ['name', 'email', 'title', 'level', 'track', 'manager_email', 'org_unit_id', 'location', 'hire_date', 'status', 'comp_base', 'comp_currency'];
const TEMPLATE = `${COLUMNS.join(',')}\nAda Lovelace,ada@example.com,Research Scientist,P6,ic,,,Beijing,2025-01-06,active,90000000,CNY\n`;

type Report = ImportPeopleMutation['importPeople'];

/** Data lines of a CSV (header excluded), for the preview before importing. */
export const dataRows = (csv: string) => Math.max(0, csv.split(/\r?\n/).filter((line) => line.trim()).length - 1);

export default function ImportPage() {
  const { t } = useCadre();
  const importPeople = useCadreMutation(ImportPeopleDocument);
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const step = report || failure ? 2 : importPeople.isPending ? 1 : 0;
  const rows = file ? dataRows(file.csv) : 0;

  const run = async () => {
    if (!file) return;
    setFailure(null);
    try {
      const result = await importPeople.mutate({ csv: file.csv });
      if (result.data) setReport(result.data.importPeople);
      else setFailure(result.errors.map((e) => e.message).join('; '));
    } catch (error) {
      setFailure((error as Error).message);
    }
  };
  const reset = () => {
    setFile(null);
    setReport(null);
    setFailure(null);
  };
  const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`;

  return (
    <Card title={t('page.import')}>
      <Steps current={step} status={report?.errors.length || failure ? 'error' : step === 2 ? 'finish' : 'process'} style={{ marginBottom: 24, maxWidth: 720 }}
        items={[{ title: t('import.step.choose') }, { title: t('import.step.import') }, { title: t('import.step.report') }]} />
      {step === 0 && (
        <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 880 }}>
          <Typography.Paragraph>{t('import.intro')}</Typography.Paragraph>
          <Typography.Paragraph>
            {t('import.columns')}: <Typography.Text code>{COLUMNS.join(',')}</Typography.Text>{' '}
            <a href={templateHref} download="cadre-people.csv"><DownloadOutlined /> {t('import.template')}</a>
          </Typography.Paragraph>
          <Upload.Dragger
            accept=".csv,text/csv"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(f) => {
              void f.text().then((csv) => setFile({ name: f.name, csv }));
              return false;
            }}
          >
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p className="ant-upload-text">{t('import.drop')}</p>
          </Upload.Dragger>
          {file && <Alert type="info" showIcon title={t('import.fileInfo', { name: file.name, rows })} data-testid="import-file" />}
          <Button type="primary" disabled={!file || rows === 0} onClick={() => void run()}>{t('import.start')}</Button>
        </Space>
      )}
      {step === 1 && (
        <Space orientation="vertical" style={{ width: '100%', maxWidth: 720 }}>
          <Typography.Text>{t('import.running', { rows })}</Typography.Text>
          {/* One all-or-nothing request: the bar shows it is under way, not a made-up percentage. */}
          <Progress percent={100} status="active" showInfo={false} />
        </Space>
      )}
      {step === 2 && <ImportReport report={report} failure={failure} onAgain={reset} />}
    </Card>
  );
}

function ImportReport({ report, failure, onAgain }: { report: Report | null; failure: string | null; onAgain(): void }) {
  const { t } = useCadre();
  const again = <Button onClick={onAgain}>{t('import.again')}</Button>;
  if (!report) return <Result status="error" title={t('common.error')} subTitle={failure} extra={again} />;
  if (!report.errors.length) {
    return (
      <Result status="success" title={t('import.success', { imported: report.imported, rows: report.rows })}
        extra={[<Link key="people" to="/people"><Button type="primary">{t('nav.people')}</Button></Link>, <span key="again">{again}</span>]}>
        <Progress percent={100} />
      </Result>
    );
  }
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="import-report">
      <Alert type="error" showIcon title={t('import.failed', { count: report.errors.length, rows: report.rows })} />
      <Progress percent={report.rows ? Math.round((report.imported / report.rows) * 100) : 0} status="exception" />
      <Table
        size="small"
        rowKey={(e) => `${e.row}:${e.field}:${e.message}`}
        pagination={report.errors.length > 20 ? { pageSize: 20 } : false}
        dataSource={[...report.errors].sort((a, b) => a.row - b.row)}
        columns={[
          { title: t('import.row'), dataIndex: 'row', width: 80 },
          { title: t('import.field'), dataIndex: 'field', width: 160, render: (f: string) => <Typography.Text code>{f}</Typography.Text> },
          { title: t('import.message'), dataIndex: 'message' },
        ]}
      />
      {again}
    </Space>
  );
}
