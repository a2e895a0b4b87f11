import { KeyOutlined, LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import { useCadre } from '@cadre/sdk/console';
import { useQueryClient } from '@tanstack/react-query';
import { Avatar, Button, Dropdown, Flex, Layout, Menu, Typography, theme as antdTheme, type MenuProps } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useClient } from '../api/useClient';
import { usePreferences } from '../preferences/usePreferences';
import { Breadcrumbs } from './Breadcrumbs';
import { visibleNavigation } from './compose';
import { buildMenu, flattenMenu, selectedPath, type MenuEntry } from './menu';
import { NotificationBell } from './NotificationBell';
import { PreferenceSwitches } from './PreferenceSwitches';
import { useAccess, useShell } from './useShell';

const toAntd = (entries: MenuEntry[]): MenuProps['items'] =>
  entries.map((e) =>
    e.children
      ? { key: e.key, icon: e.icon, label: e.label, children: toAntd(e.children) }
      : { key: e.key, icon: e.icon, label: <Link to={e.path!}>{e.label}</Link> },
  );

/** The frame around every signed-in page: navigation, breadcrumbs, language, theme, account. */
export function AppShell({ children }: { children: ReactNode }) {
  const { registry } = useShell();
  const access = useAccess();
  const { viewer } = useCadre();
  const { t } = usePreferences();
  const { client } = useClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { token } = antdTheme.useToken();
  const [collapsed, setCollapsed] = useState(false);

  const menu = useMemo(() => buildMenu(visibleNavigation(registry, access), t), [registry, access, t]);
  const flat = flattenMenu(menu);
  const selected = selectedPath(pathname, flat.flatMap((e) => (e.path ? [e.path] : [])));
  const openGroup = flat.find((e) => e.children?.some((c) => c.path === selected))?.key;

  const signOut = async () => {
    await client.logout();
    queryClient.clear();
    void navigate('/login', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        trigger={null}
        width={224}
        theme="light"
        style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
      >
        <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 10, height: 56, paddingInline: 20 }}>
          <Avatar shape="square" size={28} style={{ background: token.colorPrimary, flex: 'none' }}>C</Avatar>
          {!collapsed && <Typography.Text strong style={{ fontSize: 17 }}>{t('app.name')}</Typography.Text>}
        </Link>
        <nav aria-label="main">
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            defaultOpenKeys={openGroup ? [openGroup] : []}
            items={toAntd(menu)}
            style={{ borderInlineEnd: 'none' }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: token.colorBgContainer, paddingInline: 16, borderBottom: `1px solid ${token.colorBorderSecondary}`, height: 56, lineHeight: '56px' }}>
          <Flex justify="space-between" align="center" style={{ height: '100%' }}>
            <Button type="text" aria-label="menu" icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />} onClick={() => setCollapsed(!collapsed)} />
            <Flex gap={16} align="center">
              <PreferenceSwitches />
              <NotificationBell />
              <Dropdown
                menu={{
                  items: [
                    { key: 'profile', icon: <UserOutlined />, label: <Link to="/profile">{t('shell.profile')}</Link> },
                    { key: 'tokens', icon: <KeyOutlined />, label: <Link to="/profile/tokens">{t('nav.apiTokens')}</Link> },
                    { type: 'divider' },
                    { key: 'logout', icon: <LogoutOutlined />, label: t('shell.logout'), onClick: () => void signOut() },
                  ],
                }}
              >
                <Button type="text" data-testid="account-menu" style={{ height: 40 }}>
                  <Flex gap={8} align="center">
                    <Avatar size="small" icon={<UserOutlined />} />
                    <Flex vertical align="start" style={{ lineHeight: 1.2 }}>
                      <Typography.Text strong>{viewer.personName ?? viewer.email}</Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{viewer.tenant.name}</Typography.Text>
                    </Flex>
                  </Flex>
                </Button>
              </Dropdown>
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <Breadcrumbs />
          <main>{children}</main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
