// Nominating someone for an innovation award (anyone holding incentives.awards.nominate may): who,
// what kind of work, a title, why they deserve it, and a link to the paper / patent / repository.
// The API's field refusals show on their fields.
import { setFormErrors, toFormErrors, useCadreMutation } from '@cadre/sdk/console';
import { PersonSelect, Problems } from '@cadre/sdk/console/kit';
import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { NOMINATE_AWARD } from './api.js';
import { AWARD_KINDS, type Award } from './types.js';
import { useT } from './i18n.js';

interface Values { personId: string; kind: string; title: string; description?: string; link?: string }
const FIELDS = ['personId', 'kind', 'title', 'description', 'link'];

export function AwardFormModal({ open, onClose, onNominated }: { open: boolean; onClose(): void; onNominated(award: Award): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const nominate = useCadreMutation(NOMINATE_AWARD, { invalidates: [['IncentivesAwards']] });

  const submit = async (v: Values) => {
    setOther([]);
    const result = await nominate.mutate({ input: { personId: v.personId, kind: v.kind, title: v.title, description: v.description ?? '', link: v.link?.trim() || null } });
    if (result.data) {
      form.resetFields();
      onNominated(result.data.nominateAward);
      return;
    }
    const { fields, other: rest } = toFormErrors(result.errors, FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };
  const required = { required: true, whitespace: true, message: t('incentives.form.required') };

  return (
    <Modal open={open} title={t('incentives.awards.nominate')} onCancel={() => { setOther([]); onClose(); }} onOk={() => form.submit()} okText={t('incentives.awards.nominateOk')}
      cancelText={t('incentives.cancel')} confirmLoading={nominate.isPending} destroyOnHidden width={600} okButtonProps={{ 'data-testid': 'award-form-ok' }}>
      <Problems errors={other} />
      <Form<Values> form={form} layout="vertical" initialValues={{ kind: 'idea' }} onFinish={(v) => void submit(v)} data-testid="award-form">
        <Form.Item name="personId" label={t('incentives.awards.nominee')} rules={[{ required: true, message: t('incentives.form.required') }]} extra={t('incentives.awards.nomineeHint')}>
          <PersonSelect placeholder={t('incentives.awards.searchPerson')} />
        </Form.Item>
        <Form.Item name="kind" label={t('incentives.awards.kind')}>
          <Select options={AWARD_KINDS.map((k) => ({ value: k, label: t(`incentives.awardKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('incentives.awards.titleField')} rules={[required]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('incentives.awards.reason')} extra={t('incentives.awards.reasonHint')}>
          <Input.TextArea rows={3} maxLength={8000} />
        </Form.Item>
        {/* Only a loose check here: the API's stricter URL rule answers on this field when it refuses. */}
        <Form.Item name="link" label={t('incentives.awards.link')} rules={[{ type: 'url', message: t('incentives.awards.linkFormat') }]}>
          <Input placeholder="https://" maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
