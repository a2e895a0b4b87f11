import { type ConsolePageProps, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Page, PageLoading, Section, useRun } from '@cadre/sdk/console/kit';
import { Button, Col, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { CALIBRATION, CALIBRATIONS, CYCLE_ONE, SET_POTENTIAL } from './api.js';
import { CalibrateModal } from './CalibrateModal.js';
import { DistributionChart, NineBox } from './CalibrationCharts.js';
import type { CalibrationEntry, ScoreCalibration } from './types.js';
import { CycleStatusTag } from './StatusTags.js';
import { score } from './numbers.js';
import { useT } from './i18n.js';

/** Calibration of one cycle: score distribution, the 9-box, and calibrating a score with a reason. */
export default function CalibrationPage({ params }: ConsolePageProps) {
  const cycleId = params.id ?? '';
  const { can } = useCadre();
  const t = useT();
  const run = useRun();
  const cycle = useCadreQuery(CYCLE_ONE, { id: cycleId });
  const view = useCadreQuery(CALIBRATION, { cycleId });
  const history = useCadreQuery(CALIBRATIONS, { cycleId });
  const setPotential = useCadreMutation(SET_POTENTIAL);
  const [cell, setCell] = useState<{ performance: number; potential: number } | null>(null);
  const [search, setSearch] = useState('');
  const [calibrating, setCalibrating] = useState<CalibrationEntry | null>(null);
  const entries = view.data?.calibrationView.entries;
  const shown = useMemo(() => {
    const ids = cell ? new Set(view.data?.calibrationView.nineBox.find((b) => b.performance === cell.performance && b.potential === cell.potential)?.personIds ?? []) : null;
    const q = search.trim().toLowerCase();
    return (entries ?? []).filter((e) => (!ids || ids.has(e.personId)) && (!q || e.name.toLowerCase().includes(q) || e.teamName.toLowerCase().includes(q)));
  }, [entries, cell, search, view.data]);

  if (cycle.isLoading || view.isLoading) return <PageLoading />;
  if (cycle.error || view.error || !cycle.data || !view.data) return <LoadFailed error={cycle.error ?? view.error} retry={() => { cycle.refetch(); view.refetch(); }} />;
  const c = cycle.data.reviewCycle;
  const v = view.data.calibrationView;
  const canWrite = can('incentives.calibration.write') && (c.status === 'calibrating' || c.status === 'finalised');

  return (
    <Page title={t('incentives.calibration.of', { name: c.name })} tags={<CycleStatusTag value={c.status} />}>
      <Row gutter={[24, 8]}>
        <Col xs={24} xl={14}>
          <Section title={t('incentives.calibration.distribution')}>
            <DistributionChart buckets={v.distribution} thresholds={c.thresholds} />
          </Section>
          <Space wrap style={{ marginBottom: 16 }}>
            {v.bands.map((b) => <Tag key={b.band}>{t('incentives.band')} {b.band} · {b.condition} · c = {b.coefficient} · {b.count}</Tag>)}
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Section title={t('incentives.calibration.nineBox')} extra={cell && <Button size="small" onClick={() => setCell(null)}>{t('incentives.calibration.clearCell')}</Button>}>
            <NineBox cells={v.nineBox} selected={cell} onSelect={setCell} />
          </Section>
        </Col>
      </Row>

      <Section
        title={t('incentives.calibration.people')}
        extra={<Input.Search allowClear placeholder={t('incentives.search')} aria-label={t('incentives.search')} onSearch={setSearch} style={{ width: 240 }} />}
      >
        <Table<CalibrationEntry>
          rowKey="personId" size="small" dataSource={shown} scroll={{ x: 900 }} pagination={{ pageSize: 15, hideOnSinglePage: true }}
          columns={[
            { title: t('incentives.person'), dataIndex: 'name', fixed: 'left', width: 200 },
            { title: t('incentives.team'), dataIndex: 'teamName', ellipsis: true },
            { title: t('incentives.level'), dataIndex: 'level', width: 70 },
            { title: t('incentives.calibration.computed'), dataIndex: 'score', width: 100, align: 'right', render: score, sorter: (a, b) => (a.score ?? 0) - (b.score ?? 0) },
            { title: t('incentives.calibration.calibrated'), dataIndex: 'calibratedScore', width: 110, align: 'right', render: (s: number | null) => (s === null ? '—' : <Typography.Text strong>{score(s)}</Typography.Text>) },
            { title: t('incentives.band'), dataIndex: 'band', width: 70, align: 'right', render: (b: number | null) => b ?? '—' },
            {
              title: t('incentives.potential'), dataIndex: 'potential', width: 130,
              render: (p: number | null, e) => canWrite ? (
                <Select size="small" value={p ?? undefined} placeholder="—" style={{ width: 110 }} aria-label={t('incentives.potential')}
                  options={[1, 2, 3].map((n) => ({ value: n, label: t(`incentives.potential.${n}`) }))}
                  onChange={(potential: number) => void run(setPotential.mutate({ input: { cycleId, personId: e.personId, potential } }), t('incentives.saved'))} />
              ) : (p ? t(`incentives.potential.${p}`) : '—'),
            },
            ...(canWrite ? [{ title: '', width: 110, render: (_: unknown, e: CalibrationEntry) => <Button size="small" onClick={() => setCalibrating(e)}>{t('incentives.calibration.calibrate')}</Button> }] : []),
          ]}
        />
      </Section>

      <Section title={t('incentives.calibration.history')}>
        <Table<ScoreCalibration>
          rowKey="id" size="small" loading={history.isLoading} dataSource={history.data?.scoreCalibrations ?? []} pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t('incentives.person'), dataIndex: 'personName', width: 180 },
            { title: t('incentives.calibration.change'), width: 120, render: (_, h) => `${score(h.fromScore)} → ${score(h.toScore)}` },
            { title: t('incentives.calibration.reason'), dataIndex: 'reason' },
            { title: t('incentives.calibration.by'), dataIndex: 'actorEmail', width: 170 },
            { title: t('incentives.calibration.at'), dataIndex: 'at', width: 170, render: (at: string) => new Date(at).toLocaleString() },
          ]}
        />
      </Section>
      <CalibrateModal cycleId={cycleId} entry={calibrating} onClose={() => setCalibrating(null)} />
    </Page>
  );
}
