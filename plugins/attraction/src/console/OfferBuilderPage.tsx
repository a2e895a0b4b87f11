import { type ConsolePageProps, setFormErrors, toFormErrors, toMinorUnits, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Page, PageLoading, Problems, Section } from '@cadre/sdk/console/kit';
import { App, Button, Col, Form, Row, Typography } from 'antd';
import { useState } from 'react';
import { CANDIDATE_ONE, CREATE_OFFER, REQUISITION } from './api.js';
import { CompPositionPanel } from './CompPositionPanel.js';
import { familyLabel } from './labels.js';
import { newTermsValues, TERMS_FIELDS, termsInput, type TermsValues } from './offer-terms.js';
import { OfferTermsFields } from './OfferTermsFields.js';
import { useT } from './i18n.js';

const FIELDS = [...TERMS_FIELDS, 'candidateId'];

/** Build an offer: terms and the document's attraction levers, with compa-ratio and market percentile live as the base is typed. */
export default function OfferBuilderPage({ params }: ConsolePageProps) {
  const id = params.id ?? '';
  const { navigate } = useCadre();
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<TermsValues>();
  const [other, setOther] = useState<string[]>([]);
  const candidate = useCadreQuery(CANDIDATE_ONE, { id });
  const req = useCadreQuery(REQUISITION, { id: candidate.data?.candidate.requisitionId ?? '' }, { enabled: !!candidate.data });
  const create = useCadreMutation(CREATE_OFFER);
  const base = Form.useWatch('base', form);

  if (candidate.isLoading || req.isLoading) return <PageLoading />;
  if (candidate.error || !candidate.data) return <LoadFailed error={candidate.error} retry={candidate.refetch} />;
  const c = candidate.data.candidate;
  const r = req.data?.requisition;
  const band = r?.band ?? null;
  const currency = band?.currency ?? 'CNY';

  const submit = async (v: TermsValues) => {
    setOther([]);
    const result = await create.mutate({ input: { candidateId: c.id, ...termsInput(v, currency) } });
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
    <Page title={t('attraction.offer.builderFor', { name: c.name })} extra={<Typography.Text type="secondary">{r?.title} · {familyLabel(t, r?.jobFamily)} · {r?.level ?? '—'}</Typography.Text>}>
      <Problems errors={other} />
      <Row gutter={[32, 16]}>
        <Col xs={24} xl={13}>
          <Form<TermsValues> form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={newTermsValues(band)}>
            <OfferTermsFields currency={currency} />
            <div><Button type="primary" htmlType="submit" loading={create.isPending} data-testid="submit-offer">{t('attraction.offer.send')}</Button></div>
          </Form>
        </Col>
        <Col xs={24} xl={11}>
          <Section title={t('attraction.offer.position')}>
            <CompPositionPanel base={typeof base === 'number' ? toMinorUnits(base, currency) : null} jobFamily={r?.jobFamily ?? null} level={r?.level ?? null} currency={currency} />
          </Section>
        </Col>
      </Row>
    </Page>
  );
}
