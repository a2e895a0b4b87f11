// Courses and programmes: internal and external courses, expert sessions and cross-training,
// what each teaches (skill → level), cost per learner, seats, ratings; enrol, complete and rate.
import { PlusOutlined, ReadOutlined } from '@ant-design/icons';
import { dataOrThrow, formatMoney, useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Muted, NavLink, Page, useServerList } from '@cadre/sdk/console/kit';
import { App, Button, Flex, Rate, Segmented, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { COURSES_PAGE, PROGRAMMES, SKILLS } from './api.js';
import { CourseFormModal } from './CourseFormModal.js';
import { ProgrammeFormModal } from './ProgrammeFormModal.js';
import { EnrolActions } from './EnrolActions.js';
import { useT } from './i18n.js';
import { COURSE_KINDS, type Course, type CourseSortField } from './types.js';
import { CourseKindTag } from './StatusTags.js';

/** The catalogue paged, sorted and filtered on the server, its state in the URL (?kind, skill, programme, active=all, sort, page). */
export default function CoursesPage() {
  const t = useT();
  const { locale, can, navigate, request } = useCadre();
  const { message } = App.useApp();
  const [creating, setCreating] = useState<'course' | 'programme' | null>(null);
  const programmes = useCadreQuery(PROGRAMMES, {});
  const skillList = useCadreQuery(SKILLS, {});
  const list = useServerList<Course, 'kind' | 'skill' | 'programme' | 'active', CourseSortField>({
    key: 'DevelopmentCoursesPage',
    filters: ['kind', 'skill', 'programme', 'active'],
    sorts: ['TITLE', 'DURATION', 'KIND', 'CREATED_AT'],
    defaultSort: { field: 'TITLE', direction: 'ASC' },
    fetch: async ({ filter, sort, first, after }) => {
      const kind = COURSE_KINDS.find((k) => k === filter.kind) ?? null;
      const variables = { filter: { kind, skillId: filter.skill ?? null, programmeId: filter.programme ?? null, activeOnly: filter.active !== 'all' }, sort, first, after };
      return dataOrThrow(await request(COURSES_PAGE, variables)).coursesPage;
    },
  });
  if (list.error && !list.data) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;
  const kind = COURSE_KINDS.find((k) => k === list.filter.kind);
  const programmeId = list.filter.programme ?? 'all';
  const programmeTitle = new Map((programmes.data?.programmes ?? []).map((p) => [p.id, p.title]));

  return (
    <Page
      icon={<ReadOutlined />}
      title={t('development.courses.title')}
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
        onChange={(v) => list.update({ programme: v === 'all' ? null : String(v) })}
        options={[{ value: 'all', label: t('development.courses.allCourses') }, ...(programmes.data?.programmes ?? []).map((p) => ({ value: p.id, label: `${p.title} (${p.courses.length})` }))]}
      />
      {programmeId !== 'all' && <Typography.Paragraph type="secondary">{programmes.data?.programmes.find((p) => p.id === programmeId)?.description}</Typography.Paragraph>}
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Select aria-label={t('development.courses.kind')} placeholder={t('development.courses.kind')} allowClear style={{ width: 190 }} value={kind} onChange={(v) => list.update({ kind: v ?? null })}
          options={COURSE_KINDS.map((k) => ({ value: k, label: t(`development.courseKind.${k}`) }))} />
        <Select aria-label={t('development.courses.skill')} placeholder={t('development.courses.skill')} allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 240 }}
          value={list.filter.skill} onChange={(v) => list.update({ skill: v ?? null })} options={(skillList.data?.skills ?? []).map((s) => ({ value: s.id, label: s.name })).sort((a, b) => a.label.localeCompare(b.label))} />
        <Space><Switch checked={list.filter.active !== 'all'} onChange={(on) => list.update({ active: on ? null : 'all' })} aria-label={t('development.courses.activeOnly')} /><Typography.Text>{t('development.courses.activeOnly')}</Typography.Text></Space>
      </Flex>
      <Table<Course>
        rowKey="id"
        size="middle"
        data-testid="courses-table"
        loading={list.isFetching}
        dataSource={list.nodes}
        {...list.tableProps}
        scroll={{ x: 1100 }}
        columns={[
          {
            title: t('development.courses.course'), key: 'TITLE', sorter: true, sortOrder: list.sortOrder('TITLE'), width: 300,
            render: (_, c) => (
              <Flex vertical>
                <Space size={4} wrap><CourseKindTag value={c.kind} /><NavLink to={`/development/courses/${c.id}`} testId="course-link">{c.title}</NavLink></Space>
                <Muted>{[c.provider, c.programmeId ? programmeTitle.get(c.programmeId) : null].filter(Boolean).join(' · ')}</Muted>
              </Flex>
            ),
          },
          { title: t('development.courses.teaches'), render: (_, c) => <Space size={[4, 4]} wrap>{c.skills.map((s) => <Tag key={s.skillId}>{s.skillName} → {s.level}</Tag>)}</Space> },
          { title: t('development.courses.hours'), dataIndex: 'durationHours', key: 'DURATION', sorter: true, sortOrder: list.sortOrder('DURATION'), width: 100, align: 'right' },
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
        <ProgrammeFormModal onClose={() => setCreating(null)} onSaved={(p) => { setCreating(null); list.update({ programme: p.id }); void message.success(t('development.programmes.created', { title: p.title })); }} />
      )}
    </Page>
  );
}
