import { fieldProblems, useCadre, useCadreMutation } from '@cadre/sdk/console';
import { App, Button, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import type { ApiTokenKind } from '../../gql/graphql';
import { CreateApiTokenDocument } from './documents';

interface Values {
  name: string;
  kind: ApiTokenKind;
  scopes: string[];
  expiresInDays: number;
}

const EXPIRY_DAYS = [7, 30, 90, 365, 0];

/** Name, kind (service tokens for holders of tokens.manage), scopes from the viewer's own permissions, expiry. */
export function CreateTokenForm({ onCreated }: { onCreated: (token: string) => void }) {
  const { t, can, viewer } = useCadre();
  const { message } = App.useApp();
  const create = useCadreMutation(CreateApiTokenDocument, { invalidates: [['ApiTokens']] });
  const [form] = Form.useForm<Values>();

  const submit = async (values: Values) => {
    const expiresAt = values.expiresInDays ? dayjs().add(values.expiresInDays, 'day').format('YYYY-MM-DD') : null;
    const result = await create.mutate({ input: { name: values.name, kind: values.kind, scopes: values.scopes, expiresAt } });
    if (result.data) {
      form.resetFields();
      onCreated(result.data.createApiToken.token);
      return;
    }
    const problems = fieldProblems(result.errors);
    // The form asks for a number of days; the API names the date it became.
    if (problems.length) form.setFields(problems.map((p) => ({ name: (p.field === 'expiresAt' ? 'expiresInDays' : p.field) as keyof Values, errors: [p.message] })));
    else void message.error(result.errors[0]?.message ?? t('common.error'));
  };

  return (
    <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}
      initialValues={{ kind: 'PERSONAL', scopes: [], expiresInDays: 90 }}>
      <Form.Item name="name" label={t('tokens.name')} rules={[{ required: true, message: t('auth.required') }]}>
        <Input maxLength={120} placeholder={t('tokens.namePlaceholder')} />
      </Form.Item>
      {can('tokens.manage') && (
        <Form.Item name="kind" label={t('tokens.kind')} extra={t('tokens.kindHint')}>
          <Select options={[{ value: 'PERSONAL', label: t('tokens.kind.PERSONAL') }, { value: 'SERVICE', label: t('tokens.kind.SERVICE') }]} />
        </Form.Item>
      )}
      <Form.Item name="scopes" label={t('tokens.scopes')} extra={t('tokens.scopesHint')} rules={[{ required: true, message: t('tokens.scopesRequired') }]}>
        <Select mode="multiple" data-testid="token-scopes" options={[...viewer.permissions].sort().map((p) => ({ value: p, label: p }))} />
      </Form.Item>
      <Form.Item name="expiresInDays" label={t('tokens.expiry')}>
        <Select options={EXPIRY_DAYS.map((d) => ({ value: d, label: d ? t('tokens.expiryDays', { days: d }) : t('tokens.never') }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={create.isPending}>{t('tokens.create')}</Button>
    </Form>
  );
}
