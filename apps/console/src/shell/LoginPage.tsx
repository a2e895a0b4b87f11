import { LockOutlined, MailOutlined, TeamOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Avatar, Button, Card, Flex, Form, Input, Typography, theme as antdTheme } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useClient } from '../api/useClient';
import { useSession } from '../api/useSession';
import { usePreferences } from '../preferences/usePreferences';
import { PreferenceSwitches } from './PreferenceSwitches';
import { SsoSignIn } from './SsoSignIn';

const SSO_ERRORS = ['state', 'idp', 'token', 'email', 'domain', 'no_account', 'disabled', 'not_configured'];

interface LoginValues {
  email: string;
  password: string;
  tenant?: string;
}

export default function LoginPage() {
  const { client } = useClient();
  const { tokens, status } = useSession();
  const { t } = usePreferences();
  const { token } = antdTheme.useToken();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const [form] = Form.useForm<LoginValues>();
  const [needTenant, setNeedTenant] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = `${t('auth.submit')} · Cadre`;
  }, [t]);

  // Back from single sign-on: a one-time code (or why there is none) in the address's fragment.
  useEffect(() => {
    const hash = new URLSearchParams(location.hash.slice(1));
    const code = hash.get('sso');
    const refused = hash.get('sso_error');
    if (!code && !refused) return;
    window.history.replaceState(null, '', location.pathname + location.search);
    if (refused) {
      setFailure(t(`auth.ssoError.${SSO_ERRORS.includes(refused) ? refused : 'idp'}`));
      return;
    }
    setBusy(true);
    void client.ssoExchange(code!).then(
      (result) => {
        setBusy(false);
        if (result.data) {
          queryClient.clear();
          void navigate(from, { replace: true });
        } else setFailure(t('auth.ssoError.state'));
      },
      (error: Error) => {
        setBusy(false);
        setFailure(error.message);
      },
    );
    // Once, for the address the page opened with.
  }, []);

  if (tokens && !busy) return <Navigate to={from} replace />;

  const submit = async (values: LoginValues) => {
    setBusy(true);
    setFailure(null);
    try {
      const result = await client.login(values.email, values.password, needTenant ? values.tenant : undefined);
      if (result.data) {
        queryClient.clear();
        void navigate(from, { replace: true });
        return;
      }
      const error = result.errors[0];
      const code = error?.extensions?.code;
      if (code === 'BAD_USER_INPUT' && error.extensions?.field === 'tenant') {
        setNeedTenant(true);
      } else if (code === 'UNAUTHENTICATED') setFailure(t('auth.failed'));
      else if (code === 'RATE_LIMITED') setFailure(t('auth.rateLimited'));
      else setFailure(error?.message ?? t('common.error'));
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical style={{ minHeight: '100vh', background: token.colorBgLayout }}>
      <Flex justify="end" style={{ padding: 16 }}>
        <PreferenceSwitches />
      </Flex>
      <Flex flex={1} align="center" justify="center" style={{ padding: 16 }}>
        <Card style={{ width: 400, maxWidth: '100%' }}>
          <Flex vertical align="center" gap={4} style={{ marginBottom: 24 }}>
            <Avatar shape="square" size={44} style={{ background: token.colorPrimary, fontSize: 24 }}>C</Avatar>
            <Typography.Title level={3} style={{ margin: '12px 0 0' }}>{t('auth.title')}</Typography.Title>
            <Typography.Text type="secondary" style={{ textAlign: 'center' }}>{t('auth.subtitle')}</Typography.Text>
          </Flex>
          {status === 'expired' && <Alert type="warning" showIcon title={t('auth.expired')} style={{ marginBottom: 16 }} data-testid="session-expired" />}
          {status === 'signed-out' && <Alert type="info" showIcon title={t('auth.signedOut')} style={{ marginBottom: 16 }} />}
          {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
          <Form<LoginValues> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}>
            <Form.Item name="email" label={t('auth.email')} rules={[{ required: true, message: t('auth.required') }]}>
              <Input prefix={<MailOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.required') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            {needTenant && (
              <Form.Item name="tenant" label={t('auth.tenant')} extra={t('auth.tenantHint')} rules={[{ required: true, message: t('auth.required') }]}>
                <Input prefix={<TeamOutlined />} placeholder="demo" />
              </Form.Item>
            )}
            <Button type="primary" htmlType="submit" block loading={busy}>{t('auth.submit')}</Button>
          </Form>
          <SsoSignIn />
        </Card>
      </Flex>
    </Flex>
  );
}
