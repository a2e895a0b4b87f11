// Tech talks and brainstorming sessions: the schedule (upcoming first, then past ones with their
// attendance), filters by kind and status, and a form to schedule a new one.
import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { fieldProblems, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { errorText, LoadFailed, Muted, NavLink, PeopleSelect, PersonSelect } from '@cadre/sdk/console/kit';
import { Button, Card, DatePicker, Flex, Form, Input, InputNumber, Modal, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { SCHEDULE, TALKS } from './api.js';
import { useT } from './i18n.js';
import { SkillSelect } from './SkillSelect.js';
import type { ScheduleInput, Talk, TalkKind, TalkStatus } from './types.js';
import { TalkStatusTag } from './StatusTags.js';
import { when } from './format.js';

type View = 'upcoming' | 'past' | 'all';

export default function TalksPage() {
  const t = useT();
  const { can } = useCadre();
  const [view, setView] = useState<View>('upcoming');
  const [kind, setKind] = useState<TalkKind | null>(null);
  const [status, setStatus] = useState<TalkStatus | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const { data, error, isLoading, refetch } = useCadreQuery(TALKS, { filter: { kind, status } });
  if (error && !data) return <LoadFailed error={error} retry={refetch} />;
  const now = new Date().toISOString();
  const talks = (data?.talks ?? []).filter((x) => view === 'all' || (view === 'upcoming' ? x.scheduledAt >= now || x.status === 'SCHEDULED' : x.scheduledAt < now));
  if (view === 'upcoming') talks.sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));

  return (
    <Card
      title={<Space><CalendarOutlined />{t('knowledge.talks.title')}</Space>}
      extra={can('knowledge.talks.write') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setScheduling(true)}>{t('knowledge.talks.schedule')}</Button>}
    >
      <Flex wrap gap={12} style={{ marginBottom: 16 }}>
        <Segmented<View> value={view} onChange={setView} options={(['upcoming', 'past', 'all'] as const).map((v) => ({ value: v, label: t(`knowledge.talks.view.${v}`) }))} />
        <Select aria-label={t('knowledge.talks.kind')} placeholder={t('knowledge.talks.kind')} allowClear style={{ width: 170 }} value={kind ?? undefined} onChange={(v) => setKind(v ?? null)}
          options={(['TECH_TALK', 'BRAINSTORM'] as const).map((k) => ({ value: k, label: t(`knowledge.talkKind.${k}`) }))} />
        <Select aria-label={t('knowledge.talks.status')} placeholder={t('knowledge.talks.status')} allowClear style={{ width: 150 }} value={status ?? undefined} onChange={(v) => setStatus(v ?? null)}
          options={(['SCHEDULED', 'HELD', 'CANCELLED'] as const).map((s) => ({ value: s, label: t(`knowledge.talkStatus.${s}`) }))} />
      </Flex>
      <Table<Talk>
        rowKey="id"
        size="middle"
        loading={isLoading}
        dataSource={talks}
        pagination={{ pageSize: 15, hideOnSinglePage: true }}
        locale={{ emptyText: t('knowledge.talks.empty') }}
        scroll={{ x: 900 }}
        columns={[
          { title: t('knowledge.talks.when'), dataIndex: 'scheduledAt', width: 150, render: (v: string, x) => <Flex vertical><span>{when(v, true)}</span><Muted>{t('knowledge.talks.minutes', { count: x.durationMinutes })}</Muted></Flex> },
          {
            title: t('knowledge.talks.talk'),
            render: (_, x) => (
              <Flex vertical>
                <Space size={4}><Tag color={x.kind === 'BRAINSTORM' ? 'magenta' : 'blue'}>{t(`knowledge.talkKind.${x.kind}`)}</Tag><NavLink to={`/knowledge/talks/${x.id}`} testId="talk-link">{x.title}</NavLink></Space>
                <Space size={[4, 4]} wrap style={{ marginTop: 4 }}>{x.skills.map((s) => <Tag key={s.id} bordered={false}>{s.name}</Tag>)}</Space>
              </Flex>
            ),
          },
          { title: t('knowledge.talks.speaker'), width: 180, render: (_, x) => <NavLink to={`/people/${x.speaker.id}`}>{x.speaker.name}</NavLink> },
          { title: t('knowledge.talks.location'), dataIndex: 'location', width: 140, render: (v: string) => v || '—' },
          { title: t('knowledge.talks.attendance'), width: 130, render: (_, x) => (x.status === 'HELD' ? t('knowledge.talks.attended', { count: x.attendees.length, invited: x.invitees.length }) : t('knowledge.talks.invited', { count: x.invitees.length })) },
          { title: t('knowledge.talks.status'), dataIndex: 'status', width: 110, render: (s: string) => <TalkStatusTag value={s} /> },
        ]}
      />
      <ScheduleModal open={scheduling} onClose={() => setScheduling(false)} />
    </Card>
  );
}

