// Tech talks and brainstorming sessions: upcoming (soonest first), past or all, filtered by kind
// and status, sorted by date or title and paged on the server; and a form to schedule a new one.
import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { dataOrThrow, fieldProblems, useCadre, useCadreMutation } from '@cadre/sdk/console';
import { errorText, LoadFailed, Muted, NavLink, Page, PeopleSelect, PersonSelect, useServerList } from '@cadre/sdk/console/kit';
import { Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { SCHEDULE, TALKS_PAGE } from './api.js';
import { useT } from './i18n.js';
import { SkillSelect } from './SkillSelect.js';
import type { ScheduleInput, Talk, TalkKind, TalkSortField, TalkStatus } from './types.js';
import { TalkStatusTag } from './StatusTags.js';
import { when } from './format.js';

type View = 'UPCOMING' | 'PAST' | 'ALL';
const VIEWS: readonly View[] = ['UPCOMING', 'PAST', 'ALL'];
const KINDS: readonly TalkKind[] = ['TECH_TALK', 'BRAINSTORM'];
const STATUSES: readonly TalkStatus[] = ['SCHEDULED', 'HELD', 'CANCELLED'];
const known = <T extends string>(values: readonly T[], value: string | undefined): T | undefined => values.find((v) => v === value);

export default function TalksPage() {
  const t = useT();
  const { can, request } = useCadre();
  const [scheduling, setScheduling] = useState(false);
  // Paged, sorted and filtered on the server; the view, filters, order and page are in the URL.
  const list = useServerList<Talk, 'when' | 'kind' | 'status', TalkSortField>({
    key: 'KnowledgeTalksPage',
    filters: ['when', 'kind', 'status'],
    sorts: ['SCHEDULED_AT', 'TITLE'],
    defaultSort: (f) => ({ field: 'SCHEDULED_AT', direction: (known(VIEWS, f.when) ?? 'UPCOMING') === 'UPCOMING' ? 'ASC' : 'DESC' }),
    fetch: async ({ filter, sort, first, after }) => {
      const view = known(VIEWS, filter.when) ?? 'UPCOMING';
      const variables = { filter: { when: view === 'ALL' ? undefined : view, kind: known(KINDS, filter.kind), status: known(STATUSES, filter.status) }, sort, first, after };
      return dataOrThrow(await request(TALKS_PAGE, variables)).talksPage;
    },
  });
  if (list.error && !list.data) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;
  const view = known(VIEWS, list.filter.when) ?? 'UPCOMING';

  return (
    <Page
      icon={<CalendarOutlined />}
      title={t('knowledge.talks.title')}
      extra={can('knowledge.talks.write') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setScheduling(true)}>{t('knowledge.talks.schedule')}</Button>}
    >
      <Flex wrap gap={12} style={{ marginBottom: 16 }}>
        <Segmented<View> value={view} onChange={(v) => list.update({ when: v === 'UPCOMING' ? null : v })} options={VIEWS.map((v) => ({ value: v, label: t(`knowledge.talks.view.${v.toLowerCase()}`) }))} />
        <Select aria-label={t('knowledge.talks.kind')} placeholder={t('knowledge.talks.kind')} allowClear style={{ width: 170 }} value={known(KINDS, list.filter.kind)} onChange={(v) => list.update({ kind: v })}
          options={KINDS.map((k) => ({ value: k, label: t(`knowledge.talkKind.${k}`) }))} />
        <Select aria-label={t('knowledge.talks.status')} placeholder={t('knowledge.talks.status')} allowClear style={{ width: 150 }} value={known(STATUSES, list.filter.status)} onChange={(v) => list.update({ status: v })}
          options={STATUSES.map((s) => ({ value: s, label: t(`knowledge.talkStatus.${s}`) }))} />
      </Flex>
      <Table<Talk>
        rowKey="id"
        size="middle"
        data-testid="talks-table"
        loading={list.isFetching}
        dataSource={list.nodes}
        {...list.tableProps}
        locale={{ emptyText: t('knowledge.talks.empty') }}
        scroll={{ x: 900 }}
        columns={[
          { title: t('knowledge.talks.when'), key: 'SCHEDULED_AT', sorter: true, sortOrder: list.sortOrder('SCHEDULED_AT'), dataIndex: 'scheduledAt', width: 150, render: (v: string, x) => <Flex vertical><span>{when(v, true)}</span><Muted>{t('knowledge.talks.minutes', { count: x.durationMinutes })}</Muted></Flex> },
          {
            title: t('knowledge.talks.talk'),
            key: 'TITLE',
            sorter: true,
            sortOrder: list.sortOrder('TITLE'),
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
    </Page>
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
