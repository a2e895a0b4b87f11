import { dataOrThrow, type CadreViewer } from '@cadre/sdk/console';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Spin } from 'antd';
import { useMemo } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useClient } from '../api/useClient';
import { useSession } from '../api/useSession';
import { usePreferences } from '../preferences/usePreferences';
import { AppShell } from './AppShell';
import { CadreProvider } from './CadreProvider';
import type { Access } from './compose';
import { MeDocument } from './documents';
import { ShellContext } from './shell-context';
import { useShell } from './useShell';

/** Everything behind sign-in: who the account is, which plugins run, then the shell. */
export function SignedIn() {
  const { client } = useClient();
  const { tokens } = useSession();
  const { registry } = useShell();
  const { t } = usePreferences();
  const location = useLocation();

  const me = useQuery({ queryKey: ['Me'], queryFn: async () => dataOrThrow(await client.request(MeDocument)).me, enabled: !!tokens });

  const viewer = useMemo<CadreViewer | null>(() => {
    const m = me.data;
    if (!m) return null;
    return { accountId: m.account.id, email: m.account.email, personId: m.person?.id ?? null, personName: m.person?.name ?? null, roles: m.roles, permissions: m.permissions, tenant: m.tenant };
  }, [me.data]);

  const access = useMemo<Access | null>(() => {
    if (!viewer || !me.data) return null;
    return { permissions: new Set(viewer.permissions), enabledPlugins: new Set(me.data.enabledPlugins) };
  }, [viewer, me.data]);

  const shell = useMemo(() => ({ registry, access }), [registry, access]);

  if (!tokens) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  if (me.error) {
    return (
      <Alert type="error" showIcon title={t('common.error')} description={me.error.message} style={{ margin: 24 }}
        action={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>} />
    );
  }
  if (!viewer || !access) {
    return <Flex align="center" justify="center" style={{ minHeight: '100vh' }}><Spin size="large" /></Flex>;
  }
  return (
    <ShellContext.Provider value={shell}>
      <CadreProvider viewer={viewer}>
        <AppShell>
          <Outlet />
        </AppShell>
      </CadreProvider>
    </ShellContext.Provider>
  );
}
