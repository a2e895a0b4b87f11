import { setFormErrors, toFormErrors, useCadreMutation } from '@cadre/sdk/console';
import { Problems } from '@cadre/sdk/console/kit';
import { Alert, App, Form, Modal } from 'antd';
import { useState } from 'react';
import { OFFER_QUERIES, REVISE_OFFER } from './api.js';
import { offerTermsValues, TERMS_FIELDS, termsInput, type TermsValues } from './offer-terms.js';
import { OfferTermsFields } from './OfferTermsFields.js';
import type { Offer } from './types.js';
import { clearChangedErrors } from './form-errors.js';
import { useT } from './i18n.js';

/** New terms for an offer: the API makes them a new version that needs every approval again (or refuses, e.g. once the requisition closed). */
export function ReviseOfferModal({ offer, open, onClose }: { offer: Offer; open: boolean; onClose(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<TermsValues>();
  const [other, setOther] = useState<string[]>([]);
  const revise = useCadreMutation(REVISE_OFFER, { invalidates: OFFER_QUERIES });

  const submit = async (v: TermsValues) => {
    setOther([]);
    const result = await revise.mutate({ id: offer.id, input: termsInput(v, offer.currency) });
    if (result.data) {
      void message.success(t('attraction.offer.revised', { version: result.data.reviseOffer.version }));
      onClose();
      return;
    }
    const { fields, other: rest } = toFormErrors(result.errors, TERMS_FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };

  return (
    <Modal open={open} title={t('attraction.offer.reviseTitle', { name: offer.candidateName, version: offer.version + 1 })} width={720} onCancel={onClose} onOk={() => form.submit()}
      okText={t('attraction.offer.reviseSend')} cancelText={t('attraction.cancel')} confirmLoading={revise.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'revise-offer-ok' }}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('attraction.offer.reviseHint')} />
      <Problems errors={other} />
      <Form<TermsValues> form={form} layout="vertical" initialValues={offerTermsValues(offer)} onFinish={(v) => void submit(v)} onValuesChange={clearChangedErrors(form)} data-testid="revise-offer-form">
        <OfferTermsFields currency={offer.currency} />
      </Form>
    </Modal>
  );
}
