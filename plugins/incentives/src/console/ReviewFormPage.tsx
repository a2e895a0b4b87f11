import { type ConsolePageProps, setFormErrors, toFormErrors, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Page, PageLoading, Problems } from '@cadre/sdk/console/kit';
import { Alert, App, Button, Card, Descriptions, Form, Input, Radio, Rate, Result, Space, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { CYCLE_ONE, MY_TASKS, SUBMIT_REVIEW } from './api.js';
import type { Criterion, ReviewCycle } from './types.js';
import { score } from './numbers.js';
import { useT } from './i18n.js';

interface Values {
  ratings: Record<string, { rating?: number; comment?: string }>;
  comment?: string;
  potential?: number;
}

/** The weighted score the server will compute: Σ w·r / Σ w over the rated criteria. */
export function weightedScore(criteria: Criterion[], ratings: Values['ratings'] | undefined): number | null {
  let sum = 0;
  let weights = 0;
  for (const c of criteria) {
    const r = ratings?.[c.key]?.rating;
    if (!r || c.weight <= 0) continue;
    sum += c.weight * r;
    weights += c.weight;
  }
  return weights ? sum / weights : null;
}

/** Write one assigned review against the cycle's weighted criteria. */
export default function ReviewFormPage({ params }: ConsolePageProps) {
  const id = params.id ?? '';
  const { navigate } = useCadre();
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const tasks = useCadreQuery(MY_TASKS, {});
  const review = tasks.data?.myReviewTasks.find((r) => r.id === id);
  const cycle = useCadreQuery(CYCLE_ONE, { id: review?.cycleId ?? '' }, { enabled: !!review });
  const submit = useCadreMutation(SUBMIT_REVIEW);
  const ratings = Form.useWatch('ratings', form);

  if (tasks.isLoading || (review && cycle.isLoading)) return <PageLoading />;
  if (tasks.error) return <LoadFailed error={tasks.error} retry={tasks.refetch} />;
  if (!review) return <Result status="404" title={t('incentives.review.notFound')} extra={<Button onClick={() => navigate('/incentives/reviews')}>{t('incentives.reviews.title')}</Button>} />;
  if (cycle.error || !cycle.data) return <LoadFailed error={cycle.error} retry={cycle.refetch} />;
  const criteria = cycle.data.reviewCycle.criteria;
  const readOnly = review.status !== 'pending' || cycle.data.reviewCycle.status !== 'open';
  // A submitted peer or upward review of an anonymous cycle has no content linked to its author any more.
  const detached = review.anonymous && review.status === 'submitted' && cycle.data.reviewCycle.anonymity === 'anonymous';
  const given = new Map(review.ratings.map((r) => [r.criterionKey, r]));
  const preview = readOnly ? review.score : weightedScore(criteria, ratings);
  const totalWeight = criteria.reduce((s, c) => s + c.weight, 0) || 1;

  const onFinish = async (values: Values) => {
    setOther([]);
    const result = await submit.mutate({
      input: {
        reviewId: review.id,
        ratings: criteria.map((c) => ({ criterionKey: c.key, rating: values.ratings?.[c.key]?.rating ?? 0, comment: values.ratings?.[c.key]?.comment || null })),
        comment: values.comment || null,
        ...(review.kind === 'manager' && values.potential ? { potential: values.potential } : {}),
      },
    });
    if (result.data) {
      void message.success(t('incentives.review.submitted'));
      navigate('/incentives/reviews');
      return;
    }
    const { fields, other: rest } = toFormErrors(result.errors, ['comment', 'potential']);
    setFormErrors(form, fields);
    setOther(rest);
  };

  return (
    <Page title={t('incentives.review.title', { name: review.revieweeName })} extra={<Tag>{t(`incentives.kind.${review.kind}`)}</Tag>}>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('incentives.cycle')}>{cycle.data.reviewCycle.name}</Descriptions.Item>
        <Descriptions.Item label={t('incentives.review.due')}>{review.dueDate ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('incentives.status')}>{t(`incentives.reviewStatus.${review.status}`)}</Descriptions.Item>
      </Descriptions>
      {review.anonymous && <AnonymityNotice cycle={cycle.data.reviewCycle} revieweeName={review.revieweeName} />}
      <Problems errors={other} />
      {detached ? <Alert type="success" showIcon title={t('incentives.review.detached')} data-testid="review-detached" /> : (
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={readOnly}
        onFinish={(v) => void onFinish(v)}
        initialValues={{ comment: review.comment ?? '', ratings: Object.fromEntries(criteria.map((c) => [c.key, { rating: given.get(c.key)?.rating, comment: given.get(c.key)?.comment ?? '' }])) }}
        style={{ maxWidth: 820 }}
      >
        {criteria.map((c) => (
          <Card key={c.key} size="small" style={{ marginBottom: 12 }} data-testid={`criterion-${c.key}`}
            title={<Space>{c.name}<Typography.Text type="secondary">{t('incentives.criterion.weightOf', { percent: Math.round((c.weight / totalWeight) * 100) })}</Typography.Text></Space>}>
            {c.description && <Typography.Paragraph type="secondary">{c.description}</Typography.Paragraph>}
            <Form.Item name={['ratings', c.key, 'rating']} label={t('incentives.review.rating')} rules={[{ required: true, message: t('incentives.review.rateEach') }]}>
              <Rate count={5} aria-label={c.name} />
            </Form.Item>
            <Form.Item name={['ratings', c.key, 'comment']} noStyle>
              <Input.TextArea rows={2} placeholder={t('incentives.review.criterionComment')} />
            </Form.Item>
          </Card>
        ))}
        {review.kind === 'manager' && (
          <Form.Item name="potential" label={t('incentives.potential')} extra={t('incentives.potentialHint')}>
            <Radio.Group options={[1, 2, 3].map((p) => ({ value: p, label: t(`incentives.potential.${p}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="comment" label={t('incentives.review.comment')}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Space align="center" size="large">
          {!readOnly && <Button type="primary" htmlType="submit" loading={submit.isPending}>{t('incentives.review.submit')}</Button>}
          <Statistic title={t('incentives.review.weightedScore')} value={score(preview)} data-testid="weighted-score" />
        </Space>
      </Form>
      )}
    </Page>
  );
}

/** Shown on every peer and upward review form: who can learn that you wrote it, in this cycle's mode. */
function AnonymityNotice({ cycle, revieweeName }: { cycle: ReviewCycle; revieweeName: string }) {
  const t = useT();
  const confidential = cycle.anonymity === 'confidential';
  return (
    <Alert
      type={confidential ? 'warning' : 'info'}
      showIcon
      data-testid="anonymity-notice"
      title={confidential ? t('incentives.review.confidentialNotice', { name: revieweeName }) : t('incentives.review.anonymousNotice')}
      description={t('incentives.review.thresholdNotice', { name: revieweeName, count: cycle.anonymityThreshold })}
      style={{ marginBottom: 16 }}
    />
  );
}
