// The staffing optimiser: choose a unit (managers: the units they lead), propose a plan (a job:
// the server scores every person × project pair and solves the capacitated assignment; its id
// stays in the URL so a reload follows it), read the diff against today and why each person was
// proposed, then apply it on approval.
import { SettingOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { type GraphQLErrorEntry, isJobRunning, jobErrors, jobResult, useCadre, useCadreJob, useCadreMutation, useJobInUrl } from '@cadre/sdk/console';
import { LoadFailed, Page } from '@cadre/sdk/console/kit';
import { Button, Card, Collapse, Empty, Flex, InputNumber, Progress, Result, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { PLAN_ONE, START_PLAN } from './api.js';
import { StaffingHistory } from './StaffingHistory.js';
import { useT } from './i18n.js';
import { UnitSelect } from './UnitSelect.js';
import { StaffingErrors } from './StaffingErrors.js';
import { StaffingPlanView } from './StaffingPlanView.js';
import type { StaffingJobResult, StaffingOptions, StaffingPlan } from './types.js';
import { useStaffingUnits } from './useStaffingUnits.js';

const WHOLE = '__whole__';

export default function StaffingPage() {
  const t = useT();
  const { request } = useCadre();
  const scope = useStaffingUnits();
  const [unit, setUnit] = useState<string | null>(null);
  const [options, setOptions] = useState<StaffingOptions>({ minFit: 0.3, topK: 8, requireAll: false, includeManagers: false });
  const [plan, setPlan] = useState<StaffingPlan | null>(null);
  const [errors, setErrors] = useState<GraphQLErrorEntry[]>([]);
  const start = useCadreMutation(START_PLAN, { invalidates: [] });
  const [jobId, followJob] = useJobInUrl('/structure/staffing');
  const { job } = useCadreJob(jobId);
  const running = !!job && isJobRunning(job.state);
  const unitId = unit === WHOLE ? null : unit;
  const [reload, setReload] = useState(0);

  useEffect(() => {
    if (unit === null && scope.preferred) setUnit(scope.preferred);
  }, [unit, scope.preferred]);

  async function openPlan(id: string) {
    const result = await request(PLAN_ONE, { id });
    if (result.data) {
      setPlan(result.data.staffingPlan);
      setUnit(result.data.staffingPlan.unitId ?? WHOLE);
      setErrors([]);
    } else setErrors(result.errors);
  }

  // The job ended: show its plan, or why it failed.
  const done = jobResult<StaffingJobResult>(job);
  useEffect(() => {
    if (done) void openPlan(done.planId).then(() => setReload((n) => n + 1));
    else if (job?.state === 'failed') { setPlan(null); setErrors(jobErrors(job)); }
  }, [done?.planId, job?.state]);

  if (scope.error && !scope.units.length) return <LoadFailed error={scope.error} retry={() => location.reload()} />;
  if (!scope.isLoading && !scope.units.length) return <Result status="info" title={t('structure.staffing.noUnits')} subTitle={t('structure.staffing.noUnitsHint')} />;

  const onPropose = async () => {
    setErrors([]);
    setPlan(null);
    const result = await start.mutate({ input: { unitId, ...options } });
    if (result.data) {
      followJob(result.data.startStaffingPlan.id);
    } else setErrors(result.errors);
  };
  const unitName = new Map(scope.units.map((u) => [u.id, u.name]));

  return (
    <Page
      icon={<ThunderboltOutlined />}
      title={t('structure.staffing.title')}
      loading={scope.isLoading}
      below={(
        <>
          {running && (
            <Card data-testid="staffing-job">
              <Typography.Text>{t('structure.staffing.running')}</Typography.Text>
              <Progress aria-label={t('structure.staffing.running')} percent={job.progress} status="active" />
            </Card>
          )}
          <StaffingErrors errors={errors} testId="staffing-error" />
          {plan ? (
            <StaffingPlanView plan={plan} onChange={(p) => { setPlan(p); setReload((n) => n + 1); }} />
          ) : (
            !errors.length && !running && <Card><Empty description={t('structure.staffing.empty')} /></Card>
          )}
          {unit !== null && <StaffingHistory key={unit} unitId={unitId} unitName={unitName} reload={reload} onOpen={(id) => void openPlan(id)} />}
        </>
      )}
    >
      <Typography.Paragraph type="secondary">{t('structure.staffing.intro')}</Typography.Paragraph>
      <Flex wrap gap={12} align="center">
        <Typography.Text strong>{t('structure.staffing.unit')}</Typography.Text>
        <UnitSelect testId="staffing-unit" units={scope.units} value={unit} allowClear={false} style={{ width: 280 }} placeholder={t('structure.staffing.unit')}
          extra={scope.whole ? [{ value: WHOLE, label: t('structure.staffing.wholeOrg') }] : []} onChange={(v) => { setUnit(v); setPlan(null); setErrors([]); }} />
        <Button type="primary" icon={<ThunderboltOutlined />} loading={start.isPending || running} disabled={unit === null} onClick={() => void onPropose()} data-testid="staffing-propose">
          {t('structure.staffing.propose')}
        </Button>
      </Flex>
      <Collapse
        ghost
        style={{ marginTop: 8 }}
        items={[{
          key: 'options',
          label: <Space><SettingOutlined />{t('structure.staffing.options')}</Space>,
          children: (
            <Flex wrap gap={24}>
              <Space><span>{t('structure.staffing.minFit')}</span><InputNumber min={0} max={1} step={0.05} value={options.minFit} onChange={(v) => setOptions({ ...options, minFit: v ?? 0.3 })} /></Space>
              <Space><span>{t('structure.staffing.topK')}</span><InputNumber min={1} max={50} value={options.topK} onChange={(v) => setOptions({ ...options, topK: v ?? 8 })} /></Space>
              <Space><Switch checked={options.includeManagers} onChange={(v) => setOptions({ ...options, includeManagers: v })} /><span>{t('structure.staffing.includeManagers')}</span></Space>
              <Space><Switch checked={options.requireAll} onChange={(v) => setOptions({ ...options, requireAll: v })} /><span>{t('structure.staffing.requireAll')}</span></Space>
            </Flex>
          ),
        }]}
      />
    </Page>
  );
}
