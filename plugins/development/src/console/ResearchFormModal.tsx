// Recording a research output (kind, title, venue, status, date, authors, link, knowledge item) or
// editing one (what the API lets change: title, venue, status, date, knowledge item). Field
// refusals from the API show on their fields.
import { PeopleSelect } from '@cadre/sdk/console/kit';
import { setFormErrors, toFormErrors, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Alert, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { CREATE_RESEARCH, PAPERS, UPDATE_RESEARCH } from './api.js';
import { useT } from './i18n.js';
import { RESEARCH_STATUSES, type ResearchKind, type ResearchOutput, type ResearchStatus } from './types.js';

interface Values {
  kind: ResearchKind; title?: string; venue?: string; status: ResearchStatus; date?: string; authorIds?: string[]; knowledgeItemId?: string | null; url?: string;
}
const FIELDS = ['kind', 'title', 'venue', 'status', 'date', 'authorIds', 'knowledgeItemId', 'url'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ITEM_KIND: Record<ResearchKind, string> = { PUBLICATION: 'PAPER', PATENT: 'PATENT' };

export function ResearchFormModal({ output, canLinkItems, onClose, onSaved }: { output: ResearchOutput | null; canLinkItems: boolean; onClose(): void; onSaved(o: ResearchOutput): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const kind = Form.useWatch('kind', form) ?? output?.kind ?? 'PUBLICATION';
  const papers = useCadreQuery(PAPERS, {}, { enabled: canLinkItems });
  const invalidates = [['DevelopmentResearchOutputs']] as const;
  const create = useCadreMutation(CREATE_RESEARCH, { invalidates });
  const update = useCadreMutation(UPDATE_RESEARCH, { invalidates });

  const submit = async (v: Values) => {
    setOther([]);
    const common = { title: v.title?.trim() || undefined, venue: v.venue ?? '', status: v.status, date: v.date || undefined, knowledgeItemId: v.knowledgeItemId || undefined };
    const result = output
      ? await update.mutate({ id: output.id, input: common })
      : await create.mutate({ input: { ...common, kind: v.kind, authorIds: v.authorIds?.length ? v.authorIds : null, url: v.url?.trim() || null } });
    const saved = result.data && ('updateResearchOutput' in result.data ? result.data.updateResearchOutput : result.data.createResearchOutput);
    if (saved) return onSaved(saved);
    const { fields, other: rest } = toFormErrors(result.errors, FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };

  const initial: Partial<Values> = output
    ? { kind: output.kind, title: output.title, venue: output.venue, status: output.status, date: output.date ?? '', knowledgeItemId: output.knowledgeItem?.id ?? null }
    : { kind: 'PUBLICATION', status: 'DRAFT', venue: '' };
  const statuses = RESEARCH_STATUSES[kind];
  const items = (papers.data?.knowledgeItems.nodes ?? []).filter((i) => i.kind === ITEM_KIND[kind]);

  return (
    <Modal open width={720} title={output ? t('development.researchForm.editTitle', { title: output.title }) : t('development.researchForm.new')} onCancel={onClose} onOk={() => form.submit()}
      okText={t(output ? 'development.save' : 'development.create')} cancelText={t('development.cancel')} confirmLoading={create.isPending || update.isPending} destroyOnHidden
      okButtonProps={{ 'data-testid': 'research-form-ok' }}>
      {other.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={other.join('; ')} data-testid="research-form-error" />}
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)} data-testid="research-form"
        onValuesChange={(changed: Partial<Values>) => {
          // A status the new kind does not have would only be refused: start the new kind at draft.
          if (changed.kind && !RESEARCH_STATUSES[changed.kind].includes(form.getFieldValue('status'))) form.setFieldValue('status', 'DRAFT');
        }}>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="kind" label={t('development.research.kind')}>
              <Select disabled={!!output} options={(['PUBLICATION', 'PATENT'] as const).map((k) => ({ value: k, label: t(`development.researchKind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="status" label={t('development.research.status')}>
              <Select options={statuses.map((s) => ({ value: s, label: t(`development.researchStatus.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="date" label={t('development.research.date')} rules={[{ pattern: DATE, message: t('development.courseForm.dateFormat') }]}><Input placeholder="YYYY-MM-DD" /></Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={t('development.researchForm.title')} extra={canLinkItems ? t('development.researchForm.titleHint') : undefined}
          rules={canLinkItems ? [] : [{ required: true, whitespace: true, message: t('development.required') }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="venue" label={t(kind === 'PATENT' ? 'development.researchForm.office' : 'development.researchForm.venue')}><Input maxLength={200} /></Form.Item>
        {canLinkItems && (
          <Form.Item name="knowledgeItemId" label={t('development.research.knowledgeItem')} extra={t('development.researchForm.itemHint')}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} loading={papers.isLoading} placeholder={t('development.researchForm.noItem')}
              options={items.map((i) => ({ value: i.id, label: i.title }))} />
          </Form.Item>
        )}
        {!output && (
          <>
            <Form.Item name="authorIds" label={t('development.research.authors')} extra={t('development.researchForm.authorsHint')}><PeopleSelect placeholder={t('development.researchForm.authorsDefault')} /></Form.Item>
            <Form.Item name="url" label={t('development.researchForm.url')}><Input maxLength={500} placeholder="https://" /></Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
