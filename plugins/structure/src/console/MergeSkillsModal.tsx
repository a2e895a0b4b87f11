// Merging one skill into another (mergeSkills): the modal says what moves and what is deleted
// before anything happens, and what moved afterwards. Refusals on the two ids show on the field.
import { setFormErrors, toFormErrors, useCadreMutation } from '@cadre/sdk/console';
import { Alert, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { MERGE_SKILLS } from './api.js';
import { useT } from './i18n.js';
import type { SkillMergeResult, TaxonomyCategory, TaxonomySkill } from './types.js';

interface Values { targetSkillId: string }

interface Props { source: TaxonomySkill | null; categories: readonly TaxonomyCategory[]; onClose(): void; onMerged(result: SkillMergeResult): void }

// A fresh form store per opening, so that no earlier choice of target is kept.
export function MergeSkillsModal(props: Props) {
  return props.source ? <MergeSkillsForm {...props} source={props.source} /> : null;
}

function MergeSkillsForm({ source, categories, onClose, onMerged }: Props & { source: TaxonomySkill }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const merge = useCadreMutation(MERGE_SKILLS);

  const submit = async (v: Values) => {
    setOther([]);
    const result = await merge.mutate({ sourceSkillId: source.id, targetSkillId: v.targetSkillId });
    if (result.data) return onMerged(result.data.mergeSkills);
    // A problem with the source (merged or deleted meanwhile) is not a field of this form.
    const { fields, other: rest } = toFormErrors(result.errors, ['targetSkillId']);
    setFormErrors(form, fields);
    setOther(rest);
  };

  // Every other skill, grouped by category (the source cannot be merged into itself).
  const options = categories
    .map((c) => ({ label: c.name, options: c.skills.filter((s) => s.id !== source.id).map((s) => ({ value: s.id, label: s.name })) }))
    .filter((g) => g.options.length);
  return (
    <Modal open title={t('structure.taxonomy.mergeTitle', { name: source.name })} onCancel={onClose} onOk={() => form.submit()} okText={t('structure.taxonomy.mergeOk')} cancelText={t('structure.cancel')}
      okButtonProps={{ danger: true, 'data-testid': 'merge-ok' }} confirmLoading={merge.isPending} destroyOnHidden>
      {other.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={other.join('; ')} data-testid="merge-error" />}
      <Typography.Paragraph data-testid="merge-explain">{t('structure.taxonomy.mergeExplain', { name: source.name })}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="merge-form">
        <Form.Item name="targetSkillId" label={t('structure.taxonomy.mergeInto')} rules={[{ required: true, message: t('structure.required') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={options} placeholder={t('structure.taxonomy.mergePick')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
