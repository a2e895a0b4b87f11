import { setFormErrors, toFormErrors, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Problems } from '@cadre/sdk/console/kit';
import { App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { CREATE_CANDIDATE, REQUISITIONS, SOURCES } from './api.js';
import { useT } from './i18n.js';

interface Values { requisitionId: string; name: string; email: string; source: string; headline?: string; phone?: string; profileUrl?: string; note?: string }
const FIELDS = ['requisitionId', 'name', 'email', 'source', 'headline', 'phone', 'profileUrl', 'note'];

/** A new candidate on an open requisition (they start as sourced). */
export function CandidateFormModal({ requisitionId, open, onClose }: { requisitionId?: string | null; open: boolean; onClose(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const reqs = useCadreQuery(REQUISITIONS, { filter: { status: 'open' } }, { enabled: open });
  const create = useCadreMutation(CREATE_CANDIDATE);

  const submit = async (v: Values) => {
    setOther([]);
    const result = await create.mutate({ input: v });
    if (result.data) {
      void message.success(t('attraction.candidate.added', { name: result.data.createCandidate.name }));
      form.resetFields();
      onClose();
      return;
    }
    const { fields, other: rest } = toFormErrors(result.errors, FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };

  return (
    <Modal open={open} title={t('attraction.candidate.add')} width={640} onCancel={onClose} onOk={() => form.submit()} okText={t('attraction.create')} cancelText={t('attraction.cancel')}
      confirmLoading={create.isPending} destroyOnHidden>
      <Problems errors={other} />
      <Form<Values> form={form} layout="vertical" initialValues={{ requisitionId: requisitionId ?? undefined, source: 'referral' }} onFinish={(v) => void submit(v)}>
        <Form.Item name="requisitionId" label={t('attraction.req.one')} rules={[{ required: true, message: t('attraction.required') }]}>
          <Select disabled={!!requisitionId} options={(reqs.data?.requisitions ?? []).map((r) => ({ value: r.id, label: r.title }))} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}><Form.Item name="name" label={t('attraction.candidate.name')} rules={[{ required: true, message: t('attraction.required') }]}><Input /></Form.Item></Col>
          <Col span={12}><Form.Item name="email" label={t('attraction.candidate.email')} rules={[{ required: true, message: t('attraction.required') }]}><Input /></Form.Item></Col>
          <Col span={12}>
            <Form.Item name="source" label={t('attraction.candidate.source')}>
              <Select options={SOURCES.map((s) => ({ value: s, label: t(`attraction.source.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}><Form.Item name="phone" label={t('attraction.candidate.phone')}><Input /></Form.Item></Col>
        </Row>
        <Form.Item name="headline" label={t('attraction.candidate.headline')}><Input /></Form.Item>
        <Form.Item name="profileUrl" label={t('attraction.candidate.profileUrl')}><Input /></Form.Item>
        <Form.Item name="note" label={t('attraction.candidate.firstNote')}><Input.TextArea rows={2} /></Form.Item>
      </Form>
    </Modal>
  );
}
