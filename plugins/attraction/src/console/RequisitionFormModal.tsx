import { setFormErrors, toFormErrors, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { PersonSelect, Problems } from '@cadre/sdk/console/kit';
import { Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { BANDS, CREATE_REQUISITION, JOB_FAMILIES, UPDATE_REQUISITION } from './api.js';
import { familyLabel } from './labels.js';
import type { Requisition } from './types.js';
import { useT } from './i18n.js';

interface Values {
  title: string;
  team?: string;
  jobFamily?: string;
  level?: string;
  headcount: number;
  hiringManagerId?: string;
  location?: string;
  description?: string;
  interviewCriteria?: string[];
  /** The version the form was filled from: a save over someone else's edit is refused (CONFLICT). */
  expectedUpdatedAt?: string;
}

const FIELDS = ['title', 'team', 'jobFamily', 'level', 'headcount', 'hiringManagerId', 'location', 'description', 'interviewCriteria'];
const NEW: Partial<Values> = { headcount: 1, interviewCriteria: ['Coding', 'System design', 'Communication'] };

/**
 * A new requisition (a draft awaiting approval), or the edit of one (`req`): a draft that came
 * from gap analysis is completed here. Job family and level decide the band, so the API takes
 * them only while the requisition is a draft; they are read-only once it is open.
 */
export function RequisitionFormModal({ open, onClose, onSaved, req }: { open: boolean; onClose(): void; onSaved(id: string): void; req?: Requisition }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const family = Form.useWatch('jobFamily', form);
  const families = useCadreQuery(JOB_FAMILIES, {}, { enabled: open });
  const bands = useCadreQuery(BANDS, { filter: { jobFamily: family ?? null } }, { enabled: open && !!family });
  const create = useCadreMutation(CREATE_REQUISITION);
  const update = useCadreMutation(UPDATE_REQUISITION);
  const bandLocked = !!req && req.status !== 'draft';

  const submit = async (v: Values) => {
    setOther([]);
    const { expectedUpdatedAt, ...values } = v;
    const input = { ...values, headcount: v.headcount ?? 1, interviewCriteria: v.interviewCriteria ?? [] };
    if (bandLocked) { delete input.jobFamily; delete input.level; }
    const result = req ? await update.mutate({ id: req.id, input: { ...input, expectedUpdatedAt: expectedUpdatedAt ?? null } }) : await create.mutate({ input });
    const saved = result.data && ('updateRequisition' in result.data ? result.data.updateRequisition : result.data.createRequisition);
    if (saved) {
      form.resetFields();
      onSaved(saved.id);
      return;
    }
    const { fields, other: rest } = toFormErrors(result.errors, FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };

  const initial: Partial<Values> = req
    ? { title: req.title, team: req.team, jobFamily: req.jobFamily ?? undefined, level: req.level ?? undefined, headcount: req.headcount, hiringManagerId: req.hiringManagerId ?? undefined,
        location: req.location, description: req.description, interviewCriteria: req.interviewCriteria, expectedUpdatedAt: req.updatedAt }
    : NEW;
  const levels = [...new Set([...(bands.data?.compBands ?? []).map((b) => b.level), ...(req?.level && family === req.jobFamily ? [req.level] : [])])].sort();

  return (
    <Modal open={open} title={req ? t('attraction.req.editTitle', { title: req.title }) : t('attraction.req.new')} width={720} onCancel={onClose} onOk={() => form.submit()}
      okText={req ? t('attraction.save') : t('attraction.create')} cancelText={t('attraction.cancel')} confirmLoading={create.isPending || update.isPending} destroyOnHidden
      okButtonProps={{ 'data-testid': 'requisition-form-ok' }}>
      <Problems errors={other} />
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)} data-testid="requisition-form">
        <Form.Item name="expectedUpdatedAt" hidden><Input /></Form.Item>
        <Form.Item name="title" label={t('attraction.req.title')} rules={[{ required: true, message: t('attraction.required') }]}>
          <Input />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}><Form.Item name="team" label={t('attraction.req.team')}><Input /></Form.Item></Col>
          <Col span={12}><Form.Item name="location" label={t('attraction.req.location')}><Input /></Form.Item></Col>
          <Col span={12}>
            <Form.Item name="jobFamily" label={t('attraction.jobFamily')} extra={bandLocked ? t('attraction.req.bandLocked') : undefined}>
              <Select allowClear disabled={bandLocked} options={(families.data?.attractionJobFamilies ?? []).map((f) => ({ value: f, label: familyLabel(t, f) }))}
                onChange={() => form.setFieldValue('level', undefined)} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="level" label={t('attraction.level')}>
              <Select allowClear disabled={bandLocked} options={levels.map((l) => ({ value: l, label: l }))} />
            </Form.Item>
          </Col>
          <Col span={6}><Form.Item name="headcount" label={t('attraction.req.headcount')}><InputNumber min={Math.max(1, req?.hiredCount ?? 0)} max={100} style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
        <Form.Item name="hiringManagerId" label={t('attraction.req.hiringManager')}>
          <PersonSelect known={req?.hiringManagerId ? [{ id: req.hiringManagerId, name: req.hiringManagerName ?? req.hiringManagerId }] : []} />
        </Form.Item>
        <Form.Item name="interviewCriteria" label={t('attraction.req.criteria')} extra={t('attraction.req.criteriaHint')}>
          <Select mode="tags" open={false} />
        </Form.Item>
        <Form.Item name="description" label={t('attraction.req.description')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
