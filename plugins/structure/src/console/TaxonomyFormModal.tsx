// Creating or renaming a skill category, creating a skill in a category, and editing a skill (what
// updateSkill accepts: name, description and the category it belongs to). One mutation per form;
// the API's field refusals (a name already taken, a blank name) show on their fields.
import { setFormErrors, toFormErrors, useCadreMutation } from '@cadre/sdk/console';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { CREATE_SKILL, CREATE_SKILL_CATEGORY, UPDATE_SKILL, UPDATE_SKILL_CATEGORY } from './api.js';
import { useT } from './i18n.js';
import type { TaxonomyCategory, TaxonomySkill } from './types.js';

export type TaxonomyFormMode =
  | { kind: 'category' }
  | { kind: 'editCategory'; category: TaxonomyCategory }
  | { kind: 'skill'; categoryId: string | null }
  | { kind: 'edit'; skill: TaxonomySkill };

interface Values { name: string; description?: string; categoryId?: string }

const FIELDS = ['name', 'description', 'categoryId'];

interface Props { mode: TaxonomyFormMode | null; categories: readonly TaxonomyCategory[]; onClose(): void; onSaved(): void }

// A fresh form store per opening: a kept store would keep the previous form's values (the
// category of an earlier skill) over this one's initial values.
export function TaxonomyFormModal(props: Props) {
  return props.mode ? <TaxonomyForm {...props} mode={props.mode} /> : null;
}

function TaxonomyForm({ mode, categories, onClose, onSaved }: Props & { mode: TaxonomyFormMode }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const createCategory = useCadreMutation(CREATE_SKILL_CATEGORY);
  const createSkill = useCadreMutation(CREATE_SKILL);
  const update = useCadreMutation(UPDATE_SKILL);
  const updateCategory = useCadreMutation(UPDATE_SKILL_CATEGORY);
  const isCategory = mode.kind === 'category' || mode.kind === 'editCategory';

  const initial: Partial<Values> = mode.kind === 'edit'
    ? { name: mode.skill.name, description: mode.skill.description ?? '', categoryId: mode.skill.categoryId }
    : mode.kind === 'editCategory'
      ? { name: mode.category.name, description: mode.category.description ?? '' }
      : { categoryId: mode.kind === 'skill' ? (mode.categoryId ?? undefined) : undefined };

  const submit = async (v: Values) => {
    setOther([]);
    const description = v.description?.trim() ? v.description : null;
    const result = mode.kind === 'category'
      ? await createCategory.mutate({ input: { name: v.name, description } })
      : mode.kind === 'editCategory'
        ? await updateCategory.mutate({ id: mode.category.id, input: { name: v.name, description } })
        : mode.kind === 'skill'
        ? await createSkill.mutate({ input: { categoryId: v.categoryId!, name: v.name, description } })
        : await update.mutate({ id: mode.skill.id, input: { name: v.name, description, categoryId: v.categoryId } });
    if (result.data) return onSaved();
    const { fields, other: rest } = toFormErrors(result.errors, FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };

  const title = mode.kind === 'category' ? t('structure.taxonomy.newCategory')
    : mode.kind === 'editCategory' ? t('structure.taxonomy.editTitle', { name: mode.category.name })
      : mode.kind === 'skill' ? t('structure.taxonomy.newSkill') : t('structure.taxonomy.editTitle', { name: mode.skill.name });
  const editing = mode.kind === 'edit' || mode.kind === 'editCategory';
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} okText={t(editing ? 'structure.save' : 'structure.create')} cancelText={t('structure.cancel')}
      confirmLoading={createCategory.isPending || createSkill.isPending || update.isPending || updateCategory.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'taxonomy-form-ok' }}>
      {other.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={other.join('; ')} data-testid="taxonomy-form-error" />}
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)} data-testid="taxonomy-form">
        <Form.Item name="name" label={t(isCategory ? 'structure.taxonomy.categoryName' : 'structure.taxonomy.skillName')} rules={[{ required: true, whitespace: true, message: t('structure.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        {!isCategory && (
          <Form.Item name="categoryId" label={t('structure.skills.category')} extra={mode.kind === 'edit' ? t('structure.taxonomy.moveHint') : undefined} rules={[{ required: true, message: t('structure.required') }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={categories.map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
        )}
        <Form.Item name="description" label={t('structure.taxonomy.description')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
