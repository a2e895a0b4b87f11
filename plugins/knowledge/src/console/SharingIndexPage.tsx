// The knowledge-sharing index (the founding document's "knowledge-sharing degree"): per person
// (yourself and your reports, or everyone for knowledge.index.read) and per team, built from
// items published, talks given and attended, code reviews, and others reading and bookmarking
// one's items. The formula is shown with the numbers.
import { FundOutlined } from '@ant-design/icons';
import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Muted, NavLink, Page } from '@cadre/sdk/console/kit';
import { Chart } from '@cadre/sdk/console/chart';
import { DatePicker, Flex, Space, Table, Tabs, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { SHARING, TEAM_SHARING } from './api.js';
import { useT } from './i18n.js';
import type { SharingRow, TeamSharingIndex } from './types.js';
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
  const { can } = useCadre();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const period = { from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null };
  const people = useCadreQuery(SHARING, { ...period, personIds: null });
  const teamsAllowed = can('knowledge.index.teams');
  const teams = useCadreQuery(TEAM_SHARING, period, { enabled: teamsAllowed });
  const index = people.data?.knowledgeSharingIndex;
  const rows = useMemo(() => [...(index?.people ?? [])].sort((a, b) => b.index - a.index), [index]);
  const teamRows = useMemo(() => [...(teams.data?.teamKnowledgeSharingIndex.teams ?? [])].sort((a, b) => b.index - a.index), [teams.data]);

  const option = useMemo(() => ({
    tooltip: { trigger: 'axis' },
    grid: { left: 140, right: 30, top: 10, bottom: 30 },
    xAxis: { type: 'value', name: t('knowledge.index.index') },
    yAxis: { type: 'category', inverse: true, data: teamRows.map((r) => r.unitName) },
    series: [{ type: 'bar', name: t('knowledge.index.index'), data: teamRows.map((r) => Math.round(r.index * 10) / 10), itemStyle: { color: '#13c2c2' }, label: { show: true, position: 'right' } }],
  }), [teamRows, t]);

  if (people.error && !index) return <LoadFailed error={people.error} retry={people.refetch} />;

  const personTable = (
    <Table<SharingRow>
      rowKey={(r) => r.person.id}
      size="small"
      loading={people.isLoading}
      dataSource={rows}
      pagination={{ pageSize: 15, hideOnSinglePage: true }}
      scroll={{ x: 900 }}
      data-testid="sharing-people"
      columns={[
        { title: '#', width: 50, render: (_, __, i) => i + 1 },
        { title: t('knowledge.index.person'), render: (_, r) => <Flex vertical><NavLink to={`/people/${r.person.id}`}>{r.person.name}</NavLink><Muted>{r.person.title}</Muted></Flex> },
        { title: t('knowledge.index.index'), dataIndex: 'index', width: 90, align: 'right', render: (v: number) => <b>{n1(v)}</b>, sorter: (a, b) => a.index - b.index },
        ...personColumns(t),
      ]}
    />
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
          <DatePicker.RangePicker aria-label={t('knowledge.index.period')} value={range} onChange={(v) => setRange(v as [Dayjs | null, Dayjs | null] | null)} allowEmpty={[true, true]} />
          <CodeReviewImport onImported={() => { people.refetch(); teams.refetch(); }} />
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
