// A survey's results under the anonymity threshold: filters and a group-by (kept in the URL so a
// view can be shared), headline figures, each question's figures, the groups (a hidden group shows
// why), and the comments. Nothing here can show a group of fewer than k: the server decides.
import { EyeInvisibleOutlined } from '@ant-design/icons';
import { type ConsolePageProps, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Method, NavLink, Page } from '@cadre/sdk/console/kit';
import { Alert, Card, Flex, Input, List, Select, Statistic, Table, Tag, TreeSelect, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { ORG_UNITS, RESULTS, SURVEY_ONE } from './api.js';
import { useT } from './i18n.js';
import { unitTreeData } from './SurveyFormModal.js';
import type { Dimension, GroupResult, QuestionResult, ResultFilter } from './types.js';
import { num } from './format.js';

const TENURES = ['LT_1Y', 'Y1_2', 'Y2_4', 'Y4_PLUS'];
const DIMENSIONS: Dimension[] = ['UNIT', 'LEVEL', 'TENURE', 'LOCATION'];
const KEYS = ['unitId', 'level', 'tenureBand', 'location', 'groupBy'] as const;

function fromUrl(): Record<(typeof KEYS)[number], string | null> {
  const q = new URLSearchParams(window.location.search);
  return Object.fromEntries(KEYS.map((k) => [k, q.get(k)])) as Record<(typeof KEYS)[number], string | null>;
}

function Distribution({ q }: { q: QuestionResult }) {
  const total = q.distribution.reduce((s, x) => s + x, 0) || 1;
  const colours = q.kind === 'ENPS' ? q.distribution.map((_, i) => (i <= 6 ? '#ff7875' : i <= 8 ? '#d9d9d9' : '#73d13d')) : q.distribution.map((_, i) => ['#ff7875', '#ffc069', '#d9d9d9', '#95de64', '#52c41a'][i] ?? '#69b1ff');
  return (
    <div style={{ display: 'flex', height: 12, width: 180, borderRadius: 3, overflow: 'hidden' }} role="img" aria-label={q.distribution.join(', ')}>
      {q.distribution.map((n, i) => <div key={i} style={{ width: `${(100 * n) / total}%`, background: colours[i] }} title={String(n)} />)}
    </div>
  );
}

export default function SurveyResultsPage({ params }: ConsolePageProps) {
  const t = useT();
  const id = params.id ?? '';
  const [state, setState] = useState(fromUrl);
  useEffect(() => {
    const q = new URLSearchParams(Object.entries(state).filter(([, v]) => v) as Array<[string, string]>).toString();
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${q ? `?${q}` : ''}`);
  }, [state]);
  const set = (key: (typeof KEYS)[number]) => (value: string | null | undefined) => setState((s) => ({ ...s, [key]: value || null }));
  const filter: ResultFilter = { unitId: state.unitId, level: state.level, tenureBand: state.tenureBand, location: state.location };
  const survey = useCadreQuery(SURVEY_ONE, { id });
  const units = useCadreQuery(ORG_UNITS, {});
  const tree = useMemo(() => unitTreeData(units.data?.orgUnits ?? []), [units.data]);
  const { data, error, isLoading, refetch } = useCadreQuery(RESULTS, { surveyId: id, filter, groupBy: (state.groupBy as Dimension | null) ?? null });
  if (error && !data) return <LoadFailed error={error} retry={refetch} />;
  const r = data?.surveyResults;
  const overall = r?.overall;
  const hidden = (g: GroupResult) => <Tag icon={<EyeInvisibleOutlined />} data-testid="suppressed">{g.reason}</Tag>;

  return (
    <Page title={survey.data?.survey.title ?? t('insights.page.results')} extra={<NavLink to="/insights/surveys">{t('insights.results.back')}</NavLink>} loading={!survey.data && survey.isLoading}
      below={<>
        {overall && !overall.suppressed && (
          <Card title={t('insights.results.questions')}>
            <Table<QuestionResult> rowKey="questionId" size="small" pagination={false} dataSource={overall.questions.filter((q) => q.kind !== 'TEXT')} scroll={{ x: 800 }}
              columns={[
                { title: t('insights.results.question'), dataIndex: 'text' },
                { title: t('insights.results.answered'), width: 90, render: (_, q) => q.answered ?? '—' },
                { title: t('insights.results.mean'), width: 80, render: (_, q) => num(q.mean, 2) },
                { title: t('insights.results.favourable'), width: 110, render: (_, q) => (q.favourable === null ? (q.enps === null ? '—' : `eNPS ${q.enps}`) : `${num(q.favourable)}%`) },
                { title: t('insights.results.distribution'), width: 200, render: (_, q) => (q.suppressed ? hidden({ reason: t('insights.results.fewAnswers') } as GroupResult) : <Distribution q={q} />) },
              ]} />
            {overall.questions.filter((q) => q.kind === 'TEXT').map((q) => (
              <List key={q.questionId} header={<Typography.Text strong>{q.text}</Typography.Text>} size="small" dataSource={q.comments} data-testid="comments"
                locale={{ emptyText: q.suppressed ? t('insights.results.fewAnswers') : t('insights.results.noComments') }} renderItem={(c) => <List.Item>{c}</List.Item>} style={{ marginTop: 16 }} />
            ))}
          </Card>
        )}
        {r && r.groups.length > 0 && (
          <Card title={t('insights.results.groups', { by: t(`insights.dimension.${state.groupBy}`) })}>
            <Table<GroupResult> rowKey="key" size="small" pagination={false} dataSource={r.groups} data-testid="groups" scroll={{ x: 700 }}
              columns={[
                { title: t('insights.results.group'), dataIndex: 'label' },
                { title: t('insights.results.respondents'), width: 140, render: (_, g) => (g.suppressed ? hidden(g) : `${g.respondents} / ${g.invited}`) },
                { title: 'eNPS', width: 80, render: (_, g) => g.enps ?? '—' },
                { title: t('insights.results.engagement'), width: 120, render: (_, g) => (g.engagement === null ? '—' : `${num(g.engagement)}%`) },
              ]} />
          </Card>
        )}
      </>}>
      <Method title={t('insights.results.thresholdTitle', { k: r?.threshold ?? '…' })} text={t('insights.results.thresholdText')} />
      <Flex wrap gap={12} style={{ marginBottom: 16 }}>
        <TreeSelect aria-label={t('insights.results.unit')} placeholder={t('insights.results.unit')} treeData={tree} allowClear treeDefaultExpandAll style={{ width: 220 }} value={state.unitId ?? undefined} onChange={set('unitId')} data-testid="filter-unit" />
        <Input aria-label={t('insights.results.level')} placeholder={t('insights.results.level')} allowClear style={{ width: 120 }} value={state.level ?? ''} onChange={(e) => set('level')(e.target.value)} />
        <Select aria-label={t('insights.results.tenure')} placeholder={t('insights.results.tenure')} allowClear style={{ width: 150 }} value={state.tenureBand ?? undefined} onChange={set('tenureBand')} options={TENURES.map((v) => ({ value: v, label: t(`insights.tenure.${v}`) }))} />
        <Input aria-label={t('insights.results.location')} placeholder={t('insights.results.location')} allowClear style={{ width: 150 }} value={state.location ?? ''} onChange={(e) => set('location')(e.target.value)} />
        <Select aria-label={t('insights.results.groupBy')} placeholder={t('insights.results.groupBy')} allowClear style={{ width: 180 }} value={state.groupBy ?? undefined} onChange={set('groupBy')} data-testid="group-by"
          options={DIMENSIONS.map((d) => ({ value: d, label: t(`insights.dimension.${d}`) }))} />
      </Flex>
      {overall?.suppressed ? (
        <Alert type="warning" showIcon icon={<EyeInvisibleOutlined />} title={t('insights.results.hidden')} description={overall.reason} data-testid="overall-suppressed" />
      ) : (
        <Flex wrap gap={40} data-testid="headline">
          <Statistic title={t('insights.results.respondents')} value={overall?.respondents ?? '—'} suffix={overall?.invited ? `/ ${overall.invited}` : undefined} loading={isLoading} />
          <Statistic title={t('insights.results.responseRate')} value={num(overall?.responseRate)} suffix="%" />
          <Statistic title="eNPS" value={overall?.enps ?? '—'} />
          <Statistic title={t('insights.results.engagement')} value={num(overall?.engagement)} suffix="%" />
        </Flex>
      )}
    </Page>
  );
}
