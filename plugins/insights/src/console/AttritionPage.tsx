// Attrition: headcount and leavers per month (voluntary and involuntary), the annualised rate, per
// unit (units under the threshold show nothing) and tenure at exit; the range is in the URL.
import { LineChartOutlined } from '@ant-design/icons';
import { useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Method, Page } from '@cadre/sdk/console/kit';
import { Chart } from '@cadre/sdk/console/chart';
import { Card, DatePicker, Flex, Statistic, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { ATTRITION } from './api.js';
import { useT } from './i18n.js';
import type { Attrition } from './types.js';
import { num } from './format.js';

const month = (d: dayjs.Dayjs) => d.format('YYYY-MM');

export default function AttritionPage() {
  const t = useT();
  const q = new URLSearchParams(window.location.search);
  const [range, setRange] = useState<[string, string]>([q.get('from') ?? month(dayjs().subtract(11, 'month')), q.get('to') ?? month(dayjs())]);
  useEffect(() => window.history.replaceState(window.history.state, '', `${window.location.pathname}?from=${range[0]}&to=${range[1]}`), [range]);
  const { data, error, isLoading, refetch } = useCadreQuery(ATTRITION, { from: range[0], to: range[1] });
  if (error && !data) return <LoadFailed error={error} retry={refetch} />;
  const a = data?.attritionReport;
  type Unit = Attrition['units'][number];

  return (
    <Page icon={<LineChartOutlined />} title={t('insights.attrition.title')}
      extra={<DatePicker.RangePicker picker="month" allowClear={false} value={[dayjs(`${range[0]}-01`), dayjs(`${range[1]}-01`)]} onChange={(v) => v?.[0] && v[1] && setRange([month(v[0]), month(v[1])])} aria-label={t('insights.attrition.range')} data-testid="attrition-range" />}
      below={
        <Flex gap={16} wrap>
          <Card title={t('insights.attrition.byUnit')} style={{ flex: 2, minWidth: 480 }}>
            <Table<Unit> rowKey="unitId" size="small" pagination={false} dataSource={a?.units ?? []} loading={isLoading} data-testid="attrition-units"
              columns={[
                { title: t('insights.attrition.unit'), dataIndex: 'name' },
                { title: t('insights.attrition.avgHeadcount'), width: 110, render: (_, u) => (u.suppressed ? <Tag data-testid="suppressed">{t('insights.attrition.small', { k: a?.threshold ?? '' })}</Tag> : num(u.figures?.averageHeadcount)) },
                { title: t('insights.attrition.leavers'), width: 90, render: (_, u) => u.figures?.leavers ?? '—' },
                { title: t('insights.attrition.rate'), width: 110, render: (_, u) => (u.figures ? `${num(u.figures.annualisedRate)}%` : '—') },
                { title: t('insights.attrition.voluntaryRate'), width: 110, render: (_, u) => (u.figures ? `${num(u.figures.voluntaryRate)}%` : '—') },
                { title: t('insights.attrition.regretted'), width: 90, render: (_, u) => u.figures?.regretted ?? '—' },
              ]} />
          </Card>
          <Card title={t('insights.attrition.tenureAtExit')} style={{ flex: 1, minWidth: 300 }}>
            {a && <Chart ariaLabel={t('insights.attrition.tenureAtExit')} height={240} option={{
              tooltip: {}, grid: { left: 40, right: 10, top: 10, bottom: 30 },
              xAxis: { type: 'category', data: a.tenureAtExit.map((b) => t(`insights.tenure.${b.band}`)) }, yAxis: { type: 'value', minInterval: 1 },
              series: [{ type: 'bar', data: a.tenureAtExit.map((b) => b.leavers), barMaxWidth: 36 }],
            }} />}
          </Card>
        </Flex>
      }>
      <Method title={t('insights.attrition.methodTitle')} text={t('insights.attrition.method', { k: a?.threshold ?? '…' })} />
      <Flex wrap gap={40} style={{ marginBottom: 16 }} data-testid="attrition-totals">
        <Statistic loading={isLoading} title={t('insights.attrition.avgHeadcount')} value={num(a?.total.averageHeadcount)} />
        <Statistic title={t('insights.attrition.leavers')} value={a?.total.leavers ?? '—'} />
        <Statistic title={t('insights.attrition.rate')} value={num(a?.total.annualisedRate)} suffix="%" />
        <Statistic title={t('insights.attrition.voluntaryRate')} value={num(a?.total.voluntaryRate)} suffix="%" />
        <Statistic title={t('insights.attrition.regretted')} value={a?.total.regretted ?? '—'} />
        <Statistic title={t('insights.attrition.medianTenure')} value={a?.medianTenureMonths ?? '—'} />
      </Flex>
      {a && (
        <Chart ariaLabel={t('insights.attrition.chart')} testId="attrition-chart" height={320} option={{
          tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 48, right: 48, top: 40, bottom: 30 },
          xAxis: { type: 'category', data: a.months.map((m) => m.month) },
          yAxis: [{ type: 'value', name: t('insights.attrition.people') }, { type: 'value', name: '%' }],
          series: [
            { name: t('insights.attrition.voluntary'), type: 'bar', stack: 'leavers', data: a.months.map((m) => m.voluntary) },
            { name: t('insights.attrition.involuntary'), type: 'bar', stack: 'leavers', data: a.months.map((m) => m.involuntary) },
            { name: t('insights.attrition.headcount'), type: 'line', data: a.months.map((m) => m.headcountEnd) },
            { name: t('insights.attrition.rate'), type: 'line', yAxisIndex: 1, data: a.months.map((m) => m.annualisedRate), lineStyle: { type: 'dashed' } },
          ],
        }} />
      )}
    </Page>
  );
}
