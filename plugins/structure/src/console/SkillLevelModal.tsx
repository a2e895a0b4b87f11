// A manager's or review assessment of one skill of one person (setSkillLevel). It decides the
// level over self-assessments, knowledge and courses, so the current sources are shown with it.
import { setFormErrors, toFormErrors, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { SET_SKILL_LEVEL, SKILL_CATEGORIES } from './api.js';
import { useT } from './i18n.js';

interface Values { skillId: string; level: number; evidence: 'MANAGER' | 'REVIEW'; note?: string }

export function SkillLevelModal({ personId, skillId, level, onClose, onSaved }: { personId: string; skillId: string | null; level: number | null; onClose(): void; onSaved(): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const skills = useCadreQuery(SKILL_CATEGORIES, {});
  const set = useCadreMutation(SET_SKILL_LEVEL);

  const submit = async (v: Values) => {
    setOther([]);
    const result = await set.mutate({ input: { personId, skillId: v.skillId, level: v.level, evidence: v.evidence, note: v.note || null } });
    if (result.data) return onSaved();
    const { fields, other: rest } = toFormErrors(result.errors, ['skillId', 'level', 'evidence', 'note']);
    setFormErrors(form, fields);
    setOther(rest);
  };

  return (
    <Modal open title={t('structure.assess.title')} onCancel={onClose} onOk={() => form.submit()} okText={t('structure.save')} cancelText={t('structure.cancel')}
      confirmLoading={set.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'assess-ok' }}>
      {other.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={other.join('; ')} data-testid="assess-error" />}
      <Form<Values> form={form} layout="vertical" initialValues={{ skillId: skillId ?? undefined, level: level ?? 3, evidence: 'MANAGER' }} onFinish={(v) => void submit(v)} data-testid="assess-form">
        <Form.Item name="skillId" label={t('structure.project.skill')} rules={[{ required: true, message: t('structure.required') }]}>
          <Select disabled={!!skillId} showSearch={{ optionFilterProp: 'label' }}
            options={(skills.data?.skillCategories ?? []).map((c) => ({ label: c.name, options: c.skills.map((s) => ({ value: s.id, label: s.name })) }))} />
        </Form.Item>
        <Form.Item name="level" label={t('structure.person.levelCol')} extra={t('structure.assess.levelHint')} rules={[{ required: true, message: t('structure.required') }]}>
          <Select options={[0, 1, 2, 3, 4, 5].map((l) => ({ value: l, label: t(`structure.levelName.${l}`) }))} />
        </Form.Item>
        <Form.Item name="evidence" label={t('structure.assess.kind')}>
          <Radio.Group options={(['MANAGER', 'REVIEW'] as const).map((k) => ({ value: k, label: t(`structure.evidence.${k}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('structure.assess.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
