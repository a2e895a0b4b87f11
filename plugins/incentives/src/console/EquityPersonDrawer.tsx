// One person's equity: each of their grants (as far as the API lets the viewer see them) with its
// vesting schedule exactly as the API computed it, and their vested units over time in a chart
// (granted grants only: a proposed or cancelled grant vests nothing).
import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { HiddenTag, LoadFailed, MoneyText } from '@cadre/sdk/console/kit';
import { Card, Descriptions, Drawer, Empty, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { EQUITY_GRANTS } from './api.js';
import { combinedSchedule, formatUnits, terms, todayIso } from './equity.js';
import type { EquityGrant, VestingEvent } from './types.js';
import { GrantStatusTag } from './StatusTags.js';
import { useT } from './i18n.js';

const PersonVestingChart = lazy(() => import('./EquityCharts.js').then((m) => ({ default: m.PersonVestingChart })));

export function EquityPersonDrawer({ person, onClose }: { person: { id: string; name: string } | null; onClose(): void }) {
  const t = useT();
  return (
    <Drawer open={!!person} onClose={onClose} size="large" title={person ? t('incentives.equity.personTitle', { person: person.name }) : ''} destroyOnHidden rootClassName="equity-person-drawer">
      {person && <PersonGrants personId={person.id} />}
    </Drawer>
  );
}

function PersonGrants({ personId }: { personId: string }) {
  const t = useT();
  const { data, error, isLoading, refetch } = useCadreQuery(EQUITY_GRANTS, { personId });
  const grants = data?.equityGrants ?? [];
  const events = useMemo(() => combinedSchedule(grants), [grants]);
  if (error) return <LoadFailed error={error} retry={refetch} />;
  if (isLoading) return <Skeleton active />;
  if (!grants.length) return <Empty description={t('incentives.equity.noneForPerson')} />;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={5} style={{ margin: 0 }}>{t('incentives.equity.personChart')}</Typography.Title>
      {events.length ? (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}><PersonVestingChart events={events} /></Suspense>
      ) : (
        <Empty description={t('incentives.equity.nothingVests')} />
      )}
      {grants.map((g) => <GrantSchedule key={g.id} grant={g} />)}
    </Space>
  );
}

function GrantSchedule({ grant: g }: { grant: EquityGrant }) {
  const t = useT();
  const { locale } = useCadre();
  const today = todayIso();
  const fmt = (n: number) => formatUnits(n, locale);
  return (
    <Card size="small" data-testid="person-grant" data-grant-id={g.id}
      title={<Space><Tag>{t(`incentives.grantKind.${g.kind}`)}</Tag><span>{t('incentives.equity.grantedOn', { date: g.grantDate })}</span></Space>}
      extra={<GrantStatusTag value={g.status} />}>
      <Descriptions size="small" column={2} style={{ marginBottom: 12 }} items={[
        { key: 'units', label: t('incentives.equity.units'), children: g.units === null ? <HiddenTag /> : fmt(g.units) },
        { key: 'vested', label: t('incentives.equity.vestedToday'), children: g.vestedUnits === null ? <HiddenTag /> : fmt(g.vestedUnits) },
        { key: 'strike', label: t('incentives.equity.strikePrice'), children: g.strikePrice === null ? t('incentives.equity.noStrike') : <MoneyText value={g.strikePrice} currency={g.currency ?? 'USD'} /> },
        { key: 'terms', label: t('incentives.equity.terms'), children: `${t('incentives.equity.vestsFrom', { date: g.vestingStart })} · ${terms(t, g)}` },
        { key: 'proposer', label: t('incentives.equity.proposer'), children: g.createdBy ?? '—' },
        { key: 'approver', label: t('incentives.equity.approver'), children: g.approvedBy ? `${g.approvedBy} · ${g.approvedAt!.slice(0, 10)}` : '—' },
      ]} />
      {g.status !== 'granted' && <Typography.Paragraph type="secondary">{t(g.status === 'proposed' ? 'incentives.equity.ifApproved' : 'incentives.equity.cancelledVests')}</Typography.Paragraph>}
      {g.schedule === null ? <HiddenTag /> : (
        <Table<VestingEvent>
          rowKey="date" size="small" pagination={false} dataSource={g.schedule} scroll={{ y: 240 }} data-testid="vesting-schedule"
          rowClassName={() => 'vesting-row'}
          columns={[
            { title: t('incentives.equity.vestDate'), dataIndex: 'date', render: (d: string) => <span data-testid="vest-date">{d}</span> },
            { title: t('incentives.equity.vestUnits'), dataIndex: 'units', align: 'right', render: (n: number) => <span data-testid="vest-units" data-units={n}>{fmt(n)}</span> },
            { title: t('incentives.equity.vestCumulative'), dataIndex: 'cumulative', align: 'right', render: (n: number) => <span data-testid="vest-cumulative" data-units={n}>{fmt(n)}</span> },
            { title: '', key: 'state', width: 90, render: (_, e) => (g.status === 'granted' && e.date <= today ? <Tag color="success">{t('incentives.equity.vested')}</Tag> : null) },
          ]}
        />
      )}
    </Card>
  );
}
