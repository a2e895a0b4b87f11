// Dashboard widget: your development plan's progress and your widest skill gap.
import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { Button, Empty, Progress, Space, Tag, Typography } from 'antd';
import { GAPS, PLANS } from './api.js';
import { useT } from './i18n.js';

export default function MyPlanWidget() {
  const t = useT();
  const { viewer, navigate } = useCadre();
  const me = viewer.personId;
  const plans = useCadreQuery(PLANS, { personId: me, status: 'ACTIVE' }, { enabled: !!me });
  const plan = plans.data?.developmentPlans[0];
  const gaps = useCadreQuery(GAPS, { personId: me ?? '', targetLevelId: null }, { enabled: !!me });
  if (!me) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('development.widget.noPerson')} />;
  const widest = gaps.data?.skillGaps.gaps[0];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="development-widget">
      {plan ? (
        <>
          <Typography.Text>{t('development.widget.towards', { code: plan.targetLevel?.code ?? '—' })}</Typography.Text>
          <Progress aria-label={t('development.plans.progress')} percent={Math.round(plan.progress * 100)} />
          <Typography.Text type="secondary">{t('development.widget.goals', { done: plan.goals.filter((g) => g.status === 'DONE').length, total: plan.goals.filter((g) => g.status !== 'DROPPED').length })}</Typography.Text>
        </>
      ) : !plans.isLoading && <Typography.Text type="secondary">{t('development.person.noPlan')}</Typography.Text>}
      {widest && <Space size={4} wrap><Typography.Text>{t('development.widget.widest')}</Typography.Text><Tag color="orange">{widest.skillName} {widest.current} → {widest.expected}</Tag></Space>}
      <Button size="small" onClick={() => navigate(plan ? `/development/plans/${plan.id}` : '/development/gaps')}>{plan ? t('development.person.openPlan') : t('development.gaps.title')}</Button>
    </Space>
  );
}
