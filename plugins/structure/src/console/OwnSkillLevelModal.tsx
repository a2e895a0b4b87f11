// Rating one of your own skills (setOwnSkillLevel: evidence SELF, for anyone signed in as a
// person). A manager's or review assessment still decides the level; a rating above it shows as a
// claim for the manager to confirm, so the modal says so.
import { setFormErrors, toFormErrors, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { SET_OWN_SKILL_LEVEL, SKILL_CATEGORIES } from './api.js';
import { useT } from './i18n.js';

interface Values { skillId: string; level: number; note?: string }

export function OwnSkillLevelModal({ skillId, level, onClose, onSaved }: { skillId: string | null; level: number | null; onClose(): void; onSaved(): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const skills = useCadreQuery(SKILL_CATEGORIES, {});
  const set = useCadreMutation(SET_OWN_SKILL_LEVEL, { invalidates: [['StructureSkillProfile'], ['StructureHeatmap']] });

  const submit = async (v: Values) => {
    setOther([]);
    const result = await set.mutate({ input: { skillId: v.skillId, level: v.level, note: v.note?.trim() || null } });
    if (result.data) return onSaved();
    const { fields, other: rest } = toFormErrors(result.errors, ['skillId', 'level', 'note']);
    setFormErrors(form, fields);
    setOther(rest);
  };

  return (
    <Modal open title={t('structure.self.title')} onCancel={onClose} onOk={() => form.submit()} okText={t('structure.save')} cancelText={t('structure.cancel')}
      confirmLoading={set.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'self-assess-ok' }}>
      {other.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={other.join('; ')} data-testid="self-assess-error" />}
      <Typography.Paragraph type="secondary">{t('structure.self.explain')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" initialValues={{ skillId: skillId ?? undefined, level: level ?? 3 }} onFinish={(v) => void submit(v)} data-testid="self-assess-form">
        <Form.Item name="skillId" label={t('structure.project.skill')} rules={[{ required: true, message: t('structure.required') }]}>
          <Select disabled={!!skillId} showSearch={{ optionFilterProp: 'label' }}
            options={(skills.data?.skillCategories ?? []).map((c) => ({ label: c.name, options: c.skills.map((s) => ({ value: s.id, label: s.name })) }))} />
        </Form.Item>
        <Form.Item name="level" label={t('structure.person.levelCol')} rules={[{ required: true, message: t('structure.required') }]}>
          <Select options={[0, 1, 2, 3, 4, 5].map((l) => ({ value: l, label: t(`structure.levelName.${l}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('structure.self.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
