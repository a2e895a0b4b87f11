// Creating a course (everything it is: kind, provider, programme, hours, seats, cost per learner,
// dates, what it teaches) or editing one (what the API lets change: title, description, seats,
// dates, skills, whether it is offered). Field refusals from the API show on their fields.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { setFormErrors, toFormErrors, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Alert, Button, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { CREATE_COURSE, PROGRAMMES, SKILLS, UPDATE_COURSE } from './api.js';
import { useT } from './i18n.js';
import { COURSE_KINDS, type Course, type CourseInput, type CourseKind } from './types.js';

interface Values {
  title: string; kind: CourseKind; provider?: string; programmeId?: string | null; durationHours: number; capacity?: number | null; cost?: number | null; currency: string;
  startsOn?: string; endsOn?: string; description?: string; active: boolean; skills: Array<{ skillId: string; level: number }>;
  /** The version the form was filled from: a save over someone else's change is refused (CONFLICT). */
  expectedUpdatedAt?: string;
}
const FIELDS = ['title', 'kind', 'provider', 'programmeId', 'durationHours', 'capacity', 'cost', 'startsOn', 'endsOn', 'description', 'active', 'skills'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function CourseFormModal({ course, onClose, onSaved }: { course: Course | null; onClose(): void; onSaved(course: Course): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const skills = useCadreQuery(SKILLS, {});
  const programmes = useCadreQuery(PROGRAMMES, {});
  const create = useCadreMutation(CREATE_COURSE, { invalidates: [['DevelopmentCoursesPage'], ['DevelopmentCourse'], ['DevelopmentProgrammes']] });
  const update = useCadreMutation(UPDATE_COURSE, { invalidates: [['DevelopmentCoursesPage'], ['DevelopmentCourse'], ['DevelopmentProgrammes']] });

  const submit = async (v: Values) => {
    setOther([]);
    // What creating and editing share (kind, provider, programme, hours and cost are set once).
    const common: Pick<CourseInput, 'title' | 'description' | 'skills' | 'capacity' | 'startsOn' | 'endsOn'> = {
      title: v.title, description: v.description ?? '', skills: v.skills ?? [], capacity: v.capacity ?? null, startsOn: v.startsOn || null, endsOn: v.endsOn || null,
    };
    const result = course
      ? await update.mutate({ id: course.id, input: { ...common, active: v.active, expectedUpdatedAt: v.expectedUpdatedAt ?? null } })
      : await create.mutate({ input: {
          ...common, kind: v.kind, provider: v.provider ?? '', programmeId: v.programmeId ?? null, durationHours: v.durationHours,
          cost: v.cost ? { amount: Math.round(v.cost * 100), currency: v.currency } : null,
        } });
    const saved = result.data && ('updateCourse' in result.data ? result.data.updateCourse : result.data.createCourse);
    if (saved) return onSaved(saved);
    const { fields, other: rest } = toFormErrors(result.errors, FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };

  const initial: Partial<Values> = course
    ? { title: course.title, description: course.description, capacity: course.capacity, startsOn: course.startsOn ?? '', endsOn: course.endsOn ?? '', active: course.active,
        skills: course.skills.map((s) => ({ skillId: s.skillId, level: s.level })), expectedUpdatedAt: course.updatedAt }
    : { kind: 'INTERNAL', durationHours: 8, currency: 'CNY', active: true, skills: [] };
  const categories = new Map<string, Array<{ value: string; label: string }>>();
  for (const s of skills.data?.skills ?? []) categories.set(s.categoryName, [...(categories.get(s.categoryName) ?? []), { value: s.id, label: s.name }]);
  const skillOptions = [...categories].map(([label, options]) => ({ label, options }));
  const dateRule = { pattern: DATE, message: t('development.courseForm.dateFormat') };
  const pending = create.isPending || update.isPending;

  return (
    <Modal open width={760} title={course ? t('development.courseForm.editTitle', { title: course.title }) : t('development.courseForm.new')} onCancel={onClose} onOk={() => form.submit()}
      okText={t(course ? 'development.save' : 'development.create')} cancelText={t('development.cancel')} confirmLoading={pending} destroyOnHidden okButtonProps={{ 'data-testid': 'course-form-ok' }}>
      {other.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={other.join('; ')} data-testid="course-form-error" />}
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)} data-testid="course-form">
        <Form.Item name="expectedUpdatedAt" hidden><Input /></Form.Item>
        <Form.Item name="title" label={t('development.courseForm.title')} rules={[{ required: true, whitespace: true, message: t('development.required') }]}><Input maxLength={300} /></Form.Item>
        <Row gutter={16}>
          {!course && (
            <>
              <Col span={8}>
                <Form.Item name="kind" label={t('development.courses.kind')}>
                  <Select options={COURSE_KINDS.map((k) => ({ value: k, label: t(`development.courseKind.${k}`) }))} />
                </Form.Item>
              </Col>
              <Col span={8}><Form.Item name="provider" label={t('development.courseForm.provider')}><Input maxLength={200} /></Form.Item></Col>
              <Col span={8}>
                <Form.Item name="programmeId" label={t('development.courseForm.programme')}>
                  <Select allowClear placeholder={t('development.courseForm.noProgramme')} options={(programmes.data?.programmes ?? []).map((p) => ({ value: p.id, label: p.title }))} />
                </Form.Item>
              </Col>
              <Col span={6}><Form.Item name="durationHours" label={t('development.courses.hours')}><InputNumber min={1} max={2000} style={{ width: '100%' }} /></Form.Item></Col>
              <Col span={6}><Form.Item name="cost" label={t('development.courseForm.cost')} extra={t('development.courseForm.costHint')}><InputNumber min={0} step={100} style={{ width: '100%' }} /></Form.Item></Col>
              <Col span={4}><Form.Item name="currency" label={t('development.courseForm.currency')}><Select options={['CNY', 'USD', 'EUR', 'SGD', 'HKD'].map((c) => ({ value: c, label: c }))} /></Form.Item></Col>
            </>
          )}
          <Col span={course ? 6 : 8}><Form.Item name="capacity" label={t('development.courses.seats')} extra={t('development.courseForm.capacityHint')}><InputNumber min={1} max={10000} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={course ? 6 : 12}><Form.Item name="startsOn" label={t('development.courseForm.startsOn')} rules={[dateRule]}><Input placeholder="YYYY-MM-DD" /></Form.Item></Col>
          <Col span={course ? 6 : 12}><Form.Item name="endsOn" label={t('development.courseForm.endsOn')} rules={[dateRule]}><Input placeholder="YYYY-MM-DD" /></Form.Item></Col>
          {course && <Col span={6}><Form.Item name="active" label={t('development.courseForm.active')} valuePropName="checked"><Switch /></Form.Item></Col>}
        </Row>
        <Form.Item name="description" label={t('development.courseForm.description')}><Input.TextArea rows={2} maxLength={10000} /></Form.Item>
        <Form.Item label={t('development.courses.teaches')} extra={t('development.courseForm.skillsHint')}>
          <Form.List name="skills">
            {(rows, { add, remove }) => (
              <>
                {rows.map(({ key, name }) => (
                  <Space key={key} align="baseline" style={{ display: 'flex' }} data-testid="course-skill-row">
                    <Form.Item name={[name, 'skillId']} rules={[{ required: true, message: t('development.required') }]}>
                      <Select aria-label={t('development.courses.skill')} placeholder={t('development.courses.skill')} showSearch={{ optionFilterProp: 'label' }} options={skillOptions} style={{ width: 320 }} />
                    </Form.Item>
                    <Form.Item name={[name, 'level']} rules={[{ required: true, message: t('development.required') }]}>
                      <InputNumber aria-label={t('development.courseForm.level')} placeholder={t('development.courseForm.level')} min={1} max={5} style={{ width: 130 }} />
                    </Form.Item>
                    <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(name)} aria-label={t('development.courseForm.removeSkill')} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ level: 3 })} data-testid="add-course-skill">{t('development.courseForm.addSkill')}</Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
