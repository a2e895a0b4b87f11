// Innovation awards: the list the API lets the viewer see (approved and paid ones for everyone, open
// and rejected ones for the people involved and award administrators), paged, sorted and filtered
// (status, nominee) on the server with that state in the URL; anyone with incentives.awards.nominate
// nominates, and only incentives.awards.write holders (the permission the resolver checks) are
// offered approve / reject / mark paid.
import { CheckOutlined, CloseOutlined, DollarOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons';
import { dataOrThrow, hiddenPaths, useCadre, useCadreMutation } from '@cadre/sdk/console';
import { LoadFailed, MoneyText, Page, PersonSelect, useRun, useServerList } from '@cadre/sdk/console/kit';
import { Button, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { AWARDS_PAGE, PAY_AWARD } from './api.js';
import { AwardDecisionModal, type Decision } from './AwardDecisionModal.js';
import { AwardFormModal } from './AwardFormModal.js';
import { AWARD_STATUSES, type Award, type AwardSortField } from './types.js';
import { AwardStatusTag } from './StatusTags.js';
import { useT } from './i18n.js';

const statusOf = (v: string | undefined) => AWARD_STATUSES.find((s) => s === v);

export default function AwardsPage() {
  const { can, request } = useCadre();
  const t = useT();
  const run = useRun();
  const [nominating, setNominating] = useState(false);
  const [deciding, setDeciding] = useState<{ award: Award; decision: Decision } | null>(null);
  // Keyed like the awards query, so the nominate / decide / pay mutations' invalidation refreshes it.
  const list = useServerList<Award, 'status' | 'person', AwardSortField>({
    key: 'IncentivesAwards',
    filters: ['status', 'person'],
    sorts: ['CREATED_AT', 'TITLE', 'STATUS', 'KIND'],
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
    fetch: async ({ filter, sort, first, after }) => {
      const result = await request(AWARDS_PAGE, { filter: { status: statusOf(filter.status), personId: filter.person }, sort, first, after });
      return { ...dataOrThrow(result).awardsPage, errors: result.errors ?? [] };
    },
  });
  const pay = useCadreMutation(PAY_AWARD, { invalidates: [['IncentivesAwards']] });
  const mayDecide = can('incentives.awards.write');
  const mayNominate = can('incentives.awards.nominate');
  const rows = list.nodes;
  const status = statusOf(list.filter.status);
  const personId = list.filter.person ?? null;
  // Amounts the viewer may not see come back null with FORBIDDEN at awardsPage.nodes.<i>.amount: show a lock, not "none".
  const hidden = useMemo(() => new Set(hiddenPaths(list.errors, 'amount').map((p) => rows[Number(p.split('.')[2])]?.id)), [list.errors, rows]);
  if (list.error && !list.data) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;
  const sorted = (field: AwardSortField) => ({ key: field, sorter: true, sortOrder: list.sortOrder(field) });

  // Few, wide-enough columns: the reason sits under the title and the three dates share one cell,
  // so status and amount stay in view at laptop widths without a fixed column covering them.
  const columns: TableColumnsType<Award> = [
    {
      title: t('incentives.awards.award'), dataIndex: 'title', width: 280, ...sorted('TITLE'),
      render: (title: string, a) => (
        <Space orientation="vertical" size={2} style={{ width: '100%' }}>
          <Typography.Text strong data-testid="award-title">{title}</Typography.Text>
          <Space size={4} wrap>
            <Tag>{t(`incentives.awardKind.${a.kind}`)}</Tag>
            {a.link && <a href={a.link} target="_blank" rel="noreferrer noopener"><LinkOutlined /> {t('incentives.awards.open')}</a>}
          </Space>
          {a.description && (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: a.description }} style={{ margin: 0 }} data-testid="award-reason">{a.description}</Typography.Paragraph>
          )}
        </Space>
      ),
    },
    {
      title: t('incentives.awards.nominee'), dataIndex: 'personName', width: 150,
      render: (name: string, a) => (
        <Space orientation="vertical" size={0}>
          <span data-testid="award-nominee">{name}</span>
          <Typography.Text type="secondary" data-testid="award-nominator">{t('incentives.awards.nominatedBy', { person: a.nominatedByName ?? '—' })}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('incentives.status'), dataIndex: 'status', width: 110, ...sorted('STATUS'),
      // The decision note (a rejection's reason) reaches only award administrators; others see the bare tag.
      render: (s: string, a) => (a.decisionNote ? <Tooltip title={a.decisionNote}><span><AwardStatusTag value={s} /></span></Tooltip> : <AwardStatusTag value={s} />),
    },
    {
      title: t('incentives.amount'), dataIndex: 'amount', width: 130, align: 'right',
      render: (amount: number | null, a) => <MoneyText value={amount} currency={a.currency ?? 'CNY'} hidden={hidden.has(a.id)} testId="award-amount" />,
    },
    {
      title: t('incentives.awards.dates'), width: 160, ...sorted('CREATED_AT'),
      render: (_, a) => (
        <Space orientation="vertical" size={0} style={{ whiteSpace: 'nowrap' }}>
          <span>{t('incentives.awards.nominatedOn', { date: a.createdAt.slice(0, 10) })}</span>
          {a.decidedAt && <span>{t(a.status === 'rejected' ? 'incentives.awards.rejectedOn' : 'incentives.awards.approvedOn', { date: a.decidedAt.slice(0, 10) })}</span>}
          {a.paidAt && <span data-testid="award-paid-on">{t('incentives.awards.paidOn', { date: a.paidAt.slice(0, 10) })}</span>}
        </Space>
      ),
    },
  ];
  if (mayDecide) {
    columns.push({
      title: t('incentives.actions'), key: 'actions', width: 150,
      render: (_, a) => (
        <Space orientation="vertical" size={4}>
          {a.status === 'nominated' && (
            <>
              <Button size="small" type="primary" icon={<CheckOutlined />} data-testid="approve-award" onClick={() => setDeciding({ award: a, decision: 'approve' })}>{t('incentives.awards.approve')}</Button>
              <Button size="small" danger icon={<CloseOutlined />} data-testid="reject-award" onClick={() => setDeciding({ award: a, decision: 'reject' })}>{t('incentives.awards.reject')}</Button>
            </>
          )}
          {a.status === 'approved' && (
            <Popconfirm title={t('incentives.awards.payConfirm', { person: a.personName })} okText={t('incentives.confirm')} cancelText={t('incentives.cancel')}
              okButtonProps={{ 'data-testid': 'pay-award-confirm' }} onConfirm={() => run(pay.mutate({ id: a.id }), t('incentives.awards.paid'))}>
              <Button size="small" icon={<DollarOutlined />} data-testid="pay-award">{t('incentives.awards.pay')}</Button>
            </Popconfirm>
          )}
        </Space>
      ),
    });
  }

  const filters = (
    <Space wrap>
      <Select allowClear placeholder={t('incentives.awards.anyStatus')} style={{ width: 150 }} value={status} onChange={(v) => list.update({ status: v ?? null })} data-testid="award-status-filter"
        options={AWARD_STATUSES.map((s) => ({ value: s, label: t(`incentives.awardStatus.${s}`) }))} aria-label={t('incentives.status')} />
      <PersonSelect id="award-person-filter" value={personId} onChange={(v) => list.update({ person: v })} placeholder={t('incentives.awards.anyNominee')} style={{ width: 240 }} />
      {mayNominate && <Button type="primary" icon={<PlusOutlined />} onClick={() => setNominating(true)} data-testid="nominate-award">{t('incentives.awards.nominate')}</Button>}
    </Space>
  );

  return (
    <Page title={t('incentives.awards.title')} extra={filters}>
      <Typography.Paragraph type="secondary">{t('incentives.awards.intro')}</Typography.Paragraph>
      <Table<Award>
        rowKey="id"
        loading={list.isFetching}
        dataSource={rows}
        {...list.tableProps}
        columns={columns}
        scroll={{ x: mayDecide ? 980 : 830 }}
        locale={{ emptyText: t(status || personId ? 'incentives.awards.noneMatching' : 'incentives.awards.none') }}
        data-testid="awards-table"
      />
      <AwardFormModal open={nominating} onClose={() => setNominating(false)} onNominated={() => setNominating(false)} />
      {deciding && <AwardDecisionModal award={deciding.award} decision={deciding.decision} onClose={() => setDeciding(null)} onDone={() => setDeciding(null)} />}
    </Page>
  );
}
