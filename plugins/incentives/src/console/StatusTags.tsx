// The incentives plugin's tags: cycle, pool, award and grant states, and where an allocation hit a bound.
import { statusTag } from '@cadre/sdk/console/kit';
import { Tag, Typography } from 'antd';
import { useT } from './i18n.js';

export const CycleStatusTag = statusTag(useT, 'incentives.cycleStatus', { draft: 'default', open: 'processing', calibrating: 'warning', finalised: 'success' }, 'cycle-status');
export const PoolStatusTag = statusTag(useT, 'incentives.poolStatus', { draft: 'default', approved: 'processing', published: 'success', scenario: 'purple', superseded: 'default' }, 'pool-status');
export const AwardStatusTag = statusTag(useT, 'incentives.awardStatus', { nominated: 'processing', approved: 'gold', rejected: 'default', paid: 'success' }, 'award-status');
export const GrantStatusTag = statusTag(useT, 'incentives.grantStatus', { proposed: 'processing', granted: 'success', cancelled: 'default' }, 'grant-status');
export const MeritStatusTag = statusTag(useT, 'incentives.meritStatus', { draft: 'default', computed: 'processing', approved: 'success' }, 'merit-status');

export function BoundTag({ bound }: { bound: number | null | undefined }) {
  const t = useT();
  if (bound === -1) return <Tag color="orange">{t('incentives.bound.floor')}</Tag>;
  if (bound === 1) return <Tag color="red">{t('incentives.bound.cap')}</Tag>;
  return <Typography.Text type="secondary">{t('incentives.bound.none')}</Typography.Text>;
}
