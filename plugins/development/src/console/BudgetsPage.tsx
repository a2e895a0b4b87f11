// Conference budgets of a year: what each person may spend on conferences, what they spent and on
// what. Everyone sees their own and their reports' (hr sees all); hr sets budgets; the person,
// their managers and hr record expenses. The list is paged, sorted and filtered on the server, its
// state in the URL (?year, person, q, sort, page); the totals line is the server's, over every page.
import { PlusOutlined, WalletOutlined } from '@ant-design/icons';
import { dataOrThrow, formatMoney, useCadre } from '@cadre/sdk/console';
import { LoadFailed, Muted, Page, PersonSelect, useServerList } from '@cadre/sdk/console/kit';
import { App, Button, Flex, Input, Progress, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { BUDGETS_PAGE } from './api.js';
import { ExpenseModal, SetBudgetModal } from './BudgetModals.js';
import { useT } from './i18n.js';
import type { BudgetSortField, ConferenceBudget, ConferenceBudgetsPage, ConferenceExpense, Money } from './types.js';

const THIS_YEAR = new Date().getFullYear();
/** Two years back to two ahead: budgets are set ahead of the year. */
const YEARS = Array.from({ length: 5 }, (_, i) => THIS_YEAR + 2 - i);
/** The URL's year (any the API takes, e.g. from a shared link), else this year. */
const yearOf = (v: string | undefined) => {
  const y = Number(v);
  return Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : THIS_YEAR;
};
type Filter = Partial<Record<'year' | 'person' | 'q', string>>;
/** The URL's filters as the API's. */
const filterOf = (f: Filter) => ({ personId: f.person ?? null, search: f.q ?? null });

/** The server's sums per currency, e.g. "¥120,000 + $3,000". */
function total(moneys: readonly Money[], locale: string): string {
  return moneys.map((m) => formatMoney(m.amount, m.currency, locale)).join(' + ') || '—';
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
  const { can, locale, request } = useCadre();
  const { message } = App.useApp();
  const [setting, setSetting] = useState<ConferenceBudget | 'new' | null>(null);
  const [spending, setSpending] = useState<ConferenceBudget | null>(null);
  const list = useServerList<ConferenceBudget, 'year' | 'person' | 'q', BudgetSortField>({
    key: 'DevelopmentBudgetsPage',
    filters: ['year', 'person', 'q'],
    sorts: ['ALLOCATED', 'SPENT', 'REMAINING', 'CREATED_AT', 'UPDATED_AT'],
    defaultSort: { field: 'ALLOCATED', direction: 'DESC' },
    fetch: async ({ filter, sort, first, after }) => dataOrThrow(await request(BUDGETS_PAGE, { year: yearOf(filter.year), filter: filterOf(filter), sort, first, after })).conferenceBudgetsPage,
  });
  if (list.error && !list.data) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;
  const year = yearOf(list.filter.year);
  // The whole connection `fetch` returned: its totals come with the rows.
  const page = list.data as ConferenceBudgetsPage | undefined;
  const filtered = !!(list.filter.person || list.filter.q);
  const manage = can('development.budgets.manage');

  return (
    <Page
      icon={<WalletOutlined />}
      title={t('development.budgets.title')}
      extra={manage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setSetting('new')} data-testid="new-budget">{t('development.budgets.setFor')}</Button>}
    >
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Space>
          <Typography.Text>{t('development.budgets.year')}</Typography.Text>
          <Select aria-label={t('development.budgets.year')} id="budget-year" style={{ width: 100 }} value={year} onChange={(y) => list.update({ year: y === THIS_YEAR ? null : y })}
            options={[...new Set([...YEARS, year])].sort((a, b) => b - a).map((y) => ({ value: y, label: String(y) }))} />
        </Space>
        <PersonSelect value={list.filter.person ?? null} onChange={(v) => list.update({ person: v })} placeholder={t('development.budgets.person')} style={{ width: 260 }} testId="budget-person-filter" />
        <Input.Search key={list.filter.q ?? ''} allowClear defaultValue={list.filter.q} placeholder={t('development.budgets.search')} aria-label={t('development.budgets.search')} style={{ width: 240 }}
          data-testid="budget-search" onSearch={(q) => list.update({ q: q.trim() || null })} />
        {!!page?.totalCount && (
          <span data-testid="budget-totals">
            <Muted>{t('development.budgets.totals', { count: page.totalCount, allocated: total(page.allocatedTotals, locale), spent: total(page.spentTotals, locale) })}</Muted>
          </span>
        )}
      </Flex>
      <Table<ConferenceBudget>
        rowKey={(r) => r.id ?? r.person.id}
        size="middle"
        data-testid="budgets-table"
        loading={list.isFetching}
        dataSource={list.nodes}
        {...list.tableProps}
        scroll={{ x: 900 }}
        locale={{ emptyText: filtered ? t('development.budgets.noMatch', { year }) : t('development.budgets.empty', { year }) }}
        expandable={{ expandedRowRender: (r) => <Expenses budget={r} /> }}
        columns={[
          { title: t('development.budgets.person'), width: 220, render: (_, r) => <Flex vertical><span data-testid="budget-person">{r.person.name}</span><Muted>{r.person.title}</Muted></Flex> },
          {
            title: t('development.budgets.allocated'), width: 140, align: 'right', key: 'ALLOCATED', sorter: true, sortOrder: list.sortOrder('ALLOCATED'),
            render: (_, r) => (r.allocated ? formatMoney(r.allocated.amount, r.allocated.currency, locale) : <Muted>{t('development.budgets.none')}</Muted>),
          },
          { title: t('development.budgets.spent'), width: 140, align: 'right', key: 'SPENT', sorter: true, sortOrder: list.sortOrder('SPENT'), render: (_, r) => formatMoney(r.spent.amount, r.spent.currency, locale) },
          { title: t('development.budgets.remaining'), width: 140, align: 'right', key: 'REMAINING', sorter: true, sortOrder: list.sortOrder('REMAINING'), render: (_, r) => <span data-testid="budget-remaining">{formatMoney(r.remaining.amount, r.remaining.currency, locale)}</span> },
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
