import { PlusOutlined } from '@ant-design/icons';
import { useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Alert, App, Button, Card, Empty, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { WebhookSubscriptionFieldsFragment } from '../../gql/graphql';
import { CreateWebhookModal } from './CreateWebhookModal';
import { DeleteWebhookSubscriptionDocument, SetWebhookSubscriptionActiveDocument, WebhookSubscriptionsDocument } from './documents';
import { time } from './format';
import { WebhookDeliveries } from './WebhookDeliveries';

type Subscription = WebhookSubscriptionFieldsFragment;

/** Outbound webhooks of the tenant (webhooks.manage): subscribe a URL, switch it on or off, read and replay its deliveries. */
export default function WebhooksPage() {
  const { t } = useCadre();
  const { message } = App.useApp();
  const { data, error, isLoading } = useCadreQuery(WebhookSubscriptionsDocument, {});
  const setActive = useCadreMutation(SetWebhookSubscriptionActiveDocument, { invalidates: [['WebhookSubscriptions']] });
  const remove = useCadreMutation(DeleteWebhookSubscriptionDocument, { invalidates: [['WebhookSubscriptions']] });
  const [creating, setCreating] = useState(false);
  const [switching, setSwitching] = useState<string | null>(null);

  const toggle = async (subscription: Subscription, active: boolean) => {
    setSwitching(subscription.id);
    const result = await setActive.mutate({ id: subscription.id, active });
    setSwitching(null);
    if (result.data) void message.success(t(active ? 'webhooks.enabled' : 'webhooks.disabled', { url: subscription.url }));
    else void message.error(result.errors.map((e) => e.message).join('; '));
  };

  const removeSubscription = async (subscription: Subscription) => {
    const result = await remove.mutate({ id: subscription.id });
    if (result.data) void message.success(t('webhooks.deleted', { url: subscription.url }));
    else void message.error(result.errors.map((e) => e.message).join('; '));
  };

  return (
    <Card title={t('webhooks.title')} extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('webhooks.new')}</Button>}>
      <Typography.Paragraph type="secondary">{t('webhooks.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
      <Table<Subscription>
        rowKey="id"
        size="middle"
        loading={isLoading}
        dataSource={data?.webhookSubscriptions ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty description={t('webhooks.empty')} /> }}
        // The delivery log loads only when a row is opened: most visits just check the switches.
        expandable={{ expandedRowRender: (s) => <WebhookDeliveries subscriptionId={s.id} />, columnTitle: null }}
        columns={[
          {
            title: t('webhooks.url'), dataIndex: 'url',
            render: (url: string, s) => <Space orientation="vertical" size={0}><Typography.Text code style={{ wordBreak: 'break-all' }}>{url}</Typography.Text>{s.description && <Typography.Text type="secondary">{s.description}</Typography.Text>}</Space>,
          },
          {
            title: t('webhooks.events'), dataIndex: 'events',
            render: (events: string[]) => <Space wrap size={4}>{events.map((e) => <Tag key={e} color={e === '*' ? 'blue' : undefined}>{e === '*' ? t('webhooks.allEvents') : e}</Tag>)}</Space>,
          },
          {
            title: t('webhooks.active'), dataIndex: 'active', width: 110,
            render: (active: boolean, s) => (
              <Switch data-testid="webhook-active" checked={active} loading={switching === s.id} aria-label={t('webhooks.active')}
                checkedChildren={t('webhooks.on')} unCheckedChildren={t('webhooks.off')} onChange={(on) => void toggle(s, on)} />
            ),
          },
          { title: t('webhooks.failures'), dataIndex: 'consecutiveFailures', width: 120, render: (n: number) => (n > 0 ? <Tag color="orange">{n}</Tag> : n) },
          { title: t('webhooks.disabledAt'), dataIndex: 'disabledAt', width: 170, render: (at: string | null) => time(at) ?? t('common.none') },
          {
            key: 'actions', width: 90,
            render: (_: unknown, s) => (
              <Popconfirm title={t('webhooks.confirmDelete', { url: s.url })} okText={t('common.delete')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }} onConfirm={() => removeSubscription(s)}>
                <Button size="small" danger>{t('common.delete')}</Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <CreateWebhookModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
