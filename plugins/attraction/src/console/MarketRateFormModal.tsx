import { setFormErrors, toFormErrors, useCadreMutation } from '@cadre/sdk/console';
import { Problems } from '@cadre/sdk/console/kit';
import { App, Col, Form, Input, InputNumber, Modal, Row } from 'antd';
import { useState } from 'react';
import { BAND_QUERIES, UPSERT_MARKET_RATE } from './api.js';
import { MARKET_FIELDS, marketInput, type MarketValues } from './band-form.js';
import { clearChangedErrors } from './form-errors.js';
import { useT } from './i18n.js';

const POINTS = ['p25', 'p50', 'p75', 'p90'] as const;

/** The imported market percentiles of a job family × level, typed in: a new rate, or the edit of one (`editing`). */
export function MarketRateFormModal({ open, onClose, initial, editing }: { open: boolean; onClose(): void; initial: Partial<MarketValues>; editing: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<MarketValues>();
  const [other, setOther] = useState<string[]>([]);
  const upsert = useCadreMutation(UPSERT_MARKET_RATE, { invalidates: BAND_QUERIES });
  const unit = Form.useWatch('currency', form) ?? initial.currency ?? '';

  const submit = async (v: MarketValues) => {
    setOther([]);
    const result = await upsert.mutate({ input: marketInput(v) });
    if (result.data) {
      void message.success(t('attraction.market.saved', { level: result.data.upsertMarketRate.level }));
      onClose();
      return;
    }
    const { fields, other: rest } = toFormErrors(result.errors, MARKET_FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };
  const required = [{ required: true, message: t('attraction.required') }];

  return (
    <Modal open={open} title={editing ? t('attraction.market.editTitle', { level: initial.level ?? '' }) : t('attraction.market.add')} width={640} onCancel={onClose} onOk={() => form.submit()}
      okText={editing ? t('attraction.save') : t('attraction.create')} cancelText={t('attraction.cancel')} confirmLoading={upsert.isPending} destroyOnHidden
      okButtonProps={{ 'data-testid': 'market-form-ok' }}>
      <Problems errors={other} />
      <Form<MarketValues> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)} onValuesChange={clearChangedErrors(form)} data-testid="market-form">
        <Row gutter={16}>
          <Col span={10}><Form.Item name="jobFamily" label={t('attraction.jobFamily')} rules={required}><Input disabled={editing} /></Form.Item></Col>
          <Col span={7}><Form.Item name="level" label={t('attraction.level')} rules={required}><Input disabled={editing} placeholder="P5" /></Form.Item></Col>
          <Col span={7}><Form.Item name="currency" label={t('attraction.bands.currency')} rules={required}><Input maxLength={3} /></Form.Item></Col>
          {POINTS.map((k) => (
            <Col span={6} key={k}>
              <Form.Item name={k} label={`${k.toUpperCase()} (${unit})`} rules={required}><InputNumber step={1000} style={{ width: '100%' }} /></Form.Item>
            </Col>
          ))}
          <Col span={14}><Form.Item name="source" label={t('attraction.market.source')}><Input /></Form.Item></Col>
          <Col span={10}><Form.Item name="asOf" label={t('attraction.market.asOf')}><Input placeholder="YYYY-MM-DD" /></Form.Item></Col>
        </Row>
      </Form>
    </Modal>
  );
}
