import { ReloadOutlined } from '@ant-design/icons';
import { useCadre, useCadreMutation } from '@cadre/sdk/console';
import { Page } from '@cadre/sdk/console/kit';
import { Alert, App, Button, Empty, Flex, Progress, Segmented, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { RetryJobDocument } from './documents';
import { JOB_STATES, isJobState, isRunning, type Job } from './job-state';
import { JobStateTag } from './JobStateTag';
import { useJobs } from './useJobs';

const ALL = 'all';
const time = (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm:ss') : null);

/** The tenant's background jobs for holders of jobs.read; holders of jobs.manage retry failed ones. */
export default function JobsPage() {
  const { t, can } = useCadre();
  const { message } = App.useApp();
  // The state filter lives in the URL, so a reload or a shared link ("?state=failed") keeps it.
  const [params, setParams] = useSearchParams();
  const raw = params.get('state');
  const state = isJobState(raw) ? raw : null;
  const jobs = useJobs(state);
  const retry = useCadreMutation(RetryJobDocument, { invalidates: [['Jobs'], ['Job']] });
  const [retrying, setRetrying] = useState<string | null>(null);
  const mayRetry = can('jobs.manage');
  const running = jobs.data?.some((job) => isRunning(job.state)) ?? false;

  // A job type '<plugin>.<name>' is named by the core (jobs.type.<type>) or by its plugin (<plugin>.job.<name>).
  const label = (type: string) => {
    const dot = type.indexOf('.');
    for (const key of [`jobs.type.${type}`, `${type.slice(0, dot)}.job.${type.slice(dot + 1)}`]) {
      const text = t(key);
      if (text !== key) return text;
    }
    return type;
  };

  const runAgain = async (job: Job) => {
    setRetrying(job.id);
    try {
      const result = await retry.mutate({ id: job.id });
      if (result.data) void message.success(t('jobs.retried', { name: label(job.type) }));
      else void message.error(result.errors.map((e) => e.message).join('; '));
    } catch (error) {
      void message.error((error as Error).message);
    } finally {
      setRetrying(null);
    }
  };

  const filter = (value: string) => {
    const next = new URLSearchParams(params);
    if (value === ALL) next.delete('state');
    else next.set('state', value);
    setParams(next);
  };

  return (
    <Page
      title={t('nav.jobs')}
      extra={
        <Flex gap={12} align="center">
          {running && <Typography.Text type="secondary" data-testid="jobs-auto-refresh">{t('jobs.autoRefresh')}</Typography.Text>}
          <Button icon={<ReloadOutlined />} onClick={() => void jobs.refetch()} loading={jobs.isFetching && !jobs.isLoading}>{t('jobs.refresh')}</Button>
        </Flex>
      }
    >
      <Segmented
        style={{ marginBottom: 16 }}
        value={state ?? ALL}
        onChange={(value) => filter(String(value))}
        options={[{ value: ALL, label: t('jobs.all') }, ...JOB_STATES.map((s) => ({ value: s, label: t(`jobs.state.${s}`) }))]}
      />
      {jobs.error && <Alert type="error" showIcon title={jobs.error.message} style={{ marginBottom: 16 }} />}
      <Table<Job>
        rowKey="id"
        size="middle"
        loading={jobs.isLoading}
        dataSource={jobs.data ?? []}
        pagination={false}
        // The fixed columns alone are wider than 960 px: the error column got what was left (30 px
        // at 1280). Each column has a width and the table scrolls sideways instead.
        scroll={{ x: 'max-content' }}
        tableLayout="fixed"
        locale={{ emptyText: <Empty description={state ? t('jobs.emptyState', { state: t(`jobs.state.${state}`) }) : t('jobs.empty')} /> }}
        columns={[
          {
            title: t('jobs.type'), dataIndex: 'type', width: 160,
            // An import's own page shows its report; open it from here when the viewer may import.
            render: (type: string, job) => (type === 'people.import' && can('people.import') ? <Link to={`/people/import?job=${job.id}`}>{label(type)}</Link> : label(type)),
          },
          { title: t('jobs.state'), dataIndex: 'state', width: 120, render: (s: string) => <JobStateTag state={s} /> },
          {
            title: t('jobs.progress'), dataIndex: 'progress', width: 160,
            render: (p: number, job) => <Progress aria-label={t('jobs.progress')} size="small" percent={p} status={job.state === 'failed' ? 'exception' : job.state === 'completed' ? 'success' : isRunning(job.state) ? 'active' : 'normal'} />,
          },
          { title: t('jobs.attempts'), dataIndex: 'attempts', width: 110, align: 'right' },
          { title: t('jobs.created'), dataIndex: 'createdAt', width: 180, render: time },
          { title: t('jobs.finished'), dataIndex: 'finishedAt', width: 180, render: (at: string | null) => time(at) ?? t('common.none') },
          {
            title: t('jobs.error'), dataIndex: 'error', width: 320,
            render: (error: string | null) => (error ? <Typography.Text type="danger" ellipsis={{ tooltip: error }} style={{ maxWidth: 320 }} data-testid="job-error">{error}</Typography.Text> : t('common.none')),
          },
          ...(mayRetry
            ? [{
                key: 'actions', width: 110,
                render: (_: unknown, job: Job) => job.state === 'failed' && (
                  <Button size="small" onClick={() => void runAgain(job)} loading={retrying === job.id}>{t('common.retry')}</Button>
                ),
              }]
            : []),
        ]}
      />
    </Page>
  );
}
