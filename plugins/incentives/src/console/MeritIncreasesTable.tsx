// The increases a merit matrix computed: per person their band, position in the salary range,
// current pay, the matrix's percentage, and the increase after fitting the budget. Figures the API
// withholds (FORBIDDEN on their path) show a lock, not a dash.
import { formatPercent, HiddenTag, MoneyText, None } from '@cadre/sdk/console/kit';
import { Table, Tooltip, type TableColumnsType } from 'antd';
import type { MeritIncrease } from './types.js';
import { useT } from './i18n.js';

/** `hidden`: ids of the increases whose figures the API withheld. */
export function MeritIncreasesTable({ rows, hidden }: { rows: MeritIncrease[]; hidden: Set<string> }) {
  const t = useT();
  const percentOf = (i: MeritIncrease) => (i.baseSalary && i.amount !== null ? (i.amount / i.baseSalary) * 100 : null);
  const columns: TableColumnsType<MeritIncrease> = [
    { title: t('incentives.merit.person'), dataIndex: 'name', render: (name: string, i) => <span data-testid="merit-person" title={i.level}>{name}</span> },
    {
      title: t('incentives.band'), dataIndex: 'band', width: 80, align: 'right',
      render: (b: number | null, i) => (hidden.has(i.id) ? <HiddenTag /> : b === null ? <None /> : <span data-testid="merit-band" data-value={b}>{b}</span>),
    },
    {
      title: t('incentives.merit.position'), dataIndex: 'positionInRange', width: 110, align: 'right',
      render: (p: number | null, i) => (hidden.has(i.id) ? <HiddenTag /> : p === null ? <None /> : <span data-testid="merit-position" data-value={p}>{formatPercent(p)}</span>),
    },
    {
      title: t('incentives.merit.currentPay'), dataIndex: 'baseSalary', width: 150, align: 'right',
      render: (v: number | null, i) => <MoneyText value={v} currency={i.currency} hidden={hidden.has(i.id)} testId="merit-base" />,
    },
    {
      title: t('incentives.merit.matrixPercent'), dataIndex: 'matrixPercent', width: 100, align: 'right',
      render: (v: number | null, i) => (hidden.has(i.id) ? <HiddenTag /> : v === null ? <None /> : <span data-testid="merit-matrix-percent" data-value={v}>{v}%</span>),
    },
    {
      title: t('incentives.merit.increase'), dataIndex: 'amount', width: 150, align: 'right',
      render: (v: number | null, i) => <MoneyText value={v} currency={i.currency} hidden={hidden.has(i.id)} testId="merit-amount" />,
    },
    {
      title: t('incentives.merit.increasePercent'), key: 'pct', width: 110, align: 'right',
      render: (_, i) => {
        if (hidden.has(i.id)) return <HiddenTag />;
        const pct = percentOf(i);
        if (pct === null) return <None />;
        const text = <span data-testid="merit-increase-percent" data-value={pct}>{pct.toFixed(2)}%</span>;
        return i.note ? <Tooltip title={i.note}>{text}</Tooltip> : text;
      },
    },
  ];
  return (
    <Table<MeritIncrease> rowKey="id" size="small" columns={columns} dataSource={rows} scroll={{ x: 860 }} pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('incentives.merit.noIncreases') }} data-testid="merit-increases" />
  );
}
