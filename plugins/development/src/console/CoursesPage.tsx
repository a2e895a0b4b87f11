// Courses and programmes: internal and external courses, expert sessions and cross-training,
// what each teaches (skill → level), cost per learner, seats, ratings; enrol, complete and rate.
import { PlusOutlined, ReadOutlined } from '@ant-design/icons';
import { formatMoney, useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Muted, NavLink } from '@cadre/sdk/console/kit';
import { App, Button, Card, Flex, Rate, Segmented, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { COURSES, PROGRAMMES } from './api.js';
import { CourseFormModal } from './CourseFormModal.js';
import { ProgrammeFormModal } from './ProgrammeFormModal.js';
import { EnrolActions } from './EnrolActions.js';
import { useT } from './i18n.js';
import { COURSE_KINDS, type Course, type CourseKind } from './types.js';
import { CourseKindTag } from './StatusTags.js';

export default function CoursesPage() {
  const t = useT();
  const { locale, can, navigate } = useCadre();
  const { message } = App.useApp();
  const [creating, setCreating] = useState<'course' | 'programme' | null>(null);
  const [kind, setKind] = useState<CourseKind | null>(null);
  const [programmeId, setProgrammeId] = useState<string>('all');
  const [skillId, setSkillId] = useState<string | null>(null);
  const [activeOnly, setActiveOnly] = useState(true);
  const programmes = useCadreQuery(PROGRAMMES, {});
  const all = useCadreQuery(COURSES, { filter: {} });
  const { data, error, isLoading, refetch } = useCadreQuery(COURSES, { filter: { kind, skillId, activeOnly, programmeId: programmeId === 'all' ? null : programmeId } });
  if (error && !data) return <LoadFailed error={error} retry={refetch} />;
  const skills = new Map<string, string>();
  for (const c of all.data?.courses ?? []) for (const s of c.skills) skills.set(s.skillId, s.skillName);
  const programmeTitle = new Map((programmes.data?.programmes ?? []).map((p) => [p.id, p.title]));

  return (
    <Card
      title={<Space><ReadOutlined />{t('development.courses.title')}</Space>}
      extra={can('development.courses.write') && (
        <Space>
          <Button icon={<PlusOutlined />} onClick={() => setCreating('programme')} data-testid="new-programme">{t('development.courses.newProgramme')}</Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating('course')} data-testid="new-course">{t('development.courses.new')}</Button>
        </Space>
      )}
    >
      <Segmented
        style={{ marginBottom: 12 }}
        value={programmeId}
        onChange={(v) => setProgrammeId(String(v))}
        options={[{ value: 'all', label: t('development.courses.allCourses') }, ...(programmes.data?.programmes ?? []).map((p) => ({ value: p.id, label: `${p.title} (${p.courses.length})` }))]}
      />
      {programmeId !== 'all' && <Typography.Paragraph type="secondary">{programmes.data?.programmes.find((p) => p.id === programmeId)?.description}</Typography.Paragraph>}
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Select aria-label={t('development.courses.kind')} placeholder={t('development.courses.kind')} allowClear style={{ width: 190 }} value={kind ?? undefined} onChange={(v) => setKind(v ?? null)}
          options={COURSE_KINDS.map((k) => ({ value: k, label: t(`development.courseKind.${k}`) }))} />
        <Select aria-label={t('development.courses.skill')} placeholder={t('development.courses.skill')} allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 240 }}
          value={skillId ?? undefined} onChange={(v) => setSkillId(v ?? null)} options={[...skills].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label))} />
        <Space><Switch checked={activeOnly} onChange={setActiveOnly} aria-label={t('development.courses.activeOnly')} /><Typography.Text>{t('development.courses.activeOnly')}</Typography.Text></Space>
      </Flex>
      <Table<Course>
        rowKey="id"
        size="middle"
        loading={isLoading}
        dataSource={data?.courses ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1100 }}
        columns={[
          {
            title: t('development.courses.course'), width: 300,
            render: (_, c) => (
              <Flex vertical>
                <Space size={4} wrap><CourseKindTag value={c.kind} /><NavLink to={`/development/courses/${c.id}`} testId="course-link">{c.title}</NavLink></Space>
                <Muted>{[c.provider, c.programmeId ? programmeTitle.get(c.programmeId) : null].filter(Boolean).join(' · ')}</Muted>
              </Flex>
            ),
          },
          { title: t('development.courses.teaches'), render: (_, c) => <Space size={[4, 4]} wrap>{c.skills.map((s) => <Tag key={s.skillId}>{s.skillName} → {s.level}</Tag>)}</Space> },
          { title: t('development.courses.hours'), dataIndex: 'durationHours', width: 70, align: 'right' },
          { title: t('development.courses.cost'), width: 120, align: 'right', render: (_, c) => (c.cost.amount ? formatMoney(c.cost.amount, c.cost.currency, locale) : t('development.courses.free')) },
          { title: t('development.courses.dates'), width: 120, render: (_, c) => (c.startsOn ? <Muted>{c.startsOn}{c.endsOn && c.endsOn !== c.startsOn ? ` → ${c.endsOn}` : ''}</Muted> : <Muted>{t('development.courses.selfPaced')}</Muted>) },
          { title: t('development.courses.seats'), width: 100, align: 'right', render: (_, c) => (c.capacity ? `${c.enrolledCount} / ${c.capacity}` : c.enrolledCount) },
          { title: t('development.courses.rating'), width: 170, render: (_, c) => (c.averageRating ? <Space size={4} style={{ whiteSpace: 'nowrap' }}><Rate disabled allowHalf value={Math.round(c.averageRating * 2) / 2} style={{ fontSize: 10 }} /><Muted>({c.feedbackCount})</Muted></Space> : <Muted>—</Muted>) },
          { title: t('development.courses.me'), width: 230, render: (_, c) => <EnrolActions course={c} /> },
        ]}
      />
      {creating === 'course' && (
        <CourseFormModal course={null} onClose={() => setCreating(null)} onSaved={(c) => { setCreating(null); void message.success(t('development.courses.created', { title: c.title })); navigate(`/development/courses/${c.id}`); }} />
      )}
      {creating === 'programme' && (
        <ProgrammeFormModal onClose={() => setCreating(null)} onSaved={(p) => { setCreating(null); setProgrammeId(p.id); void message.success(t('development.programmes.created', { title: p.title })); }} />
      )}
    </Card>
  );
}
