import { PlusOutlined } from '@ant-design/icons';
import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, NavLink } from '@cadre/sdk/console/kit';
import { Button, Card, Segmented, Space, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { REQUISITIONS, STAGES } from './api.js';
import { familyLabel } from './labels.js';
import { RequisitionActions } from './RequisitionActions.js';
import { RequisitionFormModal } from './RequisitionFormModal.js';
import type { Requisition } from './types.js';
import { RequisitionStatusTag } from './StatusTags.js';
import { useT } from './i18n.js';

/** Requisitions with their band and pipeline; drafts are approved here. */
export default function RequisitionsPage() {
  const { can, navigate } = useCadre();
  const t = useT();
  const [status, setStatus] = useState<string>('all');
  const [creating, setCreating] = useState(false);
  const { data, error, isLoading, refetch } = useCadreQuery(REQUISITIONS, { filter: status === 'all' ? null : { status } });
  if (error) return <LoadFailed error={error} retry={refetch} />;

  return (
    <Card
      title={t('attraction.req.list')}
      extra={
        <Space>
          <Segmented value={status} onChange={(v) => setStatus(String(v))} options={['all', 'draft', 'open', 'filled', 'closed'].map((s) => ({ value: s, label: t(s === 'all' ? 'attraction.all' : `attraction.reqStatus.${s}`) }))} />
          {can('attraction.requisitions.write') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('attraction.req.new')}</Button>}
        </Space>
      }
    >
      <Table<Requisition>
        rowKey="id" loading={isLoading} dataSource={data?.requisitions ?? []} scroll={{ x: 'max-content' }} tableLayout="fixed" pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          // Every column has a width and the table scrolls sideways (max-content): without them
          // the title took what the others left, one letter per line at 1440 px.
          {
            title: t('attraction.req.title'), dataIndex: 'title', width: 280, ellipsis: { showTitle: false },
            render: (title: string, r) => <Tooltip title={title}><NavLink to={`/attraction/requisitions/${r.id}`}>{title}</NavLink></Tooltip>,
          },
          { title: t('attraction.req.team'), dataIndex: 'team', width: 160, ellipsis: true },
          { title: t('attraction.jobFamily'), width: 220, ellipsis: true, render: (_, r) => `${familyLabel(t, r.jobFamily)} · ${r.level ?? '—'}` },
          { title: t('attraction.req.headcount'), width: 100, align: 'right', render: (_, r) => `${r.hiredCount}/${r.headcount}` },
          { title: t('attraction.req.hiringManager'), dataIndex: 'hiringManagerName', width: 170, ellipsis: true, render: (n: string | null) => n ?? '—' },
          { title: t('attraction.status'), dataIndex: 'status', width: 110, render: (s: string) => <RequisitionStatusTag value={s} /> },
          {
            title: t('attraction.req.pipeline'), width: 190,
            render: (_, r) => (
              <Tooltip title={r.pipeline.map((p) => `${t(`attraction.stage.${p.stage}`)} ${p.count}`).join(' · ')}>
                <Typography.Text type="secondary">{STAGES.map((s) => r.pipeline.find((p) => p.stage === s)?.count ?? 0).join(' → ')}</Typography.Text>
              </Tooltip>
            ),
          },
          {
            title: t('attraction.actions'), width: 320,
            render: (_, r) => (
              <Space>
                <RequisitionActions req={r} size="small" />
                {r.status === 'open' && <Button size="small" onClick={() => navigate(`/attraction/pipeline?requisition=${r.id}`)}>{t('attraction.nav.pipeline')}</Button>}
              </Space>
            ),
          },
        ]}
      />
      <RequisitionFormModal open={creating} onClose={() => setCreating(false)} onSaved={(id) => { setCreating(false); navigate(`/attraction/requisitions/${id}`); }} />
    </Card>
  );
}
