// Running surveys: the list with each run's state and response count, actions by state, the
// trend of eNPS, engagement and response rate across runs, and the anonymity threshold. The list
// is paged, sorted and filtered on the server, its state in the URL (?status, kind, q, sort, page).
import { PlusOutlined, SolutionOutlined } from '@ant-design/icons';
import { dataOrThrow, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, NavLink, Page, useRun, useServerList } from '@cadre/sdk/console/kit';
import { Chart } from '@cadre/sdk/console/chart';
import { App, Button, Card, Flex, Input, InputNumber, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { CLOSE_SURVEY, DELETE_SURVEY, OPEN_SURVEY, REMIND_SURVEY, SET_THRESHOLD, SURVEYS_PAGE, THRESHOLD, TREND } from './api.js';
import { useT } from './i18n.js';
import { SurveyFormModal } from './SurveyFormModal.js';
import type { Survey, SurveyKind, SurveySortField, SurveyStatus } from './types.js';

const STATUS_COLORS: Record<SurveyStatus, string> = { DRAFT: 'default', OPEN: 'processing', CLOSED: 'success' };
const STATUSES: readonly SurveyStatus[] = ['DRAFT', 'OPEN', 'CLOSED'];
const KINDS: readonly SurveyKind[] = ['ENGAGEMENT', 'PULSE', 'CUSTOM'];
const statusOf = (v: string | undefined) => STATUSES.find((s) => s === v);
const kindOf = (v: string | undefined) => KINDS.find((k) => k === v);

function Threshold() {
  const t = useT();
  const run = useRun();
  const { data, error, refetch } = useCadreQuery(THRESHOLD, {});
  const set = useCadreMutation(SET_THRESHOLD);
  const [k, setK] = useState<number | null>(null);
  // Without the current threshold the field would offer an empty value to save over it.
  if (error && !data) return <LoadFailed compact error={error} retry={() => void refetch()} />;
  return (
    <Space wrap>
      <Typography.Text id="threshold-label">{t('insights.surveys.threshold')}</Typography.Text>
      <InputNumber aria-labelledby="threshold-label" min={3} max={50} value={k ?? data?.anonymityThreshold} onChange={(v) => setK(v)} data-testid="threshold-input" />
      <Button disabled={k === null} loading={set.isPending} onClick={async () => { if (k !== null && (await run(set.mutate({ k }), t('insights.saved')))) { setK(null); refetch(); } }}>{t('insights.save')}</Button>
      <Typography.Text type="secondary">{t('insights.surveys.thresholdHint')}</Typography.Text>
    </Space>
  );
}

function Trend() {
  const t = useT();
  const { data, error, refetch } = useCadreQuery(TREND, {});
  if (error && !data) return <LoadFailed compact error={error} retry={() => void refetch()} />;
  const points = data?.surveyTrend ?? [];
  if (!points.length) return null;
  return (
    <Chart ariaLabel={t('insights.surveys.trend')} testId="survey-trend" height={260} option={{
      tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 40, right: 40, top: 40, bottom: 60 },
      xAxis: { type: 'category', data: points.map((p) => p.title), axisLabel: { rotate: 30 } },
      yAxis: [{ type: 'value', name: 'eNPS', min: -100, max: 100 }, { type: 'value', name: '%', min: 0, max: 100 }],
      series: [
        { name: 'eNPS', type: 'line', data: points.map((p) => p.result.enps) },
        { name: t('insights.results.engagement'), type: 'line', yAxisIndex: 1, data: points.map((p) => p.result.engagement) },
        { name: t('insights.results.responseRate'), type: 'bar', yAxisIndex: 1, data: points.map((p) => p.result.responseRate), barMaxWidth: 18, itemStyle: { opacity: 0.35 } },
      ],
    }} />
  );
}

