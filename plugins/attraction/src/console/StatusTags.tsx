// The attraction plugin's tags: requisition and offer states, pipeline stages, with colours and labels.
import { Tag } from 'antd';
import { useT } from './i18n.js';

const REQ_COLORS: Record<string, string> = { draft: 'default', open: 'processing', rejected: 'error', filled: 'success', closed: 'default' };
const OFFER_COLORS: Record<string, string> = { 'pending-approval': 'warning', approved: 'processing', accepted: 'success', declined: 'default', refused: 'error', withdrawn: 'default' };
const STAGE_COLORS: Record<string, string> = { sourced: 'default', screen: 'cyan', interviews: 'blue', offer: 'purple', hired: 'success', rejected: 'error', withdrawn: 'default' };

export function RequisitionStatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={REQ_COLORS[status]} data-testid="requisition-status">{t(`attraction.reqStatus.${status}`)}</Tag>;
}

export function OfferStatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={OFFER_COLORS[status]} data-testid="offer-status">{t(`attraction.offerStatus.${status}`)}</Tag>;
}

export function StageTag({ stage }: { stage: string }) {
  const t = useT();
  return <Tag color={STAGE_COLORS[stage]} data-testid="stage">{t(`attraction.stage.${stage}`)}</Tag>;
}
