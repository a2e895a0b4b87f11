// One talk or brainstorming session: when and where, the abstract, notes (rendered by the server)
// and recording, who was invited and who attended. Its speaker, organiser or a talk manager
// records attendance (marking it held), edits notes and the recording link, or cancels it.
import { CheckSquareOutlined, EditOutlined, StopOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { type ConsolePageProps, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, NavLink, Page, PageLoading, PeopleSelect, useRun } from '@cadre/sdk/console/kit';
import { Button, Card, Col, Descriptions, Empty, Form, Input, List, Modal, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ATTENDANCE, TALK_ONE, UPDATE_TALK } from './api.js';
import { useT } from './i18n.js';
import { BODY_CSS, ServerHtml } from './ServerHtml.js';
import type { KnowledgePerson } from './types.js';
import { TalkStatusTag } from './StatusTags.js';
import { when } from './format.js';

export default function TalkPage({ params }: ConsolePageProps) {
  const id = params.id ?? '';
  const t = useT();
  const run = useRun();
  const { data, error, isLoading, refetch } = useCadreQuery(TALK_ONE, { id });
  const attendance = useCadreMutation(ATTENDANCE);
  const update = useCadreMutation(UPDATE_TALK);
  const [recording, setRecording] = useState<string[] | null>(null);
  const [editing, setEditing] = useState<{ notes: string; recordingUrl: string } | null>(null);

  if (isLoading && !data) return <PageLoading />;
  if (error || !data) return <LoadFailed error={error} retry={refetch} />;
  const talk = data.talk;
  const started = talk.scheduledAt <= new Date().toISOString();
  const everyone = [...new Map([...talk.invitees, ...talk.attendees].map((p) => [p.id, p])).values()];

  const saveAttendance = async () => {
    if (recording && await run(attendance.mutate({ talkId: talk.id, attendeeIds: recording }), t('knowledge.talk.attendanceSaved'))) { setRecording(null); refetch(); }
  };
  const saveNotes = async () => {
    if (editing && await run(update.mutate({ id: talk.id, input: { notes: editing.notes, recordingUrl: editing.recordingUrl.trim() || null } }), t('knowledge.talk.saved'))) { setEditing(null); refetch(); }
  };
  const cancel = async () => {
    if (await run(update.mutate({ id: talk.id, input: { cancelled: true } }), t('knowledge.talk.cancelled'))) refetch();
  };
  const people = (list: KnowledgePerson[], empty: string) => (list.length
    ? <List size="small" dataSource={list} renderItem={(p) => <List.Item><NavLink to={`/people/${p.id}`}>{p.name}</NavLink><Typography.Text type="secondary"> {p.title}</Typography.Text></List.Item>} />
    : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />);

  return (
    <Page
      icon={<Tag color={talk.kind === 'BRAINSTORM' ? 'magenta' : 'blue'}>{t(`knowledge.talkKind.${talk.kind}`)}</Tag>}
      title={<span data-testid="talk-title">{talk.title}</span>}
      tags={<TalkStatusTag value={talk.status} />}
      extra={talk.canEdit && (
        <Space wrap>
          {talk.status !== 'CANCELLED' && <Button icon={<CheckSquareOutlined />} disabled={!started} title={started ? undefined : t('knowledge.talk.notStarted')} onClick={() => setRecording((talk.attendees.length ? talk.attendees : talk.invitees).map((p) => p.id))}>{t('knowledge.talk.recordAttendance')}</Button>}
          <Button icon={<EditOutlined />} onClick={() => setEditing({ notes: talk.notes, recordingUrl: talk.recordingUrl ?? '' })}>{t('knowledge.talk.editNotes')}</Button>
          {talk.status === 'SCHEDULED' && (
            <Popconfirm title={t('knowledge.talk.confirmCancel')} onConfirm={() => void cancel()} okButtonProps={{ danger: true }}>
              <Button danger icon={<StopOutlined />}>{t('knowledge.talk.cancel')}</Button>
            </Popconfirm>
          )}
        </Space>
      )}
      below={
        <>
          <Row gutter={16}>
            <Col xs={24} md={12}><Card size="small" title={t('knowledge.talk.invitees', { count: talk.invitees.length })}>{people(talk.invitees, t('knowledge.talk.nobodyInvited'))}</Card></Col>
            <Col xs={24} md={12}><Card size="small" title={t('knowledge.talk.attendees', { count: talk.attendees.length })} data-testid="talk-attendees">{people(talk.attendees, talk.status === 'HELD' ? t('knowledge.talk.nobodyCame') : t('knowledge.talk.notRecorded'))}</Card></Col>
          </Row>
          <Modal open={!!recording} title={t('knowledge.talk.recordAttendance')} onCancel={() => setRecording(null)} onOk={() => void saveAttendance()} okButtonProps={{ loading: attendance.isPending }} cancelText={t('knowledge.cancel')} destroyOnHidden>
            <Typography.Paragraph type="secondary">{t('knowledge.talk.attendanceHint')}</Typography.Paragraph>
            <PeopleSelect value={recording ?? []} onChange={setRecording} known={everyone} style={{ width: '100%' }} />
          </Modal>
          <Modal open={!!editing} title={t('knowledge.talk.editNotes')} width={720} onCancel={() => setEditing(null)} onOk={() => void saveNotes()} okButtonProps={{ loading: update.isPending }} cancelText={t('knowledge.cancel')} destroyOnHidden>
            {editing && (
              <Form layout="vertical">
                <Form.Item label={t('knowledge.talk.notesMarkdown')}><Input.TextArea autoSize={{ minRows: 8, maxRows: 20 }} value={editing.notes} onChange={(e) => setEditing({ ...editing, notes: e.target.value })} /></Form.Item>
                <Form.Item label={t('knowledge.talk.recording')}><Input value={editing.recordingUrl} placeholder="https://…" onChange={(e) => setEditing({ ...editing, recordingUrl: e.target.value })} /></Form.Item>
              </Form>
            )}
          </Modal>
        </>
      }
    >
      <style>{BODY_CSS}</style>
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('knowledge.talks.when')}>{when(talk.scheduledAt, true)} · {t('knowledge.talks.minutes', { count: talk.durationMinutes })}</Descriptions.Item>
        <Descriptions.Item label={t('knowledge.talks.location')}>{talk.location || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('knowledge.talks.speaker')}><NavLink to={`/people/${talk.speaker.id}`}>{talk.speaker.name}</NavLink></Descriptions.Item>
        {talk.organiser && <Descriptions.Item label={t('knowledge.talk.organiser')}><NavLink to={`/people/${talk.organiser.id}`}>{talk.organiser.name}</NavLink></Descriptions.Item>}
        <Descriptions.Item label={t('knowledge.item.skills')}><Space size={[4, 4]} wrap>{talk.skills.map((s) => <Tag key={s.id}>{s.name}</Tag>)}</Space></Descriptions.Item>
        <Descriptions.Item label={t('knowledge.talk.recording')}>{talk.recordingUrl ? <a href={talk.recordingUrl} target="_blank" rel="noopener noreferrer"><VideoCameraOutlined /> {t('knowledge.talk.watch')}</a> : '—'}</Descriptions.Item>
      </Descriptions>
      {talk.abstract && <Typography.Paragraph style={{ marginTop: 12 }}>{talk.abstract}</Typography.Paragraph>}
      <Typography.Title level={5}>{t('knowledge.talk.notes')}</Typography.Title>
      {talk.notesHtml ? <ServerHtml html={talk.notesHtml} testId="talk-notes" /> : <Typography.Text type="secondary">{t('knowledge.talk.noNotes')}</Typography.Text>}
    </Page>
  );
}
