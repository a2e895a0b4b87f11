import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { Chart } from '@cadre/sdk/console/chart';
import { PieChart } from 'echarts/charts';
import { TitleComponent } from 'echarts/components';
import { HeadcountByStatusDocument } from './documents';
import { WidgetState } from './WidgetState';

// Series beyond the chart kit's bars and lines.
const SERIES = [PieChart, TitleComponent];

const STATUSES = ['active', 'leave', 'terminated'] as const;

export default function HeadcountStatusWidget() {
  const { t } = useCadre();
  const { data, error, isLoading, refetch } = useCadreQuery(HeadcountByStatusDocument, {});
  const count = (status: string) => data?.headcount.byStatus.find((g) => g.key === status)?.count ?? 0;
  const rows = STATUSES.map((s) => ({ name: t(`people.status.${s}`), value: count(s) }));
  const total = data?.headcount.total ?? 0;
  return (
    <WidgetState isLoading={isLoading} error={error} empty={total === 0} retry={refetch}>
      <Chart
        parts={SERIES}
        ariaLabel={t('widget.headcountStatus')}
        height={260}
        option={{
          tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
          legend: { bottom: 0 },
          title: { text: String(total), subtext: t('widget.people'), left: 'center', top: '36%', textStyle: { fontSize: 26 } },
          series: [{ type: 'pie', radius: ['48%', '72%'], center: ['50%', '45%'], avoidLabelOverlap: true, label: { show: false }, data: rows }],
        }}
      />
    </WidgetState>
  );
}
