// The raise budget against what the matrix asks for and what it uses (bars), loaded lazily by the
// matrix page so ECharts never reaches the first page's bundle.
import { formatMoney, toMajorUnits, useCadre } from '@cadre/sdk/console';
import { Chart } from '@cadre/sdk/console/chart';
import type { MeritMatrix } from './types.js';
import { useT } from './i18n.js';

export default function MeritBudgetChart({ matrix }: { matrix: MeritMatrix }) {
  const t = useT();
  const { locale } = useCadre();
  const budget = matrix.budget ?? 0;
  const used = matrix.totalAmount ?? 0;
  const bars = [
    { name: t('incentives.merit.budget'), value: budget, color: '#1677ff' },
    { name: t('incentives.merit.proposed'), value: matrix.totalProposed ?? 0, color: matrix.withinBudget ? '#52c41a' : '#fa8c16' },
    { name: t('incentives.merit.used'), value: used, color: '#52c41a' },
    { name: t('incentives.merit.available'), value: Math.max(0, budget - used), color: '#bfbfbf' },
  ];
  const money = (minor: number) => formatMoney(minor, matrix.currency, locale);
  return (
    <Chart
      ariaLabel={t('incentives.merit.chartTitle')}
      testId="merit-budget-chart"
      height={240}
      option={{
        tooltip: { trigger: 'axis', valueFormatter: (v: number) => money(v) },
        grid: { left: 110, right: 120, top: 16, bottom: 30 },
        xAxis: { type: 'value', axisLabel: { formatter: (v: number) => String(toMajorUnits(v, matrix.currency)) } },
        yAxis: { type: 'category', data: bars.map((b) => b.name), inverse: true },
        series: [{ type: 'bar', name: t('incentives.merit.amount'), data: bars.map((b) => ({ value: b.value, itemStyle: { color: b.color } })), label: { show: true, position: 'right', formatter: (p: { value: number }) => money(p.value) } }],
      }}
    />
  );
}
