// The equity page's charts, loaded lazily by the page (React.lazy) so ECharts arrives after the
// table and never in the first page's bundle: the company's vesting per month or quarter, and one
// person's cumulative vesting over time.
import { useCadre } from '@cadre/sdk/console';
import { Chart } from '@cadre/sdk/console/chart';
import { MarkLineComponent } from 'echarts/components';
import { formatUnits, periodOf, type Period, type VestingBucket, todayIso } from './equity.js';
import type { VestingEvent } from './types.js';
import { useT } from './i18n.js';

// Series beyond the chart kit's bars and lines.
const SERIES = [MarkLineComponent];

/** Bars: units vesting in each period; line: vested so far. A mark on the current period. */
export function CompanyVestingChart({ buckets, period }: { buckets: VestingBucket[]; period: Period }) {
  const t = useT();
  const { locale } = useCadre();
  const now = periodOf(todayIso(), period);
  const fmt = (v: number) => formatUnits(v, locale);
  return (
    <Chart
      parts={SERIES}
      ariaLabel={t('incentives.equity.chartTitle')}
      testId="equity-company-chart"
      height={280}
      option={{
        tooltip: { trigger: 'axis', valueFormatter: (v: number) => fmt(v) },
        legend: { top: 0 },
        grid: { left: 70, right: 70, top: 36, bottom: 40 },
        xAxis: { type: 'category', data: buckets.map((b) => b.period) },
        yAxis: [
          { type: 'value', name: t('incentives.equity.vestingInPeriod'), minInterval: 1, axisLabel: { formatter: fmt } },
          { type: 'value', name: t('incentives.equity.vestedTotal'), minInterval: 1, axisLabel: { formatter: fmt }, splitLine: { show: false } },
        ],
        series: [
          {
            type: 'bar', name: t('incentives.equity.vestingInPeriod'), data: buckets.map((b) => b.units), itemStyle: { color: '#1677ff' },
            markLine: buckets.some((b) => b.period === now) ? { symbol: 'none', label: { formatter: t('incentives.equity.today') }, data: [{ xAxis: now }] } : undefined,
          },
          { type: 'line', name: t('incentives.equity.vestedTotal'), yAxisIndex: 1, step: 'end', showSymbol: false, data: buckets.map((b) => b.cumulative), itemStyle: { color: '#52c41a' } },
        ],
      }}
    />
  );
}

/** One person's vested units over time (a step at each vesting date), with today marked. */
export function PersonVestingChart({ events }: { events: VestingEvent[] }) {
  const t = useT();
  const { locale } = useCadre();
  const fmt = (v: number) => formatUnits(v, locale);
  return (
    <Chart
      parts={SERIES}
      ariaLabel={t('incentives.equity.personChart')}
      testId="equity-person-chart"
      height={220}
      option={{
        tooltip: { trigger: 'axis', valueFormatter: (v: number) => fmt(v) },
        grid: { left: 70, right: 24, top: 24, bottom: 40 },
        xAxis: { type: 'time' },
        yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: fmt } },
        series: [{
          type: 'line', step: 'end', showSymbol: false, name: t('incentives.equity.vestedTotal'), data: events.map((e) => [e.date, e.cumulative]), itemStyle: { color: '#52c41a' }, areaStyle: { opacity: 0.15 },
          markLine: { symbol: 'none', label: { formatter: t('incentives.equity.today') }, data: [{ xAxis: todayIso() }] },
        }],
      }}
    />
  );
}
