import { useCadre, useCadreMutation } from '@cadre/sdk/console';
import { useRun } from '@cadre/sdk/console/kit';
import { EditOutlined } from '@ant-design/icons';
import { Button, Input, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { APPROVE_REQUISITION, CLOSE_REQUISITION, REJECT_REQUISITION } from './api.js';
import { RequisitionFormModal } from './RequisitionFormModal.js';
import type { Requisition } from './types.js';
import { useT } from './i18n.js';

/** Edit (when the API says this account may); approve or reject a draft; close an open requisition (reasons are asked for). */
export function RequisitionActions({ req, size }: { req: Requisition; size?: 'small' | 'middle' }) {
  const { can } = useCadre();
  const t = useT();
  const run = useRun();
  const approve = useCadreMutation(APPROVE_REQUISITION);
  const reject = useCadreMutation(REJECT_REQUISITION);
  const close = useCadreMutation(CLOSE_REQUISITION);
  const [asking, setAsking] = useState<'reject' | 'close' | null>(null);
  const [reason, setReason] = useState('');
  const [editing, setEditing] = useState(false);
  const approver = can('attraction.requisitions.approve');

  const confirmReason = async () => {
    const done = asking === 'reject' ? await run(reject.mutate({ id: req.id, reason }), t('attraction.saved')) : await run(close.mutate({ id: req.id, reason }), t('attraction.saved'));
    if (done) {
      setAsking(null);
      setReason('');
    }
  };

  return (
    <Space>
      {req.viewerMayEdit && <Button size={size} icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-requisition">{t('attraction.edit')}</Button>}
      {approver && req.status === 'draft' && (
        <Popconfirm title={t('attraction.req.approveConfirm', { title: req.title })} okText={t('attraction.confirm')} cancelText={t('attraction.cancel')}
          onConfirm={() => run(approve.mutate({ id: req.id }), t('attraction.req.approved'))}>
          <Button size={size} type="primary" loading={approve.isPending} data-testid="approve-requisition">{t('attraction.approve')}</Button>
        </Popconfirm>
      )}
      {approver && req.status === 'draft' && <Button size={size} danger onClick={() => setAsking('reject')}>{t('attraction.reject')}</Button>}
      {can('attraction.requisitions.write') && req.status === 'open' && <Button size={size} onClick={() => setAsking('close')}>{t('attraction.req.close')}</Button>}
      <Modal open={asking !== null} title={t(asking === 'reject' ? 'attraction.reject' : 'attraction.req.close')} onCancel={() => setAsking(null)} onOk={() => void confirmReason()}
        okText={t('attraction.confirm')} cancelText={t('attraction.cancel')} okButtonProps={{ disabled: !reason.trim() }} destroyOnHidden>
        <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('attraction.reason')} aria-label={t('attraction.reason')} />
      </Modal>
      {editing && <RequisitionFormModal open req={req} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
    </Space>
  );
}
