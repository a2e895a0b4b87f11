// Single sign-on on the login page: the organisation comes from ?tenant=, or the last one used on
// this browser, or the person types it; when it has SSO, a button takes the browser to the provider.
import { LoginOutlined, TeamOutlined } from '@ant-design/icons';
import { Alert, Button, Divider, Flex, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { useClient } from '../api/useClient';
import { usePreferences } from '../preferences/usePreferences';

const SsoProviderDocument = graphql(`
  query SsoProvider($tenant: String!) {
    ssoProvider(tenant: $tenant) { displayName startPath ssoOnly }
  }
`);

const TENANT_KEY = 'cadre.ssoTenant';

interface Provider {
  displayName: string;
  startPath: string;
  ssoOnly: boolean;
}

export function SsoSignIn() {
  const { client } = useClient();
  const { t } = usePreferences();
  const [params] = useSearchParams();
  const [tenant, setTenant] = useState(() => params.get('tenant') ?? localStorage.getItem(TENANT_KEY) ?? '');
  const [asking, setAsking] = useState(false);
  const [provider, setProvider] = useState<Provider | null>(null);
  const [missing, setMissing] = useState(false);

  const look = async (slug: string, remember: boolean) => {
    const trimmed = slug.trim().toLowerCase();
    if (!trimmed) return;
    const result = await client.request(SsoProviderDocument, { tenant: trimmed });
    const found = result.data?.ssoProvider ?? null;
    setProvider(found);
    setMissing(!found && remember);
    if (found) {
      localStorage.setItem(TENANT_KEY, trimmed);
      setAsking(false);
    }
  };

  useEffect(() => {
    if (tenant) void look(tenant, false);
    // Only the organisation known when the page opened is looked up by itself.
  }, []);

  if (provider) {
    return (
      <>
        <Divider plain>{provider.ssoOnly ? t('auth.ssoBreakGlass') : t('auth.or')}</Divider>
        <a href={provider.startPath} data-testid="sso-start">
          <Button block icon={<LoginOutlined />}>{t('auth.ssoWith', { name: provider.displayName })}</Button>
        </a>
      </>
    );
  }
  if (!asking) {
    return (
      <Flex justify="center" style={{ marginTop: 16 }}>
        <Button type="link" onClick={() => setAsking(true)} data-testid="sso-ask">{t('auth.ssoUse')}</Button>
      </Flex>
    );
  }
  return (
    <Flex vertical gap={8} style={{ marginTop: 16 }}>
      <Typography.Text type="secondary">{t('auth.ssoTenantHint')}</Typography.Text>
      <Input.Search id="sso-tenant" prefix={<TeamOutlined />} placeholder="demo" value={tenant} enterButton={t('auth.ssoContinue')}
        onChange={(e) => { setTenant(e.target.value); setMissing(false); }} onSearch={(v) => void look(v, true)} />
      {missing && <Alert type="info" showIcon title={t('auth.ssoNone')} />}
    </Flex>
  );
}
