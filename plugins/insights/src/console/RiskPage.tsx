// Attrition risk: the model (held-out AUC against the baseline, calibration), training as a job
// with progress that survives a reload (?job=), and the highest risks, each explained in words.
import { AlertOutlined, ExperimentOutlined } from '@ant-design/icons';
import { isJobRunning, jobResult, useCadre, useCadreJob, useCadreMutation, useCadreQuery, useJobInUrl } from '@cadre/sdk/console';
import { LoadFailed, Method, Page, useRun } from '@cadre/sdk/console/kit';
import { Chart } from '@cadre/sdk/console/chart';
import { Alert, Button, Card, Descriptions, Flex, List, Progress, Space, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { RISKS, TRAIN } from './api.js';
import { useT } from './i18n.js';
import type { PersonRisk, RiskModel } from './types.js';
import { num } from './format.js';

function ModelCard({ model }: { model: RiskModel }) {
  const t = useT();
  return (
    <Flex gap={24} wrap>
      <Descriptions size="small" column={1} style={{ minWidth: 320, flex: 1 }} data-testid="risk-model">
        <Descriptions.Item label={t('insights.risk.version')}>{model.version} · {t(`insights.risk.kind.${model.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('insights.risk.auc')}>{num(model.auc, 3)} ({t(`insights.risk.kind.${model.otherKind}`)}: {num(model.otherAuc, 3)})</Descriptions.Item>
        <Descriptions.Item label={t('insights.risk.brier')}>{num(model.brier, 3)}</Descriptions.Item>
        <Descriptions.Item label={t('insights.risk.rows')}>{t('insights.risk.rowsValue', { rows: model.trainingRows, leavers: model.positives, holdout: model.holdoutRows })}</Descriptions.Item>
        <Descriptions.Item label={t('insights.risk.trainedAt')}>{model.trainedAt.slice(0, 16).replace('T', ' ')}</Descriptions.Item>
      </Descriptions>
      <div style={{ flex: 1, minWidth: 300 }}>
        <Chart ariaLabel={t('insights.risk.calibration')} height={220} option={{
          tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 40, right: 10, top: 30, bottom: 30 },
          xAxis: { type: 'category', data: model.calibration.map((b) => `${Math.round(b.lower * 100)}–${Math.round(b.upper * 100)}%`) }, yAxis: { type: 'value', max: 1 },
          series: [
            { name: t('insights.risk.predicted'), type: 'bar', data: model.calibration.map((b) => b.meanPredicted) },
            { name: t('insights.risk.observed'), type: 'bar', data: model.calibration.map((b) => b.observedRate) },
          ],
        }} />
      </div>
    </Flex>
  );
}

function Factors({ risk }: { risk: PersonRisk }) {
  return (
    <List size="small" dataSource={risk.factors.slice(0, 5)} data-testid="risk-factors"
      renderItem={(f) => <List.Item><Space><Tag color={f.contribution >= 0 ? 'red' : 'green'}>{f.contribution >= 0 ? '+' : '−'}{Math.abs(f.contribution * 100).toFixed(1)}</Tag><Typography.Text>{f.words}</Typography.Text></Space></List.Item>} />
  );
}

export default function RiskPage() {
  const t = useT();
  const run = useRun();
  const { can } = useCadre();
  const [jobId, follow] = useJobInUrl('/insights/risk');
  const { job } = useCadreJob(jobId);
  const { data, error, isLoading, refetch } = useCadreQuery(RISKS, { first: 25 });
  const train = useCadreMutation(TRAIN);
  const running = !!job && isJobRunning(job.state);
  useEffect(() => { if (job?.state === 'completed') refetch(); }, [job?.state]);
  if (error && !data) return <LoadFailed error={error} retry={refetch} />;
  const model = data?.attritionRisks.model ?? null;
  const outcome = jobResult<{ trained: boolean; rows: number; leavers: number }>(job);

  return (
    <Page icon={<ExperimentOutlined />} title={t('insights.risk.modelTitle')}
      extra={can('insights.risk.train') && <Button type="primary" loading={train.isPending || running} onClick={async () => { const r = await run(train.mutate({}), null); if (r) follow(r.startRiskModelTraining.id); }} data-testid="train-model">{t('insights.risk.train')}</Button>}
      below={
        <Card title={<Space><AlertOutlined />{t('insights.risk.top')}</Space>}>
          <Table<PersonRisk> rowKey="personId" size="middle" loading={isLoading} dataSource={data?.attritionRisks.risks ?? []} pagination={false} data-testid="risks"
            locale={{ emptyText: model ? t('insights.risk.noneVisible') : t('insights.risk.noModel') }}
            expandable={{ expandedRowRender: (r) => <Factors risk={r} />, rowExpandable: () => true }}
            columns={[
              { title: t('insights.risk.person'), dataIndex: 'name' },
              { title: t('insights.risk.score'), width: 160, render: (_, r) => <Progress aria-label={t('insights.risk.score')} percent={Math.round(r.score * 100)} size="small" status={r.score > 0.5 ? 'exception' : 'normal'} /> },
              { title: t('insights.risk.mainFactor'), render: (_, r) => <Typography.Text type="secondary">{r.factors[0]?.words}</Typography.Text> },
            ]} />
        </Card>
      }>
      <Method title={t('insights.risk.methodTitle')} text={t('insights.risk.method')} />
      {job && <Progress aria-label={t('insights.risk.modelTitle')} percent={job.progress} status={job.state === 'failed' ? 'exception' : running ? 'active' : 'success'} data-testid="train-progress" />}
      {job?.state === 'failed' && <Alert type="error" showIcon title={t('insights.risk.trainFailed')} description={job.error} data-testid="train-failed" />}
      {outcome && !outcome.trained && <Alert type="warning" showIcon title={t('insights.risk.tooLittle', { rows: outcome.rows, leavers: outcome.leavers })} data-testid="too-little" />}
      {model ? <ModelCard model={model} /> : !isLoading && <Alert type="info" showIcon title={t('insights.risk.noModel')} data-testid="no-model" />}
    </Page>
  );
}
