import { PlusOutlined } from '@ant-design/icons';
import { dataOrThrow, useCadre } from '@cadre/sdk/console';
import { LoadFailed, NavLink, Page, useServerList } from '@cadre/sdk/console/kit';
import { Button, Segmented, Space, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { REQUISITIONS_PAGE, STAGES } from './api.js';
import { day } from './format.js';
import { familyLabel } from './labels.js';
import { RequisitionActions } from './RequisitionActions.js';
import { RequisitionFormModal } from './RequisitionFormModal.js';
import type { Requisition, RequisitionSortField } from './types.js';
import { RequisitionStatusTag } from './StatusTags.js';
import { useT } from './i18n.js';

const STATUSES = ['draft', 'open', 'filled', 'closed'] as const;

/** Requisitions with their band and pipeline, paged, sorted and filtered on the server (state in the URL); drafts are approved here. */
export default function RequisitionsPage() {
  const { can, navigate, request } = useCadre();
  const t = useT();
  const [creating, setCreating] = useState(false);
  const list = useServerList<Requisition, 'status', RequisitionSortField>({
    key: 'AttractionRequisitionsPage',
    filters: ['status'],
    sorts: ['CREATED_AT', 'UPDATED_AT', 'TITLE', 'STATUS'],
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
    fetch: async ({ filter, sort, first, after }) => {
      const status = STATUSES.find((s) => s === filter.status);
      return dataOrThrow(await request(REQUISITIONS_PAGE, { filter: status ? { status } : null, sort, first, after })).requisitionsPage;
    },
  });
  if (list.error && !list.data) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;
  const status = STATUSES.find((s) => s === list.filter.status) ?? 'all';

  return (
    <Page
      title={t('attraction.req.list')}
      extra={
        <Space>
          <Segmented value={status} onChange={(v) => list.update({ status: v === 'all' ? null : String(v) })} options={['all', ...STATUSES].map((s) => ({ value: s, label: t(s === 'all' ? 'attraction.all' : `attraction.reqStatus.${s}`) }))} />
          {can('attraction.requisitions.write') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('attraction.req.new')}</Button>}
        </Space>
      }
    >
      <Table<Requisition>
        rowKey="id" data-testid="requisitions-table" loading={list.isFetching} dataSource={list.nodes} {...list.tableProps} scroll={{ x: 'max-content' }} tableLayout="fixed"
        columns={[
          // Every column has a width and the table scrolls sideways (max-content): without them
          // the title took what the others left, one letter per line at 1440 px.
          {
            title: t('attraction.req.title'), dataIndex: 'title', key: 'TITLE', sorter: true, sortOrder: list.sortOrder('TITLE'), width: 280, ellipsis: { showTitle: false },
            render: (title: string, r) => <Tooltip title={title}><NavLink to={`/attraction/requisitions/${r.id}`}>{title}</NavLink></Tooltip>,
          },
          { title: t('attraction.req.team'), dataIndex: 'team', width: 160, ellipsis: true },
          { title: t('attraction.jobFamily'), width: 220, ellipsis: true, render: (_, r) => `${familyLabel(t, r.jobFamily)} · ${r.level ?? '—'}` },
          { title: t('attraction.req.headcount'), width: 100, align: 'right', render: (_, r) => `${r.hiredCount}/${r.headcount}` },
          { title: t('attraction.req.hiringManager'), dataIndex: 'hiringManagerName', width: 170, ellipsis: true, render: (n: string | null) => n ?? '—' },
          { title: t('attraction.status'), dataIndex: 'status', key: 'STATUS', sorter: true, sortOrder: list.sortOrder('STATUS'), width: 120, render: (s: string) => <RequisitionStatusTag value={s} /> },
          { title: t('attraction.createdAt'), dataIndex: 'createdAt', key: 'CREATED_AT', sorter: true, sortOrder: list.sortOrder('CREATED_AT'), width: 130, render: (v: string) => day(v) },
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
    </Page>
  );
}
