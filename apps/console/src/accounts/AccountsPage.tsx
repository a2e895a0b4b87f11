import { PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { dataOrThrow, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, NavLink, Page, useRun, useServerList } from '@cadre/sdk/console/kit';
import { Button, Flex, Input, Popconfirm, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import type { AccountSortField, AccountsPageQuery } from '../gql/graphql';
import { AccountModal } from './AccountModal';
import { AccountRolesDocument, AccountsCursorDocument, AccountsPageDocument, SetAccountDisabledDocument } from './documents';

type Account = AccountsPageQuery['accountsPage']['nodes'][number];

/**
 * Who can sign in: each account with its person, roles and state, paged, sorted and filtered on
 * the server with the search, the role, the order and the page in the URL; admins create,
 * assign roles and disable.
 */
export default function AccountsPage() {
  const { t, can, viewer, request } = useCadre();
  const run = useRun();
  const list = useServerList<Account, 'search' | 'role', AccountSortField>({
    key: 'AccountsPage',
    filters: ['search', 'role'],
    sorts: ['EMAIL', 'CREATED_AT'],
    defaultSort: { field: 'EMAIL', direction: 'ASC' },
    fetch: async ({ filter, sort, first, after }) => dataOrThrow(await request(AccountsPageDocument, { filter, sort, first, after })).accountsPage,
    walk: async ({ filter, sort, first, after }) => dataOrThrow(await request(AccountsCursorDocument, { filter, sort, first, after })).accountsPage,
  });
  const roles = useCadreQuery(AccountRolesDocument, {}, { enabled: can('roles.read') });
  const disable = useCadreMutation(SetAccountDisabledDocument);
  // The account whose roles are edited, 'new' for a new account, null when closed.
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const writer = can('accounts.write');
  const roleWriter = can('roles.write');
  if (list.error && !list.data) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;

  const roleName = new Map((roles.data?.roles ?? []).map((r) => [r.key, r.name]));
  const setDisabled = (a: Account, disabled: boolean) =>
    run(disable.mutate({ accountId: a.id, disabled }), t(disabled ? 'accounts.disabledDone' : 'accounts.enabledDone', { email: a.email }));
  const sorted = (field: AccountSortField) => ({ key: field, sorter: true, sortOrder: list.sortOrder(field) });

  return (
    <Page
      title={t('nav.accounts')}
      extra={
        <Flex gap={8} wrap>
          {can('roles.read') && <NavLink to="/roles"><Button icon={<SafetyCertificateOutlined />}>{t('nav.roles')}</Button></NavLink>}
          {writer && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="account-new">{t('accounts.new')}</Button>}
        </Flex>
      }
    >
      <Flex wrap gap={12} style={{ marginBottom: 16 }}>
        <Input.Search
          key={list.filter.search ?? ''} allowClear defaultValue={list.filter.search ?? ''} aria-label={t('accounts.search')} placeholder={t('accounts.search')} style={{ width: 260 }}
          onSearch={(search) => list.update({ search: search.trim() || null })} data-testid="accounts-search"
        />
        {/* Role names come from `roles` (roles.read); without it there is nothing to choose from. */}
        {can('roles.read') && (
          <Select
            aria-label={t('accounts.role')} placeholder={t('accounts.anyRole')} allowClear style={{ width: 200 }} data-testid="accounts-role-filter"
            value={list.filter.role} onChange={(role: string | undefined) => list.update({ role: role ?? null })} loading={roles.isLoading}
            options={(roles.data?.roles ?? []).map((r) => ({ value: r.key, label: r.name }))}
          />
        )}
      </Flex>
      <Table<Account>
        rowKey="id" size="small" data-testid="accounts-table" loading={list.isFetching} dataSource={list.nodes} {...list.tableProps}
        columns={[
          { title: t('accounts.email'), dataIndex: 'email', ...sorted('EMAIL') },
          { title: t('accounts.person'), render: (_, a) => (a.person ? <NavLink to={`/people/${a.person.id}`}>{a.person.name}</NavLink> : '—') },
          { title: t('accounts.roles'), render: (_, a) => a.roles.map((r) => <Tag key={r}>{roleName.get(r) ?? r}</Tag>) },
          {
            title: t('accounts.state'), width: 110,
            render: (_, a) => (a.disabled ? <Tag color="red" data-testid="account-state">{t('accounts.disabled')}</Tag> : <Tag color="green" data-testid="account-state">{t('accounts.enabled')}</Tag>),
          },
          { title: t('accounts.createdAt'), dataIndex: 'createdAt', width: 130, render: (at: string | null) => at?.slice(0, 10) ?? '—', ...sorted('CREATED_AT') },
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
