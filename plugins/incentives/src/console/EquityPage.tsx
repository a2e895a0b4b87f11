// Equity grants: the grants the API lets the viewer see (everyone's for incentives.comp.read-all
// holders, otherwise their own and their chain's), paged, sorted and filtered (person, status) on
// the server with that state in the URL, with the vesting over time of every grant of the person
// filter (the chart needs them all, so it reads equityGrants, not the page); a person's name opens
// their vesting schedule. Only
// incentives.equity.write holders (the permission the resolver checks) propose, approve and cancel;
// the API's refusals (four eyes included) show as a message.
import { CheckOutlined, CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { dataOrThrow, hiddenPaths, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { HiddenTag, LoadFailed, MoneyText, None, Page, PersonSelect, useRun, useServerList } from '@cadre/sdk/console/kit';
import { Button, Popconfirm, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { APPROVE_EQUITY_GRANT, CANCEL_EQUITY_GRANT, EQUITY_GRANTS, EQUITY_GRANTS_PAGE } from './api.js';
import { EquityGrantFormModal } from './EquityGrantFormModal.js';
import { EquityPersonDrawer } from './EquityPersonDrawer.js';
import { EquityVestingCard } from './EquityVestingCard.js';
import { formatUnits, terms } from './equity.js';
import { GRANT_STATUSES, type EquityGrant, type EquityGrantSortField } from './types.js';
import { GrantStatusTag } from './StatusTags.js';
import { useT } from './i18n.js';

const statusOf = (v: string | undefined) => GRANT_STATUSES.find((s) => s === v);

export default function EquityPage() {
  const { can, locale, request } = useCadre();
  const t = useT();
  const run = useRun();
  const [creating, setCreating] = useState(false);
  const [person, setPerson] = useState<{ id: string; name: string } | null>(null);
  // Keyed like the equityGrants query, so the create / approve / cancel mutations' invalidation refreshes it.
  const list = useServerList<EquityGrant, 'person' | 'status', EquityGrantSortField>({
    key: 'IncentivesEquityGrants',
    filters: ['person', 'status'],
    sorts: ['GRANT_DATE', 'VESTING_START', 'STATUS', 'KIND'],
    defaultSort: { field: 'GRANT_DATE', direction: 'DESC' },
    fetch: async ({ filter, sort, first, after }) => {
      const result = await request(EQUITY_GRANTS_PAGE, { filter: { personId: filter.person, status: statusOf(filter.status) }, sort, first, after });
      return { ...dataOrThrow(result).equityGrantsPage, errors: result.errors ?? [] };
    },
  });
  const personId = list.filter.person ?? null;
  const status = statusOf(list.filter.status);
  // The chart sums every grant of the person filter (all statuses: it keeps to granted ones itself), not one page.
  const whole = useCadreQuery(EQUITY_GRANTS, { personId });
  const approve = useCadreMutation(APPROVE_EQUITY_GRANT, { invalidates: [['IncentivesEquityGrants']] });
  const cancel = useCadreMutation(CANCEL_EQUITY_GRANT, { invalidates: [['IncentivesEquityGrants']] });
  const mayWrite = can('incentives.equity.write');
  const rows = list.nodes;
  // Units the viewer may not see come back null with FORBIDDEN at equityGrantsPage.nodes.<i>.units: a lock, not "none".
  const hidden = useMemo(() => new Set(hiddenPaths(list.errors, 'units').map((p) => rows[Number(p.split('.')[2])]?.id)), [list.errors, rows]);
  if (list.error && !list.data) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;
  const sorted = (field: EquityGrantSortField) => ({ key: field, sorter: true, sortOrder: list.sortOrder(field) });

  const units = (n: number) => formatUnits(n, locale);
  const columns: TableColumnsType<EquityGrant> = [
    {
      title: t('incentives.equity.person'), dataIndex: 'personName', width: 220,
      render: (name: string, g) => (
        <Space orientation="vertical" size={2}>
          <Typography.Link strong data-testid="grant-person" onClick={() => setPerson({ id: g.personId, name })}>{name}</Typography.Link>
          <Tag data-testid="grant-kind">{t(`incentives.grantKind.${g.kind}`)}</Tag>
          {g.note && <Typography.Text type="secondary" ellipsis={{ tooltip: g.note }} style={{ maxWidth: 200 }}>{g.note}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('incentives.equity.units'), dataIndex: 'units', width: 150, align: 'right',
      render: (n: number | null, g) => (hidden.has(g.id) ? <HiddenTag /> : n === null ? <None /> : (
        <Space orientation="vertical" size={0} style={{ whiteSpace: 'nowrap' }}>
          <span data-testid="grant-units" data-units={n}>{units(n)}</span>
          {g.status === 'granted' && g.vestedUnits !== null && <Typography.Text type="secondary" data-testid="grant-vested">{t('incentives.equity.vestedSoFar', { units: units(g.vestedUnits) })}</Typography.Text>}
        </Space>
      )),
    },
    {
      title: t('incentives.equity.strikePrice'), dataIndex: 'strikePrice', width: 120, align: 'right',
      render: (p: number | null, g) => (p === null && !hidden.has(g.id) ? <Typography.Text type="secondary">{t('incentives.equity.noStrike')}</Typography.Text>
        : <MoneyText value={p} currency={g.currency ?? 'USD'} hidden={hidden.has(g.id)} testId="grant-strike" />),
    },
    {
      // Who proposed and who approved sit under the status: an approver sees whether four eyes lets them approve.
      title: t('incentives.status'), dataIndex: 'status', width: 200, ...sorted('STATUS'),
      render: (s: string, g) => (
        <Space orientation="vertical" size={0} style={{ maxWidth: 184 }}>
          <span><GrantStatusTag value={s} /></span>
          {g.createdBy && <Typography.Text type="secondary" ellipsis={{ tooltip: g.createdBy }} data-testid="grant-created-by">{t('incentives.equity.proposedBy', { who: g.createdBy })}</Typography.Text>}
          {g.approvedBy && <Typography.Text type="secondary" ellipsis={{ tooltip: g.approvedBy }} data-testid="grant-approved-by">{t('incentives.equity.approvedBy', { who: g.approvedBy })}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('incentives.equity.dates'), width: 230, ...sorted('GRANT_DATE'),
      render: (_, g) => (
        <Space orientation="vertical" size={0}>
          <span style={{ whiteSpace: 'nowrap' }} data-testid="grant-date">{t('incentives.equity.grantedOn', { date: g.grantDate })}</span>
          <span style={{ whiteSpace: 'nowrap' }}>{t('incentives.equity.vestsFrom', { date: g.vestingStart })}</span>
          <Typography.Text type="secondary" data-testid="grant-terms">{terms(t, g)}</Typography.Text>
        </Space>
      ),
    },
  ];
  if (mayWrite) {
    columns.push({
      title: t('incentives.actions'), key: 'actions', width: 120,
      render: (_, g) => (
        <Space orientation="vertical" size={4}>
          {g.status === 'proposed' && (
            <Popconfirm title={t('incentives.equity.approveConfirm', { person: g.personName })} okText={t('incentives.confirm')} cancelText={t('incentives.cancel')}
              okButtonProps={{ 'data-testid': 'approve-grant-confirm' }} onConfirm={() => run(approve.mutate({ id: g.id }), t('incentives.equity.approved'))}>
              <Button size="small" type="primary" icon={<CheckOutlined />} data-testid="approve-grant">{t('incentives.equity.approve')}</Button>
            </Popconfirm>
          )}
          {g.status !== 'cancelled' && (
            <Popconfirm title={t('incentives.equity.cancelConfirm', { person: g.personName })} okText={t('incentives.confirm')} cancelText={t('incentives.equity.keep')}
              okButtonProps={{ danger: true, 'data-testid': 'cancel-grant-confirm' }} onConfirm={() => run(cancel.mutate({ id: g.id }), t('incentives.equity.cancelled'))}>
              <Button size="small" danger icon={<CloseOutlined />} data-testid="cancel-grant">{t('incentives.equity.cancelGrant')}</Button>
            </Popconfirm>
          )}
        </Space>
      ),
    });
  }

  const filters = (
    <Space wrap>
      <Select allowClear placeholder={t('incentives.equity.anyStatus')} style={{ width: 150 }} value={status} onChange={(v) => list.update({ status: v ?? null })} data-testid="grant-status-filter"
        options={GRANT_STATUSES.map((s) => ({ value: s, label: t(`incentives.grantStatus.${s}`) }))} aria-label={t('incentives.status')} />
      <PersonSelect id="grant-person-filter" value={personId} onChange={(v) => list.update({ person: v })} placeholder={t('incentives.equity.anyPerson')} style={{ width: 240 }} />
      {mayWrite && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-grant">{t('incentives.equity.new')}</Button>}
    </Space>
  );

  return (
    <Page
      title={t('incentives.equity.title')}
      extra={filters}
      below={(
        <>
          <EquityVestingCard grants={whole.data?.equityGrants ?? []} loading={whole.isLoading} />
          {/* A new grant may sort pages away (by grant date): the list turns to the grantee's grants, where it is. */}
          <EquityGrantFormModal open={creating} onClose={() => setCreating(false)} onCreated={(g) => { setCreating(false); list.update({ person: g.personId, status: null }); }} />
          <EquityPersonDrawer person={person} onClose={() => setPerson(null)} />
        </>
      )}
    >
      <Typography.Paragraph type="secondary">{t('incentives.equity.intro')}</Typography.Paragraph>
      <Table<EquityGrant>
        rowKey="id"
        loading={list.isFetching}
        dataSource={rows}
        {...list.tableProps}
        columns={columns}
        scroll={{ x: mayWrite ? 1040 : 920 }}
        locale={{ emptyText: t(personId ? 'incentives.equity.noneForPerson' : status ? 'incentives.equity.noneMatching' : 'incentives.equity.none') }}
        data-testid="grants-table"
      />
    </Page>
  );
}
