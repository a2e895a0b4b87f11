// The founding document's four measures of whether the talent strategy works, for the company or
// a unit: each with its formula, the numbers behind it (one click) and its trend.
import { DashboardOutlined } from '@ant-design/icons';
import { useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Page } from '@cadre/sdk/console/kit';
import { Chart } from '@cadre/sdk/console/chart';
import { Card, Col, Collapse, Row, Statistic, Table, TreeSelect, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { EFFECTIVENESS, ORG_UNITS } from './api.js';
import { useT } from './i18n.js';
import { unitTreeData } from './SurveyFormModal.js';
import type { Measure } from './types.js';
import { num } from './format.js';

function MeasureCard({ m }: { m: Measure }) {
  const t = useT();
  return (
    <Card title={m.title} data-testid={`measure-${m.id}`} style={{ height: '100%' }}>
      <Statistic value={m.value === null ? t('insights.effectiveness.hidden') : num(m.value, m.unit === 'score' || m.unit === 'index' ? 2 : 1)} suffix={m.value === null ? undefined : t(`insights.unit.${m.unit}`)} />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>{m.formula}</Typography.Paragraph>
      {m.trend.some((p) => p.value !== null) && (
        <Chart ariaLabel={m.title} height={140} option={{
          tooltip: { trigger: 'axis' }, grid: { left: 36, right: 8, top: 10, bottom: 20 },
          xAxis: { type: 'category', data: m.trend.map((p) => p.label), axisLabel: { show: false } }, yAxis: { type: 'value', scale: true },
          series: [{ type: 'line', data: m.trend.map((p) => p.value), connectNulls: false }],
        }} />
      )}
      <Collapse size="small" ghost items={[{ key: 'n', label: t('insights.effectiveness.numbers'), children: (
        <Table size="small" rowKey="id" pagination={false} dataSource={m.components} data-testid="measure-numbers"
          columns={[
            { title: t('insights.effectiveness.component'), dataIndex: 'label' },
            { title: t('insights.effectiveness.value'), render: (_, c) => (c.value === null ? '—' : `${num(c.value, 2)} ${t(`insights.unit.${c.unit}`)}`) },
            { title: t('insights.effectiveness.basis'), render: (_, c) => c.people ?? '—' },
          ]} />
      ) }]} />
    </Card>
  );
}

export default function EffectivenessPage() {
  const t = useT();
  const [unitId, setUnitId] = useState<string | null>(new URLSearchParams(window.location.search).get('unit'));
  const units = useCadreQuery(ORG_UNITS, {});
  const tree = useMemo(() => unitTreeData(units.data?.orgUnits ?? []), [units.data]);
  const { data, error, isLoading, refetch } = useCadreQuery(EFFECTIVENESS, { unitId });
  if (error && !data) return <LoadFailed error={error} retry={refetch} />;
  const e = data?.effectiveness;
  const choose = (v: string | undefined) => {
    setUnitId(v ?? null);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${v ? `?unit=${v}` : ''}`);
  };
  return (
    <Page icon={<DashboardOutlined />} title={t('insights.effectiveness.title')} loading={isLoading && !e}
      extra={<TreeSelect aria-label={t('insights.results.unit')} placeholder={t('insights.effectiveness.company')} treeData={tree} allowClear treeDefaultExpandAll style={{ width: 240 }} value={unitId ?? undefined} onChange={choose} data-testid="effectiveness-unit" />}
      below={
        <Row gutter={[16, 16]}>
          {(e?.measures ?? []).map((m) => <Col key={m.id} xs={24} lg={12}><MeasureCard m={m} /></Col>)}
        </Row>
      }>
      <Typography.Text type="secondary">{t('insights.effectiveness.intro', { unit: e?.unitName ?? '', k: e?.threshold ?? '', day: e?.asOf ?? '' })}</Typography.Text>
    </Page>
  );
}
