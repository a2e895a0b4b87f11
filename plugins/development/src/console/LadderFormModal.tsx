// A new career ladder (development.ladders.write): its track, name and description; or an existing
// one renamed (its track stays). Its levels are added afterwards, one by one (LevelFormModal). The
// API's refusals show on their fields.
import { setFormErrors, toFormErrors, useCadreMutation } from '@cadre/sdk/console';
import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { CREATE_LADDER, UPDATE_LADDER } from './api.js';
import { useT } from './i18n.js';
import type { CareerLadder, CareerTrack } from './types.js';

interface Values { name: string; track: CareerTrack; description?: string }
const FIELDS = ['name', 'track', 'description'];
const TRACKS: CareerTrack[] = ['IC', 'MANAGEMENT'];

/** Creates a ladder, or edits `ladder` when given. */
export function LadderFormModal({ ladder, onClose, onSaved }: { ladder?: CareerLadder; onClose(): void; onSaved(ladder: CareerLadder): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const create = useCadreMutation(CREATE_LADDER, { invalidates: [['DevelopmentLadders']] });
  const update = useCadreMutation(UPDATE_LADDER, { invalidates: [['DevelopmentLadders']] });

  const submit = async (v: Values) => {
    setOther([]);
    const description = v.description?.trim() ?? '';
    const result = ladder
      ? await update.mutate({ id: ladder.id, input: { name: v.name.trim(), description } })
      : await create.mutate({ input: { name: v.name.trim(), track: v.track, description } });
    const saved = result.data && ('updateCareerLadder' in result.data ? result.data.updateCareerLadder : result.data.createCareerLadder);
    if (saved) return onSaved(saved);
    const { fields, other: rest } = toFormErrors(result.errors, FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };

  return (
    <Modal open title={ladder ? t('development.ladders.editTitle', { name: ladder.name }) : t('development.ladders.new')} onCancel={onClose} onOk={() => form.submit()}
      okText={t(ladder ? 'development.save' : 'development.create')} cancelText={t('development.cancel')} confirmLoading={create.isPending || update.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'ladder-form-ok' }}>
      {other.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={other.join('; ')} data-testid="ladder-form-error" />}
      <Form<Values> form={form} layout="vertical" initialValues={ladder ? { name: ladder.name, track: ladder.track, description: ladder.description } : { track: 'IC' }} onFinish={(v) => void submit(v)} data-testid="ladder-form">
        <Form.Item name="name" label={t('development.ladders.name')} rules={[{ required: true, whitespace: true, message: t('development.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="track" label={t('development.ladders.track')}>
          <Radio.Group disabled={!!ladder} options={TRACKS.map((k) => ({ value: k, label: t(`development.track.${k}`) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('development.ladders.description')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
