import { Section } from '@cadre/sdk/console/kit';
import { Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import { useT } from './i18n.js';

/** The form items of an offer's terms (pay, equity, the attraction levers, dates): the offer builder's and a revision's. */
export function OfferTermsFields({ currency }: { currency: string }) {
  const t = useT();
  return (
    <>
      <Section title={t('attraction.offer.pay')}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="base" label={`${t('attraction.offer.base')} (${currency})`} rules={[{ required: true, message: t('attraction.required') }]}>
              <InputNumber step={1000} style={{ width: '100%' }} data-testid="offer-base" />
            </Form.Item>
          </Col>
          <Col span={12}><Form.Item name="bonusTargetPct" label={t('attraction.offer.bonus')}><InputNumber min={0} max={200} suffix="%" style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={12}><Form.Item name="signOnBonus" label={`${t('attraction.offer.signOn')} (${currency})`}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={12}><Form.Item name="learningBudget" label={`${t('attraction.offer.learningBudget')} (${currency})`}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
      </Section>
      <Section title={t('attraction.offer.equity')}>
        <Space wrap>
          <Form.Item name="equityUnits" label={t('attraction.offer.units')}><InputNumber min={0} style={{ width: 140 }} /></Form.Item>
          <Form.Item name="vestingMonths" label={t('attraction.offer.vestingMonths')}><InputNumber min={1} max={120} style={{ width: 110 }} /></Form.Item>
          <Form.Item name="cliffMonths" label={t('attraction.offer.cliffMonths')}><InputNumber min={0} max={60} style={{ width: 110 }} /></Form.Item>
          <Form.Item name="frequency" label={t('attraction.offer.frequency')}>
            <Select style={{ width: 140 }} options={['monthly', 'quarterly', 'annual'].map((f) => ({ value: f, label: t(`attraction.frequency.${f}`) }))} />
          </Form.Item>
        </Space>
      </Section>
      <Section title={t('attraction.offer.levers')}>
        <Space wrap>
          <Form.Item name="remoteWork" label={t('attraction.offer.remoteWork')}>
            <Select style={{ width: 140 }} options={['onsite', 'hybrid', 'remote'].map((w) => ({ value: w, label: t(`attraction.remote.${w}`) }))} />
          </Form.Item>
          <Form.Item name="flexibleHours" label={t('attraction.offer.flexibleHours')} valuePropName="checked"><Switch /></Form.Item>
          <Form.Item name="innovationTimePct" label={t('attraction.offer.innovationTime')}><InputNumber min={0} max={50} suffix="%" style={{ width: 120 }} /></Form.Item>
        </Space>
        <Form.Item name="careerPath" label={t('attraction.offer.careerPath')}><Input.TextArea rows={2} /></Form.Item>
        <Form.Item name="benefits" label={t('attraction.offer.benefits')}><Select mode="tags" open={false} /></Form.Item>
      </Section>
      <Space wrap>
        <Form.Item name="startDate" label={t('attraction.offer.startDate')} rules={[{ required: true, message: t('attraction.required') }]}><DatePicker /></Form.Item>
        <Form.Item name="expiresOn" label={t('attraction.offer.expiresOn')}><DatePicker /></Form.Item>
      </Space>
    </>
  );
}
