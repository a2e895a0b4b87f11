// Pay positions: where each person's base sits against their band and the market, the team-wide
// view of what the person page's Pay tab shows one at a time. hr sees everyone, a manager their
// chain, anyone else themselves (the API decides). Paged, sorted and filtered on the server, the
// state in the URL (?q, team, level, family, position, sort, page); the band-position choices show counts.
// The export holds exactly the rows the filters and order show.
import { FundOutlined } from '@ant-design/icons';
import { dataOrThrow, useCadre, useCadreQuery } from '@cadre/sdk/console';
import { ExportButton, formatPercent, LoadFailed, MoneyText, Muted, NavLink, Page, PersonSelect, useServerList } from '@cadre/sdk/console/kit';
import { Flex, Input, Segmented, Select, Table, Tag, Typography } from 'antd';
import { BANDS, JOB_FAMILIES, PAY_POSITIONS_PAGE } from './api.js';
import { ratio } from './format.js';
import { useT } from './i18n.js';
import { familyLabel } from './labels.js';
import type { PayPosition, PayPositionSortField, PayPositionsPage as Connection } from './types.js';

const PLACES = ['below', 'within', 'above', 'none'] as const;
const PLACE_COLORS: Record<string, string> = { below: 'orange', within: 'green', above: 'red' };
type Filter = Partial<Record<'q' | 'team' | 'level' | 'family' | 'position', string>>;

/** The URL's filters as the API's (an unknown place in band from a hand-edited link is ignored). */
const filterOf = (f: Filter) => ({
  search: f.q ?? null,
  managerId: f.team ?? null,
  level: f.level ?? null,
  jobFamily: f.family ?? null,
  bandPosition: PLACES.find((p) => p === f.position) ?? null,
});

