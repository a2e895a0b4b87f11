import { useCadre } from '@cadre/sdk/console';
import { Alert, Button, Progress, Result, Space, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Job } from '../jobs/job-state';
import { JobStateTag } from '../jobs/JobStateTag';
import { parseReport, type ImportReport } from './import-report';

/** The import job while it is queued, running or waiting to retry: the server's own progress. */
export function ImportRunning({ job, rows }: { job: Job | undefined; rows: number | null }) {
  const { t } = useCadre();
  // Before the first answer (or after a reload, when the file is gone) the row count is unknown.
  const text = !job || job.state === 'waiting' ? t('import.queued') : rows ? t('import.running', { rows }) : t('import.runningUnknown');
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 720 }} data-testid="import-running">
      <Space>
        <Typography.Text>{text}</Typography.Text>
        {job && <JobStateTag state={job.state} />}
      </Space>
      <Progress aria-label={t('jobs.progress')} percent={job?.progress ?? 0} status="active" data-testid="import-progress" />
      {job?.state === 'delayed' && <Alert type="warning" showIcon title={t('import.retrying', { attempts: job.attempts })} description={job.error} />}
      <Typography.Text type="secondary">{t('import.background')}</Typography.Text>
    </Space>
  );
}

interface OutcomeProps {
  job: Job | undefined;
  /** Why there is no job to show: startPeopleImport refused, or `job(id)` failed (e.g. an unknown id). */
  failure: string | null;
  onAgain(): void;
}

/** The last step: the report of a completed job, or why the import did not finish. */
export function ImportOutcome({ job, failure, onAgain }: OutcomeProps) {
  const { t, can } = useCadre();
  const again = <Button key="again" onClick={onAgain}>{t('import.again')}</Button>;
  if (!job || failure) return <Result status="error" title={t('common.error')} subTitle={failure} extra={again} />;
  if (job.state === 'failed') {
    const jobs = can('jobs.read') && <Link key="jobs" to="/jobs?state=failed"><Button>{t('import.seeJobs')}</Button></Link>;
    return (
      <Result status="error" title={t('import.jobFailed', { attempts: job.attempts })} subTitle={<span data-testid="import-job-error">{job.error}</span>} extra={[again, jobs]}>
        <Progress aria-label={t('jobs.progress')} percent={job.progress} status="exception" />
      </Result>
    );
  }
  const report = parseReport(job.result);
  if (!report) return <Result status="error" title={t('common.error')} subTitle={t('import.noReport')} extra={again} />;
  return <ReportView report={report} again={again} />;
}

function ReportView({ report, again }: { report: ImportReport; again: ReactNode }) {
  const { t } = useCadre();
  if (!report.errors.length) {
    return (
      <Result status="success" title={t('import.success', { imported: report.imported, rows: report.rows })}
        extra={[<Link key="people" to="/people"><Button type="primary">{t('nav.people')}</Button></Link>, again]}>
        <Progress aria-label={t('jobs.progress')} percent={100} />
      </Result>
    );
  }
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="import-report">
      <Alert type="error" showIcon title={t('import.failed', { count: report.errors.length, rows: report.rows })} />
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
