// How flat the organisation is: span of control per manager and layers per unit, each flagged
// against the tenant's bounds (structure.spanMin / spanMax / maxLayers).
import { useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, NavLink, Page } from '@cadre/sdk/console/kit';
import { Chart } from '@cadre/sdk/console/chart';
import { Card, Col, Row, Statistic, Table, Tag, Typography, theme } from 'antd';
import { MarkLineComponent } from 'echarts/components';
import { useMemo, useState } from 'react';
import { ORG_UNITS, SPAN } from './api.js';
import { useT } from './i18n.js';
import { UnitSelect } from './UnitSelect.js';
import type { SpanReport } from './types.js';
import { FlagTag } from './StatusTags.js';

/** The tenant settings the bounds come from, shown by their keys (set on the settings page). */
const SETTINGS = ['structure.spanMin', 'structure.spanMax', 'structure.maxLayers'];

// Series beyond the chart kit's bars and lines.
const SERIES = [MarkLineComponent];

type ManagerRow = SpanReport['managers'][number];
type UnitRow = SpanReport['units'][number];

export default function ShapePage() {
  const t = useT();
  const { token } = theme.useToken();
  const [unitId, setUnitId] = useState<string | null>(null);
  const units = useCadreQuery(ORG_UNITS, {});
  const { data, error, isLoading, refetch } = useCadreQuery(SPAN, { unitId });
  const report = data?.spanOfControl;
  const unitName = new Map((units.data?.orgUnits ?? []).map((u) => [u.id, u.name]));

  const option = useMemo(() => {
    if (!report) return null;
    const rows = report.managers.slice(0, 30);
    const color = (flag: string) => (flag === 'TOO_WIDE' ? token.colorError : flag === 'TOO_NARROW' ? token.colorWarning : token.colorPrimary);
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 150, right: 30, top: 30, bottom: 30 },
      xAxis: { type: 'value', name: t('structure.shape.directReports'), minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: rows.map((m) => m.manager.name), axisLabel: { width: 140, overflow: 'truncate' } },
      series: [{
        type: 'bar',
        name: t('structure.shape.directReports'),
        data: rows.map((m) => ({ value: m.directReports, itemStyle: { color: color(m.flag) } })),
        markLine: {
          symbol: 'none',
          label: { formatter: '{b}' },
          data: [
            { name: t('structure.shape.spanMin', { value: report.bounds.spanMin }), xAxis: report.bounds.spanMin, lineStyle: { color: token.colorWarning, type: 'dashed' } },
            { name: t('structure.shape.spanMax', { value: report.bounds.spanMax }), xAxis: report.bounds.spanMax, lineStyle: { color: token.colorError, type: 'dashed' } },
          ],
        },
      }],
    };
  }, [report, t, token]);

  if (error && !report) return <LoadFailed error={error} retry={refetch} />;

  return (
    <Page
      title={t('structure.shape.title')}
      loading={isLoading && !report}
      extra={
        <UnitSelect units={units.data?.orgUnits ?? []} value={unitId} onChange={setUnitId} placeholder={t('structure.shape.wholeOrg')} />
      }
      below={(
        <>
          {report && (
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={12}>
                <Card title={t('structure.shape.managers')}>
                  {option && <Chart parts={SERIES} option={option} height={Math.max(260, Math.min(30, report.managers.length) * 22 + 60)} ariaLabel={t('structure.shape.managers')} testId="span-chart" />}
                  <Table<ManagerRow>
                    rowKey={(r) => r.manager.id}
                    size="small"
                    pagination={{ pageSize: 10, hideOnSinglePage: true }}
                    dataSource={report.managers}
                    columns={[
                      { title: t('structure.shape.manager'), render: (_, r) => <NavLink to={`/people/${r.manager.id}`}>{r.manager.name}</NavLink> },
                      { title: t('structure.shape.unit'), render: (_, r) => (r.unitId ? unitName.get(r.unitId) ?? '—' : '—') },
                      { title: t('structure.shape.directReports'), dataIndex: 'directReports', align: 'right', width: 110, sorter: (a, b) => a.directReports - b.directReports },
                      { title: t('structure.shape.flag'), dataIndex: 'flag', width: 120, render: (f: string) => <FlagTag value={f} />,
                        filters: ['OK', 'TOO_NARROW', 'TOO_WIDE'].map((f) => ({ text: t(`structure.flag.${f}`), value: f })), onFilter: (v, r) => r.flag === v },
                    ]}
                  />
                </Card>
              </Col>
              <Col xs={24} xl={12}>
                <Card title={t('structure.shape.layers')}>
                  <Table<UnitRow>
                    rowKey="unitId"
                    size="small"
                    pagination={false}
                    dataSource={report.units}
                    columns={[
                      { title: t('structure.shape.unit'), dataIndex: 'unitName' },
                      { title: t('structure.shape.headcount'), dataIndex: 'headcount', align: 'right', width: 100 },
                      { title: t('structure.shape.layerCount'), dataIndex: 'layers', align: 'right', width: 90, sorter: (a, b) => a.layers - b.layers },
                      { title: t('structure.shape.flag'), dataIndex: 'flagged', width: 150,
                        render: (flagged: boolean) => (flagged ? <Tag color="error">{t('structure.shape.tooDeep', { value: report.bounds.maxLayers })}</Tag> : <Tag color="success">{t('structure.flag.OK')}</Tag>) },
                    ]}
                  />
                </Card>
              </Col>
            </Row>
          )}
        </>
      )}
    >
      {report && (
        <>
          <Row gutter={[16, 16]} data-testid="shape-stats">
            <Col xs={12} md={6}><Statistic title={t('structure.shape.averageSpan')} value={report.averageSpan} precision={2} /></Col>
            <Col xs={12} md={6}><Statistic title={t('structure.shape.flaggedManagers')} value={report.flaggedManagers} suffix={`/ ${report.managers.length}`} styles={{ content: { color: report.flaggedManagers ? token.colorWarning : undefined } }} /></Col>
            <Col xs={12} md={6}><Statistic title={t('structure.shape.flaggedUnits')} value={report.flaggedUnits} suffix={`/ ${report.units.length}`} styles={{ content: { color: report.flaggedUnits ? token.colorError : undefined } }} /></Col>
            <Col xs={12} md={6}>
              <Statistic title={t('structure.shape.bounds')} value={`${report.bounds.spanMin}–${report.bounds.spanMax}`} suffix={<Typography.Text type="secondary" style={{ fontSize: 13 }}>{t('structure.shape.maxLayers', { value: report.bounds.maxLayers })}</Typography.Text>} />
            </Col>
          </Row>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('structure.shape.explain')} {SETTINGS.map((key) => <Typography.Text key={key} code>{key}</Typography.Text>)}
          </Typography.Paragraph>
        </>
      )}
    </Page>
  );
}