export default function PayPositionsPage() {
  const t = useT();
  const { request } = useCadre();
  const families = useCadreQuery(JOB_FAMILIES, {});
  const bands = useCadreQuery(BANDS, {});
  const list = useServerList<PayPosition, 'q' | 'team' | 'level' | 'family' | 'position', PayPositionSortField>({
    key: 'AttractionPayPositionsPage',
    filters: ['q', 'team', 'level', 'family', 'position'],
    sorts: ['NAME', 'COMPA_RATIO', 'MARKET_PERCENTILE'],
    defaultSort: { field: 'NAME', direction: 'ASC' },
    fetch: async ({ filter, sort, first, after }) => dataOrThrow(await request(PAY_POSITIONS_PAGE, { filter: filterOf(filter), sort, first, after })).personCompPositionsPage,
  });
  if (list.error && !list.data) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;
  const page = list.data as Connection | undefined;
  const count = (place: string) => page?.bandPositionCounts.find((c) => c.bandPosition === place)?.count;
  const place = filterOf(list.filter).bandPosition ?? 'all';
  const levels = [...new Set((bands.data?.compBands ?? []).map((b) => b.level))].sort();
  const filtered = Object.values(list.filter).some(Boolean);

  return (
    <Page icon={<FundOutlined />} title={t('attraction.payPositions.title')} extra={<ExportButton id="attraction.pay-positions" variables={{ filter: filterOf(list.filter), sort: list.sort }} />}>
      <Typography.Paragraph type="secondary">{t('attraction.payPositions.intro')}</Typography.Paragraph>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Segmented
          data-testid="pay-place" value={place} onChange={(v) => list.update({ position: v === 'all' ? null : String(v) })}
          options={['all', ...PLACES].map((p) => ({
            value: p,
            label: p === 'all' ? t('attraction.all') : `${t(`attraction.bandPos.${p}`)}${count(p) === undefined ? '' : ` (${count(p)})`}`,
          }))}
        />
        <Input.Search key={list.filter.q ?? ''} allowClear defaultValue={list.filter.q} placeholder={t('attraction.payPositions.search')} aria-label={t('attraction.payPositions.search')}
          style={{ width: 220 }} data-testid="pay-search" onSearch={(q) => list.update({ q: q.trim() || null })} />
        <PersonSelect value={list.filter.team ?? null} onChange={(v) => list.update({ team: v })} placeholder={t('attraction.payPositions.team')} style={{ width: 240 }} testId="pay-team" />
        <Select allowClear showSearch aria-label={t('attraction.jobFamily')} placeholder={t('attraction.jobFamily')} style={{ width: 220 }} data-testid="pay-family"
          value={list.filter.family ?? null} onChange={(v) => list.update({ family: v ?? null })}
          options={(families.data?.attractionJobFamilies ?? []).map((f) => ({ value: f, label: familyLabel(t, f) }))} />
        <Select allowClear showSearch aria-label={t('attraction.level')} placeholder={t('attraction.level')} style={{ width: 120 }} data-testid="pay-level"
          value={list.filter.level ?? null} onChange={(v) => list.update({ level: v ?? null })} options={levels.map((l) => ({ value: l, label: l }))} />
        {page && <Muted>{t('attraction.payPositions.count', { count: page.totalCount })}</Muted>}
      </Flex>
      <Table<PayPosition>
        rowKey="personId" size="middle" data-testid="pay-positions-table" loading={list.isFetching} dataSource={list.nodes} {...list.tableProps}
        scroll={{ x: 'max-content' }} tableLayout="fixed"
        locale={{ emptyText: filtered ? t('attraction.payPositions.noMatch') : t('attraction.payPositions.empty') }}
        columns={[
          {
            title: t('attraction.payPositions.person'), key: 'NAME', sorter: true, sortOrder: list.sortOrder('NAME'), width: 240, fixed: 'left',
            render: (_, p) => <Flex vertical><NavLink to={`/people/${p.personId}`}>{p.name}</NavLink><Muted>{p.title}</Muted></Flex>,
          },
          { title: t('attraction.level'), dataIndex: 'level', width: 80, render: (l: string) => l || '—' },
          { title: t('attraction.jobFamily'), width: 190, ellipsis: true, render: (_, p) => familyLabel(t, p.jobFamily) },
          { title: t('attraction.pay.base'), width: 150, align: 'right', render: (_, p) => (p.base === null ? '—' : <MoneyText value={p.base} currency={p.currency ?? 'CNY'} />) },
          {
            title: t('attraction.bands.range'), width: 300, align: 'right',
            render: (_, p) => (p.band ? <span style={{ whiteSpace: 'nowrap' }}><MoneyText value={p.band.minBase} currency={p.band.currency} /> – <MoneyText value={p.band.maxBase} currency={p.band.currency} /></span> : '—'),
          },
          {
            title: t('attraction.compaRatio'), key: 'COMPA_RATIO', sorter: true, sortOrder: list.sortOrder('COMPA_RATIO'), width: 130, align: 'right',
            render: (_, p) => (p.compaRatio === null ? '—' : <span data-testid="pay-row-compa">{ratio(p.compaRatio)}</span>),
          },
          {
            title: t('attraction.marketPercentile'), key: 'MARKET_PERCENTILE', sorter: true, sortOrder: list.sortOrder('MARKET_PERCENTILE'), width: 150, align: 'right',
            render: (_, p) => (p.marketPercentile === null ? '—' : `P${Math.round(p.marketPercentile)}`),
          },
          { title: t('attraction.rangePenetration'), width: 140, align: 'right', render: (_, p) => (p.rangePenetration === null ? '—' : formatPercent(p.rangePenetration)) },
          {
            title: t('attraction.bandPosition'), width: 150,
            render: (_, p) => (p.bandPosition ? <Tag color={PLACE_COLORS[p.bandPosition]} data-testid="pay-row-place">{t(`attraction.bandPos.${p.bandPosition}`)}</Tag> : <Muted>{t('attraction.bandPos.none')}</Muted>),
          },
        ]}
      />
    </Page>
  );
}
