import { formatMoney, useCadre } from '@cadre/sdk/console';
import { Table, Typography } from 'antd';
import type { ModelRow } from './model.js';
import { BoundTag } from './StatusTags.js';
import { num, score } from './numbers.js';
import { useT } from './i18n.js';

/** Per-person result of the model: ω, s, band, c, exact share, rounded amount, floor/cap, change against the saved allocation. */
export function ModelTable({ rows, currency, saved }: { rows: ModelRow[]; currency: string; saved: Map<string, number | null> }) {
  const { locale } = useCadre();
  const t = useT();
  const money = (v: number) => formatMoney(v, currency, locale);
  const total = rows.reduce((s, r) => s + r.amount, 0);
  return (
    <Table<ModelRow>
      rowKey="personId"
      size="small"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1100, y: 560 }}
      style={{ marginTop: 16 }}
      data-testid="model-table"
      columns={[
        { title: t('incentives.person'), dataIndex: 'name', fixed: 'left', width: 190, sorter: (a, b) => a.name.localeCompare(b.name) },
        { title: t('incentives.level'), dataIndex: 'level', width: 70 },
        { title: t('incentives.score'), dataIndex: 'score', width: 90, align: 'right', render: score, sorter: (a, b) => (a.score ?? 0) - (b.score ?? 0) },
        { title: t('incentives.band'), dataIndex: 'band', width: 60, align: 'right', render: (b: number | null) => b ?? '—' },
        { title: 'ω', dataIndex: 'weight', width: 110, align: 'right', render: (w: number) => num(w) },
        { title: 'c', dataIndex: 'coefficient', width: 60, align: 'right', render: (c: number) => num(c) },
        { title: t('incentives.floorCap'), width: 190, align: 'right', render: (_, r) => `${r.floor ? money(r.floor) : '—'} / ${r.cap === null ? '∞' : money(r.cap)}` },
        { title: t('incentives.model.exact'), dataIndex: 'exact', width: 130, align: 'right', render: (v: number) => money(Math.round(v * 100) / 100) },
        {
          title: t('incentives.amount'), dataIndex: 'amount', width: 140, align: 'right', sorter: (a, b) => a.amount - b.amount, defaultSortOrder: undefined,
          render: (v: number, r) => <span data-testid="model-amount" data-person={r.personId} data-minor={v}>{money(v)}</span>,
        },
        { title: t('incentives.bound'), dataIndex: 'bound', width: 90, render: (b: number) => <BoundTag bound={b} /> },
        {
          title: t('incentives.model.vsSaved'), width: 130, align: 'right',
          render: (_, r) => {
            const before = saved.get(r.personId);
            if (before === undefined || before === null) return '—';
            const d = r.amount - before;
            return <Typography.Text type={d > 0 ? 'success' : d < 0 ? 'danger' : 'secondary'}>{d > 0 ? '+' : ''}{money(d)}</Typography.Text>;
          },
        },
      ]}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={8}><Typography.Text strong>{t('incentives.model.sum')}</Typography.Text></Table.Summary.Cell>
            <Table.Summary.Cell index={8} align="right"><Typography.Text strong data-testid="model-total" data-minor={total}>{money(total)}</Typography.Text></Table.Summary.Cell>
            <Table.Summary.Cell index={9} colSpan={2} />
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
