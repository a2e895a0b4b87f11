import { PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, NavLink, Page, useRun } from '@cadre/sdk/console/kit';
import { Button, Flex, Input, Popconfirm, Table, Tag } from 'antd';
import { useState } from 'react';
import type { AccountsQuery } from '../gql/graphql';
import { AccountModal } from './AccountModal';
import { AccountRolesDocument, AccountsDocument, SetAccountDisabledDocument } from './documents';

type Account = AccountsQuery['accounts'][number];

/** Who can sign in: each account with its person, roles and state; admins create, assign roles and disable. */
export default function AccountsPage() {
  const { t, can, viewer } = useCadre();
  const run = useRun();
  const accounts = useCadreQuery(AccountsDocument, {});
  const roles = useCadreQuery(AccountRolesDocument, {}, { enabled: can('roles.read') });
  const disable = useCadreMutation(SetAccountDisabledDocument);
  const [search, setSearch] = useState('');
  // The account whose roles are edited, 'new' for a new account, null when closed.
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const writer = can('accounts.write');
  const roleWriter = can('roles.write');
  if (accounts.error) return <LoadFailed error={accounts.error} retry={accounts.refetch} />;

  const roleName = new Map((roles.data?.roles ?? []).map((r) => [r.key, r.name]));
  const needle = search.trim().toLowerCase();
  const rows = (accounts.data?.accounts ?? []).filter((a) => !needle || a.email.includes(needle) || a.person?.name.toLowerCase().includes(needle));
  const setDisabled = (a: Account, disabled: boolean) =>
    run(disable.mutate({ accountId: a.id, disabled }), t(disabled ? 'accounts.disabledDone' : 'accounts.enabledDone', { email: a.email }));

  return (
    <Page
      title={t('nav.accounts')}
      loading={accounts.isLoading}
      extra={
        <Flex gap={8} wrap>
          <Input.Search allowClear aria-label={t('accounts.search')} placeholder={t('accounts.search')} style={{ width: 240 }} value={search} onChange={(e) => setSearch(e.target.value)} data-testid="accounts-search" />
          {can('roles.read') && <NavLink to="/roles"><Button icon={<SafetyCertificateOutlined />}>{t('nav.roles')}</Button></NavLink>}
          {writer && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="account-new">{t('accounts.new')}</Button>}
        </Flex>
      }
    >
      <Table<Account>
        rowKey="id" size="small" dataSource={rows} data-testid="accounts-table"
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
        columns={[
          { title: t('accounts.email'), dataIndex: 'email', sorter: (a, b) => a.email.localeCompare(b.email), defaultSortOrder: 'ascend' },
          { title: t('accounts.person'), render: (_, a) => (a.person ? <NavLink to={`/people/${a.person.id}`}>{a.person.name}</NavLink> : '—') },
          { title: t('accounts.roles'), render: (_, a) => a.roles.map((r) => <Tag key={r}>{roleName.get(r) ?? r}</Tag>) },
          {
            title: t('accounts.state'), width: 110,
            render: (_, a) => (a.disabled ? <Tag color="red" data-testid="account-state">{t('accounts.disabled')}</Tag> : <Tag color="green" data-testid="account-state">{t('accounts.enabled')}</Tag>),
          },
          ...(writer || roleWriter ? [{
            title: t('accounts.actions'), width: 220,
            render: (_: unknown, a: Account) => (
              <Flex gap={8}>
                {roleWriter && <Button size="small" onClick={() => setEditing(a)} data-testid={`account-roles-${a.email}`}>{t('accounts.editRoles')}</Button>}
                {writer && a.id !== viewer.accountId && (a.disabled
                  ? <Button size="small" onClick={() => void setDisabled(a, false)} data-testid={`account-enable-${a.email}`}>{t('accounts.enable')}</Button>
                  : (
                    <Popconfirm title={t('accounts.disableConfirm', { email: a.email })} okButtonProps={{ danger: true }} onConfirm={() => setDisabled(a, true)}>
                      <Button size="small" danger data-testid={`account-disable-${a.email}`}>{t('accounts.disable')}</Button>
                    </Popconfirm>
                  ))}
              </Flex>
            ),
          }] : []),
        ]}
      />
      {editing && <AccountModal account={editing === 'new' ? null : editing} roles={roles.data?.roles ?? []} onClose={() => setEditing(null)} />}
    </Page>
  );
}
