import { isJobRunning, jobResult, useCadreJob, useCadreMutation } from '@cadre/sdk/console';
import { errorText } from '@cadre/sdk/console/kit';
import { Alert, App, Button, Popconfirm, Progress } from 'antd';
import { useEffect } from 'react';
import { START_ALLOCATION } from './api.js';
import { useT } from './i18n.js';

/**
 * Recomputes a draft pool's (or scenario's) allocation as a job — a pool of thousands takes a
 * while. The job's id stays in the URL, so a reload keeps following it; when it ends the page's
 * data is asked again.
 */
export function RecomputeButton({ poolId, onStarted }: { poolId: string; onStarted: (jobId: string) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const start = useCadreMutation(START_ALLOCATION, { invalidates: [] });
  const onConfirm = async () => {
    const result = await start.mutate({ id: poolId });
    if (result.data) onStarted(result.data.startBonusPoolAllocation.id);
    else void message.error(errorText(result.errors) || t('incentives.error'));
  };
  return (
    <Popconfirm title={t('incentives.confirmAction', { action: t('incentives.pool.recompute') })} okText={t('incentives.confirm')} cancelText={t('incentives.cancel')} onConfirm={() => void onConfirm()}>
      <Button loading={start.isPending} data-testid="recompute-pool">{t('incentives.pool.recompute')}</Button>
    </Popconfirm>
  );
}

/** The running job's progress, then its outcome; `onDone` once it completed. */
export function AllocationJobStatus({ jobId, onDone }: { jobId: string; onDone: () => void }) {
  const t = useT();
  const { job } = useCadreJob(jobId);
  const done = jobResult<{ version: number | null; members: number }>(job);
  useEffect(() => {
    if (done) onDone();
  }, [done?.version, done?.members]);
  if (!job) return null;
  if (isJobRunning(job.state)) {
    return (
      <Alert type="info" showIcon style={{ marginBottom: 16 }} data-testid="allocation-job" title={t('incentives.pool.recomputing')}
        description={<Progress aria-label={t('incentives.pool.recomputing')} percent={job.progress} status="active" />} />
    );
  }
  if (job.state === 'failed') return <Alert type="error" showIcon style={{ marginBottom: 16 }} data-testid="allocation-job" title={t('incentives.pool.recomputeFailed')} description={job.error} />;
  return <Alert type="success" showIcon closable style={{ marginBottom: 16 }} data-testid="allocation-job" title={t('incentives.pool.recomputed', { version: done?.version ?? '—', members: done?.members ?? 0 })} />;
}
