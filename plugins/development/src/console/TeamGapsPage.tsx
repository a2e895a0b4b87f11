// Team gap analysis: what the unit's projects need against the skills its members have. Each
// requirement is covered, a training case (members one level short, with courses), or a hire;
// "Suggest requisitions" announces the hires to the attraction plugin (once per skill).
import { SendOutlined, TeamOutlined } from '@ant-design/icons';
import { useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Method, Muted, NavLink, Page, useRun } from '@cadre/sdk/console/kit';
import { App, Button, Card, Col, Empty, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { SUGGEST, TEAM_GAPS, UNITS } from './api.js';
import { useT } from './i18n.js';
import type { RequirementGap, TeamGapAnalysis } from './types.js';
import { GapTag } from './StatusTags.js';

type Need = TeamGapAnalysis['requisitions'][number];
const WHOLE = '__company__';

export default function TeamGapsPage() {
  const t = useT();
  const { viewer, can } = useCadre();
  const { modal } = App.useApp();
  const run = useRun();
  const units = useCadreQuery(UNITS, {});
  const mine = units.data?.orgUnits.find((u) => u.lead?.id === viewer.personId)?.id ?? null;
  const [picked, setPicked] = useState<string | null>(null);
  const unit = picked ?? mine ?? WHOLE;
  const unitId = unit === WHOLE ? null : unit;
  const { data, error, isLoading, refetch } = useCadreQuery(TEAM_GAPS, { unitId }, { enabled: !units.isLoading });
  const suggest = useCadreMutation(SUGGEST);
  const analysis = data?.teamGapAnalysis;
  if (error && !analysis) return <LoadFailed error={error} retry={refetch} />;

  const fresh = analysis?.requisitions.filter((r) => !r.alreadySuggested) ?? [];
  const onSuggest = () => modal.confirm({
    title: t('development.team.suggestTitle'),
    content: t('development.team.suggestBody', { count: fresh.length }),
    okText: t('development.team.suggest'),
    cancelText: t('development.cancel'),
    onOk: async () => { if (await run(suggest.mutate({ unitId }), t('development.team.suggested', { count: fresh.length }))) refetch(); },
  });
  const rows = analysis?.projects.flatMap((p) => p.requirements) ?? [];
  const names = (list: RequirementGap['coveredBy']) => (list.length ? (
    <Space size={[8, 2]} wrap>
      {list.slice(0, 4).map((x) => <span key={x.person.id} style={{ whiteSpace: 'nowrap' }}><NavLink to={`/people/${x.person.id}`}>{x.person.name}</NavLink> <Muted>({x.level})</Muted></span>)}
      {list.length > 4 && <Muted>{t('development.team.more', { count: list.length - 4 })}</Muted>}
    </Space>
  ) : '—');

  return (
    <Page
      icon={<TeamOutlined />}
      title={t('development.team.title')}
      loading={!analysis && isLoading}
      extra={
        <Select aria-label={t('development.team.unit')} style={{ width: 260 }} value={unit} loading={units.isLoading} onChange={setPicked} showSearch={{ optionFilterProp: 'label' }}
          options={[{ value: WHOLE, label: t('development.team.company'), depth: 0 }, ...(units.data?.orgUnits ?? []).map((u) => ({ value: u.id, label: u.name, depth: u.depth }))]}
          optionRender={(o) => <span style={{ paddingLeft: (o.data.depth as number) * 14 }}>{o.label}</span>} />
      }
      below={analysis && (
        <Card
          title={t('development.team.requisitions', { count: analysis.requisitions.length })}
          extra={can('development.gaps.write') && <Button type="primary" icon={<SendOutlined />} disabled={!fresh.length} loading={suggest.isPending} onClick={onSuggest} data-testid="suggest-requisitions">{t('development.team.suggest')}</Button>}
        >
          {analysis.requisitions.length ? (
            <Table<Need>
              rowKey="skillId"
              size="small"
              pagination={false}
              dataSource={analysis.requisitions}
              columns={[
                { title: t('development.team.skill'), render: (_, r) => <Tag color="red">{r.skillName} ≥ {r.level}</Tag> },
                { title: t('development.team.forProjects'), render: (_, r) => r.projects.join(', ') },
                { title: t('development.team.why'), dataIndex: 'reason', render: (v: string) => <Muted>{v}</Muted> },
                { title: '', width: 150, render: (_, r) => (r.alreadySuggested ? <Tag color="success">{t('development.team.alreadySuggested')}</Tag> : <Tag>{t('development.team.notYet')}</Tag>) },
              ]}
            />
          ) : <Empty description={t('development.team.noHires')} />}
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>{t('development.team.suggestHint')}</Typography.Paragraph>
        </Card>
      )}
    >
      {analysis && (
        <>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col xs={12} md={6}><Statistic title={t('development.team.members')} value={analysis.memberCount} /></Col>
            <Col xs={12} md={6}><Statistic title={t('development.team.requirements')} value={rows.length} /></Col>
            <Col xs={12} md={6}><Statistic title={t('development.team.training')} value={rows.filter((r) => r.recommendation === 'TRAINING').length} /></Col>
            <Col xs={12} md={6}><Statistic title={t('development.team.hires')} value={analysis.requisitions.length} /></Col>
          </Row>
          <Method title={t('development.team.ruleTitle')} text={analysis.rule} />
          <Table<RequirementGap>
            rowKey={(r) => `${r.projectId}:${r.skillId}`}
            size="small"
            dataSource={rows}
            pagination={{ pageSize: 15, hideOnSinglePage: true }}
            scroll={{ x: 1500 }}
            data-testid="team-gaps"
            locale={{ emptyText: t('development.team.noProjects') }}
            columns={[
              { title: t('development.team.project'), dataIndex: 'projectName', width: 180 },
              { title: t('development.team.needs'), width: 180, render: (_, r) => <Tag>{r.skillName} ≥ {r.minLevel}</Tag> },
              { title: t('development.team.recommendation'), dataIndex: 'recommendation', width: 130, render: (v: string) => <GapTag value={v} />,
                filters: ['COVERED', 'TRAINING', 'REQUISITION'].map((v) => ({ text: t(`development.gapRec.${v}`), value: v })), onFilter: (v, r) => r.recommendation === v },
              { title: t('development.team.coveredBy'), width: 300, render: (_, r) => names(r.coveredBy) },
              { title: t('development.team.candidates'), width: 220, render: (_, r) => names(r.candidates) },
              { title: t('development.team.courses'), width: 200, render: (_, r) => <Space size={[4, 2]} wrap>{r.courses.map((c) => <NavLink key={c.courseId} to={`/development/courses/${c.courseId}`}>{c.title}</NavLink>)}</Space> },
              { title: t('development.team.why'), dataIndex: 'reason', width: 260, render: (v: string) => <Muted>{v}</Muted> },
            ]}
          />
        </>
      )}
    </Page>
  );
}
