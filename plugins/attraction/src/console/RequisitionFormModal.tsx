import { useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { BANDS, CREATE_REQUISITION, JOB_FAMILIES } from './api.js';
import { setFormErrors, toFormErrors } from './form-errors.js';
import { PersonSelect } from './PersonSelect.js';
import { familyLabel } from './labels.js';
import { Problems } from './ui.js';
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
}

const FIELDS = ['title', 'team', 'jobFamily', 'level', 'headcount', 'hiringManagerId', 'location', 'description', 'interviewCriteria'];

/** A new requisition (a draft awaiting approval). */
export function RequisitionFormModal({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(id: string): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const family = Form.useWatch('jobFamily', form);
  const families = useCadreQuery(JOB_FAMILIES, {}, { enabled: open });
  const bands = useCadreQuery(BANDS, { filter: { jobFamily: family ?? null } }, { enabled: open && !!family });
  const create = useCadreMutation(CREATE_REQUISITION);

  const submit = async (v: Values) => {
    setOther([]);
    const result = await create.mutate({ input: { ...v, headcount: v.headcount ?? 1, interviewCriteria: v.interviewCriteria ?? [] } });
    if (result.data) {
      form.resetFields();
      onCreated(result.data.createRequisition.id);
      return;
    }
    const { fields, other: rest } = toFormErrors(result.errors, FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };

  return (
    <Modal open={open} title={t('attraction.req.new')} width={720} onCancel={onClose} onOk={() => form.submit()} okText={t('attraction.create')} cancelText={t('attraction.cancel')}
      confirmLoading={create.isPending} destroyOnHidden>
      <Problems errors={other} />
      <Form<Values> form={form} layout="vertical" initialValues={{ headcount: 1, interviewCriteria: ['Coding', 'System design', 'Communication'] }} onFinish={(v) => void submit(v)}>
        <Form.Item name="title" label={t('attraction.req.title')} rules={[{ required: true, message: t('attraction.required') }]}>
          <Input />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}><Form.Item name="team" label={t('attraction.req.team')}><Input /></Form.Item></Col>
          <Col span={12}><Form.Item name="location" label={t('attraction.req.location')}><Input /></Form.Item></Col>
          <Col span={12}>
            <Form.Item name="jobFamily" label={t('attraction.jobFamily')}>
              <Select allowClear options={(families.data?.attractionJobFamilies ?? []).map((f) => ({ value: f, label: familyLabel(t, f) }))}
                onChange={() => form.setFieldValue('level', undefined)} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="level" label={t('attraction.level')}>
              <Select allowClear options={[...new Set((bands.data?.compBands ?? []).map((b) => b.level))].sort().map((l) => ({ value: l, label: l }))} />
            </Form.Item>
          </Col>
          <Col span={6}><Form.Item name="headcount" label={t('attraction.req.headcount')}><InputNumber min={1} max={100} style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
        <Form.Item name="hiringManagerId" label={t('attraction.req.hiringManager')}>
          <PersonSelect />
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
