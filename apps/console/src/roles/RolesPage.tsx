import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Page, PageLoading } from '@cadre/sdk/console/kit';
import { Alert, App, Button, Checkbox, Flex, Popconfirm, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { RolesMatrixQuery } from '../gql/graphql';
import { DeleteRoleDocument, RolesMatrixDocument, SetRolePermissionDocument } from './documents';
import { RoleModal } from './RoleModal';

type Role = RolesMatrixQuery['roles'][number];
type Permission = RolesMatrixQuery['permissions'][number];

/** Roles × permissions; custom roles are edited in place, built-in ones follow the defaults. */
export default function RolesPage() {
  const { t, can } = useCadre();
  const { message } = App.useApp();
  const { data, error, isLoading } = useCadreQuery(RolesMatrixDocument, {});
  const update = useCadreMutation(SetRolePermissionDocument);
  const remove = useCadreMutation(DeleteRoleDocument);
  const [editing, setEditing] = useState<Role | 'new' | null>(null);
  const writable = can('roles.write');
  // The matrix scrolls sideways once there are many roles; read-only, it has nothing focusable, so
  // its scroll region takes the focus itself (keyboard users can scroll it) and carries a name.
  const matrixRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const body = matrixRef.current?.querySelector('.ant-table-body');
    body?.setAttribute('tabindex', '0');
    body?.setAttribute('aria-label', t('roles.matrix'));
  });

  if (isLoading) return <PageLoading />;
  if (error || !data) return <Alert type="error" showIcon title={error?.message ?? t('common.error')} />;
  const roles = [...data.roles].sort((a, b) => Number(b.builtIn) - Number(a.builtIn) || a.key.localeCompare(b.key));
  const permissions = [...data.permissions].sort((a, b) => (a.owner === 'core' ? -1 : 0) - (b.owner === 'core' ? -1 : 0) || a.owner.localeCompare(b.owner) || a.id.localeCompare(b.id));

  const report = (errors: { message: string }[], ok: boolean, name: string) =>
    ok ? void message.success(t('roles.saved', { name })) : void message.error(errors.map((e) => e.message).join('; ') || t('common.error'));

  // One box, one permission: the server keeps the role's other permissions as they are now, so
  // ticks by two admins at once (or two quick ticks before a refetch) never undo each other.
  const toggle = async (role: Role, permission: string, on: boolean) => {
    const result = await update.mutate({ id: role.id, permission, granted: on });
    report(result.errors, !!result.data, role.name);
  };

  const roleTitle = (role: Role) => (
    <Flex vertical align="center" gap={2}>
      <Tooltip title={role.description || role.key}><Typography.Text strong>{role.name}</Typography.Text></Tooltip>
      {role.builtIn ? <Tag>{t('roles.builtIn')}</Tag> : <Tag color="purple">{t('roles.custom')}</Tag>}
      {!role.builtIn && writable && (
        <Flex gap={2}>
          <Button size="small" type="text" aria-label={`${t('common.edit')} ${role.name}`} icon={<EditOutlined />} onClick={() => setEditing(role)} />
          <Popconfirm title={t('common.confirmDelete', { name: role.name })} okButtonProps={{ danger: true }}
            onConfirm={async () => { const r = await remove.mutate({ id: role.id }); report(r.errors, !!r.data?.deleteRole, role.name); }}>
            <Button size="small" type="text" danger aria-label={`${t('common.delete')} ${role.name}`} icon={<DeleteOutlined />} />
          </Popconfirm>
        </Flex>
      )}
    </Flex>
  );

  return (
    <Page
      title={t('roles.matrix')}
      extra={writable && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>{t('roles.new')}</Button>}
    >
      <div ref={matrixRef}>
      <Table<Permission>
        rowKey="id"
        size="small"
        pagination={false}
        sticky
        scroll={{ x: 360 + roles.length * 110 }}
        dataSource={permissions}
        columns={[
          {
            title: t('roles.permission'), dataIndex: 'id', fixed: 'left', width: 280,
            render: (id: string, p) => (
              <Flex vertical>
                <Typography.Text code>{id}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{p.description}</Typography.Text>
              </Flex>
            ),
          },
          { title: t('roles.owner'), dataIndex: 'owner', width: 110, render: (o: string) => <Tag color={o === 'core' ? 'blue' : 'geekblue'}>{o}</Tag> },
          ...roles.map((role) => ({
            key: role.id,
            title: roleTitle(role),
            width: 110,
            align: 'center' as const,
            render: (_: unknown, p: Permission) => (
              <Checkbox
                aria-label={`${role.key} ${p.id}`}
                checked={role.permissions.includes(p.id)}
                disabled={role.builtIn || !writable || update.isPending}
                onChange={(e) => void toggle(role, p.id, e.target.checked)}
              />
            ),
          })),
        ]}
      />
      </div>
      {writable && <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>{t('roles.builtInLocked')}</Typography.Paragraph>}
      <RoleModal role={editing} permissions={permissions} onClose={() => setEditing(null)} />
    </Page>
  );
}
