// One staffing plan at its own address (/structure/staffing/plans/:id), to share for approval: the
// same view as on the optimiser page (the diff, the projects, why each person), applied or
// discarded here too. The API decides who may see it.
import { ThunderboltOutlined } from '@ant-design/icons';
import { type ConsolePageProps, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, NavLink, Page, PageLoading } from '@cadre/sdk/console/kit';
import { PLAN_ONE } from './api.js';
import { useT } from './i18n.js';
import { StaffingPlanView } from './StaffingPlanView.js';
import { PlanStatusTag } from './StatusTags.js';
import { useStaffingUnits } from './useStaffingUnits.js';

export default function StaffingPlanPage({ params }: ConsolePageProps) {
  const t = useT();
  const { data, error, isLoading, refetch } = useCadreQuery(PLAN_ONE, { id: params.id ?? '' });
  const scope = useStaffingUnits();
  if (isLoading && !data) return <PageLoading />;
  if (error || !data) return <LoadFailed error={error} retry={refetch} />;
  const plan = data.staffingPlan;
  const unit = plan.unitId ? scope.units.find((u) => u.id === plan.unitId)?.name ?? '' : t('structure.staffing.wholeOrg');
  return (
    <Page
      icon={<ThunderboltOutlined />}
      title={<span data-testid="staffing-plan-title">{t('structure.page.staffingPlan')}{unit && ` · ${unit}`}</span>}
      tags={<PlanStatusTag value={plan.status} />}
      extra={<NavLink to="/structure/staffing">{t('structure.nav.staffing')}</NavLink>}
      below={<StaffingPlanView plan={plan} onChange={() => refetch()} />}
    >
      {t('structure.staffing.summaryLine', { moves: plan.summary.moves, new: plan.summary.new, unchanged: plan.summary.unchanged, unstaffed: plan.summary.unstaffed })}
    </Page>
  );
}
