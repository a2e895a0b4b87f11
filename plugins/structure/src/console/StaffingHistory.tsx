// The staffing plans the viewer may see (of the chosen unit, or all), paged, sorted and filtered by
// status on the server, with that state in the URL (?status=APPLIED&sort=-TOTAL&page=2).
import { HistoryOutlined } from '@ant-design/icons';
import { dataOrThrow, useCadre } from '@cadre/sdk/console';
import { LoadFailed, NavLink, useServerList } from '@cadre/sdk/console/kit';
import { Button, Card, Segmented, Space, Table } from 'antd';
import { useEffect } from 'react';
import { PLANS_PAGE } from './api.js';
import { PlanStatusTag } from './StatusTags.js';
import { useT } from './i18n.js';
import type { PlanRow, StaffingPlanSortField, StaffingPlanStatus } from './types.js';

const STATUSES: readonly StaffingPlanStatus[] = ['PROPOSED', 'APPLIED', 'DISCARDED'];

/** Remount it (React key) when the unit changes: the remembered cursors belong to one unit's list. */
export function StaffingHistory({ unitId, unitName, reload, onOpen }: {
  unitId: string | null;
  unitName: Map<string, string>;
  /** Bumped after a plan is made, applied or discarded. */
  reload: number;
  onOpen(id: string): void;
}) {
  const t = useT();
  const { request } = useCadre();
  const list = useServerList<PlanRow, 'status', StaffingPlanSortField>({
    key: `StructurePlansPage:${unitId ?? ''}`,
    filters: ['status'],
    sorts: ['CREATED_AT', 'TOTAL', 'STATUS'],
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
    sizes: [10, 20, 50],
    fetch: async ({ filter, sort, first, after }) => {
      const status = STATUSES.find((s) => s === filter.status) ?? null;
      return dataOrThrow(await request(PLANS_PAGE, { filter: { unitId, status }, sort, first, after })).staffingPlansPage;
    },
  });
  useEffect(() => {
    if (reload) void list.refetch();
  }, [reload]);
  const status = STATUSES.find((s) => s === list.filter.status) ?? 'all';

  return (
    <Card
      size="small"
      title={<Space><HistoryOutlined />{t('structure.staffing.history')}</Space>}
      extra={<Segmented size="small" data-testid="plans-status" value={status} onChange={(v) => list.update({ status: v === 'all' ? null : String(v) })}
        options={['all', ...STATUSES].map((s) => ({ value: s, label: s === 'all' ? t('structure.staffing.allPlans') : t(`structure.planStatus.${s}`) }))} />}
    >
      {list.error && !list.data ? <LoadFailed error={list.error} retry={() => void list.refetch()} /> : (
        <Table<PlanRow>
          rowKey="id"
          size="small"
          data-testid="plans-table"
          loading={list.isFetching}
          dataSource={list.nodes}
          {...list.tableProps}
          locale={{ emptyText: t('structure.staffing.noHistory') }}
          columns={[
            {
              title: t('structure.staffing.created'), dataIndex: 'createdAt', key: 'CREATED_AT', sorter: true, sortOrder: list.sortOrder('CREATED_AT'),
              render: (v: string, r) => <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(r.id)}>{v.slice(0, 16).replace('T', ' ')}</Button>,
            },
            { title: t('structure.staffing.unit'), dataIndex: 'unitId', render: (v: string | null) => (v ? unitName.get(v) ?? v : t('structure.staffing.wholeOrg')) },
            {
              title: t('structure.staffing.status'), dataIndex: 'status', key: 'STATUS', sorter: true, sortOrder: list.sortOrder('STATUS'),
              render: (s: string) => <PlanStatusTag value={s} />,
            },
            { title: t('structure.staffing.summary'), render: (_, r) => t('structure.staffing.summaryLine', { moves: r.summary.moves, new: r.summary.new, unchanged: r.summary.unchanged, unstaffed: r.summary.unstaffed }) },
            { title: t('structure.staffing.total'), dataIndex: 'total', key: 'TOTAL', sorter: true, sortOrder: list.sortOrder('TOTAL'), align: 'right', render: (v: number) => v.toFixed(2) },
            { title: t('structure.staffing.link'), key: 'link', render: (_, r) => <NavLink to={`/structure/staffing/plans/${r.id}`} testId="plan-link">{t('structure.staffing.openLink')}</NavLink> },
          ]}
        />
      )}
    </Card>
  );
}
