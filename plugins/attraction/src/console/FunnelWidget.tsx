import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { formatPercent } from '@cadre/sdk/console/kit';
import { Chart } from '@cadre/sdk/console/chart';
import { Empty, Flex, Skeleton, Space, Statistic, Typography } from 'antd';
import { FunnelChart } from 'echarts/charts';
import { FUNNEL } from './api.js';
import { useT } from './i18n.js';

/** Dashboard: how far candidates get (stage conversion), the offer acceptance rate and time to hire. */
export default function FunnelWidget() {
  const t = useT();
  const { data, isLoading, error } = useCadreQuery(FUNNEL, {});
  if (isLoading) return <Skeleton active />;
  if (error) return <Typography.Text type="danger">{error.message}</Typography.Text>;
  const f = data?.hiringFunnel.overall;
  if (!f || !f.candidates) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('attraction.funnel.empty')} />;
  const first = f.stages[0]?.reached || 1;
  return (
    <Flex vertical gap={8} data-testid="funnel-widget">
      <Chart
        ariaLabel={t('attraction.widget.funnel')}
        parts={FunnelChart}
        height={230}
        option={{
          tooltip: {
            trigger: 'item',
            formatter: (p: { name: string; value: number; dataIndex: number }) => {
              const s = f.stages[p.dataIndex];
              return `${p.name}: ${p.value}<br/>${t('attraction.funnel.ofSourced', { pct: formatPercent(p.value / first) })}${s?.conversionToNext !== null && s?.conversionToNext !== undefined ? `<br/>${t('attraction.funnel.toNext', { pct: formatPercent(s.conversionToNext) })}` : ''}`;
            },
          },
          series: [{
            type: 'funnel', sort: 'none', left: 8, right: 8, top: 8, bottom: 8, minSize: '12%', gap: 2,
            label: { position: 'inside', color: '#fff', textBorderWidth: 0, fontWeight: 500, formatter: (p: { name: string; value: number }) => `${p.name}  ${p.value}` },
            data: f.stages.map((s) => ({ name: t(`attraction.stage.${s.stage}`), value: s.reached })),
          }],
        }}
      />
      <Space size="large" wrap>
        <Statistic title={t('attraction.funnel.acceptance')} value={formatPercent(f.offerAcceptanceRate)} data-testid="acceptance-rate" />
        <Statistic title={t('attraction.funnel.timeToHire')} value={f.timeToHireDaysMedian === null ? '—' : t('attraction.funnel.days', { days: Math.round(f.timeToHireDaysMedian) })} />
        <Statistic title={t('attraction.funnel.active')} value={f.active} />
      </Space>
    </Flex>
  );
}
