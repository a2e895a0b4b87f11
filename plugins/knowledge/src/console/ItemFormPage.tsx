// Create or edit a knowledge item: title, kind, visibility, authors, skill tags, reference,
// links and a markdown body. The API's validation messages land on the fields they name; an
// edit keeps the previous state as a version (with an optional note of what changed).
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { type ConsolePageProps, fieldProblems, problemLine, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { errorText, LoadFailed, Page, PageLoading, PeopleSelect } from '@cadre/sdk/console/kit';
import { Alert, App, Button, Col, Form, Input, Radio, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { CREATE_ITEM, ITEM_ONE, UPDATE_ITEM } from './api.js';
import { useT } from './i18n.js';
import { SkillSelect } from './SkillSelect.js';
import { ITEM_KINDS, type Item, type ItemInput, type ItemKind, type Visibility } from './types.js';

interface Values {
  title: string;
  kind: ItemKind;
  visibility: Visibility;
  reference?: string;
  skillIds: string[];
  authorIds: string[];
  links: Array<{ title: string; url: string }>;
  body: string;
  note?: string;
  /** The version the form was filled from: a save over someone else's edit is refused (CONFLICT). */
  expectedUpdatedAt?: string;
}

const FIELDS = ['title', 'kind', 'visibility', 'reference', 'skillIds', 'authorIds', 'links', 'body', 'note'];

export default function ItemFormPage({ params }: ConsolePageProps) {
  const id = params.id;
  const existing = useCadreQuery(ITEM_ONE, { id: id ?? '' }, { enabled: !!id });
  if (id && existing.isLoading && !existing.data) return <PageLoading />;
  if (id && !existing.data) return <LoadFailed error={existing.error} retry={existing.refetch} />;
  return <ItemForm item={existing.data?.knowledgeItem ?? null} />;
}

function ItemForm({ item }: { item: Item | null }) {
  const t = useT();
  const { navigate } = useCadre();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string | null>(null);
  const create = useCadreMutation(CREATE_ITEM);
  const update = useCadreMutation(UPDATE_ITEM);

  const initial: Values = item
    ? { title: item.title, kind: item.kind, visibility: item.visibility, reference: item.reference ?? '', skillIds: item.skills.map((s) => s.id), authorIds: item.authors.map((a) => a.id), links: item.links, body: item.body, expectedUpdatedAt: item.updatedAt }
    : { title: '', kind: 'TECH_BLOG', visibility: 'PRIVATE', reference: '', skillIds: [], authorIds: [], links: [], body: '' };

  const onFinish = async (v: Values) => {
    setOther(null);
    const input: ItemInput = {
      title: v.title.trim(), kind: v.kind, visibility: v.visibility, body: v.body, reference: v.reference?.trim() || null, skillIds: v.skillIds,
      links: (v.links ?? []).filter((l) => l && l.url), ...(v.authorIds.length ? { authorIds: v.authorIds } : {}),
    };
    const result = item ? await update.mutate({ id: item.id, input: { ...input, note: v.note?.trim() || undefined, expectedUpdatedAt: v.expectedUpdatedAt ?? null } }) : await create.mutate({ input });
    const saved = result.data ? ('createKnowledgeItem' in result.data ? result.data.createKnowledgeItem : result.data.updateKnowledgeItem) : null;
    if (saved) {
      void message.success(t('knowledge.form.saved'));
      navigate(`/knowledge/items/${saved.id}`);
      return;
    }
    const problems = fieldProblems(result.errors);
    const onFields = problems.filter((p) => FIELDS.includes(p.field.split('.')[0]!));
    form.setFields(onFields.map((p) => ({ name: p.field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)) as any, errors: [p.message] })));
    const rest = problems.length ? problems.filter((p) => !onFields.includes(p)).map(problemLine).join('; ') : errorText(result.errors);
    if (rest) setOther(rest);
  };

  return (
    <Page title={item ? t('knowledge.form.editTitle', { title: item.title }) : t('knowledge.form.newTitle')}>
      {other && <Alert type="error" showIcon role="alert" title={other} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void onFinish(v)} requiredMark="optional">
        <Form.Item name="expectedUpdatedAt" hidden><Input /></Form.Item>
        <Row gutter={16}>
          <Col xs={24} lg={14}>
            <Form.Item name="title" label={t('knowledge.form.title')} rules={[{ required: true, whitespace: true, message: t('knowledge.form.required') }]}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={12} lg={5}>
            <Form.Item name="kind" label={t('knowledge.form.kind')} rules={[{ required: true }]}>
              <Select options={ITEM_KINDS.map((k) => ({ value: k, label: t(`knowledge.kind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} lg={5}>
            <Form.Item name="reference" label={t('knowledge.form.reference')} tooltip={t('knowledge.form.referenceHint')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="visibility" label={t('knowledge.form.visibility')}>
          <Radio.Group optionType="button" options={(['PRIVATE', 'UNIT', 'TENANT'] as const).map((v) => ({ value: v, label: t(`knowledge.visibility.${v}`) }))} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Form.Item name="authorIds" label={t('knowledge.form.authors')} extra={t('knowledge.form.authorsHint')}>
              <PeopleSelect known={item?.authors ?? []} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item name="skillIds" label={t('knowledge.form.skills')}>
              <SkillSelect multiple showCounts={false} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="body" label={t('knowledge.form.body')} extra={t('knowledge.form.bodyHint')} rules={[{ required: true, whitespace: true, message: t('knowledge.form.required') }]}>
          <Input.TextArea autoSize={{ minRows: 12, maxRows: 30 }} style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' }} />
        </Form.Item>
        <Typography.Text strong>{t('knowledge.form.links')}</Typography.Text>
        <Form.List name="links">
          {(fields, { add, remove }) => (
            <div style={{ marginTop: 8, marginBottom: 16 }}>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'title']} style={{ width: 260 }}><Input placeholder={t('knowledge.form.linkTitle')} /></Form.Item>
                  <Form.Item name={[f.name, 'url']} style={{ width: 420 }} rules={[{ type: 'url', message: t('knowledge.form.badUrl') }]}><Input placeholder="https://…" /></Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('knowledge.form.removeLink')} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '', url: '' })}>{t('knowledge.form.addLink')}</Button>
            </div>
          )}
        </Form.List>
        {item && (
          <Form.Item name="note" label={t('knowledge.form.note')} extra={t('knowledge.form.noteHint')}>
            <Input maxLength={500} />
          </Form.Item>
        )}
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>{item ? t('knowledge.form.save') : t('knowledge.form.create')}</Button>
          <Button onClick={() => navigate(item ? `/knowledge/items/${item.id}` : '/knowledge')}>{t('knowledge.cancel')}</Button>
        </Space>
      </Form>
    </Page>
  );
}
