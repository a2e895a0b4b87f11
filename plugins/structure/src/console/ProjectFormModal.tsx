// Creating or editing a project: its facts, headcount range, priority (with what the scale
// means to the staffing optimiser) and skill requirements. Owner units are those the account may
// manage (the API's rule, through useStaffingUnits); the facts and the requirements are two
// mutations, so a failed second step leaves the modal open on the saved project.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { setFormErrors, toFormErrors, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Alert, Button, Col, Form, Input, InputNumber, Modal, Row, Select, Space } from 'antd';
import { useState } from 'react';
import { CREATE_PROJECT, SET_REQUIREMENTS, SKILL_CATEGORIES, UPDATE_PROJECT } from './api.js';
import { useT } from './i18n.js';
import type { Project, ProjectStatus, RequirementInput } from './types.js';
import { UnitSelect } from './UnitSelect.js';
import { useStaffingUnits } from './useStaffingUnits.js';

interface Values {
  name: string; description?: string; ownerUnitId?: string | null; status: ProjectStatus; priority: number;
  headcountMin: number; headcountMax: number; startDate?: string; endDate?: string; requirements: RequirementInput[];
  /** The version the form was filled from: a save over someone else's change is refused (CONFLICT). */
  expectedUpdatedAt?: string;
}

const FIELDS = ['name', 'description', 'ownerUnitId', 'status', 'priority', 'headcountMin', 'headcountMax', 'startDate', 'endDate', 'requirements'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function ProjectFormModal({ project, onClose, onSaved }: { project: Project | null; onClose(): void; onSaved(project: Project): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const [savedId, setSavedId] = useState<string | null>(project?.id ?? null);
  const scope = useStaffingUnits();
  const skills = useCadreQuery(SKILL_CATEGORIES, {});
  const create = useCadreMutation(CREATE_PROJECT);
  const update = useCadreMutation(UPDATE_PROJECT);
  const setReqs = useCadreMutation(SET_REQUIREMENTS);

  const fail = (errors: Parameters<typeof toFormErrors>[0]) => {
    const { fields, other: rest } = toFormErrors(errors, FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };
  const submit = async ({ requirements, expectedUpdatedAt, ...v }: Values) => {
    setOther([]);
    const input = { ...v, description: v.description || null, ownerUnitId: v.ownerUnitId ?? null, startDate: v.startDate || null, endDate: v.endDate || null };
    const facts = savedId ? await update.mutate({ id: savedId, input: { ...input, expectedUpdatedAt: expectedUpdatedAt ?? null } }) : await create.mutate({ input });
    const saved = facts.data && ('updateProject' in facts.data ? facts.data.updateProject : facts.data.createProject);
    if (!saved) return fail(facts.errors);
    setSavedId(saved.id);
    // If the requirements fail and the form is saved again, it edits the version it just saved.
    form.setFieldValue('expectedUpdatedAt', saved.updatedAt);
    const reqs = await setReqs.mutate({ input: { projectId: saved.id, requirements: (requirements ?? []).map((r) => ({ skillId: r.skillId, minLevel: r.minLevel, weight: r.weight ?? 1 })) } });
    if (!reqs.data) return fail(reqs.errors);
    onSaved(reqs.data.setProjectRequirements);
  };

  const initial: Partial<Values> = project
    ? { name: project.name, description: project.description ?? '', ownerUnitId: project.ownerUnitId, status: project.status, priority: project.priority, headcountMin: project.headcountMin,
        headcountMax: project.headcountMax, startDate: project.startDate ?? '', endDate: project.endDate ?? '', requirements: project.requirements.map(({ skillId, minLevel, weight }) => ({ skillId, minLevel, weight })),
        expectedUpdatedAt: project.updatedAt }
    : { status: 'PLANNED', priority: 3, headcountMin: 1, headcountMax: 3, ownerUnitId: scope.preferred, requirements: [] };
  const skillOptions = (skills.data?.skillCategories ?? []).map((c) => ({ label: c.name, options: c.skills.map((s) => ({ value: s.id, label: s.name })) }));
  const dateRule = { pattern: DATE, message: t('structure.projectForm.dateFormat') };

  return (
    <Modal open width={760} title={project ? t('structure.projectForm.editTitle', { name: project.name }) : t('structure.projectForm.new')} onCancel={onClose} onOk={() => form.submit()}
      okText={t(project ? 'structure.save' : 'structure.create')} cancelText={t('structure.cancel')} confirmLoading={create.isPending || update.isPending || setReqs.isPending} destroyOnHidden
      okButtonProps={{ 'data-testid': 'project-form-ok' }}>
      {other.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={other.join('; ')} data-testid="project-form-error" />}
      {scope.isLoading ? null : (
        <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)} data-testid="project-form">
          <Form.Item name="expectedUpdatedAt" hidden><Input /></Form.Item>
          <Form.Item name="name" label={t('structure.projects.name')} rules={[{ required: true, whitespace: true, message: t('structure.required') }]}><Input maxLength={200} /></Form.Item>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="ownerUnitId" label={t('structure.projects.owner')} extra={scope.whole ? undefined : t('structure.projectForm.ownerHint')}>
                <UnitSelect units={scope.units} value={undefined} onChange={() => undefined} allowClear={scope.whole} style={{ width: '100%' }} placeholder={t('structure.projectForm.noOwner')} testId="project-owner" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="status" label={t('structure.projects.status')}>
                <Select options={(['PLANNED', 'ACTIVE', 'CLOSED'] as const).map((s) => ({ value: s, label: t(`structure.projectStatus.${s}`) }))} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="priority" label={t('structure.projects.priority')} tooltip={t('structure.projectForm.priorityHelp')} extra={t('structure.priorityHint')}>
                <Select data-testid="project-priority" options={[1, 2, 3, 4, 5].map((p) => ({ value: p, label: `P${p} · ${t(`structure.priority.${p}`)}` }))} />
              </Form.Item>
            </Col>
            <Col span={6}><Form.Item name="headcountMin" label={t('structure.projectForm.headcountMin')}><InputNumber min={0} max={500} style={{ width: '100%' }} /></Form.Item></Col>
            <Col span={6}><Form.Item name="headcountMax" label={t('structure.projectForm.headcountMax')}><InputNumber min={1} max={500} style={{ width: '100%' }} /></Form.Item></Col>
            <Col span={6}><Form.Item name="startDate" label={t('structure.projectForm.start')} rules={[dateRule]}><Input placeholder="YYYY-MM-DD" /></Form.Item></Col>
            <Col span={6}><Form.Item name="endDate" label={t('structure.projectForm.end')} rules={[dateRule]}><Input placeholder="YYYY-MM-DD" /></Form.Item></Col>
          </Row>
          <Form.Item name="description" label={t('structure.project.description')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
          <Form.Item label={t('structure.projects.requirements')} extra={t('structure.projectForm.requirementsHint')}>
            <Form.List name="requirements">
              {(rows, { add, remove }) => (
                <>
                  {rows.map(({ key, name }) => (
                    <Space key={key} align="baseline" style={{ display: 'flex' }} data-testid="requirement-row">
                      <Form.Item name={[name, 'skillId']} rules={[{ required: true, message: t('structure.required') }]}>
                        <Select aria-label={t('structure.project.skill')} placeholder={t('structure.project.skill')} showSearch={{ optionFilterProp: 'label' }} options={skillOptions} style={{ width: 300 }} />
                      </Form.Item>
                      <Form.Item name={[name, 'minLevel']} rules={[{ required: true, message: t('structure.required') }]}>
                        <InputNumber aria-label={t('structure.project.minLevel')} placeholder={t('structure.project.minLevel')} min={1} max={5} style={{ width: 130 }} />
                      </Form.Item>
                      <Form.Item name={[name, 'weight']}>
                        <InputNumber aria-label={t('structure.project.weight')} placeholder={t('structure.project.weight')} min={0.1} max={10} step={0.5} style={{ width: 110 }} />
                      </Form.Item>
                      <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(name)} aria-label={t('structure.projectForm.removeRequirement')} />
                    </Space>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ minLevel: 3, weight: 1 })} data-testid="add-requirement">{t('structure.projectForm.addRequirement')}</Button>
                </>
              )}
            </Form.List>
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
