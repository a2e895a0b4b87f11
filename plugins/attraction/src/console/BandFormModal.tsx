import { setFormErrors, toFormErrors, useCadreMutation } from '@cadre/sdk/console';
import { Problems } from '@cadre/sdk/console/kit';
import { App, Col, Form, Input, InputNumber, Modal, Row } from 'antd';
import { useState } from 'react';
import { BAND_QUERIES, UPSERT_BAND } from './api.js';
import { BAND_FIELDS, bandInput, bandValues, type BandValues } from './band-form.js';
import type { CompBand } from './types.js';
import { clearChangedErrors } from './form-errors.js';
import { useT } from './i18n.js';

/**
 * A new band of a job family × level, or the edit of one (`band`). The API replaces the band of
 * the same family and level, so those two identify it and are read-only when editing.
 */
export function BandFormModal({ open, onClose, band, jobFamily, currency, level }: { open: boolean; onClose(): void; band: CompBand | null; jobFamily: string | null; currency: string; level?: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<BandValues>();
  const [other, setOther] = useState<string[]>([]);
  const upsert = useCadreMutation(UPSERT_BAND, { invalidates: BAND_QUERIES });
  const unit = Form.useWatch('currency', form) ?? currency;

  const submit = async (v: BandValues) => {
    setOther([]);
    const result = await upsert.mutate({ input: bandInput(v) });
    if (result.data) {
      const saved = result.data.upsertCompBand;
      void message.success(t('attraction.bands.saved', { level: saved.level }));
      onClose();
      return;
    }
    const { fields, other: rest } = toFormErrors(result.errors, BAND_FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };
  const required = [{ required: true, message: t('attraction.required') }];
  const money = (name: 'minBase' | 'midBase' | 'maxBase') => (
    <Col span={8}>
      <Form.Item name={name} label={`${t(`attraction.bands.${name}`)} (${unit})`} rules={required}>
        <InputNumber step={1000} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );

  return (
    <Modal open={open} title={band ? t('attraction.bands.editTitle', { level: band.level }) : t('attraction.bands.add')} width={640} onCancel={onClose} onOk={() => form.submit()}
      okText={band ? t('attraction.save') : t('attraction.create')} cancelText={t('attraction.cancel')} confirmLoading={upsert.isPending} destroyOnHidden
      okButtonProps={{ 'data-testid': 'band-form-ok' }}>
      <Problems errors={other} />
      <Form<BandValues> form={form} layout="vertical" initialValues={bandValues(band, jobFamily, currency, level)} onFinish={(v) => void submit(v)} onValuesChange={clearChangedErrors(form)} data-testid="band-form">
        <Row gutter={16}>
          <Col span={10}><Form.Item name="jobFamily" label={t('attraction.jobFamily')} rules={required} extra={t('attraction.bands.familyHint')}><Input disabled={!!band} /></Form.Item></Col>
          <Col span={7}><Form.Item name="level" label={t('attraction.level')} rules={required}><Input disabled={!!band} placeholder="P5" /></Form.Item></Col>
          <Col span={7}><Form.Item name="currency" label={t('attraction.bands.currency')} rules={required}><Input maxLength={3} /></Form.Item></Col>
          {money('minBase')}
          {money('midBase')}
          {money('maxBase')}
          <Col span={8}><Form.Item name="bonusTargetPct" label={t('attraction.bands.bonus')}><InputNumber suffix="%" style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={8}><Form.Item name="equityMin" label={t('attraction.bands.equityMin')}><InputNumber precision={0} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={8}><Form.Item name="equityMax" label={t('attraction.bands.equityMax')}><InputNumber precision={0} style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
      </Form>
    </Modal>
  );
}
