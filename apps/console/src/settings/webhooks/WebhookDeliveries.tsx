import { ReloadOutlined } from '@ant-design/icons';
import { useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Alert, App, Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { WebhookDeliveryFieldsFragment } from '../../gql/graphql';
import { ReplayWebhookDeliveryDocument, WebhookDeliveriesDocument } from './documents';
import { time } from './format';

type Delivery = WebhookDeliveryFieldsFragment;
const STATUS_COLORS: Record<string, string> = { succeeded: 'green', failed: 'red', pending: 'gold', sending: 'blue' };
const FIRST = 50;

/** The delivery log of one subscription, newest first, with a replay per delivery. */
export function WebhookDeliveries({ subscriptionId }: { subscriptionId: string }) {
  const { t } = useCadre();
  const { message } = App.useApp();
  const { data, error, isLoading, refetch } = useCadreQuery(WebhookDeliveriesDocument, { subscriptionId, first: FIRST });
  const replay = useCadreMutation(ReplayWebhookDeliveryDocument, { invalidates: [['WebhookDeliveries'], ['WebhookSubscriptions']] });

  const [replaying, setReplaying] = useState<string | null>(null);

  const replayDelivery = async (delivery: Delivery) => {
    setReplaying(delivery.id);
    const result = await replay.mutate({ id: delivery.id });
    setReplaying(null);
    if (result.data) void message.success(t('webhooks.replayed', { type: delivery.eventType }));
    else void message.error(result.errors.map((e) => e.message).join('; '));
  };

  return (
    <div data-testid="webhook-deliveries">
      <Space style={{ marginBottom: 8, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text strong>{t('webhooks.deliveries')}</Typography.Text>
        <Button size="small" icon={<ReloadOutlined />} onClick={() => refetch()}>{t('webhooks.refresh')}</Button>
      </Space>
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 8 }} />}
      <Table<Delivery>
        rowKey="id"
        size="small"
        loading={isLoading}
        dataSource={data?.webhookDeliveries ?? []}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('webhooks.noDeliveries')} /> }}
        columns={[
          { title: t('webhooks.eventType'), dataIndex: 'eventType', render: (type: string) => <Typography.Text code>{type}</Typography.Text> },
          {
            title: t('webhooks.status'), dataIndex: 'status', width: 110,
            render: (status: string) => <Tag data-testid="delivery-status" color={STATUS_COLORS[status]}>{t(`webhooks.status.${status}`)}</Tag>,
          },
          { title: t('webhooks.attempts'), dataIndex: 'attempts', width: 90 },
          { title: t('webhooks.responseStatus'), dataIndex: 'responseStatus', width: 110, render: (s: number | null) => s ?? t('common.none') },
          { title: t('webhooks.lastError'), dataIndex: 'lastError', render: (e: string | null) => (e ? <Typography.Text type="danger">{e}</Typography.Text> : t('common.none')) },
          { title: t('webhooks.createdAt'), dataIndex: 'createdAt', width: 170, render: (at: string) => time(at) },
          { title: t('webhooks.deliveredAt'), dataIndex: 'deliveredAt', width: 170, render: (at: string | null) => time(at) ?? t('common.none') },
          {
            key: 'actions', width: 100,
            render: (_: unknown, d) => <Button size="small" onClick={() => void replayDelivery(d)} loading={replaying === d.id}>{t('webhooks.replay')}</Button>,
          },
        ]}
      />
    </div>
  );
}
