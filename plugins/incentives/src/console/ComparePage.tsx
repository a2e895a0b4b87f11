import { type ConsolePageProps, formatMoney, useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, NavLink, Page, PageLoading, Section } from '@cadre/sdk/console/kit';
import { Chart } from '@cadre/sdk/console/chart';
import { Checkbox, Skeleton, Table, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { COMPARE, POOLS } from './api.js';
import type { ScenarioComparison, ScenarioSummary } from './types.js';
import { PoolStatusTag } from './StatusTags.js';
import { num, score } from './numbers.js';
import { useT } from './i18n.js';

type Metric = { key: string; label: string; value(p: ScenarioSummary): ReactNode };

/** A pool and its what-if scenarios side by side: summary, band counts, and each person's amount in each. */
export default function ComparePage({ params }: ConsolePageProps) {
  const id = params.id ?? '';
  const { locale } = useCadre();
  const t = useT();
  const pools = useCadreQuery(POOLS, { includeScenarios: true });
  // The pool first (the others' differences are against it), then its scenarios.
  const family = useMemo(() => (pools.data?.bonusPools ?? []).filter((p) => p.id === id || p.scenarioOfId === id).sort((a, b) => Number(b.id === id) - Number(a.id === id)).slice(0, 10), [pools.data, id]);
  // Everything until the reader picks (null), so a scenario that arrives with a refetch is included.
  const [picked, setPicked] = useState<string[] | null>(null);
  const selected = picked ?? family.map((p) => p.id);
  const ids = family.filter((p) => selected.includes(p.id)).map((p) => p.id);
  const compare = useCadreQuery(COMPARE, { poolIds: ids }, { enabled: ids.length > 0 });

  if (pools.isLoading) return <PageLoading />;
  if (pools.error) return <LoadFailed error={pools.error} retry={pools.refetch} />;
  const c: ScenarioComparison | undefined = compare.data?.compareBonusScenarios;
  const money = (p: ScenarioSummary, v: number) => formatMoney(v, p.currency, locale);
  const metrics: Metric[] = [
    { key: 'status', label: t('incentives.status'), value: (p) => <PoolStatusTag value={p.status} /> },
    { key: 'amount', label: t('incentives.model.pool'), value: (p) => money(p, p.amount) },
    { key: 'total', label: t('incentives.model.sum'), value: (p) => money(p, p.total) },
    { key: 'thresholds', label: t('incentives.thresholds'), value: (p) => p.thresholds.join(' / ') },
    { key: 'coefficients', label: t('incentives.coefficients'), value: (p) => p.coefficients.join(' / ') },
    { key: 'lambda', label: 'λ', value: (p) => num(p.lambda) },
    { key: 'min', label: t('incentives.compare.min'), value: (p) => money(p, p.min) },
    { key: 'median', label: t('incentives.compare.median'), value: (p) => money(p, p.median) },
    { key: 'max', label: t('incentives.compare.max'), value: (p) => money(p, p.max) },
    { key: 'bounds', label: `${t('incentives.bound.floor')} / ${t('incentives.bound.cap')}`, value: (p) => `${p.atFloor} / ${p.atCap}` },
    { key: 'bands', label: t('incentives.compare.bandCounts'), value: (p) => p.bandCounts.join(' / ') },
  ];
  const bands = Math.max(0, ...(c?.pools ?? []).map((p) => p.bandCounts.length));

  return (
    <Page title={t('incentives.compare.title')}>
      <Checkbox.Group value={selected} onChange={(v) => setPicked(v as string[])} style={{ marginBottom: 16 }}
        options={family.map((p) => ({ value: p.id, label: p.name }))} />
      {compare.error && <LoadFailed error={compare.error} retry={compare.refetch} />}
      {compare.isLoading && <Skeleton active />}
      {c && (
        <>
          <Table<Metric>
            rowKey="key" size="small" pagination={false} dataSource={metrics} bordered scroll={{ x: 300 + c.pools.length * 220 }} data-testid="compare-summary"
            columns={[
              { title: '', dataIndex: 'label', width: 160, fixed: 'left', render: (l: string) => <Typography.Text strong>{l}</Typography.Text> },
              ...c.pools.map((p) => ({ key: p.poolId, title: <NavLink to={`/incentives/pools/${p.poolId}`}>{p.name}</NavLink>, width: 220, render: (_: unknown, m: Metric) => m.value(p) })),
            ]}
          />
          <div style={{ height: 24 }} />
          <Section title={t('incentives.compare.bandCounts')}>
            <Chart
              ariaLabel={t('incentives.compare.bandCounts')}
              height={240}
              option={{
                tooltip: { trigger: 'axis' },
                legend: { top: 0 },
                grid: { left: 40, right: 16, top: 36, bottom: 24 },
                xAxis: { type: 'category', data: Array.from({ length: bands }, (_, i) => `${t('incentives.band')} ${i + 1}`) },
                yAxis: { type: 'value', minInterval: 1 },
                series: c.pools.map((p) => ({ type: 'bar', name: p.name, data: p.bandCounts, barMaxWidth: 28 })),
              }}
            />
          </Section>
          <Section title={t('incentives.compare.people')}>
            <Table
              rowKey="personId" size="small" dataSource={c.rows} scroll={{ x: 420 + c.pools.length * 170 }} pagination={{ pageSize: 20, hideOnSinglePage: true }}
              columns={[
                { title: t('incentives.person'), dataIndex: 'name', width: 190, fixed: 'left' },
                { title: t('incentives.level'), dataIndex: 'level', width: 70 },
                { title: t('incentives.score'), dataIndex: 'score', width: 70, align: 'right', render: score },
                ...c.pools.map((p, i) => ({
                  key: p.poolId, title: <NavLink to={`/incentives/pools/${p.poolId}`}>{p.name}</NavLink>, width: 170, align: 'right' as const,
                  render: (_: unknown, r: ScenarioComparison['rows'][number]) => {
                    const a = r.amounts[i];
                    if (a === null || a === undefined) return '—';
                    const base = r.amounts[0];
                    const d = i > 0 && base !== null && base !== undefined ? a - base : null;
                    return <span>{money(p, a)}{d ? <Typography.Text type={d > 0 ? 'success' : 'danger'} style={{ display: 'block', fontSize: 12 }}>{d > 0 ? '+' : ''}{money(p, d)}</Typography.Text> : null}</span>;
                  },
                })),
              ]}
            />
          </Section>
        </>
      )}
    </Page>
  );
}
