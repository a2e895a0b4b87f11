// One course: what it teaches, when, cost and seats, learners' ratings and comments; the viewer's
// enrolment, and the enrolments they may see (their own and their reports', or all for admins).
import { type ConsolePageProps, dataOrThrow, formatMoney, useCadre, useCadreQuery } from '@cadre/sdk/console';
import { ExportButton, LoadFailed, Muted, NavLink, Page, PageLoading, useServerList } from '@cadre/sdk/console/kit';
import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Empty, List, Rate, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { COURSE_ONE, ENROLMENTS_PAGE } from './api.js';
import { CourseFormModal } from './CourseFormModal.js';
import { EnrolActions } from './EnrolActions.js';
import { useT } from './i18n.js';
import type { Enrolment, EnrolmentSortField, EnrolmentStatus } from './types.js';
import { CourseKindTag, EnrolmentTag } from './StatusTags.js';

const ENROLMENT_STATUSES: readonly EnrolmentStatus[] = ['ENROLLED', 'COMPLETED', 'WITHDRAWN'];
const statusOf = (value: string | undefined) => ENROLMENT_STATUSES.find((s) => s === value) ?? null;

export default function CoursePage({ params }: ConsolePageProps) {
  const id = params.id ?? '';
  const t = useT();
  const { locale, can, request } = useCadre();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const { data, error, isLoading, refetch } = useCadreQuery(COURSE_ONE, { id });
  // The enrolments the viewer may see, paged on the server with their status filter, sort and page in the URL.
  const enrolments = useServerList<Enrolment, 'status', EnrolmentSortField>({
    key: 'DevelopmentEnrolmentsPage',
    filters: ['status'],
    sorts: ['ENROLLED_AT', 'STATUS', 'UPDATED_AT'],
    defaultSort: { field: 'ENROLLED_AT', direction: 'DESC' },
    fetch: async ({ filter, sort, first, after }) => {
      return dataOrThrow(await request(ENROLMENTS_PAGE, { filter: { courseId: id, status: statusOf(filter.status) }, sort, first, after })).courseEnrolmentsPage;
    },
  });
  // Comments come with completed enrolments: the latest 100 of them.
  const completed = useCadreQuery(ENROLMENTS_PAGE, { filter: { courseId: id, status: 'COMPLETED' }, sort: { field: 'UPDATED_AT', direction: 'DESC' }, first: 100 });
  const status = statusOf(enrolments.filter.status);
  if (isLoading && !data) return <PageLoading />;
  if (error || !data) return <LoadFailed error={error} retry={refetch} />;
  const c = data.course;
  const comments = (completed.data?.courseEnrolmentsPage.nodes ?? []).filter((e) => e.feedback);

  return (
    <Page
      icon={<CourseKindTag value={c.kind} />}
      title={<span data-testid="course-title">{c.title}</span>}
      tags={!c.active && <Tag>{t('development.courses.inactive')}</Tag>}
      extra={
        <Space>
          {can('development.courses.write') && <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-course">{t('development.courses.edit')}</Button>}
          <EnrolActions course={c} size="middle" onChange={() => { refetch(); void enrolments.refetch(); void completed.refetch(); }} />
        </Space>
      }
      below={
        <>
          <Row gutter={16}>
            <Col xs={24} xl={14}>
              <Card
                size="small"
                title={t('development.courses.enrolments', { count: enrolments.data?.totalCount ?? 0 })}
                extra={
                  <Space size="small">
                    <Select aria-label={t('development.courses.status')} size="small" style={{ width: 140 }} allowClear placeholder={t('development.courses.anyStatus')}
                      value={status ?? undefined} onChange={(v) => enrolments.update({ status: v ?? null })}
                      options={ENROLMENT_STATUSES.map((s) => ({ value: s, label: t(`development.enrolment.${s}`) }))} />
                    <ExportButton id="development.enrolments" variables={{ courseId: id, status, sort: enrolments.sort }} />
                  </Space>
                }
              >
                <Table<Enrolment>
                  rowKey="id"
                  size="small"
                  data-testid="enrolments-table"
                  loading={enrolments.isFetching}
                  dataSource={enrolments.nodes}
                  {...enrolments.tableProps}
                  locale={{ emptyText: t('development.courses.noEnrolments') }}
                  columns={[
                    { title: t('development.person'), render: (_, e) => <NavLink to={`/people/${e.person.id}`}>{e.person.name}</NavLink> },
                    { title: t('development.courses.status'), dataIndex: 'status', key: 'STATUS', sorter: true, sortOrder: enrolments.sortOrder('STATUS'), width: 120, render: (s: string) => <EnrolmentTag value={s} /> },
                    { title: t('development.courses.enrolledAt'), dataIndex: 'enrolledAt', key: 'ENROLLED_AT', sorter: true, sortOrder: enrolments.sortOrder('ENROLLED_AT'), width: 120, render: (v: string) => v.slice(0, 10) },
                    { title: t('development.courses.completedAt'), dataIndex: 'completedAt', width: 110, render: (v: string | null) => v?.slice(0, 10) ?? '—' },
                    { title: t('development.courses.rating'), dataIndex: 'rating', width: 130, render: (v: number | null) => (v ? <Rate disabled value={v} style={{ fontSize: 11 }} /> : '—') },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card size="small" title={t('development.courses.feedback')}>
                {comments.length ? (
                  <List size="small" dataSource={comments} renderItem={(e) => (
                    <List.Item><List.Item.Meta title={<Space><Rate disabled value={e.rating ?? 0} style={{ fontSize: 11 }} /><Muted>{e.person.name}</Muted></Space>} description={e.feedback} /></List.Item>
                  )} />
                ) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('development.courses.noFeedback')} />}
              </Card>
            </Col>
          </Row>
          {editing && <CourseFormModal course={c} onClose={() => setEditing(false)} onSaved={() => { setEditing(false); refetch(); void message.success(t('development.courses.saved')); }} />}
        </>
      }
    >
      <Descriptions bordered size="middle" column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('development.courses.provider')}>{c.provider || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('development.courses.dates')}>{c.startsOn ? `${c.startsOn}${c.endsOn ? ` → ${c.endsOn}` : ''}` : t('development.courses.selfPaced')}</Descriptions.Item>
        <Descriptions.Item label={t('development.courses.hours')}>{c.durationHours}</Descriptions.Item>
        <Descriptions.Item label={t('development.courses.cost')}>{c.cost.amount ? formatMoney(c.cost.amount, c.cost.currency, locale) : t('development.courses.free')}</Descriptions.Item>
        <Descriptions.Item label={t('development.courses.seats')}>{c.capacity ? t('development.courses.seatsOf', { count: c.enrolledCount, capacity: c.capacity }) : c.enrolledCount}</Descriptions.Item>
        <Descriptions.Item label={t('development.courses.completions')}>{c.completedCount}</Descriptions.Item>
        <Descriptions.Item label={t('development.courses.teaches')} span={2}>
          <Space size={[4, 4]} wrap>{c.skills.map((s) => <Tag key={s.skillId} color="blue">{t('development.courses.takesTo', { skill: s.skillName, level: s.level })}</Tag>)}</Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('development.courses.rating')}>{c.averageRating ? <Space><Rate disabled allowHalf value={Math.round(c.averageRating * 2) / 2} /><Muted>{c.averageRating.toFixed(1)} ({c.feedbackCount})</Muted></Space> : '—'}</Descriptions.Item>
      </Descriptions>
      {c.description && <Typography.Paragraph style={{ marginTop: 16, whiteSpace: 'pre-wrap' }}>{c.description}</Typography.Paragraph>}
    </Page>
  );
}
