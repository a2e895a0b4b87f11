// One course: what it teaches, when, cost and seats, learners' ratings and comments; the viewer's
// enrolment, and the enrolments they may see (their own and their reports', or all for admins).
import { type ConsolePageProps, formatMoney, useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Muted, NavLink } from '@cadre/sdk/console/kit';
import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Empty, Flex, List, Rate, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { COURSE_ONE, ENROLMENTS } from './api.js';
import { CourseFormModal } from './CourseFormModal.js';
import { EnrolActions } from './EnrolActions.js';
import { useT } from './i18n.js';
import type { Enrolment } from './types.js';
import { CourseKindTag, EnrolmentTag } from './StatusTags.js';

export default function CoursePage({ params }: ConsolePageProps) {
  const id = params.id ?? '';
  const t = useT();
  const { locale, can } = useCadre();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const { data, error, isLoading, refetch } = useCadreQuery(COURSE_ONE, { id });
  const enrolments = useCadreQuery(ENROLMENTS, { courseId: id });
  if (isLoading && !data) return <Card><Skeleton active /></Card>;
  if (error || !data) return <LoadFailed error={error} retry={refetch} />;
  const c = data.course;
  const rows = enrolments.data?.courseEnrolments ?? [];
  const comments = rows.filter((e) => e.feedback);

  return (
    <Flex vertical gap={16}>
      <Card
        title={<Space wrap><CourseKindTag value={c.kind} /><span data-testid="course-title">{c.title}</span>{!c.active && <Tag>{t('development.courses.inactive')}</Tag>}</Space>}
        extra={
          <Space>
            {can('development.courses.write') && <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-course">{t('development.courses.edit')}</Button>}
            <EnrolActions course={c} size="middle" onChange={() => { refetch(); enrolments.refetch(); }} />
          </Space>
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
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('development.courses.enrolments', { count: rows.length })}>
            <Table<Enrolment>
              rowKey="id"
              size="small"
              loading={enrolments.isLoading}
              dataSource={rows}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              locale={{ emptyText: t('development.courses.noEnrolments') }}
              columns={[
                { title: t('development.person'), render: (_, e) => <NavLink to={`/people/${e.person.id}`}>{e.person.name}</NavLink> },
                { title: t('development.courses.status'), dataIndex: 'status', width: 110, render: (s: string) => <EnrolmentTag value={s} /> },
                { title: t('development.courses.enrolledAt'), dataIndex: 'enrolledAt', width: 110, render: (v: string) => v.slice(0, 10) },
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
    </Flex>
  );
}
