import { PlusOutlined } from '@ant-design/icons';
import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { Button, Card, Segmented, Space, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { REQUISITIONS, STAGES } from './api.js';
import { familyLabel } from './labels.js';
import { RequisitionActions } from './RequisitionActions.js';
import { RequisitionFormModal } from './RequisitionFormModal.js';
import type { Requisition } from './types.js';
import { LoadFailed, NavLink, RequisitionStatusTag } from './ui.js';
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
        rowKey="id" loading={isLoading} dataSource={data?.requisitions ?? []} scroll={{ x: 1100 }} pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('attraction.req.title'), dataIndex: 'title', render: (title: string, r) => <NavLink to={`/attraction/requisitions/${r.id}`}>{title}</NavLink> },
          { title: t('attraction.req.team'), dataIndex: 'team', width: 160, ellipsis: true },
          { title: t('attraction.jobFamily'), width: 200, render: (_, r) => `${familyLabel(t, r.jobFamily)} · ${r.level ?? '—'}` },
          { title: t('attraction.req.headcount'), width: 100, align: 'right', render: (_, r) => `${r.hiredCount}/${r.headcount}` },
          { title: t('attraction.req.hiringManager'), dataIndex: 'hiringManagerName', width: 150, render: (n: string | null) => n ?? '—' },
          { title: t('attraction.status'), dataIndex: 'status', width: 100, render: (s: string) => <RequisitionStatusTag status={s} /> },
          {
            title: t('attraction.req.pipeline'), width: 190,
            render: (_, r) => (
              <Tooltip title={r.pipeline.map((p) => `${t(`attraction.stage.${p.stage}`)} ${p.count}`).join(' · ')}>
                <Typography.Text type="secondary">{STAGES.map((s) => r.pipeline.find((p) => p.stage === s)?.count ?? 0).join(' → ')}</Typography.Text>
              </Tooltip>
            ),
          },
          {
            title: t('attraction.actions'), width: 240,
            render: (_, r) => (
              <Space>
                <RequisitionActions req={r} size="small" />
                {r.status === 'open' && <Button size="small" onClick={() => navigate(`/attraction/pipeline?requisition=${r.id}`)}>{t('attraction.nav.pipeline')}</Button>}
              </Space>
            ),
          },
        ]}
      />
      <RequisitionFormModal open={creating} onClose={() => setCreating(false)} onCreated={(id) => { setCreating(false); navigate(`/attraction/requisitions/${id}`); }} />
    </Card>
  );
}
