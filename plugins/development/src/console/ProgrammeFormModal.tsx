// A new programme: a named group of courses (courses join it when created, or from the course form).
import { setFormErrors, toFormErrors, useCadreMutation } from '@cadre/sdk/console';
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { CREATE_PROGRAMME } from './api.js';
import { useT } from './i18n.js';

interface Values { title: string; description?: string }

export function ProgrammeFormModal({ onClose, onSaved }: { onClose(): void; onSaved(programme: { id: string; title: string }): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const create = useCadreMutation(CREATE_PROGRAMME, { invalidates: [['DevelopmentProgrammes']] });
  const submit = async (v: Values) => {
    const result = await create.mutate({ title: v.title, description: v.description ?? '' });
    if (result.data) return onSaved(result.data.createProgramme);
    const { fields, other: rest } = toFormErrors(result.errors, ['title', 'description']);
    setFormErrors(form, fields);
    setOther(rest);
  };
  return (
    <Modal open title={t('development.programmeForm.new')} onCancel={onClose} onOk={() => form.submit()} okText={t('development.create')} cancelText={t('development.cancel')}
      confirmLoading={create.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'programme-form-ok' }}>
      {other.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={other.join('; ')} />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="title" label={t('development.courseForm.title')} rules={[{ required: true, whitespace: true, message: t('development.required') }]}><Input maxLength={300} /></Form.Item>
        <Form.Item name="description" label={t('development.courseForm.description')}><Input.TextArea rows={3} maxLength={5000} /></Form.Item>
      </Form>
    </Modal>
  );
}
