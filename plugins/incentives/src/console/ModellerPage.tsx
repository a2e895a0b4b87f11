import { CheckCircleTwoTone, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { type ConsolePageProps, formatMoney, useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Page, PageLoading } from '@cadre/sdk/console/kit';
import { Chart } from '@cadre/sdk/console/chart';
import { Alert, Button, Col, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ALLOCATIONS, POOL_INPUTS, POOL_ONE } from './api.js';
import { ModelSliders } from './ModelSliders.js';
import { ModelTable } from './ModelTable.js';
import { runModel, type ModelParameters, type ModelResult } from './model.js';
import { SaveModelModal } from './SaveModelModal.js';
import { useSolver } from './useSolver.js';
import { PoolStatusTag } from './StatusTags.js';
import { num } from './numbers.js';
import { useT } from './i18n.js';

/**
 * The bonus pool modeller: thresholds, coefficients and the pool on sliders; every change is
 * recomputed here in the browser by the WASM solver (band + allocate), and the amounts always add
 * up to the pool. "Save" sends the chosen parameters to the server, which recomputes them itself.
 */
export default function ModellerPage({ params }: ConsolePageProps) {
  const id = params.id ?? '';
  const { locale, can } = useCadre();
  const t = useT();
  const pool = useCadreQuery(POOL_ONE, { id });
  const inputs = useCadreQuery(POOL_INPUTS, { id });
  const saved = useCadreQuery(ALLOCATIONS, { poolId: id });
  const { solver, error: solverError } = useSolver();
  const [parameters, setParameters] = useState<ModelParameters | null>(null);
  const [saving, setSaving] = useState<'scenario' | 'pool' | null>(null);
  const data = inputs.data?.bonusPoolInputs;
  const initial = useMemo<ModelParameters | null>(() => (data ? { amount: data.amount, thresholds: data.thresholds, coefficients: data.coefficients } : null), [data]);
  useEffect(() => { if (initial) setParameters((p) => p ?? initial); }, [initial]);

  // The last good result stays on screen while the parameters are invalid (the solver says why).
  const last = useRef<ModelResult | null>(null);
  const { result, problem } = useMemo(() => {
    if (!solver || !data || !parameters) return { result: null, problem: null };
    try {
      last.current = runModel(solver, data, parameters);
      return { result: last.current, problem: null };
    } catch (error) {
      return { result: last.current, problem: (error as Error).message };
    }
  }, [solver, data, parameters]);

  if (pool.isLoading || inputs.isLoading) return <PageLoading />;
  if (pool.error || inputs.error || !pool.data || !data) return <LoadFailed error={pool.error ?? inputs.error} retry={() => { pool.refetch(); inputs.refetch(); }} />;
  const p = pool.data.bonusPool;
  const money = (minor: number) => formatMoney(minor, data.currency, locale);
  const broken = data.people.filter((r) => r.error);
  const editable = p.status === 'draft' || p.status === 'scenario';
  const savedAmounts = new Map((saved.data?.bonusAllocations ?? []).map((a) => [a.personId, a.amount]));
  const perBand = result ? (parameters?.coefficients ?? []).map((_, i) => result.rows.filter((r) => r.band === i + 1).reduce((s, r) => s + r.amount, 0)) : [];

  return (
    <Page
      title={t('incentives.model.of', { name: p.name })}
      tags={<PoolStatusTag value={p.status} />}
      extra={
        <Space>
          <Button icon={<UndoOutlined />} onClick={() => setParameters(initial)}>{t('incentives.model.reset')}</Button>
          {can('incentives.pools.write') && editable && <Button icon={<SaveOutlined />} disabled={!!problem || !result} onClick={() => setSaving('pool')} data-testid="save-pool">{t('incentives.model.savePool')}</Button>}
          {can('incentives.pools.write') && <Button type="primary" icon={<SaveOutlined />} disabled={!!problem || !result} onClick={() => setSaving('scenario')} data-testid="save-scenario">{t('incentives.model.saveScenario')}</Button>}
        </Space>
      }
    >
      {solverError && <Alert type="error" showIcon title={t('incentives.model.solverFailed', { message: solverError.message })} style={{ marginBottom: 16 }} />}
      {broken.length > 0 && <Alert type="warning" showIcon title={broken.map((r) => r.error).join('; ')} style={{ marginBottom: 16 }} />}
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="model-problem" />}
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={12}>
          {parameters && <ModelSliders value={parameters} initialAmount={data.amount} currency={data.currency} onChange={setParameters} />}
        </Col>
        <Col xs={24} xl={12}>
          {!result ? <Skeleton active /> : (
            <>
              <Space size="large" wrap style={{ marginBottom: 12 }}>
                <Statistic title={t('incentives.model.pool')} value={money(parameters!.amount)} />
                <Statistic title={t('incentives.model.sum')} value={money(result.total)} prefix={result.total === parameters!.amount ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : null} data-testid="model-sum" />
                <Statistic title="λ" value={num(result.lambda)} />
                <Statistic title="Σ ω c" value={num(result.weightedSum)} />
                <Statistic title={t('incentives.bound.floor')} value={result.atFloor} />
                <Statistic title={t('incentives.bound.cap')} value={result.atCap} />
              </Space>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{t('incentives.model.formula')}</Typography.Paragraph>
              <Chart
                ariaLabel={t('incentives.model.perBand')}
                height={180}
                option={{
                  animation: false,
                  tooltip: { trigger: 'axis', valueFormatter: (v: number) => money(v) },
                  grid: { left: 90, right: 16, top: 12, bottom: 24 },
                  xAxis: { type: 'category', data: perBand.map((_, i) => `${t('incentives.band')} ${i + 1}`) },
                  yAxis: { type: 'value', axisLabel: { formatter: (v: number) => money(v).replace(/\.\d+$/, '') } },
                  series: [{ type: 'bar', name: t('incentives.model.perBand'), data: perBand, barMaxWidth: 32 }],
                }}
              />
            </>
          )}
        </Col>
      </Row>
      {result && <ModelTable rows={result.rows} currency={data.currency} saved={savedAmounts} />}
      {parameters && (
        <SaveModelModal mode={saving} pool={p} parameters={parameters} onClose={() => setSaving(null)} />
      )}
    </Page>
  );
}
