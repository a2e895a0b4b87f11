import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { setFormErrors, toFormErrors, useCadre, useCadreMutation } from '@cadre/sdk/console';
import { Problems } from '@cadre/sdk/console/kit';
import { Button, DatePicker, Form, Input, InputNumber, Modal, Radio, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { CREATE_CYCLE, UPDATE_CYCLE } from './api.js';
import { parseNumbers } from './numbers.js';
import { useT } from './i18n.js';
import type { CycleInput, ReviewCycle } from './types.js';

interface Values {
  name: string;
  period: [Dayjs, Dayjs];
  criteria: Array<{ key: string; name: string; description?: string; weight: number }>;
  thresholds?: string;
  coefficients?: string;
  peerCount?: number;
  anonymity: 'anonymous' | 'confidential';
  anonymityThreshold?: number;
  /** The version the form was filled from: a save over someone else's change is refused (CONFLICT). */
  expectedUpdatedAt?: string;
}

const DEFAULT_CRITERIA = [
  { key: 'technical-impact', name: 'Technical impact', weight: 0.4 },
  { key: 'collaboration', name: 'Collaboration', weight: 0.3 },
  { key: 'knowledge-sharing', name: 'Knowledge sharing', weight: 0.3 },
];

const DEFAULTS: Partial<Values> = { criteria: DEFAULT_CRITERIA, thresholds: '4.5, 4, 3, 2', coefficients: '2, 1.5, 1, 0.5, 0', peerCount: 3, anonymity: 'anonymous', anonymityThreshold: 3 };

/** The form's values for a draft being edited: what it holds now. */
const valuesOf = (c: ReviewCycle): Partial<Values> => ({
  name: c.name,
  period: [dayjs(c.periodStart), dayjs(c.periodEnd)],
  criteria: c.criteria.map((k) => ({ key: k.key, name: k.name, description: k.description, weight: k.weight })),
  thresholds: c.thresholds.join(', '),
  coefficients: c.coefficients.join(', '),
  peerCount: c.peerCount,
  anonymity: c.anonymity === 'confidential' ? 'confidential' : 'anonymous',
  anonymityThreshold: c.anonymityThreshold,
  expectedUpdatedAt: c.updatedAt,
});

/**
 * A new draft review cycle, or (with `cycle`) changes to a draft: period, weighted criteria, the band
 * function and the anonymity mode. The server refuses a cycle that opened meanwhile (CONFLICT).
 */
export function CycleFormModal({ open, cycle, onClose, onSaved }: { open: boolean; cycle?: ReviewCycle; onClose(): void; onSaved(id: string): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const create = useCadreMutation(CREATE_CYCLE);
  const update = useCadreMutation(UPDATE_CYCLE);

  const submit = async (values: Values) => {
    setOther([]);
    const thresholds = parseNumbers(values.thresholds);
    const coefficients = parseNumbers(values.coefficients);
    if (!thresholds || !coefficients) {
      form.setFields([{ name: thresholds ? 'coefficients' : 'thresholds', errors: [t('incentives.form.numbers')] }]);
      return;
    }
    const input: CycleInput = {
      name: values.name,
      periodStart: values.period[0].format('YYYY-MM-DD'),
      periodEnd: values.period[1].format('YYYY-MM-DD'),
      criteria: values.criteria.map((c) => ({ key: c.key, name: c.name, description: c.description ?? '', weight: c.weight })),
      ...(thresholds.length ? { thresholds } : {}),
      ...(coefficients.length ? { coefficients } : {}),
      ...(values.peerCount !== undefined && values.peerCount !== null ? { peerCount: values.peerCount } : {}),
      anonymity: values.anonymity,
      ...(values.anonymityThreshold !== undefined && values.anonymityThreshold !== null ? { anonymityThreshold: values.anonymityThreshold } : {}),
    };
    if (cycle) {
      const result = await update.mutate({ id: cycle.id, input: { ...input, expectedUpdatedAt: values.expectedUpdatedAt ?? null } });
      if (result.data) return onSaved(cycle.id);
      return showErrors(result.errors);
    }
    const result = await create.mutate({ input });
    if (result.data) {
      form.resetFields();
      onSaved(result.data.createReviewCycle.id);
      return;
    }
    showErrors(result.errors);
  };

  const showErrors = (errors: Parameters<typeof toFormErrors>[0]) => {
    const { fields, other: rest } = toFormErrors(errors, ['name', 'period', 'criteria', 'thresholds', 'coefficients', 'peerCount', 'anonymity', 'anonymityThreshold'], { periodStart: 'period', periodEnd: 'period' });
    setFormErrors(form, fields);
    setOther(rest);
  };

  return (
    <Modal
      open={open}
      title={cycle ? t('incentives.cycles.edit', { name: cycle.name }) : t('incentives.cycles.new')}
      width={720}
      onCancel={onClose}
      okText={cycle ? t('incentives.save') : t('incentives.create')}
      cancelText={t('incentives.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Problems errors={other} />
      <Form<Values> form={form} layout="vertical" initialValues={cycle ? valuesOf(cycle) : DEFAULTS} onFinish={(v) => void submit(v)}
        // The API's refusal of a field holds until that field changes (these fields have no rules of their own to clear it).
        onValuesChange={(changed: Partial<Values>) => form.setFields(Object.keys(changed).map((name) => ({ name: name as keyof Values, errors: [] })))}>
        <Form.Item name="expectedUpdatedAt" hidden><Input /></Form.Item>
        <Form.Item name="name" label={t('incentives.cycle.name')} rules={[{ required: true, message: t('incentives.form.required') }]}>
          <Input placeholder="H2 2026 Performance Review" />
        </Form.Item>
        <Form.Item name="period" label={t('incentives.cycle.period')} rules={[{ required: true, message: t('incentives.form.required') }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('incentives.cycle.criteria')} required>
          <Form.List name="criteria">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                    <Form.Item name={[field.name, 'key']} rules={[{ required: true, message: t('incentives.form.required') }]}>
                      <Input placeholder={t('incentives.criterion.key')} aria-label={t('incentives.criterion.key')} style={{ width: 170 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'name']} rules={[{ required: true, message: t('incentives.form.required') }]}>
                      <Input placeholder={t('incentives.criterion.name')} aria-label={t('incentives.criterion.name')} style={{ width: 230 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'weight']} rules={[{ required: true, message: t('incentives.form.required') }]}>
                      <InputNumber min={0} max={1} step={0.05} placeholder={t('incentives.criterion.weight')} aria-label={t('incentives.criterion.weight')} />
                    </Form.Item>
                    <MinusCircleOutlined aria-label={t('incentives.remove')} onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ weight: 0.1 })}>{t('incentives.criterion.add')}</Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item name="thresholds" label={t('incentives.thresholds')} extra={t('incentives.thresholdsHint')}>
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="coefficients" label={t('incentives.coefficients')} extra={t('incentives.coefficientsHint')}>
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="peerCount" label={t('incentives.cycle.peerCount')}>
            <InputNumber min={0} max={10} />
          </Form.Item>
        </Space>
        <Form.Item name="anonymity" label={t('incentives.cycle.anonymity')} extra={t('incentives.anonymity.fixed')}>
          <Radio.Group data-testid="cycle-anonymity">
            <Space direction="vertical">
              {(['anonymous', 'confidential'] as const).map((mode) => (
                <Radio key={mode} value={mode}>
                  {t(`incentives.anonymity.${mode}`)} <Typography.Text type="secondary">— {t(`incentives.anonymity.${mode}Help`)}</Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="anonymityThreshold" label={t('incentives.cycle.anonymityThreshold')} extra={t('incentives.cycle.anonymityThresholdHint')}>
          <InputNumber min={3} max={50} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
