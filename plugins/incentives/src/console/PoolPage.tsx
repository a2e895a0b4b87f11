import { type ConsolePageProps, formatMoney, useCadre, useCadreMutation, useCadreQuery, useJobInUrl } from '@cadre/sdk/console';
import { LoadFailed, Page, PageLoading, Section, useRun } from '@cadre/sdk/console/kit';
import { Alert, Button, Col, Descriptions, Popconfirm, Row, Space, Statistic, Table } from 'antd';
import { APPLY_SCENARIO, APPROVE_POOL, DELETE_SCENARIO, DISCARD_REVISION, POOL_ONE, PUBLISH_POOL, PUBLISH_REVISION, REOPEN_POOL, VERSIONS } from './api.js';
import { AllocationsTable } from './AllocationsTable.js';
import { BandsTable } from './BandsTable.js';
import { AllocationJobStatus, RecomputeButton } from './RecomputeAllocation.js';
import type { AllocationVersion } from './types.js';
import { PoolStatusTag } from './StatusTags.js';
import { num } from './numbers.js';
import { useT } from './i18n.js';

/** One pool or scenario: its parameters, its allocation, its versions, and approval/publication. */
export default function PoolPage({ params }: ConsolePageProps) {
  const id = params.id ?? '';
  const { can, locale, navigate } = useCadre();
  const t = useT();
  const run = useRun();
  const pool = useCadreQuery(POOL_ONE, { id });
  const versions = useCadreQuery(VERSIONS, { poolId: id }, { enabled: can('incentives.pools.read') });
  const approve = useCadreMutation(APPROVE_POOL);
  const reopen = useCadreMutation(REOPEN_POOL);
  const publish = useCadreMutation(PUBLISH_POOL);
  const publishRevision = useCadreMutation(PUBLISH_REVISION);
  const discardRevision = useCadreMutation(DISCARD_REVISION);
  const apply = useCadreMutation(APPLY_SCENARIO);
  const remove = useCadreMutation(DELETE_SCENARIO);
  const [jobId, followJob] = useJobInUrl(`/incentives/pools/${id}`);
  if (pool.isLoading) return <PageLoading />;
  if (pool.error || !pool.data) return <LoadFailed error={pool.error} retry={pool.refetch} />;
  const p = pool.data.bonusPool;
  const v = p.currentVersion;
  const money = (minor: number) => formatMoney(minor, p.currency, locale);
  const approver = can('incentives.pools.approve');
  const writer = can('incentives.pools.write');
  const confirm = (label: string, onConfirm: () => unknown, pending: boolean, testId: string, primary = true) => (
    <Popconfirm title={t('incentives.confirmAction', { action: label })} okText={t('incentives.confirm')} cancelText={t('incentives.cancel')} onConfirm={onConfirm}>
      <Button type={primary ? 'primary' : 'default'} loading={pending} data-testid={testId}>{label}</Button>
    </Popconfirm>
  );

  return (
    <Page
      title={p.name}
      tags={<PoolStatusTag value={p.status} />}
      extra={
        <Space wrap>
          <Button onClick={() => navigate(`/incentives/pools/${p.id}/model`)} data-testid="open-modeller">{t('incentives.model.open')}</Button>
          {(p.scenarioIds.length > 0 || p.scenarioOfId) && <Button onClick={() => navigate(`/incentives/pools/${p.scenarioOfId ?? p.id}/compare`)}>{t('incentives.compare.open')}</Button>}
          {writer && (p.status === 'draft' || p.status === 'scenario') && <RecomputeButton poolId={p.id} onStarted={followJob} />}
          {approver && p.status === 'draft' && confirm(t('incentives.pool.approve'), () => run(approve.mutate({ id }), t('incentives.pool.approved')), approve.isPending, 'approve-pool')}
          {approver && p.status === 'approved' && confirm(t('incentives.pool.reopen'), () => run(reopen.mutate({ id }), t('incentives.saved')), reopen.isPending, 'reopen-pool', false)}
          {approver && p.status === 'approved' && confirm(t('incentives.pool.publish'), () => run(publish.mutate({ id }), t('incentives.pool.published')), publish.isPending, 'publish-pool')}
          {writer && p.status === 'scenario' && confirm(t('incentives.scenario.apply'), async () => { if (await run(apply.mutate({ id }), t('incentives.saved'))) navigate(`/incentives/pools/${p.scenarioOfId}`); }, apply.isPending, 'apply-scenario', false)}
          {writer && p.status === 'scenario' && confirm(t('incentives.scenario.delete'), async () => { if (await run(remove.mutate({ id }), t('incentives.saved'))) navigate('/incentives/pools'); }, remove.isPending, 'delete-scenario', false)}
        </Space>
      }
    >
      {jobId && <AllocationJobStatus jobId={jobId} onDone={() => { pool.refetch(); versions.refetch(); }} />}
      {p.proposedVersion && (
        // People keep seeing the published numbers until an approver publishes the new version.
        <Alert
          type="warning" showIcon style={{ marginBottom: 16 }} data-testid="pool-revision"
          title={t('incentives.pool.revisionPending', { version: p.proposedVersion.version, total: money(p.proposedVersion.total) })}
          description={p.proposedVersion.reason}
          action={approver ? (
            <Space orientation="vertical">
              {confirm(t('incentives.pool.publishRevision'), () => run(publishRevision.mutate({ id }), t('incentives.pool.published')), publishRevision.isPending, 'publish-revision')}
              {confirm(t('incentives.pool.discardRevision'), () => run(discardRevision.mutate({ id }), t('incentives.saved')), discardRevision.isPending, 'discard-revision', false)}
            </Space>
          ) : undefined}
        />
      )}
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={14}>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('incentives.cycle')}>{p.cycleName}</Descriptions.Item>
            <Descriptions.Item label={t('incentives.model.pool')}>{money(p.amount)}</Descriptions.Item>
            <Descriptions.Item label={t('incentives.pool.weightRule')}>{t(`incentives.weightRule.${p.weightRule}`)}</Descriptions.Item>
            <Descriptions.Item label={t('incentives.pool.members')}>{p.memberCount}</Descriptions.Item>
            <Descriptions.Item label={t('incentives.pool.approvedBy')}>{p.approvedBy ? `${p.approvedBy} · ${p.approvedAt?.slice(0, 10)}` : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('incentives.pool.publishedAt')}>{p.publishedAt ? `${p.publishedAt.slice(0, 10)} · v${p.publishedVersion}` : '—'}</Descriptions.Item>
            {p.note ? <Descriptions.Item label={t('incentives.pool.note')} span={2}>{p.note}</Descriptions.Item> : null}
          </Descriptions>
          {v && (
            <Space size="large" wrap style={{ marginTop: 16 }}>
              <Statistic title={t('incentives.model.sum')} value={money(v.total)} data-testid="pool-total" />
              <Statistic title="λ" value={num(v.lambda)} />
              <Statistic title="Σ ω c" value={num(v.weightedSum)} />
              <Statistic title={t('incentives.bound.floor')} value={v.atFloor} />
              <Statistic title={t('incentives.bound.cap')} value={v.atCap} />
              <Statistic title={t('incentives.version')} value={`v${v.version} · ${t(`incentives.poolStatus.${v.status}`)}`} />
            </Space>
          )}
        </Col>
        <Col xs={24} xl={10}><BandsTable bands={p.bands} /></Col>
      </Row>

      {/* Keyed by the shown version: a recomputation (a new version) starts the list afresh. */}
      <AllocationsTable key={`${id}:${v?.id ?? ''}`} poolId={id} versionId={v?.id ?? ''} bandCount={p.coefficients.length} />

      {can('incentives.pools.read') && (
        <Section title={t('incentives.pool.versions')}>
          <Table<AllocationVersion>
            rowKey="id" size="small" loading={versions.isLoading} dataSource={versions.data?.bonusPoolVersions ?? []} pagination={false}
            columns={[
              { title: t('incentives.version'), dataIndex: 'version', width: 80, render: (n: number) => `v${n}` },
              { title: t('incentives.status'), dataIndex: 'status', width: 120, render: (s: string) => <PoolStatusTag value={s} /> },
              { title: t('incentives.version.reason'), dataIndex: 'reason' },
              { title: t('incentives.model.sum'), dataIndex: 'total', width: 170, align: 'right', render: (n: number) => money(n) },
              { title: t('incentives.version.created'), dataIndex: 'createdAt', width: 180, render: (at: string) => new Date(at).toLocaleString() },
            ]}
          />
        </Section>
      )}
    </Page>
  );
}
