import { setFormErrors, toFormErrors, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Problems } from '@cadre/sdk/console/kit';
import { App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { CANDIDATE_QUERIES, CREATE_CANDIDATE, REQUISITIONS, SOURCES, UPDATE_CANDIDATE } from './api.js';
import type { Candidate } from './types.js';
import { clearChangedErrors } from './form-errors.js';
import { useT } from './i18n.js';

interface Values { requisitionId: string; name: string; email: string; source: string; headline?: string; phone?: string; profileUrl?: string; note?: string }
const FIELDS = ['requisitionId', 'name', 'email', 'source', 'headline', 'phone', 'profileUrl', 'note'];

/**
 * A new candidate on an open requisition (they start as sourced), or the edit of one's profile
 * (`candidate`): the requisition and the first note belong to the creation only.
 */
export function CandidateFormModal({ requisitionId, open, onClose, candidate }: { requisitionId?: string | null; open: boolean; onClose(): void; candidate?: Candidate }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const reqs = useCadreQuery(REQUISITIONS, { filter: { status: 'open' } }, { enabled: open && !candidate });
  const create = useCadreMutation(CREATE_CANDIDATE);
  const update = useCadreMutation(UPDATE_CANDIDATE, { invalidates: CANDIDATE_QUERIES });

  const submit = async (v: Values) => {
    setOther([]);
    const { requisitionId: _req, note: _note, ...profile } = v;
    const result = candidate ? await update.mutate({ id: candidate.id, input: { ...profile, phone: profile.phone ?? '', headline: profile.headline ?? '', profileUrl: profile.profileUrl ?? '' } }) : await create.mutate({ input: v });
    const saved = result.data && ('updateCandidate' in result.data ? result.data.updateCandidate : result.data.createCandidate);
    if (saved) {
      void message.success(t(candidate ? 'attraction.candidate.updated' : 'attraction.candidate.added', { name: saved.name }));
      form.resetFields();
      onClose();
      return;
    }
    const { fields, other: rest } = toFormErrors(result.errors, FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };
  const initial: Partial<Values> = candidate
    ? { name: candidate.name, email: candidate.email, source: candidate.source, phone: candidate.phone, headline: candidate.headline, profileUrl: candidate.profileUrl }
    : { requisitionId: requisitionId ?? undefined, source: 'referral' };

  return (
    <Modal open={open} title={candidate ? t('attraction.candidate.editTitle', { name: candidate.name }) : t('attraction.candidate.add')} width={640} onCancel={onClose} onOk={() => form.submit()}
      okText={candidate ? t('attraction.save') : t('attraction.create')} cancelText={t('attraction.cancel')} confirmLoading={create.isPending || update.isPending} destroyOnHidden
      okButtonProps={{ 'data-testid': 'candidate-form-ok' }}>
      <Problems errors={other} />
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)} onValuesChange={clearChangedErrors(form)} data-testid="candidate-form">
        {!candidate && (
          <Form.Item name="requisitionId" label={t('attraction.req.one')} rules={[{ required: true, message: t('attraction.required') }]}>
            <Select disabled={!!requisitionId} options={(reqs.data?.requisitions ?? []).map((r) => ({ value: r.id, label: r.title }))} />
          </Form.Item>
        )}
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
        {!candidate && <Form.Item name="note" label={t('attraction.candidate.firstNote')}><Input.TextArea rows={2} /></Form.Item>}
      </Form>
    </Modal>
  );
}
