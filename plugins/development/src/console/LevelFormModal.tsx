// Adding a level to a career ladder or editing one (development.ladders.write): code, rank, title,
// description and the skills it expects. upsertCareerLevel replaces the level with the same code,
// so an edited level's code stays as it is, and a new level named like an existing one says it
// will replace it. The API's refusals show on their fields (a code of another ladder, a skill twice).
// An edited level can be deleted (confirmed); the API's refusal (a plan still targets it) shows here.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { setFormErrors, toFormErrors, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Alert, Button, Col, Form, Input, InputNumber, Modal, Popconfirm, Row, Select, Space } from 'antd';
import { useState } from 'react';
import { DELETE_LEVEL, SKILLS, UPSERT_LEVEL } from './api.js';
import { useT } from './i18n.js';
import { initialLevelValues, levelInput, type LevelValues } from './ladder-levels.js';
import type { CareerLadder, CareerLevel } from './types.js';

const FIELDS = ['code', 'rank', 'title', 'description', 'expectations'];
const LEVELS = [0, 1, 2, 3, 4, 5];

export function LevelFormModal({ ladder, level, onClose, onSaved, onDeleted }: { ladder: CareerLadder; level: CareerLevel | null; onClose(): void; onSaved(level: CareerLevel): void; onDeleted?(level: CareerLevel): void }) {
  const t = useT();
  const [form] = Form.useForm<LevelValues>();
  const [other, setOther] = useState<string[]>([]);
  const skills = useCadreQuery(SKILLS, {});
  const upsert = useCadreMutation(UPSERT_LEVEL, { invalidates: [['DevelopmentLadders']] });
  const remove = useCadreMutation(DELETE_LEVEL, { invalidates: [['DevelopmentLadders'], ['DevelopmentPlans'], ['DevelopmentPlan']] });

  const deleteLevel = async () => {
    if (!level) return;
    setOther([]);
    const result = await remove.mutate({ id: level.id });
    if (result.data?.deleteCareerLevel) return onDeleted?.(level);
    setOther((result.errors ?? []).map((e) => e.message));
  };

  const submit = async (v: LevelValues) => {
    setOther([]);
    // An edit sends the version it was filled from: saving over someone else's newer edit is refused.
    const result = await upsert.mutate({ input: { ...levelInput(ladder.id, v), expectedUpdatedAt: level?.updatedAt ?? null } });
    if (result.data) return onSaved(result.data.upsertCareerLevel);
    const { fields, other: rest } = toFormErrors(result.errors, FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };

  const categories = new Map<string, Array<{ value: string; label: string }>>();
  for (const s of skills.data?.skills ?? []) categories.set(s.categoryName, [...(categories.get(s.categoryName) ?? []), { value: s.id, label: s.name }]);
  const skillOptions = [...categories].map(([label, options]) => ({ label, options }));
  // Saving a new level under an existing code replaces that level: said before it happens.
  const replaces = (code: string | undefined) => ladder.levels.find((l) => l.code === code?.trim());
  const title = level ? t('development.levelForm.editTitle', { code: level.code, ladder: ladder.name }) : t('development.levelForm.new', { ladder: ladder.name });

  return (
    <Modal open width={720} title={title} onCancel={onClose} onOk={() => form.submit()} okText={t(level ? 'development.save' : 'development.create')} cancelText={t('development.cancel')}
      confirmLoading={upsert.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'level-form-ok' }}
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {level && (
            <Popconfirm title={t('development.levelForm.deleteConfirm', { code: level.code })} okText={t('development.levelForm.delete')} cancelText={t('development.cancel')}
              okButtonProps={{ danger: true, 'data-testid': 'level-delete-confirm' }} onConfirm={() => void deleteLevel()}>
              <Button danger style={{ float: 'left' }} loading={remove.isPending} data-testid="level-delete">{t('development.levelForm.delete')}</Button>
            </Popconfirm>
          )}
          <CancelBtn />
          <OkBtn />
        </>
      )}>
      {other.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={other.join('; ')} data-testid="level-form-error" />}
      <Form<LevelValues> form={form} layout="vertical" initialValues={initialLevelValues(level, ladder.levels)} onFinish={(v) => void submit(v)} data-testid="level-form">
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="code" label={t('development.levelForm.code')} extra={level ? t('development.levelForm.codeFixed') : t('development.levelForm.codeHint')}
              rules={[
                { required: true, whitespace: true, message: t('development.required') },
                ...(level ? [] : [{ warningOnly: true, validator: async (_: unknown, code: string | undefined) => {
                  const same = replaces(code);
                  if (same) throw new Error(t('development.levelForm.replaces', { code: same.code, title: same.title }));
                } }]),
              ]}>
              <Input maxLength={20} disabled={!!level} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="rank" label={t('development.levelForm.rank')} extra={t('development.levelForm.rankHint')} rules={[{ required: true, message: t('development.required') }]}>
              <InputNumber precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={t('development.levelForm.title')} rules={[{ required: true, whitespace: true, message: t('development.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('development.levelForm.description')}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Form.Item label={t('development.levelForm.expectations')} extra={t('development.levelForm.expectationsHint')}>
          <Form.List name="expectations">
            {(rows, { add, remove }, { errors }) => (
              <>
                {rows.map(({ key, name }) => (
                  <Space key={key} align="baseline" style={{ display: 'flex' }} data-testid="level-skill-row">
                    <Form.Item name={[name, 'skillId']} rules={[{ required: true, message: t('development.required') }]}>
                      <Select aria-label={t('development.ladders.skill')} placeholder={t('development.ladders.skill')} showSearch={{ optionFilterProp: 'label' }} options={skillOptions} style={{ width: 340 }} />
                    </Form.Item>
                    <Form.Item name={[name, 'level']} rules={[{ required: true, message: t('development.required') }]}>
                      <Select aria-label={t('development.levelForm.level')} placeholder={t('development.levelForm.level')} options={LEVELS.map((l) => ({ value: l, label: String(l) }))} style={{ width: 110 }} />
                    </Form.Item>
                    <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(name)} aria-label={t('development.levelForm.removeSkill')} />
                  </Space>
                ))}
                {errors.length > 0 && <div data-testid="level-skills-error"><Form.ErrorList errors={errors} /></div>}
                <Button icon={<PlusOutlined />} onClick={() => add({ level: 3 })} data-testid="add-level-skill">{t('development.levelForm.addSkill')}</Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
