// The knowledge plugin's tags: item kinds, visibility and talk states, with their colours.
import { statusTag } from '@cadre/sdk/console/kit';
import { Tag, Tooltip } from 'antd';
import { useT } from './i18n.js';

export const KindTag = statusTag(useT, 'knowledge.kind', { PAPER: 'geekblue', PATENT: 'purple', TECH_BLOG: 'cyan', DESIGN_DOC: 'blue', BEST_PRACTICE: 'green', POST_MORTEM: 'volcano' }, 'item-kind');
export const TalkStatusTag = statusTag(useT, 'knowledge.talkStatus', { SCHEDULED: 'processing', HELD: 'success', CANCELLED: 'default' });

const VISIBILITY_COLORS: Record<string, string> = { PRIVATE: 'default', UNIT: 'gold', TENANT: 'green' };

/** Who may see an item, with what that means on hover. */
export function VisibilityTag({ visibility }: { visibility: string }) {
  const t = useT();
  return <Tooltip title={t(`knowledge.visibilityHint.${visibility}`)}><Tag color={VISIBILITY_COLORS[visibility] ?? 'default'}>{t(`knowledge.visibility.${visibility}`)}</Tag></Tooltip>;
}
