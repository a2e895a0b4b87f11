import { ApiOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { setFormErrors, toFormErrors, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { SetSsoConfigDocument, SsoConfigDocument, TestSsoConnectionDocument } from './documents';
import { SsoTestResult } from './SsoTestResult';

interface Values {
  enabled: boolean;
  displayName: string;
  issuer: string;
  clientId: string;
  clientSecret?: string;
  allowedDomains: string[];
  groupsClaim: string;
  roleMappings: Array<{ group: string; role: string }>;
  jit: boolean;
  ssoOnly: boolean;
}

const FIELDS = ['enabled', 'displayName', 'issuer', 'clientId', 'clientSecret', 'allowedDomains', 'groupsClaim', 'roleMappings', 'jit', 'ssoOnly'];
type TestResult = { ok: boolean; steps: Array<{ step: string; ok: boolean; detail: string }> };

/** The tenant's OIDC single sign-on (settings.read to see, settings.write to change and test). */
export default function SsoSettingsPage() {
  const { t, can, request } = useCadre();
  const { message } = App.useApp();
  const { data, error, isLoading } = useCadreQuery(SsoConfigDocument, {});
  const save = useCadreMutation(SetSsoConfigDocument, { invalidates: [['SsoConfig'], ['Settings']] });
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const [testing, setTesting] = useState(false);
  const [tested, setTested] = useState<TestResult | null>(null);
  const writable = can('settings.write');
  const config = data?.ssoConfig;

  useEffect(() => {
    if (config) form.setFieldsValue({ ...config, clientSecret: '', roleMappings: config.roleMappings.map((m) => ({ group: m.group, role: m.role })) });
  }, [config, form]);

  const submit = async (values: Values) => {
    setOther([]);
    const input = { ...values, clientSecret: values.clientSecret || null, roleMappings: values.roleMappings ?? [], allowedDomains: values.allowedDomains ?? [] };
    const result = await save.mutate({ input });
    if (result.data) {
      void message.success(t('common.saved'));
      return;
    }
    const { fields, other: rest } = toFormErrors(result.errors, FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };

  const test = async () => {
    const issuer = (form.getFieldValue('issuer') as string | undefined)?.trim();
    if (!issuer) {
      form.setFields([{ name: 'issuer', errors: [t('sso.issuerFirst')] }]);
      return;
    }
    setTesting(true);
    setTested(null);
    const result = await request(TestSsoConnectionDocument, { issuer });
    setTesting(false);
    if (result.data) setTested(result.data.testSsoConnection);
    else {
      const { fields, other: rest } = toFormErrors(result.errors, FIELDS);
      setFormErrors(form, fields);
      setOther(rest);
    }
  };

  const roles = (data?.roles ?? []).filter((r) => r.key !== 'owner').map((r) => ({ value: r.key, label: r.name }));

  return (
    <Card title={t('nav.sso')} loading={isLoading} extra={writable && <Button icon={<ApiOutlined />} loading={testing} onClick={() => void test()} data-testid="sso-test">{t('sso.test')}</Button>}>
      <Typography.Paragraph type="secondary">{t('sso.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
      {other.length > 0 && <Alert type="error" showIcon title={other.join('; ')} style={{ marginBottom: 16 }} />}
      {tested && <SsoTestResult result={tested} />}
      {config && (
        <Typography.Paragraph>
          {t('sso.redirectUri')}: <Typography.Text code copyable data-testid="sso-redirect-uri">{config.redirectUri}</Typography.Text>
        </Typography.Paragraph>
      )}
      <Form<Values> form={form} layout="vertical" disabled={!writable} onFinish={(v) => void submit(v)} data-testid="sso-form">
        <Form.Item name="enabled" label={t('sso.enabled')} valuePropName="checked"><Switch id="sso-enabled" /></Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="issuer" label={t('sso.issuer')} extra={t('sso.issuerHint')}><Input id="sso-issuer" maxLength={500} /></Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="displayName" label={t('sso.displayName')} extra={t('sso.displayNameHint')}><Input id="sso-displayName" maxLength={60} placeholder="Keycloak" /></Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="clientId" label={t('sso.clientId')}><Input id="sso-clientId" maxLength={255} /></Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="clientSecret" label={t('sso.clientSecret')} extra={config?.clientSecretSet ? t('sso.secretStored') : t('sso.secretMissing')}>
              <Input.Password id="sso-clientSecret" autoComplete="new-password" maxLength={500} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="allowedDomains" label={t('sso.allowedDomains')} extra={t('sso.allowedDomainsHint')}>
              <Select id="sso-allowedDomains" mode="tags" tokenSeparators={[',', ' ']} open={false} placeholder="example.com" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="groupsClaim" label={t('sso.groupsClaim')}><Input id="sso-groupsClaim" maxLength={100} placeholder="groups" /></Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('sso.roleMappings')} extra={t('sso.roleMappingsHint')}>
          <Form.List name="roleMappings">
            {(items, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {items.map((item) => (
                  <Space key={item.key} align="start">
                    <Form.Item name={[item.name, 'group']} rules={[{ required: true, message: t('auth.required') }]} noStyle>
                      <Input placeholder={t('sso.group')} aria-label={t('sso.group')} style={{ width: 240 }} />
                    </Form.Item>
                    <Form.Item name={[item.name, 'role']} rules={[{ required: true, message: t('auth.required') }]} noStyle>
                      <Select options={roles} placeholder={t('sso.role')} aria-label={t('sso.role')} style={{ width: 200 }} />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(item.name)} aria-label={t('common.delete')} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ group: '', role: undefined })}>{t('sso.addMapping')}</Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="jit" label={t('sso.jit')} extra={t('sso.jitHint')} valuePropName="checked"><Switch id="sso-jit" /></Form.Item>
        <Form.Item name="ssoOnly" label={t('sso.ssoOnly')} extra={t('sso.ssoOnlyHint')} valuePropName="checked"><Switch id="sso-ssoOnly" /></Form.Item>
        {writable && <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="sso-save">{t('common.save')}</Button>}
      </Form>
    </Card>
  );
}
