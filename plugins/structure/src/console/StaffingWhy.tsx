// Why the optimiser proposed a person for a project: each requirement and whether they cover it
// (their level against the minimum; one level short counts as growth), the score's parts against
// their weights, and the other projects the solver considered for them.
import { CheckCircleTwoTone, CloseCircleTwoTone, RiseOutlined } from '@ant-design/icons';
import { useCadreQuery, type Translate } from '@cadre/sdk/console';
import { Col, Empty, Progress, Row, Space, Table, Tag, Typography } from 'antd';
import { graphql } from './gql/index.js';
import { useT } from './i18n.js';
import type { Proposal, RequirementCover, StaffingPlan } from './types.js';

const PART_KEYS = ['skillFit', 'priority', 'preference', 'growth', 'continuity', 'availability'] as const;

const ALTERNATIVES = graphql(`
  query StructurePlanAlternatives($id: ID!, $personId: ID!) {
    staffingPlan(id: $id) { candidates(personId: $personId, first: 6) { projectId score parts { skillFit total } } }
  }
`);

/** One line: how many requirements it covers, and the notable parts of the score. */
export function whySummary(p: Proposal, t: Translate): string {
  const covered = p.covers.filter((c) => c.covered).length;
  const bits = [t('structure.why.covers', { covered, total: p.covers.length, fit: Math.round(p.fit * 100) })];
  const stretch = p.covers.filter((c) => c.stretch).map((c) => c.skillName);
  if (stretch.length) bits.push(t('structure.why.stretch', { skills: stretch.join(', ') }));
  if (p.parts.continuity > 0) bits.push(t('structure.why.continuity'));
  if (p.parts.preference > 0) bits.push(t('structure.why.prefers'));
  if (p.parts.preference < 0) bits.push(t('structure.why.rather'));
  if (p.parts.availability < 0) bits.push(t('structure.why.busy', { available: p.person.available }));
  return bits.join('; ');
}

export function ProposalWhy({ proposal: p, plan }: { proposal: Proposal; plan: StaffingPlan }) {
  const t = useT();
  const alternatives = useCadreQuery(ALTERNATIVES, { id: plan.id, personId: p.person.id });
  const projectName = new Map(plan.projects.map((x) => [x.projectId, x.name]));
  const others = (alternatives.data?.staffingPlan.candidates ?? []).filter((c) => c.projectId !== p.projectId);

  return (
    <Row gutter={[24, 16]} data-testid="why-detail" style={{ padding: '4px 8px' }}>
      <Col xs={24} xl={10}>
        <Typography.Title level={5}>{t('structure.why.requirements')}</Typography.Title>
        {p.covers.length ? (
          <Table<RequirementCover>
            rowKey="skillId"
            size="small"
            pagination={false}
            dataSource={p.covers}
            columns={[
              { title: t('structure.project.skill'), dataIndex: 'skillName' },
              { title: t('structure.why.needs'), dataIndex: 'minLevel', width: 70, align: 'right' },
              { title: t('structure.why.has'), dataIndex: 'level', width: 60, align: 'right' },
              { title: t('structure.project.weight'), dataIndex: 'weight', width: 70, align: 'right' },
              {
                title: '', width: 130,
                render: (_, c) => (c.covered
                  ? <Space size={4}><CheckCircleTwoTone twoToneColor="#52c41a" />{t('structure.why.covered')}</Space>
                  : c.stretch ? <Tag icon={<RiseOutlined />} color="gold">{t('structure.why.growth')}</Tag>
                    : <Space size={4}><CloseCircleTwoTone twoToneColor="#ff4d4f" />{t('structure.why.notCovered')}</Space>),
              },
            ]}
          />
        ) : <Empty description={t('structure.project.noRequirements')} />}
      </Col>
      <Col xs={24} xl={8}>
        <Typography.Title level={5}>{t('structure.why.parts', { score: p.score.toFixed(2) })}</Typography.Title>
        {PART_KEYS.map((key) => {
          const value = p.parts[key];
          const weight = plan.weights[key];
          return (
            <div key={key} style={{ marginBottom: 6 }} data-testid={`part-${key}`}>
              <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                <Typography.Text>{t(`structure.part.${key}`)}</Typography.Text>
                <Typography.Text strong type={value < 0 ? 'danger' : undefined}>{value >= 0 ? '+' : ''}{value.toFixed(2)}</Typography.Text>
              </Space>
              <Progress aria-label={t(`structure.part.${key}`)} percent={weight ? Math.round((Math.abs(value) / weight) * 100) : 0} showInfo={false} size="small" status={value < 0 ? 'exception' : 'normal'} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t(`structure.partHint.${key}`, { weight })}</Typography.Text>
            </div>
          );
        })}
      </Col>
      <Col xs={24} xl={6}>
        <Typography.Title level={5}>{t('structure.why.alternatives')}</Typography.Title>
        {others.length ? others.map((c) => (
          <div key={c.projectId} style={{ marginBottom: 4 }}>
            <Typography.Text>{projectName.get(c.projectId) ?? c.projectId}</Typography.Text>{' '}
            <Typography.Text type="secondary">{t('structure.why.altScore', { score: c.score.toFixed(2) })}</Typography.Text>
          </div>
        )) : <Typography.Text type="secondary">{alternatives.isLoading ? '…' : t('structure.why.noAlternatives')}</Typography.Text>}
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>{t('structure.why.solver')}</Typography.Paragraph>
      </Col>
    </Row>
  );
}
