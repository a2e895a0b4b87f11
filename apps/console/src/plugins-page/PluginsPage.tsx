import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { Page } from '@cadre/sdk/console/kit';
import { Alert, Badge, Space, Table, Tag, Typography } from 'antd';
import { graphql } from '../gql';
import type { InstalledPluginsQuery } from '../gql/graphql';
import { useShell } from '../shell/useShell';

const InstalledPluginsDocument = graphql(`
  query InstalledPlugins {
    plugins { id version enabled description dependencies permissions }
  }
`);

type Plugin = InstalledPluginsQuery['plugins'][number];

export default function PluginsPage() {
  const { t } = useCadre();
  const { registry } = useShell();
  const { data, error, isLoading } = useCadreQuery(InstalledPluginsDocument, {});
  return (
    <Page title={t('nav.plugins')}>
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
      <Table<Plugin>
        rowKey="id"
        loading={isLoading}
        dataSource={data?.plugins ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          { title: t('plugins.id'), dataIndex: 'id', width: 150, render: (id: string) => <Typography.Text strong>{id}</Typography.Text> },
          { title: t('plugins.version'), dataIndex: 'version', width: 90 },
          {
            title: t('plugins.enabled'), dataIndex: 'enabled', width: 110,
            render: (on: boolean) => <Badge status={on ? 'success' : 'default'} text={t(on ? 'plugins.enabled' : 'plugins.disabled')} />,
          },
          { title: t('plugins.description'), dataIndex: 'description', render: (d: string | null) => d ?? t('common.none') },
          { title: t('plugins.dependencies'), dataIndex: 'dependencies', width: 160, render: (deps: string[]) => (deps.length ? <Space wrap size={4}>{deps.map((d) => <Tag key={d}>{d}</Tag>)}</Space> : t('common.none')) },
          { title: t('plugins.permissions'), dataIndex: 'permissions', width: 120, render: (ps: string[]) => <Typography.Text title={ps.join('\n')}>{ps.length}</Typography.Text> },
          {
            title: t('plugins.consolePart'), key: 'console', width: 130,
            render: (_: unknown, p) => (registry.pluginIds.includes(p.id) ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>),
          },
        ]}
      />
    </Page>
  );
}
