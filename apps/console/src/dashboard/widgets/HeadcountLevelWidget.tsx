import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { Chart } from '@cadre/sdk/console/chart';
import { HeadcountByLevelDocument } from './documents';
import { WidgetState } from './WidgetState';

// Numeric-aware, so P10 follows P9 rather than P1.
const levelOrder = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

export default function HeadcountLevelWidget() {
  const { t } = useCadre();
  // One aggregate query, however many people there are.
  const query = useCadreQuery(HeadcountByLevelDocument, {});
  const rows = (query.data?.headcount.byLevel ?? []).map((g) => [g.key || '—', g.count] as const).sort(([a], [b]) => levelOrder(a, b));
  return (
    <WidgetState isLoading={query.isLoading} error={query.error} empty={rows.length === 0} retry={query.refetch}>
      <Chart
        ariaLabel={t('widget.headcountLevel')}
        height={260}
        option={{
          tooltip: { trigger: 'axis' },
          grid: { left: 32, right: 8, top: 16, bottom: 24 },
          xAxis: { type: 'category', data: rows.map(([level]) => level) },
          yAxis: { type: 'value', minInterval: 1 },
          series: [{ type: 'bar', name: t('widget.people'), data: rows.map(([, n]) => n), barMaxWidth: 28, itemStyle: { borderRadius: [4, 4, 0, 0] } }],
        }}
      />
    </WidgetState>
  );
}
