import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { ExportButton, LoadFailed, MoneyText, Page } from '@cadre/sdk/console/kit';
import { Chart } from '@cadre/sdk/console/chart';
import { Button, Select, Space, Table, Typography } from 'antd';
import { ScatterChart } from 'echarts/charts';
import { useEffect, useState } from 'react';
import { BANDS, JOB_FAMILIES, MARKET_RATES } from './api.js';
import { marketValues, type MarketValues } from './band-form.js';
import { BandFormModal } from './BandFormModal.js';
import { BandRowActions } from './BandRowActions.js';
import { MarketRateFormModal } from './MarketRateFormModal.js';
import type { CompBand, MarketRate } from './types.js';
import { familyLabel } from './labels.js';
import { ratio, shortMoney } from './format.js';
import { BandImports } from './BandImports.js';
import { useT } from './i18n.js';

// Series beyond the chart kit's bars and lines.
const SERIES = [ScatterChart];

// Individual-contributor levels (P…) first, then management (M…) and executive (E…) ones.
const TRACKS = ['P', 'M', 'E'];
const track = (level: string) => { const i = TRACKS.indexOf(level[0] ?? ''); return i < 0 ? TRACKS.length : i; };
const levelOrder = (a: string, b: string) => track(a) - track(b) || a.localeCompare(b, 'en', { numeric: true });

/** A table row: a level with its band, or with market data only (saved before the band, or its band deleted). */
interface LevelRow { level: string; band: CompBand | null; market: MarketRate | null }