export default function SurveysPage() {
  const t = useT();
  const run = useRun();
  const { message } = App.useApp();
  const { request } = useCadre();
  const [editing, setEditing] = useState<Survey | 'new' | null>(null);
  const list = useServerList<Survey, 'status' | 'kind' | 'q', SurveySortField>({
    key: 'InsightsSurveysPage',
    filters: ['status', 'kind', 'q'],
    sorts: ['CREATED_AT', 'TITLE', 'KIND', 'STATUS', 'OPENED_AT'],
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
    fetch: async ({ filter, sort, first, after }) => {
      const variables = { filter: { status: statusOf(filter.status) ?? null, kind: kindOf(filter.kind) ?? null, search: filter.q ?? null }, sort, first, after };
      return dataOrThrow(await request(SURVEYS_PAGE, variables)).surveysPage;
    },
  });
  const refetch = () => void list.refetch();
  const open = useCadreMutation(OPEN_SURVEY);
  const close = useCadreMutation(CLOSE_SURVEY);
  const remind = useCadreMutation(REMIND_SURVEY);
  const remove = useCadreMutation(DELETE_SURVEY);
  if (list.error && !list.data) return <LoadFailed error={list.error} retry={refetch} />;
  const sorted = (field: SurveySortField) => ({ key: field, sorter: true, sortOrder: list.sortOrder(field) });
  const act = async (p: Promise<unknown>) => { await p; refetch(); };

  return (
    <Page icon={<SolutionOutlined />} title={t('insights.surveys.title')}
      extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="new-survey">{t('insights.surveys.new')}</Button>}
      below={<>
        <Card title={t('insights.surveys.trend')}><Trend /><Typography.Text type="secondary">{t('insights.surveys.trendHint')}</Typography.Text></Card>
        {editing && <SurveyFormModal survey={editing} onClose={(changed) => { setEditing(null); if (changed) refetch(); }} />}
      </>}>
      <Flex vertical gap={16}>
        <Threshold />
        <Flex wrap gap={12} align="center">
          <Select aria-label={t('insights.surveys.status')} placeholder={t('insights.surveys.anyStatus')} allowClear style={{ width: 160 }} data-testid="survey-status-filter"
            value={statusOf(list.filter.status)} onChange={(v) => list.update({ status: v ?? null })} options={STATUSES.map((s) => ({ value: s, label: t(`insights.status.${s}`) }))} />
          <Select aria-label={t('insights.surveys.kind')} placeholder={t('insights.surveys.anyKind')} allowClear style={{ width: 160 }} data-testid="survey-kind-filter"
            value={kindOf(list.filter.kind)} onChange={(v) => list.update({ kind: v ?? null })} options={KINDS.map((k) => ({ value: k, label: t(`insights.kind.${k}`) }))} />
          <Input.Search key={list.filter.q ?? ''} allowClear defaultValue={list.filter.q} placeholder={t('insights.surveys.search')} aria-label={t('insights.surveys.search')} style={{ width: 240 }}
            data-testid="survey-search" onSearch={(q) => list.update({ q: q.trim() || null })} />
        </Flex>
        <Table<Survey>
          rowKey="id" size="middle" data-testid="surveys-table" loading={list.isFetching} dataSource={list.nodes} {...list.tableProps} scroll={{ x: 900 }}
          locale={{ emptyText: t('insights.surveys.empty') }}
          columns={[
            { title: t('insights.surveys.name'), ...sorted('TITLE'), render: (_, s) => (s.status === 'DRAFT' ? s.title : <NavLink to={`/insights/surveys/${s.id}/results`} testId="results-link">{s.title}</NavLink>) },
            { title: t('insights.surveys.kind'), width: 120, ...sorted('KIND'), render: (_, s) => t(`insights.kind.${s.kind}`) },
            { title: t('insights.surveys.status'), width: 120, ...sorted('STATUS'), render: (_, s) => <Tag color={STATUS_COLORS[s.status]} data-testid="survey-status">{t(`insights.status.${s.status}`)}</Tag> },
            { title: t('insights.surveys.responses'), width: 150, render: (_, s) => (s.invited === null ? '—' : `${s.responses ?? `< ${t('insights.k')}`} / ${s.invited}`) },
            { title: t('insights.surveys.openedAt'), width: 120, ...sorted('OPENED_AT'), render: (_, s) => s.openedAt?.slice(0, 10) ?? '—' },
            {
              title: t('insights.actions'), width: 260, render: (_, s) => (
                <Space wrap size={4}>
                  {s.status === 'DRAFT' && <>
                    <Button size="small" onClick={() => setEditing(s)}>{t('insights.edit')}</Button>
                    <Popconfirm title={t('insights.surveys.openConfirm')} okText={t('insights.surveys.open')} cancelText={t('insights.cancel')} onConfirm={() => act(run(open.mutate({ id: s.id }), t('insights.surveys.opened')))}>
                      <Button size="small" type="primary" data-testid="open-survey">{t('insights.surveys.open')}</Button>
                    </Popconfirm>
                    <Popconfirm title={t('insights.surveys.deleteConfirm')} okText={t('insights.delete')} cancelText={t('insights.cancel')} onConfirm={() => act(run(remove.mutate({ id: s.id }), t('insights.deleted')))}>
                      <Button size="small" danger>{t('insights.delete')}</Button>
                    </Popconfirm>
                  </>}
                  {s.status === 'OPEN' && <>
                    <Button size="small" onClick={async () => { const r = await run(remind.mutate({ id: s.id }), null); if (r) void message.success(t('insights.surveys.reminded', { n: r.remindSurvey })); }} data-testid="remind-survey">{t('insights.surveys.remind')}</Button>
                    <Popconfirm title={t('insights.surveys.closeConfirm')} okText={t('insights.surveys.close')} cancelText={t('insights.cancel')} onConfirm={() => act(run(close.mutate({ id: s.id }), t('insights.surveys.closed')))}>
                      <Button size="small">{t('insights.surveys.close')}</Button>
                    </Popconfirm>
                  </>}
                </Space>
              ),
            },
          ]}
        />
      </Flex>
    </Page>
  );
}
