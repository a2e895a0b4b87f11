// Proposing an equity grant (incentives.equity.write, the permission the resolver checks): who,
// which kind, how many units, the exercise price for options (entered in major units, sent in
// minor units as the API stores money) and the vesting terms. The grant starts as proposed; the
// API's field refusals (a cliff longer than the vesting, a price without a currency, a date that
// does not exist) show on their fields, anything else above the form.
import { setFormErrors, toFormErrors, toMinorUnits, useCadreMutation } from '@cadre/sdk/console';
import { PersonSelect, Problems } from '@cadre/sdk/console/kit';
import { Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { CREATE_EQUITY_GRANT } from './api.js';
import { todayIso } from './equity.js';
import { GRANT_KINDS, VESTING_FREQUENCIES, type EquityGrant } from './types.js';
import { useT } from './i18n.js';

interface Values {
  personId: string; kind: string; units: number; strikePrice?: number | null; currency?: string | null; grantDate: string; vestingStart?: string;
  cliffMonths: number; vestingMonths: number; frequencyMonths: number; note?: string;
}
const FIELDS = ['personId', 'kind', 'units', 'strikePrice', 'currency', 'grantDate', 'vestingStart', 'cliffMonths', 'vestingMonths', 'frequencyMonths', 'note'];
const CURRENCIES = ['USD', 'CNY', 'HKD', 'SGD', 'EUR'];

export function EquityGrantFormModal({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(grant: EquityGrant): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const create = useCadreMutation(CREATE_EQUITY_GRANT, { invalidates: [['IncentivesEquityGrants']] });

  const submit = async (v: Values) => {
    setOther([]);
    const currency = v.currency || null;
    const result = await create.mutate({ input: {
      personId: v.personId, kind: v.kind, units: v.units, grantDate: v.grantDate.trim(), vestingStart: v.vestingStart?.trim() || null,
      // The price without a currency goes as entered (whole units): the API refuses it on the currency field.
      strikePrice: v.strikePrice == null ? null : currency ? toMinorUnits(v.strikePrice, currency) : Math.round(v.strikePrice), currency,
      cliffMonths: v.cliffMonths, vestingMonths: v.vestingMonths, frequencyMonths: v.frequencyMonths, note: v.note ?? '',
    } });
    if (result.data) {
      form.resetFields();
      onCreated(result.data.createEquityGrant);
      return;
    }
    const { fields, other: rest } = toFormErrors(result.errors, FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };
  const required = { required: true, message: t('incentives.form.required') };
  // Only the shape here; whether the date exists is the API's to say (its message lands on the field).
  const dateRule = { pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('incentives.equity.dateFormat') };

  return (
    <Modal open={open} title={t('incentives.equity.new')} onCancel={() => { setOther([]); onClose(); }} onOk={() => form.submit()} okText={t('incentives.equity.propose')}
      cancelText={t('incentives.cancel')} confirmLoading={create.isPending} destroyOnHidden width={640} okButtonProps={{ 'data-testid': 'equity-form-ok' }}>
      <Problems errors={other} />
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="equity-form"
        initialValues={{ kind: 'refresh', grantDate: todayIso(), cliffMonths: 12, vestingMonths: 48, frequencyMonths: 3 }}>
        <Form.Item name="personId" label={t('incentives.equity.person')} rules={[required]}>
          <PersonSelect placeholder={t('incentives.awards.searchPerson')} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="kind" label={t('incentives.equity.kind')} rules={[required]}>
              <Select options={GRANT_KINDS.map((k) => ({ value: k, label: t(`incentives.grantKind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="units" label={t('incentives.equity.units')} rules={[required]}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="strikePrice" label={t('incentives.equity.strikePrice')} extra={t('incentives.equity.strikeHint')}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="currency" label={t('incentives.currency')}>
              <Select allowClear placeholder={t('incentives.equity.noCurrency')} options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="grantDate" label={t('incentives.equity.grantDate')} rules={[required, dateRule]}>
              <Input placeholder="YYYY-MM-DD" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="vestingStart" label={t('incentives.equity.vestingStart')} rules={[dateRule]} extra={t('incentives.equity.vestingStartHint')}>
              <Input placeholder="YYYY-MM-DD" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="cliffMonths" label={t('incentives.equity.cliffMonths')} rules={[required]}>
              <InputNumber min={0} max={60} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="vestingMonths" label={t('incentives.equity.vestingMonths')} rules={[required]}>
              <InputNumber min={1} max={120} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="frequencyMonths" label={t('incentives.equity.frequency')} rules={[required]}>
              <Select options={VESTING_FREQUENCIES.map((f) => ({ value: f, label: t(`incentives.equity.every.${f}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('incentives.equity.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