/** Compensation bands per level of a job family, against the imported market percentiles. */
export default function BandsPage() {
  const { can, locale } = useCadre();
  const t = useT();
  const families = useCadreQuery(JOB_FAMILIES, {});
  const [family, setFamily] = useState<string | null>(null);
  useEffect(() => { if (!family && families.data?.attractionJobFamilies.length) setFamily(families.data.attractionJobFamilies[0]!); }, [families.data, family]);
  const bands = useCadreQuery(BANDS, { filter: { jobFamily: family } }, { enabled: !!family });
  const markets = useCadreQuery(MARKET_RATES, { filter: { jobFamily: family } }, { enabled: !!family });
  // The band form (null: a new band, at `level` when added beside market data) and the market-rate form, when open.
  const [bandForm, setBandForm] = useState<{ band: CompBand | null; level?: string } | null>(null);
  const [marketForm, setMarketForm] = useState<{ initial: Partial<MarketValues>; editing: boolean } | null>(null);
  const writer = can('attraction.bands.write');
  if (families.error) return <LoadFailed error={families.error} retry={families.refetch} />;
  const rows = [...(bands.data?.compBands ?? [])].sort((a, b) => levelOrder(a.level, b.level));
  const banded = new Set(rows.map((b) => b.level));
  const tableRows: LevelRow[] = [
    ...rows.map((b) => ({ level: b.level, band: b, market: b.market ?? null })),
    ...(markets.data?.marketRates ?? []).filter((m) => !banded.has(m.level)).map((m) => ({ level: m.level, band: null, market: m })),
  ].sort((a, b) => levelOrder(a.level, b.level));
  const currency = rows[0]?.currency ?? markets.data?.marketRates[0]?.currency ?? 'CNY';
  const money = (v: number) => shortMoney(v, currency, locale);
  // A gap between tracks, so the lines do not join P7 to M4.
  const points: Array<CompBand | null> = rows.flatMap((b, i) => (i > 0 && track(b.level) !== track(rows[i - 1]!.level) ? [null, b] : [b]));
  const market = (k: 'p25' | 'p50' | 'p75' | 'p90') => points.map((b) => b?.market?.[k] ?? null);
  const of = (f: (b: CompBand) => number) => points.map((b) => (b ? f(b) : null));

  return (
    <Page
      title={t('attraction.bands.title')}
      extra={
        <Space wrap>
          <Select style={{ width: 240 }} aria-label={t('attraction.jobFamily')} value={family ?? undefined} onChange={setFamily} loading={families.isLoading}
            options={(families.data?.attractionJobFamilies ?? []).map((f) => ({ value: f, label: familyLabel(t, f) }))} />
          <ExportButton id="attraction.bands" variables={family ? { filter: { jobFamily: family } } : {}} />
          {writer && <BandImports onImported={() => { families.refetch(); bands.refetch(); markets.refetch(); }} />}
          {writer && <Button onClick={() => setMarketForm({ initial: marketValues(null, null, family, currency), editing: false })} data-testid="add-market-rate">{t('attraction.market.add')}</Button>}
          {writer && <Button type="primary" onClick={() => setBandForm({ band: null })} data-testid="add-band">{t('attraction.bands.add')}</Button>}
        </Space>
      }
    >
      <Chart
        parts={SERIES}
        ariaLabel={t('attraction.bands.chart')}
        testId="bands-chart"
        height={340}
        option={{
          tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : money(v)) },
          legend: { top: 0, data: [t('attraction.bands.range'), t('attraction.bands.mid'), 'P25', 'P50', 'P75', 'P90'] },
          grid: { left: 70, right: 16, top: 40, bottom: 30 },
          xAxis: { type: 'category', data: points.map((b) => b?.level ?? '') },
          yAxis: { type: 'value', axisLabel: { formatter: (v: number) => money(v) } },
          series: [
            { type: 'bar', stack: 'band', name: 'min', data: of((b) => b.minBase), itemStyle: { color: 'transparent' }, tooltip: { show: false }, barMaxWidth: 46, emphasis: { disabled: true } },
            { type: 'bar', stack: 'band', name: t('attraction.bands.range'), data: of((b) => b.maxBase - b.minBase), itemStyle: { color: 'rgba(22,119,255,0.25)', borderColor: '#1677ff' }, barMaxWidth: 46,
              tooltip: { valueFormatter: () => '' } },
            { type: 'scatter', name: t('attraction.bands.mid'), data: of((b) => b.midBase), symbol: 'rect', symbolSize: [40, 3], itemStyle: { color: '#1677ff' } },
            { type: 'line', name: 'P25', data: market('p25'), symbol: 'circle', lineStyle: { type: 'dashed', width: 1 }, itemStyle: { color: '#95de64' } },
            { type: 'line', name: 'P50', data: market('p50'), symbol: 'circle', lineStyle: { width: 2 }, itemStyle: { color: '#389e0d' } },
            { type: 'line', name: 'P75', data: market('p75'), symbol: 'circle', lineStyle: { type: 'dashed', width: 1 }, itemStyle: { color: '#fa8c16' } },
            { type: 'line', name: 'P90', data: market('p90'), symbol: 'circle', lineStyle: { type: 'dotted', width: 1 }, itemStyle: { color: '#cf1322' } },
          ],
        }}
      />
      {rows[0]?.market && <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{t('attraction.bands.source', { source: rows[0].market.source, date: rows[0].market.asOf ?? '—' })}</Typography.Paragraph>}
      <Table<LevelRow>
        rowKey="level" size="small" loading={bands.isLoading || markets.isLoading} dataSource={tableRows} pagination={false} scroll={{ x: writer ? 1900 : 1550 }} data-testid="bands-table"
        columns={[
          { title: t('attraction.level'), dataIndex: 'level', width: 70, fixed: 'left' },
          ...(['minBase', 'midBase', 'maxBase'] as const).map((k, i) => ({
            title: t(`attraction.bands.${k}`), align: 'right' as const,
            // A level with market data only says so once, across the band's columns.
            onCell: (r: LevelRow) => (r.band ? {} : { colSpan: i === 0 ? 5 : 0 }),
            render: (_: unknown, r: LevelRow) => (r.band ? <MoneyText value={r.band[k]} currency={r.band.currency} /> : <Typography.Text type="secondary" data-testid={`no-band-${r.level}`}>{t('attraction.market.noBand')}</Typography.Text>),
          })),
          { title: t('attraction.bands.bonus'), width: 90, align: 'right', onCell: (r) => (r.band ? {} : { colSpan: 0 }), render: (_, r) => (r.band ? `${r.band.bonusTargetPct}%` : null) },
          { title: t('attraction.bands.equity'), width: 140, align: 'right', onCell: (r) => (r.band ? {} : { colSpan: 0 }), render: (_, r) => (r.band ? `${r.band.equityMin.toLocaleString()} – ${r.band.equityMax.toLocaleString()}` : null) },
          ...(['p25', 'p50', 'p75', 'p90'] as const).map((k) => ({ title: k.toUpperCase(), align: 'right' as const, render: (_: unknown, r: LevelRow) => <MoneyText value={r.market?.[k]} currency={r.market?.currency ?? r.band?.currency ?? currency} /> })),
          { title: t('attraction.bands.midVsP50'), width: 110, align: 'right', render: (_, r) => (r.band && r.market ? ratio(r.band.midBase / r.market.p50) : '—') },
          ...(writer ? [{
            title: t('attraction.actions'), width: 350, fixed: 'right' as const,
            render: (_: unknown, r: LevelRow) => (
              <BandRowActions level={r.level} band={r.band} market={r.market} onEdit={() => setBandForm({ band: r.band })} onAddBand={() => setBandForm({ band: null, level: r.level })}
                onMarket={() => setMarketForm({ initial: marketValues(r.market, r.band ?? { jobFamily: family ?? '', level: r.level, currency: r.market?.currency ?? currency }, family, currency), editing: !!r.market })} />
            ),
          }] : []),
        ]}
      />
      {bandForm && <BandFormModal open band={bandForm.band} level={bandForm.level} jobFamily={family} currency={currency} onClose={() => setBandForm(null)} />}
      {marketForm && <MarketRateFormModal open initial={marketForm.initial} editing={marketForm.editing} onClose={() => setMarketForm(null)} />}
    </Page>
  );
}
