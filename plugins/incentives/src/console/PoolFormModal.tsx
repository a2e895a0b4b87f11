import { setFormErrors, toFormErrors, toMinorUnits, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Problems } from '@cadre/sdk/console/kit';
import { Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { CREATE_POOL, CYCLES } from './api.js';
import { useT } from './i18n.js';

interface Values {
  cycleId: string;
  name: string;
  amount: number;
  currency: string;
  weightRule: string;
  defaultTarget?: number;
  note?: string;
}

const RULES = ['salary-target-percent', 'target-by-level', 'equal'];

/** A new draft pool on a calibrating or finalised cycle; the server allocates it at once. */
export function PoolFormModal({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(id: string): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const cycles = useCadreQuery(CYCLES, {}, { enabled: open });
  const create = useCadreMutation(CREATE_POOL);
  const rule = Form.useWatch('weightRule', form);

  const submit = async (v: Values) => {
    setOther([]);
    const result = await create.mutate({
      input: {
        cycleId: v.cycleId, name: v.name, amount: toMinorUnits(v.amount, v.currency), currency: v.currency, weightRule: v.weightRule, note: v.note ?? '',
        ...(v.weightRule === 'equal' ? {} : { defaultTarget: v.weightRule === 'target-by-level' ? toMinorUnits(v.defaultTarget ?? 0, v.currency) : v.defaultTarget ?? null }),
      },
    });
    if (result.data) {
      form.resetFields();
      onCreated(result.data.createBonusPool.id);
      return;
    }
    const { fields, other: rest } = toFormErrors(result.errors, ['cycleId', 'name', 'amount', 'currency', 'weightRule', 'defaultTarget', 'note']);
    setFormErrors(form, fields);
    setOther(rest);
  };

  return (
    <Modal open={open} title={t('incentives.pools.new')} onCancel={onClose} onOk={() => form.submit()} okText={t('incentives.create')} cancelText={t('incentives.cancel')}
      confirmLoading={create.isPending} destroyOnHidden width={600}>
      <Problems errors={other} />
      <Form<Values> form={form} layout="vertical" initialValues={{ currency: 'CNY', weightRule: 'salary-target-percent', defaultTarget: 10 }} onFinish={(v) => void submit(v)}>
        <Form.Item name="cycleId" label={t('incentives.cycle')} rules={[{ required: true, message: t('incentives.form.required') }]} extra={t('incentives.pool.cycleHint')}>
          <Select loading={cycles.isLoading}
            options={(cycles.data?.reviewCycles ?? []).filter((c) => c.status === 'calibrating' || c.status === 'finalised').map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name="name" label={t('incentives.pool.name')} rules={[{ required: true, message: t('incentives.form.required') }]}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="amount" label={t('incentives.model.pool')} rules={[{ required: true, message: t('incentives.form.required') }]}>
            <InputNumber min={0} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="currency" label={t('incentives.currency')}>
            <Select style={{ width: 100 }} options={['CNY', 'USD', 'EUR', 'SGD', 'HKD'].map((c) => ({ value: c, label: c }))} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="weightRule" label={t('incentives.pool.weightRule')}>
            <Select style={{ width: 260 }} options={RULES.map((r) => ({ value: r, label: t(`incentives.weightRule.${r}`) }))} />
          </Form.Item>
          {rule !== 'equal' && (
            <Form.Item name="defaultTarget" label={t(rule === 'target-by-level' ? 'incentives.pool.targetAmount' : 'incentives.pool.targetPercent')}>
              <InputNumber min={0} style={{ width: 160 }} />
            </Form.Item>
          )}
        </Space>
        <Form.Item name="note" label={t('incentives.pool.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
