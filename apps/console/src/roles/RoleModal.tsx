import { fieldProblems, problemLine, useCadre, useCadreMutation } from '@cadre/sdk/console';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { RolesMatrixQuery } from '../gql/graphql';
import { CreateRoleDocument, UpdateRoleDocument } from './documents';

type Role = RolesMatrixQuery['roles'][number];

interface Props {
  /** The custom role to edit, 'new' to create one, null when closed. */
  role: Role | 'new' | null;
  permissions: RolesMatrixQuery['permissions'];
  onClose(): void;
}

interface Values {
  key?: string;
  name: string;
  description?: string;
  permissions: string[];
}

export function RoleModal({ role, permissions, onClose }: Props) {
  const { t } = useCadre();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string | null>(null);
  const create = useCadreMutation(CreateRoleDocument);
  const update = useCadreMutation(UpdateRoleDocument);
  const editing = role && role !== 'new' ? role : null;

  useEffect(() => {
    setOther(null);
    form.resetFields();
    if (editing) form.setFieldsValue({ name: editing.name, description: editing.description, permissions: editing.permissions });
  }, [role, editing, form]);

  const submit = async (values: Values) => {
    const input = { name: values.name, description: values.description ?? '', permissions: values.permissions ?? [] };
    // The version the form was filled from: a save over someone else's newer change is refused.
    const result = editing ? await update.mutate({ id: editing.id, input: { ...input, expectedUpdatedAt: editing.updatedAt } }) : await create.mutate({ input: { ...input, key: values.key } });
    const saved = result.data && ('updateRole' in result.data ? result.data.updateRole : result.data.createRole);
    if (saved) {
      void message.success(t('roles.saved', { name: saved.name }));
      onClose();
      return;
    }
    const problems = fieldProblems(result.errors);
    const known = ['key', 'name', 'description', 'permissions'];
    form.setFields(problems.filter((p) => known.includes(p.field)).map((p) => ({ name: p.field as keyof Values, errors: [p.message] })));
    const rest = problems.filter((p) => !known.includes(p.field)).map(problemLine);
    setOther(rest.length ? rest.join('; ') : problems.length ? null : result.errors.map((e) => e.message).join('; '));
  };

  return (
    <Modal
      open={role !== null}
      title={t(editing ? 'roles.edit' : 'roles.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      width={640}
      forceRender
    >
      {other && <Alert type="error" showIcon title={other} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        {!editing && (
          <Form.Item name="key" label={t('roles.key')} rules={[{ required: true, message: t('auth.required') }]}>
            <Input placeholder="team-lead" />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('roles.name')} rules={[{ required: true, message: t('auth.required') }]}><Input /></Form.Item>
        <Form.Item name="description" label={t('roles.description')}><Input.TextArea autoSize={{ minRows: 2 }} /></Form.Item>
        <Form.Item name="permissions" label={t('roles.permissions')}>
          <Select mode="multiple" allowClear options={permissions.map((p) => ({ value: p.id, label: p.id, title: p.description }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
