import { PlusOutlined } from '@ant-design/icons';
import { dataOrThrow, formatMoney, useCadre } from '@cadre/sdk/console';
import { LoadFailed, NavLink, Page, useServerList } from '@cadre/sdk/console/kit';
import { Button, Flex, Select, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { POOLS_PAGE } from './api.js';
import { PoolFormModal } from './PoolFormModal.js';
import type { BonusPool, PoolSortField } from './types.js';
import { PoolStatusTag } from './StatusTags.js';
import { useT } from './i18n.js';

const STATUSES = ['draft', 'approved', 'published', 'scenario'] as const;
const statusOf = (v: string | undefined) => STATUSES.find((s) => s === v);

/**
 * Bonus pools, paged, sorted and filtered on the server with the status, the order and the page
 * in the URL; pool readers may list the what-if scenarios too (?scenarios=1), each marked as one.
 */
export default function PoolsPage() {
  const { can, locale, navigate, request } = useCadre();
  const t = useT();
  const [creating, setCreating] = useState(false);
  const reader = can('incentives.pools.read');
  const list = useServerList<BonusPool, 'status' | 'scenarios', PoolSortField>({
    key: 'IncentivesPoolsPage',
    filters: ['status', 'scenarios'],
    sorts: ['CREATED_AT', 'NAME', 'STATUS', 'AMOUNT'],
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
    fetch: async ({ filter, sort, first, after }) => {
      const variables = { filter: { status: statusOf(filter.status), includeScenarios: filter.scenarios === '1' }, sort, first, after };
      return dataOrThrow(await request(POOLS_PAGE, variables)).bonusPoolsPage;
    },
  });
  if (list.error && !list.data) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;
  const scenarios = list.filter.scenarios === '1';
  const sorted = (field: PoolSortField) => ({ key: field, sorter: true, sortOrder: list.sortOrder(field) });

  return (
    <Page title={t('incentives.pools.title')} extra={can('incentives.pools.write') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('incentives.pools.new')}</Button>}>
      {reader && (
        <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
          <Select aria-label={t('incentives.status')} placeholder={t('incentives.pools.anyStatus')} allowClear style={{ width: 170 }} data-testid="pool-status-filter"
            value={statusOf(list.filter.status)} onChange={(v) => list.update({ status: v })}
            options={STATUSES.filter((s) => scenarios || s !== 'scenario').map((s) => ({ value: s, label: t(`incentives.poolStatus.${s}`) }))} />
          <Space>
            <Switch checked={scenarios} onChange={(on) => list.update({ scenarios: on ? '1' : null, status: !on && list.filter.status === 'scenario' ? null : list.filter.status })} data-testid="pool-scenarios-switch" aria-label={t('incentives.pools.withScenarios')} />
            <Typography.Text>{t('incentives.pools.withScenarios')}</Typography.Text>
          </Space>
        </Flex>
      )}
      <Table<BonusPool>
        rowKey="id"
        data-testid="pools-table"
        loading={list.isFetching}
        dataSource={list.nodes}
        {...list.tableProps}
        scroll={{ x: 1330 }}
        columns={[
          { title: t('incentives.pool.name'), dataIndex: 'name', width: 220, render: (name: string, p) => <NavLink to={`/incentives/pools/${p.id}`}>{name}</NavLink>, ...sorted('NAME') },
          { title: t('incentives.cycle'), dataIndex: 'cycleName', width: 200, ellipsis: true },
          { title: t('incentives.status'), dataIndex: 'status', width: 120, render: (s: string) => <PoolStatusTag value={s} />, ...sorted('STATUS') },
          { title: t('incentives.model.pool'), dataIndex: 'amount', width: 170, align: 'right', render: (a: number, p) => formatMoney(a, p.currency, locale), ...sorted('AMOUNT') },
          { title: t('incentives.pool.members'), dataIndex: 'memberCount', width: 90, align: 'right' },
          { title: t('incentives.coefficients'), dataIndex: 'coefficients', width: 170, render: (c: number[]) => c.join(' / ') },
          { title: t('incentives.pools.created'), dataIndex: 'createdAt', width: 120, render: (at: string) => at.slice(0, 10), ...sorted('CREATED_AT') },
          {
            title: t('incentives.actions'), width: 220,
            render: (_, p) => (
              <Space>
                <Button size="small" onClick={() => navigate(`/incentives/pools/${p.id}/model`)}>{t('incentives.model.open')}</Button>
                {(p.scenarioIds.length > 0 || p.scenarioOfId) && <Button size="small" onClick={() => navigate(`/incentives/pools/${p.scenarioOfId ?? p.id}/compare`)}>{t('incentives.compare.open')}</Button>}
              </Space>
            ),
          },
        ]}
      />
      <PoolFormModal open={creating} onClose={() => setCreating(false)} onCreated={(id) => { setCreating(false); navigate(`/incentives/pools/${id}`); }} />
    </Page>
  );
}
