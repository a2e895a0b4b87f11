import { PlusOutlined } from '@ant-design/icons';
import { dataOrThrow, useCadre } from '@cadre/sdk/console';
import { LoadFailed, NavLink, Page, useServerList } from '@cadre/sdk/console/kit';
import { Button, Flex, Progress, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { CYCLES_PAGE } from './api.js';
import { CycleActions } from './CycleActions.js';
import { CycleFormModal } from './CycleFormModal.js';
import { CYCLE_STATUSES, type ReviewCycle, type ReviewCycleSortField } from './types.js';
import { CycleStatusTag } from './StatusTags.js';
import { useT } from './i18n.js';

const statusOf = (v: string | undefined) => CYCLE_STATUSES.find((s) => s === v);

/**
 * Review cycles, newest period first by default, each with its progress and the next step of its
 * life cycle: paged, sorted and filtered by status on the server, with that state in the URL.
 */
export default function CyclesPage() {
  const { can, navigate, request } = useCadre();
  const t = useT();
  const [creating, setCreating] = useState(false);
  const list = useServerList<ReviewCycle, 'status', ReviewCycleSortField>({
    key: 'IncentivesCyclesPage',
    filters: ['status'],
    sorts: ['PERIOD_START', 'NAME', 'STATUS', 'CREATED_AT'],
    defaultSort: { field: 'PERIOD_START', direction: 'DESC' },
    fetch: async ({ filter, sort, first, after }) => dataOrThrow(await request(CYCLES_PAGE, { filter: { status: statusOf(filter.status) }, sort, first, after })).reviewCyclesPage,
  });
  if (list.error && !list.data) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;
  const canWrite = can('incentives.cycles.write');
  const sorted = (field: ReviewCycleSortField) => ({ key: field, sorter: true, sortOrder: list.sortOrder(field) });

  return (
    <Page
      title={t('incentives.cycles.title')}
      extra={canWrite && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('incentives.cycles.new')}</Button>}
    >
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Select aria-label={t('incentives.status')} placeholder={t('incentives.cycles.anyStatus')} allowClear style={{ width: 170 }} data-testid="cycle-status-filter"
          value={statusOf(list.filter.status)} onChange={(v) => list.update({ status: v ?? null })}
          options={CYCLE_STATUSES.map((s) => ({ value: s, label: t(`incentives.cycleStatus.${s}`) }))} />
      </Flex>
      <Table<ReviewCycle>
        rowKey="id"
        data-testid="cycles-table"
        loading={list.isFetching}
        dataSource={list.nodes}
        {...list.tableProps}
        scroll={{ x: 940 }}
        locale={{ emptyText: t(list.filter.status ? 'incentives.cycles.noneMatching' : 'incentives.cycles.none') }}
        columns={[
          { title: t('incentives.cycle.name'), dataIndex: 'name', render: (name: string, c) => <NavLink to={`/incentives/cycles/${c.id}`}>{name}</NavLink>, ...sorted('NAME') },
          { title: t('incentives.cycle.period'), width: 220, render: (_, c) => `${c.periodStart} – ${c.periodEnd}`, ...sorted('PERIOD_START') },
          { title: t('incentives.status'), dataIndex: 'status', width: 130, render: (s: string) => <CycleStatusTag value={s} />, ...sorted('STATUS') },
          { title: t('incentives.cycle.participants'), dataIndex: 'participantCount', width: 110, align: 'right' },
          {
            title: t('incentives.cycle.progress'), width: 220,
            render: (_, c) => c.progress.total
              ? <Progress aria-label={t('incentives.cycle.progress')} percent={Math.round((c.progress.submitted / c.progress.total) * 100)} size="small" format={() => `${c.progress.submitted}/${c.progress.total}`} />
              : <Typography.Text type="secondary">{t('incentives.cycle.notOpened')}</Typography.Text>,
          },
          {
            title: t('incentives.actions'), width: 300,
            render: (_, c) => (
              <Space wrap>
                {canWrite && <CycleActions cycle={c} size="small" />}
                {(c.status === 'calibrating' || c.status === 'finalised') && can('incentives.calibration.read') && (
                  <Button size="small" onClick={() => navigate(`/incentives/cycles/${c.id}/calibration`)}>{t('incentives.calibration.title')}</Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <CycleFormModal open={creating} onClose={() => setCreating(false)} onSaved={(id) => { setCreating(false); navigate(`/incentives/cycles/${id}`); }} />
    </Page>
  );
}
