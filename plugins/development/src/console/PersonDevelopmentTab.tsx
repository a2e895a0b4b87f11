// The person page's "Development" tab: their active development plan (goals and progress) and
// their skill gaps towards its target (or the next level) with recommended courses and mentors.
import { useCadreQuery } from '@cadre/sdk/console';
import { NavLink } from '@cadre/sdk/console/kit';
import { Alert, Descriptions, Flex, Progress, Space, Tag, Typography } from 'antd';
import { PLANS } from './api.js';
import { GapsPanel } from './GapsPanel.js';
import { useT } from './i18n.js';
import { GoalStatusTag } from './StatusTags.js';

export default function PersonDevelopmentTab({ personId }: { personId: string }) {
  const t = useT();
  const plans = useCadreQuery(PLANS, { personId, status: 'ACTIVE' });
  const plan = plans.data?.developmentPlans[0];
  return (
    <Flex vertical gap={16} data-testid="person-development">
      <Typography.Title level={5} style={{ margin: 0 }}>{t('development.person.plan')}</Typography.Title>
      {plan ? (
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('development.plans.target')}>{plan.targetLevel ? <Tag color="blue">{plan.targetLevel.code} · {plan.targetLevel.title}</Tag> : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('development.plans.mentor')}>{plan.mentor ? <NavLink to={`/people/${plan.mentor.id}`}>{plan.mentor.name}</NavLink> : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('development.plans.progress')}><Progress aria-label={t('development.plans.progress')} percent={Math.round(plan.progress * 100)} size="small" style={{ width: 180 }} /></Descriptions.Item>
          <Descriptions.Item label={t('development.plans.due')}>{plan.dueOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('development.plans.goals')} span={2}>
            <Flex vertical gap={4}>{plan.goals.map((g) => <Space key={g.id} size={6}><GoalStatusTag value={g.status} /><span>{g.title}</span>{g.skillName && <Tag>{g.skillName}{g.targetLevel ? ` → ${g.targetLevel}` : ''}</Tag>}</Space>)}</Flex>
          </Descriptions.Item>
          <Descriptions.Item label="" span={2}><NavLink to={`/development/plans/${plan.id}`}>{t('development.person.openPlan')}</NavLink></Descriptions.Item>
        </Descriptions>
      ) : !plans.isLoading && <Alert type="info" showIcon title={t('development.person.noPlan')} />}
      <Typography.Title level={5} style={{ margin: 0 }}>{t('development.gaps.title')}</Typography.Title>
      <GapsPanel personId={personId} compact />
    </Flex>
  );
}
