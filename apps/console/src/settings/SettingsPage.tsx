import { ApartmentOutlined, ApiOutlined, EditOutlined, LoginOutlined, PlusOutlined } from '@ant-design/icons';
import { fieldProblems, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Page } from '@cadre/sdk/console/kit';
import { Alert, App, Button, Empty, Form, Input, Modal, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../gql';
import { InstallationOwnerDocument } from './tenants/documents';

const SettingsDocument = graphql(`
  query Settings {
    settings { key value }
  }
`);

const SetSettingDocument = graphql(`
  mutation SetSetting($key: String!, $value: String!) {
    setSetting(key: $key, value: $value) { key value }
  }
`);

interface Values {
  key: string;
  value: string;
}

export default function SettingsPage() {
  const { t, can } = useCadre();
  const { message } = App.useApp();
  const { data, error, isLoading } = useCadreQuery(SettingsDocument, {});
  const save = useCadreMutation(SetSettingDocument, { invalidates: [['Settings']] });
  const [editing, setEditing] = useState<Values | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const writable = can('settings.write');
  const installationOwner = useCadreQuery(InstallationOwnerDocument, {}).data?.me.installationOwner === true;

  useEffect(() => {
    form.resetFields();
    if (editing && editing !== 'new') form.setFieldsValue({ key: editing.key, value: JSON.stringify(JSON.parse(editing.value), null, 2) });
  }, [editing, form]);

  const submit = async (values: Values) => {
    const result = await save.mutate({ key: values.key.trim(), value: values.value });
    if (result.data) {
      void message.success(t('common.saved'));
      setEditing(null);
      return;
    }
    const problems = fieldProblems(result.errors, '');
    if (problems.length) form.setFields(problems.map((p) => ({ name: p.field as keyof Values, errors: [p.message] })));
    else void message.error(result.errors[0]?.message ?? t('common.error'));
  };

  return (
    <Page title={t('nav.settings')} extra={
      <Space>
        <Link to="/settings/sso" data-testid="settings-sso-link"><Button icon={<LoginOutlined />}>{t('nav.sso')}</Button></Link>
        {installationOwner && <Link to="/settings/tenants" data-testid="settings-tenants-link"><Button icon={<ApartmentOutlined />}>{t('nav.tenants')}</Button></Link>}
        {can('webhooks.manage') && <Link to="/settings/webhooks" data-testid="settings-webhooks-link"><Button icon={<ApiOutlined />}>{t('nav.webhooks')}</Button></Link>}
        {writable && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>{t('settings.new')}</Button>}
      </Space>
    }>
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
      <Table<Values>
        rowKey="key"
        loading={isLoading}
        dataSource={data?.settings ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('settings.empty')} /> }}
        columns={[
          { title: t('settings.key'), dataIndex: 'key', width: 280, render: (k: string) => <Typography.Text code>{k}</Typography.Text> },
          { title: t('settings.value'), dataIndex: 'value', render: (v: string) => <Typography.Text ellipsis style={{ maxWidth: 520, fontFamily: 'monospace' }}>{v}</Typography.Text> },
          ...(writable ? [{ key: 'edit', width: 90, render: (_: unknown, s: Values) => <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(s)}>{t('common.edit')}</Button> }] : []),
        ]}
      />
      <Modal open={editing !== null} title={t(editing === 'new' ? 'settings.new' : 'settings.edit')} onCancel={() => setEditing(null)} onOk={() => form.submit()}
        okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={save.isPending} forceRender>
        <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item name="key" label={t('settings.key')} rules={[{ required: true, message: t('auth.required') }]}>
            <Input placeholder="incentives.default-currency" disabled={editing !== 'new'} />
          </Form.Item>
          <Form.Item name="value" label={t('settings.value')} rules={[{ required: true, message: t('auth.required') }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} style={{ fontFamily: 'monospace' }} placeholder='"CNY"' />
          </Form.Item>
        </Form>
      </Modal>
    </Page>
  );
}
