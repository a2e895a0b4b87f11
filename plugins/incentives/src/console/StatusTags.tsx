// The incentives plugin's tags: cycle, pool, award and grant states, and where an allocation hit a bound.
import { Tag, Typography } from 'antd';
import { useT } from './i18n.js';

const CYCLE_COLORS: Record<string, string> = { draft: 'default', open: 'processing', calibrating: 'warning', finalised: 'success' };
const AWARD_COLORS: Record<string, string> = { nominated: 'processing', approved: 'gold', rejected: 'default', paid: 'success' };
const GRANT_COLORS: Record<string, string> = { proposed: 'processing', granted: 'success', cancelled: 'default' };
const POOL_COLORS: Record<string, string> = { draft: 'default', approved: 'processing', published: 'success', scenario: 'purple', superseded: 'default' };

export function CycleStatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={CYCLE_COLORS[status] ?? 'default'} data-testid="cycle-status">{t(`incentives.cycleStatus.${status}`)}</Tag>;
}

export function PoolStatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={POOL_COLORS[status] ?? 'default'} data-testid="pool-status">{t(`incentives.poolStatus.${status}`)}</Tag>;
}

export function AwardStatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={AWARD_COLORS[status] ?? 'default'} data-testid="award-status">{t(`incentives.awardStatus.${status}`)}</Tag>;
}

export function GrantStatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={GRANT_COLORS[status] ?? 'default'} data-testid="grant-status">{t(`incentives.grantStatus.${status}`)}</Tag>;
}

export function BoundTag({ bound }: { bound: number | null | undefined }) {
  const t = useT();
  if (bound === -1) return <Tag color="orange">{t('incentives.bound.floor')}</Tag>;
  if (bound === 1) return <Tag color="red">{t('incentives.bound.cap')}</Tag>;
  return <Typography.Text type="secondary">{t('incentives.bound.none')}</Typography.Text>;
}
