import { useCadre } from '@cadre/sdk/console';
import { Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';

export default function WelcomeWidget() {
  const { viewer, t } = useCadre();
  return (
    <Space orientation="vertical" size={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>{t('dashboard.welcome', { name: viewer.personName ?? viewer.email })}</Typography.Title>
      <Typography.Text type="secondary">{t('dashboard.welcomeBody', { tenant: viewer.tenant.name, roles: viewer.roles.join(', ') })}</Typography.Text>
      <Space wrap>{viewer.roles.map((r) => <Tag key={r} color="blue">{r}</Tag>)}</Space>
      <Link to="/profile">{t('shell.profile')} →</Link>
    </Space>
  );
}
