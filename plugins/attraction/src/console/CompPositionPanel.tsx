import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { formatPercent } from '@cadre/sdk/console/kit';
import { Chart } from '@cadre/sdk/console/chart';
import { Alert, Space, Spin, Statistic, Tag, Typography } from 'antd';
import { ScatterChart } from 'echarts/charts';
import { MarkLineComponent } from 'echarts/components';
import { COMPA_RATIO } from './api.js';
import { ratio, shortMoney } from './format.js';
import { useDebounced } from './useDebounced.js';
import { useT } from './i18n.js';

// Series beyond the chart kit's bars and lines.
const SERIES = [ScatterChart, MarkLineComponent];

const POSITION_COLORS: Record<string, string> = { below: 'orange', within: 'green', above: 'red' };

/** Compa-ratio and market percentile of the base being typed, asked of the server (debounced). */
export function CompPositionPanel({ base, jobFamily, level, currency }: { base: number | null; jobFamily: string | null; level: string | null; currency: string }) {
  const { locale } = useCadre();
  const t = useT();
  const settled = useDebounced(base, 300);
  const enabled = settled !== null && settled > 0 && !!jobFamily && !!level;
  const { data, error, isLoading } = useCadreQuery(COMPA_RATIO, { input: { base: settled ?? 0, jobFamily, level, currency } }, { enabled });
  const p = enabled ? data?.compaRatio : undefined;
  const typing = base !== settled || (enabled && isLoading);
  const money = (v: number) => shortMoney(v, currency, locale);
  const band = p?.band;
  const market = p?.market;
  const points = p && band ? [band.minBase, band.maxBase, p.base, ...(market ? [market.p25, market.p90] : [])] : [];
  const axisMin = points.length ? Math.floor(Math.min(...points) * 0.9) : 0;
  const axisMax = points.length ? Math.ceil(Math.max(...points) * 1.08) : 0;

  return (
    <div data-testid="comp-position">
      <Space size="large" wrap align="start">
        <Statistic title={t('attraction.compaRatio')} value={p ? ratio(p.compaRatio) : '—'} data-testid="live-compa" />
        <Statistic title={t('attraction.marketPercentile')} value={p?.marketPercentile !== null && p?.marketPercentile !== undefined ? `P${Math.round(p.marketPercentile)}` : '—'} data-testid="live-percentile" />
        <Statistic title={t('attraction.rangePenetration')} value={p ? formatPercent(p.rangePenetration) : '—'} />
        <div>
          <Typography.Text type="secondary">{t('attraction.bandPosition')}</Typography.Text>
          <div style={{ marginTop: 8 }}>{p?.bandPosition ? <Tag color={POSITION_COLORS[p.bandPosition]} data-testid="live-band-position">{t(`attraction.bandPos.${p.bandPosition}`)}</Tag> : '—'}</div>
        </div>
        {typing && <Spin size="small" />}
      </Space>
      {!jobFamily || !level ? <Alert type="info" showIcon style={{ marginTop: 12 }} title={t('attraction.offer.noBand')} /> : null}
      {error && <Alert type="error" showIcon style={{ marginTop: 12 }} title={error.message} />}
      {p?.note && <Alert type="info" showIcon style={{ marginTop: 12 }} title={p.note} />}
      {p?.needsExceptionApproval && <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('attraction.offer.exception')} data-testid="needs-exception" />}
      {band && p && (
        <Chart
          parts={SERIES}
          ariaLabel={t('attraction.offer.position')}
          height={170}
          option={{
            animation: false,
            tooltip: { trigger: 'item', valueFormatter: (v: number) => money(v) },
            grid: { left: 90, right: 32, top: 28, bottom: 28 },
            yAxis: { type: 'category', data: [t('attraction.offer.market'), t('attraction.offer.band')] },
            xAxis: { type: 'value', min: axisMin, max: axisMax, splitNumber: 4, axisLabel: { hideOverlap: true, formatter: (v: number) => money(v) } },
            series: [
              { type: 'bar', stack: 'r', data: [market?.p25 ?? 0, band.minBase], itemStyle: { color: 'transparent' }, tooltip: { show: false }, barWidth: 18, emphasis: { disabled: true } },
              { type: 'bar', stack: 'r', name: t('attraction.offer.range'), data: [market ? market.p90 - market.p25 : 0, band.maxBase - band.minBase], barWidth: 18, tooltip: { show: false },
                itemStyle: { color: 'rgba(22,119,255,0.25)' } },
              { type: 'scatter', name: 'P50 / mid', data: [[market?.p50 ?? null, 0], [band.midBase, 1]], symbol: 'rect', symbolSize: [3, 22], itemStyle: { color: '#1677ff' } },
              {
                type: 'scatter', name: t('attraction.offer.base'), data: [[p.base, 0], [p.base, 1]], symbol: 'pin', symbolSize: 22, itemStyle: { color: '#fa541c' },
                markLine: { symbol: 'none', data: [{ xAxis: p.base }], lineStyle: { color: '#fa541c' }, label: { formatter: () => money(p.base) } },
              },
            ],
          }}
        />
      )}
    </div>
  );
}
