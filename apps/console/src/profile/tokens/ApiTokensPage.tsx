import { useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Alert, App, Button, Card, Col, Empty, Modal, Popconfirm, Row, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ApiTokenFieldsFragment } from '../../gql/graphql';
import { CreateTokenForm } from './CreateTokenForm';
import { ApiTokensDocument, RevokeApiTokenDocument } from './documents';

type Token = ApiTokenFieldsFragment;
const time = (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : null);

/** My API tokens (every token of the tenant for holders of tokens.manage): create, copy once, revoke. */
export default function ApiTokensPage() {
  const { t, can } = useCadre();
  const { message } = App.useApp();
  const { data, error, isLoading } = useCadreQuery(ApiTokensDocument, {});
  const revoke = useCadreMutation(RevokeApiTokenDocument, { invalidates: [['ApiTokens']] });
  const [created, setCreated] = useState<string | null>(null);
  const manager = can('tokens.manage');

  const revokeToken = async (token: Token) => {
    const result = await revoke.mutate({ id: token.id });
    if (result.data) void message.success(t('tokens.revoked', { name: token.name }));
    else void message.error(result.errors.map((e) => e.message).join('; '));
  };

  const status = (token: Token) => {
    if (token.revokedAt) return <Tag color="red">{t('tokens.status.revoked')}</Tag>;
    if (!token.active) return <Tag>{t('tokens.status.expired')}</Tag>;
    return <Tag color="green">{t('tokens.status.active')}</Tag>;
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card title={t('tokens.title')}>
          <Typography.Paragraph type="secondary">{t(manager ? 'tokens.introManager' : 'tokens.intro')}</Typography.Paragraph>
          {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
          <Table<Token>
            rowKey="id"
            size="middle"
            loading={isLoading}
            dataSource={data?.apiTokens ?? []}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: <Empty description={t('tokens.empty')} /> }}
            columns={[
              { title: t('tokens.name'), dataIndex: 'name', render: (name: string, token) => <Space orientation="vertical" size={0}><span>{name}</span><Typography.Text code>{token.prefix}…</Typography.Text></Space> },
              { title: t('tokens.kind'), dataIndex: 'kind', width: 110, render: (kind: string) => t(`tokens.kind.${kind}`) },
              ...(manager ? [{ title: t('tokens.owner'), key: 'owner', render: (_: unknown, token: Token) => token.ownerEmail ?? token.createdByEmail ?? t('common.none') }] : []),
              { title: t('tokens.scopes'), dataIndex: 'scopes', render: (scopes: string[]) => <Space wrap size={4}>{scopes.map((s) => <Tag key={s}>{s}</Tag>)}</Space> },
              { title: t('tokens.expires'), dataIndex: 'expiresAt', width: 150, render: (at: string | null) => time(at) ?? t('tokens.never') },
              { title: t('tokens.lastUsed'), dataIndex: 'lastUsedAt', width: 150, render: (at: string | null) => time(at) ?? t('tokens.neverUsed') },
              { title: t('tokens.status'), key: 'status', width: 100, render: (_: unknown, token: Token) => <span data-testid="token-status">{status(token)}</span> },
              {
                key: 'actions', width: 100,
                render: (_: unknown, token: Token) => !token.revokedAt && (
                  <Popconfirm title={t('tokens.confirmRevoke', { name: token.name })} okText={t('tokens.revoke')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }} onConfirm={() => revokeToken(token)}>
                    <Button size="small" danger>{t('tokens.revoke')}</Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card title={t('tokens.new')}>
          <CreateTokenForm onCreated={setCreated} />
        </Card>
      </Col>
      <Modal open={created !== null} title={t('tokens.createdTitle')} onCancel={() => setCreated(null)} footer={<Button type="primary" onClick={() => setCreated(null)}>{t('tokens.done')}</Button>}>
        <Alert type="warning" showIcon title={t('tokens.shownOnce')} style={{ marginBottom: 16 }} />
        <Typography.Paragraph copyable={{ text: created ?? '', tooltips: [t('tokens.copy'), t('tokens.copied')] }} code data-testid="new-token" style={{ wordBreak: 'break-all' }}>
          {created}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('tokens.usage')}</Typography.Paragraph>
      </Modal>
    </Row>
  );
}
