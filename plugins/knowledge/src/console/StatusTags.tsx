// The knowledge plugin's tags: item kinds, visibility and talk states, with their colours and labels.
import { Tag, Tooltip } from 'antd';
import { useT } from './i18n.js';

const KIND_COLORS: Record<string, string> = { PAPER: 'geekblue', PATENT: 'purple', TECH_BLOG: 'cyan', DESIGN_DOC: 'blue', BEST_PRACTICE: 'green', POST_MORTEM: 'volcano' };
export function KindTag({ kind }: { kind: string }) {
  const t = useT();
  return <Tag color={KIND_COLORS[kind] ?? 'default'} data-testid="item-kind">{t(`knowledge.kind.${kind}`)}</Tag>;
}

const VISIBILITY_COLORS: Record<string, string> = { PRIVATE: 'default', UNIT: 'gold', TENANT: 'green' };
export function VisibilityTag({ visibility }: { visibility: string }) {
  const t = useT();
  return <Tooltip title={t(`knowledge.visibilityHint.${visibility}`)}><Tag color={VISIBILITY_COLORS[visibility] ?? 'default'}>{t(`knowledge.visibility.${visibility}`)}</Tag></Tooltip>;
}

const TALK_COLORS: Record<string, string> = { SCHEDULED: 'processing', HELD: 'success', CANCELLED: 'default' };
export function TalkStatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={TALK_COLORS[status] ?? 'default'}>{t(`knowledge.talkStatus.${status}`)}</Tag>;
}
