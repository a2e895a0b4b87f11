// Development plans: your own, your reports' (managers) or everyone's (hr), with their target
// level, mentor and progress; managers and hr start a plan for someone in their chain.
import { PlusOutlined, SolutionOutlined } from '@ant-design/icons';
import { dataOrThrow, fieldProblems, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { errorText, LoadFailed, Muted, NavLink, Page, PersonSelect, useServerList } from '@cadre/sdk/console/kit';
import { Alert, Button, DatePicker, Form, Input, Modal, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { CREATE_PLAN, LADDERS, ME, PLANS_PAGE } from './api.js';
import { useT } from './i18n.js';
import type { Plan, PlanSortField, PlanStatus } from './types.js';
import { PlanStatusTag } from './StatusTags.js';

const STATUSES: readonly PlanStatus[] = ['ACTIVE', 'COMPLETED', 'CANCELLED'];
/** No ?status means active plans; ?status=all shows every status. */
const statusOf = (param: string | undefined): PlanStatus | null => (param === 'all' ? null : (STATUSES.find((s) => s === param) ?? 'ACTIVE'));

/** The plans the viewer may see, paged, sorted and filtered on the server (state in the URL). */
export default function PlansPage() {
  const t = useT();
  const { viewer, can, request } = useCadre();
  const [creating, setCreating] = useState(false);
  const list = useServerList<Plan, 'status', PlanSortField>({
    key: 'DevelopmentPlansPage',
    filters: ['status'],
    sorts: ['CREATED_AT', 'UPDATED_AT', 'STATUS'],
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
    fetch: async ({ filter, sort, first, after }) => dataOrThrow(await request(PLANS_PAGE, { filter: { status: statusOf(filter.status) }, sort, first, after })).developmentPlansPage,
  });
  if (list.error && !list.data) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;
  const status = statusOf(list.filter.status);

  return (
    <Page
      icon={<SolutionOutlined />}
      title={t('development.plans.title')}
      extra={
        <Space>
          <Select aria-label={t('development.plans.status')} style={{ width: 150 }} allowClear placeholder={t('development.plans.anyStatus')} value={status ?? undefined}
            onChange={(v) => list.update({ status: v ? (v === 'ACTIVE' ? null : v) : 'all' })}
            options={STATUSES.map((s) => ({ value: s, label: t(`development.planStatus.${s}`) }))} />
          {can('development.plans.write') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('development.plans.new')}</Button>}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('development.plans.intro')}</Typography.Paragraph>
      <Table<Plan>
        rowKey="id"
        size="middle"
        data-testid="plans-table"
        loading={list.isFetching}
        dataSource={list.nodes}
        {...list.tableProps}
        // Widths and a sideways scroll: the two date columns would otherwise squeeze the person's title.
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('development.plans.empty') }}
        columns={[
          {
            title: t('development.person'), width: 280,
            render: (_, p) => (
              <Space orientation="vertical" size={0}>
                <Space size={4}><NavLink to={`/development/plans/${p.id}`} testId="plan-link">{p.person.name}</NavLink>{p.person.id === viewer.personId && <Tag color="blue">{t('development.plans.mine')}</Tag>}</Space>
                <Muted>{p.person.title} · {p.person.level}</Muted>
              </Space>
            ),
          },
          { title: t('development.plans.target'), width: 170, render: (_, p) => (p.targetLevel ? <Tag>{p.targetLevel.code} · {p.targetLevel.title}</Tag> : '—') },
          { title: t('development.plans.mentor'), width: 180, render: (_, p) => (p.mentor ? <NavLink to={`/people/${p.mentor.id}`}>{p.mentor.name}</NavLink> : '—') },
          { title: t('development.plans.goals'), width: 90, align: 'right', render: (_, p) => p.goals.length },
          { title: t('development.plans.progress'), width: 170, render: (_, p) => <Progress aria-label={t('development.plans.progress')} percent={Math.round(p.progress * 100)} size="small" /> },
          { title: t('development.plans.due'), dataIndex: 'dueOn', width: 110, render: (v: string | null) => v ?? '—' },
          { title: t('development.plans.status'), dataIndex: 'status', key: 'STATUS', sorter: true, sortOrder: list.sortOrder('STATUS'), width: 120, render: (s: string) => <PlanStatusTag value={s} /> },
          { title: t('development.plans.created'), dataIndex: 'createdAt', key: 'CREATED_AT', sorter: true, sortOrder: list.sortOrder('CREATED_AT'), width: 130, render: (v: string) => v.slice(0, 10) },
          { title: t('development.plans.updated'), dataIndex: 'updatedAt', key: 'UPDATED_AT', sorter: true, sortOrder: list.sortOrder('UPDATED_AT'), width: 130, render: (v: string) => v.slice(0, 10) },
        ]}
      />
      <NewPlanModal open={creating} onClose={() => setCreating(false)} />
    </Page>
  );
}

