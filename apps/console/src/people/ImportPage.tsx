import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useCadre, useCadreMutation } from '@cadre/sdk/console';
import { useQueryClient } from '@tanstack/react-query';
import { Page } from '@cadre/sdk/console/kit';
import { Alert, Button, Space, Steps, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { isRunning } from '../jobs/job-state';
import { useJob } from '../jobs/useJob';
import { StartPeopleImportDocument } from './documents';
import { dataRows, parseReport } from './import-report';
import { ImportOutcome, ImportRunning } from './ImportOutcome';

// The columns the people import reads (README: "People CSV columns").
const COLUMNS = ['name', 'email', 'title', 'level', 'track', 'manager_email', 'org_unit_id', 'location', 'hire_date', 'status', 'comp_base', 'comp_currency'];
const TEMPLATE = `${COLUMNS.join(',')}\nAda Lovelace,ada@example.com,Research Scientist,P6,ic,,,Beijing,2025-01-06,active,90000000,CNY\n`;

/**
 * People CSV import as a background job: the file is previewed here, `startPeopleImport` queues
 * it, and the job's id goes into the URL (`?job=`) so a reload or a shared link follows the same
 * job. The page asks for the job until it has finished, then shows its report.
 */
export default function ImportPage() {
  const { t } = useCadre();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job');
  const start = useCadreMutation(StartPeopleImportDocument, { invalidates: [['Jobs']] });
  const job = useJob(jobId);
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const rows = file ? dataRows(file.csv) : 0;
  const state = job.data?.state;
  const failure = refused ?? job.error?.message ?? null;
  const finished = !!failure || (!!state && !isRunning(state));
  const step = finished ? 2 : start.isPending || jobId ? 1 : 0;
  const report = state === 'completed' ? parseReport(job.data?.result) : null;
  const failed = !!failure || state === 'failed' || (state === 'completed' && (!report || report.errors.length > 0));

  // New people change the directory, the dashboard's headcounts and more: refresh what is cached
  // once the job has written them (not when it was queued).
  const created = state === 'completed' && !!report?.imported;
  useEffect(() => {
    if (created) void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'Job' });
  }, [created, queryClient]);

  const run = async () => {
    if (!file) return;
    setRefused(null);
    try {
      const result = await start.mutate({ csv: file.csv });
      if (result.data) setParams({ job: result.data.startPeopleImport.id });
      else setRefused(result.errors.map((e) => e.message).join('; '));
    } catch (error) {
      setRefused((error as Error).message);
    }
  };
  const reset = () => {
    setFile(null);
    setRefused(null);
    setParams({});
  };
  const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`;

  return (
    <Page title={t('page.import')}>
      <Steps current={step} status={failed ? 'error' : step === 2 ? 'finish' : 'process'} style={{ marginBottom: 24, maxWidth: 720 }}
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
      {step === 1 && <ImportRunning job={job.data} rows={file ? rows : null} />}
      {step === 2 && <ImportOutcome job={job.data} failure={failure} onAgain={reset} />}
    </Page>
  );
}
