import { useCadre } from '@cadre/sdk/console';
import { Chart } from '@cadre/sdk/console/chart';
import { HeatmapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import { bandOf } from './model.js';
import type { CalibrationView, HistogramBucket } from './types.js';
import { useT } from './i18n.js';

// Series beyond the chart kit's bars and lines.
const SERIES = [HeatmapChart, VisualMapComponent];

const BAND_COLORS = ['#1677ff', '#52c41a', '#13c2c2', '#faad14', '#fa8c16', '#f5222d', '#8c8c8c'];

/** Score histogram, each bar coloured by the band its middle falls in. */
export function DistributionChart({ buckets, thresholds, height = 260 }: { buckets: HistogramBucket[]; thresholds: number[]; height?: number }) {
  const t = useT();
  return (
    <Chart
      parts={SERIES}
      ariaLabel={t('incentives.calibration.distribution')}
      testId="distribution-chart"
      height={height}
      option={{
        tooltip: { trigger: 'axis' },
        grid: { left: 40, right: 16, top: 16, bottom: 40 },
        xAxis: { type: 'category', name: t('incentives.score'), nameLocation: 'middle', nameGap: 26, data: buckets.map((b) => `${b.lower}–${b.upper}`) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{
          type: 'bar', name: t('incentives.people'), barCategoryGap: '8%',
          data: buckets.map((b) => ({ value: b.count, itemStyle: { color: BAND_COLORS[(bandOf((b.lower + b.upper) / 2, thresholds) - 1) % BAND_COLORS.length] } })),
        }],
      }}
    />
  );
}

type Cell = { performance: number; potential: number };

/** The 9-box of performance × potential; clicking a box filters the people below. */
export function NineBox({ cells, selected, onSelect }: { cells: CalibrationView['nineBox']; selected: Cell | null; onSelect(cell: Cell): void }) {
  const t = useT();
  const levels = [1, 2, 3].map((n) => t(`incentives.nineBox.${n}`));
  const max = Math.max(1, ...cells.map((c) => c.count));
  return (
    <Chart
      parts={SERIES}
      ariaLabel={t('incentives.calibration.nineBox')}
      testId="nine-box"
      height={300}
      onEvents={{ click: (p: { value?: [number, number, number] }) => p.value && onSelect({ performance: p.value[0] + 1, potential: p.value[1] + 1 }) }}
      option={{
        tooltip: { formatter: (p: { value: [number, number, number] }) => `${t('incentives.performance')}: ${levels[p.value[0]]}<br/>${t('incentives.potential')}: ${levels[p.value[1]]}<br/>${p.value[2]}` },
        grid: { left: 70, right: 16, top: 16, bottom: 50 },
        xAxis: { type: 'category', data: levels, name: t('incentives.performance'), nameLocation: 'middle', nameGap: 30, splitArea: { show: true } },
        yAxis: { type: 'category', data: levels, name: t('incentives.potential'), nameLocation: 'middle', nameGap: 52, splitArea: { show: true } },
        visualMap: { show: false, min: 0, max, inRange: { color: ['#f0f5ff', '#2f54eb'] } },
        series: [{
          type: 'heatmap',
          label: { show: true, fontSize: 16 },
          data: cells.map((c) => ({
            value: [c.performance - 1, c.potential - 1, c.count],
            itemStyle: selected && selected.performance === c.performance && selected.potential === c.potential ? { borderColor: '#fa541c', borderWidth: 3 } : { borderColor: '#fff', borderWidth: 2 },
          })),
        }],
      }}
    />
  );
}