interface Values { personId: string | null; targetLevelId: string | null; mentorId: string | null; dueOn: Dayjs | null; summary: string }

function NewPlanModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const { navigate, can } = useCadre();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string | null>(null);
  const me = useCadreQuery(ME, {}, { enabled: open });
  const ladders = useCadreQuery(LADDERS, {}, { enabled: open });
  const create = useCadreMutation(CREATE_PLAN);
  const everyone = can('development.plans.read-all');
  const reports = me.data?.me.person?.reports ?? [];

  const onFinish = async (v: Values) => {
    setOther(null);
    const result = await create.mutate({ input: { personId: v.personId ?? '', targetLevelId: v.targetLevelId, mentorId: v.mentorId, dueOn: v.dueOn?.format('YYYY-MM-DD') ?? null, summary: v.summary ?? '' } });
    if (result.data) {
      onClose();
      navigate(`/development/plans/${result.data.createDevelopmentPlan.id}`);
      return;
    }
    const problems = fieldProblems(result.errors);
    const known = ['personId', 'targetLevelId', 'mentorId', 'dueOn', 'summary'];
    form.setFields(problems.filter((p) => known.includes(p.field)).map((p) => ({ name: p.field as keyof Values, errors: [p.message] })));
    if (!problems.some((p) => known.includes(p.field))) setOther(errorText(result.errors));
  };

  return (
    <Modal open={open} title={t('development.plans.new')} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ loading: create.isPending }} cancelText={t('development.cancel')} destroyOnHidden width={620}>
      {other && <Alert type="error" showIcon title={other} style={{ marginBottom: 12 }} />}
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={(v) => void onFinish(v)} initialValues={{ personId: null, targetLevelId: null, mentorId: null, dueOn: null, summary: '' }}>
        <Form.Item name="personId" label={t('development.person')} rules={[{ required: true, message: t('development.required') }]} extra={everyone ? undefined : t('development.plans.forReports')}>
          {everyone ? <PersonSelect /> : <Select options={reports.map((r) => ({ value: r.id, label: `${r.name} · ${r.title}` }))} loading={me.isLoading} />}
        </Form.Item>
        <Form.Item name="targetLevelId" label={t('development.plans.target')}>
          <Select allowClear loading={ladders.isLoading} options={(ladders.data?.careerLadders ?? []).map((l) => ({ label: l.name, options: [...l.levels].sort((a, b) => a.rank - b.rank).map((v) => ({ value: v.id, label: `${v.code} · ${v.title}` })) }))} />
        </Form.Item>
        <Form.Item name="mentorId" label={t('development.plans.mentor')}><PersonSelect /></Form.Item>
        <Form.Item name="dueOn" label={t('development.plans.due')}><DatePicker /></Form.Item>
        <Form.Item name="summary" label={t('development.plans.summary')}><Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} /></Form.Item>
      </Form>
    </Modal>
  );
}
