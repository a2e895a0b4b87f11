// One staffing plan: the diff against today per person (moves, new, unchanged, unstaffed), the
// projects' headcount before and after, and for each proposed assignment why it was chosen.
// Applying asks for confirmation and shows the API's refusal (CONFLICT, naming projects).
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { type GraphQLErrorEntry, useCadreMutation } from '@cadre/sdk/console';
import { NavLink, None } from '@cadre/sdk/console/kit';
import { Alert, App, Button, Card, Col, Flex, Row, Space, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { APPLY, DISCARD } from './api.js';
import { useT } from './i18n.js';
import { StaffingErrors } from './StaffingErrors.js';
import { ProposalWhy, whySummary } from './StaffingWhy.js';
import type { PlanProject, Proposal, StaffingPlan } from './types.js';
import { ChangeTag, PriorityTag } from './StatusTags.js';

type Change = StaffingPlan['changes'][number];
const ORDER: Record<string, number> = { MOVE: 0, NEW: 1, UNSTAFFED: 2, UNCHANGED: 3 };

export function StaffingPlanView({ plan, onChange }: { plan: StaffingPlan; onChange(plan: StaffingPlan): void }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const apply = useCadreMutation(APPLY);
  const discard = useCadreMutation(DISCARD, { invalidates: [] });
  const [errors, setErrors] = useState<GraphQLErrorEntry[]>([]);
  const projectName = new Map(plan.projects.map((p) => [p.projectId, p.name]));
  const name = (id: string) => projectName.get(id) ?? id;
  const proposed = plan.status === 'PROPOSED';
  const s = plan.summary;
  const changed = s.moves + s.new + s.unstaffed;

  const onApply = () => {
    modal.confirm({
      title: t('structure.staffing.confirmTitle'),
      content: (
        <Flex vertical gap={4}>
          <span>{t('structure.staffing.confirmBody', { moves: s.moves, new: s.new, unstaffed: s.unstaffed })}</span>
          {s.unstaffedProjects > 0 && <Typography.Text type="warning">{t('structure.staffing.confirmUnstaffed', { count: s.unstaffedProjects })}</Typography.Text>}
        </Flex>
      ),
      okText: t('structure.staffing.apply'),
      cancelText: t('structure.cancel'),
      onOk: async () => {
        setErrors([]);
        const result = await apply.mutate({ id: plan.id });
        if (result.data) {
          void message.success(t('structure.staffing.applied', { count: changed }));
          onChange(result.data.applyStaffingPlan);
        } else setErrors(result.errors);
      },
    });
  };
  const onDiscard = async () => {
    const result = await discard.mutate({ id: plan.id });
    if (result.data) onChange(result.data.discardStaffingPlan);
    else setErrors(result.errors);
  };

  const changes = [...plan.changes].sort((a, b) => ORDER[a.kind]! - ORDER[b.kind]! || a.person.name.localeCompare(b.person.name));
  const proposals = [...plan.assignments].sort((a, b) => a.projectName.localeCompare(b.projectName) || b.score - a.score);

  return (
    <Card
      data-testid="staffing-plan"
      title={
        <Space>
          <span>{t('structure.staffing.plan')}</span>
          <Tag color={plan.status === 'APPLIED' ? 'success' : proposed ? 'processing' : 'default'} data-testid="plan-status">{t(`structure.planStatus.${plan.status}`)}</Tag>
        </Space>
      }
      extra={proposed && (
        <Space>
          <Button icon={<CloseOutlined />} onClick={() => void onDiscard()} loading={discard.isPending}>{t('structure.staffing.discard')}</Button>
          <Button type="primary" icon={<CheckOutlined />} onClick={onApply} loading={apply.isPending} data-testid="staffing-apply">{t('structure.staffing.apply')}</Button>
        </Space>
      )}
    >
      <StaffingErrors errors={errors} testId="apply-error" />
      {plan.status === 'APPLIED' && <Alert type="success" showIcon data-testid="plan-applied" title={t('structure.staffing.appliedAt', { at: (plan.appliedAt ?? '').slice(0, 16).replace('T', ' '), by: plan.appliedBy ?? '' })} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]} data-testid="plan-summary">
        <Col xs={12} md={4}><Statistic title={t('structure.change.MOVE')} value={s.moves} /></Col>
        <Col xs={12} md={4}><Statistic title={t('structure.change.NEW')} value={s.new} /></Col>
        <Col xs={12} md={4}><Statistic title={t('structure.change.UNCHANGED')} value={s.unchanged} /></Col>
        <Col xs={12} md={4}><Statistic title={t('structure.change.UNSTAFFED')} value={s.unstaffed} /></Col>
        <Col xs={12} md={4}><Statistic title={t('structure.staffing.unstaffedProjects')} value={s.unstaffedProjects} /></Col>
        <Col xs={12} md={4}><Statistic title={t('structure.staffing.total')} value={plan.total} precision={2} /></Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('structure.staffing.stats', { people: plan.stats.people, projects: plan.stats.projects, pairs: plan.stats.eligiblePairs, edges: plan.stats.edges, ms: Math.round(plan.stats.scoringMs + plan.stats.solveMs) })}
      </Typography.Paragraph>
      <Tabs
        items={[
          {
            key: 'diff', label: t('structure.staffing.diff'),
            children: (
              <Table<Change>
                rowKey={(c) => c.person.id}
                size="small"
                pagination={false}
                data-testid="staffing-diff"
                dataSource={changes}
                columns={[
                  { title: t('structure.staffing.person'), render: (_, c) => <Flex vertical><NavLink to={`/people/${c.person.id}`}>{c.person.name}</NavLink><Typography.Text type="secondary" style={{ fontSize: 12 }}>{c.person.title}</Typography.Text></Flex> },
                  { title: t('structure.staffing.change'), dataIndex: 'kind', width: 120, render: (k: string) => <ChangeTag value={k} />,
                    filters: ['MOVE', 'NEW', 'UNCHANGED', 'UNSTAFFED'].map((k) => ({ text: t(`structure.change.${k}`), value: k })), onFilter: (v, c) => c.kind === v },
                  { title: t('structure.staffing.today'), render: (_, c) => (c.fromProjectIds.length ? c.fromProjectIds.map(name).join(', ') : <None />) },
                  { title: t('structure.staffing.proposed'), render: (_, c) => (c.toProjectId ? <b>{name(c.toProjectId)}</b> : <None />) },
                  { title: t('structure.staffing.available'), width: 110, align: 'right', render: (_, c) => `${c.person.available}%` },
                ]}
              />
            ),
          },
          {
            key: 'why', label: t('structure.staffing.why'),
            children: (
              <Table<Proposal>
                rowKey={(p) => `${p.person.id}:${p.projectId}`}
                size="small"
                pagination={false}
                data-testid="staffing-why"
                dataSource={proposals}
                expandable={{ expandedRowRender: (p) => <ProposalWhy proposal={p} plan={plan} />, rowExpandable: () => true }}
                columns={[
                  { title: t('structure.staffing.project'), dataIndex: 'projectName', width: 220 },
                  { title: t('structure.staffing.person'), render: (_, p) => <NavLink to={`/people/${p.person.id}`}>{p.person.name}</NavLink> },
                  { title: t('structure.staffing.change'), dataIndex: 'change', width: 110, render: (k: string) => <ChangeTag value={k} /> },
                  { title: t('structure.staffing.fit'), dataIndex: 'fit', width: 80, align: 'right', render: (v: number) => `${Math.round(v * 100)}%` },
                  { title: t('structure.staffing.score'), dataIndex: 'score', width: 80, align: 'right', render: (v: number) => v.toFixed(2) },
                  { title: t('structure.staffing.reason'), render: (_, p) => <Typography.Text data-testid="why-summary">{whySummary(p, t)}</Typography.Text> },
                ]}
              />
            ),
          },
          {
            key: 'projects', label: t('structure.staffing.projects'),
            children: (
              <Table<PlanProject>
                rowKey="projectId"
                size="small"
                pagination={false}
                dataSource={plan.projects}
                columns={[
                  { title: t('structure.staffing.project'), dataIndex: 'name', render: (v: string, p) => <NavLink to={`/structure/projects/${p.projectId}`}>{v}</NavLink> },
                  { title: t('structure.projects.priority'), dataIndex: 'priority', width: 90, render: (v: number) => <PriorityTag priority={v} /> },
                  { title: t('structure.staffing.minMax'), width: 100, render: (_, p) => `${p.headcountMin}–${p.headcountMax}` },
                  { title: t('structure.staffing.before'), dataIndex: 'before', width: 90, align: 'right' },
                  { title: t('structure.staffing.after'), dataIndex: 'after', width: 90, align: 'right', render: (v: number, p) => <b style={{ color: v < p.headcountMin ? '#cf1322' : undefined }}>{v}</b> },
                  { title: '', width: 140, render: (_, p) => (p.unstaffed ? <Tag color="red">{t('structure.staffing.projectUnstaffed')}</Tag> : p.after < p.headcountMin ? <Tag color="orange">{t('structure.staffing.belowMin')}</Tag> : null) },
                ]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
