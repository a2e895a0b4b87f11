import { PlusOutlined } from '@ant-design/icons';
import { formatMoney, useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, NavLink } from '@cadre/sdk/console/kit';
import { Button, Card, Space, Table } from 'antd';
import { useMemo, useState } from 'react';
import { POOLS } from './api.js';
import { PoolFormModal } from './PoolFormModal.js';
import type { BonusPool } from './types.js';
import { PoolStatusTag } from './StatusTags.js';
import { useT } from './i18n.js';

type Row = BonusPool & { children?: BonusPool[] };

/** Bonus pools with their what-if scenarios underneath. */
export default function PoolsPage() {
  const { can, locale, navigate } = useCadre();
  const t = useT();
  const [creating, setCreating] = useState(false);
  const { data, error, isLoading, refetch } = useCadreQuery(POOLS, { includeScenarios: true });
  const rows = useMemo<Row[]>(() => {
    const all = data?.bonusPools ?? [];
    return all.filter((p) => p.status !== 'scenario').map((p) => {
      const children = all.filter((s) => s.scenarioOfId === p.id);
      return children.length ? { ...p, children } : p;
    });
  }, [data]);
  if (error) return <LoadFailed error={error} retry={refetch} />;

  return (
    <Card title={t('incentives.pools.title')} extra={can('incentives.pools.write') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('incentives.pools.new')}</Button>}>
      <Table<Row>
        rowKey="id"
        loading={isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1000 }}
        expandable={{ defaultExpandAllRows: true }}
        columns={[
          { title: t('incentives.pool.name'), dataIndex: 'name', render: (name: string, p) => <NavLink to={`/incentives/pools/${p.id}`}>{name}</NavLink> },
          { title: t('incentives.cycle'), dataIndex: 'cycleName', ellipsis: true },
          { title: t('incentives.status'), dataIndex: 'status', width: 110, render: (s: string) => <PoolStatusTag value={s} /> },
          { title: t('incentives.model.pool'), dataIndex: 'amount', width: 170, align: 'right', render: (a: number, p) => formatMoney(a, p.currency, locale) },
          { title: t('incentives.pool.members'), dataIndex: 'memberCount', width: 90, align: 'right' },
          { title: t('incentives.coefficients'), dataIndex: 'coefficients', width: 170, render: (c: number[]) => c.join(' / ') },
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
    </Card>
  );
}
