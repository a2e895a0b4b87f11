import { PlusOutlined } from '@ant-design/icons';
import { setFormErrors, toFormErrors, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Alert, App, Button, Card, Form, Input, Modal, Result, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { TenantsQuery } from '../../gql/graphql';
import { CreateTenantDocument, InstallationOwnerDocument, TenantsDocument } from './documents';

interface Values {
  slug: string;
  name: string;
  ownerEmail: string;
  ownerPassword: string;
}

type TenantRow = TenantsQuery['tenants'][number];

const FIELDS = ['slug', 'name', 'ownerEmail', 'ownerPassword'];

/** The installation's tenants, for its owner only (an owner of the home tenant); the server refuses everyone else too. */
export default function TenantsPage() {
  const { t } = useCadre();
  const owner = useCadreQuery(InstallationOwnerDocument, {});
  const isOwner = owner.data?.me.installationOwner === true;
  if (owner.isLoading) return <Card loading />;
  if (!isOwner) return <Result status="403" title={t('common.forbidden')} subTitle={t('tenants.ownerOnly')} data-testid="tenants-forbidden" />;
  return <TenantList />;
}

function TenantList() {
  const { t } = useCadre();
  const { message } = App.useApp();
  const { data, error, isLoading } = useCadreQuery(TenantsDocument, {});
  const create = useCadreMutation(CreateTenantDocument, { invalidates: [['Tenants']] });
  const [open, setOpen] = useState(false);
  const [other, setOther] = useState<string[]>([]);
  const [form] = Form.useForm<Values>();

  const submit = async (values: Values) => {
    setOther([]);
    const result = await create.mutate({ input: { ...values, slug: values.slug.trim(), name: values.name.trim(), ownerEmail: values.ownerEmail.trim() } });
    if (result.data) {
      void message.success(t('tenants.created', { slug: result.data.createTenant.slug }));
      form.resetFields();
      setOpen(false);
      return;
    }
    const { fields, other: rest } = toFormErrors(result.errors, FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };

  const required = [{ required: true, message: t('auth.required') }];
  return (
    <Card title={t('nav.tenants')} extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="tenant-new">{t('tenants.new')}</Button>}>
      <Typography.Paragraph type="secondary">{t('tenants.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
      <Table<TenantRow>
        rowKey="id"
        loading={isLoading}
        dataSource={data?.tenants ?? []}
        pagination={false}
        data-testid="tenants-table"
        columns={[
          { title: t('tenants.slug'), dataIndex: 'slug', render: (s: string) => <Typography.Text code>{s}</Typography.Text> },
          { title: t('tenants.name'), dataIndex: 'name' },
          { title: t('tenants.activePeople'), dataIndex: 'activePeople', align: 'right' },
          { title: t('tenants.activeAccounts'), dataIndex: 'activeAccounts', align: 'right' },
          { title: t('tenants.createdAt'), dataIndex: 'createdAt', render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm') },
        ]}
      />
      <Modal open={open} title={t('tenants.new')} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText={t('common.create')} cancelText={t('common.cancel')}
        confirmLoading={create.isPending} forceRender okButtonProps={{ id: 'tenant-create' }}>
        {other.length > 0 && <Alert type="error" showIcon title={other.join('; ')} style={{ marginBottom: 16 }} />}
        <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} autoComplete="off">
          <Form.Item name="slug" label={t('tenants.slug')} extra={t('tenants.slugHint')} rules={required}><Input id="tenant-slug" maxLength={63} placeholder="acme" /></Form.Item>
          <Form.Item name="name" label={t('tenants.name')} rules={required}><Input id="tenant-name" maxLength={200} /></Form.Item>
          <Form.Item name="ownerEmail" label={t('tenants.ownerEmail')} extra={t('tenants.ownerEmailHint')} rules={required}><Input id="tenant-ownerEmail" maxLength={320} /></Form.Item>
          <Form.Item name="ownerPassword" label={t('tenants.ownerPassword')} rules={required}><Input.Password id="tenant-ownerPassword" autoComplete="new-password" maxLength={200} /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
