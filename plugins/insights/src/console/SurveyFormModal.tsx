// Drafting a survey: title, kind (templates for engagement and pulse), audience, closing day and,
// for a custom survey, its questions in both languages. Server errors land on their fields.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { setFormErrors, toFormErrors, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Alert, Button, DatePicker, Form, Input, Modal, Select, Space, TreeSelect } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { CREATE_SURVEY, ORG_UNITS, UPDATE_SURVEY } from './api.js';
import { useT } from './i18n.js';
import type { OrgUnit, QuestionInput, Survey } from './types.js';

const KINDS = ['LIKERT', 'ENPS', 'SINGLE', 'MULTIPLE', 'TEXT'] as const;

export interface UnitNode { value: string; title: string; children: UnitNode[] }

export function unitTreeData(units: OrgUnit[], parent: string | null = null): UnitNode[] {
  return units.filter((u) => u.parentId === parent).map((u) => ({ value: u.id, title: u.name, children: unitTreeData(units, u.id) }));
}

export function SurveyFormModal({ survey, onClose }: { survey: Survey | 'new'; onClose(changed: boolean): void }) {
  const t = useT();
  const [form] = Form.useForm();
  const create = useCadreMutation(CREATE_SURVEY);
  const update = useCadreMutation(UPDATE_SURVEY);
  const units = useCadreQuery(ORG_UNITS, {});
  const tree = useMemo(() => unitTreeData(units.data?.orgUnits ?? []), [units.data]);
  const kind = Form.useWatch('kind', form) ?? (survey === 'new' ? 'PULSE' : survey.kind);
  const editing = survey !== 'new';
  const [other, setOther] = useState<string[]>([]);
  const initial = editing
    ? { title: survey.title, kind: survey.kind, audienceUnitIds: survey.audienceUnitIds, audienceLevels: survey.audienceLevels, closesOn: survey.closesOn ? dayjs(survey.closesOn) : null,
      questions: survey.kind === 'CUSTOM' ? survey.questions.map((q) => ({ kind: q.kind, en: q.texts.enUS, zh: q.texts.zhCN, options: q.optionTexts.map((o) => o.enUS).join('\n') })) : [],
      // The version the form was filled from: a save over someone else's change is refused (CONFLICT).
      expectedUpdatedAt: survey.updatedAt }
    : { kind: 'PULSE', audienceUnitIds: [], audienceLevels: [], questions: [] };

  const submit = async (v: Record<string, any>) => {
    const questions: QuestionInput[] | null = v.kind === 'CUSTOM'
      ? (v.questions ?? []).map((q: any) => ({ kind: q.kind, text: { enUS: q.en ?? '', zhCN: q.zh || null }, options: String(q.options ?? '').split('\n').map((o) => o.trim()).filter(Boolean).map((o) => ({ enUS: o })) }))
      : null;
    // Fits both the create and the update input.
    const input = { title: v.title as string, audienceUnitIds: (v.audienceUnitIds ?? []) as string[], audienceLevels: (v.audienceLevels ?? []) as string[], closesOn: v.closesOn ? (v.closesOn.format('YYYY-MM-DD') as string) : null, ...(questions ? { questions } : {}) };
    const result = editing ? await update.mutate({ id: survey.id, input: { ...input, expectedUpdatedAt: (v.expectedUpdatedAt as string | undefined) ?? null } }) : await create.mutate({ input: { ...input, kind: v.kind } });
    if (result.errors?.length) {
      const { fields, other: rest } = toFormErrors(result.errors, ['title', 'audienceUnitIds', 'audienceLevels', 'closesOn']);
      setFormErrors(form, fields);
      return setOther(rest);
    }
    onClose(true);
  };

  return (
    <Modal open title={t(editing ? 'insights.surveys.edit' : 'insights.surveys.new')} onCancel={() => onClose(false)} onOk={() => form.submit()} okText={t('insights.save')} cancelText={t('insights.cancel')}
      confirmLoading={create.isPending || update.isPending} width={720} destroyOnHidden>
      {other.length > 0 && <Alert type="error" showIcon title={other.join('; ')} style={{ marginBottom: 16 }} data-testid="form-problems" />}
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} data-testid="survey-form-modal">
        <Form.Item name="expectedUpdatedAt" hidden><Input /></Form.Item>
        <Form.Item name="title" label={t('insights.surveys.name')} rules={[{ required: true, message: t('insights.answer.required') }]}><Input maxLength={300} /></Form.Item>
        <Form.Item name="kind" label={t('insights.surveys.kind')} extra={kind === 'CUSTOM' ? null : t('insights.surveys.templateHint')}>
          <Select disabled={editing} options={(['PULSE', 'ENGAGEMENT', 'CUSTOM'] as const).map((k) => ({ value: k, label: t(`insights.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="audienceUnitIds" label={t('insights.surveys.units')} extra={t('insights.surveys.unitsHint')}>
          <TreeSelect treeData={tree} multiple allowClear treeDefaultExpandAll placeholder={t('insights.surveys.everyone')} />
        </Form.Item>
        <Form.Item name="audienceLevels" label={t('insights.surveys.levels')}><Select mode="tags" placeholder={t('insights.surveys.everyLevel')} /></Form.Item>
        <Form.Item name="closesOn" label={t('insights.surveys.closesOn')}><DatePicker /></Form.Item>
        {kind === 'CUSTOM' && (
          <Form.List name="questions">
            {(fields, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {fields.map((f, i) => (
                  <Space key={f.key} align="start" wrap data-testid="question-row">
                    <Form.Item name={[f.name, 'kind']} label={t('insights.surveys.questionKind', { n: i + 1 })} rules={[{ required: true, message: t('insights.answer.required') }]}>
                      <Select style={{ width: 150 }} options={KINDS.map((k) => ({ value: k, label: t(`insights.qkind.${k}`) }))} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'en']} label={t('insights.surveys.textEn')} rules={[{ required: true, message: t('insights.answer.required') }]}><Input style={{ width: 220 }} /></Form.Item>
                    <Form.Item name={[f.name, 'zh']} label={t('insights.surveys.textZh')}><Input style={{ width: 180 }} /></Form.Item>
                    <Form.Item name={[f.name, 'options']} label={t('insights.surveys.options')}><Input.TextArea rows={2} style={{ width: 160 }} placeholder={t('insights.surveys.optionsHint')} /></Form.Item>
                    <Button type="text" aria-label={t('insights.surveys.removeQuestion')} icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Form.Item name="questions" style={{ marginBottom: 0 }}><Button icon={<PlusOutlined />} onClick={() => add({ kind: 'LIKERT' })}>{t('insights.surveys.addQuestion')}</Button></Form.Item>
              </Space>
            )}
          </Form.List>
        )}
      </Form>
    </Modal>
  );
}
