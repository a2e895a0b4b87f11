// Deciding a nomination (incentives.awards.write): approve with the amount to pay (entered in major
// units, sent in minor units as the API stores money) and an optional note, or reject with the
// reason the API requires. The API's field refusals show on their fields.
import { setFormErrors, toFormErrors, toMinorUnits, useCadreMutation } from '@cadre/sdk/console';
import { Problems } from '@cadre/sdk/console/kit';
import { Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { APPROVE_AWARD, REJECT_AWARD } from './api.js';
import type { Award } from './types.js';
import { useT } from './i18n.js';

export type Decision = 'approve' | 'reject';
interface Values { amount?: number; currency?: string; note?: string; reason?: string }
const CURRENCIES = ['CNY', 'USD', 'EUR', 'SGD', 'HKD'];

export function AwardDecisionModal({ award, decision, onClose, onDone }: { award: Award; decision: Decision; onClose(): void; onDone(award: Award): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const approve = useCadreMutation(APPROVE_AWARD, { invalidates: [['IncentivesAwards']] });
  const reject = useCadreMutation(REJECT_AWARD, { invalidates: [['IncentivesAwards']] });

  const submit = async (v: Values) => {
    setOther([]);
    if (decision === 'approve') {
      const currency = v.currency ?? 'CNY';
      const result = await approve.mutate({ id: award.id, input: { amount: toMinorUnits(v.amount ?? 0, currency), currency, note: v.note ?? '' } });
      if (result.data) return onDone(result.data.approveAward);
      return show(result.errors, ['amount', 'currency', 'note']);
    }
    const result = await reject.mutate({ id: award.id, reason: v.reason ?? '' });
    if (result.data) return onDone(result.data.rejectAward);
    show(result.errors, ['reason']);
  };
  const show = (errors: Parameters<typeof toFormErrors>[0], known: string[]) => {
    const { fields, other: rest } = toFormErrors(errors, known);
    setFormErrors(form, fields);
    setOther(rest);
  };

  return (
    <Modal open title={t(`incentives.awards.${decision}Title`, { title: award.title })} onCancel={onClose} onOk={() => form.submit()}
      okText={t(`incentives.awards.${decision}`)} cancelText={t('incentives.cancel')} okButtonProps={{ danger: decision === 'reject', 'data-testid': 'award-decision-ok' }}
      confirmLoading={approve.isPending || reject.isPending} destroyOnHidden width={520}>
      <Problems errors={other} />
      <Form<Values> form={form} layout="vertical" initialValues={{ currency: 'CNY' }} onFinish={(v) => void submit(v)} data-testid="award-decision-form">
        <p>{t('incentives.awards.decisionFor', { person: award.personName })}</p>
        {decision === 'approve' ? (
          <>
            <Space wrap>
              <Form.Item name="amount" label={t('incentives.amount')} rules={[{ required: true, message: t('incentives.form.required') }]}>
                <InputNumber min={0} style={{ width: 200 }} />
              </Form.Item>
              <Form.Item name="currency" label={t('incentives.currency')}>
                <Select style={{ width: 100 }} options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
              </Form.Item>
            </Space>
            <Form.Item name="note" label={t('incentives.awards.note')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </>
        ) : (
          // Empty is refused here; a reason of blanks only is the API's to refuse (its message lands on this field).
          <Form.Item name="reason" label={t('incentives.awards.rejectReason')} rules={[{ required: true, message: t('incentives.form.required') }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
