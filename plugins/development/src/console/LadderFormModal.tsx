// A new career ladder (development.ladders.write): its track, name and description. Its levels are
// added afterwards, one by one (LevelFormModal). The API's refusals show on their fields.
import { setFormErrors, toFormErrors, useCadreMutation } from '@cadre/sdk/console';
import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { CREATE_LADDER } from './api.js';
import { useT } from './i18n.js';
import type { CareerLadder, CareerTrack } from './types.js';

interface Values { name: string; track: CareerTrack; description?: string }
const FIELDS = ['name', 'track', 'description'];
const TRACKS: CareerTrack[] = ['IC', 'MANAGEMENT'];

export function LadderFormModal({ onClose, onSaved }: { onClose(): void; onSaved(ladder: CareerLadder): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const create = useCadreMutation(CREATE_LADDER, { invalidates: [['DevelopmentLadders']] });

  const submit = async (v: Values) => {
    setOther([]);
    const result = await create.mutate({ input: { name: v.name.trim(), track: v.track, description: v.description?.trim() ?? '' } });
    if (result.data) return onSaved(result.data.createCareerLadder);
    const { fields, other: rest } = toFormErrors(result.errors, FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };

  return (
    <Modal open title={t('development.ladders.new')} onCancel={onClose} onOk={() => form.submit()} okText={t('development.create')} cancelText={t('development.cancel')}
      confirmLoading={create.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'ladder-form-ok' }}>
      {other.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={other.join('; ')} data-testid="ladder-form-error" />}
      <Form<Values> form={form} layout="vertical" initialValues={{ track: 'IC' }} onFinish={(v) => void submit(v)} data-testid="ladder-form">
        <Form.Item name="name" label={t('development.ladders.name')} rules={[{ required: true, whitespace: true, message: t('development.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="track" label={t('development.ladders.track')}>
          <Radio.Group options={TRACKS.map((k) => ({ value: k, label: t(`development.track.${k}`) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('development.ladders.description')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
