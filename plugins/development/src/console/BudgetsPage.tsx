// Conference budgets of a year: what each person may spend on conferences, what they spent and on
// what. Everyone sees their own and their reports' (hr sees all); hr sets budgets; the person,
// their managers and hr record expenses.
import { PlusOutlined, WalletOutlined } from '@ant-design/icons';
import { formatMoney, useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Muted, Page } from '@cadre/sdk/console/kit';
import { App, Button, Flex, Progress, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { BUDGETS } from './api.js';
import { ExpenseModal, SetBudgetModal } from './BudgetModals.js';
import { useT } from './i18n.js';
import type { ConferenceBudget, ConferenceExpense, Money } from './types.js';

/** Two years back to two ahead: budgets are set ahead of the year. */
const YEARS = Array.from({ length: 5 }, (_, i) => new Date().getFullYear() + 2 - i);

/** Sums per currency, e.g. "¥120,000 + $3,000". */
function total(moneys: Money[], locale: string): string {
  const sums = new Map<string, number>();
  for (const m of moneys) sums.set(m.currency, (sums.get(m.currency) ?? 0) + m.amount);
  return [...sums].map(([currency, amount]) => formatMoney(amount, currency, locale)).join(' + ') || '—';
}

function Expenses({ budget }: { budget: ConferenceBudget }) {
  const t = useT();
  const { locale } = useCadre();
  return (
    <Table<ConferenceExpense>
      rowKey="id" size="small" pagination={false} dataSource={budget.expenses} data-testid="budget-expenses"
      locale={{ emptyText: t('development.budgets.noExpenses') }}
      columns={[
        { title: t('development.budgets.date'), dataIndex: 'date', width: 110 },
        { title: t('development.budgets.conference'), dataIndex: 'conference' },
        { title: t('development.budgets.amount'), width: 140, align: 'right', render: (_, e) => formatMoney(e.amount.amount, e.amount.currency, locale) },
        { title: t('development.budgets.note'), dataIndex: 'note' },
        { title: t('development.budgets.recordedBy'), width: 160, render: (_, e) => e.recordedBy?.name ?? <Muted>—</Muted> },
      ]}
    />
  );
}

export default function BudgetsPage() {
  const t = useT();
  const { can, locale } = useCadre();
  const { message } = App.useApp();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [setting, setSetting] = useState<ConferenceBudget | 'new' | null>(null);
  const [spending, setSpending] = useState<ConferenceBudget | null>(null);
  const { data, error, isLoading, refetch } = useCadreQuery(BUDGETS, { year });
  if (error && !data) return <LoadFailed error={error} retry={refetch} />;
  const rows = data?.conferenceBudgets ?? [];
  const manage = can('development.budgets.manage');

  return (
    <Page
      icon={<WalletOutlined />}
      title={t('development.budgets.title')}
      extra={manage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setSetting('new')} data-testid="new-budget">{t('development.budgets.setFor')}</Button>}
    >
      <Flex wrap gap={16} align="center" style={{ marginBottom: 16 }}>
        <Space>
          <Typography.Text>{t('development.budgets.year')}</Typography.Text>
          <Select aria-label={t('development.budgets.year')} id="budget-year" style={{ width: 100 }} value={year} onChange={setYear} options={YEARS.map((y) => ({ value: y, label: String(y) }))} />
        </Space>
        {rows.length > 0 && (
          <Muted>{t('development.budgets.totals', { count: rows.length, allocated: total(rows.flatMap((r) => (r.allocated ? [r.allocated] : [])), locale), spent: total(rows.map((r) => r.spent), locale) })}</Muted>
        )}
      </Flex>
      <Table<ConferenceBudget>
        rowKey={(r) => r.person.id}
        size="middle"
        loading={isLoading}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('development.budgets.empty', { year }) }}
        expandable={{ expandedRowRender: (r) => <Expenses budget={r} /> }}
        columns={[
          { title: t('development.budgets.person'), width: 220, render: (_, r) => <Flex vertical><span data-testid="budget-person">{r.person.name}</span><Muted>{r.person.title}</Muted></Flex> },
          { title: t('development.budgets.allocated'), width: 140, align: 'right', render: (_, r) => (r.allocated ? formatMoney(r.allocated.amount, r.allocated.currency, locale) : <Muted>{t('development.budgets.none')}</Muted>) },
          { title: t('development.budgets.spent'), width: 140, align: 'right', render: (_, r) => formatMoney(r.spent.amount, r.spent.currency, locale) },
          { title: t('development.budgets.remaining'), width: 140, align: 'right', render: (_, r) => <span data-testid="budget-remaining">{formatMoney(r.remaining.amount, r.remaining.currency, locale)}</span> },
          {
            title: t('development.budgets.use'), width: 170,
            render: (_, r) => (r.allocated?.amount ? <Progress aria-label={t('development.budgets.use')} percent={Math.round((100 * r.spent.amount) / r.allocated.amount)} size="small" status={r.remaining.amount <= 0 ? 'exception' : 'normal'} /> : <Muted>—</Muted>),
          },
          {
            title: '', width: 230, fixed: 'right',
            render: (_, r) => (
              <Space size={4}>
                {manage && <Button size="small" onClick={() => setSetting(r)} data-testid="set-budget">{t('development.budgets.set')}</Button>}
                {r.allocated && <Button size="small" onClick={() => setSpending(r)} data-testid="record-expense">{t('development.budgets.record')}</Button>}
              </Space>
            ),
          },
        ]}
      />
      {setting && (
        <SetBudgetModal year={year} budget={setting === 'new' ? null : setting} onClose={() => setSetting(null)}
          onSaved={(b) => { setSetting(null); void message.success(t('development.budgets.saved', { name: b.person.name, year })); }} />
      )}
      {spending && (
        <ExpenseModal budget={spending} onClose={() => setSpending(null)}
          onSaved={(b) => { setSpending(null); void message.success(t('development.budgets.recorded', { remaining: formatMoney(b.remaining.amount, b.remaining.currency, locale) })); }} />
      )}
    </Page>
  );
}
