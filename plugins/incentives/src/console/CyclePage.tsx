import { type ConsolePageProps, useCadre, useCadreQuery } from '@cadre/sdk/console';
import { ExportButton, LoadFailed, Page, PageLoading, Section } from '@cadre/sdk/console/kit';
import { Chart } from '@cadre/sdk/console/chart';
import { EditOutlined } from '@ant-design/icons';
import { Button, Col, Descriptions, Progress, Row, Space, Statistic, Table } from 'antd';
import { useState } from 'react';
import { CYCLE_ONE } from './api.js';
import { BandsTable } from './BandsTable.js';
import { CycleActions } from './CycleActions.js';
import { CycleFormModal } from './CycleFormModal.js';
import { CycleReviewsTable } from './CycleReviewsTable.js';
import { ReviewerAssignment } from './ReviewerAssignment.js';
import type { Criterion, KindProgress } from './types.js';
import { CycleStatusTag } from './StatusTags.js';
import { useT } from './i18n.js';

/** One cycle: its set-up (criteria, bands, weights) and its progress per review kind. */
export default function CyclePage({ params }: ConsolePageProps) {
  const id = params.id ?? '';
  const { can, navigate } = useCadre();
  const t = useT();
  const { data, error, isLoading, refetch } = useCadreQuery(CYCLE_ONE, { id });
  const [editing, setEditing] = useState(false);
  if (isLoading) return <PageLoading />;
  if (error || !data) return <LoadFailed error={error} retry={refetch} />;
  const cycle = data.reviewCycle;
  const p = cycle.progress;
  const kind = (k: string) => t(`incentives.kind.${k}`);

  return (
    <Page
      title={cycle.name}
      tags={<CycleStatusTag value={cycle.status} />}
      extra={
        <Space>
          {cycle.status === 'draft' && can('incentives.cycles.write') && <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-cycle">{t('incentives.edit')}</Button>}
          {can('incentives.cycles.write') && <CycleActions cycle={cycle} />}
          {cycle.status !== 'draft' && cycle.status !== 'open' && can('incentives.calibration.read') && (
            <Button onClick={() => navigate(`/incentives/cycles/${cycle.id}/calibration`)}>{t('incentives.calibration.title')}</Button>
          )}
          {cycle.status !== 'draft' && <ExportButton id="incentives.review-results" variables={{ cycleId: cycle.id }} />}
          {can('incentives.pools.read') && <Button onClick={() => navigate('/incentives/pools')}>{t('incentives.pools.title')}</Button>}
        </Space>
      }
    >
      <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 24 }}>
        <Descriptions.Item label={t('incentives.cycle.period')}>{cycle.periodStart} – {cycle.periodEnd}</Descriptions.Item>
        <Descriptions.Item label={t('incentives.cycle.participants')}>{cycle.participantCount}</Descriptions.Item>
        <Descriptions.Item label={t('incentives.cycle.peerCount')}>{cycle.peerCount}</Descriptions.Item>
        <Descriptions.Item label={t('incentives.cycle.anonymity')} span={2}>
          <span data-testid="cycle-anonymity-mode">{t(`incentives.anonymity.${cycle.anonymity}`)}</span> — {t(`incentives.anonymity.${cycle.anonymity}Help`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('incentives.cycle.anonymityThreshold')}>{cycle.anonymityThreshold}</Descriptions.Item>
        <Descriptions.Item label={t('incentives.cycle.kindWeights')} span={3}>
          {cycle.kindWeights.map((w) => `${kind(w.kind)} ${Math.round(w.weight * 100)}%`).join(' · ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('incentives.cycle.due')} span={3}>
          {(['self', 'peer', 'upward', 'manager'] as const).map((k) => `${kind(k)}: ${cycle[`${k}Due`] ?? '—'}`).join(' · ')}
        </Descriptions.Item>
      </Descriptions>

      <Section title={t('incentives.cycle.progress')}>
        {p.total === 0 ? (
          <Progress aria-label={t('incentives.cycle.progress')} percent={0} format={() => t('incentives.cycle.notOpened')} />
        ) : (
          <Row gutter={[24, 16]}>
            <Col xs={24} lg={8}>
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Progress aria-label={t('incentives.cycle.progress')} type="dashboard" percent={Math.round((p.submitted / p.total) * 100)} data-testid="cycle-progress" />
                <Space size="large" wrap>
                  <Statistic title={t('incentives.progress.submitted')} value={p.submitted} />
                  <Statistic title={t('incentives.progress.pending')} value={p.pending} />
                  <Statistic title={t('incentives.progress.overdue')} value={p.overdue} />
                  <Statistic title={t('incentives.progress.expired')} value={p.expired} />
                </Space>
              </Space>
            </Col>
            <Col xs={24} lg={16}>
              <Chart
                ariaLabel={t('incentives.cycle.progressByKind')}
                height={220}
                option={{
                  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
                  legend: { top: 0 },
                  grid: { left: 80, right: 16, top: 32, bottom: 24 },
                  yAxis: { type: 'category', data: p.byKind.map((k) => kind(k.kind)) },
                  xAxis: { type: 'value', minInterval: 1 },
                  series: (['submitted', 'pending', 'expired'] as const).map((s) => ({
                    type: 'bar', stack: 'all', name: t(`incentives.progress.${s}`), data: p.byKind.map((k) => k[s]), barMaxWidth: 24,
                  })),
                }}
              />
              <Table<KindProgress>
                rowKey="kind" size="small" pagination={false} dataSource={p.byKind}
                columns={[
                  { title: t('incentives.review.kind'), dataIndex: 'kind', render: kind },
                  ...(['total', 'submitted', 'pending', 'overdue', 'expired'] as const).map((s) => ({ title: t(`incentives.progress.${s}`), dataIndex: s, align: 'right' as const })),
                ]}
              />
            </Col>
          </Row>
        )}
      </Section>

      {can('incentives.cycles.write') && (cycle.status === 'draft' || cycle.status === 'open') && <ReviewerAssignment cycle={cycle} />}

      {cycle.status !== 'draft' && <CycleReviewsTable cycleId={cycle.id} />}

      <Row gutter={24}>
        <Col xs={24} lg={14}>
          <Section title={t('incentives.cycle.criteria')}>
            <Table<Criterion>
              rowKey="key" size="small" pagination={false} dataSource={cycle.criteria}
              columns={[
                { title: t('incentives.criterion.name'), dataIndex: 'name' },
                { title: t('incentives.criterion.description'), dataIndex: 'description', ellipsis: true },
                { title: t('incentives.criterion.weight'), dataIndex: 'weight', align: 'right', width: 90, render: (w: number) => `${Math.round(w * 100)}%` },
              ]}
            />
          </Section>
        </Col>
        <Col xs={24} lg={10}>
          <Section title={t('incentives.bands')}>
            <BandsTable bands={cycle.bands} />
          </Section>
        </Col>
      </Row>
      {/* Mounted while open: the form starts from the cycle as it is now (read again on close, so after a refused stale save it starts from the change that won). */}
      {editing && <CycleFormModal open cycle={cycle} onClose={() => { setEditing(false); void refetch(); }} onSaved={() => { setEditing(false); void refetch(); }} />}
    </Page>
  );
}
