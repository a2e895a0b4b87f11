import { useCadre, useCadreMutation } from '@cadre/sdk/console';
import { useRun } from '@cadre/sdk/console/kit';
import { Button, Input, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { ACCEPT_OFFER, APPROVE_OFFER, DECLINE_OFFER, REFUSE_OFFER, WITHDRAW_OFFER } from './api.js';
import { ReviseOfferModal } from './ReviseOfferModal.js';
import type { Offer } from './types.js';
import { useT } from './i18n.js';

type ReasonAction = 'refuse' | 'decline' | 'withdraw';

/** What can happen to an offer next: approve/refuse (pending), accept/decline (approved), withdraw, and (`revise`, on the offer's page) new terms. */
export function OfferActions({ offer, size, onAccepted, revise }: { offer: Offer; size?: 'small' | 'middle'; onAccepted?(offer: Offer): void; revise?: boolean }) {
  const { can } = useCadre();
  const t = useT();
  const run = useRun();
  const approve = useCadreMutation(APPROVE_OFFER);
  const accept = useCadreMutation(ACCEPT_OFFER);
  const mutations = { refuse: useCadreMutation(REFUSE_OFFER), decline: useCadreMutation(DECLINE_OFFER), withdraw: useCadreMutation(WITHDRAW_OFFER) };
  const [asking, setAsking] = useState<ReasonAction | null>(null);
  const [reason, setReason] = useState('');
  const [revising, setRevising] = useState(false);
  const pending = offer.status === 'pending-approval';
  const approved = offer.status === 'approved';
  // Only a signature the offer still misses and this account may give (the server has the last word).
  const mayApprove = pending && ((offer.missingApprovals.includes('exception') && can('attraction.offers.approve-exception')) || (offer.missingApprovals.includes('hr') && can('attraction.offers.approve')));
  const mayRefuse = pending && (can('attraction.offers.approve') || can('attraction.offers.approve-exception'));
  const writer = can('attraction.offers.write');
  // The statuses the API revises (it also refuses once the requisition is no longer open: shown in the form).
  const revisable = pending || approved || offer.status === 'refused';

  const confirmReason = async () => {
    if (!asking) return;
    // The three mutations answer under different fields; only success matters here.
    if (await run<unknown>(mutations[asking].mutate({ id: offer.id, reason }), t('attraction.saved'))) {
      setAsking(null);
      setReason('');
    }
  };
  const popconfirm = (label: string, onConfirm: () => unknown, loading: boolean, testId: string, primary = false) => (
    <Popconfirm title={`${label}?`} okText={t('attraction.confirm')} cancelText={t('attraction.cancel')} onConfirm={onConfirm}>
      <Button size={size} type={primary ? 'primary' : 'default'} loading={loading} data-testid={testId}>{label}</Button>
    </Popconfirm>
  );

  return (
    <Space wrap>
      {mayApprove && popconfirm(t('attraction.approve'), () => run(approve.mutate({ id: offer.id }), t('attraction.offer.approved')), approve.isPending, 'approve-offer', true)}
      {mayRefuse && <Button size={size} danger onClick={() => setAsking('refuse')}>{t('attraction.offer.refuse')}</Button>}
      {writer && approved && popconfirm(t('attraction.offer.accept'), async () => {
        const done = await run(accept.mutate({ id: offer.id }), t('attraction.offer.accepted', { name: offer.candidateName }));
        if (done) onAccepted?.(done.acceptOffer);
      }, accept.isPending, 'accept-offer', true)}
      {writer && approved && <Button size={size} onClick={() => setAsking('decline')}>{t('attraction.offer.decline')}</Button>}
      {revise && writer && revisable && <Button size={size} onClick={() => setRevising(true)} data-testid="revise-offer">{t('attraction.offer.revise')}</Button>}
      {writer && (pending || approved) && <Button size={size} onClick={() => setAsking('withdraw')}>{t('attraction.offer.withdraw')}</Button>}
      <Modal open={asking !== null} title={asking ? t(`attraction.offer.${asking}`) : ''} onCancel={() => setAsking(null)} onOk={() => void confirmReason()}
        okText={t('attraction.confirm')} cancelText={t('attraction.cancel')} okButtonProps={{ disabled: !reason.trim() }} destroyOnHidden>
        <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('attraction.reason')} aria-label={t('attraction.reason')} />
      </Modal>
      {revising && <ReviseOfferModal offer={offer} open onClose={() => setRevising(false)} />}
    </Space>
  );
}
