import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Page } from '@cadre/sdk/console/kit';
import { Alert, Button, Card, Descriptions, Empty, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { CYCLES, MY_BONUS, MY_REVIEW } from './api.js';
import { BandsTable } from './BandsTable.js';
import { MyBonusCard } from './MyBonusCard.js';
import type { KindAggregate } from './types.js';
import { num, score } from './numbers.js';
import { useT } from './i18n.js';

/** An employee's own review result and bonus: score, band, coefficient, weight and the published formula with their numbers. */
export default function MyResultsPage() {
  const { navigate } = useCadre();
  const t = useT();
  const cycles = useCadreQuery(CYCLES, {});
  const [cycleId, setCycleId] = useState<string | null>(null);
  const review = useCadreQuery(MY_REVIEW, { cycleId });
  const bonus = useCadreQuery(MY_BONUS, {});
  const r = review.data?.myReview;

  return (
    <Page
      title={t('incentives.me.review')}
      extra={
        <Select style={{ width: 280 }} aria-label={t('incentives.cycle')} value={cycleId ?? r?.cycle.id} placeholder={t('incentives.cycle')}
          onChange={setCycleId} options={(cycles.data?.reviewCycles ?? []).filter((c) => c.status !== 'draft').map((c) => ({ value: c.id, label: c.name }))} />
      }
      below={(
        <Card title={t('incentives.me.bonus')}>
          {bonus.isLoading ? <Skeleton active /> : bonus.error ? <LoadFailed error={bonus.error} retry={bonus.refetch} /> : !bonus.data?.myBonus.length
            ? <Empty description={t('incentives.me.noBonus')} />
            : <Space orientation="vertical" size={16} style={{ width: '100%' }}>{bonus.data.myBonus.map((b) => <MyBonusCard key={b.poolId} bonus={b} />)}</Space>}
        </Card>
      )}
    >
      {review.isLoading ? <Skeleton active /> : review.error ? <LoadFailed error={review.error} retry={review.refetch} /> : !r ? <Empty description={t('incentives.me.noReview')} /> : (
        <>
          {r.pendingTasks > 0 && (
            <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('incentives.me.pendingTasks', { count: r.pendingTasks })}
              action={<Button size="small" onClick={() => navigate('/incentives/reviews')}>{t('incentives.reviews.title')}</Button>} />
          )}
          {!r.resultsAvailable ? <Alert type="warning" showIcon title={t('incentives.me.notYet', { name: r.cycle.name })} /> : (
            <>
              <Descriptions bordered size="small" column={{ xs: 1, md: 4 }} data-testid="my-review">
                <Descriptions.Item label={t('incentives.cycle')}>{r.cycle.name}</Descriptions.Item>
                <Descriptions.Item label={t('incentives.me.finalScore')}>
                  <Space>{score(r.finalScore)}{r.calibrated && <Tag color="blue">{t('incentives.calibration.calibrated')}</Tag>}</Space>
                </Descriptions.Item>
                <Descriptions.Item label={t('incentives.band')}>{r.band ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('incentives.coefficient')}>{num(r.coefficient)}</Descriptions.Item>
              </Descriptions>
              <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', gap: 24, marginTop: 16 }}>
                <Table<KindAggregate>
                  rowKey="kind" size="small" pagination={false} dataSource={r.aggregates}
                  columns={[
                    { title: t('incentives.review.kind'), dataIndex: 'kind', render: (k: string) => t(`incentives.kind.${k}`) },
                    { title: t('incentives.me.reviewers'), dataIndex: 'reviewers', align: 'right', width: 90 },
                    { title: t('incentives.score'), dataIndex: 'score', align: 'right', width: 90, render: (s: number | null, a) => (a.withheld ? <Tag>{t('incentives.me.withheld')}</Tag> : score(s)) },
                    { title: t('incentives.me.comments'), dataIndex: 'comments', render: (c: string[]) => c.slice(0, 3).map((x, i) => <Typography.Paragraph key={i} style={{ margin: 0 }} ellipsis={{ rows: 2, expandable: true }}>{x}</Typography.Paragraph>) },
                  ]}
                />
                <BandsTable bands={r.bands} highlight={r.band} />
              </div>
              {r.managerReviews.filter((m) => m.comment).map((m) => (
                <Alert key={m.id} type="success" style={{ marginTop: 16 }} title={t('incentives.me.managerSays', { name: m.reviewerName ?? '' })} description={m.comment} />
              ))}
            </>
          )}
        </>
      )}
    </Page>
  );
}
