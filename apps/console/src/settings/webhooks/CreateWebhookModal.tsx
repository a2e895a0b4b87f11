import { fieldProblems, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Alert, App, Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { CreateWebhookSubscriptionDocument, WebhookEventTypesDocument } from './documents';

interface Values {
  url: string;
  events: string[];
  description?: string;
}

const ALL = '*';

/** The form, then (same modal) the signing secret, which the API gives only in the create answer. */
export function CreateWebhookModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useCadre();
  const { message } = App.useApp();
  const types = useCadreQuery(WebhookEventTypesDocument, {}, { enabled: open });
  const create = useCadreMutation(CreateWebhookSubscriptionDocument, { invalidates: [['WebhookSubscriptions']] });
  const [secret, setSecret] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();

  const close = () => {
    // The form is not mounted while the secret shows (it was reset on success).
    if (secret === null) form.resetFields();
    setSecret(null);
    onClose();
  };

  const submit = async (values: Values) => {
    // "All events" subsumes the rest; sending both would only look like a narrower subscription.
    const events = values.events.includes(ALL) ? [ALL] : values.events;
    const result = await create.mutate({ input: { url: values.url.trim(), events, description: values.description?.trim() || null } });
    if (result.data) {
      form.resetFields();
      setSecret(result.data.createWebhookSubscription.secret);
      return;
    }
    const problems = fieldProblems(result.errors);
    if (problems.length) form.setFields(problems.map((p) => ({ name: p.field as keyof Values, errors: [p.message] })));
    else void message.error(result.errors[0]?.message ?? t('common.error'));
  };

  const options = [{ value: ALL, label: t('webhooks.allEvents') }, ...(types.data?.webhookEventTypes ?? []).map((e) => ({ value: e, label: e }))];

  if (secret !== null) {
    return (
      <Modal open={open} title={t('webhooks.createdTitle')} onCancel={close} footer={<Button type="primary" onClick={close}>{t('tokens.done')}</Button>}>
        <Alert type="warning" showIcon title={t('webhooks.secretShownOnce')} style={{ marginBottom: 16 }} />
        <Typography.Paragraph copyable={{ text: secret, tooltips: [t('tokens.copy'), t('tokens.copied')] }} code data-testid="webhook-secret" style={{ wordBreak: 'break-all' }}>
          {secret}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('webhooks.signatureHelp')}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('webhooks.deliveryHelp')}</Typography.Paragraph>
      </Modal>
    );
  }

  return (
    <Modal open={open} title={t('webhooks.new')} onCancel={close} okText={t('webhooks.create')} cancelText={t('common.cancel')}
      okButtonProps={{ loading: create.isPending }} onOk={() => form.submit()}>
      {types.error && <Alert type="error" showIcon title={types.error.message} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)} initialValues={{ events: [] }}>
        <Form.Item name="url" label={t('webhooks.url')} extra={t('webhooks.urlHint')} rules={[{ required: true, message: t('auth.required') }]}>
          <Input maxLength={2000} placeholder="https://example.com/cadre-hook" />
        </Form.Item>
        <Form.Item name="events" label={t('webhooks.events')} extra={t('webhooks.eventsHint')} rules={[{ required: true, message: t('webhooks.eventsRequired') }]}>
          <Select mode="multiple" data-testid="webhook-events" loading={types.isLoading} options={options} optionFilterProp="value" />
        </Form.Item>
        <Form.Item name="description" label={t('webhooks.description')}>
          <Input maxLength={200} placeholder={t('webhooks.descriptionPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
