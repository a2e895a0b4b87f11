import { setFormErrors, toFormErrors, useCadre, useCadreMutation } from '@cadre/sdk/console';
import { PersonSelect } from '@cadre/sdk/console/kit';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import type { AccountsPageQuery } from '../gql/graphql';
import { CreateAccountDocument, SetAccountRolesDocument } from './documents';

type Account = AccountsPageQuery['accountsPage']['nodes'][number];

interface Values {
  email: string;
  password: string;
  personId: string | null;
  roles: string[];
}

/** A new account (email, first password, person, roles), or another set of roles for `account`. */
export function AccountModal({ account, roles, onClose }: { account: Account | null; roles: ReadonlyArray<{ key: string; name: string }>; onClose(): void }) {
  const { t } = useCadre();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string | null>(null);
  const create = useCadreMutation(CreateAccountDocument);
  const setRoles = useCadreMutation(SetAccountRolesDocument);

  const submit = async (values: Values) => {
    const result = account
      ? await setRoles.mutate({ accountId: account.id, roles: values.roles ?? [] })
      : await create.mutate({ input: { email: values.email, password: values.password, personId: values.personId ?? null, roles: values.roles ?? [] } });
    if (result.data) {
      void message.success(t(account ? 'accounts.rolesSaved' : 'accounts.created', { email: account?.email ?? values.email }));
      onClose();
      return;
    }
    // setAccountRoles names its argument `roles`; createAccount's fields are under `input`.
    const { fields, other: rest } = toFormErrors(result.errors, ['email', 'password', 'personId', 'roles']);
    setFormErrors(form, fields);
    setOther(rest.length ? rest.join('; ') : null);
  };

  return (
    <Modal
      open
      title={account ? t('accounts.rolesOf', { email: account.email }) : t('accounts.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || setRoles.isPending}
      destroyOnHidden
    >
      {other && <Alert type="error" showIcon title={other} style={{ marginBottom: 16 }} role="alert" />}
      <Form<Values> form={form} layout="vertical" initialValues={{ roles: account?.roles ?? ['employee'], personId: null }} onFinish={(v) => void submit(v)} data-testid="account-form">
        {!account && (
          <>
            <Form.Item name="email" label={t('accounts.email')} rules={[{ required: true, message: t('auth.required') }, { type: 'email', message: t('accounts.badEmail') }]}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="password" label={t('accounts.password')} extra={t('accounts.passwordHint')} rules={[{ required: true, message: t('auth.required') }]}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item name="personId" label={t('accounts.person')}>
              <PersonSelect placeholder={t('accounts.person')} testId="account-person" />
            </Form.Item>
          </>
        )}
        <Form.Item name="roles" label={t('accounts.roles')}>
          <Select mode="multiple" allowClear data-testid="account-roles" options={roles.map((r) => ({ value: r.key, label: r.name }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
