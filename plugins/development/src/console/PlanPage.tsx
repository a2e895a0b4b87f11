// One development plan: target level, mentor, summary, goals and progress, then the person's skill
// gaps towards the target with recommended courses and mentors. Managers and hr edit the plan and
// add goals; the person marks their own goals done.
import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { type ConsolePageProps, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Muted, NavLink, Page, PageLoading, useRun } from '@cadre/sdk/console/kit';
import { Button, Card, Descriptions, Flex, Form, Input, InputNumber, Modal, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ADD_GOAL, PLAN_ONE, SKILLS, UPDATE_GOAL, UPDATE_PLAN } from './api.js';
import { GapsPanel } from './GapsPanel.js';
import { useT } from './i18n.js';
import type { Goal, GoalInput, GoalStatus, PlanStatus } from './types.js';
import { GoalStatusTag, PlanStatusTag } from './StatusTags.js';

export default function PlanPage({ params }: ConsolePageProps) {
  const id = params.id ?? '';
  const t = useT();
  const { viewer } = useCadre();
  const run = useRun();
  const { data, error, isLoading, refetch } = useCadreQuery(PLAN_ONE, { id });
  const updateGoal = useCadreMutation(UPDATE_GOAL);
  const updatePlan = useCadreMutation(UPDATE_PLAN);
  const addGoal = useCadreMutation(ADD_GOAL);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<GoalInput>();
  const skills = useCadreQuery(SKILLS, {}, { enabled: adding });

  if (isLoading && !data) return <PageLoading />;
  if (error || !data) return <LoadFailed error={error} retry={refetch} />;
  const plan = data.developmentPlan;
  const own = plan.person.id === viewer.personId;
  const mayStatus = plan.canEdit || own;

  const setGoal = async (goal: Goal, status: GoalStatus) => {
    if (await run(updateGoal.mutate({ goalId: goal.id, input: { status } }), t('development.plan.goalSaved'))) refetch();
  };
  const setStatus = async (status: PlanStatus) => {
    if (await run(updatePlan.mutate({ id: plan.id, input: { status } }), t('development.plan.saved'))) refetch();
  };
  const onAdd = async (v: GoalInput) => {
    if (await run(addGoal.mutate({ planId: plan.id, input: { title: v.title.trim(), description: v.description ?? '', skillId: v.skillId ?? null, targetLevel: v.targetLevel ?? null, dueOn: v.dueOn || null } }), t('development.plan.goalAdded'))) {
      setAdding(false);
      form.resetFields();
      refetch();
    }
  };

  return (
    <Page
      testId="plan"
      title={<span>{t('development.plan.title', { name: plan.person.name })}</span>}
      tags={<PlanStatusTag value={plan.status} />}
      extra={plan.canEdit && plan.status === 'ACTIVE' && (
        <Space>
          <Button onClick={() => void setStatus('COMPLETED')}>{t('development.plan.complete')}</Button>
          <Button danger type="text" onClick={() => void setStatus('CANCELLED')}>{t('development.plan.cancel')}</Button>
        </Space>
      )}
      below={
        <>
          <Card title={t('development.gaps.title')}>
            <GapsPanel personId={plan.person.id} targetLevelId={plan.status === 'ACTIVE' ? null : (plan.targetLevel?.id ?? null)} />
          </Card>
          <Modal open={adding} title={t('development.plan.addGoal')} onCancel={() => setAdding(false)} onOk={() => form.submit()} okButtonProps={{ loading: addGoal.isPending }} cancelText={t('development.cancel')} destroyOnHidden>
            <Form<GoalInput> form={form} layout="vertical" preserve={false} onFinish={(v) => void onAdd(v)}>
              <Form.Item name="title" label={t('development.plan.goal')} rules={[{ required: true, whitespace: true, message: t('development.required') }]}><Input maxLength={200} /></Form.Item>
              <Form.Item name="description" label={t('development.plan.description')}><Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} /></Form.Item>
              <Form.Item name="skillId" label={t('development.plan.skill')}>
                <Select allowClear showSearch={{ optionFilterProp: 'label' }} loading={skills.isLoading} options={(skills.data?.skills ?? []).map((k) => ({ value: k.id, label: `${k.name} · ${k.categoryName}` }))} />
              </Form.Item>
              <Space>
                <Form.Item name="targetLevel" label={t('development.plan.targetSkillLevel')}><InputNumber min={0} max={5} /></Form.Item>
                <Form.Item name="dueOn" label={t('development.plans.due')}><Input type="date" /></Form.Item>
              </Space>
            </Form>
          </Modal>
        </>
      }
    >
      <Descriptions bordered size="middle" column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('development.person')}><NavLink to={`/people/${plan.person.id}`}>{plan.person.name}</NavLink> <Muted>{plan.person.title} · {plan.person.level}</Muted></Descriptions.Item>
        <Descriptions.Item label={t('development.plans.target')}>{plan.targetLevel ? <Tag color="blue">{plan.targetLevel.code} · {plan.targetLevel.title}</Tag> : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('development.plans.mentor')}>{plan.mentor ? <NavLink to={`/people/${plan.mentor.id}`}>{plan.mentor.name}</NavLink> : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('development.plans.due')}>{plan.dueOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('development.plans.progress')}><Progress aria-label={t('development.plans.progress')} percent={Math.round(plan.progress * 100)} size="small" style={{ width: 180 }} /></Descriptions.Item>
        <Descriptions.Item label={t('development.plan.createdBy')}>{plan.createdBy?.name ?? '—'} <Muted>{plan.createdAt.slice(0, 10)}</Muted></Descriptions.Item>
        {plan.summary && <Descriptions.Item label={t('development.plans.summary')} span={3}>{plan.summary}</Descriptions.Item>}
      </Descriptions>
      <Flex justify="space-between" align="center" style={{ margin: '20px 0 8px' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>{t('development.plan.goals', { count: plan.goals.length })}</Typography.Title>
        {plan.canEdit && <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('development.plan.addGoal')}</Button>}
      </Flex>
      <Table<Goal>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={plan.goals}
        data-testid="plan-goals"
        locale={{ emptyText: t('development.plan.noGoals') }}
        columns={[
          { title: t('development.plan.goal'), render: (_, g) => <Flex vertical><span>{g.title}</span>{g.description && <Muted>{g.description}</Muted>}</Flex> },
          { title: t('development.plan.skill'), width: 220, render: (_, g) => (g.skillName ? <Tag>{g.skillName}{g.targetLevel ? ` → ${g.targetLevel}` : ''}</Tag> : '—') },
          { title: t('development.plans.due'), dataIndex: 'dueOn', width: 110, render: (v: string | null) => v ?? '—' },
          { title: t('development.plans.status'), width: 220, render: (_, g) => (mayStatus ? (
            <Space size={4}>
              <Select size="small" value={g.status} style={{ width: 110 }} onChange={(s) => void setGoal(g, s)} aria-label={t('development.plans.status')}
                options={(['OPEN', 'DONE', 'DROPPED'] as const).map((s) => ({ value: s, label: t(`development.goalStatus.${s}`) }))} />
              {g.status === 'OPEN' && <Button size="small" type="text" icon={<CheckOutlined />} onClick={() => void setGoal(g, 'DONE')} aria-label={t('development.plan.markDone')} />}
            </Space>
          ) : <GoalStatusTag value={g.status} />) },
        ]}
      />
    </Page>
  );
}
