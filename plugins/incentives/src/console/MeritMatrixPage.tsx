// One merit matrix (#17): its budget, the band × position grid of raise percentages (editable
// while the API lets it change: until approved; a change drops computed increases), computing the
// increases against the budget, and approving them. Refusals of the API (CONFLICT, FORBIDDEN)
// show in place above the matrix.
import { CalculatorOutlined, CheckOutlined, SaveOutlined } from '@ant-design/icons';
import { type ConsolePageProps, type GraphQLResult, hiddenPaths, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { errorText, LoadFailed, MoneyText, NavLink, Page, PageLoading, Section, useRun } from '@cadre/sdk/console/kit';
import { Alert, Button, Descriptions, Popconfirm, Skeleton, Space, Tag } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { APPROVE_MERIT, COMPUTE_MERIT, MERIT_CYCLES, MERIT_MATRIX, MERIT_QUERIES, UPDATE_MERIT_MATRIX } from './merit-api.js';
import { MeritGrid } from './MeritGrid.js';
import { MeritIncreasesTable } from './MeritIncreasesTable.js';
import { MeritStatusTag } from './StatusTags.js';
import { useT } from './i18n.js';

const MeritBudgetChart = lazy(() => import('./MeritBudgetChart.js'));

export default function MeritMatrixPage({ params }: ConsolePageProps) {
  const id = params.id ?? '';
  const { can } = useCadre();
  const t = useT();
  const run = useRun();
  const { data, errors, error, isLoading, refetch } = useCadreQuery(MERIT_MATRIX, { id });
  const cycles = useCadreQuery(MERIT_CYCLES, {});
  const update = useCadreMutation(UPDATE_MERIT_MATRIX, { invalidates: MERIT_QUERIES });
  const compute = useCadreMutation(COMPUTE_MERIT, { invalidates: MERIT_QUERIES });
  const approve = useCadreMutation(APPROVE_MERIT, { invalidates: MERIT_QUERIES });
  const [refusal, setRefusal] = useState<string | null>(null);
  const [cells, setCells] = useState<number[][] | null>(null);
  const matrix = data?.meritMatrix;
  const increases = data?.meritIncreases ?? [];
  useEffect(() => setCells(null), [matrix?.cells]);
  const hidden = useMemo(() => new Set(hiddenPaths(errors, 'baseSalary').map((p) => increases[Number(p.split('.')[1])]?.id)), [errors, increases]);
  if (isLoading) return <PageLoading />;
  if (error || !matrix) return <LoadFailed error={error} retry={refetch} />;

  const budgetHidden = hiddenPaths(errors, 'budget').length > 0;
  const mayWrite = can('incentives.merit.write');
  const editable = mayWrite && matrix.status !== 'approved';
  const grid = cells ?? matrix.cells;
  const changed = cells !== null && JSON.stringify(cells) !== JSON.stringify(matrix.cells);
  const cycle = cycles.data?.reviewCycles.find((c) => c.id === matrix.cycleId);
  // The mutation's outcome: a toast on success, and the API's refusal kept in place until the next try.
  const act = <R,>(promise: Promise<GraphQLResult<R>>, success: string) => {
    setRefusal(null);
    return run(promise.then((r) => { if (!r.data) setRefusal(errorText(r.errors)); return r; }), success);
  };
  const money = (v: number | null | undefined) => <MoneyText value={v} currency={matrix.currency} hidden={budgetHidden} />;

  const actions = mayWrite && (
    <Space>
      {matrix.status !== 'approved' && (
        <Button icon={<CalculatorOutlined />} loading={compute.isPending} disabled={changed} data-testid="compute-merit" onClick={() => void act(compute.mutate({ id }), t('incentives.merit.computed'))}>
          {t('incentives.merit.compute')}
        </Button>
      )}
      {matrix.status !== 'approved' && (
        <Popconfirm title={t('incentives.merit.approveConfirm', { name: matrix.name })} okText={t('incentives.confirm')} cancelText={t('incentives.cancel')}
          okButtonProps={{ 'data-testid': 'approve-merit-confirm' }} onConfirm={() => act(approve.mutate({ id }), t('incentives.merit.approved'))}>
          <Button type="primary" icon={<CheckOutlined />} loading={approve.isPending} disabled={changed} data-testid="approve-merit">{t('incentives.merit.approve')}</Button>
        </Popconfirm>
      )}
    </Space>
  );

  return (
    <Page
      title={<><NavLink to="/incentives/merit">{t('incentives.merit.title')}</NavLink>/<span data-testid="merit-title">{matrix.name}</span></>}
      tags={<MeritStatusTag value={matrix.status} />}
      extra={actions}
    >
      {refusal && <Alert type="error" showIcon closable style={{ marginBottom: 16 }} title={refusal} onClose={() => setRefusal(null)} data-testid="merit-refusal" />}
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginBottom: 24 }} data-testid="merit-summary">
        <Descriptions.Item label={t('incentives.cycle')}>{cycle ? <NavLink to={`/incentives/cycles/${cycle.id}`}>{cycle.name}</NavLink> : matrix.cycleId}</Descriptions.Item>
        <Descriptions.Item label={t('incentives.merit.budget')}><span data-testid="merit-summary-budget">{money(matrix.budget)}</span></Descriptions.Item>
        <Descriptions.Item label={t('incentives.merit.currency')}>{matrix.currency}</Descriptions.Item>
        <Descriptions.Item label={t('incentives.merit.proposed')}>{money(matrix.totalProposed)}</Descriptions.Item>
        <Descriptions.Item label={t('incentives.merit.used')}><span data-testid="merit-summary-used">{money(matrix.totalAmount)}</span></Descriptions.Item>
        <Descriptions.Item label={t('incentives.merit.fit')}>
          {matrix.withinBudget === null || matrix.status === 'draft' ? '—' : <Tag color={matrix.withinBudget ? 'green' : 'orange'}>{t(matrix.withinBudget ? 'incentives.merit.withinBudget' : 'incentives.merit.scaled')}</Tag>}
        </Descriptions.Item>
      </Descriptions>

      <Section
        title={t('incentives.merit.grid')}
        extra={editable && (
          <Space>
            {changed && <Button onClick={() => setCells(null)} data-testid="reset-merit-grid">{t('incentives.merit.reset')}</Button>}
            <Button type="primary" icon={<SaveOutlined />} disabled={!changed} loading={update.isPending} data-testid="save-merit-grid"
              onClick={() => void act(update.mutate({ id, input: { cells: grid, expectedUpdatedAt: matrix.updatedAt } }), t('incentives.merit.saved'))}>{t('incentives.merit.save')}</Button>
          </Space>
        )}
      >
        {editable && matrix.status === 'computed' && <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('incentives.merit.editDrops')} />}
        <MeritGrid value={grid} breaks={matrix.positionBreaks} onChange={editable ? setCells : undefined} />
      </Section>

      <Section title={t('incentives.merit.budgetChart')}>
        {matrix.status === 'draft' ? <Alert type="info" showIcon title={t('incentives.merit.notComputed')} /> : budgetHidden ? null : (
          <Suspense fallback={<Skeleton active />}><MeritBudgetChart matrix={matrix} /></Suspense>
        )}
      </Section>

      <Section title={t('incentives.merit.increasesTitle', { count: increases.length })}>
        <MeritIncreasesTable rows={increases} hidden={hidden} />
      </Section>
    </Page>
  );
}
