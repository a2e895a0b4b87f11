// The company's vesting over time (what the viewer may see of it): units vesting per month or
// quarter from the API's schedules of granted grants, with totals above. The chart module is
// loaded lazily, after the table, so ECharts stays out of the first page and the page's own chunk.
import { useCadre } from '@cadre/sdk/console';
import { Card, Empty, Segmented, Skeleton, Space, Statistic } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { formatUnits, vestingByPeriod, type Period } from './equity.js';
import type { EquityGrant } from './types.js';
import { useT } from './i18n.js';

const CompanyVestingChart = lazy(() => import('./EquityCharts.js').then((m) => ({ default: m.CompanyVestingChart })));

export function EquityVestingCard({ grants, loading }: { grants: EquityGrant[]; loading: boolean }) {
  const t = useT();
  const { locale } = useCadre();
  const [period, setPeriod] = useState<Period>('quarter');
  const buckets = useMemo(() => vestingByPeriod(grants, period), [grants, period]);
  const granted = grants.filter((g) => g.status === 'granted');
  const sum = (values: Array<number | null>) => values.reduce<number>((a, b) => a + (b ?? 0), 0);
  const fmt = (n: number) => formatUnits(n, locale);

  const toggle = (
    <Segmented<Period> value={period} onChange={setPeriod} data-testid="vesting-period"
      options={[{ value: 'month', label: t('incentives.equity.byMonth') }, { value: 'quarter', label: t('incentives.equity.byQuarter') }]} />
  );
  return (
    <Card title={t('incentives.equity.chartTitle')} extra={toggle} loading={loading}>
      <Space size={48} wrap style={{ marginBottom: 16 }}>
        <Statistic title={t('incentives.equity.totalGranted')} value={sum(granted.map((g) => g.units))} formatter={(v) => <span data-testid="total-granted">{fmt(Number(v))}</span>} />
        <Statistic title={t('incentives.equity.totalVested')} value={sum(granted.map((g) => g.vestedUnits))} formatter={(v) => <span data-testid="total-vested">{fmt(Number(v))}</span>} />
        <Statistic title={t('incentives.equity.totalProposed')} value={sum(grants.filter((g) => g.status === 'proposed').map((g) => g.units))} formatter={(v) => fmt(Number(v))} />
      </Space>
      {buckets.length ? (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
          <CompanyVestingChart buckets={buckets} period={period} />
        </Suspense>
      ) : (
        <Empty description={t('incentives.equity.nothingVests')} />
      )}
    </Card>
  );
}
