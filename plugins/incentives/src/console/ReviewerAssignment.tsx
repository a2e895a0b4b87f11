// Reviewer assignment on a cycle page, for holders of incentives.cycles.write while the cycle is a
// draft or open (the API's rule): pick a participant and a review kind, see who reviews them,
// add reviewers, and drop an assignment that is still pending.
import { DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import { setFormErrors, toFormErrors, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Section, useRun } from '@cadre/sdk/console/kit';
import { Alert, Button, Col, Form, Popconfirm, Row, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { ASSIGN_REVIEWERS, CYCLE_REVIEWS, PARTICIPANTS, REMOVE_ASSIGNMENT } from './api.js';
import type { Review, ReviewCycle } from './types.js';
import { useT } from './i18n.js';

interface Values { revieweeId?: string; kind?: string; reviewerIds?: string[] }

export function ReviewerAssignment({ cycle }: { cycle: ReviewCycle }) {
  const t = useT();
  const run = useRun();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const revieweeId = Form.useWatch('revieweeId', form);
  const kind = Form.useWatch('kind', form);
  const participants = useCadreQuery(PARTICIPANTS, { cycleId: cycle.id });
  const current = useCadreQuery(CYCLE_REVIEWS, { cycleId: cycle.id, kind: kind ?? null, revieweeId: revieweeId ?? null }, { enabled: !!revieweeId && !!kind });
  const assign = useCadreMutation(ASSIGN_REVIEWERS);
  const remove = useCadreMutation(REMOVE_ASSIGNMENT);
  const people = participants.data?.reviewCycleParticipants ?? [];

  const submit = async (v: Values) => {
    setOther([]);
    const result = await assign.mutate({ input: { cycleId: cycle.id, revieweeId: v.revieweeId!, kind: v.kind!, reviewerIds: v.reviewerIds ?? [] } });
    if (result.data) {
      form.setFieldValue('reviewerIds', []);
      void current.refetch();
      return;
    }
    const { fields, other: rest } = toFormErrors(result.errors, ['revieweeId', 'kind', 'reviewerIds']);
    setFormErrors(form, fields);
    setOther(rest);
  };

  return (
    <Section title={t('incentives.assign.title')}>
      {other.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={other.join('; ')} data-testid="assign-error" />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="assign-form">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="revieweeId" label={t('incentives.review.reviewee')} rules={[{ required: true, message: t('incentives.required') }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} loading={participants.isLoading} options={people.map((p) => ({ value: p.personId, label: p.name }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={4}>
            <Form.Item name="kind" label={t('incentives.review.kind')} rules={[{ required: true, message: t('incentives.required') }]}>
              <Select options={cycle.kinds.map((k) => ({ value: k, label: t(`incentives.kind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={9}>
            <Form.Item name="reviewerIds" label={t('incentives.assign.reviewers')} rules={[{ required: true, type: 'array', min: 1, message: t('incentives.required') }]}>
              <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={people.filter((p) => p.personId !== revieweeId || kind === 'self').map((p) => ({ value: p.personId, label: p.name }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={3}>
            <Form.Item label=" ">
              <Button type="primary" htmlType="submit" icon={<UserAddOutlined />} loading={assign.isPending} data-testid="assign-submit">{t('incentives.assign.add')}</Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {revieweeId && kind && (
        <Table<Review>
          rowKey="id" size="small" pagination={false} loading={current.isLoading} dataSource={current.data?.cycleReviews ?? []} data-testid="assigned-reviews"
          locale={{ emptyText: t('incentives.assign.none') }}
          columns={[
            { title: t('incentives.assign.reviewer'), render: (_, r) => r.reviewerName ?? <Tag>{t('incentives.review.anonymous')}</Tag> },
            { title: t('incentives.status'), dataIndex: 'status', width: 120, render: (s: string) => <Tag>{t(`incentives.reviewStatus.${s}`)}</Tag> },
            { title: t('incentives.review.due'), dataIndex: 'dueDate', width: 120, render: (d: string | null) => d ?? '—' },
            {
              title: '', width: 60,
              render: (_, r) => r.status === 'pending' && (
                <Popconfirm title={t('incentives.assign.removeConfirm')} okText={t('incentives.confirm')} cancelText={t('incentives.cancel')}
                  onConfirm={async () => { if (await run(remove.mutate({ id: r.id }), t('incentives.saved'))) void current.refetch(); }}>
                  <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('incentives.assign.remove')} />
                </Popconfirm>
              ),
            },
          ]}
        />
      )}
    </Section>
  );
}
