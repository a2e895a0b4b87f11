// The core's own pages and widgets, declared with the same contract the plugins use.
import { AppstoreOutlined, AuditOutlined, DashboardOutlined, FieldTimeOutlined, IdcardOutlined, SafetyCertificateOutlined, SettingOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import type { CoreDeclarations } from './compose';

export const CORE_DECLARATIONS: CoreDeclarations = {
  routes: [
    { path: '/', title: 'nav.dashboard', load: () => import('../dashboard/DashboardPage') },
    { path: '/people', title: 'nav.people', permission: 'people.read', load: () => import('../people/PeopleListPage') },
    { path: '/people/new', title: 'page.personNew', permission: 'people.write', load: () => import('../people/PersonFormPage') },
    { path: '/people/import', title: 'page.import', permission: 'people.import', load: () => import('../people/ImportPage') },
    { path: '/people/:id', title: 'page.person', permission: 'people.read', load: () => import('../people/PersonDetailPage') },
    { path: '/people/:id/edit', title: 'page.personEdit', permission: 'people.write', load: () => import('../people/PersonFormPage') },
    { path: '/roles', title: 'nav.roles', permission: 'roles.read', load: () => import('../roles/RolesPage') },
    { path: '/accounts', title: 'nav.accounts', permission: 'accounts.read', load: () => import('../accounts/AccountsPage') },
    { path: '/audit', title: 'nav.audit', permission: 'audit.read', load: () => import('../audit/AuditPage') },
    { path: '/jobs', title: 'nav.jobs', permission: 'jobs.read', load: () => import('../jobs/JobsPage') },
    { path: '/plugins', title: 'nav.plugins', permission: 'plugins.read', load: () => import('../plugins-page/PluginsPage') },
    { path: '/settings', title: 'nav.settings', permission: 'settings.read', load: () => import('../settings/SettingsPage') },
    // Under Settings rather than in the main navigation: the Settings page links to it for holders of webhooks.manage.
    { path: '/settings/webhooks', title: 'nav.webhooks', permission: 'webhooks.manage', load: () => import('../settings/webhooks/WebhooksPage') },
    { path: '/settings/sso', title: 'nav.sso', permission: 'settings.read', load: () => import('../settings/sso/SsoSettingsPage') },
    // Settings links to it for installation owners only; the page and the API refuse everyone else.
    { path: '/settings/tenants', title: 'nav.tenants', permission: 'settings.read', load: () => import('../settings/tenants/TenantsPage') },
    { path: '/profile', title: 'nav.profile', load: () => import('../profile/ProfilePage') },
    { path: '/profile/tokens', title: 'nav.apiTokens', load: () => import('../profile/tokens/ApiTokensPage') },
  ],
  navigation: [
    { key: 'dashboard', path: '/', label: 'nav.dashboard', icon: <DashboardOutlined />, order: 0 },
    { key: 'people', path: '/people', label: 'nav.people', icon: <TeamOutlined />, permission: 'people.read', order: 10 },
    { key: 'roles', path: '/roles', label: 'nav.roles', icon: <SafetyCertificateOutlined />, permission: 'roles.read', order: 900 },
    { key: 'accounts', path: '/accounts', label: 'nav.accounts', icon: <IdcardOutlined />, permission: 'accounts.read', order: 905 },
    { key: 'audit', path: '/audit', label: 'nav.audit', icon: <AuditOutlined />, permission: 'audit.read', order: 910 },
    { key: 'jobs', path: '/jobs', label: 'nav.jobs', icon: <FieldTimeOutlined />, permission: 'jobs.read', order: 915 },
    { key: 'plugins', path: '/plugins', label: 'nav.plugins', icon: <AppstoreOutlined />, permission: 'plugins.read', order: 920 },
    { key: 'settings', path: '/settings', label: 'nav.settings', icon: <SettingOutlined />, permission: 'settings.read', order: 930 },
    { key: 'profile', path: '/profile', label: 'nav.profile', icon: <UserOutlined />, order: 940 },
  ],
  widgets: [
    { key: 'welcome', title: 'widget.welcome', size: 'small', order: 0, load: () => import('../dashboard/widgets/WelcomeWidget') },
    { key: 'headcount-status', title: 'widget.headcountStatus', size: 'small', order: 10, permission: 'people.read', load: () => import('../dashboard/widgets/HeadcountStatusWidget') },
    { key: 'headcount-level', title: 'widget.headcountLevel', size: 'small', order: 20, permission: 'people.read', load: () => import('../dashboard/widgets/HeadcountLevelWidget') },
    { key: 'recent-audit', title: 'widget.recentAudit', size: 'large', order: 900, permission: 'audit.read', load: () => import('../dashboard/widgets/RecentAuditWidget') },
  ],
};
