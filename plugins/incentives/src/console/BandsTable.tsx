import { useCadre } from '@cadre/sdk/console';
import { Table } from 'antd';
import type { Band } from './types.js';
import { num } from './numbers.js';
import { useT } from './i18n.js';

/** The founding band function: c1 if s > t1, …, ck if s ≤ t(k−1). */
export function BandsTable({ bands, highlight }: { bands: Band[]; highlight?: number | null }) {
  const t = useT();
  return (
    <Table<Band>
      rowKey="band" size="small" pagination={false} dataSource={bands}
      rowClassName={(b) => (b.band === highlight ? 'ant-table-row-selected' : '')}
      columns={[
        { title: t('incentives.band'), dataIndex: 'band', width: 70 },
        { title: t('incentives.band.condition'), dataIndex: 'condition' },
        { title: t('incentives.coefficient'), dataIndex: 'coefficient', align: 'right', render: (c: number) => num(c) },
      ]}
    />
  );
}
