// A new merit matrix (holders of incentives.merit.write): the review cycle whose bands it covers, a
// name, the raise budget and its currency, the position-in-range breaks and the grid of raise
// percentages (one row per band of the cycle). The API's field refusals show on their fields.
import { setFormErrors, toFormErrors, toMinorUnits, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Problems } from '@cadre/sdk/console/kit';
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { CREATE_MERIT_MATRIX, MERIT_CYCLES, MERIT_QUERIES } from './merit-api.js';
import { MeritGrid, reshape } from './MeritGrid.js';
import { parseNumbers } from './numbers.js';
import type { MeritMatrix } from './types.js';
import { useT } from './i18n.js';

interface Values { cycleId: string; name: string; budget: number; currency: string; positionBreaks: string; cells: number[][] }
const FIELDS = ['cycleId', 'name', 'budget', 'currency', 'positionBreaks', 'cells'];
const CURRENCIES = ['CNY', 'USD', 'HKD', 'SGD', 'EUR'];
const DEFAULT_BREAKS = '0.33, 0.66';

export function MeritFormModal({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(matrix: MeritMatrix): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const cycles = useCadreQuery(MERIT_CYCLES, {}, { enabled: open });
  const create = useCadreMutation(CREATE_MERIT_MATRIX, { invalidates: MERIT_QUERIES });
  const cycleId = Form.useWatch('cycleId', form);
  const breaksText = Form.useWatch('positionBreaks', form);
  const breaks = parseNumbers(breaksText) ?? [];
  const bands = cycles.data?.reviewCycles.find((c) => c.id === cycleId)?.coefficients.length ?? 0;

  // The grid follows the cycle's bands and the breaks' columns, keeping the percentages already typed.
  const columns = breaks.length + 1;
  useEffect(() => {
    form.setFieldValue('cells', reshape(form.getFieldValue('cells') as number[][] | undefined, bands, columns));
  }, [form, bands, columns]);
  const submit = async (v: Values) => {
    setOther([]);
    const positionBreaks = parseNumbers(v.positionBreaks);
    if (!positionBreaks) {
      form.setFields([{ name: 'positionBreaks', errors: [t('incentives.merit.breaksFormat')] }]);
      return;
    }
    const result = await create.mutate({
      input: { cycleId: v.cycleId, name: v.name, budget: toMinorUnits(v.budget, v.currency), currency: v.currency, positionBreaks, cells: v.cells ?? [] },
    });
    if (result.data) {
      form.resetFields();
      onCreated(result.data.createMeritMatrix);
      return;
    }
    const { fields, other: rest } = toFormErrors(result.errors, FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };
  const breaksRule = (_: unknown, v: string | undefined) => (parseNumbers(v) ? Promise.resolve() : Promise.reject(new Error(t('incentives.merit.breaksFormat'))));
  const required = { required: true, message: t('incentives.form.required') };

  return (
    <Modal open={open} title={t('incentives.merit.new')} onCancel={() => { setOther([]); onClose(); }} onOk={() => form.submit()} okText={t('incentives.merit.create')}
      cancelText={t('incentives.cancel')} confirmLoading={create.isPending} destroyOnHidden width={720} okButtonProps={{ 'data-testid': 'merit-form-ok' }}>
      <Problems errors={other} />
      <Form<Values> form={form} layout="vertical" initialValues={{ currency: 'CNY', positionBreaks: DEFAULT_BREAKS, cells: [] }} onFinish={(v) => void submit(v)} data-testid="merit-form">
        <Form.Item name="cycleId" label={t('incentives.cycle')} rules={[required]} extra={t('incentives.merit.cycleHint')}>
          <Select loading={cycles.isLoading} showSearch={{ optionFilterProp: 'label' }} options={(cycles.data?.reviewCycles ?? []).map((c) => ({ value: c.id, label: `${c.name} (${t(`incentives.cycleStatus.${c.status}`)})` }))} />
        </Form.Item>
        <Form.Item name="name" label={t('incentives.merit.name')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="budget" label={t('incentives.merit.budget')} rules={[required]} extra={t('incentives.merit.budgetHint')}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="currency" label={t('incentives.merit.currency')} rules={[required]}>
          <Select options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
        </Form.Item>
        {/* A rule of its own also clears the API's message on this field once the breaks change. */}
        <Form.Item name="positionBreaks" label={t('incentives.merit.breaks')} extra={t('incentives.merit.breaksHint')} rules={[{ validator: breaksRule }]}>
          <Input placeholder={DEFAULT_BREAKS} />
        </Form.Item>
        <Form.Item name="cells" label={t('incentives.merit.grid')} extra={bands ? undefined : t('incentives.merit.pickCycle')}>
          {/* Form.Item hands the grid its value and onChange. */}
          <MeritGrid value={[]} breaks={breaks} onChange={() => undefined} testId="merit-form-grid" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