interface Values { title: string; kind: TalkKind; speakerId: string | null; scheduledAt: Dayjs | null; durationMinutes: number; location: string; abstract: string; skillIds: string[]; inviteeIds: string[] }
const FIELDS = ['title', 'kind', 'speakerId', 'scheduledAt', 'durationMinutes', 'location', 'abstract', 'skillIds', 'inviteeIds'];

function ScheduleModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const { viewer, navigate } = useCadre();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string | null>(null);
  const schedule = useCadreMutation(SCHEDULE);
  const onFinish = async (v: Values) => {
    setOther(null);
    const input: ScheduleInput = {
      title: v.title.trim(), kind: v.kind, speakerId: v.speakerId ?? '', scheduledAt: v.scheduledAt ? v.scheduledAt.toISOString() : '', durationMinutes: v.durationMinutes,
      location: v.location ?? '', abstract: v.abstract ?? '', skillIds: v.skillIds ?? [], inviteeIds: v.inviteeIds ?? [],
    };
    const result = await schedule.mutate({ input });
    if (result.data) {
      onClose();
      form.resetFields();
      navigate(`/knowledge/talks/${result.data.scheduleTalk.id}`);
      return;
    }
    const problems = fieldProblems(result.errors);
    form.setFields(problems.filter((p) => FIELDS.includes(p.field)).map((p) => ({ name: p.field as keyof Values, errors: [p.message] })));
    const rest = problems.filter((p) => !FIELDS.includes(p.field));
    if (!problems.length || rest.length) setOther(problems.length ? rest.map((p) => `${p.field}: ${p.message}`).join('; ') : errorText(result.errors));
  };
  return (
    <Modal open={open} title={t('knowledge.talks.schedule')} width={720} onCancel={onClose} okText={t('knowledge.talks.scheduleOk')} cancelText={t('knowledge.cancel')}
      onOk={() => form.submit()} okButtonProps={{ loading: schedule.isPending }} destroyOnHidden>
      {other && <Typography.Text type="danger" role="alert">{other}</Typography.Text>}
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={(v) => void onFinish(v)}
        initialValues={{ kind: 'TECH_TALK', speakerId: viewer.personId, durationMinutes: 60, location: '', abstract: '', skillIds: [], inviteeIds: [] }}>
        <Form.Item name="title" label={t('knowledge.talks.titleField')} rules={[{ required: true, whitespace: true, message: t('knowledge.form.required') }]}><Input maxLength={200} /></Form.Item>
        <Space wrap size={16}>
          <Form.Item name="kind" label={t('knowledge.talks.kind')}><Select style={{ width: 170 }} options={(['TECH_TALK', 'BRAINSTORM'] as const).map((k) => ({ value: k, label: t(`knowledge.talkKind.${k}`) }))} /></Form.Item>
          <Form.Item name="scheduledAt" label={t('knowledge.talks.when')} rules={[{ required: true, message: t('knowledge.form.required') }]}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" /></Form.Item>
          <Form.Item name="durationMinutes" label={t('knowledge.talks.duration')}><InputNumber min={5} max={600} step={15} suffix="min" /></Form.Item>
          <Form.Item name="location" label={t('knowledge.talks.location')}><Input style={{ width: 160 }} maxLength={200} /></Form.Item>
        </Space>
        <Form.Item name="speakerId" label={t('knowledge.talks.speaker')} rules={[{ required: true, message: t('knowledge.form.required') }]}>
          <PersonSelect known={viewer.personId ? [{ id: viewer.personId, name: viewer.personName ?? '', title: '' }] : []} />
        </Form.Item>
        <Form.Item name="abstract" label={t('knowledge.talks.abstract')}><Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} /></Form.Item>
        <Form.Item name="skillIds" label={t('knowledge.form.skills')}><SkillSelect multiple showCounts={false} /></Form.Item>
        <Form.Item name="inviteeIds" label={t('knowledge.talks.invitees')}><PeopleSelect /></Form.Item>
      </Form>
    </Modal>
  );
}
