import { type ConsolePageProps, setFormErrors, toFormErrors, toMinorUnits, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Problems, Section } from '@cadre/sdk/console/kit';
import { App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Skeleton, Space, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { CANDIDATE_ONE, CREATE_OFFER, REQUISITION } from './api.js';
import { CompPositionPanel } from './CompPositionPanel.js';
import { familyLabel } from './labels.js';
import { useT } from './i18n.js';

interface Values {
  base?: number; bonusTargetPct?: number; equityUnits?: number; vestingMonths: number; cliffMonths: number; frequency: string;
  signOnBonus?: number; learningBudget?: number; startDate?: Dayjs; expiresOn?: Dayjs; remoteWork: string; flexibleHours: boolean;
  innovationTimePct?: number; careerPath?: string; benefits?: string[];
}
const FIELDS = ['base', 'bonusTargetPct', 'equityUnits', 'vesting', 'signOnBonus', 'learningBudget', 'startDate', 'expiresOn', 'remoteWork', 'flexibleHours', 'innovationTimePct', 'careerPath', 'benefits', 'candidateId', 'level'];

/** Build an offer: terms and the document's attraction levers, with compa-ratio and market percentile live as the base is typed. */
export default function OfferBuilderPage({ params }: ConsolePageProps) {
  const id = params.id ?? '';
  const { navigate } = useCadre();
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const candidate = useCadreQuery(CANDIDATE_ONE, { id });
  const req = useCadreQuery(REQUISITION, { id: candidate.data?.candidate.requisitionId ?? '' }, { enabled: !!candidate.data });
  const create = useCadreMutation(CREATE_OFFER);
  const base = Form.useWatch('base', form);

  if (candidate.isLoading || req.isLoading) return <Card><Skeleton active /></Card>;
  if (candidate.error || !candidate.data) return <LoadFailed error={candidate.error} retry={candidate.refetch} />;
  const c = candidate.data.candidate;
  const r = req.data?.requisition;
  const band = r?.band ?? null;
  const currency = band?.currency ?? 'CNY';

  const submit = async (v: Values) => {
    setOther([]);
    const result = await create.mutate({
      input: {
        candidateId: c.id, base: toMinorUnits(v.base ?? 0, currency), currency, bonusTargetPct: v.bonusTargetPct ?? null, equityUnits: v.equityUnits ?? 0,
        signOnBonus: toMinorUnits(v.signOnBonus ?? 0, currency), learningBudget: toMinorUnits(v.learningBudget ?? 0, currency),
        startDate: v.startDate?.format('YYYY-MM-DD') ?? '', expiresOn: v.expiresOn?.format('YYYY-MM-DD') ?? null, remoteWork: v.remoteWork, flexibleHours: v.flexibleHours,
        innovationTimePct: v.innovationTimePct ?? 0, careerPath: v.careerPath ?? '', benefits: v.benefits ?? [],
        vesting: { months: v.vestingMonths, cliffMonths: v.cliffMonths, frequency: v.frequency },
      },
    });
    if (result.data) {
      void message.success(t('attraction.offer.created'));
      navigate(`/attraction/offers/${result.data.createOffer.id}`);
      return;
    }
    const { fields, other: rest } = toFormErrors(result.errors, FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };

  return (
    <Card title={t('attraction.offer.builderFor', { name: c.name })} extra={<Typography.Text type="secondary">{r?.title} · {familyLabel(t, r?.jobFamily)} · {r?.level ?? '—'}</Typography.Text>}>
      <Problems errors={other} />
      <Row gutter={[32, 16]}>
        <Col xs={24} xl={13}>
          <Form<Values>
            form={form} layout="vertical" onFinish={(v) => void submit(v)}
            initialValues={{
              base: band ? band.midBase / 100 : undefined, bonusTargetPct: band?.bonusTargetPct, equityUnits: band ? Math.round((band.equityMin + band.equityMax) / 2) : 0,
              vestingMonths: 48, cliffMonths: 12, frequency: 'monthly', startDate: dayjs().add(30, 'day'), remoteWork: 'hybrid', flexibleHours: true, innovationTimePct: 10, benefits: [],
            }}
          >
            <Section title={t('attraction.offer.pay')}>
              <Row gutter={16}>
                <Col span={12}>
                  <Form.Item name="base" label={`${t('attraction.offer.base')} (${currency})`} rules={[{ required: true, message: t('attraction.required') }]}>
                    <InputNumber min={0} step={1000} style={{ width: '100%' }} data-testid="offer-base" />
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
            <div><Button type="primary" htmlType="submit" loading={create.isPending} data-testid="submit-offer">{t('attraction.offer.send')}</Button></div>
          </Form>
        </Col>
        <Col xs={24} xl={11}>
          <Section title={t('attraction.offer.position')}>
            <CompPositionPanel base={typeof base === 'number' ? toMinorUnits(base, currency) : null} jobFamily={r?.jobFamily ?? null} level={r?.level ?? null} currency={currency} />
          </Section>
        </Col>
      </Row>
    </Card>
  );
}
