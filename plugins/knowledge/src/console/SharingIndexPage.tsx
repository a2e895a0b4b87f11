// The knowledge-sharing index (the founding document's "knowledge-sharing degree"): per person
// (yourself and your reports, or everyone for knowledge.index.read) and per team, built from
// items published, talks given and attended, code reviews, and others reading and bookmarking
// one's items. The formula is shown with the numbers. People are paged, sorted and searched on
// the server; the period, search, sort and page are kept in the URL.
import { FundOutlined } from '@ant-design/icons';
import { dataOrThrow, useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Muted, NavLink, Page, useServerList } from '@cadre/sdk/console/kit';
import { Chart } from '@cadre/sdk/console/chart';
import { DatePicker, Flex, Input, Space, Table, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { SHARING_PAGE, TEAM_SHARING } from './api.js';
import { useT } from './i18n.js';
import type { SharingPage, SharingRow, SharingSortField, TeamSharingIndex } from './types.js';
import { Formula } from './Formula.js';
import { CodeReviewImport } from './CodeReviewImport.js';

type TeamRow = TeamSharingIndex['teams'][number];
const n1 = (v: number) => (Math.round(v * 10) / 10).toFixed(1);

export function personColumns(t: (k: string) => string) {
  return [
    { title: t('knowledge.index.items'), dataIndex: 'itemsPublished', align: 'right' as const, width: 90 },
    { title: t('knowledge.index.talksGiven'), dataIndex: 'talksGiven', align: 'right' as const, width: 90 },
    { title: t('knowledge.index.talksAttended'), dataIndex: 'talksAttended', align: 'right' as const, width: 100 },
    { title: t('knowledge.index.reviews'), dataIndex: 'reviews', align: 'right' as const, width: 90 },
    { title: t('knowledge.index.reads'), dataIndex: 'readsByOthers', align: 'right' as const, width: 90 },
    { title: t('knowledge.index.bookmarks'), dataIndex: 'bookmarksByOthers', align: 'right' as const, width: 100 },
  ];
}

export default function SharingIndexPage() {
  const t = useT();
  const { can, request } = useCadre();
  const list = useServerList<SharingRow, 'q' | 'from' | 'to', SharingSortField>({
    key: 'KnowledgeSharingPage',
    filters: ['q', 'from', 'to'],
    sorts: ['INDEX', 'NAME'],
    defaultSort: { field: 'INDEX', direction: 'DESC' },
    sizes: [15, 50, 100],
    fetch: async ({ filter, sort, first, after }) =>
      dataOrThrow(await request(SHARING_PAGE, { from: filter.from ?? null, to: filter.to ?? null, filter: { search: filter.q ?? null }, sort, first, after })).knowledgeSharingIndexPage,
  });
  const period = { from: list.filter.from ?? null, to: list.filter.to ?? null };
  const teamsAllowed = can('knowledge.index.teams');
  const teams = useCadreQuery(TEAM_SHARING, period, { enabled: teamsAllowed });
  const index = list.data as SharingPage | undefined;
  const teamRows = useMemo(() => [...(teams.data?.teamKnowledgeSharingIndex.teams ?? [])].sort((a, b) => b.index - a.index), [teams.data]);
  // A rank means something only in the default order.
  const ranked = list.sort.field === 'INDEX' && list.sort.direction === 'DESC';

  const option = useMemo(() => ({
    tooltip: { trigger: 'axis' },
    grid: { left: 140, right: 30, top: 10, bottom: 30 },
    xAxis: { type: 'value', name: t('knowledge.index.index') },
    yAxis: { type: 'category', inverse: true, data: teamRows.map((r) => r.unitName) },
    series: [{ type: 'bar', name: t('knowledge.index.index'), data: teamRows.map((r) => Math.round(r.index * 10) / 10), itemStyle: { color: '#13c2c2' }, label: { show: true, position: 'right' } }],
  }), [teamRows, t]);

  if (list.error && !list.data) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;

  const personTable = (
    <Flex vertical gap={12}>
      <Input.Search key={list.filter.q ?? ''} allowClear defaultValue={list.filter.q} placeholder={t('knowledge.index.search')} aria-label={t('knowledge.index.search')}
        style={{ width: 240 }} data-testid="sharing-search" onSearch={(q) => list.update({ q: q.trim() || null })} />
      <Table<SharingRow>
        rowKey={(r) => r.person.id}
        size="small"
        loading={list.isFetching}
        dataSource={list.nodes}
        {...list.tableProps}
        scroll={{ x: 900 }}
        data-testid="sharing-people"
        columns={[
          ...(ranked ? [{ title: '#', key: 'rank', width: 50, render: (_: unknown, __: SharingRow, i: number) => (list.page - 1) * list.size + i + 1 }] : []),
          { title: t('knowledge.index.person'), key: 'NAME', sorter: true, sortOrder: list.sortOrder('NAME'), render: (_, r) => <Flex vertical><NavLink to={`/people/${r.person.id}`}>{r.person.name}</NavLink><Muted>{r.person.title}</Muted></Flex> },
          { title: t('knowledge.index.index'), key: 'INDEX', dataIndex: 'index', width: 90, align: 'right', render: (v: number) => <b>{n1(v)}</b>, sorter: true, sortOrder: list.sortOrder('INDEX') },
          ...personColumns(t),
        ]}
      />
    </Flex>
  );
  const teamTable = (
    <Flex vertical gap={16}>
      <Chart option={option} height={Math.max(240, teamRows.length * 28 + 50)} ariaLabel={t('knowledge.index.teams')} testId="sharing-teams-chart" />
      <Table<TeamRow>
        rowKey="unitId"
        size="small"
        loading={teams.isLoading}
        dataSource={teamRows}
        pagination={false}
        columns={[
          { title: t('knowledge.index.team'), dataIndex: 'unitName' },
          { title: t('knowledge.index.members'), dataIndex: 'members', align: 'right', width: 90 },
          { title: t('knowledge.index.index'), dataIndex: 'index', align: 'right', width: 100, render: (v: number) => <b>{n1(v)}</b> },
          { title: t('knowledge.index.total'), dataIndex: 'total', align: 'right', width: 100, render: n1 },
          { title: t('knowledge.index.top'), render: (_, r) => (r.top ? <Space size={4}><NavLink to={`/people/${r.top.person.id}`}>{r.top.person.name}</NavLink><Muted>{n1(r.top.index)}</Muted></Space> : '—') },
        ]}
      />
    </Flex>
  );

  return (
    <Page
      icon={<FundOutlined />}
      title={t('knowledge.index.title')}
      extra={
        <Space wrap>
          <DatePicker.RangePicker aria-label={t('knowledge.index.period')} allowEmpty={[true, true]}
            value={period.from || period.to ? [period.from ? dayjs(period.from) : null, period.to ? dayjs(period.to) : null] : null}
            onChange={(v) => list.update({ from: v?.[0]?.format('YYYY-MM-DD') ?? null, to: v?.[1]?.format('YYYY-MM-DD') ?? null })} />
          <CodeReviewImport onImported={() => { void list.refetch(); void teams.refetch(); }} />
        </Space>
      }
    >
      {index && <Formula server={index.formula} local={t('knowledge.index.formula')} />}
      {index && <Typography.Paragraph type="secondary">{t('knowledge.index.periodLine', { from: index.from, to: index.to })} {t('knowledge.index.scope')}</Typography.Paragraph>}
      {teamsAllowed ? (
        <Tabs items={[{ key: 'people', label: t('knowledge.index.people'), children: personTable }, { key: 'teams', label: t('knowledge.index.teams'), children: teamTable }]} />
      ) : personTable}
    </Page>
  );
}
